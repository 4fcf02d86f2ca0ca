#pragma once
// The pool membership lifecycle: 推荐/自荐 → 资格审查 → 考察/政审 → 审定 → 在库 ⇄ 暂停 → 出库, with entry
// rules checked when a person enters a pool.

#include "model/date.h"
#include "model/person.h"
#include "model/pool.h"
#include "model/settings.h"

#include <optional>
#include <string>
#include <vector>

namespace xuncha::model {

// Why a transition is not allowed.
enum class TransitionRefusal {
    same_status,         // already in that status
    skips_steps,         // forward more than one step (推荐 → 在库 without 资格审查, 考察, 审定)
    backwards,           // back to an earlier step (审定 → 资格审查)
    exited_is_final,     // from 出库 only a new recommendation (→ 推荐) starts again
    not_active,          // 暂停 only from 在库
    needs_exit_reason,   // 出库 without a reason
    needs_date,          // no date for the step
    date_before_last,    // the step is dated before the previous one
    date_in_future,      // the step is dated after today
    needs_override,      // an entry rule is not met and no override reason was given
};

template <>
std::span<const Term<TransitionRefusal>> terms<TransitionRefusal>();

// The statuses a membership may move to from `from`, in lifecycle order.
std::vector<MembershipStatus> allowed_transitions(MembershipStatus from);

// Whether from → to is allowed at all, without looking at dates or rules.
std::optional<TransitionRefusal> check_transition(MembershipStatus from, MembershipStatus to);

// An entry rule the person does not meet for the pool ("组长库 requires 正科级 or above").
enum class EntryRuleBreach {
    leader_rank_below_minimum,  // rank below PoolEntryRules::leader_min_rank
    expert_rank_or_title_below, // rank below expert_min_rank and no title at expert_min_title
    age_above_maximum,          // older than PoolEntryRules::max_age on the entry date
};

template <>
std::span<const Term<EntryRuleBreach>> terms<EntryRuleBreach>();

// Entry rules of `pool` that `person` breaks on `date` (checked when moving to 审定 or 在库).
std::vector<EntryRuleBreach> entry_rule_breaches(const Person& person, const Pool& pool, const PoolEntryRules& rules,
                                                 const Date& date);

// The outcome of applying a step: the membership after it, or every reason it is refused.
struct TransitionResult {
    PoolMembership membership;
    std::vector<TransitionRefusal> refusals;      // empty: applied
    std::vector<EntryRuleBreach> breaches;        // rules set aside by step.override_reason, or refusing it

    bool ok() const { return refusals.empty(); }
};

// Applies `step` (its `to`, date, decided_by, document, remark, override_reason) to `membership` of
// `person` in `pool`: checks the transition, the date (not before the last step, not after `today`), the
// exit reason, and the entry rules when entering 审定 or 在库 (an override reason lets a breach pass and is
// recorded in the step). On success the step is appended, the status set, and the entry date (在库) or
// exit date and reason (出库) filled in.
TransitionResult apply_transition(const PoolMembership& membership, MembershipStep step, const std::string& exit_reason,
                                  const Person& person, const Pool& pool, const PoolEntryRules& rules,
                                  const Date& today);

}  // namespace xuncha::model
