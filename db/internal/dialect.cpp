#include "db/internal/dialect.h"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <string>
#include <vector>

namespace xuncha::db::internal {

namespace {

bool starts_with(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// The unique keys of the schema: PostgreSQL reports the constraint's name, SQLite the columns
// (or the index name for an expression index). Names are the same on both backends (migrations).
struct UniqueKey {
    std::string_view name;            // constraint or index name
    std::string_view sqlite_columns;  // as SQLite words it after "UNIQUE constraint failed: "
    std::string_view sentence;        // what the user did wrong
};

constexpr std::array unique_keys{
    UniqueKey{"specialty_name_unique", "specialty.name", "the name is already used by another specialty"},
    UniqueKey{"pool_name_unique", "pool.name", "the name is already used by another pool"},
    UniqueKey{"unit_name_unique", "index 'unit_name_unique'",
              "the name is already used by another unit under the same parent unit"},
    UniqueKey{"person_id_number_unique", "person.id_number", "the ID number is already recorded for another person"},
    UniqueKey{"person_specialty_pkey", "person_specialty.person_id, person_specialty.specialty_id",
              "the same specialty is listed twice"},
    UniqueKey{"pool_membership_unique", "pool_membership.person_id, pool_membership.pool_id",
              "the person is listed twice in the same pool"},
    UniqueKey{"training_attendance_unique", "training_attendance.person_id, training_attendance.training_id",
              "the same training is listed twice"},
    UniqueKey{"annual_assessment_unique", "annual_assessment.person_id, annual_assessment.year",
              "two annual assessments are recorded for the same year"},
    UniqueKey{"unit_flag_pkey", "unit_flag.unit_id, unit_flag.flag", "the same profile flag is listed twice"},
    UniqueKey{"round_unique", "round.committee, round.term, round.number",
              "another round of the same committee already has this term and number"},
    UniqueKey{"round_group_number_unique", "round_group.round_id, round_group.number",
              "two groups of the round have the same number"},
    UniqueKey{"group_unit_pkey", "group_unit.group_id, group_unit.unit_id", "a group lists the same unit twice"},
    UniqueKey{"group_member_pkey", "group_member.group_id, group_member.person_id",
              "a group lists the same person twice"},
};

enum class Violation { none, unique, foreign_key, check, not_null, bad_value, connection };

Violation classify(const soci::soci_error& error, Backend backend, const std::string& message)
{
    if (backend == Backend::postgresql) {
        std::optional<std::string> sqlstate;
        if (const auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&error)) sqlstate = pg->sqlstate();
        if (const auto* batch = dynamic_cast<const BatchRowError*>(&error)) sqlstate = batch->sqlstate();
        if (sqlstate) {
            const std::string& state = *sqlstate;
            if (state == "23505") return Violation::unique;
            if (state == "23503") return Violation::foreign_key;
            if (state == "23514") return Violation::check;
            if (state == "23502") return Violation::not_null;
            if (starts_with(state, "22")) return Violation::bad_value;
            if (starts_with(state, "08") || starts_with(state, "57P")) return Violation::connection;
        }
        return Violation::none;
    }
    if (message.find("UNIQUE constraint failed") != std::string::npos) return Violation::unique;
    if (message.find("FOREIGN KEY constraint failed") != std::string::npos) return Violation::foreign_key;
    if (message.find("CHECK constraint failed") != std::string::npos) return Violation::check;
    if (message.find("NOT NULL constraint failed") != std::string::npos) return Violation::not_null;
    return Violation::none;
}

}  // namespace

bool is_postgresql_target(std::string_view target)
{
    return starts_with(target, "postgresql://") || starts_with(target, "postgres://");
}

std::string display_target(std::string_view target)
{
    std::string shown(target);
    if (!is_postgresql_target(target)) return shown;
    // postgresql://user:secret@host/db → postgresql://user@host/db
    const auto scheme_end = shown.find("://") + 3;
    const auto authority_end = shown.find_first_of("/?", scheme_end);
    const auto at = shown.rfind('@', authority_end == std::string::npos ? shown.size() : authority_end);
    if (at != std::string::npos && at >= scheme_end) {
        const auto colon = shown.find(':', scheme_end);
        if (colon != std::string::npos && colon < at) shown.erase(colon, at - colon);
    }
    // ...?password=secret&user=x → ...?user=x
    for (auto pos = shown.find("password="); pos != std::string::npos; pos = shown.find("password=")) {
        if (pos == 0 || (shown[pos - 1] != '?' && shown[pos - 1] != '&')) break;
        auto end = shown.find('&', pos);
        end = end == std::string::npos ? shown.size() : end + 1;
        shown.erase(pos, end - pos);
    }
    while (!shown.empty() && (shown.back() == '&' || shown.back() == '?')) shown.pop_back();
    return shown;
}

void prepare_sqlite_library()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Refused (SQLITE_MISUSE), harmlessly, if something else in the process started SQLite first:
        // it then keeps its default serialised mode.
        sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
        sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

void configure_session(soci::session& session, Backend backend)
{
    if (backend == Backend::sqlite) {
        // Not a connection option in SQLite: it must be set on every connection.
        session << "PRAGMA foreign_keys = ON";
        // Statement journals and temporary indexes in memory rather than in temp files: large
        // transactions (an import, create_all) would otherwise write each row twice to disk.
        session << "PRAGMA temp_store = MEMORY";
        // 32 MiB of page cache, so that a large transaction is not spilled to the WAL half-way.
        session << "PRAGMA cache_size = -32768";
        return;
    }
    // Dates come back as "YYYY-MM-DD" whatever the server's default; notices stay off stderr.
    session << "SET datestyle = ISO";
    session << "SET client_min_messages = WARNING";
    // Attachments' bytes come back as text: fix the form decode_postgresql_bytea() reads.
    session << "SET bytea_output = 'hex'";
}

void use_wal_journal(soci::session& session, bool new_file)
{
    // 8 KiB pages rather than SQLite's 4: a person's audit row (every field and sub-record of a new
    // person, 2-3 KiB) took a 4 KiB page of its own, so the audit trail filled 41 MB of a 10,000-person
    // import's 73 MB; with 8 KiB pages three share one and the same import writes 59 MB. Only a file
    // with nothing in it yet can take it, and before its journal becomes a WAL.
    if (new_file) session << "PRAGMA page_size = 8192";
    std::string journal;
    session << "PRAGMA journal_mode = WAL", soci::into(journal);
    session << "PRAGMA synchronous = NORMAL";
    // Copy the WAL back into the database after 64 MiB rather than SQLite's 1,000 pages (4-8 MiB): a
    // 10,000-person import (~59 MiB in 8 KiB pages) then commits without also rewriting all of it into
    // the database file and syncing it (a third of its time); later writes or closing do that. The
    // WAL file is cut back to 64 MiB after each checkpoint.
    constexpr long long wal_bytes = 64LL * 1024 * 1024;
    long long page_size = 4096;
    session << "PRAGMA page_size", soci::into(page_size);
    session << "PRAGMA wal_autocheckpoint = " << wal_bytes / std::max(page_size, 512LL);
    session << "PRAGMA journal_size_limit = " << wal_bytes;
}

void write_sqlite_copy(soci::session& session, const std::string& file)
{
    session << "VACUUM INTO :file", soci::use(file, "file");
}

void begin_transaction(soci::session& session, Backend backend)
{
    session << (backend == Backend::sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
}

void begin_read_snapshot(soci::session& session, Backend backend)
{
    session << (backend == Backend::sqlite ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

void end_read_snapshot(soci::session& session) { session << "COMMIT"; }

std::string postgresql_bytea_text(const std::string& bytes)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string text;
    text.reserve(2 + 2 * bytes.size());
    text += "\\x";
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        text += hex[byte >> 4];
        text += hex[byte & 0xf];
    }
    return text;
}

std::string decode_postgresql_bytea(std::string_view text)
{
    const auto digit = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    if (text.size() < 2 || text[0] != '\\' || text[1] != 'x' || text.size() % 2 != 0)
        throw DbError(DbError::Category::query, "The server sent bytea data in a form this program does not read.");
    std::string bytes;
    bytes.reserve((text.size() - 2) / 2);
    for (std::size_t i = 2; i < text.size(); i += 2) {
        const int high = digit(text[i]);
        const int low = digit(text[i + 1]);
        if (high < 0 || low < 0)
            throw DbError(DbError::Category::query, "The server sent bytea data in a form this program does not read.");
        bytes += static_cast<char>(high * 16 + low);
    }
    return bytes;
}

void lock_for_migration(soci::session& session, Backend backend)
{
    if (backend == Backend::postgresql) session << "SELECT pg_advisory_xact_lock(" << sqlite_application_id << ")";
}

SchemaState inspect_schema(soci::session& session, Backend backend)
{
    SchemaState state;
    int tables = 0;
    int marked = 0;
    if (backend == Backend::sqlite) {
        session << "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'",
            soci::into(tables);
        int application_id = 0;
        session << "PRAGMA application_id", soci::into(application_id);
        state.is_xuncha = application_id == sqlite_application_id;
        session << "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'",
            soci::into(marked);
    }
    else {
        session << "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()",
            soci::into(tables);
        const std::string marker(postgresql_marker);
        session << "SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                   "WHERE n.nspname = current_schema() AND c.relname = 'schema_version' "
                   "AND obj_description(c.oid, 'pg_class') = :marker",
            soci::use(marker, "marker"), soci::into(marked);
        state.is_xuncha = marked > 0;
    }
    state.has_tables = tables > 0;
    if (state.is_xuncha && marked > 0) {
        soci::indicator indicator = soci::i_null;
        int version = 0;
        session << "SELECT MAX(version) FROM schema_version", soci::into(version, indicator);
        state.version = indicator == soci::i_ok ? version : 0;
    }
    else if (marked == 0) {
        // Marked as ours but without its version table: not something we made.
        state.is_xuncha = false;
    }
    return state;
}

void mirror_version(soci::session& session, Backend backend, int version)
{
    if (backend == Backend::sqlite) session << "PRAGMA user_version = " << version;
}

std::string mark_as_xuncha_sql(Backend backend)
{
    if (backend == Backend::sqlite) return "PRAGMA application_id = " + std::to_string(sqlite_application_id);
    return "COMMENT ON TABLE schema_version IS '" + std::string(postgresql_marker) + "'";
}

std::string backend_message(const soci::soci_error& error)
{
    std::string message = error.get_error_message();
    if (const auto detail = message.find("\nDETAIL:"); detail != std::string::npos) message.erase(detail);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    return message;
}

DbError to_db_error(const soci::soci_error& error, Backend backend, const std::string& subject)
{
    const std::string message = backend_message(error);
    const std::string what = subject.empty() ? std::string("the record") : subject;
    switch (classify(error, backend, message)) {
    case Violation::unique:
        for (const auto& key : unique_keys) {
            std::string quoted_name(1, '"');
            quoted_name.append(key.name).push_back('"');
            const bool hit = backend == Backend::postgresql ? message.find(quoted_name) != std::string::npos
                                                            : message.find(key.sqlite_columns) != std::string::npos;
            if (hit)
                return DbError(DbError::Category::constraint,
                               "Cannot save " + what + ": " + std::string(key.sentence) + ".", subject);
        }
        return DbError(DbError::Category::constraint,
                       "Cannot save " + what + ": a value that must be unique is already used (" + message + ").",
                       subject);
    case Violation::foreign_key:
        return DbError(DbError::Category::constraint,
                       "Cannot save " + what + ": it refers to a unit, pool, specialty, person, round or group that does not exist.",
                       subject);
    case Violation::check:
    case Violation::not_null:
    case Violation::bad_value:
        return DbError(DbError::Category::constraint,
                       "Cannot save " + what + ": a value is not allowed by the database (" + message + ").", subject);
    case Violation::connection:
        return DbError(DbError::Category::connection, "The database connection failed: " + message, subject);
    case Violation::none:
        break;
    }
    return DbError(DbError::Category::query, "The database reported an error: " + message, subject);
}

namespace sq = sqlite_api;

class NativeSqliteInsert final : public RowBinder {
public:
    NativeSqliteInsert(soci::session& session, const std::string& sql, std::function<void(RowBinder&)> bind_row)
        : m_connection(static_cast<soci::sqlite3_session_backend*>(session.get_backend())->conn_),
          m_bind_row(std::move(bind_row))
    {
        if (sq::sqlite3_prepare_v3(m_connection, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                   &m_statement, nullptr) != SQLITE_OK)
            fail();
    }
    ~NativeSqliteInsert() { sq::sqlite3_finalize(m_statement); }
    NativeSqliteInsert(const NativeSqliteInsert&) = delete;
    NativeSqliteInsert& operator=(const NativeSqliteInsert&) = delete;

    long long execute()
    {
        sq::sqlite3_reset(m_statement);
        m_next = 1;
        m_bind_row(*this);
        // Values are bound in place (SQLITE_STATIC): the row does not change until the step is done.
        if (sq::sqlite3_step(m_statement) != SQLITE_DONE) {
            sq::sqlite3_reset(m_statement);
            fail();
        }
        return sq::sqlite3_last_insert_rowid(m_connection);
    }

    void bind(const std::string& value) override
    {
        check(sq::sqlite3_bind_text(m_statement, m_next++, value.data(), static_cast<int>(value.size()), SQLITE_STATIC));
    }
    void bind(int value) override { check(sq::sqlite3_bind_int(m_statement, m_next++, value)); }
    void bind(long long value) override { check(sq::sqlite3_bind_int64(m_statement, m_next++, value)); }
    void bind(const NullableText& value) override
    {
        if (value.is_null())
            check(sq::sqlite3_bind_null(m_statement, m_next++));
        else
            bind(value.value);
    }
    void bind(const NullableId& value) override
    {
        if (value.indicator == soci::i_null)
            check(sq::sqlite3_bind_null(m_statement, m_next++));
        else
            bind(value.value);
    }
    void bind(const Bytes& value) override
    {
        // Never NULL: no bytes is an empty BLOB.
        static constexpr char none = 0;
        const char* data = value.data ? value.data->data() : &none;
        const auto size = value.data ? value.data->size() : 0;
        check(sq::sqlite3_bind_blob64(m_statement, m_next++, data, size, SQLITE_STATIC));
    }

private:
    void check(int result)
    {
        if (result != SQLITE_OK) fail();
    }
    // As SOCI's own error, so that to_db_error() reads it like every other SQLite failure.
    [[noreturn]] void fail()
    {
        throw soci::sqlite3_soci_error(sq::sqlite3_errmsg(m_connection), sq::sqlite3_extended_errcode(m_connection));
    }

    sq::sqlite3* m_connection;
    sq::sqlite3_stmt* m_statement = nullptr;
    std::function<void(RowBinder&)> m_bind_row;
    int m_next = 1;
};

void NativeSqliteInsertDeleter::operator()(NativeSqliteInsert* insert) const { delete insert; }

// Rows of one PostgreSQL table kept as text parameters (as SOCI would send them) and written through
// libpq, up to 1,000 rows to a statement. Each statement runs inside a savepoint: when one is refused,
// its rows are tried one by one to find the row to blame, whose owner the error names.
class PostgresBatchInsert final : public RowBinder {
public:
    PostgresBatchInsert(soci::session& session, const std::string& table, const std::string& names, bool returns_id,
                        const BatchOwner& owner, std::function<void(RowBinder&)> bind_row)
        : m_connection(static_cast<soci::postgresql_session_backend*>(session.get_backend())->conn_),
          m_table(table),
          m_head("INSERT INTO " + table + " (" + (returns_id ? "id, " : "") + names + ") VALUES "),
          m_columns(static_cast<std::size_t>(std::count(names.begin(), names.end(), ',')) + 1 + (returns_id ? 1 : 0)),
          m_returns_id(returns_id),
          m_owner(owner),
          m_bind_row(std::move(bind_row))
    {
    }
    PostgresBatchInsert(const PostgresBatchInsert&) = delete;
    PostgresBatchInsert& operator=(const PostgresBatchInsert&) = delete;

    long long add()
    {
        long long id = 0;
        if (m_returns_id) {
            if (m_next_id == m_ids.size()) reserve(64);
            id = m_ids[m_next_id++];
            push(std::to_string(id));
        }
        m_bind_row(*this);
        m_owners.push_back(m_owner.current);
        return id;
    }

    // Ids come from the table's own sequence, as a default id would: other sessions never get them.
    void reserve(std::size_t rows)
    {
        const std::size_t left = m_ids.size() - m_next_id;
        if (!m_returns_id || left >= rows) return;
        m_ids.erase(m_ids.begin(), m_ids.begin() + static_cast<std::ptrdiff_t>(m_next_id));
        m_next_id = 0;
        const std::string sql = "SELECT nextval(pg_get_serial_sequence('" + m_table + "', 'id')) FROM generate_series(1, " +
                                std::to_string(rows - left) + ")";
        Result result(PQexec(m_connection, sql.c_str()));
        if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) fail(result.get(), m_owner.current);
        for (int i = 0; i < PQntuples(result.get()); ++i) m_ids.push_back(std::stoll(PQgetvalue(result.get(), i, 0)));
    }

    void flush()
    {
        const std::size_t rows = m_owners.size();
        const std::size_t per_statement = std::min<std::size_t>(1000, max_parameters / m_columns);
        for (std::size_t first = 0; first < rows; first += per_statement) write(first, std::min(per_statement, rows - first));
        m_values.clear();
        m_owners.clear();
    }

    void bind(const std::string& value) override { push(value); }
    void bind(int value) override { push(std::to_string(value)); }
    void bind(long long value) override { push(std::to_string(value)); }
    void bind(const NullableText& value) override
    {
        if (value.is_null())
            push_null();
        else
            push(value.value);
    }
    void bind(const NullableId& value) override
    {
        if (value.indicator == soci::i_null)
            push_null();
        else
            push(std::to_string(value.value));
    }
    void bind(const Bytes& value) override { push(value.postgresql_text); }

private:
    static constexpr std::size_t max_parameters = 65535;  // the protocol's limit for one statement

    struct ResultDeleter {
        void operator()(PGresult* result) const { PQclear(result); }
    };
    using Result = std::unique_ptr<PGresult, ResultDeleter>;

    void push(std::string value) { m_values.emplace_back(std::move(value)); }
    void push_null() { m_values.emplace_back(); }

    // Rows [first, first + count) in one statement; on refusal, one by one to name the row.
    void write(std::size_t first, std::size_t count)
    {
        command("SAVEPOINT xuncha_batch");
        Result result = insert(first, count);
        if (PQresultStatus(result.get()) == PGRES_COMMAND_OK) {
            command("RELEASE SAVEPOINT xuncha_batch");
            return;
        }
        command("ROLLBACK TO SAVEPOINT xuncha_batch");
        for (std::size_t row = first; row < first + count; ++row) {
            Result single = insert(row, 1);
            if (PQresultStatus(single.get()) != PGRES_COMMAND_OK) fail(single.get(), m_owners[row]);
        }
        fail(result.get(), m_owners[first]);  // refused together, not alone: blame the first
    }

    Result insert(std::size_t first, std::size_t count)
    {
        std::string sql = m_head;
        std::vector<const char*> values;
        values.reserve(count * m_columns);
        int parameter = 1;
        for (std::size_t row = first; row < first + count; ++row) {
            sql += row == first ? "(" : ", (";
            for (std::size_t column = 0; column < m_columns; ++column) {
                if (column > 0) sql += ", ";
                sql += '$' + std::to_string(parameter++);
                const std::size_t i = row * m_columns + column;
                values.push_back(m_values[i] ? m_values[i]->c_str() : nullptr);
            }
            sql += ')';
        }
        return Result(PQexecParams(m_connection, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                                   nullptr, nullptr, 0));
    }

    void command(const char* sql)
    {
        Result result(PQexec(m_connection, sql));
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) fail(result.get(), m_owner.current);
    }

    [[noreturn]] void fail(const PGresult* result, std::size_t owner)
    {
        const char* message = result ? PQresultErrorMessage(result) : PQerrorMessage(m_connection);
        const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        throw BatchRowError(message ? message : "no message", state ? state : "", owner);
    }

    PGconn* m_connection;
    std::string m_table;
    std::string m_head;
    std::size_t m_columns;
    bool m_returns_id;
    const BatchOwner& m_owner;
    std::function<void(RowBinder&)> m_bind_row;
    std::vector<std::optional<std::string>> m_values;  // m_columns a row, in visiting order (the id first)
    std::vector<std::size_t> m_owners;  // one a row
    std::vector<long long> m_ids;       // reserved; those from m_next_id on are still free
    std::size_t m_next_id = 0;
};

void PostgresBatchInsertDeleter::operator()(PostgresBatchInsert* insert) const { delete insert; }

NativeSqliteInsertPtr InsertStatement::make_native_insert(soci::session& session, const std::string& sql,
                                                          std::function<void(RowBinder&)> bind_row)
{
    return NativeSqliteInsertPtr(new NativeSqliteInsert(session, sql, std::move(bind_row)));
}

PostgresBatchInsertPtr InsertStatement::make_postgres_batch(soci::session& session, const std::string& table,
                                                            const std::string& names, bool returns_id,
                                                            const BatchOwner& owner,
                                                            std::function<void(RowBinder&)> bind_row)
{
    return PostgresBatchInsertPtr(new PostgresBatchInsert(session, table, names, returns_id, owner, std::move(bind_row)));
}

InsertStatement::~InsertStatement() = default;

void InsertStatement::reserve(std::size_t rows)
{
    if (m_batch) m_batch->reserve(rows);
}

void InsertStatement::flush()
{
    if (m_batch) m_batch->flush();
}

long long InsertStatement::execute()
{
    if (m_native) return m_native->execute();
    if (m_batch) return m_batch->add();
    m_statement->execute(true);
    // Step past the one returned row, so that the statement is finished.
    while (m_statement->fetch()) {
    }
    return m_returns_id ? m_id : 0;
}

}  // namespace xuncha::db::internal
