#pragma once
// The avoidance (回避) engine: which person may not inspect which unit, and why, as of a date.
//
// Conventions (domain.md §6, "default reading"; tested in tests/model/avoidance_tests.cpp):
// - A look-back of n years reaches back to the same calendar day n years before the evaluation date
//   (29 Feb → 28 Feb), inclusive: a post that ended exactly n years before counts, one that ended n years
//   and one day before does not. Periods are inclusive at both ends; an open end means "still held".
// - Posts, leaders' terms and relatives are taken as they stand on the evaluation date: a post starting
//   after it does not count, nor a leader who left before it.
// - "Under": following parent or 主管部门 links one or more times. Rule 1 also matches the hierarchy;
//   every other rule matches the exact unit only (rule 9 also matches units under the home town).
// - Each finding is reported once per person × unit × rule, with every piece of evidence for it.

#include "model/avoidance_case.h"
#include "model/avoidance_rules.h"
#include "model/date.h"
#include "model/person.h"
#include "model/round.h"
#include "model/unit.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace xuncha::model {

struct Finding {
    PersonId person_id;
    std::optional<UnitId> unit_id;           // empty for the in-group check
    std::optional<PersonId> other_person_id; // the in-group check: the relative in the same group
    AvoidanceRuleCode rule = AvoidanceRuleCode::own_unit;
    Severity severity = Severity::hard;
    // Each fact in the user's words: "配偶 王某 现任 城关镇党委书记（2021.03 至今）".
    std::vector<std::string> evidence;

    bool operator==(const Finding&) const = default;
};

// "规则4 亲属任被巡察单位领导班子成员（硬性回避）".
std::string rule_label(AvoidanceRuleCode code, Severity severity);

// The explanation chain: the evidence, then the rule: "配偶 王某 现任 城关镇党委书记（2021.03 至今）→ 规则4 ...".
std::string explanation(const Finding& finding);

// Everything the engine looks at besides the rules and the date.
struct AvoidanceFacts {
    std::vector<Unit> units;               // every unit, with its leaders (hierarchy and names)
    std::vector<Person> people;            // the people checked, and linked unit leaders (their posts)
    std::vector<Assignment> history;       // earlier rounds (rule 10)
    std::vector<AvoidanceCase> cases;      // declared and raised relationships (rules 6, 8, 11)
    std::vector<PersonId> leader_pool;     // people rule 7 applies to when it is "leaders only"
};

class AvoidanceEngine {
public:
    // Indexes `facts` once; it must outlive the engine.
    AvoidanceEngine(const AvoidanceRules& rules, const Date& as_of, const AvoidanceFacts& facts);
    ~AvoidanceEngine();
    AvoidanceEngine(const AvoidanceEngine&) = delete;
    AvoidanceEngine& operator=(const AvoidanceEngine&) = delete;

    const Date& as_of() const;
    const AvoidanceRules& rules() const;

    // Findings of every person in `people` against every unit in `units`, ordered by person (as given),
    // unit (as given), rule. Ids not in the facts are skipped.
    std::vector<Finding> check(const std::vector<PersonId>& people, const std::vector<UnitId>& units) const;

    // The same for every person of the facts.
    std::vector<Finding> check_all(const std::vector<UnitId>& units) const;

    // Pairs inside one group who are each other's relatives of the in-group rule's classes (matched by
    // the relative's name and, when both are known, birth date). One finding per ordered pair found.
    std::vector<Finding> check_group(const Group& group) const;

private:
    struct Index;
    std::unique_ptr<Index> m_index;
};

// A round's check: every person in `candidates` (and every group member) against every unit the round
// covers, and the in-group check of each group.
std::vector<Finding> check_round(const AvoidanceEngine& engine, const Round& round,
                                 const std::vector<PersonId>& candidates);

}  // namespace xuncha::model
