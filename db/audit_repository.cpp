#include "db/audit_repository.h"

#include "db/internal/audit_writer.h"
#include "db/internal/columns.h"
#include "db/internal/database_impl.h"
#include "db/internal/dialect.h"

namespace xuncha::db {

std::vector<model::AuditEntry> AuditRepository::list(const AuditQuery& query)
{
    std::vector<model::AuditEntry> entries;
    try {
        auto& session = internal::session_of(m_database);
        constexpr std::size_t batch = 1000;
        std::vector<long long> ids(batch);
        std::vector<std::string> ats(batch);
        std::vector<std::string> operators(batch);
        std::vector<std::string> entities(batch);
        std::vector<long long> entity_ids(batch);
        std::vector<std::string> labels(batch);
        std::vector<std::string> actions(batch);
        std::vector<std::string> changes(batch);

        std::string entity = query.entity.value_or("");
        long long entity_id = query.entity_id.value_or(0);
        long long limit = static_cast<long long>(query.limit);

        soci::statement select(session);
        for (auto* column : {&ids, &entity_ids}) select.exchange(soci::into(*column));
        std::string sql = "SELECT id, entity_id, at, operator_name, entity, entity_label, action, changes FROM audit_log";
        for (auto* column : {&ats, &operators, &entities, &labels, &actions, &changes})
            select.exchange(soci::into(*column));
        std::string where;
        if (query.entity) {
            where += " WHERE entity = :entity";
            select.exchange(soci::use(entity, "entity"));
        }
        if (query.entity_id) {
            where += where.empty() ? " WHERE" : " AND";
            where += " entity_id = :entityid";
            select.exchange(soci::use(entity_id, "entityid"));
        }
        sql += where + (query.newest_first ? " ORDER BY id DESC" : " ORDER BY id");
        if (query.limit > 0) {
            sql += " LIMIT :limit";
            select.exchange(soci::use(limit, "limit"));
        }
        internal::prepare_statement(select, sql);
        select.execute();
        while (select.fetch()) {
            for (std::size_t i = 0; i < ids.size(); ++i) {
                auto& entry = entries.emplace_back();
                entry.id = ids[i];
                entry.at = std::move(ats[i]);
                entry.operator_name = std::move(operators[i]);
                entry.entity = std::move(entities[i]);
                entry.entity_id = entity_ids[i];
                entry.entity_label = std::move(labels[i]);
                entry.action = internal::decode<model::AuditAction>(actions[i], "audit_log.action");
                entry.changes = internal::changes_from_json(changes[i]);
            }
            for (auto* column : {&ids, &entity_ids}) column->resize(batch);
            for (auto* column : {&ats, &operators, &entities, &labels, &actions, &changes}) column->resize(batch);
        }
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
    return entries;
}

std::size_t AuditRepository::count()
{
    long long n = 0;
    try {
        internal::session_of(m_database) << "SELECT COUNT(*) FROM audit_log", soci::into(n);
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
    return static_cast<std::size_t>(n);
}

}  // namespace xuncha::db
