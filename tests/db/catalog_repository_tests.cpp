#include "sample_records.h"
#include "test_database.h"

#include "db/audit_repository.h"
#include "db/catalog_repository.h"
#include "db/person_repository.h"

using namespace xuncha;
using xuncha::test::TestDatabase;

namespace {

model::AuditEntry last_entry(db::Database& database, const std::string& entity, long long id)
{
    const auto entries = db::AuditRepository(database).list({entity, id, 1, true});
    REQUIRE(entries.size() == 1);
    return entries.front();
}

}  // namespace

TEST_CASE("a new database offers the default specialties and the three standard pools, in order", "[db][catalog]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    db::CatalogRepository catalog(*database);
    const auto specialties = catalog.specialties();
    const auto seeds = model::default_specialty_names();
    REQUIRE(specialties.size() == seeds.size());
    for (std::size_t i = 0; i < seeds.size(); ++i) {
        CHECK(specialties[i].name == seeds[i]);
        CHECK(specialties[i].id.is_saved());
    }
    const auto pools = catalog.pools();
    const auto defaults = model::default_pools();
    REQUIRE(pools.size() == defaults.size());
    for (std::size_t i = 0; i < defaults.size(); ++i) {
        CHECK(pools[i].name == defaults[i].name);
        CHECK(pools[i].kind == defaults[i].kind);
        CHECK(pools[i].description == defaults[i].description);
    }
    CHECK(pools[0].kind == model::PoolKind::leader);
    CHECK(database->is_empty());
}

TEST_CASE("specialties are added, renamed and removed, each with an audit row", "[db][catalog][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    db::CatalogRepository catalog(*database);
    model::Specialty specialty{{}, "统计", 20};
    {
        db::Transaction tx(*database);
        catalog.create(tx, specialty);
        tx.commit();
    }
    REQUIRE(specialty.id.is_saved());
    CHECK(catalog.specialties().back() == specialty);
    CHECK(last_entry(*database, "specialty", specialty.id.value()).changes ==
          std::vector<model::FieldChange>{{"name", "", "统计"}, {"sort_order", "", "20"}});

    specialty.name = "统计调查";
    {
        db::Transaction tx(*database);
        catalog.update(tx, specialty);
        tx.commit();
    }
    CHECK(catalog.specialties().back().name == "统计调查");
    const auto renamed = last_entry(*database, "specialty", specialty.id.value());
    CHECK(renamed.action == model::AuditAction::update);
    CHECK(renamed.changes == std::vector<model::FieldChange>{{"name", "统计", "统计调查"}});

    {
        db::Transaction tx(*database);
        catalog.remove(tx, specialty.id);
        tx.commit();
    }
    CHECK(catalog.specialties().size() == model::default_specialty_names().size());
    const auto removed = last_entry(*database, "specialty", specialty.id.value());
    CHECK(removed.action == model::AuditAction::remove);
    CHECK(removed.entity_label == "统计调查");
    CHECK(removed.changes == std::vector<model::FieldChange>{{"name", "统计调查", ""}, {"sort_order", "20", ""}});
}

TEST_CASE("a specialty that people have cannot be removed", "[db][catalog]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto sample = test::make_catalog(*database);
    auto person = test::full_person(sample);
    db::Transaction tx(*database);
    db::PersonRepository(*database).create(tx, person);
    try {
        db::CatalogRepository(*database).remove(tx, sample.specialties[6].id);
        FAIL("a specialty in use was removed");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::in_use);
        CHECK_THAT(error.detail(), Catch::Contains(sample.specialties[6].name) && Catch::Contains("(1)"));
        CHECK(error.subject() == sample.specialties[6].name);
    }
    // An unused one goes.
    CHECK_NOTHROW(db::CatalogRepository(*database).remove(tx, sample.specialties[5].id));
}

TEST_CASE("a specialty or pool name used twice is refused, naming the field", "[db][catalog]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    db::CatalogRepository catalog(*database);
    db::Transaction tx(*database);
    model::Specialty twin{{}, "审计", 99};
    try {
        catalog.create(tx, twin);
        FAIL("a second 审计 was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::constraint);
        CHECK_THAT(error.detail(), Catch::Contains("name is already used by another specialty"));
        CHECK(error.subject() == "specialty “审计”");
    }
    auto pool = catalog.pools()[1];
    pool.name = "组长库";
    try {
        catalog.update(tx, pool);
        FAIL("a pool was renamed to an existing pool's name");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::constraint);
        CHECK_THAT(error.detail(), Catch::Contains("name is already used by another pool"));
    }
    tx.commit();
    CHECK(catalog.pools()[1].name == "人才库");
}

TEST_CASE("pools are added, found by name, changed and removed, each with an audit row", "[db][catalog][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    db::CatalogRepository catalog(*database);
    model::Pool pool{{}, "特约巡察员库", model::PoolKind::special_inspector, "人大代表、政协委员", 4};
    {
        db::Transaction tx(*database);
        catalog.create(tx, pool);
        tx.commit();
    }
    REQUIRE(pool.id.is_saved());
    CHECK(catalog.find_pool_by_name("特约巡察员库") == pool);
    CHECK_FALSE(catalog.find_pool_by_name("巡村人才库"));
    CHECK(last_entry(*database, "pool", pool.id.value()).changes ==
          std::vector<model::FieldChange>{{"name", "", "特约巡察员库"},
                                          {"kind", "", "特约巡察员库"},
                                          {"description", "", "人大代表、政协委员"},
                                          {"sort_order", "", "4"}});

    pool.kind = model::PoolKind::village;
    pool.name = "巡村人才库";
    {
        db::Transaction tx(*database);
        catalog.update(tx, pool);
        tx.commit();
    }
    CHECK(catalog.find_pool_by_name("巡村人才库") == pool);
    CHECK(last_entry(*database, "pool", pool.id.value()).changes.size() == 2);

    {
        db::Transaction tx(*database);
        catalog.remove(tx, pool.id);
        tx.commit();
    }
    CHECK_FALSE(catalog.find_pool_by_name("巡村人才库"));
    CHECK(last_entry(*database, "pool", pool.id.value()).action == model::AuditAction::remove);
}

TEST_CASE("a pool with members cannot be removed, even when they have left it", "[db][catalog]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto sample = test::make_catalog(*database);
    auto person = test::full_person(sample);  // active in 组长库, exited from 专家库
    db::Transaction tx(*database);
    db::PersonRepository(*database).create(tx, person);
    for (const auto& pool : {sample.pools[0], sample.pools[2]}) {
        try {
            db::CatalogRepository(*database).remove(tx, pool.id);
            FAIL("pool " << pool.name << " with a member was removed");
        }
        catch (const db::DbError& error) {
            CHECK(error.category() == db::DbError::Category::in_use);
            CHECK_THAT(error.detail(), Catch::Contains(pool.name));
        }
    }
    CHECK_NOTHROW(db::CatalogRepository(*database).remove(tx, sample.pools[1].id));
}

TEST_CASE("changing or removing a catalogue entry that does not exist is refused as not found", "[db][catalog]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    db::CatalogRepository catalog(*database);
    db::Transaction tx(*database);
    const model::Specialty specialty{model::SpecialtyId(5000), "无", 0};
    const model::Pool pool{model::PoolId(5000), "无", model::PoolKind::custom, "", 0};
    const auto expect_not_found = [](auto&& action) {
        try {
            action();
            FAIL("a missing entry was accepted");
        }
        catch (const db::DbError& error) {
            CHECK(error.category() == db::DbError::Category::not_found);
        }
    };
    expect_not_found([&] { catalog.update(tx, specialty); });
    expect_not_found([&] { catalog.remove(tx, specialty.id); });
    expect_not_found([&] { catalog.update(tx, pool); });
    expect_not_found([&] { catalog.remove(tx, pool.id); });
}
