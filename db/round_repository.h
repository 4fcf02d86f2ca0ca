#pragma once
// Inspection rounds with their groups, covered units and members.

#include "db/database.h"
#include "model/round.h"

#include <optional>
#include <vector>

namespace xuncha::db {

class RoundRepository {
public:
    explicit RoundRepository(Database& database) : m_database(database) {}

    // Every round with its groups, newest term and number first.
    std::vector<model::Round> list();
    std::optional<model::Round> find(model::RoundId id);

    // Assigns round.id and every group's id; one audit row for the round (its groups listed in it).
    void create(Transaction& tx, model::Round& round);
    // Many rounds at once (import, demo): ids in the rounds are replaced by new ones.
    void create_all(Transaction& tx, std::vector<model::Round>& rounds);
    // Saves the round and its groups (matched by id: 0 = new, missing = removed); assigns new group ids.
    // The state is saved as given: the caller checks the transition (model::check_round_transition).
    // DbError(not_found) for an unknown round or group id; DbError(constraint) when a group number is
    // used twice in the round, or a unit or person does not exist.
    void update(Transaction& tx, model::Round& round);
    // DbError(in_use) while avoidance cases refer to the round.
    void remove(Transaction& tx, model::RoundId id);

private:
    Database& m_database;
};

}  // namespace xuncha::db
