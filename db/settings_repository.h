#pragma once
// The office's rule settings (entry rules, annual review, avoidance rules), stored key by key in the
// setting table; each avoidance rule field under its own key ("avoidance.past_employment.look_back_years").

#include "db/database.h"
#include "model/settings.h"

namespace xuncha::db {

class SettingsRepository {
public:
    explicit SettingsRepository(Database& database) : m_database(database) {}

    // The stored settings; each one never saved has its default (OfficeSettings{}). An avoidance rule
    // with parameters out of range takes its default (model::repaired()); a value of the wrong type is
    // refused with DbError(query) naming its key.
    model::OfficeSettings load();
    // Stores every setting and appends one audit row (entity "settings") listing the changed ones by
    // key ("review.stale_months"); nothing at all when nothing changed.
    void save(Transaction& tx, const model::OfficeSettings& settings);

private:
    Database& m_database;
};

}  // namespace xuncha::db
