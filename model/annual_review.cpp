#include "model/annual_review.h"

#include "model/lifecycle.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace xuncha::model {
namespace {

constexpr std::array<Term<ReviewReason>, 8> reason_terms{{
    {ReviewReason::rank_below_entry_rule, "rank_below_entry_rule", "职级不符合入库条件", "Rank below the entry rule"},
    {ReviewReason::age_above_limit, "age_above_limit", "年龄超出范围", "Above the age limit"},
    {ReviewReason::stale_record, "stale_record", "信息长期未更新", "Record not updated"},
    {ReviewReason::no_integrity_opinion, "no_integrity_opinion", "本年度无廉政意见", "No integrity opinion this year"},
    {ReviewReason::integrity_concern, "integrity_concern", "廉政意见有问题", "Integrity opinion raises a concern"},
    {ReviewReason::declined_often, "declined_often", "多次拒绝抽调", "Declined secondments repeatedly"},
    {ReviewReason::incompetent_evaluation, "incompetent_evaluation", "考核或鉴定为不称职", "Assessed incompetent"},
    {ReviewReason::outside_jurisdiction, "outside_jurisdiction", "已调出本地", "Moved out of the jurisdiction"},
}};

std::string years_text(int n) { return std::to_string(n); }

// The jurisdiction a unit belongs to: its own, else the nearest ancestor's.
std::string jurisdiction_of(UnitId id, const std::unordered_map<UnitId, const Unit*>& units)
{
    std::optional<UnitId> current = id;
    for (int depth = 0; current && depth < 64; ++depth) {
        const auto it = units.find(*current);
        if (it == units.end()) return {};
        if (!it->second->jurisdiction.empty()) return it->second->jurisdiction;
        current = it->second->parent_id;
    }
    return {};
}

}  // namespace

template <>
std::span<const Term<ReviewReason>> terms<ReviewReason>()
{
    return reason_terms;
}

std::vector<ReviewFinding> annual_review(std::span<const Person> people, std::span<const Pool> pools,
                                         std::span<const Unit> units, std::span<const LastUpdate> last_updates,
                                         const OfficeSettings& settings, const Date& today)
{
    std::unordered_map<PoolId, const Pool*> pool_by_id;
    for (const auto& pool : pools) pool_by_id.emplace(pool.id, &pool);
    std::unordered_map<UnitId, const Unit*> unit_by_id;
    for (const auto& unit : units) unit_by_id.emplace(unit.id, &unit);
    std::unordered_map<PersonId, Date> updated;
    for (const auto& u : last_updates) updated.insert_or_assign(u.person_id, u.date);

    std::vector<const Person*> ordered;
    for (const auto& person : people) ordered.push_back(&person);
    std::sort(ordered.begin(), ordered.end(), [](const Person* a, const Person* b) { return a->id < b->id; });

    const auto& review = settings.review;
    const int year = static_cast<int>(today.year());
    const Date stale_cutoff = today - boost::gregorian::months(review.stale_months);
    std::vector<ReviewFinding> findings;

    for (const Person* person : ordered) {
        // What holds for the person, whichever pool: computed once, reported for each membership.
        std::vector<std::pair<ReviewReason, std::string>> personal;

        const std::optional<int> age_limit = review.max_age ? review.max_age : settings.entry.max_age;
        if (age_limit && person->birth_date) {
            const int age = age_on(*person->birth_date, today);
            if (age > *age_limit)
                personal.emplace_back(ReviewReason::age_above_limit,
                                      "年龄" + std::to_string(age) + "岁，超过" + std::to_string(*age_limit) + "岁");
        }
        if (const auto it = updated.find(person->id); it == updated.end())
            personal.emplace_back(ReviewReason::stale_record, "档案没有更新记录");
        else if (it->second < stale_cutoff)
            personal.emplace_back(ReviewReason::stale_record,
                                  "档案自" + to_iso(it->second) + "起" + std::to_string(review.stale_months) + "个月以上未更新");

        if (review.require_integrity_opinion) {
            bool has_opinion = false;
            for (const auto& opinion : person->integrity_opinions) {
                if (!opinion.date || static_cast<int>(opinion.date->year()) != year) continue;
                has_opinion = true;
                if (!opinion.clear)
                    personal.emplace_back(ReviewReason::integrity_concern,
                                          to_iso(opinion.date) + " " + opinion.issuer + "：" + opinion.content);
            }
            if (!has_opinion)
                personal.emplace_back(ReviewReason::no_integrity_opinion, std::to_string(year) + "年没有廉政意见");
        }

        const int declined = declined_count(*person, today, review.declined_years);
        if (declined >= review.declined_threshold)
            personal.emplace_back(ReviewReason::declined_often,
                                  "近" + years_text(review.declined_years) + "年拒绝抽调" + std::to_string(declined) + "次");

        for (const auto& assessment : person->assessments)
            if (assessment.result == AssessmentResult::incompetent && assessment.year >= year - 1)
                personal.emplace_back(ReviewReason::incompetent_evaluation,
                                      std::to_string(assessment.year) + "年度考核：不称职");
        const Date year_ago = add_years(today, -1);
        for (const auto& secondment : person->secondments)
            if (secondment.evaluation == AssessmentResult::incompetent && secondment.end && *secondment.end >= year_ago)
                personal.emplace_back(ReviewReason::incompetent_evaluation, secondment.task + " 鉴定：不称职");

        if (!review.jurisdiction.empty() && person->unit_id) {
            const auto where = jurisdiction_of(*person->unit_id, unit_by_id);
            if (!where.empty() && where != review.jurisdiction) {
                const auto unit = unit_by_id.find(*person->unit_id);
                personal.emplace_back(ReviewReason::outside_jurisdiction,
                                      "工作单位" + (unit != unit_by_id.end() ? unit->second->name : std::string()) + "属" +
                                          where + "，不在" + review.jurisdiction);
            }
        }

        for (const auto& membership : person->memberships) {
            if (membership.status != MembershipStatus::active && membership.status != MembershipStatus::suspended) continue;
            if (membership.reviewed_on && static_cast<int>(membership.reviewed_on->year()) == year) continue;
            const auto pool_it = pool_by_id.find(membership.pool_id);
            if (pool_it == pool_by_id.end()) continue;
            const Pool& pool = *pool_it->second;
            const auto add = [&](ReviewReason reason, std::string detail) {
                findings.push_back({person->id, membership.id, pool.id, reason, std::move(detail)});
            };

            PoolEntryRules rank_rules = settings.entry;
            rank_rules.max_age.reset();  // age is its own reason
            for (const auto breach : entry_rule_breaches(*person, pool, rank_rules, today)) {
                const std::string minimum = breach == EntryRuleBreach::leader_rank_below_minimum
                                                ? std::string(zh_name(settings.entry.leader_min_rank))
                                                : std::string(zh_name(settings.entry.expert_min_rank)) + "或" +
                                                      std::string(zh_name(settings.entry.expert_min_title)) + "职称";
                const std::string rank = person->rank == Rank::none ? "未填写" : std::string(zh_name(person->rank));
                add(ReviewReason::rank_below_entry_rule, "职级" + rank + "，" + pool.name +
                                                             "要求" + minimum + "以上");
            }
            for (const auto& [reason, detail] : personal) add(reason, detail);
        }
    }
    return findings;
}

}  // namespace xuncha::model
