#include "model/avoidance.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>
#include <random>
#include <set>
#include <tuple>

using namespace xuncha::model;
using C = AvoidanceRuleCode;

namespace {

// The check is as of the planned 进驻 date of a spring round.
const Date as_of(2027, 3, 15);

enum : long long { county = 1, finance = 2, treasury = 3, chengguan = 4, dongjie = 5, education = 6, school = 7, audit = 8 };

Unit unit(long long id, const char* name, UnitType type, std::optional<long long> parent = {},
          std::optional<long long> supervisor = {})
{
    Unit u;
    u.id = UnitId{id};
    u.name = name;
    u.type = type;
    if (parent) u.parent_id = UnitId{*parent};
    if (supervisor) u.supervisor_id = UnitId{*supervisor};
    return u;
}

// 县委 ← 县财政局 ← 国库集中支付中心; 县委 ← 城关镇 ← 东街村; 县委 ← 县教育局 ⇠ 县第一中学 (主管部门 only);
// 县委 ← 县审计局.
std::vector<Unit> county_units()
{
    return {
        unit(county, "县委", UnitType::party_committee),
        unit(finance, "县财政局", UnitType::county_department, county),
        unit(treasury, "县国库集中支付中心", UnitType::public_institution, finance),
        unit(chengguan, "城关镇", UnitType::township, county),
        unit(dongjie, "东街村", UnitType::village, chengguan),
        unit(education, "县教育局", UnitType::county_department, county),
        unit(school, "县第一中学", UnitType::school, std::nullopt, education),
        unit(audit, "县审计局", UnitType::county_department, county),
    };
}

Person person(long long id, const char* name = "张明")
{
    Person p;
    p.id = PersonId{id};
    p.name = name;
    p.birth_date = Date(1980, 5, 1);
    return p;
}

WorkHistoryEntry post_at(long long unit_id, std::optional<Date> start, std::optional<Date> end, const char* post = "科员",
                         bool leadership = false)
{
    WorkHistoryEntry e;
    e.unit_id = UnitId{unit_id};
    e.post = post;
    e.start = start;
    e.end = end;
    e.leadership_member = leadership;
    return e;
}

Relative relative(const char* title, const char* name, long long employer, bool leader = false, const char* post = "副局长")
{
    Relative r;
    r.title = title;
    r.name = name;
    r.employer_unit_id = UnitId{employer};
    r.post = post;
    r.is_leader = leader;
    return r;
}

struct Scenario {
    AvoidanceRules rules = default_avoidance_rules();
    AvoidanceFacts facts;
    Date date = as_of;

    Scenario() { facts.units = county_units(); }

    Unit& unit_with(long long id)
    {
        for (auto& u : facts.units)
            if (u.id.value() == id) return u;
        throw std::logic_error("no such unit");
    }

    // Every finding of person 1 against `units`.
    std::vector<Finding> check(std::vector<long long> units) const
    {
        AvoidanceEngine engine(rules, date, facts);
        std::vector<UnitId> ids;
        for (const auto id : units) ids.push_back(UnitId{id});
        return engine.check({PersonId{1}}, ids);
    }

    // (unit, rule) of every finding.
    std::set<std::pair<long long, C>> found(std::vector<long long> units) const
    {
        std::set<std::pair<long long, C>> result;
        for (const auto& f : check(units)) result.emplace(f.unit_id->value(), f.rule);
        return result;
    }

    bool finds(long long unit_id, C rule) const { return found({unit_id}).contains({unit_id, rule}); }
};

std::vector<long long> all_units() { return {county, finance, treasury, chengguan, dongjie, education, school, audit}; }

}  // namespace

TEST_CASE("the default rules are the eleven of the regulations plus the in-group check", "[avoidance]")
{
    const auto rules = default_avoidance_rules();
    REQUIRE(rules.rules.size() == 12);
    CHECK(well_formed(rules));
    for (int i = 0; i < 7; ++i) CHECK(rules.rules[static_cast<std::size_t>(i)].severity == Severity::hard);
    for (int i = 7; i < 12; ++i) CHECK(rules.rules[static_cast<std::size_t>(i)].severity == Severity::soft);
    CHECK(rules.rule(C::past_employment).look_back_years == 3);
    CHECK(rules.rule(C::past_employment).total_years == 3);
    CHECK(rules.rule(C::relative_leader).kinship_classes.size() == 4);
    CHECK(rules.rule(C::relative_employee).kinship_classes ==
          std::vector<KinshipClass>{KinshipClass::spouse, KinshipClass::lineal});
    CHECK(rule_number(C::declared_relationship) == 11);
    for (const auto& rule : rules.rules) CHECK_FALSE(rule.source.empty());
}

TEST_CASE("broken stored rules are repaired rule by rule", "[avoidance]")
{
    auto rules = default_avoidance_rules();
    rules.rule(C::past_employment).look_back_years = 5;
    rules.rule(C::relative_leader).kinship_classes = {KinshipClass::other};  // never allowed
    rules.rules.pop_back();
    CHECK_FALSE(well_formed(rules));
    const auto fixed = repaired(rules);
    CHECK(well_formed(fixed));
    CHECK(fixed.rule(C::past_employment).look_back_years == 5);  // the good change is kept
    CHECK(fixed.rule(C::relative_leader).kinship_classes.size() == 4);
    CHECK(fixed.rule(C::group_relatives) == default_avoidance_rules().rule(C::group_relatives));
}

TEST_CASE("rule 1: working at the unit, under it, or above it", "[avoidance]")
{
    Scenario s;
    auto p = person(1);
    p.unit_id = UnitId{finance};
    p.post = "预算股股长";
    s.facts.people = {p};

    SECTION("the inspected unit itself and a unit under it")
    {
        // 县财政局 itself, the centre under it, and 县委 above it.
        CHECK(s.found(all_units()) == std::set<std::pair<long long, C>>{
                                          {county, C::own_unit}, {finance, C::own_unit}, {treasury, C::own_unit}});
        const auto f = s.check({finance});
        REQUIRE(f.size() == 1);
        CHECK(f[0].severity == Severity::hard);
        CHECK(explanation(f[0]) ==
              "本人现在 县财政局 任 预算股股长，即被巡察单位 → 规则1 本人现工作单位（含上下级单位、主管部门）（硬性回避）");
    }
    SECTION("the person's unit lies under the inspected unit")
    {
        s.facts.people[0].unit_id = UnitId{treasury};
        CHECK(s.finds(finance, C::own_unit));
        CHECK(s.finds(county, C::own_unit));
        CHECK_FALSE(s.finds(audit, C::own_unit));
    }
    SECTION("the person's unit is the inspected unit's 主管部门")
    {
        s.facts.people[0].unit_id = UnitId{education};
        CHECK(s.finds(school, C::own_unit));
        s.facts.people[0].unit_id = UnitId{school};
        CHECK(s.finds(education, C::own_unit));
    }
    SECTION("a current post in the work history counts, a future one does not")
    {
        s.facts.people[0].unit_id.reset();
        s.facts.people[0].work_history = {post_at(audit, Date(2020, 1, 1), std::nullopt),
                                          post_at(chengguan, Date(2027, 6, 1), std::nullopt)};
        CHECK(s.finds(audit, C::own_unit));
        CHECK_FALSE(s.finds(chengguan, C::own_unit));
    }
    SECTION("switched off")
    {
        s.rules.rule(C::own_unit).enabled = false;
        CHECK(s.found(all_units()).empty());
    }
}

TEST_CASE("rule 2: a post that ended exactly N years ago counts, one day earlier does not", "[avoidance]")
{
    Scenario s;
    auto p = person(1);
    const Date cutoff(2024, 3, 15);  // three years before 2027-03-15
    SECTION("ended on the cutoff day")
    {
        p.work_history = {post_at(audit, Date(2023, 1, 1), cutoff)};
        s.facts.people = {p};
        const auto f = s.check({audit});
        REQUIRE(f.size() == 1);
        CHECK(f[0].rule == C::past_employment);
        CHECK(f[0].evidence[0] == "本人（2023-01 至 2024-03）在 县审计局 任 科员，离开未满 3 年");
    }
    SECTION("ended the day before the cutoff")
    {
        p.work_history = {post_at(audit, Date(2023, 1, 1), cutoff - boost::gregorian::days(1))};
        s.facts.people = {p};
        CHECK(s.check({audit}).empty());
        SECTION("inside a five-year look-back")
        {
            s.rules.rule(C::past_employment).look_back_years = 5;
            CHECK(s.finds(audit, C::past_employment));
        }
    }
    SECTION("a current post counts")
    {
        p.work_history = {post_at(audit, Date(2026, 1, 1), std::nullopt)};
        s.facts.people = {p};
        CHECK(s.finds(audit, C::past_employment));
    }
    SECTION("only the exact unit: a post under the inspected unit does not count")
    {
        p.work_history = {post_at(treasury, Date(2023, 1, 1), Date(2025, 1, 1))};
        s.facts.people = {p};
        CHECK_FALSE(s.finds(finance, C::past_employment));
        CHECK(s.finds(treasury, C::past_employment));
    }
}

TEST_CASE("rule 2: posts adding up to N years count however long ago", "[avoidance]")
{
    Scenario s;
    auto p = person(1);
    SECTION("1096 days reach three years of 365.25 days")
    {
        p.work_history = {post_at(audit, Date(2010, 1, 1), Date(2011, 6, 30)),
                          post_at(audit, Date(2011, 7, 1), Date(2012, 12, 31))};
        s.facts.people = {p};
        const auto f = s.check({audit});
        REQUIRE(f.size() == 1);
        CHECK(f[0].evidence.back() == "本人在该单位累计工作 3.0 年（达到 3 年）");
    }
    SECTION("1095 days do not")
    {
        p.work_history = {post_at(audit, Date(2010, 1, 1), Date(2012, 12, 30))};
        s.facts.people = {p};
        CHECK(s.check({audit}).empty());
        s.rules.rule(C::past_employment).total_years = 2;
        CHECK(s.finds(audit, C::past_employment));
    }
}

TEST_CASE("rule 2: on 29 February the look-back starts on 28 February", "[avoidance]")
{
    Scenario s;
    s.date = Date(2028, 2, 29);
    auto p = person(1);
    p.work_history = {post_at(audit, Date(2024, 6, 1), Date(2025, 2, 28))};
    s.facts.people = {p};
    CHECK(s.finds(audit, C::past_employment));
    s.facts.people[0].work_history[0].end = Date(2025, 2, 27);
    CHECK_FALSE(s.finds(audit, C::past_employment));
}

TEST_CASE("rule 3: any leadership post ever held at the unit", "[avoidance]")
{
    Scenario s;
    auto p = person(1);
    p.work_history = {post_at(audit, Date(2005, 1, 1), Date(2006, 12, 31), "副局长", true)};
    s.facts.people = {p};
    CHECK(s.found({audit}) == std::set<std::pair<long long, C>>{{audit, C::former_leader}});

    SECTION("an ordinary post does not count")
    {
        s.facts.people[0].work_history[0].leadership_member = false;
        CHECK(s.check({audit}).empty());
    }
    SECTION("principal head only: a deputy does not count, the head does")
    {
        s.rules.rule(C::former_leader).principal_only = true;
        CHECK(s.check({audit}).empty());
        s.facts.people[0].work_history[0].principal_head = true;
        CHECK(s.finds(audit, C::former_leader));
    }
    SECTION("the unit's own leader list counts too")
    {
        s.facts.people[0].work_history.clear();
        UnitLeader l;
        l.person_id = PersonId{1};
        l.name = "张明";
        l.post = "局长";
        l.start = Date(2001, 1, 1);
        l.end = Date(2004, 1, 1);
        l.principal_head = true;
        s.unit_with(audit).leaders.push_back(l);
        const auto f = s.check({audit});
        REQUIRE(f.size() == 1);
        CHECK(f[0].evidence[0] == "本人（2001-01 至 2004-01）任 县审计局 局长（主要负责人）");
    }
    SECTION("switched off")
    {
        s.rules.rule(C::former_leader).enabled = false;
        CHECK(s.check({audit}).empty());
    }
}

TEST_CASE("rule 4: a relative of each class leading the unit", "[avoidance]")
{
    Scenario s;
    auto p = person(1);
    s.facts.people = {p};
    for (const char* title : {"配偶", "父亲", "表兄", "岳父"}) {
        CAPTURE(title);
        s.facts.people[0].relatives = {relative(title, "王强", finance, true)};
        CHECK(s.finds(finance, C::relative_leader));
    }
    SECTION("important social relations (其他) never count")
    {
        s.facts.people[0].relatives = {relative("同学", "王强", finance, true)};
        CHECK(s.check({finance}).empty());
    }
    SECTION("a relative working there without a leadership post is not rule 4")
    {
        s.facts.people[0].relatives = {relative("表兄", "王强", finance, false)};
        CHECK(s.check({finance}).empty());
    }
    SECTION("the unit's current leader list confirms a relative the record does not mark as leader")
    {
        s.facts.people[0].relatives = {relative("配偶", "王丽", chengguan, false, "")};
        UnitLeader l;
        l.name = "王丽";
        l.post = "党委书记";
        l.start = Date(2021, 3, 1);
        s.unit_with(chengguan).leaders.push_back(l);
        const auto f = s.check({chengguan});
        REQUIRE(f.size() == 2);  // rule 4, and rule 5 for the spouse working there
        CHECK(explanation(f[0]) ==
              "配偶 王丽 现任 城关镇 党委书记（2021-03 至今） → 规则4 亲属任被巡察单位领导班子成员（硬性回避）");
        SECTION("a leader who left before the evaluation date does not")
        {
            s.unit_with(chengguan).leaders[0].end = Date(2027, 3, 14);
            CHECK_FALSE(s.finds(chengguan, C::relative_leader));
        }
    }
    SECTION("classes switched off in the settings")
    {
        s.rules.rule(C::relative_leader).kinship_classes = {KinshipClass::spouse, KinshipClass::lineal};
        s.facts.people[0].relatives = {relative("表兄", "王强", finance, true)};
        CHECK(s.check({finance}).empty());
    }
}

TEST_CASE("rule 5: a spouse or lineal relative working anywhere in the unit", "[avoidance]")
{
    Scenario s;
    s.facts.people = {person(1)};
    for (const char* title : {"配偶", "儿子", "母亲"}) {
        CAPTURE(title);
        s.facts.people[0].relatives = {relative(title, "王强", treasury, false, "出纳")};
        CHECK(s.found({treasury}) == std::set<std::pair<long long, C>>{{treasury, C::relative_employee}});
    }
    for (const char* title : {"兄", "岳父"}) {
        CAPTURE(title);
        s.facts.people[0].relatives = {relative(title, "王强", treasury, false, "出纳")};
        CHECK(s.check({treasury}).empty());
    }
    SECTION("the exact unit only")
    {
        s.facts.people[0].relatives = {relative("配偶", "王强", treasury, false, "出纳")};
        CHECK(s.check({finance}).empty());
    }
}

TEST_CASE("rules 6, 8 and 11: what the person declared or the unit raised", "[avoidance]")
{
    Scenario s;
    s.facts.people = {person(1)};
    AvoidanceCase c;
    c.person_id = PersonId{1};
    c.unit_id = UnitId{education};
    c.rule = C::declared_interest;
    c.trigger = CaseTrigger::self_declared;
    c.raised_on = Date(2027, 2, 20);
    c.facts = "本人表兄 李某 系该局校舍工程承包方负责人";
    s.facts.cases = {c};
    auto f = s.check({education, audit});
    REQUIRE(f.size() == 1);
    CHECK(explanation(f[0]) == "本人申请（2027-02-20）：本人表兄 李某 系该局校舍工程承包方负责人 → 规则6 "
                               "本人或近亲属与巡察事项有利害关系（硬性回避）");

    SECTION("a relationship raised by the unit without a rule is rule 11, soft")
    {
        s.facts.cases[0].rule.reset();
        s.facts.cases[0].trigger = CaseTrigger::inspected_unit;
        f = s.check({education});
        REQUIRE(f.size() == 1);
        CHECK(f[0].rule == C::declared_relationship);
        CHECK(f[0].severity == Severity::soft);
    }
    SECTION("a declared classmate is rule 8")
    {
        s.facts.cases[0].rule = C::education_tie;
        CHECK(s.finds(education, C::education_tie));
    }
    SECTION("switched off")
    {
        s.rules.rule(C::declared_interest).enabled = false;
        CHECK(s.check({education}).empty());
    }
}

TEST_CASE("rule 7: served with a current leader of the unit within the look-back", "[avoidance]")
{
    Scenario s;
    // 李华 leads the finance bureau now; from 2018 she was head of the audit bureau.
    auto leader = person(2, "李华");
    leader.work_history = {post_at(audit, Date(2018, 1, 1), Date(2024, 12, 31), "局长", true),
                           post_at(finance, Date(2025, 1, 1), std::nullopt, "局长", true)};
    UnitLeader l;
    l.person_id = PersonId{2};
    l.name = "李华";
    l.post = "局长";
    l.start = Date(2025, 1, 1);
    l.principal_head = true;
    s.unit_with(finance).leaders.push_back(l);

    auto p = person(1);
    p.work_history = {post_at(audit, Date(2019, 1, 1), Date(2024, 3, 15), "审计股股长")};
    s.facts.people = {p, leader};
    s.facts.leader_pool = {PersonId{1}};

    const auto f = s.check({finance});
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == C::leadership_overlap);
    CHECK(f[0].evidence[0] == "本人（2019-01 至 2024-03）在 县审计局 任 审计股股长，同期 李华（现任 县财政局 局长）在 "
                              "县审计局 任 局长（2018-01 至 2024-12）");

    SECTION("an overlap ending the day before the look-back does not count")
    {
        s.facts.people[0].work_history[0].end = Date(2024, 3, 14);
        CHECK(s.check({finance}).empty());
    }
    SECTION("two ordinary colleagues do not count")
    {
        s.facts.people[1].work_history[0].leadership_member = false;
        CHECK(s.check({finance}).empty());
    }
    SECTION("periods that do not overlap do not count")
    {
        s.facts.people[0].work_history[0].start = Date(2025, 2, 1);
        s.facts.people[0].work_history[0].end = Date(2026, 1, 1);
        CHECK_FALSE(s.finds(finance, C::leadership_overlap));
    }
    SECTION("only for the leader pool unless the office says otherwise")
    {
        s.facts.leader_pool.clear();
        CHECK(s.check({finance}).empty());
        s.rules.rule(C::leadership_overlap).leaders_only = false;
        CHECK(s.finds(finance, C::leadership_overlap));
    }
    SECTION("a leader who is no longer in post does not count")
    {
        s.unit_with(finance).leaders[0].end = Date(2027, 1, 1);
        CHECK(s.check({finance}).empty());
    }
}

TEST_CASE("rule 8: studied at the unit", "[avoidance]")
{
    Scenario s;
    auto p = person(1);
    p.fulltime_education.school = "县第一中学";
    s.facts.people = {p};
    CHECK(s.found(all_units()) == std::set<std::pair<long long, C>>{{school, C::education_tie}});
    const auto f = s.check({school});
    CHECK(f[0].severity == Severity::soft);
    s.rules.rule(C::education_tie).enabled = false;
    CHECK(s.check({school}).empty());
}

TEST_CASE("rule 9: home town is the inspected township or the village lies in it", "[avoidance]")
{
    Scenario s;
    auto p = person(1);
    p.native_place = "青山县城关镇";
    s.facts.people = {p};
    CHECK(s.found(all_units()) ==
          std::set<std::pair<long long, C>>{{chengguan, C::home_town}, {dongjie, C::home_town}});
    SECTION("the same place as home town and place of growth is one fact")
    {
        s.facts.people[0].birth_place = "青山县城关镇";
        const auto f = s.check({chengguan});
        REQUIRE(f.size() == 1);
        CHECK(f[0].evidence == std::vector<std::string>{"本人籍贯、成长地 青山县城关镇，即被巡察地 城关镇"});
    }
    SECTION("the place of growth counts too")
    {
        s.facts.people[0].native_place = "山东省临沂市";
        s.facts.people[0].birth_place = "东街村";
        CHECK(s.found(all_units()) == std::set<std::pair<long long, C>>{{dongjie, C::home_town}});
    }
    SECTION("switched off")
    {
        s.rules.rule(C::home_town).enabled = false;
        CHECK(s.check(all_units()).empty());
    }
}

TEST_CASE("rule 10: inspected the unit in an earlier round", "[avoidance]")
{
    Scenario s;
    s.facts.people = {person(1)};
    Assignment a;
    a.round_id = RoundId{1};
    a.person_id = PersonId{1};
    a.unit_id = UnitId{audit};
    a.role = GroupRole::leader;
    a.round_title = "十五届县委第二轮巡察";
    a.group_name = "第一巡察组";
    a.entry_date = Date(2025, 4, 1);
    s.facts.history = {a};
    const auto f = s.check({audit});
    REQUIRE(f.size() == 1);
    CHECK(explanation(f[0]) == "本人曾在 十五届县委第二轮巡察 第一巡察组 任组长（2025-04 进驻），巡察过 县审计局 → "
                               "规则10 以往轮次巡察过该单位（提示）");
    SECTION("a later round is not an earlier one")
    {
        s.facts.history[0].entry_date = Date(2027, 9, 1);
        CHECK(s.check({audit}).empty());
    }
}

TEST_CASE("a rule set to soft reports soft findings", "[avoidance]")
{
    Scenario s;
    auto p = person(1);
    p.unit_id = UnitId{audit};
    s.facts.people = {p};
    s.rules.rule(C::own_unit).severity = Severity::soft;
    const auto f = s.check({audit});
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::soft);
}

TEST_CASE("one fact may trigger several rules, each reported once with all its evidence", "[avoidance]")
{
    Scenario s;
    auto p = person(1);
    p.unit_id = UnitId{audit};
    p.work_history = {post_at(audit, Date(2015, 1, 1), Date(2019, 12, 31), "副局长", true),
                      post_at(audit, Date(2020, 1, 1), std::nullopt, "局长", true)};
    s.facts.people = {p};
    const auto f = s.check({audit});
    REQUIRE(f.size() == 3);
    CHECK(f[0].rule == C::own_unit);
    CHECK(f[1].rule == C::past_employment);
    CHECK(f[1].evidence.size() == 2);  // the current post, and the total
    CHECK(f[2].rule == C::former_leader);
    CHECK(f[2].evidence.size() == 2);  // both posts
}

TEST_CASE("spouses in one group are found, namesakes with another birth date are not", "[avoidance]")
{
    Scenario s;
    auto a = person(1, "张明");
    auto b = person(2, "王丽");
    b.birth_date = Date(1982, 7, 9);
    Relative spouse = relative("配偶", "王丽", audit);
    spouse.birth_date = Date(1982, 7, 9);
    a.relatives = {spouse};
    s.facts.people = {a, b, person(3, "赵刚")};
    Group g;
    g.number = 2;
    g.members = {{PersonId{1}, GroupRole::leader, {}}, {PersonId{2}, GroupRole::member, {}}, {PersonId{3}, GroupRole::member, {}}};
    AvoidanceEngine engine(s.rules, s.date, s.facts);
    auto f = engine.check_group(g);
    REQUIRE(f.size() == 1);
    CHECK(f[0].person_id == PersonId{1});
    CHECK(f[0].other_person_id == PersonId{2});
    CHECK(f[0].severity == Severity::soft);
    CHECK(explanation(f[0]) == "张明 的配偶 王丽 同在 第二巡察组 → 同组 同组成员互为配偶或直系血亲（提示）");

    s.facts.people[0].relatives[0].birth_date = Date(1983, 1, 1);
    AvoidanceEngine namesake(s.rules, s.date, s.facts);
    CHECK(namesake.check_group(g).empty());

    s.facts.people[0].relatives[0] = spouse;
    s.facts.people[0].relatives[0].title = "表妹";  // collateral: not counted by default
    AvoidanceEngine cousin(s.rules, s.date, s.facts);
    CHECK(cousin.check_group(g).empty());
}

TEST_CASE("a round is checked for its members and candidates against every covered unit", "[avoidance]")
{
    Scenario s;
    auto member = person(1);
    member.unit_id = UnitId{audit};
    auto candidate = person(2, "李华");
    candidate.relatives = {relative("配偶", "周洁", chengguan)};
    s.facts.people = {member, candidate, person(3, "赵刚")};
    Round round;
    round.id = RoundId{4};
    Group g1;
    g1.number = 1;
    g1.unit_ids = {UnitId{audit}};
    g1.members = {{PersonId{1}, GroupRole::leader, {}}};
    Group g2;
    g2.number = 2;
    g2.unit_ids = {UnitId{chengguan}, UnitId{audit}};
    round.groups = {g1, g2};
    AvoidanceEngine engine(s.rules, s.date, s.facts);
    const auto f = check_round(engine, round, {PersonId{2}, PersonId{3}, PersonId{1}});
    std::set<std::tuple<long long, long long, C>> found;
    for (const auto& x : f) found.emplace(x.person_id.value(), x.unit_id->value(), x.rule);
    CHECK(found == std::set<std::tuple<long long, long long, C>>{{1, audit, C::own_unit},
                                                                {2, chengguan, C::relative_employee}});
}

TEST_CASE("generated data with planted conflicts of every kind: exactly those are found", "[avoidance]")
{
    std::mt19937 rng(20261128);
    const auto pick = [&](int from, int to) { return std::uniform_int_distribution<int>(from, to)(rng); };

    AvoidanceFacts facts;
    // Inspected units 1–30 (1–5 townships with two villages each: 31–40), home units 41–60 (not inspected).
    for (long long id = 1; id <= 60; ++id) {
        Unit u;
        u.id = UnitId{id};
        u.name = "单位" + std::to_string(id);
        u.type = id <= 5 ? UnitType::township : id <= 40 && id > 30 ? UnitType::village : UnitType::county_department;
        if (id > 30 && id <= 40) u.parent_id = UnitId{(id - 31) / 2 + 1};
        UnitLeader l;
        l.name = "领导" + std::to_string(id);
        l.post = "书记";
        l.start = add_years(as_of, -1);
        u.leaders.push_back(l);
        facts.units.push_back(u);
    }
    std::vector<UnitId> inspected;
    for (long long id = 1; id <= 40; ++id) inspected.push_back(UnitId{id});

    std::set<std::tuple<long long, long long, C>> planted;
    std::vector<PersonId> candidates;
    long long next_id = 1;
    for (int i = 0; i < 330; ++i) {
        Person p = person(next_id++, "候选人");
        p.name += std::to_string(i);
        p.native_place = "外省某地";
        const long long home = pick(41, 60);
        p.unit_id = UnitId{home};
        // Noise that must not trigger anything.
        p.relatives.push_back(relative("同学", "某某", pick(1, 40), true));  // 其他
        p.relatives.push_back(relative("兄", "某甲", pick(1, 40), false));   // collateral, not a leader
        p.relatives.push_back(relative("配偶", "某乙", pick(41, 60), true)); // not inspected
        p.work_history.push_back(post_at(pick(1, 40), Date(2001, 1, 1), Date(2001, 12, 31)));  // long ago, short
        p.work_history.push_back(post_at(home, Date(2002, 1, 1), std::nullopt));

        const auto kind = static_cast<C>(i % 11);
        const long long t = kind == C::home_town ? pick(1, 5) : pick(1, 30);
        const auto plant = [&](long long unit_id, C rule) { planted.emplace(p.id.value(), unit_id, rule); };
        const auto plant_with_villages = [&](C rule) {
            plant(t, rule);
            if (t <= 5) {
                plant(31 + (t - 1) * 2, rule);
                plant(32 + (t - 1) * 2, rule);
            }
        };
        switch (kind) {
        case C::own_unit:
            p.unit_id = UnitId{t};
            p.work_history.pop_back();
            plant_with_villages(C::own_unit);
            break;
        case C::past_employment:
            p.work_history.push_back(post_at(t, add_years(as_of, -3), add_years(as_of, -2)));
            plant(t, C::past_employment);
            break;
        case C::former_leader:
            p.work_history.push_back(post_at(t, Date(1990, 1, 1), Date(1991, 12, 31), "副局长", true));
            plant(t, C::former_leader);
            break;
        case C::relative_leader:
            p.relatives.push_back(relative("表兄", "某丙", t, true));
            plant(t, C::relative_leader);
            break;
        case C::relative_employee:
            p.relatives.push_back(relative("配偶", "某丁", t, false));
            plant(t, C::relative_employee);
            break;
        case C::declared_interest:
        case C::declared_relationship: {
            AvoidanceCase c;
            c.person_id = p.id;
            c.unit_id = UnitId{t};
            c.facts = "申报事项";
            if (kind == C::declared_interest) c.rule = C::declared_interest;
            facts.cases.push_back(c);
            plant(t, kind);
            break;
        }
        case C::leadership_overlap: {
            // A current leader of unit t, linked to a record, led a unit where the person worked.
            Unit shared;
            shared.id = UnitId{static_cast<long long>(facts.units.size()) + 1};
            shared.name = "单位" + std::to_string(shared.id.value());
            facts.units.push_back(shared);
            p.work_history.push_back(post_at(shared.id.value(), Date(2020, 1, 1), add_years(as_of, -2)));
            Person boss = person(next_id++, "上级");
            boss.work_history = {post_at(shared.id.value(), Date(2019, 1, 1), add_years(as_of, -1), "局长", true)};
            UnitLeader l;
            l.person_id = boss.id;
            l.name = boss.name;
            l.post = "局长";
            l.start = add_years(as_of, -1);
            facts.units[static_cast<std::size_t>(t - 1)].leaders.push_back(l);
            facts.people.push_back(boss);
            facts.leader_pool.push_back(p.id);
            plant(t, C::leadership_overlap);
            break;
        }
        case C::education_tie:
            p.fulltime_education.school = "单位" + std::to_string(t);
            plant(t, C::education_tie);
            break;
        case C::home_town:
            p.birth_place = "本县单位" + std::to_string(t) + "新街";
            plant_with_villages(C::home_town);
            break;
        case C::earlier_round: {
            Assignment a;
            a.person_id = p.id;
            a.unit_id = UnitId{t};
            a.round_title = "十五届县委第一轮巡察";
            a.group_name = "第一巡察组";
            a.entry_date = Date(2024, 4, 1);
            facts.history.push_back(a);
            plant(t, C::earlier_round);
            break;
        }
        case C::group_relatives: break;
        }
        candidates.push_back(p.id);
        facts.people.push_back(std::move(p));
    }

    AvoidanceEngine engine(default_avoidance_rules(), as_of, facts);
    std::set<std::tuple<long long, long long, C>> found;
    for (const auto& f : engine.check(candidates, inspected)) {
        CHECK_FALSE(f.evidence.empty());
        found.emplace(f.person_id.value(), f.unit_id->value(), f.rule);
    }
    CHECK(planted.size() > 330);  // villages add to the townships
    std::vector<std::tuple<long long, long long, C>> missed, extra;
    std::set_difference(planted.begin(), planted.end(), found.begin(), found.end(), std::back_inserter(missed));
    std::set_difference(found.begin(), found.end(), planted.begin(), planted.end(), std::back_inserter(extra));
    for (const auto& [person_id, unit_id, rule] : missed) FAIL_CHECK("missed " << person_id << " × " << unit_id << " rule " << rule_number(rule));
    for (const auto& [person_id, unit_id, rule] : extra) FAIL_CHECK("extra " << person_id << " × " << unit_id << " rule " << rule_number(rule));
    CHECK(found == planted);
}

TEST_CASE("each rule switched off removes its findings and only those", "[avoidance]")
{
    // One person who meets all eleven rules against 城关镇, and a spouse in the same group.
    Scenario s;
    auto p = person(1);
    p.unit_id = UnitId{chengguan};
    p.native_place = "城关镇";
    p.fulltime_education.school = "城关镇";
    p.work_history = {post_at(chengguan, Date(2018, 1, 1), std::nullopt, "镇长", true),
                      post_at(audit, Date(2015, 1, 1), Date(2017, 12, 31))};
    Relative wife = relative("配偶", "王丽", chengguan, true, "副镇长");
    wife.birth_date = Date(1982, 7, 9);
    p.relatives = {wife};
    auto leader = person(2, "李华");
    leader.work_history = {post_at(audit, Date(2014, 1, 1), Date(2024, 6, 30), "局长", true)};
    UnitLeader l;
    l.person_id = PersonId{2};
    l.name = "李华";
    l.post = "党委书记";
    l.start = Date(2024, 7, 1);
    s.unit_with(chengguan).leaders.push_back(l);
    // 本人 worked with 李华 at the audit bureau until 2017: outside three years, inside ten.
    s.rules.rule(C::leadership_overlap).look_back_years = 10;
    auto spouse = person(3, "王丽");
    spouse.birth_date = Date(1982, 7, 9);
    s.facts.people = {p, leader, spouse};
    s.facts.leader_pool = {PersonId{1}};
    for (const auto code : {C::declared_interest, C::declared_relationship}) {
        AvoidanceCase c;
        c.person_id = PersonId{1};
        c.unit_id = UnitId{chengguan};
        c.rule = code;
        c.facts = "申报";
        s.facts.cases.push_back(c);
    }
    Assignment a;
    a.person_id = PersonId{1};
    a.unit_id = UnitId{chengguan};
    a.entry_date = Date(2024, 4, 1);
    s.facts.history = {a};
    Group g;
    g.members = {{PersonId{1}, GroupRole::leader, {}}, {PersonId{3}, GroupRole::member, {}}};

    const auto found_with = [&](const AvoidanceRules& rules) {
        AvoidanceEngine engine(rules, s.date, s.facts);
        std::set<C> codes;
        for (const auto& f : engine.check({PersonId{1}}, {UnitId{chengguan}})) codes.insert(f.rule);
        for (const auto& f : engine.check_group(g)) codes.insert(f.rule);
        return codes;
    };
    std::set<C> all;
    for (const auto& t : terms<AvoidanceRuleCode>()) all.insert(t.value);
    REQUIRE(found_with(s.rules) == all);
    for (const auto& t : terms<AvoidanceRuleCode>()) {
        CAPTURE(t.code);
        auto rules = s.rules;
        rules.rule(t.value).enabled = false;
        auto expected = all;
        expected.erase(t.value);
        CHECK(found_with(rules) == expected);
    }
}
