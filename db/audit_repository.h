#pragma once
// Reads the audit trail. Rows are only ever appended, by the repositories' writes.

#include "db/database.h"
#include "model/audit.h"

#include <optional>
#include <string>
#include <vector>

namespace xuncha::db {

struct AuditQuery {
    std::optional<std::string> entity;  // "person", "unit"...
    std::optional<long long> entity_id;
    std::size_t limit = 0;              // 0: no limit
    bool newest_first = true;
};

class AuditRepository {
public:
    explicit AuditRepository(Database& database) : m_database(database) {}

    std::vector<model::AuditEntry> list(const AuditQuery& query = {});
    std::size_t count();

private:
    Database& m_database;
};

}  // namespace xuncha::db
