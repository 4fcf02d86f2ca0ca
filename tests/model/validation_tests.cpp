#include "model/validation.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace xuncha::model;

template <>
struct Catch::StringMaker<Problem> {
    static std::string convert(const Problem& p)
    {
        return "{field " + std::to_string(static_cast<int>(p.field)) + ", code " + std::to_string(static_cast<int>(p.code)) +
               ", index " + std::to_string(p.index) + "}";
    }
};

namespace {

const Date validated_on(2026, 11, 28);

Person valid_person()
{
    Person p;
    p.name = "王晓燕";
    p.gender = Gender::female;
    p.birth_date = Date(1949, 12, 31);
    p.id_number = "11010519491231002X";
    p.party_join_date = Date(1970, 7, 1);
    p.work_start_date = Date(1968, 9, 1);
    p.mobile = "13912345678";
    p.work_history.push_back({WorkHistoryId{}, UnitId{3}, "", "", "党委书记", Date(2019, 3, 1), std::nullopt, true, true});
    p.relatives.push_back({RelativeId{}, "配偶", "李某", Date(1948, 2, 1), PoliticalStatus::party_member, std::nullopt,
                           "某公司", "职员", false});
    p.memberships.push_back({MembershipId{}, PoolId{1}, MembershipStatus::active, EntryMethod::unspecified, Date(2020, 1, 1), std::nullopt, "", "", std::nullopt, {}});
    p.trainings.push_back({TrainingAttendanceId{}, TrainingId{4}, Attendance::attended, ""});
    p.commendations.push_back({CommendationId{}, Date(2023, 12, 1), "全县优秀巡察干部", "中共青禾县委", CommendationLevel::county,
                               "青发〔2023〕9号", ""});
    p.assessments.push_back({AssessmentId{}, 2025, AssessmentResult::excellent, ""});
    p.integrity_opinions.push_back({IntegrityOpinionId{}, Date(2026, 3, 1), "县纪委监委", "", true, "未发现问题", ""});
    Pledge pledge;
    pledge.pool_id = PoolId{1};
    pledge.signed_date = Date(2020, 1, 1);
    pledge.scan = Attachment{AttachmentId{}, "scan.pdf", "application/pdf", "", 1000, {}};
    p.pledges.push_back(pledge);
    p.photo = Attachment{AttachmentId{}, "photo.jpg", "image/jpeg", "", 50000, {}};
    Secondment secondment;
    secondment.task = "十五届县委第三轮巡察";
    secondment.start = Date(2025, 3, 1);
    secondment.end = Date(2025, 5, 31);
    p.secondments.push_back(secondment);
    p.declined_secondments.push_back({DeclinedSecondmentId{}, Date(2024, 9, 1), "第二轮巡察", "单位工作繁重"});
    return p;
}

struct Case {
    const char* what;
    std::function<void(Person&)> change;
    Problem expected;
};

}  // namespace

TEST_CASE("a complete, consistent record has no problems", "[validation]")
{
    CHECK(validate(valid_person(), validated_on).empty());
}

TEST_CASE("each field rule reports its problem at its field", "[validation]")
{
    const std::vector<Case> cases{
        {"name required", [](Person& p) { p.name.clear(); }, {Field::name, ProblemCode::required}},
        {"name too long", [](Person& p) { p.name = std::string(31, 'x'); },
         {Field::name, ProblemCode::too_long}},
        {"gender required", [](Person& p) { p.gender = Gender::unspecified; p.id_number.clear(); },
         {Field::gender, ProblemCode::required}},
        {"birth date required", [](Person& p) { p.birth_date.reset(); }, {Field::birth_date, ProblemCode::required}},
        {"birth date before 1900", [](Person& p) { p.birth_date = Date(1899, 12, 31); p.id_number.clear(); },
         {Field::birth_date, ProblemCode::implausible_date}},
        {"work start before birth", [](Person& p) { p.work_start_date = Date(1949, 12, 30); },
         {Field::work_start_date, ProblemCode::before_birth}},
        {"working before sixteen", [](Person& p) { p.work_start_date = Date(1965, 12, 30); },
         {Field::work_start_date, ProblemCode::too_young}},
        {"joining the Party before eighteen", [](Person& p) { p.party_join_date = Date(1967, 12, 30); },
         {Field::party_join_date, ProblemCode::too_young}},
        {"joining the Party in the future", [](Person& p) { p.party_join_date = Date(2027, 1, 1); },
         {Field::party_join_date, ProblemCode::in_future}},
        {"mobile too short", [](Person& p) { p.mobile = "1391234567"; }, {Field::mobile, ProblemCode::mobile_bad_format}},
        {"mobile not starting 13-19", [](Person& p) { p.mobile = "12912345678"; }, {Field::mobile, ProblemCode::mobile_bad_format}},
        {"mobile with letters", [](Person& p) { p.mobile = "1391234567a"; }, {Field::mobile, ProblemCode::mobile_bad_format}},
        {"ID number format", [](Person& p) { p.id_number = "11010519491231002"; }, {Field::id_number, ProblemCode::id_bad_format}},
        {"ID number date", [](Person& p) { p.id_number = "110105194902300021"; }, {Field::id_number, ProblemCode::id_bad_birth_date}},
        {"ID number checksum", [](Person& p) { p.id_number = "110105194912310021"; }, {Field::id_number, ProblemCode::id_bad_checksum}},
        {"ID number birth date differs", [](Person& p) { p.birth_date = Date(1949, 12, 30); },
         {Field::id_number, ProblemCode::id_birth_mismatch}},
        {"ID number sex differs", [](Person& p) { p.gender = Gender::male; }, {Field::id_number, ProblemCode::id_gender_mismatch}},
        {"specialty twice", [](Person& p) { p.specialties = {SpecialtyId{2}, SpecialtyId{2}}; },
         {Field::specialties, ProblemCode::duplicate}},
        {"work history without unit", [](Person& p) { p.work_history[0].unit_id.reset(); },
         {Field::work_history_unit, ProblemCode::required, 0}},
        {"work history without post", [](Person& p) { p.work_history[0].post.clear(); },
         {Field::work_history_post, ProblemCode::required, 0}},
        {"work history without start", [](Person& p) { p.work_history[0].start.reset(); },
         {Field::work_history_start, ProblemCode::required, 0}},
        {"work history ending before it starts", [](Person& p) { p.work_history[0].end = Date(2019, 2, 28); },
         {Field::work_history_end, ProblemCode::end_before_start, 0}},
        {"work history ending in the future", [](Person& p) { p.work_history[0].end = Date(2027, 1, 1); },
         {Field::work_history_end, ProblemCode::in_future, 0}},
        {"relative without title", [](Person& p) { p.relatives[0].title.clear(); },
         {Field::relative_title, ProblemCode::required, 0}},
        {"relative without name", [](Person& p) { p.relatives[0].name.clear(); },
         {Field::relative_name, ProblemCode::required, 0}},
        {"relative born in the future", [](Person& p) { p.relatives[0].birth_date = Date(2027, 1, 1); },
         {Field::relative_birth_date, ProblemCode::in_future, 0}},
        {"membership without pool", [](Person& p) { p.memberships[0].pool_id = PoolId{}; },
         {Field::membership_pool, ProblemCode::required, 0}},
        {"exit before entry", [](Person& p) { p.memberships[0].exit_date = Date(2019, 12, 31); },
         {Field::membership_exit_date, ProblemCode::end_before_start, 0}},
        {"exit without date",
         [](Person& p) { p.memberships[0].status = MembershipStatus::exited; p.memberships[0].exit_reason = "岗位变动"; },
         {Field::membership_exit_date, ProblemCode::exit_without_date, 0}},
        {"exit without reason",
         [](Person& p) { p.memberships[0].status = MembershipStatus::exited; p.memberships[0].exit_date = Date(2024, 1, 1); },
         {Field::membership_exit_reason, ProblemCode::exit_without_reason, 0}},
        {"photo too large", [](Person& p) { p.photo->size = max_attachment_size + 1; }, {Field::photo, ProblemCode::file_too_large}},
        {"photo not an image", [](Person& p) { p.photo->media_type = "application/pdf"; }, {Field::photo, ProblemCode::unsupported_file}},
        {"training not chosen", [](Person& p) { p.trainings[0].training_id = TrainingId{}; }, {Field::training, ProblemCode::required, 0}},
        {"commendation without title", [](Person& p) { p.commendations[0].title.clear(); },
         {Field::commendation_title, ProblemCode::required, 0}},
        {"commendation in the future", [](Person& p) { p.commendations[0].date = Date(2026, 12, 1); },
         {Field::commendation_date, ProblemCode::in_future, 0}},
        {"assessment year too early", [](Person& p) { p.assessments[0].year = 1949; }, {Field::assessment_year, ProblemCode::out_of_range, 0}},
        {"assessment year to come", [](Person& p) { p.assessments[0].year = 2027; }, {Field::assessment_year, ProblemCode::out_of_range, 0}},
        {"the same year assessed twice", [](Person& p) { p.assessments.push_back(p.assessments[0]); },
         {Field::assessment_year, ProblemCode::duplicate, 1}},
        {"integrity opinion without date", [](Person& p) { p.integrity_opinions[0].date.reset(); },
         {Field::integrity_opinion_date, ProblemCode::required, 0}},
        {"integrity opinion without issuer", [](Person& p) { p.integrity_opinions[0].issuer.clear(); },
         {Field::integrity_opinion_issuer, ProblemCode::required, 0}},
        {"pool-entry pledge without pool", [](Person& p) { p.pledges[0].pool_id.reset(); }, {Field::pledge_pool, ProblemCode::required, 0}},
        {"round pledge without round", [](Person& p) { p.pledges[0].scope = PledgeScope::round; },
         {Field::pledge_round, ProblemCode::required, 0}},
        {"pledge not signed", [](Person& p) { p.pledges[0].signed_date.reset(); }, {Field::pledge_signed_date, ProblemCode::required, 0}},
        {"pledge signed in the future", [](Person& p) { p.pledges[0].signed_date = Date(2026, 11, 29); },
         {Field::pledge_signed_date, ProblemCode::in_future, 0}},
        {"pledge scan of an unknown type", [](Person& p) { p.pledges[0].scan->media_type = "application/zip"; },
         {Field::pledge_scan, ProblemCode::unsupported_file, 0}},
        {"secondment without task", [](Person& p) { p.secondments[0].task.clear(); }, {Field::secondment_task, ProblemCode::required, 0}},
        {"secondment without start", [](Person& p) { p.secondments[0].start.reset(); }, {Field::secondment_start, ProblemCode::required, 0}},
        {"secondment ending before it starts", [](Person& p) { p.secondments[0].end = Date(2025, 2, 28); },
         {Field::secondment_end, ProblemCode::end_before_start, 0}},
        {"secondments overlapping by one day",
         [](Person& p) {
             auto second = p.secondments[0];
             second.start = Date(2025, 5, 31);
             second.end = Date(2025, 7, 31);
             p.secondments.push_back(second);
         },
         {Field::secondment_start, ProblemCode::overlaps, 1}},
        {"an open secondment overlapping a later one",
         [](Person& p) {
             p.secondments[0].end.reset();
             auto second = p.secondments[0];
             second.start = Date(2026, 10, 1);
             second.end = Date(2026, 11, 1);
             p.secondments.push_back(second);
         },
         {Field::secondment_start, ProblemCode::overlaps, 1}},
        {"declined without date", [](Person& p) { p.declined_secondments[0].date.reset(); },
         {Field::declined_date, ProblemCode::required, 0}},
        {"declined without reason", [](Person& p) { p.declined_secondments[0].reason.clear(); },
         {Field::declined_reason, ProblemCode::required, 0}},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        auto person = valid_person();
        c.change(person);
        CHECK(validate(person, validated_on) == std::vector<Problem>{c.expected});
    }
}

TEST_CASE("a birth date in the future is refused, and dates after it are not judged against it", "[validation]")
{
    auto p = valid_person();
    p.birth_date = Date(2026, 11, 29);
    p.id_number.clear();
    CHECK(validate(p, validated_on) == std::vector<Problem>{{Field::birth_date, ProblemCode::in_future}});
}

TEST_CASE("limits are inclusive: the sixteenth and eighteenth birthdays and today are allowed", "[validation]")
{
    auto p = valid_person();
    p.work_start_date = Date(1965, 12, 31);
    p.party_join_date = Date(1967, 12, 31);
    p.memberships[0].entry_date = validated_on;
    p.work_history[0].end = validated_on;
    CHECK(validate(p, validated_on).empty());
}

TEST_CASE("the same pool twice is reported at the second membership", "[validation]")
{
    auto p = valid_person();
    p.memberships.push_back(p.memberships[0]);
    CHECK(validate(p, validated_on) == std::vector<Problem>{{Field::membership_pool, ProblemCode::duplicate, 1}});
}

TEST_CASE("several problems are all reported, sub-records with their position", "[validation]")
{
    auto p = valid_person();
    p.name.clear();
    p.mobile = "123";
    p.work_history.push_back(p.work_history[0]);
    p.work_history[1].post.clear();
    const auto problems = validate(p, validated_on);
    CHECK(problems.size() == 3);
    CHECK(std::find(problems.begin(), problems.end(), Problem{Field::work_history_post, ProblemCode::required, 1}) !=
          problems.end());
}

TEST_CASE("text lengths count characters, not bytes", "[validation]")
{
    CHECK(utf8_length("王晓燕") == 3);
    auto p = valid_person();
    p.name.clear();
    for (int i = 0; i < 30; ++i) p.name += "王";
    CHECK(validate(p, validated_on).empty());
    p.name += "王";
    CHECK(validate(p, validated_on) == std::vector<Problem>{{Field::name, ProblemCode::too_long}});
}

namespace {

Unit linked_unit(long long id, const char* name, std::optional<long long> parent = {}, std::optional<long long> supervisor = {})
{
    Unit u;
    u.id = UnitId{id};
    u.name = name;
    if (parent) u.parent_id = UnitId{*parent};
    if (supervisor) u.supervisor_id = UnitId{*supervisor};
    return u;
}

}  // namespace

TEST_CASE("a unit needs a name unique among its siblings", "[validation][unit]")
{
    const std::vector<Unit> all{linked_unit(1, "城关镇"), linked_unit(2, "东村", 1), linked_unit(3, "西镇")};
    CHECK(validate(linked_unit(0, "南村", 1), all).empty());
    CHECK(validate(linked_unit(0, "东村", 1), all) == std::vector<Problem>{{Field::unit_name, ProblemCode::duplicate}});
    CHECK(validate(linked_unit(0, "东村", 3), all).empty());  // another township may have its own 东村
    CHECK(validate(linked_unit(2, "东村", 1), all).empty());  // editing itself is no duplicate
    CHECK(validate(linked_unit(0, "", 1), all) == std::vector<Problem>{{Field::unit_name, ProblemCode::required}});
}

TEST_CASE("a unit cannot be its own ancestor through parent or supervisor links", "[validation][unit]")
{
    const std::vector<Unit> all{linked_unit(1, "县委"), linked_unit(2, "组织部", 1), linked_unit(3, "党员服务中心", 2), linked_unit(4, "财政局", {}, 1)};
    CHECK(validate(linked_unit(1, "县委", 3), all) == std::vector<Problem>{{Field::unit_parent, ProblemCode::cycle}});
    CHECK(validate(linked_unit(2, "组织部", 2), all) == std::vector<Problem>{{Field::unit_parent, ProblemCode::cycle}});
    CHECK(validate(linked_unit(1, "县委", {}, 4), all) == std::vector<Problem>{{Field::unit_supervisor, ProblemCode::cycle}});
    CHECK(validate(linked_unit(3, "党员服务中心", 2, 4), all).empty());
    CHECK(validate(linked_unit(0, "新单位", 99), all) == std::vector<Problem>{{Field::unit_parent, ProblemCode::unknown_reference}});
}

TEST_CASE("catalogue names are required, short and unique", "[validation][catalog]")
{
    const std::vector<std::string> others{"审计", "法律"};
    CHECK(validate_catalog_name("财政/财会", others).empty());
    CHECK(validate_catalog_name("审计", others) == std::vector<Problem>{{Field::catalog_name, ProblemCode::duplicate}});
    CHECK(validate_catalog_name("", others) == std::vector<Problem>{{Field::catalog_name, ProblemCode::required}});
}

TEST_CASE("secondments that touch without overlapping are accepted", "[validation]")
{
    auto p = valid_person();
    auto second = p.secondments[0];
    second.start = Date(2025, 6, 1);
    second.end = Date(2025, 8, 31);
    p.secondments.push_back(second);
    CHECK(validate(p, validated_on).empty());
}

TEST_CASE("a training event needs a topic, a start, an end not before it and sensible hours", "[validation]")
{
    Training t;
    t.topic = "巡察干部业务培训班";
    t.start = Date(2026, 4, 1);
    t.end = Date(2026, 4, 3);
    t.hours = 24;
    CHECK(validate(t, validated_on).empty());
    auto bad = t;
    bad.topic.clear();
    CHECK(validate(bad, validated_on) == std::vector<Problem>{{Field::training_topic, ProblemCode::required}});
    bad = t;
    bad.end = Date(2026, 3, 31);
    CHECK(validate(bad, validated_on) == std::vector<Problem>{{Field::training_end, ProblemCode::end_before_start}});
    bad = t;
    bad.hours = 1001;
    CHECK(validate(bad, validated_on) == std::vector<Problem>{{Field::training_hours, ProblemCode::out_of_range}});
    bad = t;
    bad.start.reset();
    CHECK(validate(bad, validated_on) == std::vector<Problem>{{Field::training_start, ProblemCode::required}});
}

TEST_CASE("declined secondments are counted within a look-back, never typed", "[validation]")
{
    auto p = valid_person();
    p.declined_secondments.push_back({DeclinedSecondmentId{}, Date(2023, 11, 28), "第一轮", "身体原因"});
    p.declined_secondments.push_back({DeclinedSecondmentId{}, Date(2023, 11, 27), "第一轮", "身体原因"});
    CHECK(declined_count(p, validated_on) == 3);
    CHECK(declined_count(p, validated_on, 3) == 2);  // 2023-11-28 is exactly three years back: inside
}
