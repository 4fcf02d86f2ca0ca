// Bad exchange documents: every problem is reported at its JSON path, and nothing is written.

#include "exchange_test_support.h"

#include "app/exchange/base64.h"
#include "app/exchange/demo.h"
#include "app/exchange/document_reader.h"
#include "app/exchange/exchange.h"
#include "db/person_repository.h"
#include "db/settings_repository.h"
#include "db/unit_repository.h"
#include "model/settings.h"

#include <catch2/catch.hpp>

#include <functional>
#include <string>

using namespace xuncha;
using nlohmann::json;

namespace {


bool has_problem(const app::ImportReport& report, const std::string& path, const std::string& fragment)
{
    for (const auto& problem : report.problems)
        if (problem.path == path && problem.message.find(fragment) != std::string::npos) return true;
    return false;
}

// Imports `text` into a fresh database and checks that the import was refused and wrote nothing.
app::ImportReport refused_import(const std::string& text)
{
    auto database = test::memory_database();
    const auto before = test::count_rows(*database);
    auto report = app::import_dataset(*database, text, test::test_today());
    INFO(test::describe(report));
    CHECK_FALSE(report.ok());
    CHECK(report.people == 0);
    CHECK(report.units == 0);
    CHECK(test::count_rows(*database) == before);
    return report;
}

struct BadCase {
    const char* what;
    std::function<void(json&)> spoil;
    const char* path;
    const char* fragment;  // part of the Chinese message
};

}  // namespace

TEST_CASE("the small test document imports cleanly", "[exchange]")
{
    auto database = test::memory_database();
    const auto report = app::import_dataset(*database, test::small_document().dump(2), test::test_today());
    INFO(test::describe(report));
    REQUIRE(report.ok());
    CHECK(report.units == 2);
    CHECK(report.people == 1);
    CHECK(report.specialties_created == 1);  // 审计 exists already, 巡察测试特长 does not
    CHECK(report.pools_created == 1);
}

TEST_CASE("each kind of bad value is reported at its JSON path and nothing is written", "[exchange]")
{
    const std::vector<BadCase> cases = {
        {"a missing name", [](json& d) { d["people"][0].erase("name"); }, "$.people[0].name", "缺少姓名"},
        {"a name that is a number", [](json& d) { d["people"][0]["name"] = 42; }, "$.people[0].name", "应为文本"},
        {"an empty name", [](json& d) { d["people"][0]["name"] = ""; }, "$.people[0].name", "姓名不能为空"},
        {"a misspelt key", [](json& d) { d["people"][0]["nmae"] = "x"; }, "$.people[0].nmae", "未知字段"},
        {"an unknown top-level section", [](json& d) { d["teams"] = json::array(); }, "$.teams", "未知字段"},
        {"rounds in a version 1 file", [](json& d) { d["rounds"] = json::array(); }, "$.rounds", "格式版本3才有的字段"},
        {"an unknown gender code", [](json& d) { d["people"][0]["gender"] = "f"; }, "$.people[0].gender", "代码“f”无效"},
        {"a missing political status", [](json& d) { d["people"][0].erase("political_status"); },
         "$.people[0].political_status", "缺少政治面貌"},
        {"an impossible date", [](json& d) { d["people"][0]["birth_date"] = "1985-02-30"; }, "$.people[0].birth_date",
         "不是有效日期"},
        {"a date in another format", [](json& d) { d["people"][0]["birth_date"] = "1985/03/14"; },
         "$.people[0].birth_date", "YYYY-MM-DD"},
        {"a date that is a number", [](json& d) { d["people"][0]["work_start_date"] = 20070801; },
         "$.people[0].work_start_date", "日期文本"},
        {"a birth date after today", [](json& d) { d["people"][0]["birth_date"] = "2027-01-01"; },
         "$.people[0].birth_date", "晚于今天"},
        {"joining the Party at 15", [](json& d) { d["people"][0]["party_join_date"] = "2000-06-30"; },
         "$.people[0].party_join_date", "入党时未满18周岁"},
        {"an ID number with a wrong check character",
         [](json& d) {
             auto number = d["people"][0]["id_number"].get<std::string>();
             number.back() = number.back() == '0' ? '1' : '0';
             d["people"][0]["id_number"] = number;
         },
         "$.people[0].id_number", "校验位错误"},
        {"an ID number of another birth date",
         [](json& d) { d["people"][0]["id_number"] = test::id_number_for("1985-03-15", false); },
         "$.people[0].id_number", "出生日期不一致"},
        {"an ID number of a man for a woman",
         [](json& d) { d["people"][0]["id_number"] = test::id_number_for("1985-03-14", true); },
         "$.people[0].id_number", "性别"},
        {"a short ID number", [](json& d) { d["people"][0]["id_number"] = "110105"; }, "$.people[0].id_number", "18位"},
        {"a bad mobile number", [](json& d) { d["people"][0]["mobile"] = "12345"; }, "$.people[0].mobile", "手机号码"},
        {"a person at a unit the file lacks", [](json& d) { d["people"][0]["unit"] = 99; }, "$.people[0].unit",
         "编号 99 在本文件的 units 中不存在"},
        {"a unit id of zero", [](json& d) { d["units"][0]["id"] = 0; }, "$.units[0].id", "正整数"},
        {"a unit id that is not whole", [](json& d) { d["units"][0]["id"] = 1.5; }, "$.units[0].id", "正整数"},
        {"two units with one id", [](json& d) { d["units"][1]["id"] = 1; }, "$.units[1].id", "与 $.units[0] 重复"},
        {"two people with one id",
         [](json& d) {
             auto twin = d["people"][0];
             twin["id_number"] = "";
             twin["name"] = "单文秀";
             d["people"].push_back(twin);
         },
         "$.people[1].id", "与 $.people[0] 重复"},
        {"two people with one ID number",
         [](json& d) {
             auto twin = d["people"][0];
             twin["id"] = 8;
             twin["name"] = "单文秀";
             d["people"].push_back(twin);
         },
         "$.people[1].id_number", "与 $.people[0] 的相同"},
        {"a parent unit the file lacks", [](json& d) { d["units"][1]["parent"] = 5; }, "$.units[1].parent",
         "上级单位编号 5"},
        {"units that are each other's parent", [](json& d) { d["units"][0]["parent"] = 2; }, "$.units[0].parent",
         "循环"},
        {"a unit that supervises itself", [](json& d) { d["units"][1]["supervisor"] = 2; }, "$.units[1].supervisor",
         "循环"},
        {"two units of one name under one parent",
         [](json& d) {
             auto twin = d["units"][1];
             twin["id"] = 3;
             d["units"].push_back(twin);
         },
         "$.units[2].name", "同名"},
        {"an unknown unit type", [](json& d) { d["units"][0]["type"] = "乡镇"; }, "$.units[0].type", "township"},
        {"a specialty missing from the catalogue", [](json& d) { d["people"][0]["specialties"][1] = "财会"; },
         "$.people[0].specialties[1]", "不在文件的 specialties 目录中"},
        {"a specialty twice", [](json& d) { d["people"][0]["specialties"][1] = "审计"; },
         "$.people[0].specialties[1]", "重复"},
        {"two catalogue entries of one name", [](json& d) { d["specialties"][1]["name"] = "审计"; },
         "$.specialties[1].name", "名称重复"},
        {"a pool without a kind", [](json& d) { d["pools"][0].erase("kind"); }, "$.pools[0].kind", "缺少库类型"},
        {"a membership of a pool missing from the catalogue",
         [](json& d) { d["people"][0]["memberships"][0]["pool"] = "人才库"; }, "$.people[0].memberships[0].pool",
         "不在文件的 pools 目录中"},
        {"an unknown membership status", [](json& d) { d["people"][0]["memberships"][0]["status"] = "在库"; },
         "$.people[0].memberships[0].status", "active"},
        {"leaving a pool without a date",
         [](json& d) {
             d["people"][0]["memberships"][0]["status"] = "exited";
             d["people"][0]["memberships"][0]["exit_reason"] = "岗位变动";
         },
         "$.people[0].memberships[0].exit_date", "出库须填写出库日期"},
        {"leaving a pool without a reason",
         [](json& d) {
             d["people"][0]["memberships"][0]["status"] = "exited";
             d["people"][0]["memberships"][0]["exit_date"] = "2025-01-01";
         },
         "$.people[0].memberships[0].exit_reason", "出库须填写出库原因"},
        {"a post that ends before it starts", [](json& d) { d["people"][0]["work_history"][0]["end"] = "2006-01-01"; },
         "$.people[0].work_history[0].end", "结束日期早于开始日期"},
        {"a post at a unit the file lacks", [](json& d) { d["people"][0]["work_history"][0]["unit"] = 42; },
         "$.people[0].work_history[0].unit", "编号 42"},
        {"a post with neither unit nor unit name", [](json& d) { d["people"][0]["work_history"][0]["unit"] = nullptr; },
         "$.people[0].work_history[0].unit", "未填写工作经历的单位"},
        {"a flag that is not a boolean", [](json& d) { d["people"][0]["work_history"][0]["principal_head"] = "是"; },
         "$.people[0].work_history[0].principal_head", "true 或 false"},
        {"a relative's title outside the list", [](json& d) { d["people"][0]["relatives"][0]["title"] = "妻子"; },
         "$.people[0].relatives[0].title", "不在称谓表中"},
        {"a relative without a name", [](json& d) { d["people"][0]["relatives"][0]["name"] = ""; },
         "$.people[0].relatives[0].name", "不能为空"},
        {"a relative at a unit the file lacks", [](json& d) { d["people"][0]["relatives"][0]["employer_unit"] = 3; },
         "$.people[0].relatives[0].employer_unit", "编号 3"},
        {"people that are not a list", [](json& d) { d["people"] = json::object(); }, "$.people", "应为数组"},
        {"a person that is not an object", [](json& d) { d["people"][0] = "单文静"; }, "$.people[0]", "应为对象"},
        {"an education that is not an object", [](json& d) { d["people"][0]["fulltime_education"] = "本科"; },
         "$.people[0].fulltime_education", "应为对象"},
        {"a sort order that is not whole", [](json& d) { d["units"][0]["sort_order"] = "1"; }, "$.units[0].sort_order",
         "应为整数"},
        {"another format", [](json& d) { d["format"] = "excel"; }, "$.format", "不是巡察系统的交换文件"},
        {"no format at all", [](json& d) { d.erase("format"); }, "$.format", "缺少"},
        {"a newer version", [](json& d) { d["version"] = 4; }, "$.version", "请升级程序"},
        {"a version that is not a number", [](json& d) { d["version"] = "1"; }, "$.version", "正整数"},
    };

    for (const auto& bad : cases) {
        SECTION(bad.what)
        {
            auto document = test::small_document();
            bad.spoil(document);
            const auto report = refused_import(document.dump(2));
            INFO(test::describe(report));
            CHECK(has_problem(report, bad.path, bad.fragment));
        }
    }
}

TEST_CASE("the small version 2 document imports cleanly with every record", "[exchange]")
{
    auto database = test::memory_database();
    const auto report = app::import_dataset(*database, test::small_document_v2().dump(2), test::test_today());
    INFO(test::describe(report));
    REQUIRE(report.ok());
    CHECK(report.people == 1);
    CHECK(report.trainings == 2);
    CHECK(report.attachments == 2);
    CHECK(report.settings == app::SettingsOutcome::applied);

    const auto person = db::PersonRepository(*database).find(db::PersonRepository(*database).list().at(0).id);
    REQUIRE(person);
    CHECK(person->reserve_cadre);
    CHECK(person->memberships.at(0).steps.size() == 5);
    CHECK(person->trainings.size() == 2);
    CHECK(person->pledges.size() == 2);
    CHECK(person->secondments.size() == 2);
    CHECK(person->declined_secondments.size() == 1);
}

TEST_CASE("each kind of bad value in a version 2 record is reported at its JSON path and nothing is written",
          "[exchange]")
{
    const auto person = [](json& d) -> json& { return d["people"][0]; };
    const auto steps = [](json& d) -> json& { return d["people"][0]["memberships"][0]["steps"]; };
    const std::vector<BadCase> cases = {
        // Attachments
        {"a photo whose bytes do not match its SHA-256",
         [&](json& d) { person(d)["photo"]["sha256"] = std::string(64, 'a'); }, "$.people[0].photo.sha256",
         "与“sha256”不符"},
        {"a photo whose size is not its bytes'", [&](json& d) { person(d)["photo"]["size"] = 20; },
         "$.people[0].photo.size", "不符"},
        {"a photo that is not base64", [&](json& d) { person(d)["photo"]["content"] = "不是base64"; },
         "$.people[0].photo.content", "base64"},
        {"a photo cut short", [&](json& d) { person(d)["photo"]["content"] = "iVBORw0KGgo"; },
         "$.people[0].photo.content", "base64"},
        {"a SHA-256 that is not hex", [&](json& d) { person(d)["photo"]["sha256"] = "sha"; }, "$.people[0].photo.sha256",
         "64位小写十六进制"},
        {"a photo without content", [&](json& d) { person(d)["photo"].erase("content"); }, "$.people[0].photo.content",
         "缺少"},
        {"a photo without a file name", [&](json& d) { person(d)["photo"]["file_name"] = ""; },
         "$.people[0].photo.file_name", "不能为空"},
        {"a photo that is a PDF",
         [&](json& d) { person(d)["photo"] = test::attachment_json("照片.pdf", "application/pdf", "%PDF-1.4"); },
         "$.people[0].photo.media_type", "照片应为图片文件"},
        {"a photo that is not an object", [&](json& d) { person(d)["photo"] = "照片.png"; }, "$.people[0].photo",
         "应为对象"},
        {"a scan whose bytes were changed",
         [&](json& d) {
             auto& scan = person(d)["pledges"][0]["scan"];
             scan["content"] = app::base64_encode("%PDF-1.4\n%%EOG\n");
         },
         "$.people[0].pledges[0].scan.sha256", "已损坏或被改动"},
        {"a scan of an unsupported type",
         [&](json& d) { person(d)["pledges"][0]["scan"]["media_type"] = "text/plain"; },
         "$.people[0].pledges[0].scan.media_type", "PDF"},
        // Person fields
        {"an unknown title level", [&](json& d) { person(d)["professional_title_level"] = "高级"; },
         "$.people[0].professional_title_level", "associate_senior"},
        {"a reserve-cadre flag that is text", [&](json& d) { person(d)["reserve_cadre"] = "是"; },
         "$.people[0].reserve_cadre", "true 或 false"},
        // Membership
        {"an unknown entry method", [&](json& d) { person(d)["memberships"][0]["entry_method"] = "推荐"; },
         "$.people[0].memberships[0].entry_method", "self"},
        {"a review date after today", [&](json& d) { person(d)["memberships"][0]["reviewed_on"] = "2027-01-01"; },
         "$.people[0].memberships[0].reviewed_on", "晚于今天"},
        {"a step that skips the vetting",
         [&](json& d) {
             steps(d).erase(2);
             steps(d)[2]["from"] = "qualification_review";
         },
         "$.people[0].memberships[0].steps[2].to", "不能跳过"},
        {"a step from another status than the last one reached",
         [&](json& d) { steps(d)[2]["from"] = "recommended"; }, "$.people[0].memberships[0].steps[2].from",
         "上一步已变为“资格审查”"},
        {"a step dated before the one before it", [&](json& d) { steps(d)[3]["date"] = "2022-02-01"; },
         "$.people[0].memberships[0].steps[3].date", "早于上一步"},
        {"steps that end elsewhere than the status", [&](json& d) { person(d)["memberships"][0]["status"] = "suspended"; },
         "$.people[0].memberships[0].steps[4].to", "入库状态为“暂停”"},
        {"a first step that comes from somewhere", [&](json& d) { steps(d)[0]["from"] = "exited"; },
         "$.people[0].memberships[0].steps[0].from", "第一步"},
        {"a later step that comes from nowhere", [&](json& d) { steps(d)[1]["from"] = nullptr; },
         "$.people[0].memberships[0].steps[1].from", "只有第一步"},
        {"a step without a date", [&](json& d) { steps(d)[1]["date"] = nullptr; },
         "$.people[0].memberships[0].steps[1].date", "缺少这一步的日期"},
        {"a step dated after today",
         [&](json& d) {
             person(d)["memberships"][0]["status"] = "exited";
             person(d)["memberships"][0]["exit_date"] = "2026-11-30";
             person(d)["memberships"][0]["exit_reason"] = "岗位变动";
             steps(d).push_back({{"from", "active"}, {"to", "exited"}, {"date", "2026-11-30"}});
         },
         "$.people[0].memberships[0].steps[5].date", "晚于今天"},
        {"a step to an unknown status", [&](json& d) { steps(d)[4]["to"] = "在库"; },
         "$.people[0].memberships[0].steps[4].to", "无效"},
        // Trainings and attendance
        {"attendance of a training the file lacks", [&](json& d) { person(d)["trainings"][0]["training"] = 4; },
         "$.people[0].trainings[0].training", "编号 4 在本文件的 trainings 中不存在"},
        {"attendance of one training twice", [&](json& d) { person(d)["trainings"][1]["training"] = 3; },
         "$.people[0].trainings[1].training", "出现了两次"},
        {"attendance without a training", [&](json& d) { person(d)["trainings"][0].erase("training"); },
         "$.people[0].trainings[0].training", "缺少"},
        {"an unknown attendance code", [&](json& d) { person(d)["trainings"][0]["attendance"] = "yes"; },
         "$.people[0].trainings[0].attendance", "excused"},
        {"a training without a topic", [](json& d) { d["trainings"][0]["topic"] = ""; }, "$.trainings[0].topic",
         "培训主题不能为空"},
        {"a training without a start", [](json& d) { d["trainings"][0]["start"] = nullptr; }, "$.trainings[0].start",
         "不能为空"},
        {"a training that ends before it starts", [](json& d) { d["trainings"][0]["end"] = "2025-03-01"; },
         "$.trainings[0].end", "早于开始日期"},
        {"a training of 2000 hours", [](json& d) { d["trainings"][0]["hours"] = 2000; }, "$.trainings[0].hours",
         "学时应在0至1000之间"},
        {"two trainings with one id", [](json& d) { d["trainings"][1]["id"] = 3; }, "$.trainings[1].id",
         "与 $.trainings[0] 重复"},
        // Commendations, assessments, integrity opinions
        {"a commendation without a title", [&](json& d) { person(d)["commendations"][0]["title"] = ""; },
         "$.people[0].commendations[0].title", "表彰名称不能为空"},
        {"a commendation of an unknown level", [&](json& d) { person(d)["commendations"][0]["level"] = "县级"; },
         "$.people[0].commendations[0].level", "county"},
        {"an assessment of a year to come", [&](json& d) { person(d)["assessments"][2]["year"] = 2030; },
         "$.people[0].assessments[2].year", "考核年度应在1950年"},
        {"two assessments of one year", [&](json& d) { person(d)["assessments"][2]["year"] = 2023; },
         "$.people[0].assessments[2].year", "同一年度"},
        {"an assessment without a year", [&](json& d) { person(d)["assessments"][0].erase("year"); },
         "$.people[0].assessments[0].year", "缺少考核年度"},
        {"an unknown assessment result", [&](json& d) { person(d)["assessments"][0]["result"] = "良好"; },
         "$.people[0].assessments[0].result", "basically_competent"},
        {"an integrity opinion without a date", [&](json& d) { person(d)["integrity_opinions"][0]["date"] = nullptr; },
         "$.people[0].integrity_opinions[0].date", "不能为空"},
        {"an integrity opinion without an issuer", [&](json& d) { person(d)["integrity_opinions"][0]["issuer"] = ""; },
         "$.people[0].integrity_opinions[0].issuer", "不能为空"},
        // Pledges
        {"a pledge for a pool the file lacks", [&](json& d) { person(d)["pledges"][0]["pool"] = "人才库"; },
         "$.people[0].pledges[0].pool", "不在文件的 pools 目录中"},
        {"a pool-entry pledge without its pool", [&](json& d) { person(d)["pledges"][0]["pool"] = nullptr; },
         "$.people[0].pledges[0].pool", "须指明对应的库"},
        {"a round's pledge without the round", [&](json& d) { person(d)["pledges"][1]["round_name"] = ""; },
         "$.people[0].pledges[1].round_name", "须写明轮次"},
        {"an unknown pledge type", [&](json& d) { person(d)["pledges"][0]["type"] = "廉洁承诺书"; },
         "$.people[0].pledges[0].type", "confidentiality"},
        {"a pledge without a date", [&](json& d) { person(d)["pledges"][0]["signed_date"] = nullptr; },
         "$.people[0].pledges[0].signed_date", "不能为空"},
        // Secondments
        {"two secondments at the same time", [&](json& d) { person(d)["secondments"][1]["start"] = "2022-10-01"; },
         "$.people[0].secondments[1].start", "重叠"},
        {"a secondment that ends before it starts", [&](json& d) { person(d)["secondments"][0]["end"] = "2022-09-01"; },
         "$.people[0].secondments[0].end", "早于开始日期"},
        {"a secondment without a task", [&](json& d) { person(d)["secondments"][0]["task"] = ""; },
         "$.people[0].secondments[0].task", "不能为空"},
        {"an unknown evaluation", [&](json& d) { person(d)["secondments"][0]["evaluation"] = "好"; },
         "$.people[0].secondments[0].evaluation", "excellent"},
        {"a declined secondment without a reason", [&](json& d) { person(d)["declined_secondments"][0]["reason"] = ""; },
         "$.people[0].declined_secondments[0].reason", "不能为空"},
        {"a declined secondment without a date",
         [&](json& d) { person(d)["declined_secondments"][0].erase("date"); },
         "$.people[0].declined_secondments[0].date", "不能为空"},
        // Settings
        {"a staleness of no months", [](json& d) { d["settings"]["review"]["stale_months"] = 0; },
         "$.settings.review.stale_months", "应在1至120之间"},
        {"an age limit of 150", [](json& d) { d["settings"]["entry"]["max_age"] = 150; }, "$.settings.entry.max_age",
         "应在18至100之间"},
        {"an unknown rank in the rules", [](json& d) { d["settings"]["entry"]["leader_min_rank"] = "正科"; },
         "$.settings.entry.leader_min_rank", "section"},
        {"a misspelt setting", [](json& d) { d["settings"]["review"]["stale_month"] = 12; },
         "$.settings.review.stale_month", "未知字段"},
        {"settings that are not an object", [](json& d) { d["settings"] = json::array(); }, "$.settings", "应为对象"},
        // Versions
        {"rounds in a version 2 file", [](json& d) { d["rounds"] = json::array(); }, "$.rounds", "格式版本3才有的字段"},
        {"unit leaders in a version 2 file", [](json& d) { d["units"][0]["leaders"] = json::array(); },
         "$.units[0].leaders", "（请把“version”改为 3）"},
        {"a version 2 key in a version 1 file", [&](json& d) { d["version"] = 1; }, "$.people[0].photo",
         "格式版本2才有的字段"},
        {"trainings in a version 1 file", [](json& d) { d["version"] = 1; }, "$.trainings", "格式版本2才有的字段"},
        {"a version 4 file", [](json& d) { d["version"] = 4; }, "$.version", "请升级程序"},
    };

    for (const auto& bad : cases) {
        SECTION(bad.what)
        {
            auto document = test::small_document_v2();
            bad.spoil(document);
            const auto report = refused_import(document.dump(2));
            INFO(test::describe(report));
            CHECK(has_problem(report, bad.path, bad.fragment));
        }
    }
}

TEST_CASE("every problem in a version 2 document is reported, each once", "[exchange]")
{
    auto document = test::small_document_v2();
    auto& person = document["people"][0];
    person["photo"]["size"] = 3;
    person["memberships"][0]["steps"][3]["from"] = "recommended";
    person["trainings"][0]["training"] = 99;
    person["assessments"][1]["year"] = 2023;
    person["pledges"][1]["round_name"] = "";
    person["secondments"][1]["start"] = "2022-10-01";
    document["trainings"][1]["hours"] = -1;
    document["settings"]["review"]["declined_years"] = 60;
    const auto report = refused_import(document.dump(2));
    INFO(test::describe(report));
    CHECK(report.problems.size() == 8);
    CHECK(has_problem(report, "$.people[0].photo.size", "不符"));
    CHECK(has_problem(report, "$.people[0].memberships[0].steps[3].from", "两者应一致"));
    CHECK(has_problem(report, "$.people[0].trainings[0].training", "不存在"));
    CHECK(has_problem(report, "$.people[0].assessments[1].year", "同一年度"));
    CHECK(has_problem(report, "$.people[0].pledges[1].round_name", "轮次"));
    CHECK(has_problem(report, "$.people[0].secondments[1].start", "重叠"));
    CHECK(has_problem(report, "$.trainings[1].hours", "学时"));
    CHECK(has_problem(report, "$.settings.review.declined_years", "0至50"));
}

TEST_CASE("a version 1 document still imports and leaves the office settings alone", "[exchange]")
{
    auto database = test::memory_database();
    model::OfficeSettings own;
    own.review.jurisdiction = "青禾县";
    {
        db::Transaction tx(*database);
        db::SettingsRepository(*database).save(tx, own);
        tx.commit();
    }
    const auto document = test::small_document();
    REQUIRE(document["version"] == 1);
    const auto report = app::import_dataset(*database, document.dump(2), test::test_today());
    INFO(test::describe(report));
    REQUIRE(report.ok());
    CHECK(report.people == 1);
    CHECK(report.settings == app::SettingsOutcome::not_in_file);
    CHECK(db::SettingsRepository(*database).load() == own);
}

TEST_CASE("the sections of a document may come in any order", "[exchange]")
{
    // People before the catalogues and units they refer to, and the header last.
    const auto document = test::small_document_v2();
    std::string text = "{\n  \"people\": " + document["people"].dump(2) + ",\n  \"units\": " + document["units"].dump() +
                       ",\n  \"trainings\": " + document["trainings"].dump() + ",\n  \"pools\": " +
                       document["pools"].dump() + ",\n  \"specialties\": " + document["specialties"].dump() +
                       ",\n  \"settings\": " + document["settings"].dump() + ",\n  \"version\": 2,\n  \"format\": " +
                       "\"xuncha-exchange\"\n}\n";
    auto database = test::memory_database();
    const auto report = app::import_dataset(*database, text, test::test_today());
    INFO(test::describe(report));
    REQUIRE(report.ok());
    CHECK(report.people == 1);
    CHECK(report.trainings == 2);

    // And the problems of a person read late still carry the person's own path.
    auto broken = document;
    broken["people"][0]["trainings"][0]["training"] = 7;
    text = "{\"people\": " + broken["people"].dump() + ", \"format\": \"xuncha-exchange\", \"version\": 2, \"trainings\": " +
           broken["trainings"].dump() + ", \"units\": " + broken["units"].dump() + ", \"pools\": " +
           broken["pools"].dump() + ", \"specialties\": " + broken["specialties"].dump() + "}";
    const auto refused = refused_import(text);
    INFO(test::describe(refused));
    CHECK(has_problem(refused, "$.people[0].trainings[0].training", "编号 7"));
}

TEST_CASE("every problem in a document is reported, not only the first", "[exchange]")
{
    auto document = test::small_document();
    document["units"][1]["parent"] = 5;
    document["people"][0]["mobile"] = "abc";
    document["people"][0]["relatives"][0]["birth_date"] = "1983-13-02";
    document["people"][0]["memberships"][0]["status"] = "maybe";
    const auto report = refused_import(document.dump(2));
    INFO(test::describe(report));
    CHECK(report.problems.size() == 4);
    CHECK(has_problem(report, "$.units[1].parent", "不存在"));
    CHECK(has_problem(report, "$.people[0].mobile", "手机号码"));
    CHECK(has_problem(report, "$.people[0].relatives[0].birth_date", "不是有效日期"));
    CHECK(has_problem(report, "$.people[0].memberships[0].status", "无效"));
}

TEST_CASE("a key given twice in one object is reported at its path", "[exchange]")
{
    auto text = test::small_document().dump(2);
    const auto at = text.find("\"name\": \"单文静\"");
    REQUIRE(at != std::string::npos);
    text.insert(at, "\"name\": \"单文秀\", ");
    const auto report = refused_import(text);
    INFO(test::describe(report));
    CHECK(has_problem(report, "$.people[0].name", "出现了两次"));
}

TEST_CASE("a key given twice deep in a record or at the top is reported at its path", "[exchange]")
{
    SECTION("in a pledge")
    {
        auto text = test::small_document_v2().dump(2);
        const auto at = text.find("\"type\": \"integrity\"");
        REQUIRE(at != std::string::npos);
        text.insert(at, "\"type\": \"confidentiality\", ");
        const auto report = refused_import(text);
        INFO(test::describe(report));
        CHECK(has_problem(report, "$.people[0].pledges[0].type", "出现了两次"));
    }
    SECTION("at the top")
    {
        auto text = test::small_document_v2().dump(2);
        text.insert(text.rfind('}'), ", \"note\": \"一\", \"note\": \"二\"");
        const auto report = refused_import(text);
        INFO(test::describe(report));
        CHECK(has_problem(report, "$.note", "出现了两次"));
    }
}

TEST_CASE("a byte order mark before the document is accepted", "[exchange]")
{
    auto database = test::memory_database();
    const auto report =
        app::import_dataset(*database, "\xEF\xBB\xBF" + test::small_document_v2().dump(2), test::test_today());
    INFO(test::describe(report));
    CHECK(report.ok());
}

TEST_CASE("a top-level unit already in the database is refused, and nothing is written", "[exchange]")
{
    auto database = test::memory_database();
    REQUIRE(app::import_dataset(*database, test::small_document().dump(), test::test_today()).ok());

    auto again = test::small_document();
    again["people"][0]["id_number"] = "";  // only the unit clashes
    const auto before = test::count_rows(*database);
    const auto report = app::import_dataset(*database, again.dump(), test::test_today());
    INFO(test::describe(report));
    CHECK(has_problem(report, "$.units[0].name", "数据库中已有同名的顶层单位“测试县委”"));
    CHECK(report.problems.size() == 1);
    CHECK(test::count_rows(*database) == before);
}

TEST_CASE("an ID number already in the database is refused at its path", "[exchange]")
{
    auto database = test::memory_database();
    REQUIRE(app::import_dataset(*database, test::small_document().dump(), test::test_today()).ok());

    auto other = test::small_document();
    other["units"][0]["name"] = "另一个县委";
    other["people"][0]["name"] = "单文秀";
    const auto before = test::count_rows(*database);
    const auto report = app::import_dataset(*database, other.dump(), test::test_today());
    INFO(test::describe(report));
    CHECK(has_problem(report, "$.people[0].id_number", "与数据库中已有人员“单文静”的相同"));
    CHECK(test::count_rows(*database) == before);
}

TEST_CASE("dates are checked against the day given", "[exchange]")
{
    // The membership began on 2022-04-01: valid today, in the future for an earlier day.
    auto database = test::memory_database();
    const auto report = app::import_dataset(*database, test::small_document().dump(), model::Date(2022, 1, 1));
    CHECK(has_problem(report, "$.people[0].memberships[0].entry_date", "晚于今天（2022-01-01）"));
    CHECK(test::count_rows(*database).people == 0);
}

TEST_CASE("JSON syntax errors name the line and column", "[exchange]")
{
    SECTION("a missing comma")
    {
        const auto report = refused_import("{\n  \"format\": \"xuncha-exchange\"\n  \"version\": 1\n}\n");
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].path == "$");
        CHECK(report.problems[0].message.find("JSON 语法错误") != std::string::npos);
        CHECK(report.problems[0].message.find("第3行第3列") != std::string::npos);  // the key after the gap
        CHECK(report.problems[0].message.find("可能缺少逗号") != std::string::npos);
    }
    SECTION("columns count characters, not bytes")
    {
        const auto report = refused_import("{\"note\": \"青禾县\", x}");
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].message.find("第1行第17列") != std::string::npos);
    }
    SECTION("a comma after the last item")
    {
        const auto report = refused_import("{\"format\": \"xuncha-exchange\", \"version\": 2, \"units\": [],}");
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].message.find("第1行第57列") != std::string::npos);
        CHECK(report.problems[0].message.find("多了一个逗号") != std::string::npos);
    }
    SECTION("text without quotes")
    {
        const auto report = refused_import("{\"format\": \"xuncha-exchange\", \"version\": 2, \"note\": 虚构}");
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].message.find("文本须加双引号") != std::string::npos);
    }
    SECTION("a line break inside a text")
    {
        const auto report = refused_import("{\"format\": \"xuncha-exchange\", \"note\": \"第一行\n第二行\"}");
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].message.find("第1行第43列") != std::string::npos);
        CHECK(report.problems[0].message.find("换行") != std::string::npos);
    }
    SECTION("a file cut short")
    {
        const auto report = refused_import("{\n  \"format\": \"xuncha-exchange\",\n  \"people\": [\n");
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].message.find("意外结束") != std::string::npos);
    }
    SECTION("bytes that are not UTF-8")
    {
        const auto report = refused_import("{\"format\": \"xuncha-exchange\", \"note\": \"\xB0\xA1\"}");
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].message.find("第1行") != std::string::npos);
        CHECK(report.problems[0].message.find("不是 UTF-8 编码") != std::string::npos);
    }
    SECTION("an empty file")
    {
        const auto report = refused_import("  \n");
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].message == "文件是空的，没有任何内容");
    }
    SECTION("a document that is not an object")
    {
        const auto report = refused_import("[1, 2]");
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].message.find("JSON 对象") != std::string::npos);
    }
}

// ---- Version 3: leaders, flags, avoidance rules, rounds and cases ----

namespace {

// The small version 2 document with one of every record version 3 adds.
json small_document_v3()
{
    auto document = test::small_document_v2();
    document["version"] = 3;
    document["settings"]["avoidance"] = {{{"code", "past_employment"}, {"look_back_years", 5}}};
    document["units"][1]["leaders"] = {
        {{"person", 7}, {"name", "单文静"}, {"post", "党委委员"}, {"start", "2023-01-05"}, {"end", nullptr},
         {"principal_head", false}, {"remark", ""}},
        {{"person", nullptr}, {"name", "王建华"}, {"post", "党委书记"}, {"start", "2021-06-01"}, {"end", nullptr},
         {"principal_head", true}, {"remark", ""}}};
    document["units"][1]["profile_flags"] = {"信访多"};
    document["rounds"] = {
        {{"id", 3}, {"term", 15}, {"number", 3}, {"committee", "县委"}, {"mode", "regular"}, {"state", "archived"},
         {"planned_entry", "2022-09-13"}, {"planned_withdrawal", "2022-10-28"}, {"entry_date", "2022-09-13"},
         {"withdrawal_date", "2022-10-28"}, {"remark", ""},
         {"groups",
          {{{"id", 8}, {"number", 2}, {"name", ""}, {"units", {1}}, {"authorising_body", "县委巡察工作领导小组"},
            {"dispatching_body", "县委"},
            {"members", {{{"person", 7}, {"role", "member"}, {"duties", {"lead_finance_audit"}}}}}, {"remark", ""}}}},
         {"rules_snapshot", nullptr}, {"checked_on", nullptr}},
        {{"id", 4}, {"term", 15}, {"number", 11}, {"committee", "县委"}, {"mode", "regular"}, {"state", "draft"},
         {"planned_entry", "2027-03-15"}, {"groups", {{{"id", 9}, {"number", 1}, {"units", {1}}, {"members", json::array()}}}}}};
    document["avoidance_cases"] = {{{"round", 3}, {"group", 8}, {"person", 7}, {"unit", 1}, {"trigger", "self_declared"},
                                    {"rule", "declared_relationship"}, {"facts", "本人表兄在县委办工作"},
                                    {"raised_on", "2022-09-13"}, {"decision", "pending"}}};
    return document;
}

}  // namespace

TEST_CASE("a version 3 document imports its leaders, rules, rounds and cases", "[exchange]")
{
    auto database = test::memory_database();
    const auto report = app::import_dataset(*database, small_document_v3().dump(2), test::test_today());
    INFO(test::describe(report));
    REQUIRE(report.ok());
    CHECK(report.rounds == 2);
    CHECK(report.avoidance_cases == 1);
    const auto exported = json::parse(app::export_dataset(*database));
    CHECK(exported["units"][1]["leaders"][0]["person"] == exported["people"][0]["id"]);
    CHECK(exported["units"][1]["profile_flags"] == json({"信访多"}));
    CHECK(exported["settings"]["avoidance"][1]["look_back_years"] == 5);
    CHECK(exported["settings"]["avoidance"].size() == 12);  // the rules the file left out have their defaults
    CHECK(exported["rounds"][0]["groups"][0]["members"][0]["duties"] == json({"lead_finance_audit"}));
    CHECK(exported["avoidance_cases"][0]["group"] == exported["rounds"][0]["groups"][0]["id"]);
}

TEST_CASE("a version 2 document still imports, with the default avoidance rules", "[exchange]")
{
    auto database = test::memory_database();
    const auto report = app::import_dataset(*database, test::small_document_v2().dump(2), test::test_today());
    INFO(test::describe(report));
    REQUIRE(report.ok());
    CHECK(report.rounds == 0);
    CHECK(db::SettingsRepository(*database).load().avoidance == model::default_avoidance_rules());
}

TEST_CASE("bad references and codes in rounds and cases are reported at their path", "[exchange]")
{
    const std::vector<BadCase> cases = {
        {"a group covering a unit the file lacks", [](json& d) { d["rounds"][0]["groups"][0]["units"][0] = 9; },
         "$.rounds[0].groups[0].units[0]", "单位编号 9 在本文件的 units 中不存在"},
        {"a member the file lacks", [](json& d) { d["rounds"][0]["groups"][0]["members"][0]["person"] = 99; },
         "$.rounds[0].groups[0].members[0].person", "人员编号 99 在本文件的 people 中不存在"},
        {"an unknown role", [](json& d) { d["rounds"][0]["groups"][0]["members"][0]["role"] = "组长"; },
         "$.rounds[0].groups[0].members[0].role", "leader"},
        {"an unknown duty", [](json& d) { d["rounds"][0]["groups"][0]["members"][0]["duties"][0] = "x"; },
         "$.rounds[0].groups[0].members[0].duties[0]", "branch_secretary"},
        {"a group id used twice", [](json& d) { d["rounds"][1]["groups"][0]["id"] = 8; }, "$.rounds[1].groups[0].id",
         "重复"},
        {"a leader linked to nobody", [](json& d) { d["units"][1]["leaders"][0]["person"] = 42; },
         "$.units[1].leaders[0].person", "人员编号 42"},
        {"a flag that is not text", [](json& d) { d["units"][1]["profile_flags"][0] = 3; }, "$.units[1].profile_flags[0]",
         "文本"},
        {"an unknown rule", [](json& d) { d["settings"]["avoidance"][0]["code"] = "rule2"; },
         "$.settings.avoidance[0].code", "past_employment"},
        {"a look-back of a century", [](json& d) { d["settings"]["avoidance"][0]["look_back_years"] = 100; },
         "$.settings.avoidance[0].look_back_years", "0至50"},
        {"a case in a round the file lacks", [](json& d) { d["avoidance_cases"][0]["round"] = 5; },
         "$.avoidance_cases[0].round", "轮次编号 5"},
        {"a case naming another round's group", [](json& d) { d["avoidance_cases"][0]["group"] = 9; },
         "$.avoidance_cases[0].group", "不属于轮次 3"},
        {"a case of nobody", [](json& d) { d["avoidance_cases"][0].erase("person"); }, "$.avoidance_cases[0].person",
         "缺少"},
        {"an unknown state", [](json& d) { d["rounds"][0]["state"] = "归档"; }, "$.rounds[0].state", "archived"},
        {"rounds in a version 2 document", [](json& d) { d["version"] = 2; }, "$.rounds", "格式版本3才有的字段"},
    };
    for (const auto& bad : cases) {
        SECTION(bad.what)
        {
            auto document = small_document_v3();
            bad.spoil(document);
            const auto report = refused_import(document.dump(2));
            INFO(test::describe(report));
            CHECK(has_problem(report, bad.path, bad.fragment));
        }
    }
}

TEST_CASE("a round the database already has is refused by name", "[exchange]")
{
    auto database = test::memory_database();
    REQUIRE(app::import_dataset(*database, small_document_v3().dump(2), test::test_today()).ok());
    auto again = small_document_v3();
    again["units"][0]["name"] = "另一个测试县委";  // top-level unit names must differ too
    again["people"][0]["id_number"] = "";
    const auto report = app::import_dataset(*database, again.dump(2), test::test_today());
    INFO(test::describe(report));
    CHECK(has_problem(report, "$.rounds[0].number", "数据库中已有轮次“十五届县委第三轮巡察”"));
}

TEST_CASE("problems in a long document come in document order; a syntax error late in it is all that is said",
          "[exchange]")
{
    // The demo county in its own key order: its people span several of the batches the reader hands
    // from the thread that parses to the one that reads records.
    auto document = nlohmann::ordered_json::parse(app::demo_dataset());
    auto& people = document["people"];
    REQUIRE(people.size() > 200);
    const auto last = people.size() - 1;
    people[3]["mobile"] = "abc";
    people[130]["political_status"] = "maybe";
    people[last]["mobile"] = "12";
    auto text = document.dump(2);
    const auto number = people[200]["id_number"].get<std::string>();
    const auto at = text.find("\"id_number\": \"" + number + "\"");
    REQUIRE(at != std::string::npos);
    text.insert(at, "\"id_number\": \"" + number + "\", ");

    SECTION("every problem, in the order of the document")
    {
        const auto read = app::read_document(text, test::test_today());
        std::vector<std::string> paths;
        for (const auto& problem : read.problems) paths.push_back(problem.path);
        CHECK(paths == std::vector<std::string>{"$.people[3].mobile", "$.people[130].political_status",
                                                "$.people[200].id_number",
                                                "$.people[" + std::to_string(last) + "].mobile"});
    }
    SECTION("cut short after many people: only the syntax error")
    {
        text.resize(text.find("\"name\": \"" + people[220]["name"].get<std::string>() + "\"", at));
        const auto read = app::read_document(text, test::test_today());
        REQUIRE(read.problems.size() == 1);
        CHECK(read.problems[0].path == "$");
        CHECK(read.problems[0].message.find("意外结束") != std::string::npos);
        CHECK(read.dataset.people.empty());
    }
}

TEST_CASE("an import writes while it reads, and a problem anywhere still leaves nothing written", "[exchange]")
{
    // The demo county with its people given once more (new ids, no ID numbers): the import hands the
    // people to the database in runs (of 256) while later ones are still being read.
    auto document = nlohmann::ordered_json::parse(app::demo_dataset());
    auto& people = document["people"];
    const auto demo_people = people.size();
    long long next_id = 0;
    for (const auto& person : people) next_id = std::max(next_id, person["id"].get<long long>());
    for (std::size_t i = 0; i < demo_people; ++i) {
        auto again = people[i];
        again["id"] = ++next_id;
        again["id_number"] = "";
        people.push_back(std::move(again));
    }
    const auto last = people.size() - 1;
    REQUIRE(last > 256);

    SECTION("the whole document is written")
    {
        auto database = test::memory_database();
        const auto report = app::import_dataset(*database, document.dump(), test::test_today());
        INFO(test::describe(report));
        REQUIRE(report.ok());
        CHECK(report.people == people.size());
        CHECK(test::count_rows(*database).people == people.size());
        CHECK(report.rounds == document["rounds"].size());
    }
    SECTION("a bad value in the last person")
    {
        people[last]["mobile"] = "12";
        const auto report = refused_import(document.dump());
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].path == "$.people[" + std::to_string(last) + "].mobile");
    }
    SECTION("a reference to a missing person after the people")
    {
        document["avoidance_cases"][0]["person"] = next_id + 100;
        const auto report = refused_import(document.dump());
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].path == "$.avoidance_cases[0].person");
    }
    SECTION("the file cut short in its last person")
    {
        auto text = document.dump();
        text.resize(text.rfind("\"name\":"));
        const auto report = refused_import(text);
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].message.find("意外结束") != std::string::npos);
    }
    SECTION("the database refuses a person late in the document")
    {
        auto database = test::memory_database();
        REQUIRE(app::import_dataset(*database, test::small_document().dump(), test::test_today()).ok());
        const auto before = test::count_rows(*database);
        const auto stored = test::small_document()["people"][0];
        for (const char* key : {"id_number", "birth_date", "gender"}) people[last][key] = stored[key];
        const auto report = app::import_dataset(*database, document.dump(), test::test_today());
        INFO(test::describe(report));
        REQUIRE(report.problems.size() == 1);
        CHECK(has_problem(report, "$.people[" + std::to_string(last) + "].id_number", "与数据库中已有人员“单文静”的相同"));
        CHECK(test::count_rows(*database) == before);
    }
}
