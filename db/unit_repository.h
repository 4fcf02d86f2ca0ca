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

    void create(Transaction& tx, model::Unit& unit);  // assigns unit.id, appends an audit row
    // Many units at once (import, demo); parents must precede children. The ids units carry on entry
    // (an import file's own, non-zero) may appear in later units' parent_id / supervisor_id: those
    // references are rewritten to the new ids. Any other reference must be a saved unit.
    void create_all(Transaction& tx, std::vector<model::Unit>& units);
    void update(Transaction& tx, const model::Unit& unit);  // audit row with the changed fields
    // Refused with DbError(in_use) while people work there, units sit under it, or records refer to it.
    void remove(Transaction& tx, model::UnitId id);

private:
    Database& m_database;
};

}  // namespace xuncha::db
