#include "model/avoidance_case.h"

#include <array>

namespace xuncha::model {
namespace {

constexpr std::array<Term<CaseTrigger>, 4> trigger_terms{{
    {CaseTrigger::screening, "screening", "系统筛查", "System screening"},
    {CaseTrigger::self_declared, "self_declared", "本人申请", "Declared by the person"},
    {CaseTrigger::inspected_unit, "inspected_unit", "被巡察单位申请", "Raised by the inspected unit"},
    {CaseTrigger::organisation, "organisation", "组织决定", "Decided by the organisation"},
}};

constexpr std::array<Term<CaseDecision>, 3> decision_terms{{
    {CaseDecision::pending, "pending", "待定", "Pending"},
    {CaseDecision::avoid, "avoid", "予以回避", "Must avoid"},
    {CaseDecision::not_required, "not_required", "无需回避", "No avoidance needed"},
}};

}  // namespace

template <>
std::span<const Term<CaseTrigger>> terms<CaseTrigger>() { return trigger_terms; }
template <>
std::span<const Term<CaseDecision>> terms<CaseDecision>() { return decision_terms; }

}  // namespace xuncha::model
