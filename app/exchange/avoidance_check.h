#pragma once
// The avoidance check as both programs run it: the facts loaded from a database, the engine built on
// them, a round's candidates. No wx here: the GUI's conflict matrix and xuncha-cli check share it.

#include "db/database.h"
#include "model/avoidance.h"
#include "model/date.h"
#include "model/person.h"
#include "model/round.h"
#include "model/unit.h"

#include <optional>
#include <unordered_map>
#include <vector>

namespace xuncha::app {

// Everything the engine reads, from one snapshot of the database.
struct AvoidanceData {
    model::AvoidanceRules rules;         // the office's settings (SettingsRepository)
    std::vector<model::Round> rounds;    // every round (RoundRepository::list order)
    model::AvoidanceFacts facts;         // units, people, history, cases, leader pool
    std::vector<model::PersonId> pool_people;  // people with an 在库 membership in some pool, in id order

    const model::Round* round(model::RoundId id) const;
    const model::Person* person(model::PersonId id) const;
    const model::Unit* unit(model::UnitId id) const;

    std::unordered_map<model::PersonId, std::size_t> person_index;
    std::unordered_map<model::UnitId, std::size_t> unit_index;
};

// Loads the facts. The history (rule 10) is every round at 进驻 or later except `checked_round`, the
// round about to be checked; the leader pool is everyone 在库 in a pool of kind 组长库.
AvoidanceData load_avoidance_data(db::Database& database, std::optional<model::RoundId> checked_round = std::nullopt);

// A round's candidates: everyone 在库 in some pool, then the round's group members who are not.
std::vector<model::PersonId> round_candidates(const AvoidanceData& data, const model::Round& round);

struct RoundCheck {
    model::Round round;
    model::Date as_of;                     // the date the rules were applied as of
    std::vector<model::PersonId> candidates;
    std::vector<model::Finding> findings;  // model::check_round's order
};

// Checks round `id` as of `as_of`, or else model::evaluation_date(round, today), with model::rules_for()
// (the round's snapshot once announced, else the office's rules). Empty for an unknown id.
std::optional<RoundCheck> check_round(db::Database& database, model::RoundId id, const model::Date& today,
                                      std::optional<model::Date> as_of = std::nullopt);

// One person against one unit as of `as_of`, outside any round (history: every inspected round).
// Empty findings when the person or the unit does not exist: check them first.
std::vector<model::Finding> check_person_unit(const AvoidanceData& data, model::PersonId person, model::UnitId unit,
                                              const model::Date& as_of);

}  // namespace xuncha::app
