#include "app/cli/cli.h"
#include "app/cli/text_table.h"
#include "db/database.h"
#include "db/person_repository.h"
#include "model/pinyin.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

using namespace xuncha;

namespace {

struct Result {
    int code;
    std::string out;
    std::string err;
};

Result run(std::vector<std::string> args)
{
    std::ostringstream out;
    std::ostringstream err;
    const int code = app::run_cli(args, out, err);
    return {code, out.str(), err.str()};
}

// A fresh directory per test case, removed afterwards.
class TempDir {
public:
    TempDir()
    {
        static int counter = 0;
        m_path = std::filesystem::temp_directory_path() /
                 ("xuncha-cli-test-" + std::to_string(getpid()) + "-" + std::to_string(++counter));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() { std::filesystem::remove_all(m_path); }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

}  // namespace

TEST_CASE("init creates a database and reports its structure version", "[cli]")
{
    TempDir dir;
    const auto result = run({"--db", dir.file("office.sqlite"), "init"});
    CHECK(result.code == 0);
    CHECK(result.out.find("结构版本") != std::string::npos);
    CHECK(std::filesystem::exists(dir.file("office.sqlite")));
}

TEST_CASE("demo loads the county once and refuses a database that has data", "[cli]")
{
    TempDir dir;
    const auto db = dir.file("office.sqlite");
    const auto first = run({"--db", db, "demo"});
    REQUIRE(first.code == 0);
    CHECK(first.out.find("名人员") != std::string::npos);
    const auto count = db::PersonRepository(*db::Database::open(db)).count();
    CHECK(count >= 200);

    const auto second = run({"--db", db, "demo"});
    CHECK(second.code == 1);
    CHECK_FALSE(second.err.empty());
    CHECK(db::PersonRepository(*db::Database::open(db)).count() == count);
}

TEST_CASE("people list filters by pool and by pinyin, as text and as JSON", "[cli]")
{
    TempDir dir;
    const auto db = dir.file("office.sqlite");
    REQUIRE(run({"--db", db, "demo"}).code == 0);

    const auto all = nlohmann::json::parse(run({"--db", db, "people", "list", "--json"}).out);
    const auto leaders = nlohmann::json::parse(run({"--db", db, "people", "list", "--pool", "组长库", "--json"}).out);
    REQUIRE(leaders.size() > 0);
    CHECK(leaders.size() < all.size());
    for (const auto& person : leaders) {
        bool in_pool = false;
        for (const auto& m : person["memberships"]) in_pool = in_pool || m["pool"] == "组长库";
        CHECK(in_pool);
    }

    const auto zhang = nlohmann::json::parse(run({"--db", db, "people", "list", "--search", "zhang", "--json"}).out);
    REQUIRE(zhang.size() > 0);
    std::size_t surnamed_zhang = 0;
    for (const auto& person : all) surnamed_zhang += person["name"].get<std::string>().starts_with("张") ? 1 : 0;
    std::size_t found_zhang = 0;
    for (const auto& person : zhang) {
        const auto name = person["name"].get<std::string>();
        found_zhang += name.starts_with("张") ? 1 : 0;
        const auto pinyin = model::name_pinyin(name);
        CHECK(model::NameQuery("zhang").matches(name, pinyin.syllables, pinyin.initials));  // 张, 章, 长...
    }
    CHECK(found_zhang == surnamed_zhang);

    const auto text = run({"--db", db, "people", "list", "--pool", "组长库"});
    CHECK(text.code == 0);
    CHECK(text.out.find("共 " + std::to_string(leaders.size()) + " 人") != std::string::npos);
}

TEST_CASE("an unknown pool is named together with the pools that exist", "[cli]")
{
    TempDir dir;
    const auto db = dir.file("office.sqlite");
    REQUIRE(run({"--db", db, "init"}).code == 0);
    const auto result = run({"--db", db, "people", "list", "--pool", "不存在库"});
    CHECK(result.code == 1);
    CHECK(result.err.find("不存在库") != std::string::npos);
    CHECK(result.err.find("组长库") != std::string::npos);
}

TEST_CASE("units list shows the hierarchy indented and every unit in JSON", "[cli]")
{
    TempDir dir;
    const auto db = dir.file("office.sqlite");
    REQUIRE(run({"--db", db, "demo"}).code == 0);
    const auto units = nlohmann::json::parse(run({"--db", db, "units", "list", "--json"}).out);
    REQUIRE(units.size() >= 50);
    std::size_t children = 0;
    for (const auto& unit : units) children += unit["parent_id"].is_null() ? 0 : 1;
    CHECK(children > 0);

    // A village is indented under its township: its name starts further right on its line.
    const auto text = run({"--db", db, "units", "list"}).out;
    const auto column_of = [&](const std::string& name) {
        const auto at = text.find(name);
        REQUIRE(at != std::string::npos);
        return at - text.rfind('\n', at);
    };
    CHECK(column_of("东门社区") == column_of("青禾县城关镇") + 2);
}

TEST_CASE("audit lists the writes with old and new values, filtered by record", "[cli]")
{
    TempDir dir;
    const auto db = dir.file("office.sqlite");
    REQUIRE(run({"--db", db, "demo"}).code == 0);
    {
        auto database = db::Database::open(db);
        db::PersonRepository people(*database);
        auto person = *people.find(model::PersonId{1});
        person.post = "巡察专员";
        db::Transaction tx(*database);
        people.update(tx, person);
        tx.commit();
    }
    const auto entries = nlohmann::json::parse(run({"--db", db, "audit", "--entity", "person", "--id", "1", "--json"}).out);
    REQUIRE(entries.size() == 2);  // newest first: the edit, then the creation
    CHECK(entries[0]["action"] == "update");
    CHECK(entries[0]["changes"][0]["field"] == "post");
    CHECK(entries[0]["changes"][0]["new"] == "巡察专员");
    CHECK(entries[1]["action"] == "create");

    const auto limited = nlohmann::json::parse(run({"--db", db, "audit", "--limit", "3", "--json"}).out);
    CHECK(limited.size() == 3);

    // As text, fields and record kinds read in Chinese as the GUI shows them, never as codes.
    const auto text = run({"--db", db, "audit", "--entity", "person", "--id", "1"});
    REQUIRE(text.code == 0);
    CHECK(text.out.find("修改 人员 #1") != std::string::npos);
    CHECK(text.out.find("    职务：") != std::string::npos);
    CHECK(text.out.find("工作经历：") != std::string::npos);
    CHECK(text.out.find("入库情况 › 决定：") != std::string::npos);
    CHECK(text.out.find("post:") == std::string::npos);
    CHECK(text.out.find("work_history") == std::string::npos);
    // Every kind of record the trail holds can be picked; an unknown one is named in the refusal.
    const auto cases = run({"--db", db, "audit", "--entity", "avoidance_case", "--limit", "1"});
    CHECK(cases.code == 0);
    CHECK(cases.out.find("回避事项 #") != std::string::npos);
    CHECK(cases.out.find("涉及单位：") != std::string::npos);
    const auto unknown = run({"--db", db, "audit", "--entity", "people"});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.find("“people”") != std::string::npos);
}

TEST_CASE("bad usage names the problem and exits with 2", "[cli]")
{
    CHECK(run({}).code == 2);
    CHECK(run({"frobnicate"}).err.find("frobnicate") != std::string::npos);
    CHECK(run({"--db"}).code == 2);
    const auto bad_option = run({"--db", "/tmp/x.sqlite", "people", "list", "--colour"});
    CHECK(bad_option.code == 2);
    CHECK(bad_option.err.find("--colour") != std::string::npos);
    const auto bad_limit = run({"--db", "/tmp/x.sqlite", "audit", "--limit", "ten"});
    CHECK(bad_limit.code == 2);
    CHECK(bad_limit.err.find("ten") != std::string::npos);
}

TEST_CASE("every command has its own help", "[cli]")
{
    CHECK(run({"--help"}).out.find("people list") != std::string::npos);
    for (const char* command : {"init", "demo", "people", "units", "audit", "export-json", "import-json", "verify"}) {
        INFO(command);
        const auto result = run({command, "--help"});
        CHECK(result.code == 0);
        CHECK(result.out.find(std::string("xuncha-cli")) != std::string::npos);
    }
}

TEST_CASE("a file that is not a database is refused with a clear message and left untouched", "[cli]")
{
    TempDir dir;
    const auto path = dir.file("notes.sqlite");
    std::ofstream(path) << "这不是数据库，是一份笔记。";
    const auto result = run({"--db", path, "people", "list"});
    CHECK(result.code == 1);
    CHECK(result.err.find("不是数据库文件") != std::string::npos);
    std::ifstream in(path);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(content == "这不是数据库，是一份笔记。");
}

TEST_CASE("a database in a folder that does not exist is a clear error", "[cli]")
{
    const auto result = run({"--db", "/nonexistent-folder-xuncha/office.sqlite", "init"});
    CHECK(result.code == 1);
    CHECK(result.err.find("/nonexistent-folder-xuncha") != std::string::npos);
}

TEST_CASE("export and import through the command line move the whole dataset", "[cli]")
{
    TempDir dir;
    REQUIRE(run({"--db", dir.file("a.sqlite"), "demo"}).code == 0);
    REQUIRE(run({"--db", dir.file("a.sqlite"), "export-json", dir.file("all.json")}).code == 0);
    const auto imported = run({"--db", dir.file("b.sqlite"), "import-json", dir.file("all.json")});
    CHECK(imported.code == 0);
    CHECK(db::PersonRepository(*db::Database::open(dir.file("b.sqlite"))).count() ==
          db::PersonRepository(*db::Database::open(dir.file("a.sqlite"))).count());

    std::ofstream(dir.file("broken.json")) << R"({"format": "xuncha-exchange", "version": 1, "people": [)";
    const auto broken = run({"--db", dir.file("c.sqlite"), "import-json", dir.file("broken.json")});
    CHECK(broken.code == 1);
    CHECK(broken.err.find("未写入") != std::string::npos);
}

TEST_CASE("tables align Chinese text by its display width", "[cli]")
{
    CHECK(app::display_width("张三") == 4);
    CHECK(app::display_width("ab") == 2);
    CHECK(app::display_width("张a") == 3);
    app::TextTable table({"姓名", "id"});
    table.add_row({"张三丰", "1"});
    table.add_row({"li", "2"});
    std::ostringstream out;
    table.print(out);
    CHECK(out.str() == "姓名    id\n------  --\n张三丰  1\nli      2\n");
}

TEST_CASE("verify finds a damaged attachment by its owner and file name and changes nothing", "[cli]")
{
    TempDir dir;
    const auto file = dir.file("office.sqlite");
    REQUIRE(run({"--db", file, "demo"}).code == 0);
    const auto intact = run({"--db", file, "verify"});
    CHECK(intact.code == 0);
    CHECK(intact.out.find("全部附件") != std::string::npos);

    // One attachment's bytes change behind the program's back, as a disk error would do.
    std::string name;
    std::string owner;
    bool photo = false;
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(file.c_str(), &raw) == SQLITE_OK);
        const std::unique_ptr<sqlite3, int (*)(sqlite3*)> connection(raw, sqlite3_close);
        sqlite3_stmt* statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(raw,
                                   "SELECT a.file_name, p.name, p.photo_attachment_id IS a.id FROM attachment a "
                                   "JOIN person p ON p.id = a.person_id ORDER BY a.id LIMIT 1",
                                   -1, &statement, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
        name = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        owner = reinterpret_cast<const char*>(sqlite3_column_text(statement, 1));
        photo = sqlite3_column_int(statement, 2) != 0;
        sqlite3_finalize(statement);
        REQUIRE(sqlite3_exec(raw, "UPDATE attachment SET content = X'00010203' WHERE id = (SELECT MIN(id) FROM attachment)",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    const auto size_before = std::filesystem::file_size(file);
    const auto damaged = run({"--db", file, "verify"});
    CHECK(damaged.code == 1);
    // Whose it is and what it is, so that the office knows which record to restore.
    INFO(damaged.err);
    CHECK(damaged.err.find(owner + (photo ? "的照片“" : "的承诺书扫描件“") + name + "”") != std::string::npos);
    CHECK(damaged.err.find("共 1 个附件") != std::string::npos);
    CHECK(std::filesystem::file_size(file) == size_before);
}

// ---- Rounds, coverage and the avoidance check, on the demo county ----

namespace {

// A demo database in `dir`, loaded once per test case.
std::string demo_database(const TempDir& dir)
{
    const auto db = dir.file("demo.sqlite");
    REQUIRE(run({"--db", db, "demo"}).code == 0);
    return db;
}

std::set<std::string> rules_found(const nlohmann::json& findings)
{
    std::set<std::string> rules;
    for (const auto& finding : findings) rules.insert(finding["rule"].get<std::string>());
    return rules;
}

}  // namespace

TEST_CASE("rounds list and show give the demo's rounds, groups, units and members", "[cli]")
{
    TempDir dir;
    const auto db = demo_database(dir);
    const auto list = run({"--db", db, "rounds", "list"});
    REQUIRE(list.code == 0);
    CHECK(list.out.find("十五届县委第十一轮巡察") != std::string::npos);
    CHECK(list.out.find("草拟") != std::string::npos);
    CHECK(list.out.find("共 11 个轮次") != std::string::npos);
    const auto listed = nlohmann::json::parse(run({"--db", db, "rounds", "list", "--json"}).out);
    REQUIRE(listed.size() == 11);
    CHECK(listed[0]["title"] == "十五届县委第十一轮巡察");
    CHECK(listed[0]["state"] == "draft");
    CHECK(listed[0]["planned_entry"] == "2027-03-15");

    const auto id = std::to_string(listed[0]["id"].get<long long>());
    const auto show = run({"--db", db, "rounds", "show", id});
    REQUIRE(show.code == 0);
    CHECK(show.out.find("第四巡察组") != std::string::npos);
    CHECK(show.out.find("组长") != std::string::npos);
    CHECK(show.out.find("临时党支部书记") != std::string::npos);
    const auto shown = nlohmann::json::parse(run({"--db", db, "rounds", "show", id, "--json"}).out);
    REQUIRE(shown["groups"].size() == 4);
    for (const auto& group : shown["groups"]) {
        CHECK(group["units"].size() >= 1);
        CHECK(group["units"].size() <= 3);
        CHECK(group["members"][0]["role"] == "leader");
        CHECK_FALSE(group["members"][0]["name"].get<std::string>().empty());
    }
}

TEST_CASE("rounds show and check refuse an unknown round with a clear message", "[cli]")
{
    TempDir dir;
    const auto db = demo_database(dir);
    for (const auto& args : {std::vector<std::string>{"--db", db, "rounds", "show", "999"},
                             std::vector<std::string>{"--db", db, "check", "--round", "999"}}) {
        const auto result = run(args);
        CHECK(result.code == 1);
        CHECK(result.out.empty());
        CHECK(result.err.find("没有编号为 999 的巡察轮次") != std::string::npos);
    }
    const auto bad_id = run({"--db", db, "rounds", "show", "第四轮"});
    CHECK(bad_id.code == 2);
    CHECK(bad_id.err.find("正整数") != std::string::npos);
}

TEST_CASE("check --round finds the demo round's conflicts of every planted kind, as of its 进驻 date", "[cli]")
{
    TempDir dir;
    const auto db = demo_database(dir);
    const auto listed = nlohmann::json::parse(run({"--db", db, "rounds", "list", "--json"}).out);
    const auto id = std::to_string(listed[0]["id"].get<long long>());

    const auto result = run({"--db", db, "check", "--round", id, "--json"});
    REQUIRE(result.code == 0);
    const auto check = nlohmann::json::parse(result.out);
    CHECK(check["as_of"] == "2027-03-15");
    CHECK(check["round"]["title"] == "十五届县委第十一轮巡察");
    const auto rules = rules_found(check["findings"]);
    for (const auto* rule : {"own_unit", "past_employment", "relative_leader", "relative_employee", "declared_interest",
                             "home_town", "earlier_round", "group_relatives"})
        CHECK(rules.contains(rule));
    for (const auto& finding : check["findings"]) {
        CHECK_FALSE(finding["person"].get<std::string>().empty());
        CHECK(finding["explanation"].get<std::string>().find(" → ") != std::string::npos);
        CHECK((finding["severity"] == "hard" || finding["severity"] == "soft"));
    }

    const auto text = run({"--db", db, "check", "--round", id});
    REQUIRE(text.code == 0);
    CHECK(text.out.find("按 2027-03-15 计算") != std::string::npos);
    CHECK(text.out.find("[硬性回避]") != std::string::npos);
    CHECK(text.out.find("规则4 亲属任被巡察单位领导班子成员") != std::string::npos);
    CHECK(text.out.find("条回避情形（硬性回避 ") != std::string::npos);

    // Another date moves every look-back: the date is the one asked for.
    const auto later = nlohmann::json::parse(run({"--db", db, "check", "--round", id, "--as-of", "2040-01-01", "--json"}).out);
    CHECK(later["as_of"] == "2040-01-01");
    CHECK(later["findings"].size() < check["findings"].size());
}

TEST_CASE("check --person --unit explains why one person may not inspect one unit", "[cli]")
{
    TempDir dir;
    const auto db = demo_database(dir);
    const auto listed = nlohmann::json::parse(run({"--db", db, "rounds", "list", "--json"}).out);
    const auto round = nlohmann::json::parse(
        run({"--db", db, "check", "--round", std::to_string(listed[0]["id"].get<long long>()), "--json"}).out);
    nlohmann::json planted;
    for (const auto& finding : round["findings"])
        if (finding["rule"] == "relative_leader") planted = finding;
    REQUIRE(planted.is_object());
    const auto person = std::to_string(planted["person_id"].get<long long>());
    const auto unit = std::to_string(planted["unit_id"].get<long long>());

    const auto result = run({"--db", db, "check", "--person", person, "--unit", unit, "--as-of", "2027-03-15", "--json"});
    REQUIRE(result.code == 0);
    const auto check = nlohmann::json::parse(result.out);
    CHECK(check["person"]["name"] == planted["person"]);
    CHECK(check["unit"]["name"] == planted["unit"]);
    CHECK(rules_found(check["findings"]).contains("relative_leader"));

    const auto text = run({"--db", db, "check", "--person", person, "--unit", unit, "--as-of", "2027-03-15"});
    CHECK(text.out.find(planted["explanation"].get<std::string>()) != std::string::npos);

    const auto nobody = run({"--db", db, "check", "--person", "99999", "--unit", unit});
    CHECK(nobody.code == 1);
    CHECK(nobody.err.find("没有编号为 99999 的人员") != std::string::npos);
    const auto no_unit = run({"--db", db, "check", "--person", person});
    CHECK(no_unit.code == 2);
    CHECK(no_unit.err.find("--person 与 --unit 须同时指定") != std::string::npos);
    const auto bad_date = run({"--db", db, "check", "--person", person, "--unit", unit, "--as-of", "2027-02-30"});
    CHECK(bad_date.code == 2);
    CHECK(bad_date.err.find("2027-02-30") != std::string::npos);
}

TEST_CASE("units coverage counts the units inspected in a term", "[cli]")
{
    TempDir dir;
    const auto db = demo_database(dir);
    const auto text = run({"--db", db, "units", "coverage"});
    REQUIRE(text.code == 0);
    CHECK(text.out.find("十五届已覆盖 30 / 66 个单位") != std::string::npos);
    CHECK(text.out.find("未覆盖") != std::string::npos);

    const auto coverage = nlohmann::json::parse(run({"--db", db, "units", "coverage", "--json"}).out);
    CHECK(coverage["term"] == 15);
    CHECK(coverage["covered"] == 30);
    CHECK(coverage["total"] == 66);
    std::size_t covered = 0;
    std::size_t planned = 0;
    for (const auto& unit : coverage["units"]) {
        if (unit["covered"] == true) {
            ++covered;
            CHECK_FALSE(unit["inspected_in"].empty());
        }
        if (!unit["planned_in"].empty()) ++planned;
    }
    CHECK(covered == 30);
    CHECK(planned >= 5);  // the draft round plans units not yet inspected

    const auto other_term = nlohmann::json::parse(run({"--db", db, "units", "coverage", "--term", "14", "--json"}).out);
    CHECK(other_term["covered"] == 0);
    CHECK(run({"--db", db, "units", "coverage", "--term", "x"}).code == 2);

    TempDir empty;
    const auto none = run({"--db", empty.file("empty.sqlite"), "init"});
    REQUIRE(none.code == 0);
    const auto no_rounds = run({"--db", empty.file("empty.sqlite"), "units", "coverage"});
    CHECK(no_rounds.code == 1);
    CHECK(no_rounds.err.find("--term") != std::string::npos);
}

TEST_CASE("the new commands explain themselves with --help", "[cli]")
{
    for (const auto* command : {"check", "rounds", "units"}) {
        const auto result = run({command, "--help"});
        CHECK(result.code == 0);
        CHECK(result.out.find("用法") != std::string::npos);
    }
    CHECK(run({"check", "--help"}).out.find("--as-of") != std::string::npos);
    CHECK(run({"--help"}).out.find("units coverage") != std::string::npos);
}
