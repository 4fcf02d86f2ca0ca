// Rounds with their groups, covered units and members (issue 4).
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

struct RoundFixture {
    test::SampleCatalog catalog;
    model::Unit finance;  // 县财政局
    std::vector<model::Person> people;  // 王一 … 王六
};

RoundFixture make_round_fixture(db::Database& database)
{
    RoundFixture f;
    f.catalog = test::make_catalog(database);
    f.finance = test::unit_named("县财政局", f.catalog.county.id);
    {
        db::Transaction tx(database);
        db::UnitRepository(database).create(tx, f.finance);
        tx.commit();
    }
    for (const char* name : {"王一", "王二", "王三", "王四", "王五", "王六"})
        f.people.push_back(test::created(database, test::plain_person(name, "", f.catalog.county.id)));
    return f;
}

model::GroupMember member(const model::Person& person, model::GroupRole role,
                          std::vector<model::GroupDuty> duties = {})
{
    return model::GroupMember{person.id, role, std::move(duties)};
}

// 十五届县委第四轮巡察 with two groups: the first covers 城关镇 and 东关村, the second 县财政局.
model::Round fourth_round(const RoundFixture& f)
{
    model::Round round;
    round.term = 15;
    round.number = 4;
    round.mode = model::RoundMode::regular;
    round.planned_entry = test::day("2026-03-02");
    round.planned_withdrawal = test::day("2026-04-30");
    round.state = model::RoundState::group_review;
    round.remark = "2026年第一轮";

    model::Group first;
    first.number = 1;
    first.unit_ids = {f.catalog.town.id, f.catalog.village.id};
    first.authorising_body = "县委巡察工作领导小组";
    first.dispatching_body = "县委";
    first.members = {member(f.people[0], model::GroupRole::leader, {model::GroupDuty::branch_secretary}),
                     member(f.people[1], model::GroupRole::deputy),
                     member(f.people[2], model::GroupRole::member,
                            {model::GroupDuty::petitions, model::GroupDuty::information_officer})};
    model::Group second;
    second.number = 2;
    second.name = "第二巡察组（财经）";
    second.unit_ids = {f.finance.id};
    second.authorising_body = "县委巡察工作领导小组";
    second.dispatching_body = "县委";
    second.members = {member(f.people[3], model::GroupRole::leader), member(f.people[4], model::GroupRole::liaison)};
    second.remark = "含审计人员";
    round.groups = {first, second};
    return round;
}

model::Round created(db::Database& database, model::Round round)
{
    db::Transaction tx(database);
    db::RoundRepository(database).create(tx, round);
    tx.commit();
    return round;
}

void updated(db::Database& database, model::Round& round)
{
    db::Transaction tx(database);
    db::RoundRepository(database).update(tx, round);
    tx.commit();
}

model::AuditEntry last_round_entry(db::Database& database, model::RoundId id)
{
    const auto entries = db::AuditRepository(database).list({"round", id.value(), 1, true});
    REQUIRE(entries.size() == 1);
    return entries.front();
}

bool has_change(const model::AuditEntry& entry, const std::string& field)
{
    return std::any_of(entry.changes.begin(), entry.changes.end(),
                       [&](const model::FieldChange& c) { return c.field == field; });
}

}  // namespace

TEST_CASE("a round keeps its groups, covered units, members with roles and duties, and its rules snapshot",
          "[db][round]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend, true);
    const auto f = make_round_fixture(*database);
    auto round = fourth_round(f);
    auto rules = model::default_avoidance_rules();
    rules.rule(model::AvoidanceRuleCode::past_employment).look_back_years = 5;
    rules.rule(model::AvoidanceRuleCode::home_town).enabled = false;
    rules.rule(model::AvoidanceRuleCode::relative_employee).kinship_classes = {model::KinshipClass::spouse};
    round.rules_snapshot = rules;
    round.checked_on = test::day("2026-02-20");
    round = created(*database, round);

    CHECK(round.id.is_saved());
    REQUIRE(round.groups.size() == 2);
    CHECK(round.groups[0].id.is_saved());
    CHECK(round.groups[1].id.is_saved());
    CHECK(round.groups[0].id != round.groups[1].id);

    database.reopen();
    db::RoundRepository rounds(*database);
    const auto found = rounds.find(round.id);
    REQUIRE(found);
    CHECK(*found == round);
    REQUIRE(found->rules_snapshot);
    CHECK(found->rules_snapshot->rule(model::AvoidanceRuleCode::past_employment).look_back_years == 5);
    CHECK_FALSE(found->rules_snapshot->rule(model::AvoidanceRuleCode::home_town).enabled);
    CHECK(found->groups[0].members[2].duties ==
          std::vector<model::GroupDuty>{model::GroupDuty::petitions, model::GroupDuty::information_officer});
    CHECK(found->groups[0].unit_ids == std::vector<model::UnitId>{f.catalog.town.id, f.catalog.village.id});
    CHECK(rounds.list() == std::vector<model::Round>{round});
    CHECK_FALSE(rounds.find(model::RoundId(4242)));

    const auto entry = last_round_entry(*database, round.id);
    CHECK(entry.action == model::AuditAction::create);
    CHECK(entry.entity_label == "十五届县委第四轮巡察");
    const auto members = std::find_if(entry.changes.begin(), entry.changes.end(), [&](const model::FieldChange& c) {
        return c.field == "group." + std::to_string(round.groups[0].id.value());
    });
    REQUIRE(members != entry.changes.end());
    CHECK_THAT(members->new_value, Catch::Contains("王一（组长") && Catch::Contains("城关镇"));
}

TEST_CASE("a round without groups, dates or snapshot reads back empty", "[db][round]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    model::Round round;
    round.term = 14;
    round.number = 9;
    round.committee = "市委";
    round.mode = model::RoundMode::follow_up;
    round = created(*database, round);
    const auto found = db::RoundRepository(*database).find(round.id);
    REQUIRE(found);
    CHECK(*found == round);
    CHECK(found->groups.empty());
    CHECK_FALSE(found->rules_snapshot);
    CHECK_FALSE(found->planned_entry);
}

TEST_CASE("rounds are listed newest term and number first", "[db][round]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    std::vector<model::Round> batch;
    for (const auto& [term, number] : std::vector<std::pair<int, int>>{{14, 9}, {15, 2}, {15, 10}, {15, 1}}) {
        model::Round round;
        round.term = term;
        round.number = number;
        round.groups.resize(1);
        round.groups[0].id = model::GroupId(99);  // an import file's own: replaced
        round.id = model::RoundId(7);
        batch.push_back(round);
    }
    {
        db::Transaction tx(*database);
        db::RoundRepository(*database).create_all(tx, batch);
        tx.commit();
    }
    CHECK(batch[0].id != batch[1].id);
    CHECK(batch[0].groups[0].id != model::GroupId(99));
    const auto all = db::RoundRepository(*database).list();
    REQUIRE(all.size() == 4);
    CHECK(all[0].number == 10);
    CHECK(all[1].number == 2);
    CHECK(all[2].number == 1);
    CHECK(all[3].term == 14);
    CHECK(db::AuditRepository(*database).list({"round", std::nullopt, 0, true}).size() == 4);
}

TEST_CASE("updating a round adds, changes and removes groups, matched by id", "[db][round][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto f = make_round_fixture(*database);
    auto round = created(*database, fourth_round(f));
    const auto first = round.groups[0].id;
    const auto second = round.groups[1].id;

    // The first group loses 东关村 and its deputy becomes executive deputy; the second group goes; a
    // third comes for 东关村.
    round.state = model::RoundState::secretary_approval;
    round.groups[0].unit_ids = {f.catalog.town.id};
    round.groups[0].members[1].role = model::GroupRole::executive_deputy;
    round.groups[0].name = "第一巡察组（乡镇）";
    round.groups.erase(round.groups.begin() + 1);
    model::Group third;
    third.number = 3;
    third.unit_ids = {f.catalog.village.id};
    third.members = {member(f.people[5], model::GroupRole::leader), member(f.people[3], model::GroupRole::member)};
    round.groups.push_back(third);
    updated(*database, round);

    REQUIRE(round.groups.size() == 2);
    CHECK(round.groups[0].id == first);
    CHECK(round.groups[1].id.is_saved());
    CHECK(round.groups[1].id != second);
    const auto found = db::RoundRepository(*database).find(round.id);
    REQUIRE(found);
    CHECK(*found == round);
    CHECK(test::count_rows(*database, "round_group") == 2);
    CHECK(test::count_rows(*database, "group_unit") == 2);
    CHECK(test::count_rows(*database, "group_member") == 5);

    const auto entry = last_round_entry(*database, round.id);
    CHECK(entry.action == model::AuditAction::update);
    CHECK(has_change(entry, "state"));
    CHECK(has_change(entry, "group." + std::to_string(second.value())));
    CHECK(has_change(entry, "group." + std::to_string(round.groups[1].id.value())));
    CHECK(has_change(entry, "group." + std::to_string(first.value()) + ".units"));
    CHECK(has_change(entry, "group." + std::to_string(first.value()) + ".members"));
    CHECK(has_change(entry, "group." + std::to_string(first.value()) + ".name"));
    CHECK_FALSE(has_change(entry, "term"));

    // Saving it unchanged writes nothing.
    const auto audit_rows = db::AuditRepository(*database).count();
    updated(*database, round);
    CHECK(db::AuditRepository(*database).count() == audit_rows);
}

TEST_CASE("two groups of a round can swap their numbers", "[db][round]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto f = make_round_fixture(*database);
    auto round = created(*database, fourth_round(f));
    std::swap(round.groups[0].number, round.groups[1].number);
    updated(*database, round);
    const auto found = db::RoundRepository(*database).find(round.id);
    REQUIRE(found);
    // Read back by number: the former second group comes first now.
    REQUIRE(found->groups.size() == 2);
    CHECK(found->groups[0] == round.groups[1]);
    CHECK(found->groups[1] == round.groups[0]);
}

TEST_CASE("a group number used twice in a round is refused and nothing is written", "[db][round]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto f = make_round_fixture(*database);
    db::RoundRepository rounds(*database);
    const auto audit_rows = [&] { return db::AuditRepository(*database).count(); };
    const auto expect_refusal = [&](auto&& write) {
        const auto before = audit_rows();
        db::Transaction tx(*database);
        try {
            write(tx);
            FAIL("a group number used twice was accepted");
        }
        catch (const db::DbError& error) {
            CHECK(error.category() == db::DbError::Category::constraint);
            CHECK_THAT(error.detail(), Catch::Contains("two groups") && Catch::Contains("number"));
        }
        tx.commit();
        CHECK(audit_rows() == before);
    };

    SECTION("on create")
    {
        auto round = fourth_round(f);
        round.groups[1].number = 1;
        expect_refusal([&](db::Transaction& tx) { rounds.create(tx, round); });
        CHECK(rounds.list().empty());
        CHECK(test::count_rows(*database, "round_group") == 0);
    }
    SECTION("on update")
    {
        const auto round = created(*database, fourth_round(f));
        auto changed = round;
        changed.groups[0].number = 2;
        changed.remark = "不应保存";
        expect_refusal([&](db::Transaction& tx) { rounds.update(tx, changed); });
        CHECK(rounds.find(round.id) == round);
    }
    SECTION("by a new group")
    {
        const auto round = created(*database, fourth_round(f));
        auto changed = round;
        model::Group extra;
        extra.number = 2;
        extra.unit_ids = {f.catalog.county.id};
        changed.groups.push_back(extra);
        expect_refusal([&](db::Transaction& tx) { rounds.update(tx, changed); });
        CHECK(rounds.find(round.id) == round);
    }
}

TEST_CASE("a round of the same committee, term and number as another is refused", "[db][round]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    model::Round round;
    round.term = 15;
    round.number = 4;
    created(*database, round);
    db::Transaction tx(*database);
    try {
        db::RoundRepository(*database).create(tx, round);
        FAIL("a second 十五届县委第四轮巡察 was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::constraint);
        CHECK_THAT(error.detail(), Catch::Contains("term and number"));
    }
    round.committee = "市委";
    CHECK_NOTHROW(db::RoundRepository(*database).create(tx, round));
    tx.commit();
    CHECK(db::RoundRepository(*database).list().size() == 2);
}

TEST_CASE("a round naming a unit or person that does not exist is refused", "[db][round]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto f = make_round_fixture(*database);
    auto round = fourth_round(f);
    SECTION("a unit") { round.groups[1].unit_ids = {model::UnitId(9999)}; }
    SECTION("a person") { round.groups[1].members[0].person_id = model::PersonId(9999); }
    db::Transaction tx(*database);
    try {
        db::RoundRepository(*database).create(tx, round);
        FAIL("a round with a missing reference was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::constraint);
    }
    tx.commit();
    CHECK(db::RoundRepository(*database).list().empty());
}

TEST_CASE("updating a round or group that does not exist is refused as not found", "[db][round]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto f = make_round_fixture(*database);
    const auto round = created(*database, fourth_round(f));
    auto fifth = fourth_round(f);
    fifth.number = 5;
    fifth = created(*database, fifth);
    db::RoundRepository rounds(*database);

    auto changed = round;
    changed.remark = "不应保存";
    SECTION("a group of another round") { changed.groups[1].id = fifth.groups[0].id; }
    SECTION("an unknown round") { changed.id = model::RoundId(31337); }
    db::Transaction tx(*database);
    try {
        rounds.update(tx, changed);
        FAIL("an unknown id was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::not_found);
    }
    try {
        rounds.remove(tx, model::RoundId(31337));
        FAIL("removal of a missing round was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::not_found);
    }
    tx.commit();
    CHECK(rounds.find(round.id) == round);
    CHECK(rounds.find(fifth.id) == fifth);
}

TEST_CASE("a unit covered by a group and a person in a group cannot be removed", "[db][round][unit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto f = make_round_fixture(*database);
    const auto round = created(*database, fourth_round(f));
    db::Transaction tx(*database);
    try {
        db::UnitRepository(*database).remove(tx, f.finance.id);
        FAIL("a unit covered by a group was removed");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::in_use);
        CHECK_THAT(error.detail(), Catch::Contains("县财政局") && Catch::Contains("inspection groups covering it (1)"));
    }
    try {
        db::PersonRepository(*database).remove(tx, f.people[3].id);
        FAIL("a person in a group was removed");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::in_use);
        CHECK_THAT(error.detail(), Catch::Contains("王四") && Catch::Contains("inspection groups (1)"));
    }
    // Someone in no group may go.
    CHECK_NOTHROW(db::PersonRepository(*database).remove(tx, f.people[5].id));
    tx.commit();
    CHECK(db::UnitRepository(*database).find(f.finance.id));
    CHECK(db::RoundRepository(*database).find(round.id) == round);
}

TEST_CASE("a round is removed with its groups, unless avoidance cases refer to it", "[db][round][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto f = make_round_fixture(*database);
    const auto round = created(*database, fourth_round(f));
    db::RoundRepository rounds(*database);

    model::AvoidanceCase declared;
    declared.round_id = round.id;
    declared.person_id = f.people[2].id;
    declared.unit_id = f.catalog.village.id;
    declared.facts = "本人父亲系该村村民委员会主任";
    {
        db::Transaction tx(*database);
        db::AvoidanceCaseRepository(*database).create(tx, declared);
        tx.commit();
    }
    {
        db::Transaction tx(*database);
        try {
            rounds.remove(tx, round.id);
            FAIL("a round with avoidance cases was removed");
        }
        catch (const db::DbError& error) {
            CHECK(error.category() == db::DbError::Category::in_use);
            CHECK_THAT(error.detail(), Catch::Contains("十五届县委第四轮巡察") && Catch::Contains("(1)"));
        }
        tx.commit();
    }
    CHECK(rounds.find(round.id));

    {
        db::Transaction tx(*database);
        db::AvoidanceCaseRepository(*database).remove(tx, declared.id);
        rounds.remove(tx, round.id);
        tx.commit();
    }
    CHECK_FALSE(rounds.find(round.id));
    CHECK(test::count_rows(*database, "round_group") == 0);
    CHECK(test::count_rows(*database, "group_unit") == 0);
    CHECK(test::count_rows(*database, "group_member") == 0);
    const auto entry = last_round_entry(*database, round.id);
    CHECK(entry.action == model::AuditAction::remove);
    CHECK(has_change(entry, "group." + std::to_string(round.groups[1].id.value())));
    CHECK(has_change(entry, "planned_entry"));
    // The people and units are still there.
    CHECK(db::UnitRepository(*database).find(f.finance.id));
    CHECK(db::PersonRepository(*database).find(f.people[0].id));
}
