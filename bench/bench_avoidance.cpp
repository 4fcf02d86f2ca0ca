// Avoidance engine figures (issue 4): the full conflict matrix for 1,500 people × 60 units (a county's
// round) and for 100,000 people × 1,000 units. Each run indexes the facts (AvoidanceEngine's
// constructor) and checks every person against every unit. Prints figures; asserts nothing about time.
//
// The county is synthetic but shaped like a real one: townships with villages under them, departments
// with institutions under them and schools under their 主管部门, five leaders a unit (one in five linked
// to a person record with a work history), people with three posts and four relatives each at random
// units, home towns among the townships, earlier rounds and declared cases.

#include "bench/stopwatch.h"
#include "bench/synthetic_people.h"
#include "model/avoidance.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace xuncha;
using bench::Spread;
using bench::Stopwatch;
using bench::Timing;

namespace {

const model::Date as_of(2027, 3, 15);

std::vector<model::Unit> county(std::size_t count)
{
    std::vector<model::Unit> units;
    model::Unit root;
    root.id = model::UnitId{1};
    root.name = "某县县委";
    root.type = model::UnitType::party_committee;
    units.push_back(root);
    const std::size_t townships = std::max<std::size_t>(count / 30, 2);
    for (std::size_t i = 1; i < count; ++i) {
        model::Unit unit;
        unit.id = model::UnitId{static_cast<long long>(i + 1)};
        if (i <= townships) {
            unit.name = "第" + std::to_string(i) + "镇";
            unit.type = model::UnitType::township;
            unit.parent_id = root.id;
        } else if (i % 2 == 0) {
            unit.name = "第" + std::to_string(i) + "村";
            unit.type = model::UnitType::village;
            unit.parent_id = model::UnitId{static_cast<long long>(2 + i % townships)};
        } else if (i % 5 == 1) {
            unit.name = "县第" + std::to_string(i) + "学校";
            unit.type = model::UnitType::school;
            unit.supervisor_id = model::UnitId{static_cast<long long>(i)};  // the department before it
        } else {
            unit.name = "县第" + std::to_string(i) + "局";
            unit.type = model::UnitType::county_department;
            unit.parent_id = root.id;
        }
        units.push_back(unit);
    }
    return units;
}

model::AvoidanceFacts facts_for(std::size_t people_count, std::size_t unit_count)
{
    model::AvoidanceFacts facts;
    facts.units = county(unit_count);
    std::vector<model::UnitId> unit_ids;
    for (const auto& u : facts.units) unit_ids.push_back(u.id);
    facts.people = bench::synthetic_people(people_count, unit_ids, {model::SpecialtyId{1}, model::SpecialtyId{2}},
                                           {model::PoolId{1}, model::PoolId{2}}, 4);
    bench::SplitMix64 rng(44);
    const std::size_t townships = std::max<std::size_t>(unit_count / 30, 2);
    for (std::size_t i = 0; i < facts.people.size(); ++i) {
        auto& p = facts.people[i];
        p.id = model::PersonId{static_cast<long long>(i + 1)};
        if (i % 3 == 0) p.native_place = "某县第" + std::to_string(1 + rng.below(townships)) + "镇";
        if (i % 10 == 0) facts.leader_pool.push_back(p.id);
        if (i % 7 == 0)
            facts.history.push_back({model::RoundId{1}, model::GroupId{1}, p.id, unit_ids[rng.below(unit_ids.size())],
                                     model::GroupRole::member, "十五届县委第一轮巡察", "第一巡察组",
                                     model::Date(2024, 4, 1)});
        if (i % 50 == 0) {
            model::AvoidanceCase c;
            c.person_id = p.id;
            c.unit_id = unit_ids[rng.below(unit_ids.size())];
            c.facts = "本人申报的利害关系";
            c.rule = model::AvoidanceRuleCode::declared_interest;
            facts.cases.push_back(c);
        }
    }
    for (auto& unit : facts.units)
        for (int k = 0; k < 5; ++k) {
            model::UnitLeader l;
            const bool linked = rng.below(5) == 0;
            if (linked) {
                const auto& p = facts.people[rng.below(facts.people.size())];
                l.person_id = p.id;
                l.name = p.name;
            } else {
                l.name = "领导" + std::to_string(rng.below(100000));
            }
            l.post = k == 0 ? "书记" : "副职";
            l.principal_head = k == 0;
            l.start = model::Date(2019 + static_cast<int>(rng.below(7)), 1 + static_cast<int>(rng.below(12)), 1);
            unit.leaders.push_back(l);
        }
    return facts;
}

struct Result {
    Spread spread;
    std::size_t findings = 0;
};

Result run(const model::AvoidanceFacts& facts, int runs)
{
    std::vector<model::UnitId> units;
    for (const auto& u : facts.units) units.push_back(u.id);
    std::vector<Timing> timings;
    std::size_t findings = 0;
    for (int i = 0; i < runs; ++i) {
        const Stopwatch watch;
        const model::AvoidanceEngine engine(model::default_avoidance_rules(), as_of, facts);
        findings = engine.check_all(units).size();
        timings.push_back(watch.elapsed());
    }
    return {bench::spread(timings), findings};
}

void report(const char* what, std::size_t people, std::size_t units, double target_s, int runs)
{
    const auto facts = facts_for(people, units);
    const auto r = run(facts, runs);
    std::printf("avoidance: %s (%zu people × %zu units, %zu findings): %.1f ms (median of %d, %.1f-%.1f ms; CPU "
                "%.1f ms); target %.0f ms: %s\n",
                what, people, units, r.findings, r.spread.median * 1e3, runs, r.spread.best * 1e3, r.spread.worst * 1e3,
                r.spread.cpu_median * 1e3, target_s * 1e3, r.spread.median < target_s ? "meets" : "MISSES");
}

}  // namespace

int main()
{
    report("a county round's matrix", 1'500, 60, 0.050, 9);
    report("the whole database", 100'000, 1'000, 5.0, 3);
}
