#include "model/annual_review.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace xuncha::model;

namespace {

const Date review_day(2026, 11, 28);
const Pool leaders{PoolId{1}, "组长库", PoolKind::leader, "", 1};
const Pool talents{PoolId{2}, "人才库", PoolKind::talent, "", 2};
const std::vector<Pool> review_pools{leaders, talents};
const std::vector<Unit> review_units{
    Unit{UnitId{1}, "青禾县委", "", UnitType::party_committee, {}, {}, "青禾县", "", 0, {}, {}},
    Unit{UnitId{2}, "城关镇", "", UnitType::township, UnitId{1}, {}, "", "", 0, {}, {}},
    Unit{UnitId{3}, "邻县财政局", "", UnitType::county_department, {}, {}, "邻县", "", 0, {}, {}},
};

// A member with nothing to flag: 正科, recent record, this year's opinion, no declines.
Person good_member(long long id)
{
    Person p;
    p.id = PersonId{id};
    p.name = "成员" + std::to_string(id);
    p.birth_date = Date(1978, 1, 1);
    p.rank = Rank::section;
    p.unit_id = UnitId{2};
    p.integrity_opinions.push_back({IntegrityOpinionId{id}, Date(2026, 3, 1), "县纪委监委", "", true, "未发现问题", ""});
    PoolMembership m;
    m.id = MembershipId{id * 10};
    m.pool_id = leaders.id;
    m.status = MembershipStatus::active;
    p.memberships.push_back(m);
    return p;
}

OfficeSettings settings()
{
    OfficeSettings s;
    s.review.jurisdiction = "青禾县";
    return s;
}

std::vector<ReviewFinding> review(const std::vector<Person>& people, const OfficeSettings& s = settings())
{
    std::vector<LastUpdate> updates;
    for (const auto& p : people) updates.push_back({p.id, Date(2026, 6, 1)});
    return annual_review(people, review_pools, review_units, updates, s, review_day);
}

std::vector<ReviewReason> reasons(const std::vector<ReviewFinding>& findings)
{
    std::vector<ReviewReason> result;
    for (const auto& f : findings) result.push_back(f.reason);
    return result;
}

}  // namespace

TEST_CASE("a member in good standing is not listed", "[annual_review]")
{
    CHECK(review({good_member(1)}).empty());
}

TEST_CASE("each review reason is found, with its evidence", "[annual_review]")
{
    SECTION("rank below the pool's entry rule")
    {
        auto p = good_member(1);
        p.rank = Rank::staff_1;
        const auto findings = review({p});
        CHECK(reasons(findings) == std::vector<ReviewReason>{ReviewReason::rank_below_entry_rule});
        CHECK(findings[0].detail == "职级一级科员，组长库要求正科级以上");
    }
    SECTION("older than the age limit")
    {
        auto s = settings();
        s.review.max_age = 48;  // born 1978-01-01: 48 on the review date, not over
        CHECK(review({good_member(1)}, s).empty());
        s.review.max_age = 47;
        const auto findings = review({good_member(1)}, s);
        CHECK(reasons(findings) == std::vector<ReviewReason>{ReviewReason::age_above_limit});
        CHECK(findings[0].detail == "年龄48岁，超过47岁");
    }
    SECTION("a record not updated for twelve months, or never")
    {
        const auto p = good_member(1);
        const std::vector<LastUpdate> old{{p.id, Date(2025, 11, 27)}};
        CHECK(reasons(annual_review(std::vector<Person>{p}, review_pools, review_units, old, settings(), review_day)) ==
              std::vector<ReviewReason>{ReviewReason::stale_record});
        const std::vector<LastUpdate> recent{{p.id, Date(2025, 11, 28)}};
        CHECK(annual_review(std::vector<Person>{p}, review_pools, review_units, recent, settings(), review_day).empty());
        CHECK(reasons(annual_review(std::vector<Person>{p}, review_pools, review_units, {}, settings(), review_day)) ==
              std::vector<ReviewReason>{ReviewReason::stale_record});
    }
    SECTION("no integrity opinion this year, or one that raises a concern")
    {
        auto p = good_member(1);
        p.integrity_opinions[0].date = Date(2025, 12, 31);
        CHECK(reasons(review({p})) == std::vector<ReviewReason>{ReviewReason::no_integrity_opinion});
        p.integrity_opinions[0].date = Date(2026, 1, 1);
        p.integrity_opinions[0].clear = false;
        p.integrity_opinions[0].content = "存在违规收受礼金问题线索，正在核查";
        const auto findings = review({p});
        CHECK(reasons(findings) == std::vector<ReviewReason>{ReviewReason::integrity_concern});
        CHECK(findings[0].detail.find("礼金") != std::string::npos);
        auto s = settings();
        s.review.require_integrity_opinion = false;
        p.integrity_opinions.clear();
        CHECK(review({p}, s).empty());
    }
    SECTION("declined secondments at or over the threshold within the look-back")
    {
        auto p = good_member(1);
        p.declined_secondments.push_back({DeclinedSecondmentId{1}, Date(2024, 3, 1), "第二轮", "单位工作繁重"});
        CHECK(review({p}).empty());
        p.declined_secondments.push_back({DeclinedSecondmentId{2}, Date(2025, 9, 1), "第四轮", "身体原因"});
        const auto findings = review({p});
        CHECK(reasons(findings) == std::vector<ReviewReason>{ReviewReason::declined_often});
        CHECK(findings[0].detail == "近3年拒绝抽调2次");
        p.declined_secondments[0].date = Date(2023, 11, 27);  // outside the three years
        CHECK(review({p}).empty());
    }
    SECTION("an incompetent assessment last year or this year")
    {
        auto p = good_member(1);
        p.assessments.push_back({AssessmentId{1}, 2024, AssessmentResult::incompetent, ""});
        CHECK(review({p}).empty());
        p.assessments.push_back({AssessmentId{2}, 2025, AssessmentResult::incompetent, ""});
        const auto findings = review({p});
        CHECK(reasons(findings) == std::vector<ReviewReason>{ReviewReason::incompetent_evaluation});
        CHECK(findings[0].detail == "2025年度考核：不称职");
    }
    SECTION("a unit outside the office's jurisdiction")
    {
        auto p = good_member(1);
        p.unit_id = UnitId{3};
        CHECK(reasons(review({p})) == std::vector<ReviewReason>{ReviewReason::outside_jurisdiction});
        p.unit_id = UnitId{2};  // 城关镇 inherits 青禾县 from its parent
        CHECK(review({p}).empty());
    }
}

TEST_CASE("each membership is reviewed: a person in two pools is listed for each", "[annual_review]")
{
    auto p = good_member(1);
    p.integrity_opinions.clear();
    PoolMembership talent;
    talent.id = MembershipId{11};
    talent.pool_id = talents.id;
    talent.status = MembershipStatus::suspended;
    p.memberships.push_back(talent);
    PoolMembership exited = talent;
    exited.id = MembershipId{12};
    exited.status = MembershipStatus::exited;
    p.memberships.push_back(exited);
    const auto findings = review({p});
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].membership_id == MembershipId{10});
    CHECK(findings[1].membership_id == MembershipId{11});
}

TEST_CASE("a membership marked reviewed this year is left out until next year", "[annual_review]")
{
    auto p = good_member(1);
    p.rank = Rank::staff_1;
    p.memberships[0].reviewed_on = Date(2026, 2, 1);
    CHECK(review({p}).empty());
    p.memberships[0].reviewed_on = Date(2025, 12, 31);
    CHECK(review({p}).size() == 1);
}
