#pragma once
// Training events (培训). People's attendance is a sub-record of the person (PersonRepository).

#include "db/database.h"
#include "model/training.h"

#include <optional>
#include <vector>

namespace xuncha::db {

class TrainingRepository {
public:
    explicit TrainingRepository(Database& database) : m_database(database) {}

    // Dated ones by start date, then undated ones; ties by id.
    std::vector<model::Training> list();
    std::optional<model::Training> find(model::TrainingId id);

    void create(Transaction& tx, model::Training& training);        // assigns training.id, appends an audit row
    void update(Transaction& tx, const model::Training& training);  // audit row with the changed fields
    // Refused with DbError(in_use) while people's records list it as attended.
    void remove(Transaction& tx, model::TrainingId id);

private:
    Database& m_database;
};

}  // namespace xuncha::db
