// The complete personnel record of issue 3: every new field and sub-record through PersonRepository.

#include "sample_records.h"
#include "test_database.h"

#include "db/audit_repository.h"
#include "db/catalog_repository.h"
#include "db/person_repository.h"
#include "db/training_repository.h"

#include <algorithm>
#include <chrono>
#include <map>

using namespace xuncha;
using xuncha::test::TestDatabase;
using xuncha::test::last_person_entry;
using xuncha::test::fields_of;
using xuncha::test::change_of;

namespace {

struct RecordsFixture {
    test::SampleCatalog catalog;
    std::vector<model::Training> trainings;
};

RecordsFixture make_records_fixture(db::Database& database)
{
    RecordsFixture fixture;
    fixture.catalog = test::make_catalog(database);
    fixture.trainings = test::make_trainings(database);
    return fixture;
}

// `count` varied people saved in one batch (create_all), as saved.
std::vector<model::Person> saved_batch(db::Database& database, const RecordsFixture& fixture, int count)
{
    auto people = test::varied_people(fixture.catalog, fixture.trainings, count);
    db::Transaction tx(database);
    db::PersonRepository(database).create_all(tx, people);
    tx.commit();
    return people;
}

// saved_batch(), then the one at `removed` removed (a gap in the ids) and 钱七 added, who has nothing
// but a name. Returns the batch as saved (the removed one included).
std::vector<model::Person> saved_varied_people(db::Database& database, const RecordsFixture& fixture, int count,
                                               std::size_t removed)
{
    auto people = saved_batch(database, fixture, count);
    db::Transaction tx(database);
    db::PersonRepository(database).remove(tx, people[removed].id);
    auto bare = test::plain_person("钱七", "", fixture.catalog.village.id);
    bare.unit_id.reset();
    db::PersonRepository(database).create(tx, bare);
    tx.commit();
    return people;
}

model::Person saved_complete_person(db::Database& database, const RecordsFixture& fixture)
{
    return test::created(database, test::complete_person(fixture.catalog, fixture.trainings));
}

std::string key(const char* kind, long long id) { return std::string(kind) + "." + std::to_string(id); }

db::DbError update_error(db::Database& database, model::Person person)
{
    db::Transaction tx(database);
    try {
        db::PersonRepository(database).update(tx, person);
    }
    catch (const db::DbError& error) {
        return error;
    }
    FAIL("the update was accepted");
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("every field and sub-record of the complete record reads back exactly as saved", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    const auto person = saved_complete_person(*database, fixture);

    for (const auto& m : person.memberships)
        for (const auto& s : m.steps) CHECK(s.id.is_saved());
    for (const auto& t : person.trainings) CHECK(t.id.is_saved());
    for (const auto& c : person.commendations) CHECK(c.id.is_saved());
    for (const auto& a : person.assessments) CHECK(a.id.is_saved());
    for (const auto& o : person.integrity_opinions) CHECK(o.id.is_saved());
    for (const auto& p : person.pledges) CHECK(p.id.is_saved());
    for (const auto& s : person.secondments) CHECK(s.id.is_saved());
    for (const auto& d : person.declined_secondments) CHECK(d.id.is_saved());
    REQUIRE(person.photo);
    CHECK(person.photo->id.is_saved());

    const auto found = db::PersonRepository(*database).find(person.id);
    REQUIRE(found);
    CHECK(*found == person);
    // Spelled out where a value is most easily lost: enums, flags, optional codes, dates, order.
    CHECK(found->professional_title_level == model::TitleLevel::associate_senior);
    CHECK(found->reserve_cadre);
    CHECK(found->frontline_experience == "2018-2021 驻东关村第一书记");
    CHECK(found->memberships.at(0).entry_method == model::EntryMethod::recommended);
    CHECK(found->memberships.at(0).reviewed_on == test::day("2025-12-20"));
    CHECK(found->memberships.at(1).reviewed_on == std::nullopt);
    REQUIRE(found->memberships.at(1).steps.size() == 6);
    CHECK(found->memberships.at(1).steps.front().from == std::nullopt);
    CHECK(found->memberships.at(1).steps.back().from == model::MembershipStatus::active);
    CHECK(found->memberships.at(1).steps.back().to == model::MembershipStatus::exited);
    CHECK(found->memberships.at(1).steps.at(3).override_reason == "职称为中级，经领导小组研究同意");
    CHECK(found->trainings.at(1).attendance == model::Attendance::excused);
    CHECK(found->trainings.at(1).training_id == fixture.trainings[1].id);
    CHECK(found->assessments.at(0).year == 2023);
    CHECK(found->integrity_opinions.at(1).clear == false);
    CHECK(found->pledges.at(0).pool_id == fixture.catalog.pools[0].id);
    CHECK(found->pledges.at(1).pool_id == std::nullopt);
    CHECK(found->pledges.at(1).scope == model::PledgeScope::round);
    CHECK(found->pledges.at(1).scan == std::nullopt);
    CHECK(found->secondments.at(0).evaluation == model::AssessmentResult::excellent);
    CHECK(found->secondments.at(1).evaluation == std::nullopt);
    CHECK(found->secondments.at(1).end == std::nullopt);
    CHECK(found->declined_secondments.at(0).reason == "单位工作繁重");
    // Attachments come described, without their bytes.
    REQUIRE(found->photo);
    CHECK(found->photo->file_name == "王秀英.jpg");
    CHECK(found->photo->media_type == "image/jpeg");
    CHECK(found->photo->size == 256 + 5);
    CHECK(found->photo->sha256.size() == 64);
    CHECK(found->photo->content == nullptr);
    REQUIRE(found->pledges.at(0).scan);
    CHECK(found->pledges.at(0).scan->media_type == "application/pdf");
}

TEST_CASE("a person without any of the new sub-records reads back with empty lists and defaults", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    auto person = test::plain_person("孙八", "", catalog.town.id);
    db::Transaction tx(*database);
    db::PersonRepository(*database).create(tx, person);
    const auto found = db::PersonRepository(*database).find(person.id);
    REQUIRE(found);
    CHECK(*found == person);
    CHECK(found->professional_title_level == model::TitleLevel::none);
    CHECK_FALSE(found->reserve_cadre);
    CHECK_FALSE(found->photo);
    CHECK(found->pledges.empty());
}

TEST_CASE("new sub-records are added, changed and removed by id, each change in the audit row",
          "[db][person][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    const auto person = saved_complete_person(*database, fixture);

    auto changed = person;
    changed.reserve_cadre = false;
    changed.professional_title_level = model::TitleLevel::senior;
    changed.commendations[0].title = "全市优秀巡察干部";
    changed.commendations[0].level = model::CommendationLevel::municipal;
    changed.assessments.push_back({{}, 2025, model::AssessmentResult::basically, {}});
    const auto removed_declined = changed.declined_secondments[0].id;
    changed.declined_secondments.clear();
    changed.trainings[1].attendance = model::Attendance::absent;
    changed.secondments[1].end = test::day("2023-10-31");
    changed.secondments[1].evaluation = model::AssessmentResult::competent;
    changed.integrity_opinions[0].document_number = "示纪函〔2025〕13号";
    changed.pledges[1].recipient = "第二巡察组";
    changed.memberships[0].reviewed_on = test::day("2026-12-01");
    test::updated(*database, changed);

    CHECK(changed.assessments[2].id.is_saved());
    const auto found = db::PersonRepository(*database).find(person.id);
    REQUIRE(found);
    CHECK(*found == changed);
    CHECK(test::count_rows(*database, "declined_secondment") == 0);

    const auto entry = last_person_entry(*database, person.id);
    const auto commendation = key("commendation", person.commendations[0].id.value());
    const auto training = key("training", person.trainings[1].id.value());
    const auto secondment = key("secondment", person.secondments[1].id.value());
    const auto opinion = key("integrity_opinion", person.integrity_opinions[0].id.value());
    const auto pledge = key("pledge", person.pledges[1].id.value());
    const auto membership = key("membership", person.memberships[0].id.value());
    const auto assessment = key("assessment", changed.assessments[2].id.value());
    const auto declined = key("declined_secondment", removed_declined.value());
    std::vector<std::string> expected{assessment, commendation + ".level", commendation + ".title", declined,
                                      opinion + ".document_number", membership + ".reviewed_on", pledge + ".recipient",
                                      "professional_title_level", "reserve_cadre", secondment + ".end",
                                      secondment + ".evaluation", training + ".attendance"};
    std::sort(expected.begin(), expected.end());
    CHECK(fields_of(entry) == expected);
    CHECK(*change_of(entry, commendation + ".level") == model::FieldChange{commendation + ".level", "县级", "市级"});
    CHECK(*change_of(entry, training + ".attendance") == model::FieldChange{training + ".attendance", "请假", "缺席"});
    CHECK(*change_of(entry, secondment + ".end") == model::FieldChange{secondment + ".end", "", "2023-10-31"});
    CHECK(change_of(entry, declined)->old_value.find("单位工作繁重") != std::string::npos);
    CHECK(change_of(entry, assessment)->new_value.find("2025") != std::string::npos);
    CHECK(*change_of(entry, "professional_title_level") ==
          model::FieldChange{"professional_title_level", "副高级", "正高级"});
}

TEST_CASE("creating a complete person audits its sub-records by name, the training by its topic",
          "[db][person][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    const auto person = saved_complete_person(*database, fixture);
    const auto entry = last_person_entry(*database, person.id);
    const auto* training = change_of(entry, key("training", person.trainings[0].id.value()));
    REQUIRE(training);
    CHECK(training->new_value.find("2026年度巡察干部业务培训班") != std::string::npos);
    const auto* pledge = change_of(entry, key("pledge", person.pledges[0].id.value()));
    REQUIRE(pledge);
    CHECK(pledge->new_value.find("组长库") != std::string::npos);
    REQUIRE(change_of(entry, "photo"));
    CHECK(change_of(entry, "photo")->new_value.find("王秀英.jpg") != std::string::npos);
}

TEST_CASE("new membership steps are appended after the stored ones", "[db][person][lifecycle]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    auto person = saved_complete_person(*database, fixture);
    model::MembershipStep suspend;
    suspend.from = model::MembershipStatus::active;
    suspend.to = model::MembershipStatus::suspended;
    suspend.date = test::day("2026-05-01");
    suspend.decided_by = "县委巡察办";
    suspend.remark = "借调省厅一年";
    person.memberships[0].steps.push_back(suspend);
    person.memberships[0].status = model::MembershipStatus::suspended;
    test::updated(*database, person);

    CHECK(person.memberships[0].steps.back().id.is_saved());
    const auto found = db::PersonRepository(*database).find(person.id);
    REQUIRE(found);
    CHECK(found->memberships[0].steps.size() == 6);
    CHECK(found->memberships[0].steps.back().remark == "借调省厅一年");
    CHECK(found->memberships[0].status == model::MembershipStatus::suspended);
    CHECK(*found == person);
    const auto entry = last_person_entry(*database, person.id);
    const auto step_key = key("membership", person.memberships[0].id.value()) + ".step." +
                          std::to_string(person.memberships[0].steps.back().id.value());
    REQUIRE(change_of(entry, step_key));
    CHECK(change_of(entry, step_key)->new_value.find("暂停") != std::string::npos);

    // A new membership brings its own steps.
    model::PoolMembership talent;
    talent.pool_id = fixture.catalog.pools[1].id;
    talent.status = model::MembershipStatus::recommended;
    model::MembershipStep recommended;
    recommended.to = model::MembershipStatus::recommended;
    recommended.date = test::day("2026-06-01");
    talent.steps = {recommended};
    person.memberships.push_back(talent);
    test::updated(*database, person);
    const auto again = db::PersonRepository(*database).find(person.id);
    REQUIRE(again);
    REQUIRE(again->memberships.size() == 3);
    CHECK(again->memberships[2].steps.size() == 1);
    CHECK(*again == person);
}

TEST_CASE("a stored membership step that is changed, removed or moved is refused, naming the step",
          "[db][person][lifecycle]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    const auto person = saved_complete_person(*database, fixture);
    const auto audit_before = db::AuditRepository(*database).count();
    auto edited = person;
    auto& steps = edited.memberships[0].steps;
    std::string what;
    SECTION("changed")
    {
        steps[1].document_number = "改过的文号";
        what = "was changed";
    }
    SECTION("removed")
    {
        steps.erase(steps.begin() + 1);
        what = "was removed";
    }
    SECTION("moved")
    {
        std::swap(steps[1], steps[2]);
        what = "was moved";
    }
    SECTION("a new step put before the stored ones")
    {
        model::MembershipStep early;
        early.to = model::MembershipStatus::recommended;
        early.date = test::day("2019-01-01");
        steps.insert(steps.begin(), early);
        what = "was moved";
    }
    // Other changes in the same save do not slip through either.
    edited.post = "新职务";
    const auto error = update_error(*database, edited);
    CHECK(error.category() == db::DbError::Category::constraint);
    CHECK_THAT(error.detail(), Catch::Contains(what) && Catch::Contains("组长库") && Catch::Contains("only be added"));
    CHECK(error.subject() == "person “王秀英”");
    const auto found = db::PersonRepository(*database).find(person.id);
    REQUIRE(found);
    CHECK(*found == person);
    CHECK(db::AuditRepository(*database).count() == audit_before);
}

TEST_CASE("the refusal names the step by its date and statuses", "[db][person][lifecycle]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    auto edited = saved_complete_person(*database, fixture);
    edited.memberships[0].steps[1].remark = "补充说明";
    const auto error = update_error(*database, edited);
    CHECK_THAT(error.detail(), Catch::Contains("2019-10-08 推荐/自荐 → 资格审查") &&
                                   Catch::Contains("#" + std::to_string(edited.memberships[0].steps[1].id.value())));
}

TEST_CASE("removing a whole membership takes its steps with it", "[db][person][lifecycle]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    auto person = saved_complete_person(*database, fixture);
    person.memberships.erase(person.memberships.begin());
    test::updated(*database, person);
    CHECK(test::count_rows(*database, "membership_step") == 6);
    const auto found = db::PersonRepository(*database).find(person.id);
    REQUIRE(found);
    CHECK(*found == person);
}

TEST_CASE("a step id from another membership is refused as not found", "[db][person][lifecycle]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    auto person = saved_complete_person(*database, fixture);
    person.memberships[0].steps.push_back(person.memberships[1].steps.back());
    const auto error = update_error(*database, person);
    CHECK(error.category() == db::DbError::Category::not_found);
}

TEST_CASE("two assessments for one year or one training twice are refused, naming the problem", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    auto person = test::complete_person(fixture.catalog, fixture.trainings);
    std::string problem;
    SECTION("an assessment year")
    {
        person.assessments[1].year = person.assessments[0].year;
        problem = "two annual assessments are recorded for the same year";
    }
    SECTION("a training")
    {
        person.trainings[1].training_id = person.trainings[0].training_id;
        problem = "the same training is listed twice";
    }
    db::Transaction tx(*database);
    try {
        db::PersonRepository(*database).create(tx, person);
        FAIL("the duplicate was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::constraint);
        CHECK_THAT(error.detail(), Catch::Contains(problem));
    }
    tx.commit();
    CHECK(db::PersonRepository(*database).count() == 0);
    CHECK(test::count_rows(*database, "attachment") == 0);
}

TEST_CASE("removing a person removes every new sub-record and attachment", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    const auto person = saved_complete_person(*database, fixture);
    {
        db::Transaction tx(*database);
        db::PersonRepository(*database).remove(tx, person.id);
        tx.commit();
    }
    for (const char* table : {"membership_step", "training_attendance", "commendation", "annual_assessment",
                              "integrity_opinion", "pledge", "secondment", "declined_secondment", "attachment"}) {
        INFO(table);
        CHECK(test::count_rows(*database, table) == 0);
    }
    // The trainings stay, and are free to go now.
    CHECK(db::TrainingRepository(*database).list().size() == 2);
    const auto entry = last_person_entry(*database, person.id);
    CHECK(change_of(entry, key("pledge", person.pledges[0].id.value())));
    CHECK(change_of(entry, key("secondment", person.secondments[0].id.value())));
    db::Transaction tx(*database);
    CHECK_NOTHROW(db::TrainingRepository(*database).remove(tx, fixture.trainings[0].id));
}

TEST_CASE("a pool named by a pledge cannot be removed", "[db][catalog]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    auto person = test::plain_person("赵敏", "", fixture.catalog.town.id);
    model::Pledge pledge;
    pledge.pool_id = fixture.catalog.pools[2].id;
    pledge.signed_date = test::day("2025-01-02");
    person.pledges = {pledge};
    db::Transaction tx(*database);
    db::PersonRepository(*database).create(tx, person);
    try {
        db::CatalogRepository(*database).remove(tx, fixture.catalog.pools[2].id);
        FAIL("a pool named by a pledge was removed");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::in_use);
        CHECK_THAT(error.detail(), Catch::Contains("pledges"));
    }
}

TEST_CASE("the person list shows department, ethnicity, title, reserve cadre and secondment counts",
          "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    const auto complete = saved_complete_person(*database, fixture);
    auto plain = test::plain_person("孙八", "", fixture.catalog.town.id);
    auto declined_only = test::plain_person("周九", "", fixture.catalog.county.id);
    declined_only.declined_secondments = {{{}, test::day("2024-01-01"), "第一轮", "身体原因"},
                                          {{}, test::day("2025-01-01"), "第二轮", "单位工作繁重"},
                                          {{}, test::day("2026-01-01"), "第三轮", "家中有事"}};
    {
        db::Transaction tx(*database);
        db::PersonRepository people(*database);
        people.create(tx, plain);
        people.create(tx, declined_only);
        tx.commit();
    }
    const auto list = db::PersonRepository(*database).list();
    REQUIRE(list.size() == 3);
    CHECK(list[0].department == "纪委");
    CHECK(list[0].ethnicity == "回族");
    CHECK(list[0].professional_title == "高级经济师");
    CHECK(list[0].reserve_cadre);
    CHECK(list[0].secondment_count == 2);
    CHECK(list[0].declined_count == 1);
    CHECK(list[1].ethnicity == "汉族");
    CHECK_FALSE(list[1].reserve_cadre);
    CHECK(list[1].secondment_count == 0);
    CHECK(list[1].declined_count == 0);
    CHECK(list[2].secondment_count == 0);
    CHECK(list[2].declined_count == 3);
    CHECK(list[0].id == complete.id);
}

TEST_CASE("the person list read with a second connection is the same list", "[db][person]")
{
    // The GUI reads the list at start-up with the specialties and memberships on a second connection.
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend, true);
    const auto fixture = make_records_fixture(*database);
    const auto people = saved_varied_people(*database, fixture, 40, 3);
    const auto helper = database->open_another();
    REQUIRE(helper);
    const auto plain = db::PersonRepository(*database).list();
    const auto helped = db::PersonRepository(*database).list(helper.get());
    REQUIRE(plain.size() == 40);
    CHECK(helped == plain);
    // Spot checks against what was saved, so that both reads cannot be wrong the same way.
    const auto it = std::find_if(helped.begin(), helped.end(), [&](const auto& p) { return p.id == people[7].id; });
    REQUIRE(it != helped.end());
    CHECK(it->specialties == people[7].specialties);
    CHECK(it->memberships.size() == people[7].memberships.size());
    CHECK(it->secondment_count == static_cast<int>(people[7].secondments.size()));
    CHECK(it->declined_count == static_cast<int>(people[7].declined_secondments.size()));
    CHECK(std::any_of(helped.begin(), helped.end(), [](const auto& p) { return p.specialties.size() > 1; }));
    CHECK(std::any_of(helped.begin(), helped.end(), [](const auto& p) { return p.declined_count > 0; }));
}

TEST_CASE("the person list's names come first with what its filters need, and rows in view can be read whole",
          "[db][person]")
{
    // The GUI shows the names first (with what its filters need) while it reads the other columns.
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend, true);
    const auto fixture = make_records_fixture(*database);
    const auto people = saved_varied_people(*database, fixture, 40, 3);
    const auto helper = database->open_another();
    REQUIRE(helper);
    db::PersonRepository repository(*database);
    const auto whole = repository.list();
    REQUIRE(whole.size() == 40);

    const auto named = repository.list_names(helper.get());
    REQUIRE(named.size() == whole.size());
    for (std::size_t i = 0; i < named.size(); ++i) {
        INFO("person " << whole[i].name);
        CHECK(named[i].id == whole[i].id);
        CHECK(named[i].name == whole[i].name);
        CHECK(named[i].name_pinyin == whole[i].name_pinyin);
        CHECK(named[i].name_initials == whole[i].name_initials);
        CHECK(named[i].specialties == whole[i].specialties);
        CHECK(named[i].memberships == whole[i].memberships);
        CHECK(named[i].secondment_count == whole[i].secondment_count);
        CHECK(named[i].declined_count == whole[i].declined_count);
        // The other columns come with list().
        CHECK(named[i].unit_name.empty());
        CHECK_FALSE(named[i].unit_id.has_value());
        CHECK_FALSE(named[i].birth_date.has_value());
    }
    CHECK(db::PersonRepository(*database).list_names() == named);
    // Work on the rows while the helper reads the rest (the GUI orders them by name then): it sees every
    // person, in the order returned, and both reads give the same result with it.
    const auto ids_of = [](const std::vector<model::PersonSummary>& list) {
        std::vector<long long> ids;
        for (const auto& p : list) ids.push_back(p.id.value());
        return ids;
    };
    std::vector<long long> seen;
    CHECK(repository.list_names(helper.get(), [&](const auto& read) { seen = ids_of(read); }) == named);
    CHECK(seen == ids_of(named));
    seen.clear();
    CHECK(repository.list(helper.get(), [&](const auto& read) { seen = ids_of(read); }) == whole);
    CHECK(seen == ids_of(whole));

    // Some people's whole rows (those in view), as the list has them, in id order.
    const std::vector<model::PersonId> asked{whole[30].id, whole[2].id, model::PersonId(999999), whole[17].id};
    const auto rows = repository.summaries(asked);
    REQUIRE(rows.size() == 3);  // the unknown id is left out
    CHECK(rows[0] == whole[2]);
    CHECK(rows[1] == whole[17]);
    CHECK(rows[2] == whole[30]);
    CHECK_FALSE(rows[1].unit_name.empty());
    CHECK(repository.summaries({}).empty());
    // Spot check against what was saved, so that the steps cannot be wrong the same way as list().
    const auto it = std::find_if(named.begin(), named.end(), [&](const auto& p) { return p.id == people[7].id; });
    REQUIRE(it != named.end());
    CHECK(it->specialties == people[7].specialties);
    CHECK(it->declined_count == static_cast<int>(people[7].declined_secondments.size()));
}

TEST_CASE("a batch of many people writes the audit rows that saving them one by one writes", "[db][person][audit]")
{
    // create_all works out a large batch's audit text on a second thread: the rows must not differ.
    XUNCHA_EACH_BACKEND(backend);
    const auto person_rows = [](db::Database& database) {
        db::AuditQuery query;
        query.entity = "person";
        query.newest_first = false;
        auto entries = db::AuditRepository(database).list(query);
        for (auto& entry : entries) entry.id = 0;
        return entries;
    };
    TestDatabase batch(backend);
    const auto batch_people = saved_batch(*batch, make_records_fixture(*batch), 150);
    TestDatabase single(backend);
    const auto single_fixture = make_records_fixture(*single);
    auto single_people = test::varied_people(single_fixture.catalog, single_fixture.trainings, 150);
    {
        db::Transaction tx(*single);
        for (auto& person : single_people) db::PersonRepository(*single).create(tx, person);
        tx.commit();
    }
    const auto from_batch = person_rows(*batch);
    const auto one_by_one = person_rows(*single);
    REQUIRE(from_batch.size() == 150);
    REQUIRE(one_by_one.size() == 150);
    for (std::size_t i = 0; i < from_batch.size(); ++i) {
        INFO("audit row of person " << i);
        CHECK(from_batch[i].entity_id == batch_people[i].id.value());
        CHECK(from_batch[i].entity_label == batch_people[i].name);
        CHECK_FALSE(from_batch[i].changes.empty());
        CHECK(from_batch[i] == one_by_one[i]);
    }
}

TEST_CASE("a batch of more people than are written at a time reads back whole, each record with its person",
          "[db][person]")
{
    // On PostgreSQL create_all keeps the rows and writes them a few hundred people at a time, with ids
    // taken from the tables' sequences beforehand: every record must still land under its own person
    // and parent, and a later single save must not take an id the batch used.
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    const auto people = saved_batch(*database, fixture, 600);
    db::PersonRepository repository(*database);
    const auto all = repository.load_all();
    REQUIRE(all.size() == people.size());
    std::map<model::PersonId, const model::Person*> by_id;
    for (const auto& person : all) by_id[person.id] = &person;
    std::size_t photos = 0;
    std::size_t steps = 0;
    for (const auto& person : people) {
        INFO("person " << person.name << " #" << person.id.value());
        const auto it = by_id.find(person.id);
        REQUIRE(it != by_id.end());
        CHECK(*it->second == person);
        if (person.photo) ++photos;
        for (const auto& membership : person.memberships) steps += membership.steps.size();
    }
    CHECK(photos > 400);  // the photos were linked after the last rows were written
    CHECK(test::count_rows(*database, "membership_step") == static_cast<long long>(steps));
    CHECK(steps > 600);

    auto later = test::full_person(fixture.catalog);
    later.id_number.clear();
    {
        db::Transaction tx(*database);
        repository.create(tx, later);
        tx.commit();
    }
    CHECK(by_id.count(later.id) == 0);
    const auto found = repository.find(later.id);
    REQUIRE(found);
    CHECK(*found == later);
    CHECK(repository.count() == people.size() + 1);
}

TEST_CASE("a batch refused after many people leaves neither people nor audit rows", "[db][person][audit]")
{
    // The second ID number comes after the first few hundred people: PostgreSQL refuses it in a later
    // statement than the first one's, and the error still names the person it belongs to.
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    auto people = test::varied_people(fixture.catalog, fixture.trainings, 320);
    people[10].id_number = "11010519491231002X";
    people[300].id_number = "11010519491231002X";
    people[300].name = "司马光";  // no one else's name
    db::Transaction tx(*database);
    const auto audit_before = db::AuditRepository(*database).count();
    try {
        db::PersonRepository(*database).create_all(tx, people);
        FAIL("a batch with one ID number twice was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::constraint);
        CHECK(error.subject() == "person “" + people[300].name + "”");
    }
    // The transaction goes on without anything of the batch, and commits nothing of it.
    CHECK(db::PersonRepository(*database).count() == 0);
    CHECK(db::AuditRepository(*database).count() == audit_before);
    tx.commit();
    CHECK(db::PersonRepository(*database).count() == 0);
    CHECK(test::count_rows(*database, "work_history") == 0);
    CHECK(db::AuditRepository(*database).count() == audit_before);
}

TEST_CASE("load_all gives every person exactly as find() does", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    const auto people = saved_varied_people(*database, fixture, 24, 5);
    db::PersonRepository repository(*database);
    const auto all = repository.load_all();
    REQUIRE(all.size() == 24);
    for (std::size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1].id < all[i].id);
    for (const auto& person : all) {
        INFO("person #" << person.id.value());
        const auto found = repository.find(person.id);
        REQUIRE(found);
        CHECK(person == *found);
        // Attachments are described the same way too (operator== leaves out nothing but the bytes).
        if (person.photo) CHECK(person.photo->sha256 == found->photo->sha256);
    }
    // Spot checks against what was saved, so that both readers cannot be wrong the same way.
    const auto it = std::find_if(all.begin(), all.end(), [&](const model::Person& p) { return p.id == people[7].id; });
    REQUIRE(it != all.end());
    CHECK(*it == people[7]);
    CHECK(it->memberships.size() == people[7].memberships.size());
    CHECK(std::any_of(all.begin(), all.end(), [](const model::Person& p) {
        return !p.memberships.empty() && p.memberships[0].steps.size() == 3;
    }));
}

TEST_CASE("load_all with a second connection gives the same people", "[db][person]")
{
    // An export reads half the sub-records on a second connection inside its transaction (SQLite); outside
    // one, and on PostgreSQL, the helper is left unused.
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend, true);
    const auto fixture = make_records_fixture(*database);
    const auto people = saved_varied_people(*database, fixture, 40, 3);
    const auto helper = database->open_another();
    REQUIRE(helper);
    const auto plain = db::PersonRepository(*database).load_all();
    REQUIRE(plain.size() == 40);
    CHECK(db::PersonRepository(*database).load_all(helper.get()) == plain);
    db::Transaction snapshot(*database);
    const auto helped = db::PersonRepository(*database).load_all(helper.get());
    CHECK(helped == plain);
    // Spot checks against what was saved, so that both reads cannot be wrong the same way.
    const auto it = std::find_if(helped.begin(), helped.end(), [&](const auto& p) { return p.id == people[7].id; });
    REQUIRE(it != helped.end());
    CHECK(*it == people[7]);
    for (const auto& person : people) {
        if (person.id == people[3].id) continue;  // removed
        const auto found = std::find_if(helped.begin(), helped.end(), [&](const auto& p) { return p.id == person.id; });
        REQUIRE(found != helped.end());
        CHECK(found->work_history == person.work_history);
        CHECK(found->relatives == person.relatives);
        CHECK(found->pledges == person.pledges);
        CHECK(found->secondments == person.secondments);
        CHECK(found->assessments == person.assessments);
    }
    CHECK(std::any_of(helped.begin(), helped.end(),
                      [](const auto& p) { return !p.pledges.empty() && p.relatives.size() > 1; }));
}

TEST_CASE("load_all inside a write transaction sees that transaction's own writes", "[db][person]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto fixture = make_records_fixture(*database);
    db::Transaction tx(*database);
    auto person = test::complete_person(fixture.catalog, fixture.trainings);
    db::PersonRepository(*database).create(tx, person);
    const auto all = db::PersonRepository(*database).load_all();
    REQUIRE(all.size() == 1);
    CHECK(all[0] == person);
}

TEST_CASE("last_updates gives each person the date of the newest audit row about them", "[db][person][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend, true);
    const auto catalog = test::make_catalog(*database);
    auto first = test::plain_person("甲", "", catalog.town.id);
    auto second = test::plain_person("乙", "", catalog.town.id);
    auto gone = test::plain_person("丙", "", catalog.town.id);
    {
        db::Transaction tx(*database);
        db::PersonRepository people(*database);
        people.create(tx, first);
        people.create(tx, second);
        people.create(tx, gone);
        people.remove(tx, gone.id);
        tx.commit();
    }
    // The first person edited 40 days later, by the audit clock of another connection.
    db::OpenOptions later = test::pinned_options();
    later.clock = [pinned = later.clock] { return pinned() + std::chrono::hours(24 * 40); };
    {
        auto other = db::Database::open(database.target(), later);
        first.post = "副主任";
        db::Transaction tx(*other);
        db::PersonRepository(*other).update(tx, first);
        tx.commit();
    }
    const auto updates = db::PersonRepository(*database).last_updates();
    REQUIRE(updates.size() == 2);
    CHECK(updates[0].person_id == first.id);
    CHECK(updates[0].date == test::day("2027-01-07"));
    CHECK(updates[1].person_id == second.id);
    CHECK(updates[1].date == test::day("2026-11-28"));
}
