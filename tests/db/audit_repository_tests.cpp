#include "sample_records.h"
#include "test_database.h"

#include "db/audit_repository.h"
#include "db/catalog_repository.h"
#include "db/internal/database_impl.h"
#include "db/person_repository.h"
#include "db/unit_repository.h"

#include <algorithm>
#include <cstdlib>

using namespace xuncha;
using xuncha::test::TestDatabase;

TEST_CASE("the audit trail lists entries newest first, filtered by entity and record, with a limit",
          "[db][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);  // three unit rows
    model::Specialty specialty{{}, "统计", 30};
    auto town = catalog.town;
    {
        db::Transaction tx(*database);
        db::CatalogRepository(*database).create(tx, specialty);
        town.remark = "信访多";
        db::UnitRepository(*database).update(tx, town);
        tx.commit();
    }
    db::AuditRepository audit(*database);
    CHECK(audit.count() == 5);

    const auto all = audit.list();
    REQUIRE(all.size() == 5);
    CHECK(all[0].entity == "unit");
    CHECK(all[0].action == model::AuditAction::update);
    CHECK(all[1].entity == "specialty");
    CHECK(all[4].entity_label == "示范县委");
    for (std::size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1].id > all[i].id);

    const auto oldest_first = audit.list({std::nullopt, std::nullopt, 0, false});
    REQUIRE(oldest_first.size() == 5);
    CHECK(oldest_first.front() == all.back());

    const auto units = audit.list({"unit", std::nullopt, 0, true});
    CHECK(units.size() == 4);
    for (const auto& entry : units) CHECK(entry.entity == "unit");

    const auto town_rows = audit.list({"unit", town.id.value(), 0, false});
    REQUIRE(town_rows.size() == 2);
    CHECK(town_rows[0].action == model::AuditAction::create);
    CHECK(town_rows[1].changes == std::vector<model::FieldChange>{{"remark", "", "信访多"}});

    const auto limited = audit.list({std::nullopt, std::nullopt, 2, true});
    REQUIRE(limited.size() == 2);
    CHECK(limited[0] == all[0]);
    CHECK(limited[1] == all[1]);

    CHECK(audit.list({"person", std::nullopt, 0, true}).empty());
}

TEST_CASE("audit rows carry the time, the operator, the record and its name", "[db][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    auto unit = test::unit_named("县统计局");
    {
        db::Transaction tx(*database);
        db::UnitRepository(*database).create(tx, unit);
        tx.commit();
    }
    const auto entries = db::AuditRepository(*database).list();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].at == "2026-11-28T17:30:05Z");
    CHECK(entries[0].operator_name == "tester");
    CHECK(entries[0].entity == "unit");
    CHECK(entries[0].entity_id == unit.id.value());
    CHECK(entries[0].entity_label == "县统计局");
    CHECK(entries[0].action == model::AuditAction::create);
}

TEST_CASE("the operator is the OS user unless one is given", "[db][audit]")
{
    const char* saved = std::getenv("USER");
    const std::string original = saved != nullptr ? saved : "";
    SECTION("from $USER")
    {
        ::setenv("USER", "巡察办小王", 1);
        CHECK(db::Database::open(":memory:")->operator_name() == "巡察办小王");
    }
    SECTION("from the login name when $USER is not set")
    {
        ::unsetenv("USER");
        const auto name = db::Database::open(":memory:")->operator_name();
        CHECK_FALSE(name.empty());
    }
    SECTION("as given")
    {
        db::OpenOptions options;
        options.operator_name = "张科长";
        CHECK(db::Database::open(":memory:", options)->operator_name() == "张科长");
    }
    if (saved != nullptr)
        ::setenv("USER", original.c_str(), 1);
    else
        ::unsetenv("USER");
}

TEST_CASE("without a pinned clock audit rows carry the current UTC time", "[db][audit]")
{
    auto database = db::Database::open(":memory:");
    const auto before = std::chrono::system_clock::now() - std::chrono::seconds(1);
    auto unit = test::unit_named("县档案馆");
    db::Transaction tx(*database);
    db::UnitRepository(*database).create(tx, unit);
    tx.commit();
    const auto at = db::AuditRepository(*database).list().at(0).at;
    REQUIRE(at.size() == 20);
    CHECK(at[10] == 'T');
    CHECK(at.back() == 'Z');
    std::tm utc{};
    REQUIRE(::strptime(at.c_str(), "%Y-%m-%dT%H:%M:%SZ", &utc) != nullptr);
    const auto written = std::chrono::system_clock::from_time_t(::timegm(&utc));
    CHECK(written >= std::chrono::time_point_cast<std::chrono::seconds>(before));
    CHECK(written <= std::chrono::system_clock::now());
}

TEST_CASE("audit values with quotes, backslashes, line breaks and control characters read back exactly",
          "[db][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    auto unit = test::unit_named("县\"委\"办\\公室");
    unit.remark = "第一行\n第二行\t制表\r回车\x01控制 / 斜杠 😀";
    {
        db::Transaction tx(*database);
        db::UnitRepository(*database).create(tx, unit);
        tx.commit();
    }
    const auto entry = db::AuditRepository(*database).list().at(0);
    CHECK(entry.entity_label == unit.name);
    CHECK(entry.changes.at(0) == model::FieldChange{"name", "", unit.name});
    const auto remark = std::find_if(entry.changes.begin(), entry.changes.end(),
                                     [](const model::FieldChange& c) { return c.field == "remark"; });
    REQUIRE(remark != entry.changes.end());
    CHECK(remark->new_value == unit.remark);
}

TEST_CASE("audit rows stored in the form written before 2026-11-29 still read, next to today's",
          "[db][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    // Audit rows are never rewritten, so a database kept since then holds both forms.
    db::internal::session_of(*database)
        << "INSERT INTO audit_log (at, operator_name, entity, entity_id, entity_label, action, changes) VALUES "
           "('2026-11-20T08:00:00Z', 'clerk', 'unit', 7, '老城镇', 'update', "
           "'[{\"field\":\"remark\",\"old\":\"\",\"new\":\"第一行\\n\\\"引号\\\"\"},"
           "{\"new\":\"老城镇\",\"field\":\"name\",\"old\":\"旧城镇\"}]')";
    auto unit = test::unit_named("新城镇");
    unit.remark = "新的";
    {
        db::Transaction tx(*database);
        db::UnitRepository(*database).create(tx, unit);
        tx.commit();
    }
    const auto entries = db::AuditRepository(*database).list({"unit", std::nullopt, 0, false});
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].entity_label == "老城镇");
    CHECK(entries[0].changes ==
          std::vector<model::FieldChange>{{"remark", "", "第一行\n\"引号\""}, {"name", "旧城镇", "老城镇"}});
    CHECK(entries[1].entity_label == "新城镇");
    CHECK(entries[1].changes.at(0) == model::FieldChange{"name", "", "新城镇"});
    const auto remark = std::find_if(entries[1].changes.begin(), entries[1].changes.end(),
                                     [](const model::FieldChange& c) { return c.field == "remark"; });
    REQUIRE(remark != entries[1].changes.end());
    CHECK(remark->new_value == "新的");
}

TEST_CASE("an id the audit log has named is never handed to a new record, even after the newest is removed",
          "[db][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    db::PersonRepository people(*database);
    const auto first = test::created(*database, test::plain_person("王一", "", catalog.county.id));
    const auto newest = test::created(*database, test::plain_person("王二", "", catalog.county.id));
    {
        db::Transaction tx(*database);
        people.remove(tx, newest.id);
        tx.commit();
    }
    // Removed, the newest person's id would be the highest + 1 again on SQLite.
    const auto next = test::created(*database, test::plain_person("王三", "", catalog.county.id));
    CHECK(next.id != newest.id);
    CHECK(next.id != first.id);
    db::AuditQuery query;
    query.entity = "person";
    query.entity_id = next.id.value();
    const auto history = db::AuditRepository(*database).list(query);
    REQUIRE(history.size() == 1);
    CHECK(history[0].entity_label == "王三");

    // The same for a unit and a specialty (trainings and pools take their ids the same way).
    auto unit = test::unit_named("县档案馆");
    auto other_unit = test::unit_named("县史志办");
    {
        db::Transaction tx(*database);
        db::UnitRepository units(*database);
        units.create(tx, unit);
        units.remove(tx, unit.id);
        units.create(tx, other_unit);
        tx.commit();
    }
    CHECK(other_unit.id != unit.id);

    model::Specialty specialty;
    specialty.name = "统计";
    model::Specialty other_specialty;
    other_specialty.name = "档案";
    db::CatalogRepository catalogue(*database);
    {
        db::Transaction tx(*database);
        catalogue.create(tx, specialty);
        catalogue.remove(tx, specialty.id);
        catalogue.create(tx, other_specialty);
        tx.commit();
    }
    CHECK(other_specialty.id != specialty.id);
}
