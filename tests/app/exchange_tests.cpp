// The exchange format: export → import → export round trips, importing adds to a database, files.

#include "exchange_test_support.h"
#include "test_database.h"

#include "app/exchange/base64.h"
#include "app/exchange/demo.h"
#include "app/exchange/document_reader.h"
#include "app/exchange/document_writer.h"
#include "app/exchange/exchange.h"
#include "app/exchange/sha256.h"
#include "db/attachment_repository.h"
#include "db/avoidance_case_repository.h"
#include "db/round_repository.h"
#include "db/catalog_repository.h"
#include "db/person_repository.h"
#include "db/settings_repository.h"
#include "db/training_repository.h"
#include "db/unit_repository.h"
#include "model/assessment.h"
#include "model/id_number.h"
#include "model/kinship.h"
#include "model/person.h"
#include "model/pledge.h"
#include "model/pool.h"
#include "model/rank.h"
#include "model/settings.h"
#include "model/training.h"
#include "model/round.h"
#include "model/unit.h"
#include "model/avoidance_case.h"

#include <catch2/catch.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <memory>
#include <set>
#include <sys/stat.h>

using namespace xuncha;
using nlohmann::json;

namespace {

// The documented layout, printed by a standard JSON library: the top-level object and the objects and
// arrays directly inside it hold one member or element per line, indented by two spaces per level;
// everything deeper is compact on its line.
std::string one_record_per_line(const nlohmann::ordered_json& document)
{
    const auto lines = [](const nlohmann::ordered_json& value, const std::string& indent, const auto& inner) {
        if (!value.is_structured() || value.empty()) return value.dump();
        std::string text(1, value.is_array() ? '[' : '{');
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            text += first ? "\n" : ",\n";
            first = false;
            text += indent + "  ";
            if (value.is_object()) text += nlohmann::ordered_json(it.key()).dump() + ": ";
            text += inner(*it, indent + "  ");
        }
        return text + "\n" + indent + (value.is_array() ? ']' : '}');
    };
    const auto compact = [](const nlohmann::ordered_json& value, const std::string&) { return value.dump(); };
    const auto second = [&](const nlohmann::ordered_json& value, const std::string& indent) {
        return lines(value, indent, compact);
    };
    return lines(document, "", second) + "\n";
}

model::Date day(int y, int m, int d)
{
    return model::Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

// Every byte value once, NUL and invalid UTF-8 included: base64 must carry them all.
std::string every_byte()
{
    std::string bytes;
    for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
    return bytes;
}

model::Attachment attachment(std::string file_name, std::string media_type, std::string bytes)
{
    model::Attachment a;
    a.file_name = std::move(file_name);
    a.media_type = std::move(media_type);
    a.size = static_cast<long long>(bytes.size());
    a.content = std::make_shared<const std::string>(std::move(bytes));
    return a;
}

model::MembershipStep step(std::optional<model::MembershipStatus> from, model::MembershipStatus to, model::Date date,
                           std::string decided_by, std::string document, std::string remark = {})
{
    model::MembershipStep s;
    s.from = from;
    s.to = to;
    s.date = date;
    s.decided_by = std::move(decided_by);
    s.document_number = std::move(document);
    s.remark = std::move(remark);
    return s;
}

// 推荐 → 资格审查 → 考察/政审 → 审定 → 在库, the last on `entry`.
std::vector<model::MembershipStep> admission_steps(model::Date entry)
{
    using S = model::MembershipStatus;
    const auto before = [&](int days) { return entry - boost::gregorian::days(days); };
    auto approved = step(S::vetting, S::approved, before(10), "县委巡察工作领导小组", "青巡组〔2020〕2号");
    approved.override_reason = "业务骨干，经领导小组研究同意破格入库";
    return {step(std::nullopt, S::recommended, before(90), "县财政局党组", ""),
            step(S::recommended, S::qualification_review, before(60), "县委巡察办", "", "符合条件"),
            step(S::qualification_review, S::vetting, before(30), "县委组织部、县纪委监委", ""), approved,
            step(S::approved, S::active, entry, "县委巡察办", "青巡办发〔2020〕3号")};
}

// A database with everything the format carries: a custom specialty and pool, units whose ids do not
// follow the hierarchy (a parent created after its child, a 主管部门 that is not the parent), gaps
// in the ids, and people with every field and sub-record.
void fill(db::Database& database)
{
    db::UnitRepository units(database);
    db::CatalogRepository catalog(database);
    db::PersonRepository people(database);
    db::Transaction tx(database);

    model::Specialty drones{{}, "无人机测绘", 20};
    catalog.create(tx, drones);
    model::Pool village_pool{{}, "巡村人才库", model::PoolKind::village, "村（社区）巡察", 4};
    catalog.create(tx, village_pool);

    model::Unit town;
    town.name = "青禾县石桥镇";
    town.short_name = "石桥镇";
    town.type = model::UnitType::township;
    town.jurisdiction = "青禾县";
    units.create(tx, town);
    model::Unit scrap;
    scrap.name = "将被删除的单位";
    units.create(tx, scrap);
    model::Unit committee;
    committee.name = "中共青禾县委员会";
    committee.type = model::UnitType::party_committee;
    committee.remark = "备注：含“引号”与\\反斜杠";
    committee.sort_order = -3;
    units.create(tx, committee);
    model::Unit finance;
    finance.name = "青禾县财政局";
    finance.type = model::UnitType::county_department;
    units.create(tx, finance);
    model::Unit village;
    village.name = "石桥村";
    village.type = model::UnitType::village;
    village.parent_id = town.id;
    village.supervisor_id = finance.id;
    units.create(tx, village);
    units.remove(tx, scrap.id);
    town.parent_id = committee.id;  // the parent has a higher id than its child
    units.update(tx, town);

    const auto seeded = catalog.specialties();
    const auto pools = catalog.pools();

    // Settings of the office's own, and trainings created in an order unlike their dates.
    model::OfficeSettings settings;
    settings.entry.max_age = 55;
    settings.entry.expert_min_title = model::TitleLevel::associate_senior;
    settings.entry.source = "青禾县委巡察人才库管理办法第七条";
    settings.review.stale_months = 18;
    settings.review.declined_threshold = 3;
    settings.review.max_age = 58;
    settings.review.require_integrity_opinion = false;
    settings.review.jurisdiction = "青禾县";
    settings.review.source = "同上，第十五条";
    settings.avoidance.rule(model::AvoidanceRuleCode::past_employment).look_back_years = 5;
    settings.avoidance.rule(model::AvoidanceRuleCode::education_tie).enabled = false;
    db::SettingsRepository(database).save(tx, settings);
    db::TrainingRepository trainings(database);
    model::Training later{{}, "2025年度巡察干部业务培训班", "巡察业务培训", day(2025, 3, 17), day(2025, 3, 19), 24,
                          "县委巡察办", "在县委党校"};
    trainings.create(tx, later);
    model::Training earlier{{}, "巡视工作条例专题辅导", "专题讲座", day(2024, 9, 12), {}, 3, "县委巡察办", ""};
    trainings.create(tx, earlier);
    model::Training unattended{{}, "“以案促改”警示教育", "其他", day(2025, 11, 5), {}, 0, "", "无人参加"};
    trainings.create(tx, unattended);

    model::Person full;
    full.name = "欧阳晓东";
    full.gender = model::Gender::male;
    full.ethnicity = "土家族";
    full.birth_date = day(1979, 2, 28);
    full.native_place = "青禾县石桥镇";
    full.birth_place = "青禾县石桥镇";
    full.political_status = model::PoliticalStatus::party_member;
    full.party_join_date = day(2001, 7, 1);
    full.work_start_date = day(2001, 8, 1);
    full.fulltime_education = {model::EducationLevel::bachelor, model::Degree::bachelor, "湖南大学", "会计学"};
    full.inservice_education = {model::EducationLevel::master, model::Degree::master, "中南财经政法大学", "公共管理"};
    full.professional_title = "高级会计师";
    full.expertise = "熟悉财政财务管理\n熟悉审计业务";
    full.unit_id = finance.id;
    full.department = "预算股";
    full.post = "股长";
    full.rank = model::Rank::principal_staff_1;
    full.holds_leadership_post = false;
    full.mobile = "13907310001";
    const std::string digits = "11010519790228101";
    full.id_number = digits + model::id_number_check_char(digits);
    full.health = "健康";
    full.remark = "多行\n备注";
    full.specialties = {drones.id, seeded.at(5).id, seeded.at(0).id};
    model::WorkHistoryEntry first;
    first.unit_name = "原青禾县林业局";
    first.post = "科员";
    first.start = day(2001, 8, 1);
    first.end = day(2010, 12, 31);
    model::WorkHistoryEntry second;
    second.unit_id = town.id;
    second.department = "党政办";
    second.post = "党委委员、副镇长";
    second.start = day(2011, 1, 1);
    second.end = day(2024, 3, 31);
    second.leadership_member = true;
    model::WorkHistoryEntry current;
    current.unit_id = finance.id;
    current.post = "股长";
    current.start = day(2024, 4, 1);
    full.work_history = {first, second, current};
    model::Relative spouse;
    spouse.title = "配偶";
    spouse.name = "李丽华";
    spouse.birth_date = day(1980, 5, 1);
    spouse.political_status = model::PoliticalStatus::masses;
    spouse.employer_unit_id = village.id;
    spouse.post = "党支部书记、村委会主任";
    spouse.is_leader = true;
    model::Relative father;
    father.title = "父亲";
    father.name = "欧阳建国";
    father.employer_name = "退休";
    full.relatives = {spouse, father};
    const auto membership = [](model::PoolId pool, model::MembershipStatus status, std::optional<model::Date> entry,
                               std::optional<model::Date> exit, std::string reason, std::string remark) {
        model::PoolMembership m;
        m.pool_id = pool;
        m.status = status;
        m.entry_date = entry;
        m.exit_date = exit;
        m.exit_reason = std::move(reason);
        m.remark = std::move(remark);
        return m;
    };
    auto talent = membership(pools.at(1).id, model::MembershipStatus::active, day(2020, 3, 1), {}, "", "");
    talent.entry_method = model::EntryMethod::recommended;
    talent.reviewed_on = day(2025, 12, 26);
    talent.steps = admission_steps(day(2020, 3, 1));
    auto custom = membership(village_pool.id, model::MembershipStatus::exited, day(2021, 3, 1), day(2023, 6, 30),
                             "岗位变动", "2023年调整");
    custom.entry_method = model::EntryMethod::self;
    auto expert = membership(pools.at(2).id, model::MembershipStatus::suspended, day(2022, 1, 1), {}, "", "借调");
    expert.entry_method = model::EntryMethod::assigned;
    expert.steps = admission_steps(day(2022, 1, 1));
    expert.steps.push_back(step(model::MembershipStatus::active, model::MembershipStatus::suspended, day(2023, 5, 4),
                                "县委巡察办", "", "借调市纪委监委"));
    full.memberships = {custom, expert, talent};

    full.professional_title_level = model::TitleLevel::associate_senior;
    full.reserve_cadre = true;
    full.frontline_experience = "2018.03—2021.03 任石桥镇石桥村驻村第一书记";
    full.photo = attachment("欧阳晓东.png", "image/png", every_byte());
    model::TrainingAttendance went;
    went.training_id = later.id;
    model::TrainingAttendance excused;
    excused.training_id = earlier.id;
    excused.attendance = model::Attendance::excused;
    excused.remark = "因工作原因请假";
    full.trainings = {went, excused};
    model::Commendation commendation;
    commendation.date = day(2024, 1, 20);
    commendation.title = "2023年度全县优秀巡察干部";
    commendation.awarding_body = "中共青禾县委巡察工作领导小组";
    commendation.level = model::CommendationLevel::county;
    commendation.document_number = "青巡组〔2024〕1号";
    commendation.remark = "通报表扬";
    full.commendations = {commendation};
    full.assessments = {{{}, 2023, model::AssessmentResult::excellent, ""},
                        {{}, 2024, model::AssessmentResult::competent, ""},
                        {{}, 2025, model::AssessmentResult::basically, "作风不够扎实"}};
    model::IntegrityOpinion clear;
    clear.date = day(2025, 3, 1);
    clear.issuer = "县纪委监委党风政风监督室";
    clear.document_number = "青纪廉函〔2025〕3号";
    clear.content = "未发现影响使用的问题";
    model::IntegrityOpinion concern = clear;
    concern.date = day(2026, 3, 2);
    concern.clear = false;
    concern.content = "2025年11月受到诫勉，影响期内不宜使用";
    concern.remark = "影响期至2026年11月";
    full.integrity_opinions = {clear, concern};
    // One scan for two pledges (signed on one sheet): the database keeps it once.
    const auto scan = attachment("欧阳晓东承诺书.pdf", "application/pdf", "%PDF-1.4\n% 测试\n%%EOF\n");
    model::Pledge integrity;
    integrity.type = model::PledgeType::integrity;
    integrity.pool_id = pools.at(1).id;
    integrity.signed_date = day(2020, 3, 1);
    integrity.recipient = "县委巡察办";
    integrity.scan = scan;
    model::Pledge secrecy = integrity;
    secrecy.type = model::PledgeType::confidentiality;
    model::Pledge declaration;
    declaration.type = model::PledgeType::avoidance_declaration;
    declaration.scope = model::PledgeScope::round;
    declaration.round_name = "十五届县委第三轮巡察";
    declaration.signed_date = day(2022, 9, 13);
    declaration.recipient = "第二巡察组";
    declaration.remark = "无应回避事项";
    full.pledges = {integrity, secrecy, declaration};
    model::Secondment third;
    third.task = "十五届县委第三轮巡察";
    third.group_name = "第二巡察组";
    third.role = "副组长";
    third.seconding_body = "县委组织部";
    third.notice_number = "青组干〔2022〕19号";
    third.notice_date = day(2022, 9, 7);
    third.start = day(2022, 9, 13);
    third.end = day(2022, 10, 28);
    third.evaluation = model::AssessmentResult::excellent;
    model::Secondment open = third;
    open.task = "市委巡察机动巡察";
    open.seconding_body = "市委巡察办";
    open.start = day(2026, 10, 8);
    open.end.reset();
    open.notice_date.reset();
    open.evaluation.reset();
    open.remark = "尚未结束";
    full.secondments = {third, open};
    full.declined_secondments = {{{}, day(2023, 3, 10), "十五届县委第四轮巡察", "单位工作繁重"},
                                 {{}, day(2024, 3, 15), "", "身体原因"}};

    model::Person removed;
    removed.name = "将被删除的人";
    removed.gender = model::Gender::female;
    removed.birth_date = day(1990, 1, 1);

    model::Person plain;
    plain.name = "单宁";
    plain.gender = model::Gender::female;
    plain.birth_date = day(1995, 12, 31);
    plain.political_status = model::PoliticalStatus::league_member;
    plain.remark = "制表\t符、\x01控制字符、“引号”\"与\\反斜杠";

    std::vector<model::Person> batch{full, removed, plain};
    people.create_all(tx, batch);
    people.remove(tx, batch[1].id);

    // Version 3: a leadership team (one linked, one by name), profile flags, two rounds, two cases.
    finance.leaders = {{{}, batch[0].id, batch[0].name, "党组书记、局长", day(2021, 3, 1), std::nullopt, true, ""},
                       {{}, std::nullopt, "李卫国", "党组成员、副局长", day(2019, 6, 1), day(2024, 5, 31), false, "已调任"}};
    finance.profile_flags = {"资金量大", "乡村振兴重点"};
    units.update(tx, finance);

    db::RoundRepository rounds(database);
    model::Round earlier_round;
    earlier_round.term = 15;
    earlier_round.number = 2;
    earlier_round.state = model::RoundState::archived;
    earlier_round.planned_entry = day(2022, 4, 11);
    earlier_round.planned_withdrawal = day(2022, 5, 27);
    earlier_round.entry_date = day(2022, 4, 11);
    earlier_round.withdrawal_date = day(2022, 5, 27);
    earlier_round.rules_snapshot = model::default_avoidance_rules();
    earlier_round.checked_on = day(2022, 3, 30);
    model::Group group;
    group.number = 1;
    group.unit_ids = {town.id, village.id};
    group.authorising_body = "县委巡察工作领导小组";
    group.dispatching_body = "县委";
    group.members = {{batch[0].id, model::GroupRole::leader, {model::GroupDuty::branch_secretary, model::GroupDuty::petitions}},
                     {batch[2].id, model::GroupRole::member, {}}};
    group.remark = "含村级延伸";
    earlier_round.groups = {group};
    rounds.create(tx, earlier_round);
    model::Round draft;
    draft.term = 15;
    draft.number = 11;
    draft.mode = model::RoundMode::special;
    draft.planned_entry = day(2027, 3, 15);
    model::Group special;
    special.number = 2;
    special.name = "第二巡察组（专项）";
    special.unit_ids = {finance.id};
    special.members = {{batch[2].id, model::GroupRole::liaison, {model::GroupDuty::information_officer}}};
    draft.groups = {special};
    rounds.create(tx, draft);

    db::AvoidanceCaseRepository cases(database);
    model::AvoidanceCase standing;
    standing.person_id = batch[0].id;
    standing.unit_id = finance.id;
    standing.trigger = model::CaseTrigger::self_declared;
    standing.rule = model::AvoidanceRuleCode::declared_relationship;
    standing.facts = "本人表弟在县财政局国库股工作";
    standing.raised_on = day(2025, 12, 1);
    cases.create(tx, standing);
    model::AvoidanceCase raised;
    raised.round_id = earlier_round.id;
    raised.group_id = earlier_round.groups[0].id;
    raised.person_id = batch[2].id;
    raised.unit_id = village.id;
    raised.trigger = model::CaseTrigger::inspected_unit;
    raised.rule = model::AvoidanceRuleCode::declared_relationship;
    raised.facts = "被巡察村反映：该同志与村党支部书记系姻亲";
    raised.raised_on = day(2022, 4, 13);
    raised.decision = model::CaseDecision::avoid;
    raised.decided_by = "县委巡察工作领导小组";
    raised.decided_on = day(2022, 4, 15);
    raised.replacement_id = batch[0].id;
    raised.document_number = "青巡组〔2022〕5号";
    raised.acknowledged_on = day(2022, 4, 16);
    cases.create(tx, raised);
    tx.commit();
}

}  // namespace

TEST_CASE("export, import into a fresh database and export again give the same document", "[exchange]")
{
    auto source = test::memory_database();
    fill(*source);
    const auto first = app::export_dataset(*source);

    auto target = test::memory_database();
    const auto report = app::import_dataset(*target, first, test::test_today());
    INFO(test::describe(report));
    REQUIRE(report.ok());
    CHECK(report.units == 4);
    CHECK(report.people == 2);
    CHECK(report.trainings == 3);
    CHECK(report.attachments == 3);  // the photo and the scan of two pledges
    CHECK(report.specialties_created == 1);
    CHECK(report.pools_created == 1);
    CHECK(report.settings == app::SettingsOutcome::applied);

    const auto second = app::export_dataset(*target);
    CHECK(test::without_export_time(first) == test::without_export_time(second));

    // Everything new in version 2 made the trip, not only the text of it.
    const auto document = json::parse(second);
    CHECK(document["settings"]["review"]["stale_months"] == 18);
    CHECK(document["trainings"].size() == 3);
    const auto& person = document["people"][0];
    for (const auto* list : {"trainings", "commendations", "assessments", "integrity_opinions", "pledges", "secondments",
                             "declined_secondments"})
        CHECK_FALSE(person[list].empty());
    CHECK(person["memberships"][1]["steps"].size() == 6);

    // And everything new in version 3, with its references mapped to the new rows.
    CHECK(report.rounds == 2);
    CHECK(report.avoidance_cases == 2);
    CHECK(document["version"] == 3);
    CHECK(document["settings"]["avoidance"][1]["look_back_years"] == 5);
    CHECK(document["settings"]["avoidance"][7]["enabled"] == false);
    json finance;
    for (const auto& unit : document["units"])
        if (unit["name"] == "青禾县财政局") finance = unit;
    REQUIRE(finance["leaders"].size() == 2);
    CHECK(finance["leaders"][0]["person"] == person["id"]);
    CHECK(finance["leaders"][1]["person"].is_null());
    CHECK(finance["profile_flags"] == json({"资金量大", "乡村振兴重点"}));
    REQUIRE(document["rounds"].size() == 2);
    const auto& earlier = document["rounds"][0];
    CHECK(earlier["number"] == 2);
    CHECK(earlier["state"] == "archived");
    CHECK(earlier["rules_snapshot"].size() == 12);
    REQUIRE(earlier["groups"].size() == 1);
    CHECK(earlier["groups"][0]["units"].size() == 2);
    CHECK(earlier["groups"][0]["members"][0]["person"] == person["id"]);
    CHECK(earlier["groups"][0]["members"][0]["duties"] == json({"branch_secretary", "petitions"}));
    CHECK(document["rounds"][1]["groups"][0]["units"][0] == finance["id"]);
    REQUIRE(document["avoidance_cases"].size() == 2);
    CHECK(document["avoidance_cases"][1]["group"] == earlier["groups"][0]["id"]);
    CHECK(document["avoidance_cases"][1]["replacement"] == person["id"]);

    // The second database holds them with its own ids, linked as the first did.
    const auto stored = db::RoundRepository(*target).list();
    REQUIRE(stored.size() == 2);
    const auto& stored_earlier = stored[0].number == 2 ? stored[0] : stored[1];
    const auto cases = db::AvoidanceCaseRepository(*target).list_for_round(stored_earlier.id);
    REQUIRE(cases.size() == 1);
    CHECK(cases[0].group_id == stored_earlier.groups[0].id);
    CHECK(cases[0].decision == model::CaseDecision::avoid);
}

TEST_CASE("the round trip gives the same document on SQLite and on PostgreSQL", "[exchange]")
{
    XUNCHA_EACH_BACKEND(backend);
    test::TestDatabase source(backend);
    fill(*source);
    const auto first = app::export_dataset(*source);

    test::TestDatabase target(backend);
    const auto report = app::import_dataset(*target, first, test::test_today());
    INFO(test::describe(report));
    REQUIRE(report.ok());
    CHECK(test::without_export_time(app::export_dataset(*target)) == test::without_export_time(first));

    // And the same document as the other backend gives (both export what was filled in).
    auto memory = test::memory_database();
    fill(*memory);
    CHECK(test::without_export_time(app::export_dataset(*memory)) == test::without_export_time(first));
}

TEST_CASE("the demo county round-trips on SQLite and on PostgreSQL", "[exchange][demo]")
{
    XUNCHA_EACH_BACKEND(backend);
    test::TestDatabase database(backend);
    const auto report = app::load_demo(*database, test::test_today());
    INFO(test::describe(report));
    REQUIRE(report.ok());
    auto exported = json::parse(app::export_dataset(*database));
    auto expected = json::parse(app::demo_dataset());
    for (auto* document : {&exported, &expected}) {
        document->erase("exported_at");
        document->erase("note");
    }
    CHECK(exported == expected);
}

TEST_CASE("photos and scans come back from an import byte for byte", "[exchange]")
{
    auto source = test::memory_database();
    fill(*source);
    auto target = test::memory_database();
    REQUIRE(app::import_dataset(*target, app::export_dataset(*source), test::test_today()).ok());

    db::PersonRepository people(*target);
    const auto person = people.find(people.list().at(0).id);
    REQUIRE(person);
    REQUIRE(person->photo);
    db::AttachmentRepository attachments(*target);
    const auto photo = attachments.load(person->photo->id);
    REQUIRE(photo.content);
    CHECK(*photo.content == every_byte());
    CHECK(photo.file_name == "欧阳晓东.png");
    CHECK(photo.media_type == "image/png");
    CHECK(photo.sha256 == app::sha256_hex(every_byte()));
    REQUIRE(person->pledges.size() == 3);
    REQUIRE(person->pledges[0].scan);
    CHECK(*attachments.load(person->pledges[0].scan->id).content == "%PDF-1.4\n% 测试\n%%EOF\n");
    CHECK(person->pledges[1].scan == person->pledges[0].scan);
}

TEST_CASE("importing keeps settings an office has made its own", "[exchange]")
{
    auto source = test::memory_database();
    fill(*source);
    const auto document = app::export_dataset(*source);

    auto target = test::memory_database();
    model::OfficeSettings own;
    own.review.stale_months = 6;
    {
        db::Transaction tx(*target);
        db::SettingsRepository(*target).save(tx, own);
        tx.commit();
    }
    const auto report = app::import_dataset(*target, document, test::test_today());
    INFO(test::describe(report));
    REQUIRE(report.ok());
    CHECK(report.settings == app::SettingsOutcome::kept);
    CHECK(db::SettingsRepository(*target).load() == own);
}

TEST_CASE("an export is stable UTF-8, one record per line, with the documented shape", "[exchange]")
{
    auto database = test::memory_database();
    fill(*database);
    const auto text = app::export_dataset(*database);
    CHECK(text == app::export_dataset(*database));
    CHECK(text.find("\n  \"people\": [\n    {\"id\":1,\"name\":") != std::string::npos);
    CHECK(text.find("\n  \"settings\": {\n    \"entry\": {\"") != std::string::npos);
    CHECK(text.find("欧阳晓东") != std::string::npos);  // not \u escapes
    // Laid out exactly as the documented layout, printed by a standard JSON library.
    CHECK(text == one_record_per_line(nlohmann::ordered_json::parse(text)));
    // Each person is a line of its own.
    const auto people_lines = nlohmann::ordered_json::parse(text)["people"];
    REQUIRE(people_lines.size() >= 2);
    for (const auto& person : people_lines) {
        const auto line = "\n    " + person.dump();
        CHECK((text.find(line + ",\n") != std::string::npos || text.find(line + "\n  ]") != std::string::npos));
    }
    CHECK(text.find(R"(制表\t符、\u0001控制字符、“引号”\"与\\反斜杠)") != std::string::npos);

    const auto document = json::parse(text);
    CHECK(document["format"] == "xuncha-exchange");
    CHECK(document["version"] == 3);
    CHECK(document["exported_at"] == "2026-11-28T17:30:05Z");
    CHECK(document["settings"]["entry"]["max_age"] == 55);
    CHECK(document["settings"]["entry"]["expert_min_title"] == "associate_senior");
    CHECK(document["settings"]["review"]["require_integrity_opinion"] == false);

    // Trainings by date, numbered 1, 2, ...; attendance refers to them by those numbers.
    const auto& trainings = document["trainings"];
    REQUIRE(trainings.size() == 3);
    CHECK(trainings[0]["id"] == 1);
    CHECK(trainings[0]["topic"] == "巡视工作条例专题辅导");
    CHECK(trainings[0]["end"].is_null());
    CHECK(trainings[1]["topic"] == "2025年度巡察干部业务培训班");

    // File ids are 1, 2, ... with parents and 主管部门 before the units that name them.
    const auto& units = document["units"];
    REQUIRE(units.size() == 4);
    std::set<long long> seen;
    for (std::size_t i = 0; i < units.size(); ++i) {
        CHECK(units[i]["id"] == static_cast<long long>(i) + 1);
        for (const auto* key : {"parent", "supervisor"})
            if (!units[i][key].is_null()) CHECK(seen.contains(units[i][key].get<long long>()));
        seen.insert(units[i]["id"].get<long long>());
    }
    CHECK(units[0]["name"] == "中共青禾县委员会");
    CHECK(units[1]["name"] == "青禾县石桥镇");
    CHECK(units[1]["parent"] == 1);

    const auto& people = document["people"];
    REQUIRE(people.size() == 2);
    CHECK(people[0]["id"] == 1);
    CHECK(people[1]["id"] == 2);
    const auto& person = people[0];
    // The office's own backup: the ID number in full.
    CHECK(person["id_number"].get<std::string>().find('*') == std::string::npos);
    CHECK(person["id_number"].get<std::string>().size() == 18);
    CHECK(person["unit"] == 3);
    CHECK(person["specialties"] == json({"纪检监察", "财政/财会", "无人机测绘"}));  // catalogue order
    CHECK(person["memberships"][0]["pool"] == "人才库");
    CHECK(person["memberships"][2]["pool"] == "巡村人才库");
    CHECK(person["memberships"][2]["exit_reason"] == "岗位变动");
    CHECK(person["work_history"][1]["unit"] == 2);
    CHECK(person["work_history"][2]["end"].is_null());
    CHECK(person["relatives"][0]["employer_unit"] == 4);
    CHECK(person["relatives"][1]["political_status"].is_null());

    CHECK(person["professional_title_level"] == "associate_senior");
    CHECK(person["reserve_cadre"] == true);
    CHECK(person["trainings"] == json::parse(R"([{"training": 2, "attendance": "attended", "remark": ""},
        {"training": 1, "attendance": "excused", "remark": "因工作原因请假"}])"));
    // Attachments in base64 with their size and SHA-256.
    const auto& photo = person["photo"];
    CHECK(photo["file_name"] == "欧阳晓东.png");
    CHECK(photo["size"] == 256);
    CHECK(photo["sha256"] == app::sha256_hex(every_byte()));
    CHECK(app::base64_decode(photo["content"].get<std::string>()) == every_byte());
    CHECK(person["pledges"][0]["pool"] == "人才库");
    CHECK(person["pledges"][1]["scan"] == person["pledges"][0]["scan"]);
    CHECK(person["pledges"][2]["pool"].is_null());
    CHECK(person["pledges"][2]["round_name"] == "十五届县委第三轮巡察");
    CHECK(person["secondments"][1]["end"].is_null());
    CHECK(person["secondments"][1]["evaluation"].is_null());
    const auto& talent = person["memberships"][0];
    CHECK(talent["entry_method"] == "recommended");
    CHECK(talent["reviewed_on"] == "2025-12-26");
    REQUIRE(talent["steps"].size() == 5);
    CHECK(talent["steps"][0]["from"].is_null());
    CHECK(talent["steps"][3]["override_reason"] == "业务骨干，经领导小组研究同意破格入库");
    CHECK(talent["steps"][4]["to"] == "active");

    // Someone with none of the new records has them as empty lists and nulls, every key written.
    const auto& plain = people[1];
    CHECK(plain["photo"].is_null());
    CHECK(plain["reserve_cadre"] == false);
    CHECK(plain["pledges"].empty());
    CHECK(plain["professional_title_level"] == "none");
}

TEST_CASE("importing adds to what the database holds and reuses catalogue entries by name", "[exchange]")
{
    auto database = test::memory_database();
    const auto first = app::import_dataset(*database, test::small_document().dump(), test::test_today());
    REQUIRE(first.ok());
    const auto before = test::count_rows(*database);

    auto other = test::small_document();
    other["units"][0]["name"] = "另一个县委";
    other["people"][0]["name"] = "曾文静";
    other["people"][0]["id_number"] = "";
    const auto second = app::import_dataset(*database, other.dump(), test::test_today());
    INFO(test::describe(second));
    REQUIRE(second.ok());
    CHECK(second.specialties_created == 0);
    CHECK(second.pools_created == 0);

    const auto after = test::count_rows(*database);
    CHECK(after.units == before.units + 2);
    CHECK(after.people == before.people + 1);
    CHECK(after.specialties == before.specialties);
    CHECK(after.pools == before.pools);

    // The new person refers to the new units, not to the first import's.
    const auto list = db::PersonRepository(*database).list();
    REQUIRE(list.size() == 2);
    const auto person = db::PersonRepository(*database).find(list[1].id);
    REQUIRE(person);
    const auto town = db::UnitRepository(*database).find(*person->unit_id);
    REQUIRE(town);
    const auto county = db::UnitRepository(*database).find(*town->parent_id);
    REQUIRE(county);
    CHECK(county->name == "另一个县委");
    CHECK(person->relatives.at(0).employer_unit_id == town->id);
    CHECK(person->work_history.at(0).unit_id == county->id);
}

TEST_CASE("an export written to a file imports back and is readable by its owner only", "[exchange]")
{
    const auto folder = std::filesystem::temp_directory_path() / ("xuncha-exchange-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    const auto file = folder / "备份.json";

    auto source = test::memory_database();
    fill(*source);
    app::export_dataset_to_file(*source, file);
    CHECK_FALSE(std::filesystem::exists(folder / "备份.json.part"));
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    auto target = test::memory_database();
    const auto report = app::import_dataset_from_file(*target, file, test::test_today());
    INFO(test::describe(report));
    REQUIRE(report.ok());
    CHECK(test::without_export_time(app::export_dataset(*target)) ==
          test::without_export_time(app::export_dataset(*source)));
    std::filesystem::remove_all(folder);
}

TEST_CASE("a file of many megabytes imports whole, and one cut short is refused with nothing written", "[exchange]")
{
    // Files of 4 MiB and more are read into memory set up for huge pages: the demo county, padded with
    // whitespace (which JSON allows after the document) to 9 MB.
    const auto folder = std::filesystem::temp_directory_path() / ("xuncha-large-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    const auto file = folder / "大文件.json";
    std::string text(app::demo_dataset());
    text.append(9'000'000 - text.size(), ' ');
    text.back() = '\n';
    {
        std::ofstream out(file, std::ios::binary);
        out << text;
    }
    auto target = test::memory_database();
    const auto report = app::import_dataset_from_file(*target, file, test::test_today());
    INFO(test::describe(report));
    REQUIRE(report.ok());
    const auto demo = app::read_document(app::demo_dataset(), test::test_today()).dataset;
    CHECK(report.people == demo.people.size());
    CHECK(report.units == demo.units.size());

    // Cut inside the document: a syntax error, nothing written.
    std::filesystem::resize_file(file, text.find("\"people\"") + 20);
    auto other = test::memory_database();
    const auto cut = app::import_dataset_from_file(*other, file, test::test_today());
    REQUIRE(cut.problems.size() == 1);
    CHECK(cut.problems[0].message.find("意外结束") != std::string::npos);
    CHECK(test::count_rows(*other) == test::count_rows(*test::memory_database()));
    std::filesystem::remove_all(folder);
}

TEST_CASE("an export to a folder that does not exist fails with the file named", "[exchange]")
{
    auto database = test::memory_database();
    const auto file = std::filesystem::temp_directory_path() / "xuncha-no-such-folder" / "backup.json";
    try {
        app::export_dataset_to_file(*database, file);
        FAIL("the export should have failed");
    }
    catch (const std::ios_base::failure& error) {
        CHECK(std::string(error.what()).find(file.string()) != std::string::npos);
        CHECK(std::string(error.what()).find("不存在") != std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(file));
}

TEST_CASE("an unreadable file is reported with its name and nothing is written", "[exchange]")
{
    auto database = test::memory_database();
    const auto before = test::count_rows(*database);

    SECTION("a file that does not exist")
    {
        const auto file = std::filesystem::temp_directory_path() / "xuncha-missing" / "导入.json";
        const auto report = app::import_dataset_from_file(*database, file, test::test_today());
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].path == "$");
        CHECK(report.problems[0].message.find(file.string()) != std::string::npos);
        CHECK(report.problems[0].message.find("不存在") != std::string::npos);
    }
    SECTION("a folder instead of a file")
    {
        const auto folder = std::filesystem::temp_directory_path();
        const auto report = app::import_dataset_from_file(*database, folder, test::test_today());
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].message.find(folder.string()) != std::string::npos);
        CHECK(report.problems[0].message.find("文件夹") != std::string::npos);
    }
    CHECK(test::count_rows(*database) == before);
}

TEST_CASE("the JSON Schema lists the model's codes and exactly the keys the exporter writes", "[exchange]")
{
    std::ifstream in(std::filesystem::path(XUNCHA_SOURCE_DIR) / "docs" / "exchange.schema.json");
    REQUIRE(in);
    const auto schema = json::parse(in);
    CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
    const auto& defs = schema["$defs"];

    const auto codes = [](auto all) {
        json list = json::array();
        for (const auto& term : all) list.push_back(std::string(term.code));
        return list;
    };
    CHECK(defs["gender"]["enum"] == codes(model::terms<model::Gender>()));
    CHECK(defs["political_status"]["enum"] == codes(model::terms<model::PoliticalStatus>()));
    CHECK(defs["education_level"]["enum"] == codes(model::terms<model::EducationLevel>()));
    CHECK(defs["degree"]["enum"] == codes(model::terms<model::Degree>()));
    CHECK(defs["rank"]["enum"] == codes(model::terms<model::Rank>()));
    CHECK(defs["unit_type"]["enum"] == codes(model::terms<model::UnitType>()));
    CHECK(defs["pool_kind"]["enum"] == codes(model::terms<model::PoolKind>()));
    CHECK(defs["membership_status"]["enum"] == codes(model::terms<model::MembershipStatus>()));
    CHECK(defs["title_level"]["enum"] == codes(model::terms<model::TitleLevel>()));
    CHECK(defs["entry_method"]["enum"] == codes(model::terms<model::EntryMethod>()));
    CHECK(defs["attendance_code"]["enum"] == codes(model::terms<model::Attendance>()));
    CHECK(defs["assessment_result"]["enum"] == codes(model::terms<model::AssessmentResult>()));
    CHECK(defs["commendation_level"]["enum"] == codes(model::terms<model::CommendationLevel>()));
    CHECK(defs["pledge_type"]["enum"] == codes(model::terms<model::PledgeType>()));
    CHECK(defs["pledge_scope"]["enum"] == codes(model::terms<model::PledgeScope>()));
    json titles = json::array();
    for (const auto& title : model::relative_titles()) titles.push_back(std::string(title.zh));
    CHECK(defs["relative_title"]["enum"] == titles);

    auto database = test::memory_database();
    fill(*database);
    const auto document = json::parse(app::export_dataset(*database));
    const auto same_keys = [](const json& object, const json& definition) {
        std::set<std::string> written;
        for (const auto& [key, value] : object.items()) written.insert(key);
        std::set<std::string> described;
        for (const auto& [key, value] : definition["properties"].items()) described.insert(key);
        CHECK(definition["additionalProperties"] == false);
        return written == described;
    };
    std::set<std::string> top;
    for (const auto& [key, value] : document.items()) top.insert(key);
    top.insert("note");  // written only when there is one
    std::set<std::string> described_top;
    for (const auto& [key, value] : schema["properties"].items()) described_top.insert(key);
    CHECK(top == described_top);
    CHECK(same_keys(document["specialties"][0], defs["specialty"]));
    CHECK(same_keys(document["pools"][0], defs["pool"]));
    CHECK(same_keys(document["units"][0], defs["unit"]));
    CHECK(same_keys(document["people"][0], defs["person"]));
    CHECK(same_keys(document["people"][0]["fulltime_education"], defs["education"]));
    CHECK(same_keys(document["people"][0]["work_history"][0], defs["work_history_entry"]));
    CHECK(same_keys(document["people"][0]["relatives"][0], defs["relative"]));
    CHECK(same_keys(document["people"][0]["memberships"][0], defs["membership"]));
    CHECK(same_keys(document["settings"], defs["settings"]));
    CHECK(same_keys(document["settings"]["entry"], defs["entry_rules"]));
    CHECK(same_keys(document["settings"]["review"], defs["review_rules"]));
    CHECK(same_keys(document["trainings"][0], defs["training"]));
    const auto& person = document["people"][0];
    CHECK(same_keys(person["memberships"][0]["steps"][0], defs["membership_step"]));
    CHECK(same_keys(person["photo"], defs["attachment"]));
    CHECK(same_keys(person["trainings"][0], defs["attendance"]));
    CHECK(same_keys(person["commendations"][0], defs["commendation"]));
    CHECK(same_keys(person["assessments"][0], defs["assessment"]));
    CHECK(same_keys(person["integrity_opinions"][0], defs["integrity_opinion"]));
    CHECK(same_keys(person["pledges"][0], defs["pledge"]));
    CHECK(same_keys(person["secondments"][0], defs["secondment"]));
    CHECK(same_keys(person["declined_secondments"][0], defs["declined_secondment"]));
    CHECK(same_keys(document["settings"]["avoidance"][0], defs["avoidance_rule"]));
    const auto& round = document["rounds"][0];
    CHECK(same_keys(round, defs["round"]));
    CHECK(same_keys(round["groups"][0], defs["group"]));
    CHECK(same_keys(round["groups"][0]["members"][0], defs["group_member"]));
    CHECK(same_keys(document["avoidance_cases"][0], defs["avoidance_case"]));
    for (const auto& unit : document["units"])
        if (!unit["leaders"].empty()) CHECK(same_keys(unit["leaders"][0], defs["unit_leader"]));
    CHECK(defs["round_mode"]["enum"] == codes(model::terms<model::RoundMode>()));
    CHECK(defs["round_state"]["enum"] == codes(model::terms<model::RoundState>()));
    CHECK(defs["group_role"]["enum"] == codes(model::terms<model::GroupRole>()));
    CHECK(defs["group_duty"]["enum"] == codes(model::terms<model::GroupDuty>()));
    CHECK(defs["case_trigger"]["enum"] == codes(model::terms<model::CaseTrigger>()));
    CHECK(defs["case_decision"]["enum"] == codes(model::terms<model::CaseDecision>()));
    CHECK(defs["rule_code"]["enum"] == codes(model::terms<model::AvoidanceRuleCode>()));
    CHECK(defs["severity"]["enum"] == codes(model::terms<model::Severity>()));
}

TEST_CASE("the example in docs/exchange-format.md imports", "[exchange]")
{
    std::ifstream in(std::filesystem::path(XUNCHA_SOURCE_DIR) / "docs" / "exchange-format.md");
    REQUIRE(in);
    const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto start = doc.find("```json\n");
    REQUIRE(start != std::string::npos);
    const auto end = doc.find("```", start + 8);
    REQUIRE(end != std::string::npos);

    auto database = test::memory_database();
    const auto report = app::import_dataset(*database, doc.substr(start + 8, end - start - 8), test::test_today());
    INFO(test::describe(report));
    CHECK(report.ok());
    CHECK(report.people == 1);
}

TEST_CASE("a failed export leaves no partial file behind", "[exchange]")
{
    // The target is a folder: the data is written beside it, the final rename fails.
    const auto folder = std::filesystem::temp_directory_path() / ("xuncha-export-" + std::to_string(::getpid()));
    const auto target = folder / "backup.json";
    std::filesystem::create_directories(target / "inside");
    auto database = test::memory_database();
    fill(*database);
    CHECK_THROWS_AS(app::export_dataset_to_file(*database, target), std::ios_base::failure);
    CHECK(std::filesystem::is_directory(target / "inside"));
    CHECK_FALSE(std::filesystem::exists(folder / "backup.json.part"));
    std::filesystem::remove_all(folder);
}

TEST_CASE("a document handed out in pieces is the same document, cut between records", "[exchange]")
{
    auto read = app::read_document(app::demo_dataset(), test::test_today());
    REQUIRE(read.problems.empty());
    const auto& demo = read.dataset;
    const auto text = app::write_document(demo);
    for (const std::size_t parallel_from : {std::size_t{2}, std::numeric_limits<std::size_t>::max()}) {
        INFO("people on two threads from " << parallel_from);
        std::vector<std::string> pieces;
        app::write_document(demo, parallel_from, 64 * 1024,
                            [&](std::string_view piece) { pieces.emplace_back(piece); });
        std::string joined;
        for (const auto& piece : pieces) joined += piece;
        CHECK(joined == text);
        // The first half of the people comes in pieces of at least 64 KiB as it is written.
        CHECK(pieces.size() > 3);
        for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
            INFO("piece " << i);
            CHECK(pieces[i].size() >= 64 * 1024);
            // After a person, or after the people's array: never a record cut in two.
            CHECK((pieces[i].back() == '}' || pieces[i].back() == ']'));
        }
    }
    // The one-piece form hands out the whole text at once when it is smaller than a piece.
    std::vector<std::string> whole;
    app::write_document(demo, [&](std::string_view piece) { whole.emplace_back(piece); });
    REQUIRE(whole.size() == 1);
    CHECK(whole.front() == text);
}

TEST_CASE("people written on two threads give the same document as one writer", "[exchange]")
{
    auto read = app::read_document(app::demo_dataset(), test::test_today());
    REQUIRE(read.problems.empty());
    const auto& demo = read.dataset;
    REQUIRE(demo.people.size() > 200);  // write_document() splits them
    constexpr auto one_writer = std::numeric_limits<std::size_t>::max();
    const auto text = app::write_document(demo, one_writer);
    CHECK(app::write_document(demo) == text);
    CHECK(app::write_document(demo, 2) == text);

    SECTION("none, one, two and three people")
    {
        auto few = demo;
        few.rounds.clear();
        few.avoidance_cases.clear();
        for (auto& unit : few.units)
            for (auto& leader : unit.leaders) leader.person_id.reset();
        for (std::size_t n = 0; n <= 3; ++n) {
            few.people.assign(demo.people.begin(), demo.people.begin() + static_cast<std::ptrdiff_t>(n));
            INFO(n << " people");
            CHECK(app::write_document(few, 1) == app::write_document(few, one_writer));
        }
    }

    SECTION("a bad reference is reported as one writer reports it")
    {
        auto broken = demo;
        broken.people.back().unit_id = model::UnitId(999'999);
        CHECK_THROWS_WITH(app::write_document(broken, 2),
                          "exchange: reference to unit 999999 which the dataset does not contain");
        // The first in the document, though the other half's writer also finds one.
        broken.people.front().unit_id = model::UnitId(888'888);
        CHECK_THROWS_WITH(app::write_document(broken, 2),
                          "exchange: reference to unit 888888 which the dataset does not contain");
    }
}
