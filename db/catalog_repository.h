#pragma once
// The user-editable catalogues: specialties (专业特长) and pools (库).

#include "db/database.h"
#include "model/pool.h"
#include "model/specialty.h"

#include <optional>
#include <vector>

namespace xuncha::db {

class CatalogRepository {
public:
    explicit CatalogRepository(Database& database) : m_database(database) {}

    // In sort_order, then id.
    std::vector<model::Specialty> specialties();
    void create(Transaction& tx, model::Specialty& specialty);
    void update(Transaction& tx, const model::Specialty& specialty);
    // Removing a specialty that people have is refused with DbError(in_use).
    void remove(Transaction& tx, model::SpecialtyId id);

    std::vector<model::Pool> pools();
    std::optional<model::Pool> find_pool_by_name(const std::string& name);
    void create(Transaction& tx, model::Pool& pool);
    void update(Transaction& tx, const model::Pool& pool);
    // Removing a pool that has members is refused with DbError(in_use).
    void remove(Transaction& tx, model::PoolId id);

private:
    Database& m_database;
};

}  // namespace xuncha::db
