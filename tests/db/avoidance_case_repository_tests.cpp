// Avoidance cases (回避事项), issue 4.
#include "sample_records.h"
#include "test_database.h"

#include "db/audit_repository.h"
#include "db/avoidance_case_repository.h"
#include "db/person_repository.h"
#include "db/round_repository.h"
#include "db/unit_repository.h"

#include <algorithm>

using namespace xuncha;
using xuncha::test::TestDatabase;

namespace {

struct CaseFixture {
    test::SampleCatalog catalog;
    model::Person declarant;    // 李明
    model::Person replacement;  // 张华
    model::Person other;        // 陈静
    model::Round round;         // with one group covering 城关镇
};

CaseFixture make_case_fixture(db::Database& database)
{
    CaseFixture f;
    f.catalog = test::make_catalog(database);
    f.declarant = test::created(database, test::plain_person("李明", "", f.catalog.county.id));
    f.replacement = test::created(database, test::plain_person("张华", "", f.catalog.county.id));
    f.other = test::created(database, test::plain_person("陈静", "", f.catalog.county.id));
    f.round.term = 15;
    f.round.number = 4;
    f.round.groups.resize(1);
    f.round.groups[0].unit_ids = {f.catalog.town.id};
    f.round.groups[0].members = {{f.declarant.id, model::GroupRole::leader, {}}};
    db::Transaction tx(database);
    db::RoundRepository(database).create(tx, f.round);
    tx.commit();
    return f;
}

// 李明 declares that his cousin runs the town's contractor; the organisation decides he avoids it.
model::AvoidanceCase decided_case(const CaseFixture& f)
{
    model::AvoidanceCase c;
    c.round_id = f.round.id;
    c.group_id = f.round.groups[0].id;
    c.person_id = f.declarant.id;
    c.unit_id = f.catalog.town.id;
    c.trigger = model::CaseTrigger::self_declared;
    c.rule = model::AvoidanceRuleCode::declared_interest;
    c.facts = "本人表兄 李某 系该镇工程承包方负责人";
    c.raised_on = test::day("2026-02-10");
    c.decision = model::CaseDecision::avoid;
    c.decided_by = "县委巡察工作领导小组";
    c.decided_on = test::day("2026-02-12");
    c.replacement_id = f.replacement.id;
    c.document_number = "示巡组发〔2026〕3号";
    c.acknowledged_on = test::day("2026-02-13");
    c.remark = "已告知本人";
    return c;
}

model::AvoidanceCase standing_case(const model::Person& person)
{
    model::AvoidanceCase c;
    c.person_id = person.id;
    c.trigger = model::CaseTrigger::organisation;
    c.facts = "配偶在县审计局工作";
    return c;
}

model::AuditEntry last_case_entry(db::Database& database, model::AvoidanceCaseId id)
{
    const auto entries = db::AuditRepository(database).list({"avoidance_case", id.value(), 1, true});
    REQUIRE(entries.size() == 1);
    return entries.front();
}

}  // namespace

TEST_CASE("an avoidance case keeps every field and is audited by person and unit", "[db][case][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto f = make_case_fixture(*database);
    db::AvoidanceCaseRepository cases(*database);
    auto c = decided_case(f);
    {
        db::Transaction tx(*database);
        cases.create(tx, c);
        tx.commit();
    }
    CHECK(c.id.is_saved());
    CHECK(cases.find(c.id) == c);
    CHECK_FALSE(cases.find(model::AvoidanceCaseId(999)));

    auto entry = last_case_entry(*database, c.id);
    CHECK(entry.action == model::AuditAction::create);
    CHECK(entry.entity_label == "李明：城关镇");
    CHECK(std::find(entry.changes.begin(), entry.changes.end(), model::FieldChange{"replacement", "", "张华"}) !=
          entry.changes.end());
    // The round by its title, as the office names it, not by its id.
    CHECK(std::find(entry.changes.begin(), entry.changes.end(),
                    model::FieldChange{"round", "", "十五届县委第四轮巡察"}) != entry.changes.end());

    // Reconsidered: not required after all, no replacement.
    c.decision = model::CaseDecision::not_required;
    c.replacement_id.reset();
    c.rule.reset();
    {
        db::Transaction tx(*database);
        cases.update(tx, c);
        tx.commit();
    }
    CHECK(cases.find(c.id) == c);
    entry = last_case_entry(*database, c.id);
    CHECK(entry.action == model::AuditAction::update);
    CHECK(std::find(entry.changes.begin(), entry.changes.end(), model::FieldChange{"replacement", "张华", ""}) !=
          entry.changes.end());
    CHECK(std::any_of(entry.changes.begin(), entry.changes.end(),
                      [](const model::FieldChange& change) { return change.field == "decision"; }));
    CHECK(entry.changes.size() == 3);

    // Unchanged: no row.
    const auto rows = db::AuditRepository(*database).count();
    {
        db::Transaction tx(*database);
        cases.update(tx, c);
        tx.commit();
    }
    CHECK(db::AuditRepository(*database).count() == rows);

    {
        db::Transaction tx(*database);
        cases.remove(tx, c.id);
        tx.commit();
    }
    CHECK_FALSE(cases.find(c.id));
    entry = last_case_entry(*database, c.id);
    CHECK(entry.action == model::AuditAction::remove);
    CHECK(std::find(entry.changes.begin(), entry.changes.end(),
                    model::FieldChange{"facts", "本人表兄 李某 系该镇工程承包方负责人", ""}) != entry.changes.end());
}

TEST_CASE("cases are listed standing ones first, then by round, and per round and per person", "[db][case]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto f = make_case_fixture(*database);
    model::Round later;
    later.term = 15;
    later.number = 5;
    {
        db::Transaction tx(*database);
        db::RoundRepository(*database).create(tx, later);
        tx.commit();
    }
    auto in_later = standing_case(f.other);
    in_later.round_id = later.id;
    std::vector<model::AvoidanceCase> batch{decided_case(f), in_later, standing_case(f.other),
                                            standing_case(f.declarant)};
    batch[0].id = model::AvoidanceCaseId(77);  // an import file's own: replaced
    db::AvoidanceCaseRepository cases(*database);
    {
        db::Transaction tx(*database);
        cases.create_all(tx, batch);
        tx.commit();
    }
    CHECK(batch[0].id != model::AvoidanceCaseId(77));
    const auto ids = [](const std::vector<model::AvoidanceCase>& list) {
        std::vector<model::AvoidanceCaseId> out;
        for (const auto& c : list) out.push_back(c.id);
        return out;
    };
    CHECK(ids(cases.list()) == std::vector{batch[2].id, batch[3].id, batch[0].id, batch[1].id});
    CHECK(cases.list_for_round(f.round.id) == std::vector{batch[0]});
    CHECK(cases.list_for_round(later.id) == std::vector{batch[1]});
    CHECK(ids(cases.list_for_person(f.other.id)) == std::vector{batch[2].id, batch[1].id});
    CHECK(ids(cases.list_for_person(f.declarant.id)) == std::vector{batch[3].id, batch[0].id});
    CHECK(cases.list_for_person(f.replacement.id).empty());
    CHECK(db::AuditRepository(*database).list({"avoidance_case", std::nullopt, 0, true}).size() == 4);
}

TEST_CASE("a case whose group is removed from the round stays in the round", "[db][case][round]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    auto f = make_case_fixture(*database);
    auto c = decided_case(f);
    {
        db::Transaction tx(*database);
        db::AvoidanceCaseRepository(*database).create(tx, c);
        tx.commit();
    }
    f.round.groups.clear();
    {
        db::Transaction tx(*database);
        db::RoundRepository(*database).update(tx, f.round);
        tx.commit();
    }
    const auto found = db::AvoidanceCaseRepository(*database).find(c.id);
    REQUIRE(found);
    CHECK(found->round_id == f.round.id);
    CHECK_FALSE(found->group_id);
}

TEST_CASE("people and units named by a case cannot be removed", "[db][case]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto f = make_case_fixture(*database);
    auto c = decided_case(f);
    c.round_id.reset();
    c.group_id.reset();
    c.unit_id = f.catalog.village.id;
    {
        db::Transaction tx(*database);
        db::AvoidanceCaseRepository(*database).create(tx, c);
        tx.commit();
    }
    db::Transaction tx(*database);
    try {
        db::UnitRepository(*database).remove(tx, f.catalog.village.id);
        FAIL("a unit named by a case was removed");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::in_use);
        CHECK_THAT(error.detail(), Catch::Contains("avoidance cases about it (1)"));
    }
    try {
        db::PersonRepository(*database).remove(tx, f.replacement.id);
        FAIL("a replacement named by a case was removed");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::in_use);
        CHECK_THAT(error.detail(), Catch::Contains("张华") && Catch::Contains("replacement (1)"));
    }
    tx.commit();
    CHECK(db::AvoidanceCaseRepository(*database).find(c.id) == c);
}

TEST_CASE("a case naming a person who does not exist is refused; a missing case is not found", "[db][case]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto f = make_case_fixture(*database);
    db::AvoidanceCaseRepository cases(*database);
    auto c = standing_case(f.other);
    c.person_id = model::PersonId(4711);
    db::Transaction tx(*database);
    try {
        cases.create(tx, c);
        FAIL("a case of a missing person was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::constraint);
    }
    c = standing_case(f.other);
    c.id = model::AvoidanceCaseId(4711);
    try {
        cases.update(tx, c);
        FAIL("update of a missing case was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::not_found);
    }
    try {
        cases.remove(tx, c.id);
        FAIL("removal of a missing case was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::not_found);
    }
    tx.commit();
    CHECK(cases.list().empty());
    CHECK(db::AuditRepository(*database).list({"avoidance_case", std::nullopt, 0, true}).empty());
}
