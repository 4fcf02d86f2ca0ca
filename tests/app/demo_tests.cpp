// The demo county: loads into an empty database only, round-trips exactly, and holds what the
// search and the avoidance checks need.

#include "exchange_test_support.h"

#include "app/exchange/avoidance_check.h"
#include "app/exchange/demo.h"
#include "app/exchange/document_reader.h"
#include "db/person_repository.h"
#include "model/annual_review.h"
#include "model/assessment.h"
#include "model/kinship.h"
#include "model/pinyin.h"
#include "model/rank.h"
#include "model/round.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

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

TEST_CASE("the demo's people carry the records an office keeps about them", "[demo]")
{
    const auto demo = demo_values();
    REQUIRE(demo.settings);
    CHECK(demo.settings->entry.source.find("青巡办发〔2023〕2号") != std::string::npos);
    CHECK(demo.settings->review.source.find("青巡办发〔2023〕2号") != std::string::npos);
    CHECK(demo.settings->review.jurisdiction == "青禾县");

    std::set<std::string> topics;
    for (const auto& training : demo.trainings) topics.insert(training.topic);
    CHECK(topics.contains("2024年度巡察干部业务培训班"));
    CHECK(topics.contains("2025年度巡察干部业务培训班"));

    int trained = 0, commended = 0, reserve = 0, frontline = 0, excellent = 0, weak = 0, graded = 0;
    int members = 0, opinion_this_year = 0, concerns = 0, pool_pledges = 0, seconded = 0, declined_three = 0;
    int stepped = 0;
    std::map<std::string, std::vector<std::pair<std::string, model::AssessmentResult>>> groups;
    for (const auto& person : demo.people) {
        if (!person.trainings.empty()) ++trained;
        if (!person.commendations.empty()) ++commended;
        if (person.reserve_cadre) ++reserve;
        if (!person.frontline_experience.empty()) ++frontline;
        std::set<int> years;
        for (const auto& assessment : person.assessments) {
            years.insert(assessment.year);
            ++graded;
            if (assessment.result == model::AssessmentResult::excellent) ++excellent;
            if (assessment.result == model::AssessmentResult::basically ||
                assessment.result == model::AssessmentResult::incompetent)
                ++weak;
        }
        CHECK(years == std::set<int>{2023, 2024, 2025});  // the last three years, for everyone
        const bool member = std::any_of(person.memberships.begin(), person.memberships.end(), [](const auto& m) {
            return m.status == model::MembershipStatus::active || m.status == model::MembershipStatus::suspended;
        });
        if (member) {
            ++members;
            if (std::any_of(person.integrity_opinions.begin(), person.integrity_opinions.end(),
                            [](const auto& o) { return o.date && o.date->year() == 2026; }))
                ++opinion_this_year;
        }
        for (const auto& opinion : person.integrity_opinions)
            if (!opinion.clear) ++concerns;
        for (const auto& pledge : person.pledges)
            if (pledge.scope == model::PledgeScope::pool_entry) ++pool_pledges;
        if (!person.secondments.empty()) ++seconded;
        for (const auto& s : person.secondments) {
            CHECK(s.task.starts_with("十五届县委第"));
            REQUIRE(s.evaluation);
            groups[s.task + s.group_name].push_back({s.role, *s.evaluation});
        }
        if (person.declined_secondments.size() == 3) ++declined_three;
        for (const auto& membership : person.memberships) {
            if (membership.entry_date && *membership.entry_date >= model::Date(2024, 1, 1)) {
                // Admitted recently: every step on record, 推荐 to 在库, the decisions with their 文号.
                REQUIRE(membership.steps.size() >= 5);
                CHECK_FALSE(membership.steps[0].from);
                CHECK(membership.steps[4].to == model::MembershipStatus::active);
                CHECK(membership.steps[4].date == membership.entry_date);
                CHECK(membership.steps[4].document_number.starts_with("青巡办发〔"));
                CHECK(membership.steps[3].decided_by == "县委巡察工作领导小组");
            }
            if (!membership.steps.empty()) {
                ++stepped;
                CHECK(membership.steps.back().to == membership.status);
            }
        }
    }
    CHECK(trained >= 150);
    CHECK(commended >= 20);
    CHECK(reserve >= 10);
    CHECK(frontline >= 20);
    CHECK(excellent * 100 >= graded * 5);
    CHECK(excellent * 100 <= graded * 25);
    CHECK(weak >= 1);
    CHECK(weak <= 3);
    CHECK(opinion_this_year * 100 >= members * 85);  // most have this year's
    CHECK(opinion_this_year < members);              // some do not
    CHECK(concerns == 1);
    CHECK(pool_pledges >= 100);
    CHECK(seconded >= 100);
    CHECK(declined_three == 1);
    CHECK(stepped >= 40);

    // Each group of each round: one 组长, at most 20% 优秀.
    CHECK(groups.size() == 30);
    for (const auto& [group, members_of] : groups) {
        INFO(group);
        CHECK(std::count_if(members_of.begin(), members_of.end(), [](const auto& m) { return m.first == "组长"; }) == 1);
        const auto best = std::count_if(members_of.begin(), members_of.end(),
                                        [](const auto& m) { return m.second == model::AssessmentResult::excellent; });
        CHECK(best * 5 <= static_cast<long>(members_of.size()));
    }
}

TEST_CASE("the demo's photos and scans are real files, small enough to ship", "[demo]")
{
    const auto demo = demo_values();
    int photos = 0;
    int scans = 0;
    for (const auto& person : demo.people) {
        if (person.photo) {
            ++photos;
            REQUIRE(person.photo->content);
            CHECK(person.photo->content->starts_with("\x89PNG\r\n\x1a\n"));
            CHECK(person.photo->size < 10 * 1024);
        }
        for (const auto& pledge : person.pledges) {
            if (!pledge.scan) continue;
            ++scans;
            REQUIRE(pledge.scan->content);
            CHECK(pledge.scan->media_type == "application/pdf");
            CHECK(pledge.scan->content->starts_with("%PDF-1.4\n"));
            CHECK(pledge.scan->content->ends_with("%%EOF\n"));
        }
    }
    CHECK(photos >= 5);
    CHECK(scans >= 3);
    CHECK(app::demo_dataset().size() < 2'500'000);
}

TEST_CASE("the demo's annual review has something of each kind to look at", "[demo]")
{
    const auto demo = demo_values();
    // Every record freshly updated, so that only what the records say counts.
    std::vector<model::LastUpdate> updates;
    for (const auto& person : demo.people) updates.push_back({person.id, model::Date(2026, 9, 1)});
    const auto findings =
        model::annual_review(demo.people, demo.pools, demo.units, updates, *demo.settings, test::test_today());
    std::map<model::ReviewReason, int> reasons;
    for (const auto& finding : findings) ++reasons[finding.reason];
    CHECK(reasons[model::ReviewReason::incompetent_evaluation] >= 1);
    CHECK(reasons[model::ReviewReason::integrity_concern] >= 1);
    CHECK(reasons[model::ReviewReason::no_integrity_opinion] >= 3);
    CHECK(reasons[model::ReviewReason::declined_often] >= 1);
    CHECK(reasons[model::ReviewReason::stale_record] == 0);
}

TEST_CASE("the demo's units have leaders and flags, and its rounds follow the secondment records", "[demo]")
{
    const auto demo = demo_values();
    std::size_t leaders = 0;
    std::size_t linked = 0;
    std::size_t flagged = 0;
    for (const auto& unit : demo.units) {
        leaders += unit.leaders.size();
        for (const auto& leader : unit.leaders)
            if (leader.person_id) ++linked;
        if (!unit.profile_flags.empty()) ++flagged;
    }
    CHECK(linked > 0);
    CHECK(linked * 2 < leaders);  // most are names only
    CHECK(flagged >= 5);

    REQUIRE(demo.rounds.size() == 11);
    std::map<std::string, std::set<long long>> seconded;  // round title → people seconded to it
    for (const auto& person : demo.people)
        for (const auto& secondment : person.secondments) seconded[secondment.task].insert(person.id.value());
    for (std::size_t r = 0; r + 1 < demo.rounds.size(); ++r) {
        const auto& round = demo.rounds[r];
        CHECK(round.term == 15);
        CHECK(round.state == model::RoundState::archived);
        std::set<long long> members;
        for (const auto& group : round.groups)
            for (const auto& member : group.members) members.insert(member.person_id.value());
        CHECK(members == seconded[model::round_title(round)]);
    }
    const auto& draft = demo.rounds.back();
    CHECK(model::round_title(draft) == "十五届县委第十一轮巡察");
    CHECK(draft.state == model::RoundState::draft);
    REQUIRE(draft.planned_entry);
    CHECK(draft.planned_entry->year() == 2027);
    CHECK(draft.planned_entry->month() == 3);
    CHECK(draft.groups.size() >= 3);
    CHECK(draft.groups.size() <= 4);
    for (const auto& group : draft.groups) {
        CHECK(group.unit_ids.size() >= 1);
        CHECK(group.unit_ids.size() <= 3);
        CHECK(group.members.front().role == model::GroupRole::leader);
    }
    std::set<model::CaseTrigger> triggers;
    for (const auto& avoidance_case : demo.avoidance_cases) triggers.insert(avoidance_case.trigger);
    CHECK(triggers.contains(model::CaseTrigger::self_declared));
    CHECK(triggers.contains(model::CaseTrigger::inspected_unit));
}

TEST_CASE("the demo's draft round meets real conflicts of several rules in its own groups", "[demo]")
{
    auto database = test::memory_database();
    REQUIRE(app::load_demo(*database, test::test_today()).ok());
    const auto data = app::load_avoidance_data(*database);
    const model::Round* draft = nullptr;
    for (const auto& round : data.rounds)
        if (round.state == model::RoundState::draft) draft = &round;
    REQUIRE(draft);
    const auto check = app::check_round(*database, draft->id, test::test_today());
    REQUIRE(check);
    CHECK(check->as_of == *draft->planned_entry);

    // Only the findings of the group members against their own group's units (and within their group).
    std::map<model::PersonId, std::set<model::UnitId>> covers;
    for (const auto& group : draft->groups)
        for (const auto& member : group.members) covers[member.person_id].insert(group.unit_ids.begin(), group.unit_ids.end());
    std::set<model::AvoidanceRuleCode> rules;
    for (const auto& finding : check->findings) {
        const auto it = covers.find(finding.person_id);
        if (it == covers.end()) continue;
        if (!finding.unit_id || it->second.contains(*finding.unit_id)) rules.insert(finding.rule);
    }
    for (const auto rule : {model::AvoidanceRuleCode::past_employment, model::AvoidanceRuleCode::relative_leader,
                            model::AvoidanceRuleCode::relative_employee, model::AvoidanceRuleCode::declared_interest,
                            model::AvoidanceRuleCode::home_town, model::AvoidanceRuleCode::earlier_round,
                            model::AvoidanceRuleCode::group_relatives}) {
        INFO(model::code_of(rule));
        CHECK(rules.contains(rule));
    }
}
