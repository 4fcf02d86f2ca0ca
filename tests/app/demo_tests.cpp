// The demo county: loads into an empty database only, round-trips exactly, and holds what the
// search and the avoidance checks need.

#include "exchange_test_support.h"

#include "app/exchange/demo.h"
#include "app/exchange/document_reader.h"
#include "db/person_repository.h"
#include "model/kinship.h"
#include "model/pinyin.h"
#include "model/rank.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace xuncha;
using nlohmann::json;

namespace {


// The demo as values, with the file's ids.
app::Dataset demo_values()
{
    const auto read = app::read_document(app::demo_dataset(), test::test_today());
    REQUIRE(read.problems.empty());
    return read.dataset;
}

}  // namespace

TEST_CASE("the demo county loads into an empty database and exports as the embedded file", "[demo]")
{
    auto database = test::memory_database();
    REQUIRE(database->is_empty());
    const auto report = app::load_demo(*database, test::test_today());
    INFO(test::describe(report));
    REQUIRE(report.ok());

    const auto embedded = json::parse(app::demo_dataset());
    CHECK(report.units == embedded["units"].size());
    CHECK(report.people == embedded["people"].size());
    CHECK(report.specialties_created == 0);  // the demo uses the seeded catalogues
    CHECK(report.pools_created == 0);

    auto exported = json::parse(app::export_dataset(*database));
    auto expected = embedded;
    for (auto* document : {&exported, &expected}) {
        document->erase("exported_at");
        document->erase("note");
    }
    CHECK(exported == expected);
}

TEST_CASE("the demo is refused on a database that already holds units or people", "[demo]")
{
    auto database = test::memory_database();
    REQUIRE(app::load_demo(*database, test::test_today()).ok());
    const auto before = test::count_rows(*database);
    const auto report = app::load_demo(*database, test::test_today());
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].path == "$");
    CHECK(report.problems[0].message.find("只能载入空数据库") != std::string::npos);
    CHECK(test::count_rows(*database) == before);
}

TEST_CASE("the demo says it is fictitious", "[demo]")
{
    const auto document = json::parse(app::demo_dataset());
    CHECK(document["note"].get<std::string>().find("虚构") != std::string::npos);
    CHECK(document["units"][0]["remark"].get<std::string>().find("虚构") != std::string::npos);
}

TEST_CASE("the demo county has the size and shape of a real one", "[demo]")
{
    const auto demo = demo_values();
    CHECK(demo.units.size() >= 55);
    CHECK(demo.units.size() <= 75);
    CHECK(demo.people.size() >= 230);
    CHECK(demo.people.size() <= 270);

    std::map<model::PoolId, std::string> pool_names;
    for (const auto& pool : demo.pools) pool_names.emplace(pool.id, pool.name);
    std::map<std::string, int> members;
    std::map<model::MembershipStatus, int> statuses;
    int in_two_pools = 0;
    for (const auto& person : demo.people) {
        for (const auto& membership : person.memberships) {
            ++members[pool_names.at(membership.pool_id)];
            ++statuses[membership.status];
            // 组长库: 正科级 or equivalent and above.
            if (pool_names.at(membership.pool_id) == "组长库") CHECK(model::rank_at_least(person.rank, model::Rank::section));
            if (membership.status == model::MembershipStatus::exited) {
                CHECK(membership.exit_date);
                CHECK_FALSE(membership.exit_reason.empty());
            }
        }
        if (person.memberships.size() >= 2) ++in_two_pools;
    }
    CHECK(members["组长库"] >= 35);
    CHECK(members["组长库"] <= 45);
    CHECK(members["人才库"] >= 160);
    CHECK(members["人才库"] <= 200);
    CHECK(members["专家库"] >= 25);
    CHECK(members["专家库"] <= 35);
    CHECK(in_two_pools >= 10);
    CHECK(statuses[model::MembershipStatus::suspended] >= 3);
    CHECK(statuses[model::MembershipStatus::exited] >= 3);

    // Units with a 主管部门 other than their parent, and villages under townships.
    int supervised = 0;
    int villages = 0;
    for (const auto& unit : demo.units) {
        if (unit.supervisor_id && unit.supervisor_id != unit.parent_id) ++supervised;
        if (unit.type == model::UnitType::village || unit.type == model::UnitType::community) {
            ++villages;
            REQUIRE(unit.parent_id);
        }
    }
    CHECK(supervised >= 4);
    CHECK(villages >= 20);
}

TEST_CASE("the demo holds real avoidance cases against its own units", "[demo]")
{
    const auto demo = demo_values();
    const model::Date as_of(2026, 9, 1);
    const auto cutoff = model::add_years(as_of, -3);

    int recent_posts_elsewhere = 0;
    int leadership_posts_elsewhere = 0;
    int relatives_at_units = 0;
    int relatives_leading = 0;
    int close_relatives_at_units = 0;
    std::set<std::string> names;
    for (const auto& person : demo.people) names.insert(person.name);
    int couples_in_pools = 0;
    for (const auto& person : demo.people) {
        for (const auto& entry : person.work_history) {
            if (!entry.unit_id || entry.unit_id == person.unit_id) continue;
            if (entry.end && *entry.end >= cutoff) ++recent_posts_elsewhere;
            if (entry.leadership_member) ++leadership_posts_elsewhere;
        }
        // The last entry is the current post, open-ended, at the person's unit.
        REQUIRE_FALSE(person.work_history.empty());
        CHECK_FALSE(person.work_history.back().end);
        CHECK(person.work_history.back().unit_id == person.unit_id);
        CHECK(person.work_history.size() >= 2);
        CHECK(person.work_history.size() <= 4);

        for (const auto& relative : person.relatives) {
            CHECK((model::kinship_class_of(relative.title) != model::KinshipClass::other || relative.title == "其他"));
            if (!relative.employer_unit_id) continue;
            ++relatives_at_units;
            if (relative.is_leader) ++relatives_leading;
            const auto kin = model::kinship_class_of(relative.title);
            if (kin == model::KinshipClass::spouse || kin == model::KinshipClass::lineal) ++close_relatives_at_units;
            if (relative.title == "配偶" && names.contains(relative.name)) ++couples_in_pools;
        }
    }
    CHECK(recent_posts_elsewhere >= 40);
    CHECK(leadership_posts_elsewhere >= 20);
    CHECK(relatives_at_units >= 80);
    CHECK(relatives_leading >= 15);
    CHECK(close_relatives_at_units >= 50);
    CHECK(couples_in_pools >= 4);
}

TEST_CASE("the demo's names exercise pinyin search", "[demo]")
{
    auto database = test::memory_database();
    REQUIRE(app::load_demo(*database, test::test_today()).ok());
    const auto people = db::PersonRepository(*database).list();
    const auto count = [&](const char* query) {
        const model::NameQuery name_query(query);
        int found = 0;
        for (const auto& person : people)
            if (name_query.matches(person.name, person.name_pinyin, person.name_initials)) ++found;
        return found;
    };
    CHECK(count("zhang") >= 10);
    CHECK(count("shan") >= 2);  // 单 as a surname
    CHECK(count("zeng") >= 3);  // 曾
    CHECK(count("xie") >= 3);   // 解 (and 谢)
    CHECK(count("ouyang") >= 1);
}
