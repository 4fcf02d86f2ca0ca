#include "sample_records.h"
#include "test_database.h"

#include "db/audit_repository.h"
#include "db/person_repository.h"
#include "db/training_repository.h"

using namespace xuncha;
using xuncha::test::TestDatabase;

namespace {

std::vector<model::AuditEntry> training_entries(db::Database& database, model::TrainingId id)
{
    return db::AuditRepository(database).list({"training", id.value(), 0, false});
}

}  // namespace

TEST_CASE("trainings keep every field and are listed by start date, undated ones last", "[db][training]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto trainings = test::make_trainings(*database);  // dated, then undated
    model::Training early;
    early.topic = "2025年度巡察干部培训";
    early.start = test::day("2025-04-01");
    {
        db::Transaction tx(*database);
        db::TrainingRepository(*database).create(tx, early);
        tx.commit();
    }
    db::TrainingRepository repository(*database);
    const auto list = repository.list();
    REQUIRE(list.size() == 3);
    CHECK(list[0] == early);
    CHECK(list[1] == trainings[0]);
    CHECK(list[2] == trainings[1]);
    const auto found = repository.find(trainings[0].id);
    REQUIRE(found);
    CHECK(found->end == test::day("2026-03-06"));
    CHECK(found->hours == 40);
    CHECK(found->organiser == "县委巡察办");
    CHECK_FALSE(repository.find(model::TrainingId(999)));
}

TEST_CASE("creating, changing and removing a training each append an audit row in the user's words",
          "[db][training][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    auto training = test::make_trainings(*database)[0];
    auto entries = training_entries(*database, training.id);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == model::AuditAction::create);
    CHECK(entries[0].entity_label == "2026年度巡察干部业务培训班");
    CHECK(entries[0].changes == std::vector<model::FieldChange>{{"topic", "", "2026年度巡察干部业务培训班"},
                                                                {"type", "", "巡察业务培训"},
                                                                {"start", "", "2026-03-02"},
                                                                {"end", "", "2026-03-06"},
                                                                {"hours", "", "40"},
                                                                {"organiser", "", "县委巡察办"},
                                                                {"remark", "", "全脱产"}});

    db::TrainingRepository repository(*database);
    {
        db::Transaction tx(*database);
        repository.update(tx, training);  // unchanged: no row
        training.end = test::day("2026-03-05");
        training.hours = 32;
        repository.update(tx, training);
        tx.commit();
    }
    CHECK(repository.find(training.id) == training);
    entries = training_entries(*database, training.id);
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].action == model::AuditAction::update);
    CHECK(entries[1].changes ==
          std::vector<model::FieldChange>{{"end", "2026-03-06", "2026-03-05"}, {"hours", "40", "32"}});

    {
        db::Transaction tx(*database);
        repository.remove(tx, training.id);
        tx.commit();
    }
    CHECK_FALSE(repository.find(training.id));
    entries = training_entries(*database, training.id);
    REQUIRE(entries.size() == 3);
    CHECK(entries[2].action == model::AuditAction::remove);
    CHECK(entries[2].changes.size() == 7);
    CHECK(entries[2].changes[0] == model::FieldChange{"topic", "2026年度巡察干部业务培训班", ""});
}

TEST_CASE("a training that people attended cannot be removed", "[db][training]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto trainings = test::make_trainings(*database);
    auto person = test::plain_person("张三", "", catalog.town.id);
    person.trainings = {{{}, trainings[0].id, model::Attendance::partial, "缺两天"}};
    db::Transaction tx(*database);
    db::PersonRepository(*database).create(tx, person);
    const auto audit_before = db::AuditRepository(*database).count();
    try {
        db::TrainingRepository(*database).remove(tx, trainings[0].id);
        FAIL("an attended training was removed");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::in_use);
        CHECK(error.subject() == "2026年度巡察干部业务培训班");
        CHECK_THAT(error.detail(), Catch::Contains("(1)"));
    }
    CHECK(db::AuditRepository(*database).count() == audit_before);
    CHECK(db::TrainingRepository(*database).find(trainings[0].id));
    // The one nobody attended goes.
    CHECK_NOTHROW(db::TrainingRepository(*database).remove(tx, trainings[1].id));
}

TEST_CASE("a training without a topic, or changing one that does not exist, is refused", "[db][training]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    db::Transaction tx(*database);
    db::TrainingRepository repository(*database);
    model::Training untitled;
    try {
        repository.create(tx, untitled);
        FAIL("a training without a topic was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::constraint);
    }
    CHECK_FALSE(untitled.id.is_saved());
    model::Training ghost;
    ghost.id = model::TrainingId(77);
    ghost.topic = "不存在的培训";
    try {
        repository.update(tx, ghost);
        FAIL("a missing training was updated");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::not_found);
    }
    try {
        repository.remove(tx, ghost.id);
        FAIL("a missing training was removed");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::not_found);
    }
}
