#include "sample_records.h"
#include "test_database.h"

#include "db/audit_repository.h"
#include "db/person_repository.h"
#include "db/unit_repository.h"

#include <stdexcept>

using namespace xuncha;
using xuncha::test::TestDatabase;

TEST_CASE("a transaction abandoned by an exception leaves no data row and no audit row", "[db][transaction]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend, true);
    const auto catalog = test::make_catalog(*database);
    const auto audit_before = db::AuditRepository(*database).count();
    try {
        db::Transaction tx(*database);
        auto unit = test::unit_named("县审计局", catalog.county.id);
        db::UnitRepository(*database).create(tx, unit);
        auto person = test::full_person(catalog);
        db::PersonRepository(*database).create(tx, person);
        throw std::runtime_error("the user cancelled");
    }
    catch (const std::runtime_error&) {
    }
    database.reopen();
    CHECK(db::UnitRepository(*database).list().size() == 3);
    CHECK(db::PersonRepository(*database).count() == 0);
    CHECK(db::AuditRepository(*database).count() == audit_before);
    for (const char* table : {"work_history", "relative", "pool_membership", "person_specialty"}) {
        INFO(table);
        CHECK(test::count_rows(*database, table) == 0);
    }
}

TEST_CASE("a write that fails half-way leaves nothing of itself and the transaction usable", "[db][transaction]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend, true);
    const auto catalog = test::make_catalog(*database);
    const auto audit_before = db::AuditRepository(*database).count();
    std::vector<model::Person> people;
    for (int i = 0; i < 5; ++i) people.push_back(test::full_person(catalog));
    for (auto& p : people) p.id_number.clear();
    people[3].id_number = people[1].id_number = "440524188001010014";  // the fourth collides with the second

    db::Transaction tx(*database);
    db::PersonRepository repository(*database);
    try {
        repository.create_all(tx, people);
        FAIL("a batch with a duplicate ID number was saved");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::constraint);
        CHECK(error.subject() == "person “王秀英”");
    }
    CHECK(repository.count() == 0);
    CHECK(test::count_rows(*database, "work_history") == 0);
    CHECK(db::AuditRepository(*database).count() == audit_before);

    // The same transaction goes on with a correct record.
    auto fine = test::full_person(catalog);
    repository.create(tx, fine);
    tx.commit();
    database.reopen();
    CHECK(db::PersonRepository(*database).count() == 1);
    CHECK(db::AuditRepository(*database).count() == audit_before + 1);
}

TEST_CASE("committed writes are there after reopening the database", "[db][transaction]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend, true);
    const auto catalog = test::make_catalog(*database);
    auto person = test::full_person(catalog);
    {
        db::Transaction tx(*database);
        db::PersonRepository(*database).create(tx, person);
        tx.commit();
    }
    database.reopen();
    CHECK(db::PersonRepository(*database).find(person.id) == person);
    CHECK_FALSE(database->is_empty());
}

TEST_CASE("a second transaction on the same database while one is open is refused", "[db][transaction]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    db::Transaction first(*database);
    CHECK_THROWS_AS(db::Transaction(*database), db::DbError);
    first.commit();
    CHECK_THROWS_AS(first.commit(), db::DbError);
    CHECK_NOTHROW(db::Transaction(*database));
}

TEST_CASE("a write through a transaction that was already committed is refused", "[db][transaction]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    db::Transaction tx(*database);
    tx.commit();
    auto unit = test::unit_named("县委");
    CHECK_THROWS_AS(db::UnitRepository(*database).create(tx, unit), db::DbError);
    CHECK(db::UnitRepository(*database).list().empty());
    CHECK(db::AuditRepository(*database).count() == 0);
}
