#pragma once
// The avoidance (回避) rules as data (domain.md §6): code, hard or soft, parameters, on/off and source.
// The office edits them in the settings; a round keeps the snapshot it was checked with.

#include "model/kinship.h"
#include "model/vocabulary.h"

#include <string>
#include <vector>

namespace xuncha::model {

// The eleven rules of domain.md §6 in their order (number() gives 1–11), and the check inside a group.
enum class AvoidanceRuleCode {
    own_unit,                // 1 本人现工作单位（含上下级、主管部门）
    past_employment,         // 2 近年在该单位工作
    former_leader,           // 3 曾任该单位领导班子成员/主要负责人
    relative_leader,         // 4 亲属任该单位领导班子成员
    relative_employee,       // 5 配偶、直系血亲在该单位工作
    declared_interest,       // 6 本人或近亲属与巡察事项有利害关系（申报）
    leadership_overlap,      // 7 与该单位现任领导有上下级或同班子关系
    education_tie,           // 8 在该单位学习过，或同学、战友任该单位领导
    home_town,               // 9 籍贯、成长地在该单位（地域回避）
    earlier_round,           // 10 以往轮次巡察过该单位
    declared_relationship,   // 11 其他申报或被巡察单位提出的关系
    group_relatives,         // 同组成员互为配偶或直系血亲 (person × person inside a group)
};

template <>
std::span<const Term<AvoidanceRuleCode>> terms<AvoidanceRuleCode>();

// 1–11 as domain.md numbers the rules; 12 for the in-group check.
int rule_number(AvoidanceRuleCode code);

enum class Severity {
    hard,  // 硬性回避: blocks; set aside only with an approval note
    soft,  // 提示: a warning that needs a comment
};

template <>
std::span<const Term<Severity>> terms<Severity>();

// The parameters a rule reads (the settings dialog shows only these).
enum class RuleParameter {
    look_back_years,  // rules 2 and 7
    total_years,      // rule 2
    kinship_classes,  // rules 4, 5 and the in-group check
    principal_only,   // rule 3
    leaders_only,     // rule 7: only people in the leader pool
};

std::vector<RuleParameter> parameters_of(AvoidanceRuleCode code);

struct AvoidanceRule {
    AvoidanceRuleCode code = AvoidanceRuleCode::own_unit;
    bool enabled = true;
    Severity severity = Severity::hard;
    int look_back_years = 3;
    int total_years = 3;
    std::vector<KinshipClass> kinship_classes;  // in KinshipClass order, no duplicates; never `other`
    bool principal_only = false;
    bool leaders_only = true;
    std::string source;  // the document the rule comes from

    bool operator==(const AvoidanceRule&) const = default;
};

struct AvoidanceRules {
    std::vector<AvoidanceRule> rules;  // one per AvoidanceRuleCode, in code order

    const AvoidanceRule& rule(AvoidanceRuleCode code) const;
    AvoidanceRule& rule(AvoidanceRuleCode code);

    bool operator==(const AvoidanceRules&) const = default;
};

// domain.md §6's defaults: rules 1–7 hard, 8–11 soft, look-back 3 years, 3 years in total, all four
// kinship classes for rule 4, spouse and 直系血亲 for rule 5 and the in-group check (soft).
AvoidanceRules default_avoidance_rules();

// Whether `rules` lists every code exactly once in code order with sane parameters (years 0–50,
// kinship classes without `other`). Stored and imported rules are repaired with this: a missing or
// broken rule takes its default.
bool well_formed(const AvoidanceRules& rules);
AvoidanceRules repaired(const AvoidanceRules& rules);

}  // namespace xuncha::model
