#include "db/internal/audit_writer.h"

#include "db/internal/database_impl.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <system_error>

namespace xuncha::db::internal {

namespace {

// JSON string escaping for UTF-8 text (RFC 8259: quote, backslash and control characters). Runs
// of ordinary characters are copied whole.
void append_json_string(std::string& out, std::string_view text)
{
    out += '"';
    std::size_t plain = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(text, plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
        }
    }
    out.append(text, plain, text.size() - plain);
    out += '"';
}

}  // namespace

std::string changes_to_json(const std::vector<model::FieldChange>& changes)
{
    // Written by hand: create_all() serialises tens of thousands of these, and building a
    // nlohmann::json tree first took a fifth of its time. Each change is a three-element array rather
    // than an object with named members: the names were 20 of the ~50 bytes of a typical change, and
    // a person's creation lists every field and sub-record (about 55 changes).
    std::string out = "[";
    std::size_t size = 2;
    for (const auto& change : changes)
        size += change.field.size() + change.old_value.size() + change.new_value.size() + 12;
    out.reserve(size);
    for (const auto& change : changes) {
        if (out.size() > 1) out += ',';
        out += '[';
        append_json_string(out, change.field);
        out += ',';
        append_json_string(out, change.old_value);
        out += ',';
        append_json_string(out, change.new_value);
        out += ']';
    }
    out += ']';
    return out;
}

std::vector<model::FieldChange> changes_from_json(const std::string& json)
{
    const auto damaged = [](const std::string& why) {
        return DbError(DbError::Category::query, "An audit row's list of changes is damaged: " + why);
    };
    std::vector<model::FieldChange> changes;
    try {
        const auto array = nlohmann::json::parse(json);
        if (!array.is_array()) throw damaged("it is not a list");
        changes.reserve(array.size());
        for (const auto& item : array) {
            if (item.is_array() && item.size() == 3)
                changes.push_back({item[0].get<std::string>(), item[1].get<std::string>(), item[2].get<std::string>()});
            else  // rows written before 2026-11-29: {"field": ..., "old": ..., "new": ...}
                changes.push_back({item.at("field").get<std::string>(), item.at("old").get<std::string>(),
                                   item.at("new").get<std::string>()});
        }
    }
    catch (const nlohmann::json::exception& error) {
        throw damaged(error.what());
    }
    return changes;
}

AuditWriter::AuditWriter(Database& database) : m_database(database)
{
    m_row.operator_name = database.operator_name();
    m_insert = std::make_unique<InsertStatement>(session_of(database), database.backend(), "audit_log", m_row);
}

void AuditWriter::append(std::string_view entity, long long entity_id, const std::string& label,
                         model::AuditAction action, const std::vector<model::FieldChange>& changes)
{
    append_json(entity, entity_id, label, action, changes_to_json(changes));
}

void AuditWriter::append_json(std::string_view entity, long long entity_id, const std::string& label,
                              model::AuditAction action, std::string changes_json)
{
    fill(entity, entity_id, label, action, std::move(changes_json));
    m_insert->execute();
}

void AuditWriter::append_json_later(std::size_t owner, std::string_view entity, long long entity_id,
                                    const std::string& label, model::AuditAction action, std::string changes_json)
{
    fill(entity, entity_id, label, action, std::move(changes_json));
    m_batch_owner.current = owner;
    batched_insert().execute();
}

void AuditWriter::flush()
{
    if (m_batched_insert) m_batched_insert->flush();
}

void AuditWriter::reserve_later(std::size_t rows)
{
    batched_insert().reserve(rows);
}

InsertStatement& AuditWriter::batched_insert()
{
    // Only PostgreSQL keeps batched rows; on SQLite the statement of append_json writes them alike.
    if (m_database.backend() != Backend::postgresql) return *m_insert;
    if (!m_batched_insert)
        m_batched_insert = std::make_unique<InsertStatement>(session_of(m_database), m_database.backend(), "audit_log",
                                                             m_row, true, Audited{}, &m_batch_owner);
    return *m_batched_insert;
}

void AuditWriter::fill(std::string_view entity, long long entity_id, const std::string& label,
                       model::AuditAction action, std::string changes_json)
{
    m_row.at = audit_timestamp(m_database.now());
    m_row.entity = entity;
    m_row.entity_id = entity_id;
    m_row.entity_label = label;
    m_row.action = model::code_of(action);
    m_row.changes = std::move(changes_json);
}

namespace {

// Below this many records a thread costs more than it saves.
constexpr std::size_t batch_thread_threshold = 64;
constexpr std::size_t batch_wake_records = 16;
// PostgreSQL: the rows waiting in the AuditWriter are written this many at a time.
constexpr std::size_t rows_a_flush = 1000;

}  // namespace

AuditBatch::AuditBatch(AuditWriter& writer, std::string_view entity, model::AuditAction action, std::size_t count,
                       std::function<Record(std::size_t)> record_of)
    : m_writer(writer), m_entity(entity), m_action(action), m_record_of(std::move(record_of)), m_rows(count)
{
    if (count < batch_thread_threshold) return;
    try {
        m_thread = std::thread([this] { work(); });
    }
    catch (const std::system_error&) {
        // No thread to be had: finish() works out every row itself.
    }
}

AuditBatch::~AuditBatch()
{
    if (!m_thread.joinable()) return;
    {
        const std::lock_guard lock(m_mutex);
        m_abandoned = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void AuditBatch::added()
{
    if (m_added >= m_rows.size()) throw std::logic_error("AuditBatch: more records added than announced");
    if (!m_thread.joinable()) {
        ++m_added;
        return;
    }
    bool wake = false;
    {
        const std::lock_guard lock(m_mutex);
        ++m_added;
        // A sleeping thread is woken for a few records at a time: waking it for each one cost more
        // than the records' text.
        wake = m_waiting && m_added - m_done >= batch_wake_records;
    }
    if (wake) m_wake.notify_one();
}

AuditBatch::Row AuditBatch::row_of(std::size_t index) const
{
    auto record = m_record_of(index);
    return {record.entity_id, std::move(record.label), changes_to_json(record.changes)};
}

void AuditBatch::work()
{
    for (std::size_t index = 0;; ++index) {
        {
            std::unique_lock lock(m_mutex);
            m_waiting = true;
            m_wake.wait(lock, [&] { return m_abandoned || m_closing || index < m_added; });
            m_waiting = false;
            if (m_abandoned || index >= m_added) return;
        }
        try {
            m_rows[index] = row_of(index);
        }
        catch (...) {
            const std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
            return;
        }
        const std::lock_guard lock(m_mutex);
        m_done = index + 1;
    }
}

void AuditBatch::finish()
{
    std::size_t done = 0;
    if (m_thread.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_wake.notify_one();
        m_thread.join();
        if (m_error) std::rethrow_exception(m_error);
        done = m_done;
    }
    m_writer.reserve_later(m_added);
    for (std::size_t i = 0; i < m_added; ++i) {
        auto row = i < done ? std::move(m_rows[i]) : row_of(i);
        // The row of record i names record i when refused (create_all's error names the person).
        m_writer.append_json_later(i, m_entity, row.entity_id, row.label, m_action, std::move(row.changes_json));
        if ((i + 1) % rows_a_flush == 0) m_writer.flush();
    }
    m_writer.flush();
}

}  // namespace xuncha::db::internal
