#include "model/round.h"

#include <algorithm>
#include <array>
#include <set>
#include <tuple>

namespace xuncha::model {
namespace {

constexpr std::array<Term<RoundMode>, 8> round_mode_terms{{
    {RoundMode::regular, "regular", "常规巡察", "Regular inspection"},
    {RoundMode::special, "special", "专项巡察", "Special inspection"},
    {RoundMode::mobile, "mobile", "机动巡察", "Mobile inspection"},
    {RoundMode::follow_up, "follow_up", "“回头看”", "Follow-up inspection"},
    {RoundMode::cross, "cross", "交叉巡察", "Cross inspection"},
    {RoundMode::elevated, "elevated", "提级巡察", "Elevated inspection"},
    {RoundMode::elevated_cross, "elevated_cross", "提级交叉巡察", "Elevated cross inspection"},
    {RoundMode::village, "village", "村（社区）巡察", "Village (community) inspection"},
}};

constexpr std::array<Term<RoundState>, 9> round_state_terms{{
    {RoundState::draft, "draft", "草拟", "Draft"},
    {RoundState::group_review, "group_review", "领导小组审核", "Leading group review"},
    {RoundState::secretary_approval, "secretary_approval", "书记审批", "Secretary approval"},
    {RoundState::announced, "announced", "宣布（动员部署会）", "Announced (mobilisation meeting)"},
    {RoundState::stationed, "stationed", "进驻", "Stationed"},
    {RoundState::withdrawn, "withdrawn", "撤点", "Withdrawn"},
    {RoundState::feedback, "feedback", "反馈", "Feedback"},
    {RoundState::evaluation, "evaluation", "评价/鉴定", "Evaluation"},
    {RoundState::archived, "archived", "归档", "Archived"},
}};

constexpr std::array<Term<RoundTransitionRefusal>, 7> round_refusal_terms{{
    {RoundTransitionRefusal::same_state, "same_state", "轮次已处于该状态", "The round is already in that state"},
    {RoundTransitionRefusal::skips_steps, "skips_steps", "不能跳过中间步骤", "Steps cannot be skipped"},
    {RoundTransitionRefusal::backwards, "backwards", "只有审核、审批阶段可以退回草拟",
     "Only a round under review or approval can return to draft"},
    {RoundTransitionRefusal::archived_is_final, "archived_is_final", "已归档的轮次不能再变更",
     "An archived round cannot change"},
    {RoundTransitionRefusal::needs_entry_date, "needs_entry_date", "进驻前须填写实际进驻日期",
     "Enter the actual stationing date first"},
    {RoundTransitionRefusal::needs_withdrawal_date, "needs_withdrawal_date", "撤点前须填写实际撤点日期",
     "Enter the actual withdrawal date first"},
    {RoundTransitionRefusal::no_groups, "no_groups", "尚未组建巡察组", "The round has no group yet"},
}};

constexpr std::array<Term<GroupRole>, 5> group_role_terms{{
    {GroupRole::leader, "leader", "组长", "Leader"},
    {GroupRole::executive_deputy, "executive_deputy", "常务副组长", "Executive deputy leader"},
    {GroupRole::deputy, "deputy", "副组长", "Deputy leader"},
    {GroupRole::member, "member", "成员", "Member"},
    {GroupRole::liaison, "liaison", "联络员", "Liaison"},
}};

constexpr std::array<Term<GroupDuty>, 8> group_duty_terms{{
    {GroupDuty::branch_secretary, "branch_secretary", "临时党支部书记", "Temporary Party branch secretary"},
    {GroupDuty::branch_organisation, "branch_organisation", "临时党支部组织委员", "Temporary branch organisation member"},
    {GroupDuty::branch_discipline, "branch_discipline", "临时党支部纪检委员", "Temporary branch discipline member"},
    {GroupDuty::petitions, "petitions", "信访受理", "Petitions"},
    {GroupDuty::lead_party_building, "lead_party_building", "党建综合小组牵头", "Leads party-building team"},
    {GroupDuty::lead_finance_audit, "lead_finance_audit", "财务审计小组牵头", "Leads finance and audit team"},
    {GroupDuty::lead_verification, "lead_verification", "问题核查小组牵头", "Leads verification team"},
    {GroupDuty::information_officer, "information_officer", "信息员", "Information officer"},
}};

constexpr std::array<std::string_view, 10> digits{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

int index_of(RoundState state) { return static_cast<int>(state); }

}  // namespace

template <>
std::span<const Term<RoundMode>> terms<RoundMode>() { return round_mode_terms; }
template <>
std::span<const Term<RoundState>> terms<RoundState>() { return round_state_terms; }
template <>
std::span<const Term<RoundTransitionRefusal>> terms<RoundTransitionRefusal>() { return round_refusal_terms; }
template <>
std::span<const Term<GroupRole>> terms<GroupRole>() { return group_role_terms; }
template <>
std::span<const Term<GroupDuty>> terms<GroupDuty>() { return group_duty_terms; }

std::string chinese_number(int n)
{
    if (n < 0) return "负" + chinese_number(-n);
    if (n < 10) return std::string(digits[static_cast<std::size_t>(n)]);
    if (n < 100) {
        const int tens = n / 10;
        const int ones = n % 10;
        std::string text = tens == 1 ? "十" : std::string(digits[static_cast<std::size_t>(tens)]) + "十";
        if (ones) text += digits[static_cast<std::size_t>(ones)];
        return text;
    }
    if (n < 1000) {
        const int hundreds = n / 100;
        const int rest = n % 100;
        std::string text = std::string(digits[static_cast<std::size_t>(hundreds)]) + "百";
        if (rest == 0) return text;
        // 105 → 一百零五, 110 → 一百一十
        if (rest < 10) return text + "零" + chinese_number(rest);
        if (rest < 20) return text + "一" + chinese_number(rest);
        return text + chinese_number(rest);
    }
    return std::to_string(n);
}

std::string round_title(const Round& round)
{
    std::string title = chinese_number(round.term) + "届" + round.committee + "第" + chinese_number(round.number) + "轮巡察";
    if (round.mode != RoundMode::regular) title += "（" + std::string(zh_name(round.mode)) + "）";
    return title;
}

std::string group_display_name(const Group& group)
{
    if (!group.name.empty()) return group.name;
    return "第" + chinese_number(group.number) + "巡察组";
}

Date evaluation_date(const Round& round, const Date& today)
{
    return round.planned_entry ? *round.planned_entry : today;
}

const AvoidanceRules& rules_for(const Round& round, const AvoidanceRules& office_rules)
{
    return round.rules_snapshot && !takes_snapshot(round) ? *round.rules_snapshot : office_rules;
}

bool takes_snapshot(const Round& round)
{
    return index_of(round.state) < index_of(RoundState::announced);
}

bool inspected(RoundState state)
{
    return index_of(state) >= index_of(RoundState::stationed);
}

std::vector<RoundState> allowed_round_transitions(RoundState from)
{
    std::vector<RoundState> allowed;
    if (from == RoundState::group_review || from == RoundState::secretary_approval) allowed.push_back(RoundState::draft);
    if (from != RoundState::archived) allowed.push_back(static_cast<RoundState>(index_of(from) + 1));
    return allowed;
}

std::vector<RoundTransitionRefusal> check_round_transition(const Round& round, RoundState to)
{
    std::vector<RoundTransitionRefusal> refusals;
    const RoundState from = round.state;
    if (from == to) {
        refusals.push_back(RoundTransitionRefusal::same_state);
        return refusals;
    }
    if (from == RoundState::archived) {
        refusals.push_back(RoundTransitionRefusal::archived_is_final);
        return refusals;
    }
    const auto allowed = allowed_round_transitions(from);
    if (std::find(allowed.begin(), allowed.end(), to) == allowed.end()) {
        refusals.push_back(index_of(to) > index_of(from) ? RoundTransitionRefusal::skips_steps
                                                         : RoundTransitionRefusal::backwards);
        return refusals;
    }
    if (to == RoundState::group_review && round.groups.empty()) refusals.push_back(RoundTransitionRefusal::no_groups);
    if (to == RoundState::stationed && !round.entry_date) refusals.push_back(RoundTransitionRefusal::needs_entry_date);
    if (to == RoundState::withdrawn && !round.withdrawal_date)
        refusals.push_back(RoundTransitionRefusal::needs_withdrawal_date);
    return refusals;
}

std::vector<UnitCoverage> coverage(const std::vector<UnitId>& units, const std::vector<Round>& rounds, int term)
{
    std::vector<UnitCoverage> result;
    result.reserve(units.size());
    for (const auto unit : units) {
        UnitCoverage c{unit, {}, {}};
        for (const auto& round : rounds) {
            if (round.term != term) continue;
            const bool covers = std::any_of(round.groups.begin(), round.groups.end(), [&](const Group& g) {
                return std::find(g.unit_ids.begin(), g.unit_ids.end(), unit) != g.unit_ids.end();
            });
            if (!covers) continue;
            (inspected(round.state) ? c.inspected_in : c.planned_in).push_back(round.id);
        }
        result.push_back(std::move(c));
    }
    return result;
}

std::vector<Inspection> inspections_of(UnitId unit, const std::vector<Round>& rounds)
{
    std::vector<Inspection> result;
    for (const auto& round : rounds)
        for (const auto& group : round.groups)
            if (std::find(group.unit_ids.begin(), group.unit_ids.end(), unit) != group.unit_ids.end())
                result.push_back({round.id, group.id, round_title(round), group_display_name(group), round.state,
                                  round.entry_date ? round.entry_date : round.planned_entry});
    std::stable_sort(result.begin(), result.end(), [](const Inspection& a, const Inspection& b) {
        if (!a.entry_date || !b.entry_date) return !a.entry_date && b.entry_date;
        return *a.entry_date > *b.entry_date;
    });
    return result;
}

std::vector<Assignment> assignments(const std::vector<Round>& rounds, std::optional<RoundId> except)
{
    std::vector<Assignment> result;
    for (const auto& round : rounds) {
        if (except && round.id == *except) continue;
        if (!inspected(round.state)) continue;
        const std::string title = round_title(round);
        const auto entry = round.entry_date ? round.entry_date : round.planned_entry;
        std::set<std::tuple<long long, long long>> seen;  // person × unit, once per round
        for (const auto& group : round.groups)
            for (const auto& member : group.members)
                for (const auto unit : group.unit_ids)
                    if (seen.emplace(member.person_id.value(), unit.value()).second)
                        result.push_back({round.id, group.id, member.person_id, unit, member.role, title,
                                          group_display_name(group), entry});
    }
    return result;
}

}  // namespace xuncha::model
