#pragma once
// Units and their hierarchy.

#include "db/database.h"
#include "model/unit.h"

#include <optional>
#include <vector>

namespace xuncha::db {

class UnitRepository {
public:
    explicit UnitRepository(Database& database) : m_database(database) {}

    // All units ordered by sort_order, then id.
    std::vector<model::Unit> list();
    std::optional<model::Unit> find(model::UnitId id);

    // Assigns unit.id and the leaders' ids, appends an audit row. Leaders' person_id must name saved
    // people (in create_all() too: they are kept as given).
    void create(Transaction& tx, model::Unit& unit);
    // Many units at once (import, demo); parents must precede children. The ids units carry on entry
    // (an import file's own, non-zero) may appear in later units' parent_id / supervisor_id: those
    // references are rewritten to the new ids. Any other reference must be a saved unit.
    void create_all(Transaction& tx, std::vector<model::Unit>& units);
    // Saves the unit with its leaders (matched by id: 0 = new, missing = removed) and profile flags;
    // audit row with the changed fields. DbError(not_found) for an unknown unit or a leader id that is
    // not the unit's own.
    void update(Transaction& tx, const model::Unit& unit);
    // The same, and assigns the new leaders' ids in `unit`.
    void update(Transaction& tx, model::Unit& unit);
    // Refused with DbError(in_use) while people work there, units sit under it, inspection groups cover
    // it, avoidance cases name it, or other records refer to it. Its leaders and flags go with it.
    void remove(Transaction& tx, model::UnitId id);

private:
    Database& m_database;
};

}  // namespace xuncha::db
