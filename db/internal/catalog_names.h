#pragma once
// Names of units, pools, specialties and trainings for audit rows, loaded once per write operation;
// people's names and rounds' titles one by one (there may be 100,000 people), each read once.

#include "db/database.h"
#include "model/audit.h"

#include <soci/soci.h>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace xuncha::db::internal {

class CatalogNames {
public:
    explicit CatalogNames(soci::session& session) : m_session(session) {}
    CatalogNames(const CatalogNames&) = delete;
    CatalogNames& operator=(const CatalogNames&) = delete;

    // Resolves through this object: it must outlive the returned value's use.
    model::AuditNames audit_names();
    // The units', pools', specialties' and trainings' names as they are now, read in full, in lookups
    // that never touch the database and may be used from another thread (AuditBatch). They hold no
    // people's names: asking for one throws std::logic_error.
    model::AuditNames snapshot();

    std::string unit(model::UnitId id);
    std::string pool(model::PoolId id);
    std::string specialty(model::SpecialtyId id);
    std::string training(model::TrainingId id);  // its topic
    std::string person(model::PersonId id);
    std::string round(model::RoundId id);  // its title, "十五届县委第四轮巡察"

    // Records written during this operation, so that later rows of it can name them.
    void note(model::UnitId id, const std::string& name);
    void note(model::PoolId id, const std::string& name);
    void note(model::SpecialtyId id, const std::string& name);

private:
    using Names = std::unordered_map<long long, std::string>;
    std::string lookup(std::optional<Names>& names, const char* table, const char* column, long long id);
    const Names& loaded(std::optional<Names>& names, const char* table, const char* column);

    soci::session& m_session;
    std::optional<Names> m_units;
    std::optional<Names> m_pools;
    std::optional<Names> m_specialties;
    std::optional<Names> m_trainings;
    Names m_people;
    Names m_rounds;
};

}  // namespace xuncha::db::internal
