// Bad exchange documents: every problem is reported at its JSON path, and nothing is written.

#include "exchange_test_support.h"

#include "app/exchange/exchange.h"
#include "db/person_repository.h"
#include "db/unit_repository.h"

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
        {"an unknown top-level section", [](json& d) { d["rounds"] = json::array(); }, "$.rounds", "未知字段"},
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
        {"a newer version", [](json& d) { d["version"] = 2; }, "$.version", "请升级程序"},
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
        CHECK(report.problems[0].message.find("第3行第11列") != std::string::npos);  // where the parser stopped
        CHECK(report.problems[0].message.find("可能缺少逗号") != std::string::npos);
    }
    SECTION("columns count characters, not bytes")
    {
        const auto report = refused_import("{\"note\": \"青禾县\", x}");
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].message.find("第1行第17列") != std::string::npos);
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
