#pragma once
// Avoidance cases (回避事项): declared, raised, found or decided conflicts and their decisions.

#include "db/database.h"
#include "model/avoidance_case.h"

#include <optional>
#include <vector>

namespace xuncha::db {

class AvoidanceCaseRepository {
public:
    explicit AvoidanceCaseRepository(Database& database) : m_database(database) {}

    // Every case, by round (standing ones first), then id.
    std::vector<model::AvoidanceCase> list();
    std::vector<model::AvoidanceCase> list_for_round(model::RoundId round);
    std::vector<model::AvoidanceCase> list_for_person(model::PersonId person);
    std::optional<model::AvoidanceCase> find(model::AvoidanceCaseId id);

    void create(Transaction& tx, model::AvoidanceCase& avoidance_case);  // assigns the id, audit row
    void create_all(Transaction& tx, std::vector<model::AvoidanceCase>& cases);
    void update(Transaction& tx, const model::AvoidanceCase& avoidance_case);  // audit row with changes
    void remove(Transaction& tx, model::AvoidanceCaseId id);

private:
    Database& m_database;
};

}  // namespace xuncha::db
