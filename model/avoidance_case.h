#pragma once
// Avoidance cases (回避事项): a conflict declared by the person (回避事项申报), raised by the inspected unit,
// found by the system or decided by the organisation, with the decision and the replacement (替补).

#include "model/avoidance_rules.h"
#include "model/date.h"
#include "model/ids.h"
#include "model/vocabulary.h"

#include <optional>
#include <string>

namespace xuncha::model {

enum class CaseTrigger {
    screening,        // 系统筛查
    self_declared,    // 本人申请（回避事项申报）
    inspected_unit,   // 被巡察单位申请
    organisation,     // 组织决定
};

template <>
std::span<const Term<CaseTrigger>> terms<CaseTrigger>();

enum class CaseDecision {
    pending,       // 待定
    avoid,         // 予以回避
    not_required,  // 无需回避
};

template <>
std::span<const Term<CaseDecision>> terms<CaseDecision>();

struct AvoidanceCase {
    AvoidanceCaseId id;
    std::optional<RoundId> round_id;   // empty: a standing declaration, outside any round
    std::optional<GroupId> group_id;
    PersonId person_id;
    std::optional<UnitId> unit_id;     // the unit concerned
    CaseTrigger trigger = CaseTrigger::self_declared;
    std::optional<AvoidanceRuleCode> rule;
    std::string facts;                 // 事实: "本人表兄 李某 系该局工程承包方负责人"
    std::optional<Date> raised_on;
    CaseDecision decision = CaseDecision::pending;
    std::string decided_by;
    std::optional<Date> decided_on;
    std::optional<PersonId> replacement_id;  // 替补
    std::string document_number;             // 文号
    std::optional<Date> acknowledged_on;     // the person's acknowledgement (本人确认)
    std::string remark;

    bool operator==(const AvoidanceCase&) const = default;
};

}  // namespace xuncha::model
