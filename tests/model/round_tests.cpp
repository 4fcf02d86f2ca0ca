#include "model/round.h"
#include "model/validation.h"

#include <catch2/catch.hpp>

using namespace xuncha::model;
using RS = RoundState;
using R = RoundTransitionRefusal;

TEST_CASE("rounds and groups are named with Chinese numerals", "[round]")
{
    CHECK(chinese_number(1) == "一");
    CHECK(chinese_number(10) == "十");
    CHECK(chinese_number(15) == "十五");
    CHECK(chinese_number(20) == "二十");
    CHECK(chinese_number(21) == "二十一");
    CHECK(chinese_number(100) == "一百");
    CHECK(chinese_number(105) == "一百零五");
    CHECK(chinese_number(110) == "一百一十");
    Round r;
    r.term = 15;
    r.number = 4;
    CHECK(round_title(r) == "十五届县委第四轮巡察");
    r.mode = RoundMode::special;
    r.committee = "市委";
    CHECK(round_title(r) == "十五届市委第四轮巡察（专项巡察）");
    Group g;
    g.number = 3;
    CHECK(group_display_name(g) == "第三巡察组");
    g.name = "第三巡察组（交叉）";
    CHECK(group_display_name(g) == "第三巡察组（交叉）");
}

TEST_CASE("a round moves one step at a time and returns to draft only from review", "[round]")
{
    Round r;
    r.groups.push_back(Group{});
    CHECK(allowed_round_transitions(RS::draft) == std::vector<RS>{RS::group_review});
    CHECK(allowed_round_transitions(RS::group_review) == std::vector<RS>{RS::draft, RS::secretary_approval});
    CHECK(allowed_round_transitions(RS::secretary_approval) == std::vector<RS>{RS::draft, RS::announced});
    CHECK(allowed_round_transitions(RS::archived).empty());

    CHECK(check_round_transition(r, RS::group_review).empty());
    CHECK(check_round_transition(r, RS::announced) == std::vector<R>{R::skips_steps});
    CHECK(check_round_transition(r, RS::draft) == std::vector<R>{R::same_state});
    r.state = RS::announced;
    CHECK(check_round_transition(r, RS::draft) == std::vector<R>{R::backwards});
    CHECK(check_round_transition(r, RS::stationed) == std::vector<R>{R::needs_entry_date});
    r.entry_date = Date(2027, 3, 20);
    CHECK(check_round_transition(r, RS::stationed).empty());
    r.state = RS::stationed;
    CHECK(check_round_transition(r, RS::withdrawn) == std::vector<R>{R::needs_withdrawal_date});
    r.state = RS::archived;
    CHECK(check_round_transition(r, RS::evaluation) == std::vector<R>{R::archived_is_final});

    Round empty;
    CHECK(check_round_transition(empty, RS::group_review) == std::vector<R>{R::no_groups});
}

TEST_CASE("the check date is the planned stationing date, or today", "[round]")
{
    Round r;
    CHECK(evaluation_date(r, Date(2026, 11, 28)) == Date(2026, 11, 28));
    r.planned_entry = Date(2027, 3, 15);
    CHECK(evaluation_date(r, Date(2026, 11, 28)) == Date(2027, 3, 15));
}

namespace {

Round round_covering(long long id, int term, RS state, std::vector<long long> units, std::vector<long long> people = {})
{
    Round r;
    r.id = RoundId{id};
    r.term = term;
    r.number = static_cast<int>(id);
    r.state = state;
    Group g;
    g.id = GroupId{id * 10};
    for (const auto u : units) g.unit_ids.push_back(UnitId{u});
    for (const auto p : people) g.members.push_back({PersonId{p}, GroupRole::member, {}});
    r.groups.push_back(g);
    return r;
}

}  // namespace

TEST_CASE("coverage counts rounds of the term from 进驻 on, and lists planned ones apart", "[round]")
{
    const std::vector<Round> rounds{round_covering(1, 15, RS::archived, {1, 2}),
                                    round_covering(2, 15, RS::draft, {3}),
                                    round_covering(3, 14, RS::archived, {4})};
    const auto c = coverage({UnitId{1}, UnitId{2}, UnitId{3}, UnitId{4}}, rounds, 15);
    REQUIRE(c.size() == 4);
    CHECK(c[0].covered());
    CHECK(c[0].inspected_in == std::vector<RoundId>{RoundId{1}});
    CHECK(c[1].covered());
    CHECK_FALSE(c[2].covered());
    CHECK(c[2].planned_in == std::vector<RoundId>{RoundId{2}});
    CHECK_FALSE(c[3].covered());  // inspected in the previous term only
}

TEST_CASE("a unit's inspection history lists every round covering it, newest first", "[round]")
{
    auto first = round_covering(1, 15, RS::archived, {1, 2});
    first.entry_date = Date(2022, 4, 11);
    auto second = round_covering(2, 15, RS::archived, {3, 1});
    second.planned_entry = Date(2024, 3, 25);
    auto planned = round_covering(3, 15, RS::draft, {1});
    const auto history = inspections_of(UnitId{1}, {first, second, planned});
    REQUIRE(history.size() == 3);
    CHECK(history[0].round_id == RoundId{3});  // no date yet: the latest plan
    CHECK(history[0].state == RS::draft);
    CHECK(history[1].round_id == RoundId{2});
    CHECK(history[1].entry_date == Date(2024, 3, 25));
    CHECK(history[2].round_title == "十五届县委第一轮巡察");
    CHECK(history[2].group_name == "第一巡察组");
    CHECK(inspections_of(UnitId{9}, {first, second, planned}).empty());
}

TEST_CASE("earlier assignments leave out the current round and rounds not yet stationed", "[round]")
{
    const std::vector<Round> rounds{round_covering(1, 15, RS::archived, {1, 2}, {7}),
                                    round_covering(2, 15, RS::announced, {3}, {7}),
                                    round_covering(3, 15, RS::stationed, {4}, {8})};
    const auto a = assignments(rounds, RoundId{3});
    REQUIRE(a.size() == 2);
    CHECK(a[0].person_id == PersonId{7});
    CHECK(a[0].unit_id == UnitId{1});
    CHECK(a[1].unit_id == UnitId{2});
    CHECK(a[0].group_name == "第一巡察组");
}

TEST_CASE("a round's groups are validated", "[round][validation]")
{
    Round r;
    Group g;
    g.number = 1;
    g.unit_ids = {UnitId{1}, UnitId{2}, UnitId{3}, UnitId{4}};
    g.members = {{PersonId{1}, GroupRole::leader, {}}, {PersonId{2}, GroupRole::member, {}}};
    r.groups = {g};
    CHECK(validate(r).empty());

    auto bad = r;
    bad.groups[0].unit_ids.push_back(UnitId{5});
    CHECK(validate(bad) == std::vector<Problem>{{Field::group_units, ProblemCode::too_many, 0}});
    bad = r;
    bad.groups[0].unit_ids.clear();
    CHECK(validate(bad) == std::vector<Problem>{{Field::group_units, ProblemCode::required, 0}});
    bad = r;
    bad.groups.push_back(g);  // same number, same people
    bad.groups[1].unit_ids = {UnitId{9}};
    CHECK(validate(bad) == std::vector<Problem>{{Field::group_number, ProblemCode::duplicate, 1},
                                                {Field::group_members, ProblemCode::duplicate, 1}});
    bad = r;
    bad.groups[0].members[1].role = GroupRole::leader;
    CHECK(validate(bad) == std::vector<Problem>{{Field::group_members, ProblemCode::too_many, 0}});
    bad = r;
    bad.term = 0;
    bad.planned_entry = Date(2027, 3, 15);
    bad.planned_withdrawal = Date(2027, 3, 1);
    CHECK(validate(bad) == std::vector<Problem>{{Field::round_term, ProblemCode::out_of_range, -1},
                                                {Field::round_planned_withdrawal, ProblemCode::end_before_start, -1}});
}

TEST_CASE("an avoidance case needs facts, and a decision needs who and when", "[round][validation]")
{
    const Date today(2026, 11, 28);
    AvoidanceCase c;
    c.person_id = PersonId{1};
    c.facts = "本人配偶在该局工作";
    CHECK(validate(c, today).empty());
    c.decision = CaseDecision::avoid;
    CHECK(validate(c, today) == std::vector<Problem>{{Field::case_decided_by, ProblemCode::required, -1},
                                                     {Field::case_decided_on, ProblemCode::required, -1}});
    c.decided_by = "县委巡察办";
    c.decided_on = Date(2026, 11, 1);
    c.replacement_id = PersonId{1};
    CHECK(validate(c, today) == std::vector<Problem>{{Field::case_replacement, ProblemCode::duplicate, -1}});
    c.replacement_id.reset();
    c.facts.clear();
    c.acknowledged_on = Date(2027, 1, 1);
    CHECK(validate(c, today) == std::vector<Problem>{{Field::case_facts, ProblemCode::required, -1},
                                                     {Field::case_acknowledged_on, ProblemCode::in_future, -1}});
}

TEST_CASE("unit leaders and flags are validated", "[round][validation]")
{
    Unit u;
    u.id = UnitId{1};
    u.name = "县审计局";
    UnitLeader l;
    l.name = "李华";
    l.post = "局长";
    l.start = Date(2020, 1, 1);
    l.end = Date(2019, 1, 1);
    u.leaders = {l, UnitLeader{}};
    u.profile_flags = {"资金量大", "资金量大"};
    const std::vector<Unit> all{u};
    CHECK(validate(u, all) == std::vector<Problem>{{Field::unit_leader_end, ProblemCode::end_before_start, 0},
                                                   {Field::unit_leader_name, ProblemCode::required, 1},
                                                   {Field::unit_leader_post, ProblemCode::required, 1},
                                                   {Field::unit_flag, ProblemCode::duplicate, 1}});
}

TEST_CASE("a round is checked with the office's rules until announced, then with its snapshot", "[round]")
{
    auto office = default_avoidance_rules();
    auto snapshot = office;
    snapshot.rule(AvoidanceRuleCode::past_employment).look_back_years = 5;
    Round r;
    r.rules_snapshot = snapshot;
    CHECK(takes_snapshot(r));
    CHECK(rules_for(r, office) == office);
    r.state = RS::announced;
    CHECK_FALSE(takes_snapshot(r));
    CHECK(rules_for(r, office) == snapshot);
    r.rules_snapshot.reset();  // announced before xuncha checked it
    CHECK(rules_for(r, office) == office);
}
