#pragma once
// Appends rows to audit_log inside the caller's transaction, with one prepared INSERT reused for
// every row (create_all() writes thousands).

#include "db/database.h"
#include "db/internal/dialect.h"
#include "model/audit.h"

#include <soci/soci.h>

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace xuncha::db::internal {

// audit_log.changes: [[field, old, new], ...]
std::string changes_to_json(const std::vector<model::FieldChange>& changes);
// Reads that form and the one written before 2026-11-29, [{"field": ..., "old": ..., "new": ...}]
// (audit rows are never rewritten). Throws DbError(query) when the stored text is neither.
std::vector<model::FieldChange> changes_from_json(const std::string& json);

class AuditWriter {
public:
    explicit AuditWriter(Database& database);
    AuditWriter(const AuditWriter&) = delete;
    AuditWriter& operator=(const AuditWriter&) = delete;

    void append(std::string_view entity, long long entity_id, const std::string& label, model::AuditAction action,
                const std::vector<model::FieldChange>& changes);
    // The same with the changes already in their stored form (changes_to_json).
    void append_json(std::string_view entity, long long entity_id, const std::string& label, model::AuditAction action,
                     std::string changes_json);
    // The same, but on PostgreSQL the row waits for flush(), which writes the waiting rows many to a
    // statement (see InsertStatement's batches); on SQLite it is written at once. A refused row throws
    // BatchRowError with its `owner`.
    void append_json_later(std::size_t owner, std::string_view entity, long long entity_id, const std::string& label,
                           model::AuditAction action, std::string changes_json);
    void flush();
    // Takes the ids of the next `rows` rows of append_json_later in one query (PostgreSQL).
    void reserve_later(std::size_t rows);

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
    InsertStatement& batched_insert();
    void fill(std::string_view entity, long long entity_id, const std::string& label, model::AuditAction action,
              std::string changes_json);

    Database& m_database;
    Row m_row;
    std::unique_ptr<InsertStatement> m_insert;
    BatchOwner m_batch_owner;
    std::unique_ptr<InsertStatement> m_batched_insert;  // made on first use
};

// The audit rows of many records inserted one after another (create_all of thousands of people):
// each record's changes and their JSON, a fifth of such an import's time, are worked out on a second
// thread while the caller goes on inserting; finish() then writes the rows on the caller's thread and
// connection, in the order the records were added, so they are exactly what append() would have
// written. `record_of(i)` runs on the other thread: it must not touch the database (names come from
// CatalogNames::snapshot()), and record i must not change once added. Small batches need no thread.
class AuditBatch {
public:
    struct Record {
        long long entity_id = 0;
        std::string label;
        std::vector<model::FieldChange> changes;
    };

    AuditBatch(AuditWriter& writer, std::string_view entity, model::AuditAction action, std::size_t count,
               std::function<Record(std::size_t)> record_of);
    // Without finish() (the caller's write failed): stops the thread, writes nothing.
    ~AuditBatch();
    AuditBatch(const AuditBatch&) = delete;
    AuditBatch& operator=(const AuditBatch&) = delete;

    // The next record (0, 1, ...) is inserted and will not change any more.
    void added();
    // Waits for the remaining records' changes and writes all rows; rethrows what record_of threw.
    void finish();

private:
    struct Row {
        long long entity_id = 0;
        std::string label;
        std::string changes_json;
    };
    Row row_of(std::size_t index) const;
    void work();

    AuditWriter& m_writer;
    std::string m_entity;
    model::AuditAction m_action;
    std::function<Record(std::size_t)> m_record_of;
    std::vector<Row> m_rows;  // slot i is filled by the thread, read here once m_done > i
    std::size_t m_added = 0;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::size_t m_done = 0;
    bool m_closing = false;  // no more records: the thread ends once it has caught up
    bool m_abandoned = false;
    bool m_waiting = false;  // the thread sleeps until the next record
    std::exception_ptr m_error;
    std::thread m_thread;  // last: started once everything above exists
};

}  // namespace xuncha::db::internal
