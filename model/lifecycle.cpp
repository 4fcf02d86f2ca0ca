#include "model/lifecycle.h"

#include <algorithm>
#include <array>

namespace xuncha::model {
namespace {

constexpr std::array<Term<TransitionRefusal>, 10> refusal_terms{{
    {TransitionRefusal::same_status, "same_status", "已处于该状态", "Already in that status"},
    {TransitionRefusal::skips_steps, "skips_steps", "不能跳过资格审查、考察/政审、审定等环节",
     "Steps of the admission cannot be skipped"},
    {TransitionRefusal::backwards, "backwards", "不能退回到之前的环节", "Cannot go back to an earlier step"},
    {TransitionRefusal::exited_is_final, "exited_is_final", "已出库，只能重新推荐入库",
     "Exited: only a new recommendation can start again"},
    {TransitionRefusal::not_active, "not_active", "只有在库人员才能暂停", "Only members in the pool can be suspended"},
    {TransitionRefusal::needs_exit_reason, "needs_exit_reason", "出库须写明原因", "Exiting needs a reason"},
    {TransitionRefusal::needs_date, "needs_date", "须填写办理日期", "The step needs a date"},
    {TransitionRefusal::date_before_last, "date_before_last", "日期早于上一环节", "The date is before the previous step"},
    {TransitionRefusal::date_in_future, "date_in_future", "日期晚于今天", "The date is after today"},
    {TransitionRefusal::needs_override, "needs_override", "不符合入库条件，须说明破格理由",
     "An entry rule is not met: give the reason for the exception"},
}};

constexpr std::array<Term<EntryRuleBreach>, 3> breach_terms{{
    {EntryRuleBreach::leader_rank_below_minimum, "leader_rank_below_minimum", "职级低于组长库入库条件",
     "Rank below the leader pool's minimum"},
    {EntryRuleBreach::expert_rank_or_title_below, "expert_rank_or_title_below", "职级和职称均低于专家库入库条件",
     "Rank and title below the expert pool's minimum"},
    {EntryRuleBreach::age_above_maximum, "age_above_maximum", "年龄超过入库年龄上限", "Older than the pool's age limit"},
}};

// Position in the admission sequence; 暂停 sits with 在库, 出库 last.
int stage(MembershipStatus status)
{
    switch (status) {
    case MembershipStatus::recommended: return 0;
    case MembershipStatus::qualification_review: return 1;
    case MembershipStatus::vetting: return 2;
    case MembershipStatus::approved: return 3;
    case MembershipStatus::active: return 4;
    case MembershipStatus::suspended: return 4;
    case MembershipStatus::exited: return 5;
    }
    return 0;
}

}  // namespace

template <>
std::span<const Term<TransitionRefusal>> terms<TransitionRefusal>()
{
    return refusal_terms;
}

template <>
std::span<const Term<EntryRuleBreach>> terms<EntryRuleBreach>()
{
    return breach_terms;
}

std::vector<MembershipStatus> allowed_transitions(MembershipStatus from)
{
    using S = MembershipStatus;
    switch (from) {
    case S::recommended: return {S::qualification_review, S::exited};
    case S::qualification_review: return {S::vetting, S::exited};
    case S::vetting: return {S::approved, S::exited};
    case S::approved: return {S::active, S::exited};
    case S::active: return {S::suspended, S::exited};
    case S::suspended: return {S::active, S::exited};
    case S::exited: return {S::recommended};
    }
    return {};
}

std::optional<TransitionRefusal> check_transition(MembershipStatus from, MembershipStatus to)
{
    if (from == to) return TransitionRefusal::same_status;
    const auto allowed = allowed_transitions(from);
    if (std::find(allowed.begin(), allowed.end(), to) != allowed.end()) return std::nullopt;
    if (from == MembershipStatus::exited) return TransitionRefusal::exited_is_final;
    if (to == MembershipStatus::suspended) return TransitionRefusal::not_active;
    return stage(to) > stage(from) ? TransitionRefusal::skips_steps : TransitionRefusal::backwards;
}

std::vector<EntryRuleBreach> entry_rule_breaches(const Person& person, const Pool& pool, const PoolEntryRules& rules,
                                                 const Date& date)
{
    std::vector<EntryRuleBreach> breaches;
    if (pool.kind == PoolKind::leader && !rank_at_least(person.rank, rules.leader_min_rank))
        breaches.push_back(EntryRuleBreach::leader_rank_below_minimum);
    if (pool.kind == PoolKind::expert && !rank_at_least(person.rank, rules.expert_min_rank) &&
        person.professional_title_level < rules.expert_min_title)
        breaches.push_back(EntryRuleBreach::expert_rank_or_title_below);
    if (rules.max_age && person.birth_date && age_on(*person.birth_date, date) > *rules.max_age)
        breaches.push_back(EntryRuleBreach::age_above_maximum);
    return breaches;
}

TransitionResult apply_transition(const PoolMembership& membership, MembershipStep step, const std::string& exit_reason,
                                  const Person& person, const Pool& pool, const PoolEntryRules& rules,
                                  const Date& today)
{
    TransitionResult result{membership, {}, {}};
    const MembershipStatus from = membership.status;
    const MembershipStatus to = step.to;

    if (const auto refusal = check_transition(from, to)) result.refusals.push_back(*refusal);
    if (!step.date) {
        result.refusals.push_back(TransitionRefusal::needs_date);
    } else {
        if (*step.date > today) result.refusals.push_back(TransitionRefusal::date_in_future);
        if (!membership.steps.empty() && membership.steps.back().date && *step.date < *membership.steps.back().date)
            result.refusals.push_back(TransitionRefusal::date_before_last);
    }
    if (to == MembershipStatus::exited && exit_reason.empty()) result.refusals.push_back(TransitionRefusal::needs_exit_reason);

    // Entry rules apply on admission (审定, and 在库 after 审定), not when a suspended member comes back.
    const bool admitting = to == MembershipStatus::approved ||
                           (to == MembershipStatus::active && from == MembershipStatus::approved);
    if (admitting) {
        result.breaches = entry_rule_breaches(person, pool, rules, step.date.value_or(today));
        if (!result.breaches.empty() && step.override_reason.empty())
            result.refusals.push_back(TransitionRefusal::needs_override);
    }
    if (!result.breaches.empty() && !admitting) result.breaches.clear();
    if (!admitting) step.override_reason.clear();  // nothing to set aside
    if (!result.ok()) return result;

    step.from = from;
    auto& m = result.membership;
    m.status = to;
    if (to == MembershipStatus::active && from == MembershipStatus::approved) m.entry_date = step.date;
    if (to == MembershipStatus::exited) {
        m.exit_date = step.date;
        m.exit_reason = exit_reason;
    }
    if (to == MembershipStatus::recommended) {  // a new admission after 出库
        m.entry_date.reset();
        m.exit_date.reset();
        m.exit_reason.clear();
    }
    m.steps.push_back(std::move(step));
    return result;
}

}  // namespace xuncha::model
