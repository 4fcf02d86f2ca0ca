#include "model/avoidance_rules.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace xuncha::model {
namespace {

using C = AvoidanceRuleCode;

constexpr std::array<Term<AvoidanceRuleCode>, 12> rule_terms{{
    {C::own_unit, "own_unit", "本人现工作单位（含上下级单位、主管部门）", "Works at the unit, above or below it"},
    {C::past_employment, "past_employment", "近年在被巡察单位工作", "Worked at the unit recently"},
    {C::former_leader, "former_leader", "曾任被巡察单位领导班子成员", "Was a leadership member of the unit"},
    {C::relative_leader, "relative_leader", "亲属任被巡察单位领导班子成员", "A relative leads the unit"},
    {C::relative_employee, "relative_employee", "配偶、直系血亲在被巡察单位工作", "Spouse or lineal relative works there"},
    {C::declared_interest, "declared_interest", "本人或近亲属与巡察事项有利害关系", "Declared interest in the matters inspected"},
    {C::leadership_overlap, "leadership_overlap", "与被巡察单位现任领导有上下级或同班子关系",
     "Served with a current leader of the unit"},
    {C::education_tie, "education_tie", "在被巡察单位学习过，或同学、战友任其领导", "Studied there, or a classmate leads it"},
    {C::home_town, "home_town", "籍贯、成长地在被巡察地区（地域回避）", "Home town is the inspected area"},
    {C::earlier_round, "earlier_round", "以往轮次巡察过该单位", "Inspected the unit in an earlier round"},
    {C::declared_relationship, "declared_relationship", "本人申报或被巡察单位提出的其他关系",
     "Other declared or raised relationship"},
    {C::group_relatives, "group_relatives", "同组成员互为配偶或直系血亲", "Close relatives in one group"},
}};

constexpr std::array<Term<Severity>, 2> severity_terms{{
    {Severity::hard, "hard", "硬性回避", "Must avoid"},
    {Severity::soft, "soft", "提示", "Warning"},
}};

constexpr std::string_view regulation = "《巡视工作条例》第十二条；《公务员回避规定》（2020）第五条";
constexpr std::string_view local_practice = "各地巡察人才库管理办法通行做法";

AvoidanceRule make(C code, Severity severity, std::string_view source)
{
    AvoidanceRule rule;
    rule.code = code;
    rule.severity = severity;
    rule.source = std::string(source);
    return rule;
}

bool valid_years(int years) { return years >= 0 && years <= 50; }

bool well_formed(const AvoidanceRule& rule, C code)
{
    if (rule.code != code) return false;
    if (!valid_years(rule.look_back_years) || !valid_years(rule.total_years)) return false;
    for (std::size_t i = 0; i < rule.kinship_classes.size(); ++i) {
        if (rule.kinship_classes[i] == KinshipClass::other) return false;
        if (i > 0 && rule.kinship_classes[i - 1] >= rule.kinship_classes[i]) return false;
    }
    return true;
}

}  // namespace

template <>
std::span<const Term<AvoidanceRuleCode>> terms<AvoidanceRuleCode>() { return rule_terms; }
template <>
std::span<const Term<Severity>> terms<Severity>() { return severity_terms; }

int rule_number(AvoidanceRuleCode code) { return static_cast<int>(code) + 1; }

std::vector<RuleParameter> parameters_of(AvoidanceRuleCode code)
{
    switch (code) {
    case C::past_employment: return {RuleParameter::look_back_years, RuleParameter::total_years};
    case C::former_leader: return {RuleParameter::principal_only};
    case C::relative_leader:
    case C::relative_employee:
    case C::group_relatives: return {RuleParameter::kinship_classes};
    case C::leadership_overlap: return {RuleParameter::look_back_years, RuleParameter::leaders_only};
    case C::own_unit:
    case C::declared_interest:
    case C::education_tie:
    case C::home_town:
    case C::earlier_round:
    case C::declared_relationship: return {};
    }
    return {};
}

const AvoidanceRule& AvoidanceRules::rule(AvoidanceRuleCode code) const
{
    for (const auto& r : rules)
        if (r.code == code) return r;
    throw std::out_of_range("avoidance rule missing: " + std::string(code_of(code)));
}

AvoidanceRule& AvoidanceRules::rule(AvoidanceRuleCode code)
{
    for (auto& r : rules)
        if (r.code == code) return r;
    throw std::out_of_range("avoidance rule missing: " + std::string(code_of(code)));
}

AvoidanceRules default_avoidance_rules()
{
    AvoidanceRules result;
    for (const auto& term : rule_terms) {
        const int number = rule_number(term.value);
        const Severity severity = number <= 7 ? Severity::hard : Severity::soft;
        const bool national = term.value == C::own_unit || term.value == C::relative_leader ||
                              term.value == C::declared_interest || term.value == C::home_town ||
                              term.value == C::earlier_round;
        auto rule = make(term.value, severity,
                         term.value == C::declared_interest ? std::string_view("《中华人民共和国监察法》第五十八条")
                         : national                         ? regulation
                                                            : local_practice);
        if (term.value == C::relative_leader)
            rule.kinship_classes = {KinshipClass::spouse, KinshipClass::lineal, KinshipClass::collateral,
                                    KinshipClass::in_law};
        if (term.value == C::relative_employee || term.value == C::group_relatives)
            rule.kinship_classes = {KinshipClass::spouse, KinshipClass::lineal};
        result.rules.push_back(std::move(rule));
    }
    return result;
}

bool well_formed(const AvoidanceRules& rules)
{
    if (rules.rules.size() != rule_terms.size()) return false;
    for (std::size_t i = 0; i < rule_terms.size(); ++i)
        if (!well_formed(rules.rules[i], rule_terms[i].value)) return false;
    return true;
}

AvoidanceRules repaired(const AvoidanceRules& rules)
{
    AvoidanceRules result = default_avoidance_rules();
    for (auto& slot : result.rules)
        for (const auto& given : rules.rules)
            if (given.code == slot.code && well_formed(given, slot.code)) {
                slot = given;
                break;
            }
    return result;
}

}  // namespace xuncha::model
