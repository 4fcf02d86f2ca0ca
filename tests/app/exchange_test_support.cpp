#include "exchange_test_support.h"

#include "app/exchange/base64.h"
#include "app/exchange/sha256.h"
#include "db/audit_repository.h"
#include "db/catalog_repository.h"
#include "db/person_repository.h"
#include "db/unit_repository.h"
#include "model/id_number.h"

#include <catch2/catch.hpp>

#include <chrono>

namespace xuncha::test {

std::string describe(const app::ImportReport& report)
{
    std::string text;
    for (const auto& problem : report.problems) text += problem.path + ": " + problem.message + "\n";
    return text;
}

std::unique_ptr<db::Database> memory_database()
{
    db::OpenOptions options;
    options.operator_name = "tester";
    options.clock = [] {
        using namespace std::chrono;
        return sys_days{year{2026} / November / 28} + hours{17} + minutes{30} + seconds{5};
    };
    return db::Database::open(":memory:", options);
}

model::Date test_today() { return model::Date(2026, 11, 28); }

RowCounts count_rows(db::Database& database)
{
    RowCounts counts;
    counts.people = db::PersonRepository(database).count();
    counts.units = db::UnitRepository(database).list().size();
    db::CatalogRepository catalog(database);
    counts.specialties = catalog.specialties().size();
    counts.pools = catalog.pools().size();
    counts.audit = db::AuditRepository(database).count();
    return counts;
}

std::string id_number_for(const char* birth_iso, bool male)
{
    const auto date = model::parse_iso_date(birth_iso);
    REQUIRE(date);
    std::string digits = "110105" + std::string(birth_iso).substr(0, 4) + std::string(birth_iso).substr(5, 2) +
                         std::string(birth_iso).substr(8, 2) + (male ? "123" : "124");
    return digits + model::id_number_check_char(digits);
}

nlohmann::json small_document()
{
    using nlohmann::json;
    json person = {
        {"id", 7},
        {"name", "单文静"},
        {"gender", "female"},
        {"ethnicity", "汉族"},
        {"birth_date", "1985-03-14"},
        {"native_place", "测试县城关镇"},
        {"birth_place", "测试县城关镇"},
        {"political_status", "party_member"},
        {"party_join_date", "2008-06-30"},
        {"work_start_date", "2007-08-01"},
        {"fulltime_education", {{"level", "bachelor"}, {"degree", "bachelor"}, {"school", "湘潭大学"}, {"major", "审计学"}}},
        {"inservice_education", {{"level", "none"}, {"degree", "none"}, {"school", ""}, {"major", ""}}},
        {"professional_title", "审计师"},
        {"expertise", "熟悉审计业务"},
        {"unit", 2},
        {"department", "财政所"},
        {"post", "所长"},
        {"rank", "principal_staff_1"},
        {"holds_leadership_post", false},
        {"mobile", "13800138000"},
        {"id_number", id_number_for("1985-03-14", false)},
        {"health", "健康"},
        {"remark", ""},
        {"specialties", {"审计", "巡察测试特长"}},
        {"work_history",
         {{{"unit", 1}, {"unit_name", ""}, {"department", "办公室"}, {"post", "科员"}, {"start", "2007-08-01"},
           {"end", "2015-12-31"}, {"leadership_member", false}, {"principal_head", false}}}},
        {"relatives",
         {{{"title", "配偶"}, {"name", "王建华"}, {"birth_date", "1983-11-02"}, {"political_status", "party_member"},
           {"employer_unit", 2}, {"employer_name", ""}, {"post", "党委书记"}, {"is_leader", true}}}},
        {"memberships",
         {{{"pool", "测试专用库"}, {"status", "active"}, {"entry_date", "2022-04-01"}, {"exit_date", nullptr},
           {"exit_reason", ""}, {"remark", ""}}}},
    };
    return json{
        {"format", "xuncha-exchange"},
        {"version", 1},
        {"exported_at", "2026-11-28T17:30:05Z"},
        {"specialties", {{{"name", "审计"}, {"sort_order", 7}}, {{"name", "巡察测试特长"}, {"sort_order", 99}}}},
        {"pools", {{{"name", "测试专用库"}, {"kind", "custom"}, {"description", "测试"}, {"sort_order", 9}}}},
        {"units",
         {{{"id", 1}, {"name", "测试县委"}, {"short_name", "县委"}, {"type", "party_committee"}, {"parent", nullptr},
           {"supervisor", nullptr}, {"jurisdiction", "测试县"}, {"remark", ""}, {"sort_order", 1}},
          {{"id", 2}, {"name", "测试县城关镇"}, {"short_name", "城关镇"}, {"type", "township"}, {"parent", 1},
           {"supervisor", nullptr}, {"jurisdiction", "测试县"}, {"remark", ""}, {"sort_order", 2}}}},
        {"people", {person}},
    };
}

nlohmann::json attachment_json(const std::string& file_name, const std::string& media_type, const std::string& bytes)
{
    return {{"file_name", file_name},
            {"media_type", media_type},
            {"sha256", app::sha256_hex(bytes)},
            {"size", bytes.size()},
            {"content", app::base64_encode(bytes)}};
}

nlohmann::json small_document_v2()
{
    using nlohmann::json;
    auto document = small_document();
    document["version"] = 2;
    document["settings"] = {
        {"entry",
         {{"leader_min_rank", "section"},
          {"expert_min_rank", "deputy_section"},
          {"expert_min_title", "intermediate"},
          {"max_age", 55},
          {"source", "测试县巡察人才库管理办法第七条"}}},
        {"review",
         {{"stale_months", 12},
          {"declined_threshold", 2},
          {"declined_years", 3},
          {"max_age", nullptr},
          {"require_integrity_opinion", true},
          {"jurisdiction", "测试县"},
          {"source", ""}}}};
    document["trainings"] = {
        {{"id", 3}, {"topic", "2025年度巡察干部业务培训班"}, {"type", "巡察业务培训"}, {"start", "2025-03-17"},
         {"end", "2025-03-19"}, {"hours", 24}, {"organiser", "县委巡察办"}, {"remark", ""}},
        {{"id", 5}, {"topic", "巡视工作条例专题辅导"}, {"type", "专题讲座"}, {"start", "2025-09-12"}, {"end", nullptr},
         {"hours", 3}, {"organiser", "县委巡察办"}, {"remark", ""}}};

    auto& person = document["people"][0];
    person["professional_title_level"] = "intermediate";
    person["reserve_cadre"] = true;
    person["frontline_experience"] = "2018.03—2021.03 驻南郊村第一书记";
    person["photo"] = attachment_json("单文静.png", "image/png", std::string("\x89PNG\r\n\x1a\n\0测试照片", 21));
    auto& membership = person["memberships"][0];
    membership["entry_method"] = "recommended";
    membership["reviewed_on"] = "2025-12-26";
    const auto step = [](json from, const char* to, const char* date, const char* by, const char* document_number) {
        return json{{"from", from},          {"to", to},   {"date", date}, {"decided_by", by},
                    {"document_number", document_number}, {"remark", ""}, {"override_reason", ""}};
    };
    membership["steps"] = {step(nullptr, "recommended", "2022-01-05", "县财政局党组", ""),
                           step("recommended", "qualification_review", "2022-02-10", "县委巡察办", ""),
                           step("qualification_review", "vetting", "2022-03-01", "县委组织部、县纪委监委", ""),
                           step("vetting", "approved", "2022-03-20", "县委巡察工作领导小组", "测巡组〔2022〕2号"),
                           step("approved", "active", "2022-04-01", "县委巡察办", "测巡办发〔2022〕3号")};
    person["trainings"] = {{{"training", 3}, {"attendance", "attended"}, {"remark", ""}},
                           {{"training", 5}, {"attendance", "excused"}, {"remark", "因工作原因请假"}}};
    person["commendations"] = {{{"date", "2024-01-20"}, {"title", "全县优秀巡察干部"},
                                {"awarding_body", "中共测试县委巡察工作领导小组"}, {"level", "county"},
                                {"document_number", "测巡组〔2024〕1号"}, {"remark", ""}}};
    person["assessments"] = {{{"year", 2023}, {"result", "competent"}, {"remark", ""}},
                             {{"year", 2024}, {"result", "excellent"}, {"remark", ""}},
                             {{"year", 2025}, {"result", "competent"}, {"remark", ""}}};
    person["integrity_opinions"] = {{{"date", "2026-03-01"}, {"issuer", "县纪委监委党风政风监督室"},
                                     {"document_number", "测纪廉函〔2026〕3号"}, {"clear", true},
                                     {"content", "未发现影响使用的问题"}, {"remark", ""}}};
    person["pledges"] = {
        {{"type", "integrity"}, {"scope", "pool_entry"}, {"pool", "测试专用库"}, {"round_name", ""},
         {"signed_date", "2022-04-01"}, {"recipient", "县委巡察办"},
         {"scan", attachment_json("单文静廉洁承诺书.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n")}, {"remark", ""}},
        {{"type", "avoidance_declaration"}, {"scope", "round"}, {"pool", nullptr},
         {"round_name", "十五届县委第三轮巡察"}, {"signed_date", "2022-09-13"}, {"recipient", "第二巡察组"},
         {"scan", nullptr}, {"remark", "无应回避事项"}}};
    const auto secondment = [](const char* task, const char* start, const char* end, const char* evaluation) {
        return json{{"task", task},           {"group_name", "第二巡察组"}, {"role", "成员"},
                    {"seconding_body", "县委组织部"}, {"notice_number", "测组干〔2022〕19号"},
                    {"notice_date", nullptr}, {"start", start},         {"end", end},
                    {"evaluation", evaluation}, {"remark", ""}};
    };
    person["secondments"] = {secondment("十五届县委第三轮巡察", "2022-09-13", "2022-10-28", "competent"),
                             secondment("十五届县委第五轮巡察", "2023-09-11", "2023-10-27", "excellent")};
    person["declined_secondments"] = {
        {{"date", "2024-03-15"}, {"task", "十五届县委第六轮巡察"}, {"reason", "单位工作繁重"}}};
    return document;
}

std::string without_export_time(std::string document)
{
    const std::string key = "\"exported_at\": \"";
    const auto start = document.find(key);
    REQUIRE(start != std::string::npos);
    const auto end = document.find('"', start + key.size());
    REQUIRE(end != std::string::npos);
    return document.erase(start + key.size(), end - start - key.size());
}

}  // namespace xuncha::test
