#include "model/lifecycle.h"

#include <catch2/catch.hpp>

#include <map>

using namespace xuncha::model;
using S = MembershipStatus;

namespace {

const Date today(2026, 11, 28);

Person person_of_rank(Rank rank)
{
    Person p;
    p.id = PersonId{1};
    p.name = "李文";
    p.birth_date = Date(1975, 6, 1);
    p.rank = rank;
    return p;
}

const Pool leader_pool{PoolId{1}, "组长库", PoolKind::leader, "", 1};
const Pool talent_pool{PoolId{2}, "人才库", PoolKind::talent, "", 2};
const Pool expert_pool{PoolId{3}, "专家库", PoolKind::expert, "", 3};

MembershipStep step_to(S to, Date date = Date(2026, 3, 1))
{
    MembershipStep step;
    step.to = to;
    step.date = date;
    step.decided_by = "县委巡察办";
    step.document_number = "青巡办发〔2026〕3号";
    return step;
}

PoolMembership membership_in(S status)
{
    PoolMembership m;
    m.id = MembershipId{5};
    m.pool_id = talent_pool.id;
    m.status = status;
    return m;
}

}  // namespace

TEST_CASE("every pair of statuses is either allowed or refused with its reason", "[lifecycle]")
{
    // The full table: from → to → expected refusal (none = allowed).
    using R = TransitionRefusal;
    const std::map<S, std::map<S, std::optional<R>>> table{
        {S::recommended, {{S::recommended, R::same_status}, {S::qualification_review, {}}, {S::vetting, R::skips_steps},
                          {S::approved, R::skips_steps}, {S::active, R::skips_steps}, {S::suspended, R::not_active},
                          {S::exited, {}}}},
        {S::qualification_review, {{S::recommended, R::backwards}, {S::qualification_review, R::same_status},
                                   {S::vetting, {}}, {S::approved, R::skips_steps}, {S::active, R::skips_steps},
                                   {S::suspended, R::not_active}, {S::exited, {}}}},
        {S::vetting, {{S::recommended, R::backwards}, {S::qualification_review, R::backwards}, {S::vetting, R::same_status},
                      {S::approved, {}}, {S::active, R::skips_steps}, {S::suspended, R::not_active}, {S::exited, {}}}},
        {S::approved, {{S::recommended, R::backwards}, {S::qualification_review, R::backwards}, {S::vetting, R::backwards},
                       {S::approved, R::same_status}, {S::active, {}}, {S::suspended, R::not_active}, {S::exited, {}}}},
        {S::active, {{S::recommended, R::backwards}, {S::qualification_review, R::backwards}, {S::vetting, R::backwards},
                     {S::approved, R::backwards}, {S::active, R::same_status}, {S::suspended, {}}, {S::exited, {}}}},
        {S::suspended, {{S::recommended, R::backwards}, {S::qualification_review, R::backwards}, {S::vetting, R::backwards},
                        {S::approved, R::backwards}, {S::active, {}}, {S::suspended, R::same_status}, {S::exited, {}}}},
        {S::exited, {{S::recommended, {}}, {S::qualification_review, R::exited_is_final}, {S::vetting, R::exited_is_final},
                     {S::approved, R::exited_is_final}, {S::active, R::exited_is_final}, {S::suspended, R::exited_is_final},
                     {S::exited, R::same_status}}},
    };
    for (const auto& [from, row] : table) {
        for (const auto& [to, expected] : row) {
            INFO(zh_name(from) << " → " << zh_name(to));
            CHECK(check_transition(from, to) == expected);
            const auto allowed = allowed_transitions(from);
            CHECK((std::find(allowed.begin(), allowed.end(), to) != allowed.end()) == !expected.has_value());
        }
    }
}

TEST_CASE("a person is admitted step by step and each step is recorded", "[lifecycle]")
{
    const auto person = person_of_rank(Rank::staff_1);
    PoolMembership m = membership_in(S::recommended);
    m.steps.push_back(step_to(S::recommended, Date(2026, 1, 5)));
    int day = 10;
    for (const S to : {S::qualification_review, S::vetting, S::approved, S::active}) {
        const auto result = apply_transition(m, step_to(to, Date(2026, 1, day++)), "", person, talent_pool, {}, today);
        REQUIRE(result.ok());
        m = result.membership;
        CHECK(m.status == to);
        CHECK(m.steps.back().from == std::optional<S>(m.steps[m.steps.size() - 2].to));
    }
    CHECK(m.steps.size() == 5);
    CHECK(m.entry_date == Date(2026, 1, 13));
}

TEST_CASE("exiting needs a reason and records the exit date; a new recommendation starts again", "[lifecycle]")
{
    const auto person = person_of_rank(Rank::staff_1);
    const auto m = membership_in(S::active);
    const auto refused = apply_transition(m, step_to(S::exited), "", person, talent_pool, {}, today);
    CHECK(refused.refusals == std::vector<TransitionRefusal>{TransitionRefusal::needs_exit_reason});
    CHECK(refused.membership == m);

    const auto exited = apply_transition(m, step_to(S::exited), "岗位变动", person, talent_pool, {}, today);
    REQUIRE(exited.ok());
    CHECK(exited.membership.exit_date == Date(2026, 3, 1));
    CHECK(exited.membership.exit_reason == "岗位变动");

    const auto again = apply_transition(exited.membership, step_to(S::recommended, Date(2026, 6, 1)), "", person,
                                        talent_pool, {}, today);
    REQUIRE(again.ok());
    CHECK_FALSE(again.membership.exit_date);
    CHECK(again.membership.exit_reason.empty());
    CHECK(again.membership.steps.size() == 2);
}

TEST_CASE("a step needs a date that is neither in the future nor before the last step", "[lifecycle]")
{
    const auto person = person_of_rank(Rank::staff_1);
    auto m = membership_in(S::active);
    m.steps.push_back(step_to(S::active, Date(2026, 5, 1)));

    auto undated = step_to(S::suspended);
    undated.date.reset();
    CHECK(apply_transition(m, undated, "", person, talent_pool, {}, today).refusals ==
          std::vector<TransitionRefusal>{TransitionRefusal::needs_date});
    CHECK(apply_transition(m, step_to(S::suspended, Date(2026, 11, 29)), "", person, talent_pool, {}, today).refusals ==
          std::vector<TransitionRefusal>{TransitionRefusal::date_in_future});
    CHECK(apply_transition(m, step_to(S::suspended, Date(2026, 4, 30)), "", person, talent_pool, {}, today).refusals ==
          std::vector<TransitionRefusal>{TransitionRefusal::date_before_last});
    CHECK(apply_transition(m, step_to(S::suspended, Date(2026, 5, 1)), "", person, talent_pool, {}, today).ok());
    CHECK(apply_transition(m, step_to(S::suspended, today), "", person, talent_pool, {}, today).ok());
}

TEST_CASE("the leader pool's minimum rank needs an override reason, which the step keeps", "[lifecycle][rules]")
{
    const auto junior = person_of_rank(Rank::principal_staff_3);  // 副科 level
    auto m = membership_in(S::vetting);
    m.pool_id = leader_pool.id;
    const auto refused = apply_transition(m, step_to(S::approved), "", junior, leader_pool, {}, today);
    CHECK(refused.refusals == std::vector<TransitionRefusal>{TransitionRefusal::needs_override});
    CHECK(refused.breaches == std::vector<EntryRuleBreach>{EntryRuleBreach::leader_rank_below_minimum});

    auto step = step_to(S::approved);
    step.override_reason = "长期从事纪检工作，经领导小组研究同意";
    const auto passed = apply_transition(m, step, "", junior, leader_pool, {}, today);
    REQUIRE(passed.ok());
    CHECK(passed.membership.steps.back().override_reason == step.override_reason);
    CHECK(passed.breaches == std::vector<EntryRuleBreach>{EntryRuleBreach::leader_rank_below_minimum});

    const auto senior = person_of_rank(Rank::principal_staff_2);  // 正科 level
    CHECK(apply_transition(m, step_to(S::approved), "", senior, leader_pool, {}, today).ok());
}

TEST_CASE("the expert pool accepts a high enough rank or an intermediate title", "[lifecycle][rules]")
{
    const PoolEntryRules rules;
    auto staff = person_of_rank(Rank::staff_1);
    CHECK(entry_rule_breaches(staff, expert_pool, rules, today) ==
          std::vector<EntryRuleBreach>{EntryRuleBreach::expert_rank_or_title_below});
    staff.professional_title_level = TitleLevel::intermediate;
    CHECK(entry_rule_breaches(staff, expert_pool, rules, today).empty());
    staff.professional_title_level = TitleLevel::junior;
    CHECK_FALSE(entry_rule_breaches(staff, expert_pool, rules, today).empty());
    CHECK(entry_rule_breaches(person_of_rank(Rank::deputy_section), expert_pool, rules, today).empty());
    CHECK(entry_rule_breaches(staff, talent_pool, rules, today).empty());  // the talent pool has no rank rule
}

TEST_CASE("an age limit applies on the entry date, counting whole years", "[lifecycle][rules]")
{
    PoolEntryRules rules;
    rules.max_age = 50;
    const auto person = person_of_rank(Rank::section);  // born 1975-06-01
    CHECK(entry_rule_breaches(person, talent_pool, rules, Date(2026, 5, 31)).empty());  // 50
    CHECK(entry_rule_breaches(person, talent_pool, rules, Date(2026, 6, 1)) ==
          std::vector<EntryRuleBreach>{EntryRuleBreach::age_above_maximum});  // 51
}

TEST_CASE("rules are checked on admission, not when a suspended member returns", "[lifecycle][rules]")
{
    const auto junior = person_of_rank(Rank::staff_1);
    auto m = membership_in(S::suspended);
    m.pool_id = leader_pool.id;
    const auto back = apply_transition(m, step_to(S::active), "", junior, leader_pool, {}, today);
    CHECK(back.ok());
    CHECK(back.breaches.empty());
    CHECK(back.membership.steps.back().override_reason.empty());
}
