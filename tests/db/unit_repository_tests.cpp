#include "sample_records.h"
#include "test_database.h"

#include "db/audit_repository.h"
#include "db/person_repository.h"
#include "db/unit_repository.h"

using namespace xuncha;
using xuncha::test::TestDatabase;
using xuncha::test::last_unit_entry;

TEST_CASE("units keep their hierarchy, supervising body and every field", "[db][unit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    auto catalog = test::make_catalog(*database);
    catalog.village.remark = "资金量大";
    catalog.village.short_name = "东关";
    {
        db::Transaction tx(*database);
        db::UnitRepository(*database).update(tx, catalog.village);
        tx.commit();
    }

    db::UnitRepository units(*database);
    const auto all = units.list();
    REQUIRE(all.size() == 3);
    CHECK(all[0] == catalog.county);
    CHECK(all[1] == catalog.town);
    CHECK(all[2] == catalog.village);
    CHECK(all[2].parent_id == catalog.town.id);
    CHECK(all[2].supervisor_id == catalog.county.id);
    CHECK(all[0].parent_id == std::nullopt);
    CHECK(units.find(catalog.town.id) == catalog.town);
    CHECK_FALSE(units.find(model::UnitId(777)));
}

TEST_CASE("units are listed by their sort order, then by id", "[db][unit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    db::UnitRepository units(*database);
    db::Transaction tx(*database);
    auto late = test::unit_named("乙单位");
    late.sort_order = 5;
    auto early = test::unit_named("甲单位");
    early.sort_order = 1;
    auto tie = test::unit_named("丙单位");
    tie.sort_order = 5;
    units.create(tx, late);
    units.create(tx, early);
    units.create(tx, tie);
    tx.commit();
    const auto all = units.list();
    REQUIRE(all.size() == 3);
    CHECK(all[0].name == "甲单位");
    CHECK(all[1].name == "乙单位");
    CHECK(all[2].name == "丙单位");
}

TEST_CASE("changing a unit records old and new values, with unit names for references", "[db][unit][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    auto catalog = test::make_catalog(*database);
    auto moved = catalog.village;
    moved.name = "东关社区";
    moved.type = model::UnitType::community;
    moved.parent_id = catalog.county.id;
    {
        db::Transaction tx(*database);
        db::UnitRepository(*database).update(tx, moved);
        tx.commit();
    }
    CHECK(db::UnitRepository(*database).find(moved.id) == moved);
    const auto entry = last_unit_entry(*database, moved.id);
    CHECK(entry.action == model::AuditAction::update);
    CHECK(entry.entity_label == "东关社区");
    CHECK(entry.changes == std::vector<model::FieldChange>{{"name", "东关村", "东关社区"},
                                                            {"type", "村", "社区"},
                                                            {"parent", "城关镇", "示范县委"}});

    // Saving it again unchanged writes no audit row.
    const auto before = db::AuditRepository(*database).count();
    db::Transaction tx(*database);
    db::UnitRepository(*database).update(tx, moved);
    tx.commit();
    CHECK(db::AuditRepository(*database).count() == before);
}

TEST_CASE("a unit cannot be removed while people, work history, relatives or other units refer to it",
          "[db][unit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    db::UnitRepository units(*database);
    auto target = test::unit_named("县财政局", catalog.county.id);
    model::Person person = test::plain_person("周小平", "", catalog.county.id);
    {
        db::Transaction tx(*database);
        units.create(tx, target);
        tx.commit();
    }
    std::string expected;
    SECTION("a person works there")
    {
        person.unit_id = target.id;
        expected = "people working there (1)";
    }
    SECTION("a work-history entry names it")
    {
        model::WorkHistoryEntry entry;
        entry.unit_id = target.id;
        entry.post = "科员";
        person.work_history.push_back(entry);
        expected = "work history entries (1)";
    }
    SECTION("a relative works there")
    {
        model::Relative relative;
        relative.title = "父亲";
        relative.name = "周大平";
        relative.employer_unit_id = target.id;
        person.relatives.push_back(relative);
        expected = "relatives working there (1)";
    }
    SECTION("a unit sits under it")
    {
        person.name.clear();
        auto child = test::unit_named("县国库支付中心", target.id);
        db::Transaction tx(*database);
        units.create(tx, child);
        tx.commit();
        expected = "units under it (1)";
    }
    SECTION("a unit has it as supervising body")
    {
        person.name.clear();
        auto supervised = test::unit_named("县会计服务中心", catalog.county.id);
        supervised.supervisor_id = target.id;
        db::Transaction tx(*database);
        units.create(tx, supervised);
        tx.commit();
        expected = "units it supervises (1)";
    }
    if (!person.name.empty()) {
        db::Transaction tx(*database);
        db::PersonRepository(*database).create(tx, person);
        tx.commit();
    }
    const auto audit_before = db::AuditRepository(*database).count();

    db::Transaction tx(*database);
    try {
        units.remove(tx, target.id);
        FAIL("a unit in use was removed");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::in_use);
        CHECK_THAT(error.detail(), Catch::Contains("县财政局") && Catch::Contains(expected));
    }
    tx.commit();
    CHECK(units.find(target.id));
    CHECK(db::AuditRepository(*database).count() == audit_before);
}

TEST_CASE("removing an unused unit leaves an audit row with all its fields", "[db][unit][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    {
        db::Transaction tx(*database);
        db::UnitRepository(*database).remove(tx, catalog.village.id);
        tx.commit();
    }
    CHECK_FALSE(db::UnitRepository(*database).find(catalog.village.id));
    const auto entry = last_unit_entry(*database, catalog.village.id);
    CHECK(entry.action == model::AuditAction::remove);
    CHECK(entry.entity_label == "东关村");
    CHECK(entry.changes == std::vector<model::FieldChange>{{"name", "东关村", ""},
                                                            {"type", "村", ""},
                                                            {"parent", "城关镇", ""},
                                                            {"supervisor", "示范县委", ""},
                                                            {"sort_order", "2", ""}});
}

TEST_CASE("two units of the same name under one parent are refused, under different parents accepted",
          "[db][unit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    db::UnitRepository units(*database);
    db::Transaction tx(*database);
    auto elsewhere = test::unit_named("东关村", catalog.county.id);
    CHECK_NOTHROW(units.create(tx, elsewhere));
    auto twin = test::unit_named("东关村", catalog.town.id);
    try {
        units.create(tx, twin);
        FAIL("a second 东关村 under 城关镇 was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::constraint);
        CHECK_THAT(error.detail(), Catch::Contains("name") && Catch::Contains("same parent"));
    }
    auto top_twin = test::unit_named("示范县委");
    CHECK_THROWS_AS(units.create(tx, top_twin), db::DbError);
    tx.commit();
    CHECK(units.list().size() == 4);
}

TEST_CASE("updating or removing a unit that does not exist is refused as not found", "[db][unit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    auto ghost = test::unit_named("不存在的单位");
    ghost.id = model::UnitId(31337);
    db::Transaction tx(*database);
    db::UnitRepository units(*database);
    try {
        units.update(tx, ghost);
        FAIL("update of a missing unit was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::not_found);
    }
    try {
        units.remove(tx, ghost.id);
        FAIL("removal of a missing unit was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::not_found);
    }
}

TEST_CASE("a whole hierarchy is saved at once, references to earlier units rewritten to their new ids",
          "[db][unit][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    // As an import file numbers them.
    std::vector<model::Unit> units(4);
    units[0] = test::unit_named("县委");
    units[0].id = model::UnitId(1);
    units[1] = test::unit_named("城关镇", model::UnitId(1));
    units[1].id = model::UnitId(2);
    units[2] = test::unit_named("东关村", model::UnitId(2));
    units[2].id = model::UnitId(3);
    units[2].supervisor_id = model::UnitId(1);
    units[3] = test::unit_named("西关村", model::UnitId(2));
    {
        // Something already there, so that file ids and database ids differ.
        db::Transaction tx(*database);
        auto existing = test::unit_named("既有单位");
        db::UnitRepository(*database).create(tx, existing);
        tx.commit();
    }
    {
        db::Transaction tx(*database);
        db::UnitRepository(*database).create_all(tx, units);
        tx.commit();
    }
    const auto by_name = [&](const std::string& name) {
        for (const auto& u : db::UnitRepository(*database).list())
            if (u.name == name) return u;
        FAIL("no unit " << name);
        return model::Unit{};
    };
    const auto county = by_name("县委");
    const auto town = by_name("城关镇");
    CHECK(town.parent_id == county.id);
    CHECK(by_name("东关村").parent_id == town.id);
    CHECK(by_name("东关村").supervisor_id == county.id);
    CHECK(by_name("西关村").parent_id == town.id);
    CHECK(units[3].id == by_name("西关村").id);

    const auto entry = last_unit_entry(*database, units[2].id);
    CHECK(entry.action == model::AuditAction::create);
    CHECK(entry.changes == std::vector<model::FieldChange>{{"name", "", "东关村"},
                                                            {"type", "", "县直部门"},
                                                            {"parent", "", "城关镇"},
                                                            {"supervisor", "", "县委"},
                                                            {"sort_order", "", "0"}});
}
