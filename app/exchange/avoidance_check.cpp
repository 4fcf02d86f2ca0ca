#include "app/exchange/avoidance_check.h"

#include "db/avoidance_case_repository.h"
#include "db/catalog_repository.h"
#include "db/person_repository.h"
#include "db/round_repository.h"
#include "db/settings_repository.h"
#include "db/unit_repository.h"
#include "model/pool.h"

#include <algorithm>
#include <set>

namespace xuncha::app {

const model::Round* AvoidanceData::round(model::RoundId id) const
{
    const auto it = std::find_if(rounds.begin(), rounds.end(), [&](const model::Round& r) { return r.id == id; });
    return it == rounds.end() ? nullptr : &*it;
}

const model::Person* AvoidanceData::person(model::PersonId id) const
{
    const auto it = person_index.find(id);
    return it == person_index.end() ? nullptr : &facts.people[it->second];
}

const model::Unit* AvoidanceData::unit(model::UnitId id) const
{
    const auto it = unit_index.find(id);
    return it == unit_index.end() ? nullptr : &facts.units[it->second];
}

AvoidanceData load_avoidance_data(db::Database& database, std::optional<model::RoundId> checked_round)
{
    // Never committed: one consistent snapshot to read from.
    db::Transaction snapshot(database);
    AvoidanceData data;
    data.rules = db::SettingsRepository(database).load().avoidance;
    data.rounds = db::RoundRepository(database).list();
    data.facts.units = db::UnitRepository(database).list();
    data.facts.people = db::PersonRepository(database).load_all();
    data.facts.history = model::assignments(data.rounds, checked_round);
    data.facts.cases = db::AvoidanceCaseRepository(database).list();

    std::set<model::PoolId> leader_pools;
    for (const auto& pool : db::CatalogRepository(database).pools())
        if (pool.kind == model::PoolKind::leader) leader_pools.insert(pool.id);
    for (std::size_t i = 0; i < data.facts.people.size(); ++i) {
        const auto& person = data.facts.people[i];
        data.person_index.emplace(person.id, i);
        bool in_pool = false;
        bool in_leader_pool = false;
        for (const auto& membership : person.memberships) {
            if (membership.status != model::MembershipStatus::active) continue;
            in_pool = true;
            if (leader_pools.contains(membership.pool_id)) in_leader_pool = true;
        }
        if (in_pool) data.pool_people.push_back(person.id);
        if (in_leader_pool) data.facts.leader_pool.push_back(person.id);
    }
    for (std::size_t i = 0; i < data.facts.units.size(); ++i) data.unit_index.emplace(data.facts.units[i].id, i);
    return data;
}

std::vector<model::PersonId> round_candidates(const AvoidanceData& data, const model::Round& round)
{
    auto candidates = data.pool_people;
    std::set<model::PersonId> listed(candidates.begin(), candidates.end());
    for (const auto& group : round.groups)
        for (const auto& member : group.members)
            if (listed.insert(member.person_id).second) candidates.push_back(member.person_id);
    return candidates;
}

std::optional<RoundCheck> check_round(db::Database& database, model::RoundId id, const model::Date& today,
                                      std::optional<model::Date> as_of)
{
    const auto data = load_avoidance_data(database, id);
    const auto* round = data.round(id);
    if (!round) return std::nullopt;
    RoundCheck check;
    check.round = *round;
    check.as_of = as_of.value_or(model::evaluation_date(*round, today));
    check.candidates = round_candidates(data, *round);
    // An announced round is re-checked with the rules it was checked with (its snapshot).
    const model::AvoidanceEngine engine(model::rules_for(*round, data.rules), check.as_of, data.facts);
    check.findings = model::check_round(engine, *round, check.candidates);
    return check;
}

std::vector<model::Finding> check_person_unit(const AvoidanceData& data, model::PersonId person, model::UnitId unit,
                                              const model::Date& as_of)
{
    if (!data.person(person) || !data.unit(unit)) return {};
    const model::AvoidanceEngine engine(data.rules, as_of, data.facts);
    return engine.check({person}, {unit});
}

}  // namespace xuncha::app
