#include "db/internal/audit_writer.h"

#include "db/internal/database_impl.h"

#include <nlohmann/json.hpp>

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
    // nlohmann::json tree first took a fifth of its time.
    std::string out = "[";
    std::size_t size = 2;
    for (const auto& change : changes)
        size += change.field.size() + change.old_value.size() + change.new_value.size() + 32;
    out.reserve(size);
    for (const auto& change : changes) {
        if (out.size() > 1) out += ',';
        out += "{\"field\":";
        append_json_string(out, change.field);
        out += ",\"old\":";
        append_json_string(out, change.old_value);
        out += ",\"new\":";
        append_json_string(out, change.new_value);
        out += '}';
    }
    out += ']';
    return out;
}

std::vector<model::FieldChange> changes_from_json(const std::string& json)
{
    std::vector<model::FieldChange> changes;
    try {
        const auto array = nlohmann::json::parse(json);
        for (const auto& item : array)
            changes.push_back({item.at("field").get<std::string>(), item.at("old").get<std::string>(),
                               item.at("new").get<std::string>()});
    }
    catch (const nlohmann::json::exception& error) {
        throw DbError(DbError::Category::query,
                      std::string("An audit row's list of changes is damaged: ") + error.what());
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
    m_row.at = audit_timestamp(m_database.now());
    m_row.entity = entity;
    m_row.entity_id = entity_id;
    m_row.entity_label = label;
    m_row.action = model::code_of(action);
    m_row.changes = changes_to_json(changes);
    m_insert->execute();
}

}  // namespace xuncha::db::internal
