#pragma once
// Inspection rounds (巡察轮次) and their groups (巡察组), with the round's workflow (domain.md §4).

#include "model/avoidance_rules.h"
#include "model/date.h"
#include "model/ids.h"
#include "model/vocabulary.h"

#include <optional>
#include <string>
#include <vector>

namespace xuncha::model {

enum class RoundMode {
    regular,         // 常规巡察
    special,         // 专项巡察
    mobile,          // 机动巡察
    follow_up,       // "回头看"
    cross,           // 交叉巡察
    elevated,        // 提级巡察
    elevated_cross,  // 提级交叉巡察
    village,         // 村(社区)巡察
};

template <>
std::span<const Term<RoundMode>> terms<RoundMode>();

// 草拟 → 领导小组审核 → 书记审批 → 宣布(动员部署会) → 进驻 → 撤点 → 反馈 → 评价/鉴定 → 归档.
enum class RoundState {
    draft,               // 草拟
    group_review,        // 领导小组审核
    secretary_approval,  // 书记审批
    announced,           // 宣布（动员部署会）
    stationed,           // 进驻
    withdrawn,           // 撤点
    feedback,            // 反馈
    evaluation,          // 评价/鉴定
    archived,            // 归档
};

template <>
std::span<const Term<RoundState>> terms<RoundState>();

// Why a round's state change is refused.
enum class RoundTransitionRefusal {
    same_state,          // already in that state
    skips_steps,         // forward more than one step
    backwards,           // back, other than returning a proposal for revision
    archived_is_final,   // an archived round does not change any more
    needs_entry_date,    // 进驻 without the actual 进驻 date
    needs_withdrawal_date,  // 撤点 without the actual 撤点 date
    no_groups,           // sent to review with no group
};

template <>
std::span<const Term<RoundTransitionRefusal>> terms<RoundTransitionRefusal>();

enum class GroupRole {
    leader,            // 组长
    executive_deputy,  // 常务副组长
    deputy,            // 副组长
    member,            // 成员
    liaison,           // 联络员
};

template <>
std::span<const Term<GroupRole>> terms<GroupRole>();

// Extra duties inside a group.
enum class GroupDuty {
    branch_secretary,      // 临时党支部书记
    branch_organisation,   // 临时党支部组织委员
    branch_discipline,     // 临时党支部纪检委员
    petitions,             // 信访受理
    lead_party_building,   // 党建综合小组牵头
    lead_finance_audit,    // 财务审计小组牵头
    lead_verification,     // 问题核查小组牵头
    information_officer,   // 信息员
};

template <>
std::span<const Term<GroupDuty>> terms<GroupDuty>();

struct GroupMember {
    PersonId person_id;
    GroupRole role = GroupRole::member;
    std::vector<GroupDuty> duties;

    bool operator==(const GroupMember&) const = default;
};

struct Group {
    GroupId id;
    int number = 1;                  // 1 → 第一巡察组
    std::string name;                // empty: group_display_name() makes 第一巡察组
    std::vector<UnitId> unit_ids;    // covered units: 1–4
    std::string authorising_body;    // 授权主体: 县委巡察工作领导小组 (differs in 交叉/提级 modes)
    std::string dispatching_body;    // 派出主体: 县委
    std::vector<GroupMember> members;
    std::string remark;

    bool operator==(const Group&) const = default;
};

// At most this many units per group (domain.md §4: one group covers 1–4 units).
inline constexpr int max_units_per_group = 4;

struct Round {
    RoundId id;
    int term = 1;                 // 届: 15 → 十五届
    int number = 1;               // 轮: 4 → 第四轮
    std::string committee = "县委";  // whose round: 县委, 市委
    RoundMode mode = RoundMode::regular;
    std::optional<Date> planned_entry;       // 计划进驻: the avoidance check's date
    std::optional<Date> planned_withdrawal;  // 计划撤点
    std::optional<Date> entry_date;          // 实际进驻
    std::optional<Date> withdrawal_date;     // 实际撤点
    RoundState state = RoundState::draft;
    std::vector<Group> groups;               // by number
    // The avoidance rules the round was last checked with (kept when the office edits its rules later).
    std::optional<AvoidanceRules> rules_snapshot;
    std::optional<Date> checked_on;          // when that check ran
    std::string remark;

    bool operator==(const Round&) const = default;
};

// Chinese numerals as rounds and groups are named: 1 → 一, 15 → 十五, 21 → 二十一, 100 → 一百.
std::string chinese_number(int n);

// "十五届县委第四轮巡察" (with the mode when not 常规: "十五届县委第四轮巡察（专项巡察）").
std::string round_title(const Round& round);

// The group's name, or 第N巡察组 when it has none.
std::string group_display_name(const Group& group);

// The date avoidance is checked as of: the planned 进驻 date, or `today` when the round has none.
Date evaluation_date(const Round& round, const Date& today);

// The rules a check of `round` uses: its snapshot once the round is announced (宣布) or later, so that
// the record of what was checked stays as it was; the office's current rules before that.
const AvoidanceRules& rules_for(const Round& round, const AvoidanceRules& office_rules);

// Whether a check of `round` should store its rules as the round's snapshot (before it is announced).
bool takes_snapshot(const Round& round);

// Rounds that have reached 进驻 count as inspections (for coverage and earlier-round avoidance).
bool inspected(RoundState state);

// The states the round may move to from `from`: the next step, and back to 草拟 from the two review steps.
std::vector<RoundState> allowed_round_transitions(RoundState from);

// Every reason `round` may not move to `to` now (empty: allowed).
std::vector<RoundTransitionRefusal> check_round_transition(const Round& round, RoundState to);

// One unit's inspections within a term (届), for "全覆盖".
struct UnitCoverage {
    UnitId unit_id;
    std::vector<RoundId> inspected_in;  // rounds of the term at 进驻 or later covering the unit
    std::vector<RoundId> planned_in;    // rounds of the term not yet at 进驻 covering it

    bool covered() const { return !inspected_in.empty(); }
};

// Coverage of every unit in `units` (in that order) by the rounds of `term`.
std::vector<UnitCoverage> coverage(const std::vector<UnitId>& units, const std::vector<Round>& rounds, int term);

// One inspection of a unit: the round and the group that covered it.
struct Inspection {
    RoundId round_id;
    GroupId group_id;
    std::string round_title;
    std::string group_name;
    RoundState state = RoundState::draft;
    std::optional<Date> entry_date;  // actual 进驻, else planned

    bool operator==(const Inspection&) const = default;
};

// The unit's inspection history: every round whose groups cover `unit`, planned ones included (their
// state says so), newest first by 进驻 date (rounds without one first, as the latest plans).
std::vector<Inspection> inspections_of(UnitId unit, const std::vector<Round>& rounds);

// A person's place in an earlier round: rule 10's evidence and the unit's inspection history.
struct Assignment {
    RoundId round_id;
    GroupId group_id;
    PersonId person_id;
    UnitId unit_id;
    GroupRole role = GroupRole::member;
    std::string round_title;
    std::string group_name;          // group_display_name()
    std::optional<Date> entry_date;  // actual 进驻, else planned

    bool operator==(const Assignment&) const = default;
};

// Who went where in every round other than `except` that has reached 进驻, one entry per person × unit ×
// round.
std::vector<Assignment> assignments(const std::vector<Round>& rounds, std::optional<RoundId> except = std::nullopt);

}  // namespace xuncha::model
