#pragma once
// Appends rows to audit_log inside the caller's transaction, with one prepared INSERT reused for
// every row (create_all() writes thousands).

#include "db/database.h"
#include "db/internal/dialect.h"
#include "model/audit.h"

#include <soci/soci.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace xuncha::db::internal {

// audit_log.changes: [{"field": ..., "old": ..., "new": ...}]
std::string changes_to_json(const std::vector<model::FieldChange>& changes);
// Throws DbError(query) when the stored text is not that shape.
std::vector<model::FieldChange> changes_from_json(const std::string& json);

class AuditWriter {
public:
    explicit AuditWriter(Database& database);
    AuditWriter(const AuditWriter&) = delete;
    AuditWriter& operator=(const AuditWriter&) = delete;

    void append(std::string_view entity, long long entity_id, const std::string& label, model::AuditAction action,
                const std::vector<model::FieldChange>& changes);

    struct Row {
        std::string at;
        std::string operator_name;
        std::string entity;
        long long entity_id = 0;
        std::string entity_label;
        std::string action;
        std::string changes;

        template <class F>
        void visit(F&& f)
        {
            f("at", at);
            f("operator_name", operator_name);
            f("entity", entity);
            f("entity_id", entity_id);
            f("entity_label", entity_label);
            f("action", action);
            f("changes", changes);
        }
    };

private:
    Database& m_database;
    Row m_row;
    std::unique_ptr<InsertStatement> m_insert;
};

}  // namespace xuncha::db::internal
