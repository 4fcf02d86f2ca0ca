#include "model/audit.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace xuncha::model;

namespace {

AuditNames names()
{
    AuditNames n;
    n.unit = [](UnitId id) { return id.value() == 3 ? std::string("城关镇") : std::string("财政局"); };
    n.pool = [](PoolId) { return std::string("组长库"); };
    n.specialty = [](SpecialtyId id) { return id.value() == 1 ? std::string("审计") : std::string("法律"); };
    return n;
}

Person saved_person()
{
    Person p;
    p.id = PersonId{7};
    p.name = "王晓燕";
    p.gender = Gender::female;
    p.birth_date = Date(1949, 12, 31);
    p.id_number = "11010519491231002X";
    p.unit_id = UnitId{3};
    p.post = "党委书记";
    p.specialties = {SpecialtyId{1}, SpecialtyId{2}};
    p.work_history.push_back({WorkHistoryId{11}, UnitId{3}, "", "", "党委书记", Date(2019, 3, 1), std::nullopt, true, true});
    p.memberships.push_back({MembershipId{21}, PoolId{1}, MembershipStatus::active, EntryMethod::unspecified, Date(2020, 1, 1), std::nullopt, "", "", std::nullopt, {}});
    return p;
}

const FieldChange* find(const std::vector<FieldChange>& changes, const std::string& field)
{
    const auto it = std::find_if(changes.begin(), changes.end(), [&](const FieldChange& c) { return c.field == field; });
    return it == changes.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("a new person's audit lists every filled field in readable words", "[audit]")
{
    const auto changes = diff(Person{}, saved_person(), names());
    REQUIRE(find(changes, "name"));
    CHECK(find(changes, "name")->new_value == "王晓燕");
    CHECK(find(changes, "gender")->new_value == "女");
    CHECK(find(changes, "unit")->new_value == "城关镇");
    CHECK(find(changes, "specialties")->new_value == "审计、法律");
    CHECK(find(changes, "work_history.11")->new_value == "2019-03-01 至 今 城关镇 党委书记 （主要负责人）");
    CHECK(find(changes, "membership.21")->new_value == "组长库 在库 入库 2020-01-01");
    CHECK_FALSE(find(changes, "remark"));  // empty fields are not listed
    CHECK_FALSE(find(changes, "holds_leadership_post"));  // 否 is the absence of a value
    for (const auto& c : changes) CHECK(c.old_value.empty());
}

TEST_CASE("the ID number appears in the audit trail only masked", "[audit]")
{
    auto before = saved_person();
    auto after = before;
    after.id_number = "440524188001010014";
    const auto changes = diff(before, after, names());
    REQUIRE(changes.size() == 1);
    CHECK(changes[0] == FieldChange{"id_number", "110105********002X", "440524********0014"});
    for (const auto& c : diff(Person{}, before, names())) CHECK(c.new_value.find("19491231") == std::string::npos);
}

TEST_CASE("an edit lists only the fields that changed, with old and new values", "[audit]")
{
    const auto before = saved_person();
    CHECK(diff(before, before, names()).empty());

    auto after = before;
    after.post = "镇长";
    after.unit_id = UnitId{4};
    const auto changes = diff(before, after, names());
    CHECK(changes == std::vector<FieldChange>{{"unit", "城关镇", "财政局"}, {"post", "党委书记", "镇长"}});
}

TEST_CASE("sub-records are matched by id: added, removed and edited ones", "[audit]")
{
    const auto before = saved_person();
    auto after = before;
    after.work_history[0].end = Date(2024, 6, 30);
    after.relatives.push_back({RelativeId{31}, "配偶", "李某", std::nullopt, std::nullopt, UnitId{3}, "", "镇长", true});
    after.memberships.clear();
    const auto changes = diff(before, after, names());
    CHECK(changes == std::vector<FieldChange>{
                         {"work_history.11.end", "", "2024-06-30"},
                         {"relative.31", "", "配偶 李某 城关镇 镇长 （领导班子成员）"},
                         {"membership.21", "组长库 在库 入库 2020-01-01", ""},
                     });
}

TEST_CASE("a removal keeps every field that was removed", "[audit]")
{
    const auto before = saved_person();
    const auto changes = diff(before, Person{}, names());
    CHECK(find(changes, "name")->old_value == "王晓燕");
    CHECK(find(changes, "work_history.11")->old_value.find("党委书记") != std::string::npos);
    for (const auto& c : changes) CHECK(c.new_value.empty());
}

TEST_CASE("units, specialties and pools are audited by their fields", "[audit]")
{
    Unit before;
    before.id = UnitId{5};
    before.name = "东村";
    before.type = UnitType::village;
    before.parent_id = UnitId{3};
    Unit after = before;
    after.name = "东湖村";
    CHECK(diff(before, after, names()) == std::vector<FieldChange>{{"name", "东村", "东湖村"}});
    CHECK(find(diff(Unit{}, before, names()), "parent")->new_value == "城关镇");

    const Specialty s{SpecialtyId{2}, "法律", 4};
    CHECK(diff(s, Specialty{SpecialtyId{2}, "法律事务", 4}) == std::vector<FieldChange>{{"name", "法律", "法律事务"}});
    const Pool pool{PoolId{1}, "组长库", PoolKind::leader, "", 1};
    CHECK(find(diff(Pool{}, pool), "kind")->new_value == "巡察组组长库");
}

TEST_CASE("new records of every kind are audited, membership steps under their membership", "[audit]")
{
    const auto before = saved_person();
    auto after = before;
    after.memberships[0].steps.push_back(
        {MembershipStepId{41}, MembershipStatus::active, MembershipStatus::suspended, Date(2026, 5, 1), "县委巡察办",
         "青巡办发〔2026〕5号", "", ""});
    after.memberships[0].status = MembershipStatus::suspended;
    after.assessments.push_back({AssessmentId{51}, 2025, AssessmentResult::excellent, ""});
    after.declined_secondments.push_back({DeclinedSecondmentId{61}, Date(2025, 9, 1), "第四轮巡察", "身体原因"});
    after.reserve_cadre = true;
    const auto changes = diff(before, after, names());
    CHECK(find(changes, "reserve_cadre")->new_value == "是");
    CHECK(find(changes, "membership.21.status")->new_value == "暂停");
    CHECK(find(changes, "membership.21.step.41")->new_value == "2026-05-01 在库 → 暂停 县委巡察办 青巡办发〔2026〕5号");
    CHECK(find(changes, "assessment.51")->new_value == "2025年度 优秀");
    CHECK(find(changes, "declined_secondment.61")->new_value == "2025-09-01 第四轮巡察 原因：身体原因");
}

TEST_CASE("records without an id yet are each listed as added", "[audit]")
{
    const auto before = saved_person();
    auto after = before;
    after.commendations.push_back({CommendationId{}, Date(2024, 1, 5), "优秀共产党员", "县委", CommendationLevel::county, "", ""});
    after.commendations.push_back({CommendationId{}, Date(2025, 1, 5), "先进工作者", "县政府", CommendationLevel::county, "", ""});
    const auto changes = diff(before, after, names());
    CHECK(std::count_if(changes.begin(), changes.end(), [](const FieldChange& c) { return c.field == "commendation"; }) == 2);
}
