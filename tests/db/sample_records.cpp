#include "sample_records.h"

#include "db/audit_repository.h"
#include "db/catalog_repository.h"
#include "db/person_repository.h"
#include "db/training_repository.h"
#include "db/unit_repository.h"

#include <catch2/catch.hpp>

namespace xuncha::test {

model::Date day(const char* iso)
{
    const auto date = model::parse_iso_date(iso);
    REQUIRE(date);
    return *date;
}

model::Unit unit_named(const std::string& name, std::optional<model::UnitId> parent)
{
    model::Unit unit;
    unit.name = name;
    unit.parent_id = parent;
    return unit;
}

SampleCatalog make_catalog(db::Database& database)
{
    SampleCatalog catalog;
    db::UnitRepository units(database);
    db::Transaction tx(database);

    catalog.county = unit_named("示范县委");
    catalog.county.short_name = "县委";
    catalog.county.type = model::UnitType::party_committee;
    catalog.county.jurisdiction = "示范县";
    units.create(tx, catalog.county);

    catalog.town = unit_named("城关镇", catalog.county.id);
    catalog.town.type = model::UnitType::township;
    catalog.town.jurisdiction = "示范县";
    catalog.town.sort_order = 1;
    units.create(tx, catalog.town);

    catalog.village = unit_named("东关村", catalog.town.id);
    catalog.village.type = model::UnitType::village;
    catalog.village.supervisor_id = catalog.county.id;
    catalog.village.sort_order = 2;
    units.create(tx, catalog.village);
    tx.commit();

    db::CatalogRepository catalogues(database);
    catalog.specialties = catalogues.specialties();
    catalog.pools = catalogues.pools();
    REQUIRE(catalog.specialties.size() >= 7);
    REQUIRE(catalog.pools.size() == 3);
    return catalog;
}

model::Person full_person(const SampleCatalog& catalog)
{
    model::Person p;
    p.name = "王秀英";
    p.gender = model::Gender::female;
    p.ethnicity = "回族";
    p.birth_date = day("1949-12-31");
    p.native_place = "北京市朝阳区";
    p.birth_place = "北京市东城区";
    p.political_status = model::PoliticalStatus::party_member;
    p.party_join_date = day("1975-07-01");
    p.work_start_date = day("1968-09-01");
    p.fulltime_education = {model::EducationLevel::bachelor, model::Degree::bachelor, "北京大学", "法学"};
    p.inservice_education = {model::EducationLevel::master, model::Degree::master, "中央党校", "政治学"};
    p.professional_title = "高级经济师";
    p.expertise = "财务审计、案件查办";
    p.unit_id = catalog.town.id;
    p.department = "纪委";
    p.post = "纪委书记";
    p.rank = model::Rank::section;
    p.holds_leadership_post = true;
    p.mobile = "13800138000";
    p.id_number = "11010519491231002X";
    p.health = "健康";
    p.remark = "曾参加两轮巡察";
    p.specialties = {catalog.specialties[0].id, catalog.specialties[6].id};

    model::WorkHistoryEntry current;
    current.unit_id = catalog.town.id;
    current.department = "纪委";
    current.post = "纪委书记";
    current.start = day("2015-03-01");
    current.leadership_member = true;
    current.principal_head = false;
    model::WorkHistoryEntry earlier;
    earlier.unit_name = "示范县审计局（已撤销）";
    earlier.department = "财政审计股";
    earlier.post = "股长";
    earlier.start = day("2005-01-01");
    earlier.end = day("2015-02-28");
    earlier.principal_head = true;
    p.work_history = {current, earlier};

    model::Relative spouse;
    spouse.title = "配偶";
    spouse.name = "李建国";
    spouse.birth_date = day("1948-05-04");
    spouse.political_status = model::PoliticalStatus::party_member;
    spouse.employer_unit_id = catalog.village.id;
    spouse.post = "党支部书记";
    spouse.is_leader = true;
    model::Relative son;
    son.title = "儿子";
    son.name = "李明";
    son.employer_name = "示范县第一中学";
    son.post = "教师";
    p.relatives = {spouse, son};

    model::PoolMembership leader;
    leader.pool_id = catalog.pools[0].id;
    leader.status = model::MembershipStatus::active;
    leader.entry_date = day("2020-06-01");
    leader.remark = "县委巡察办推荐";
    model::PoolMembership expert;
    expert.pool_id = catalog.pools[2].id;
    expert.status = model::MembershipStatus::exited;
    expert.entry_date = day("2018-01-01");
    expert.exit_date = day("2021-12-31");
    expert.exit_reason = "岗位变动";
    p.memberships = {leader, expert};
    return p;
}

std::vector<model::Training> make_trainings(db::Database& database)
{
    model::Training course;
    course.topic = "2026年度巡察干部业务培训班";
    course.type = "巡察业务培训";
    course.start = day("2026-03-02");
    course.end = day("2026-03-06");
    course.hours = 40;
    course.organiser = "县委巡察办";
    course.remark = "全脱产";
    model::Training lecture;
    lecture.topic = "巡察工作条例专题讲座";
    lecture.type = "专题讲座";
    lecture.hours = 3;
    db::TrainingRepository repository(database);
    db::Transaction tx(database);
    repository.create(tx, course);
    repository.create(tx, lecture);
    tx.commit();
    return {course, lecture};
}

model::Attachment new_attachment(const std::string& file_name, const std::string& bytes)
{
    model::Attachment attachment;
    attachment.file_name = file_name;
    attachment.content = std::make_shared<const std::string>(bytes);
    return attachment;
}

std::string binary_bytes(const std::string& tag)
{
    std::string bytes;
    for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
    return bytes + tag;
}

namespace {

model::MembershipStep step(std::optional<model::MembershipStatus> from, model::MembershipStatus to, const char* date,
                           const std::string& decided_by, const std::string& document = {},
                           const std::string& remark = {})
{
    model::MembershipStep s;
    s.from = from;
    s.to = to;
    s.date = day(date);
    s.decided_by = decided_by;
    s.document_number = document;
    s.remark = remark;
    return s;
}

// 推荐 → 资格审查 → 考察 → 审定 → 在库, the last step on `entered`.
std::vector<model::MembershipStep> steps_to_active(int year, const char* entered)
{
    using S = model::MembershipStatus;
    const auto y = std::to_string(year);
    return {
        step(std::nullopt, S::recommended, (y + "-09-01").c_str(), "城关镇党委", {}, "单位推荐"),
        step(S::recommended, S::qualification_review, (y + "-10-08").c_str(), "县委巡察办"),
        step(S::qualification_review, S::vetting, (y + "-11-20").c_str(), "县纪委监委"),
        step(S::vetting, S::approved, (y + "-12-20").c_str(), "县委巡察工作领导小组", "示巡组〔" + y + "〕2号"),
        step(S::approved, S::active, entered, "县委巡察办"),
    };
}

}  // namespace

model::Person complete_person(const SampleCatalog& catalog, const std::vector<model::Training>& trainings)
{
    REQUIRE(trainings.size() >= 2);
    auto p = full_person(catalog);
    p.professional_title_level = model::TitleLevel::associate_senior;
    p.reserve_cadre = true;
    p.frontline_experience = "2018-2021 驻东关村第一书记";
    p.photo = new_attachment("王秀英.jpg", binary_bytes("photo"));

    auto& leader = p.memberships.at(0);
    leader.entry_method = model::EntryMethod::recommended;
    leader.reviewed_on = day("2025-12-20");
    leader.steps = steps_to_active(2019, "2020-06-01");
    auto& expert = p.memberships.at(1);
    expert.entry_method = model::EntryMethod::self;
    expert.steps = steps_to_active(2016, "2018-01-01");
    expert.steps[3].override_reason = "职称为中级，经领导小组研究同意";
    expert.steps.push_back(step(model::MembershipStatus::active, model::MembershipStatus::exited, "2021-12-31",
                                "县委巡察办", "示巡办〔2021〕9号", "岗位变动"));

    p.trainings = {{{}, trainings[0].id, model::Attendance::attended, {}},
                   {{}, trainings[1].id, model::Attendance::excused, "因公请假"}};

    model::Commendation commendation;
    commendation.date = day("2022-01-15");
    commendation.title = "全县优秀巡察干部";
    commendation.awarding_body = "中共示范县委";
    commendation.level = model::CommendationLevel::county;
    commendation.document_number = "示委发〔2022〕3号";
    commendation.remark = "第二轮巡察";
    p.commendations = {commendation};

    p.assessments = {{{}, 2023, model::AssessmentResult::excellent, {}},
                     {{}, 2024, model::AssessmentResult::competent, "病假三个月"}};

    model::IntegrityOpinion clear;
    clear.date = day("2025-03-01");
    clear.issuer = "县纪委监委党风政风监督室";
    clear.document_number = "示纪函〔2025〕12号";
    clear.clear = true;
    clear.content = "未发现影响使用的问题";
    model::IntegrityOpinion concern;
    concern.date = day("2021-02-01");
    concern.issuer = "县纪委监委";
    concern.clear = false;
    concern.content = "2020年受到诫勉谈话";
    concern.remark = "已满影响期";
    p.integrity_opinions = {clear, concern};

    model::Pledge entry;
    entry.type = model::PledgeType::integrity;
    entry.scope = model::PledgeScope::pool_entry;
    entry.pool_id = catalog.pools[0].id;
    entry.signed_date = day("2020-06-01");
    entry.recipient = "县委巡察办";
    entry.scan = new_attachment("王秀英廉洁承诺书.pdf", binary_bytes("pledge scan"));
    model::Pledge round;
    round.type = model::PledgeType::confidentiality;
    round.scope = model::PledgeScope::round;
    round.round_name = "十五届县委第三轮巡察";
    round.signed_date = day("2024-03-10");
    round.recipient = "第一巡察组";
    round.remark = "补签";
    p.pledges = {entry, round};

    model::Secondment third;
    third.task = "十五届县委第三轮巡察";
    third.group_name = "第一巡察组";
    third.role = "组长";
    third.seconding_body = "县委组织部";
    third.notice_number = "示组通〔2024〕8号";
    third.notice_date = day("2024-03-01");
    third.start = day("2024-03-10");
    third.end = day("2024-05-10");
    third.evaluation = model::AssessmentResult::excellent;
    model::Secondment second;
    second.task = "十五届县委第二轮巡察";
    second.group_name = "第三巡察组";
    second.role = "成员";
    second.start = day("2023-09-01");
    second.remark = "鉴定待出";
    p.secondments = {third, second};

    p.declined_secondments = {{{}, day("2023-03-01"), "十五届县委第一轮巡察", "单位工作繁重"}};
    return p;
}

std::vector<model::Person> varied_people(const SampleCatalog& catalog, const std::vector<model::Training>& trainings,
                                         int count)
{
    std::vector<model::Person> people;
    const auto complete = complete_person(catalog, trainings);
    for (int i = 0; i < count; ++i) {
        auto p = complete;
        p.name = i % 3 == 0 ? "张三" : (i % 3 == 1 ? "李四" : "欧阳娜娜");
        p.id_number.clear();
        p.mobile = "139" + std::to_string(20000000 + i);
        // Each kind of sub-record kept in 0, 1 or all of its entries, differently for each person.
        const auto keep = [&](auto& entries, int salt) {
            const int mode = (i + salt) % 3;
            if (mode == 0) entries.clear();
            else if (mode == 1 && entries.size() > 1) entries.resize(1);
        };
        keep(p.specialties, 0);
        keep(p.work_history, 1);
        keep(p.relatives, 2);
        keep(p.memberships, 0);
        keep(p.trainings, 1);
        keep(p.commendations, 2);
        keep(p.assessments, 0);
        keep(p.integrity_opinions, 1);
        keep(p.pledges, 2);
        keep(p.secondments, 0);
        keep(p.declined_secondments, 1);
        for (auto& membership : p.memberships) membership.steps.resize(static_cast<std::size_t>(i % 4));
        if (i % 4 == 0) p.photo.reset();
        else p.photo = new_attachment("照片" + std::to_string(i) + ".png", binary_bytes("photo " + std::to_string(i)));
        for (auto& pledge : p.pledges)
            if (pledge.scan) pledge.scan = new_attachment("承诺书.pdf", binary_bytes("scan " + std::to_string(i % 5)));
        p.reserve_cadre = i % 2 == 0;
        p.professional_title_level = i % 5 == 0 ? model::TitleLevel::none : model::TitleLevel::senior;
        people.push_back(std::move(p));
    }
    return people;
}

model::Person created(db::Database& database, model::Person person)
{
    db::Transaction tx(database);
    db::PersonRepository(database).create(tx, person);
    tx.commit();
    return person;
}

void updated(db::Database& database, model::Person& person)
{
    db::Transaction tx(database);
    db::PersonRepository(database).update(tx, person);
    tx.commit();
}

model::Person plain_person(const std::string& name, const std::string& id_number, model::UnitId unit)
{
    model::Person p;
    p.name = name;
    p.id_number = id_number;
    p.unit_id = unit;
    return p;
}

namespace {

model::AuditEntry last_entry(db::Database& database, const char* entity, long long id)
{
    const auto entries = db::AuditRepository(database).list({entity, id, 1, true});
    REQUIRE(entries.size() == 1);
    return entries.front();
}

}  // namespace

model::AuditEntry last_person_entry(db::Database& database, model::PersonId id)
{
    return last_entry(database, "person", id.value());
}

model::AuditEntry last_unit_entry(db::Database& database, model::UnitId id)
{
    return last_entry(database, "unit", id.value());
}

std::vector<std::string> fields_of(const model::AuditEntry& entry)
{
    std::vector<std::string> fields;
    for (const auto& change : entry.changes) fields.push_back(change.field);
    std::sort(fields.begin(), fields.end());
    return fields;
}

const model::FieldChange* change_of(const model::AuditEntry& entry, const std::string& field)
{
    const auto it = std::find_if(entry.changes.begin(), entry.changes.end(),
                                 [&](const model::FieldChange& c) { return c.field == field; });
    return it != entry.changes.end() ? &*it : nullptr;
}

}  // namespace xuncha::test
