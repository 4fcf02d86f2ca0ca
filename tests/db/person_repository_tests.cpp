#include "sample_records.h"
#include "test_database.h"

#include "db/audit_repository.h"
#include "db/internal/database_impl.h"
#include "db/person_repository.h"
#include "db/unit_repository.h"
#include "model/id_number.h"

#include <algorithm>

using namespace xuncha;
using xuncha::test::TestDatabase;
using xuncha::test::last_person_entry;
using xuncha::test::fields_of;
using xuncha::test::change_of;

namespace {

// Every index of the person tables with its definition, by name: sqlite_master's or pg_indexes'.
std::vector<std::pair<std::string, std::string>> person_indexes(db::Database& database)
{
    const std::string sql =
        database.backend() == db::Backend::sqlite
            ? "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
            : "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname";
    std::vector<std::pair<std::string, std::string>> indexes;
    soci::rowset<soci::row> rows = db::internal::session_of(database).prepare << sql;
    for (const auto& row : rows) indexes.emplace_back(row.get<std::string>(0), row.get<std::string>(1));
    return indexes;
}

bool has_index(db::Database& database, const std::string& name)
{
    const auto indexes = person_indexes(database);
    return std::any_of(indexes.begin(), indexes.end(), [&](const auto& index) { return index.first == name; });
}

std::vector<model::Person> numbered_people(const test::SampleCatalog& catalog, int count)
{
    std::vector<model::Person> people;
    for (int i = 0; i < count; ++i) {
        auto p = test::full_person(catalog);
        p.id_number.clear();
        p.mobile = "139" + std::to_string(10000000 + i);
        people.push_back(p);
    }
    return people;
}

model::Person saved_full_person(db::Database& database, const test::SampleCatalog& catalog)
{
    auto person = test::full_person(catalog);
    db::Transaction tx(database);
    db::PersonRepository(database).create(tx, person);
    tx.commit();
    return person;
}

}  // namespace

TEST_CASE("a person with every field and sub-record reads back exactly as saved", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto person = saved_full_person(*database, catalog);

    REQUIRE(person.id.is_saved());
    for (const auto& e : person.work_history) CHECK(e.id.is_saved());
    for (const auto& r : person.relatives) CHECK(r.id.is_saved());
    for (const auto& m : person.memberships) CHECK(m.id.is_saved());
    CHECK(person.name_pinyin == "wang xiu ying");
    CHECK(person.name_initials == "wxy");

    const auto found = db::PersonRepository(*database).find(person.id);
    REQUIRE(found);
    CHECK(*found == person);
    // Spelled out for the fields most easily lost on the way (dates, optionals, flags, order).
    CHECK(found->birth_date == test::day("1949-12-31"));
    CHECK(found->inservice_education.degree == model::Degree::master);
    CHECK(found->work_history.at(0).end == std::nullopt);
    CHECK(found->work_history.at(1).unit_name == "示范县审计局（已撤销）");
    CHECK(found->relatives.at(1).political_status == std::nullopt);
    CHECK(found->relatives.at(0).employer_unit_id == catalog.village.id);
    CHECK(found->memberships.at(1).exit_reason == "岗位变动");
    CHECK(found->specialties == std::vector{catalog.specialties[0].id, catalog.specialties[6].id});
}

TEST_CASE("a person that was never saved is not found", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    CHECK_FALSE(db::PersonRepository(*database).find(model::PersonId(12345)));
}

TEST_CASE("creating a person appends one audit row naming every field that was set", "[db][person][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto before = db::AuditRepository(*database).count();
    const auto person = saved_full_person(*database, catalog);
    CHECK(db::AuditRepository(*database).count() == before + 1);

    const auto entry = last_person_entry(*database, person.id);
    CHECK(entry.action == model::AuditAction::create);
    CHECK(entry.entity_label == "王秀英");
    CHECK(entry.at == test::pinned_time);
    CHECK(entry.operator_name == "tester");
    REQUIRE(change_of(entry, "name"));
    CHECK(change_of(entry, "name")->new_value == "王秀英");
    REQUIRE(change_of(entry, "unit"));
    CHECK(change_of(entry, "unit")->new_value == "城关镇");
    REQUIRE(change_of(entry, "specialties"));
    CHECK(change_of(entry, "specialties")->new_value == catalog.specialties[0].name + "、" + catalog.specialties[6].name);
    REQUIRE(change_of(entry, "id_number"));
    CHECK(change_of(entry, "id_number")->new_value == "110105********002X");
    const auto spouse = "relative." + std::to_string(person.relatives[0].id.value());
    REQUIRE(change_of(entry, spouse));
    CHECK(change_of(entry, spouse)->new_value.find("东关村") != std::string::npos);
}

TEST_CASE("updating a person records the old and new value of each changed field, the ID number masked",
          "[db][person][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto person = saved_full_person(*database, catalog);

    auto changed = person;
    changed.post = "纪委副书记";
    changed.unit_id = catalog.county.id;
    changed.id_number = "440524188001010014";
    {
        db::Transaction tx(*database);
        db::PersonRepository(*database).update(tx, changed);
        tx.commit();
    }
    const auto found = db::PersonRepository(*database).find(person.id);
    REQUIRE(found);
    CHECK(*found == changed);

    const auto entry = last_person_entry(*database, person.id);
    CHECK(entry.action == model::AuditAction::update);
    CHECK(fields_of(entry) == std::vector<std::string>{"id_number", "post", "unit"});
    CHECK(*change_of(entry, "post") == model::FieldChange{"post", "纪委书记", "纪委副书记"});
    CHECK(*change_of(entry, "unit") == model::FieldChange{"unit", "城关镇", "示范县委"});
    CHECK(*change_of(entry, "id_number") ==
          model::FieldChange{"id_number", "110105********002X", "440524********0014"});
    for (const auto& any : db::AuditRepository(*database).list()) {
        for (const auto& change : any.changes) {
            CHECK(change.old_value.find("11010519491231002X") == std::string::npos);
            CHECK(change.new_value.find("440524188001010014") == std::string::npos);
        }
    }
}

TEST_CASE("a renamed person gets new pinyin for search", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    auto person = saved_full_person(*database, catalog);
    person.name = "张三";
    db::Transaction tx(*database);
    db::PersonRepository(*database).update(tx, person);
    tx.commit();
    CHECK(person.name_pinyin == "zhang san");
    const auto found = db::PersonRepository(*database).find(person.id);
    REQUIRE(found);
    CHECK(found->name_initials == "zs");
    CHECK(last_person_entry(*database, person.id).entity_label == "张三");
}

TEST_CASE("an update that changes nothing writes nothing and no audit row", "[db][person][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    auto person = saved_full_person(*database, catalog);
    const auto before = db::AuditRepository(*database).count();
    db::Transaction tx(*database);
    db::PersonRepository(*database).update(tx, person);
    tx.commit();
    CHECK(db::AuditRepository(*database).count() == before);
}

TEST_CASE("sub-records are matched by id: new ones are added, missing ones removed, edited ones changed",
          "[db][person][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto person = saved_full_person(*database, catalog);
    const auto edited_work = person.work_history[0].id;
    const auto removed_relative = person.relatives[1].id;
    const auto kept_relative = person.relatives[0].id;

    auto changed = person;
    changed.work_history[0].end = test::day("2024-12-31");
    changed.relatives.erase(changed.relatives.begin() + 1);
    model::PoolMembership talent;
    talent.pool_id = catalog.pools[1].id;
    talent.status = model::MembershipStatus::recommended;
    changed.memberships.push_back(talent);
    changed.specialties = {catalog.specialties[6].id, catalog.specialties[1].id};
    {
        db::Transaction tx(*database);
        db::PersonRepository(*database).update(tx, changed);
        tx.commit();
    }
    // The new membership got its id; the kept records kept theirs.
    REQUIRE(changed.memberships.size() == 3);
    CHECK(changed.memberships[2].id.is_saved());
    CHECK(changed.relatives.size() == 1);
    CHECK(changed.relatives[0].id == kept_relative);

    const auto found = db::PersonRepository(*database).find(person.id);
    REQUIRE(found);
    CHECK(*found == changed);
    CHECK(test::count_rows(*database, "relative") == 1);
    // The list keeps the user's order too (here not the order of the specialties' ids).
    CHECK(db::PersonRepository(*database).list().at(0).specialties == changed.specialties);

    const auto entry = last_person_entry(*database, person.id);
    const auto work_end = "work_history." + std::to_string(edited_work.value()) + ".end";
    const auto relative = "relative." + std::to_string(removed_relative.value());
    const auto membership = "membership." + std::to_string(changed.memberships[2].id.value());
    CHECK(fields_of(entry) == std::vector<std::string>{membership, relative, "specialties", work_end});
    CHECK(*change_of(entry, work_end) == model::FieldChange{work_end, "", "2024-12-31"});
    CHECK(change_of(entry, relative)->old_value.find("李明") != std::string::npos);
    CHECK(change_of(entry, relative)->new_value.empty());
    CHECK(change_of(entry, membership)->new_value.find("人才库") != std::string::npos);
}

TEST_CASE("sub-records keep the order the user gave them", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    auto person = saved_full_person(*database, catalog);
    std::swap(person.work_history[0], person.work_history[1]);
    db::Transaction tx(*database);
    db::PersonRepository(*database).update(tx, person);
    tx.commit();
    const auto found = db::PersonRepository(*database).find(person.id);
    REQUIRE(found);
    CHECK(found->work_history == person.work_history);
}

TEST_CASE("updating or removing a person that does not exist is refused as not found", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    auto ghost = test::plain_person("查无此人", "", catalog.town.id);
    ghost.id = model::PersonId(999);
    db::Transaction tx(*database);
    db::PersonRepository people(*database);
    try {
        people.update(tx, ghost);
        FAIL("update of a missing person was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::not_found);
        CHECK_THAT(error.detail(), Catch::Contains("999"));
    }
    try {
        people.remove(tx, ghost.id);
        FAIL("removal of a missing person was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::not_found);
    }
}

TEST_CASE("a sub-record id from another person is refused", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto first = saved_full_person(*database, catalog);
    auto second = test::plain_person("赵敏", "", catalog.town.id);
    db::Transaction tx(*database);
    db::PersonRepository people(*database);
    people.create(tx, second);
    second.work_history.push_back(first.work_history[0]);
    try {
        people.update(tx, second);
        FAIL("another person's work history was taken over");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::not_found);
    }
}

TEST_CASE("removing a person removes the sub-records and the audit row keeps every removed field",
          "[db][person][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto person = saved_full_person(*database, catalog);
    {
        db::Transaction tx(*database);
        db::PersonRepository(*database).remove(tx, person.id);
        tx.commit();
    }
    CHECK_FALSE(db::PersonRepository(*database).find(person.id));
    for (const char* table : {"work_history", "relative", "pool_membership", "person_specialty"}) {
        INFO(table);
        CHECK(test::count_rows(*database, table) == 0);
    }

    const auto entry = last_person_entry(*database, person.id);
    CHECK(entry.action == model::AuditAction::remove);
    CHECK(entry.entity_label == "王秀英");
    CHECK(*change_of(entry, "name") == model::FieldChange{"name", "王秀英", ""});
    CHECK(*change_of(entry, "mobile") == model::FieldChange{"mobile", "13800138000", ""});
    CHECK(*change_of(entry, "id_number") == model::FieldChange{"id_number", "110105********002X", ""});
    CHECK(*change_of(entry, "unit") == model::FieldChange{"unit", "城关镇", ""});
    for (const auto& e : person.work_history)
        CHECK(change_of(entry, "work_history." + std::to_string(e.id.value())));
    for (const auto& r : person.relatives) CHECK(change_of(entry, "relative." + std::to_string(r.id.value())));
    for (const auto& m : person.memberships) CHECK(change_of(entry, "membership." + std::to_string(m.id.value())));

    // Nothing refers to the village any more: the spouse's employer went with the person.
    db::Transaction tx(*database);
    CHECK_NOTHROW(db::UnitRepository(*database).remove(tx, catalog.village.id));
}

TEST_CASE("an ID number already recorded for another person is refused, naming the field", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    db::Transaction tx(*database);
    db::PersonRepository people(*database);
    auto first = test::plain_person("甲", "11010519491231002X", catalog.town.id);
    people.create(tx, first);
    auto second = test::plain_person("乙", "11010519491231002X", catalog.town.id);
    try {
        people.create(tx, second);
        FAIL("a duplicate ID number was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::constraint);
        CHECK_THAT(error.detail(), Catch::Contains("ID number"));
        CHECK_THAT(error.detail(), !Catch::Contains("11010519491231002X"));
        CHECK(error.subject() == "person “乙”");
    }
    CHECK_FALSE(second.id.is_saved());
    // People without an ID number do not collide with each other.
    auto third = test::plain_person("丙", "", catalog.town.id);
    auto fourth = test::plain_person("丁", "", catalog.town.id);
    CHECK_NOTHROW(people.create(tx, third));
    CHECK_NOTHROW(people.create(tx, fourth));
}

TEST_CASE("a person referring to a unit that does not exist is refused", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    auto person = test::plain_person("钱七", "", model::UnitId(4242));
    db::Transaction tx(*database);
    try {
        db::PersonRepository(*database).create(tx, person);
        FAIL("a reference to a missing unit was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::constraint);
        CHECK_THAT(error.detail(), Catch::Contains("does not exist"));
    }
}

TEST_CASE("the person list shows each person's summary with unit name, specialties and memberships",
          "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto full = saved_full_person(*database, catalog);
    auto bare = test::plain_person("孙八", "", catalog.village.id);
    bare.unit_id.reset();
    auto graduate = test::plain_person("周九", "", catalog.county.id);
    graduate.fulltime_education.level = model::EducationLevel::college;
    graduate.inservice_education.level = model::EducationLevel::doctorate;
    graduate.specialties = {catalog.specialties[3].id};
    model::PoolMembership suspended;
    suspended.pool_id = catalog.pools[1].id;
    suspended.status = model::MembershipStatus::suspended;
    graduate.memberships.push_back(suspended);
    {
        db::Transaction tx(*database);
        db::PersonRepository people(*database);
        people.create(tx, bare);
        people.create(tx, graduate);
        tx.commit();
    }

    const auto list = db::PersonRepository(*database).list();
    REQUIRE(list.size() == 3);
    CHECK(db::PersonRepository(*database).count() == 3);
    CHECK(list[0].id == full.id);
    CHECK(list[1].id == bare.id);
    CHECK(list[2].id == graduate.id);

    const auto& a = list[0];
    CHECK(a.name == "王秀英");
    CHECK(a.name_pinyin == "wang xiu ying");
    CHECK(a.name_initials == "wxy");
    CHECK(a.gender == model::Gender::female);
    CHECK(a.birth_date == test::day("1949-12-31"));
    CHECK(a.political_status == model::PoliticalStatus::party_member);
    CHECK(a.education == model::EducationLevel::master);
    CHECK(a.unit_id == catalog.town.id);
    CHECK(a.unit_name == "城关镇");
    CHECK(a.post == "纪委书记");
    CHECK(a.rank == model::Rank::section);
    CHECK(a.mobile == "13800138000");
    CHECK(a.specialties == full.specialties);
    CHECK(a.memberships == std::vector<model::MembershipSummary>{{catalog.pools[0].id, model::MembershipStatus::active},
                                                                 {catalog.pools[2].id, model::MembershipStatus::exited}});

    CHECK_FALSE(list[1].unit_id);
    CHECK(list[1].unit_name.empty());
    CHECK_FALSE(list[1].birth_date);
    CHECK(list[1].specialties.empty());
    CHECK(list[1].memberships.empty());

    CHECK(list[2].education == model::EducationLevel::doctorate);
    CHECK(list[2].unit_name == "示范县委");
    CHECK(list[2].specialties == graduate.specialties);
    CHECK(list[2].memberships ==
          std::vector<model::MembershipSummary>{{catalog.pools[1].id, model::MembershipStatus::suspended}});
}

TEST_CASE("the person list follows a unit's new name", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    auto catalog = test::make_catalog(*database);
    saved_full_person(*database, catalog);
    catalog.town.name = "城关街道";
    db::Transaction tx(*database);
    db::UnitRepository(*database).update(tx, catalog.town);
    tx.commit();
    CHECK(db::PersonRepository(*database).list().at(0).unit_name == "城关街道");
}

TEST_CASE("many people are saved at once with their sub-records and one audit row each", "[db][person][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    std::vector<model::Person> people;
    for (int i = 0; i < 120; ++i) {
        auto p = test::full_person(catalog);
        p.name = i % 2 == 0 ? "张三" : "李四";
        p.id_number.clear();
        p.mobile = "139" + std::to_string(10000000 + i);
        people.push_back(p);
    }
    const auto audit_before = db::AuditRepository(*database).count();
    {
        db::Transaction tx(*database);
        db::PersonRepository(*database).create_all(tx, people);
        tx.commit();
    }
    CHECK(db::PersonRepository(*database).count() == 120);
    CHECK(db::AuditRepository(*database).count() == audit_before + 120);
    CHECK(test::count_rows(*database, "work_history") == 240);
    CHECK(test::count_rows(*database, "relative") == 240);
    CHECK(test::count_rows(*database, "pool_membership") == 240);
    CHECK(test::count_rows(*database, "person_specialty") == 240);

    for (const std::size_t i : {std::size_t{0}, std::size_t{57}, std::size_t{119}}) {
        const auto found = db::PersonRepository(*database).find(people[i].id);
        REQUIRE(found);
        CHECK(*found == people[i]);
    }
    CHECK(people[1].name_initials == "ls");
    const auto summaries = db::PersonRepository(*database).list();
    REQUIRE(summaries.size() == 120);
    CHECK(summaries[119].mobile == "13910000119");
    CHECK(summaries[119].memberships.size() == 2);
}

TEST_CASE("the same specialty or pool twice in one person is refused, naming the problem", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    db::Transaction tx(*database);
    db::PersonRepository people(*database);
    auto person = test::plain_person("吴十", "", catalog.town.id);
    SECTION("a specialty")
    {
        person.specialties = {catalog.specialties[2].id, catalog.specialties[2].id};
        try {
            people.create(tx, person);
            FAIL("a doubled specialty was accepted");
        }
        catch (const db::DbError& error) {
            CHECK(error.category() == db::DbError::Category::constraint);
            CHECK_THAT(error.detail(), Catch::Contains("same specialty is listed twice"));
        }
    }
    SECTION("a pool")
    {
        model::PoolMembership membership;
        membership.pool_id = catalog.pools[1].id;
        person.memberships = {membership, membership};
        try {
            people.create(tx, person);
            FAIL("a doubled pool membership was accepted");
        }
        catch (const db::DbError& error) {
            CHECK(error.category() == db::DbError::Category::constraint);
            CHECK_THAT(error.detail(), Catch::Contains("listed twice in the same pool"));
        }
    }
    // Nothing of the refused person stayed behind in the transaction.
    tx.commit();
    CHECK(people.count() == 0);
    CHECK(test::count_rows(*database, "person_specialty") == 0);
    CHECK(test::count_rows(*database, "pool_membership") == 0);
}

TEST_CASE("the stored ID numbers are read with their holders' names alone", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    CHECK(db::PersonRepository(*database).id_numbers().empty());
    const std::string digits = "11010519800101001";
    const auto second_number = digits + model::id_number_check_char(digits);
    test::created(*database, test::plain_person("李四", second_number, catalog.town.id));
    test::created(*database, test::plain_person("无证号", "", catalog.town.id));
    test::created(*database, test::plain_person("王五", "11010519491231002X", catalog.county.id));
    const auto numbers = db::PersonRepository(*database).id_numbers();
    const std::vector<std::pair<std::string, std::string>> expected{{second_number, "李四"},
                                                                    {"11010519491231002X", "王五"}};
    CHECK(numbers == expected);
}

TEST_CASE("a bulk load into a database without people builds the records' indexes again at the commit",
          "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto before = person_indexes(*database);
    REQUIRE(has_index(*database, "relative_by_person"));
    db::PersonRepository repository(*database);

    SECTION("committed: the same indexes as before, matching the rows")
    {
        auto people = numbered_people(catalog, 30);
        db::Transaction tx(*database);
        repository.begin_bulk_load(tx);
        // Only SQLite drops them; the unique ones stay on both, refusing a duplicate as it comes.
        CHECK(has_index(*database, "relative_by_person") == (backend == db::Backend::postgresql));
        CHECK(has_index(*database, "person_id_number_unique"));
        repository.create_all(tx, people);
        tx.commit();
        CHECK(person_indexes(*database) == before);
        if (backend == db::Backend::sqlite) {
            std::string integrity;
            db::internal::session_of(*database) << "PRAGMA integrity_check", soci::into(integrity);
            CHECK(integrity == "ok");
        }
        const auto found = repository.find(people[17].id);
        REQUIRE(found);
        CHECK(*found == people[17]);
    }
    SECTION("rolled back: the indexes come back with the empty tables")
    {
        auto people = numbered_people(catalog, 3);
        {
            db::Transaction tx(*database);
            repository.begin_bulk_load(tx);
            repository.create_all(tx, people);
        }
        CHECK(person_indexes(*database) == before);
        CHECK(repository.count() == 0);
        // A later transaction writes and commits as usual.
        auto more = numbered_people(catalog, 2);
        db::Transaction tx(*database);
        repository.create_all(tx, more);
        tx.commit();
        CHECK(person_indexes(*database) == before);
    }
    SECTION("with people stored, nothing is dropped")
    {
        test::created(*database, test::plain_person("李四", "", catalog.town.id));
        auto people = numbered_people(catalog, 3);
        db::Transaction tx(*database);
        repository.begin_bulk_load(tx);
        CHECK(has_index(*database, "relative_by_person"));
        repository.create_all(tx, people);
        tx.commit();
        CHECK(person_indexes(*database) == before);
        CHECK(repository.count() == 4);
    }
}
