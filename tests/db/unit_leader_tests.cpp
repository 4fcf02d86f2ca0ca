// Units' leadership teams and profile flags (issue 4).
#include "sample_records.h"
#include "test_database.h"

#include "db/audit_repository.h"
#include "db/person_repository.h"
#include "db/unit_repository.h"

#include <algorithm>

using namespace xuncha;
using xuncha::test::TestDatabase;
using xuncha::test::last_unit_entry;

namespace {

model::UnitLeader leader(const std::string& name, const std::string& post, const char* start, const char* end = nullptr)
{
    model::UnitLeader l;
    l.name = name;
    l.post = post;
    l.start = test::day(start);
    if (end) l.end = test::day(end);
    return l;
}

// 城关镇 with a linked party secretary, a mayor by name only, and a former deputy.
model::Unit town_with_team(const test::SampleCatalog& catalog, model::PersonId secretary)
{
    auto town = catalog.town;
    auto linked = leader("王秀英", "党委书记", "2021-03-01");
    linked.person_id = secretary;
    linked.principal_head = true;
    linked.remark = "兼任人大主席";
    town.leaders = {linked, leader("李建国", "镇长", "2021-05-10"), leader("赵敏", "副镇长", "2018-01-02", "2023-12-31")};
    town.profile_flags = {"资金量大", "信访多", "征地拆迁项目集中"};
    return town;
}

}  // namespace

TEST_CASE("a unit keeps its leaders, linked or by name, and its profile flags in the order entered",
          "[db][unit][leader]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto secretary = test::created(*database, test::plain_person("王秀英", "", catalog.county.id));

    db::UnitRepository units(*database);
    auto unit = town_with_team(catalog, secretary.id);
    unit.name = "城西镇";
    {
        db::Transaction tx(*database);
        units.create(tx, unit);
        tx.commit();
    }
    REQUIRE(unit.leaders.size() == 3);
    for (const auto& l : unit.leaders) CHECK(l.id.is_saved());
    CHECK(unit.leaders[0].id != unit.leaders[1].id);

    const auto found = units.find(unit.id);
    REQUIRE(found);
    CHECK(*found == unit);
    CHECK(found->leaders[0].person_id == secretary.id);
    CHECK_FALSE(found->leaders[1].person_id);
    CHECK(found->leaders[2].end == test::day("2023-12-31"));
    CHECK(found->profile_flags == std::vector<std::string>{"资金量大", "信访多", "征地拆迁项目集中"});

    const auto all = units.list();
    const auto listed = std::find_if(all.begin(), all.end(), [&](const model::Unit& u) { return u.id == unit.id; });
    REQUIRE(listed != all.end());
    CHECK(*listed == unit);
    // The other units have none.
    CHECK(all.front().leaders.empty());
    CHECK(all.front().profile_flags.empty());

    const auto entry = last_unit_entry(*database, unit.id);
    CHECK(entry.action == model::AuditAction::create);
    CHECK(std::count_if(entry.changes.begin(), entry.changes.end(),
                        [](const model::FieldChange& c) { return c.field.rfind("leader.", 0) == 0; }) == 3);
}

TEST_CASE("changing a unit's team adds, edits, reorders and removes leaders by id and replaces its flags",
          "[db][unit][leader][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto secretary = test::created(*database, test::plain_person("王秀英", "", catalog.county.id));
    db::UnitRepository units(*database);
    auto unit = town_with_team(catalog, secretary.id);
    {
        db::Transaction tx(*database);
        units.update(tx, unit);
        tx.commit();
    }
    REQUIRE(unit.leaders[1].id.is_saved());
    CHECK(*units.find(unit.id) == unit);
    const auto removed = unit.leaders[2].id;
    const auto mayor = unit.leaders[1].id;

    // The mayor leaves, the deputy is deleted, a new mayor comes first.
    auto changed = unit;
    changed.leaders[1].end = test::day("2025-06-30");
    changed.leaders.erase(changed.leaders.begin() + 2);
    changed.leaders.insert(changed.leaders.begin(), leader("孙立", "镇长", "2025-07-01"));
    changed.profile_flags = {"信访多", "项目多"};
    {
        db::Transaction tx(*database);
        units.update(tx, changed);
        tx.commit();
    }
    REQUIRE(changed.leaders.size() == 3);
    CHECK(changed.leaders[0].id.is_saved());
    CHECK(changed.leaders[2].id == mayor);
    CHECK(*units.find(unit.id) == changed);
    CHECK(test::count_rows(*database, "unit_leader") == 3);
    CHECK(test::count_rows(*database, "unit_flag") == 2);

    const auto entry = last_unit_entry(*database, unit.id);
    const auto has = [&](const std::string& field) {
        return std::any_of(entry.changes.begin(), entry.changes.end(),
                           [&](const model::FieldChange& c) { return c.field == field; });
    };
    CHECK(has("leader." + std::to_string(removed.value())));
    CHECK(has("leader." + std::to_string(changed.leaders[0].id.value())));
    CHECK(has("leader." + std::to_string(mayor.value()) + ".end"));
    CHECK(has("profile_flags"));

    SECTION("a leader id of another unit is refused and nothing changes")
    {
        auto county = catalog.county;
        county.leaders = {leader("钱军", "县委书记", "2020-01-01")};
        {
            db::Transaction tx(*database);
            units.update(tx, county);
            tx.commit();
        }
        auto wrong = changed;
        wrong.leaders[1].id = county.leaders[0].id;
        db::Transaction tx(*database);
        try {
            units.update(tx, wrong);
            FAIL("a leader of another unit was accepted");
        }
        catch (const db::DbError& error) {
            CHECK(error.category() == db::DbError::Category::not_found);
        }
        tx.commit();
        CHECK(*units.find(unit.id) == changed);
        CHECK(*units.find(county.id) == county);
    }
    SECTION("a flag listed twice is refused as a constraint and nothing changes")
    {
        auto twice = changed;
        twice.profile_flags = {"信访多", "信访多"};
        twice.remark = "不应保存";
        db::Transaction tx(*database);
        try {
            units.update(tx, twice);
            FAIL("a duplicate flag was accepted");
        }
        catch (const db::DbError& error) {
            CHECK(error.category() == db::DbError::Category::constraint);
            CHECK_THAT(error.detail(), Catch::Contains("profile flag"));
        }
        tx.commit();
        CHECK(*units.find(unit.id) == changed);
    }
}

TEST_CASE("units saved at once keep their leaders' links to people as given", "[db][unit][leader]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto person = test::created(*database, test::plain_person("周小平", "", catalog.county.id));
    std::vector<model::Unit> batch(2);
    batch[0] = test::unit_named("县财政局");
    batch[0].id = model::UnitId(1);
    auto head = leader("周小平", "局长", "2022-02-01");
    head.person_id = person.id;
    batch[0].leaders = {head};
    batch[0].profile_flags = {"资金量大"};
    batch[1] = test::unit_named("县国库支付中心", model::UnitId(1));
    batch[1].leaders = {leader("吴芳", "主任", "2019-09-01")};
    {
        db::Transaction tx(*database);
        db::UnitRepository(*database).create_all(tx, batch);
        tx.commit();
    }
    const auto finance = db::UnitRepository(*database).find(batch[0].id);
    REQUIRE(finance);
    CHECK(*finance == batch[0]);
    CHECK(finance->leaders.at(0).person_id == person.id);
    CHECK(db::UnitRepository(*database).find(batch[1].id) == batch[1]);
    CHECK(batch[1].parent_id == batch[0].id);
}

TEST_CASE("a leader whose person is removed stays on the team by name", "[db][unit][leader]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto secretary = test::created(*database, test::plain_person("王秀英", "", catalog.county.id));
    auto unit = town_with_team(catalog, secretary.id);
    {
        db::Transaction tx(*database);
        db::UnitRepository(*database).update(tx, unit);
        db::PersonRepository(*database).remove(tx, secretary.id);
        tx.commit();
    }
    const auto found = db::UnitRepository(*database).find(unit.id);
    REQUIRE(found);
    REQUIRE(found->leaders.size() == 3);
    CHECK_FALSE(found->leaders[0].person_id);
    CHECK(found->leaders[0].name == "王秀英");
    CHECK(found->leaders[0].post == "党委书记");
}

TEST_CASE("a removed unit takes its leaders and flags with it", "[db][unit][leader]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    auto village = catalog.village;
    village.leaders = {leader("郑强", "村党支部书记", "2021-01-01")};
    village.profile_flags = {"集体资产多"};
    {
        db::Transaction tx(*database);
        db::UnitRepository(*database).update(tx, village);
        tx.commit();
    }
    CHECK(test::count_rows(*database, "unit_leader") == 1);
    {
        db::Transaction tx(*database);
        db::UnitRepository(*database).remove(tx, village.id);
        tx.commit();
    }
    CHECK(test::count_rows(*database, "unit_leader") == 0);
    CHECK(test::count_rows(*database, "unit_flag") == 0);
    const auto entry = last_unit_entry(*database, village.id);
    CHECK(entry.action == model::AuditAction::remove);
    CHECK(std::any_of(entry.changes.begin(), entry.changes.end(), [](const model::FieldChange& c) {
        return c.field == "profile_flags" && c.old_value == "集体资产多";
    }));
}
