#include "exchange_test_support.h"

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
