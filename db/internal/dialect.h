#pragma once
// Everything that differs between SQLite and PostgreSQL outside the migrations' DDL: connection
// set-up, how a write transaction starts, how a new row's id comes back, how to tell a xuncha
// database from someone else's, and how the backends word their errors. Repositories use portable
// SQL and call these.

#include "db/database.h"
#include "db/internal/columns.h"

#include <soci/soci.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace xuncha::db::internal {

// Stored in SQLite's header (PRAGMA application_id) when the schema is created: "XUNC".
inline constexpr std::int32_t sqlite_application_id = 0x58554E43;
// PostgreSQL has no application id: the schema_version table carries this comment instead.
inline constexpr std::string_view postgresql_marker = "xuncha schema";

bool is_postgresql_target(std::string_view target);

// The target as it may be shown: for a URI, the password removed.
std::string display_target(std::string_view target);

// Called before every SQLite connection is opened; acts before the first. Each connection is used by
// one thread at a time (a worker thread opens its own, Database::open_another), so SQLite is set to
// its multi-thread mode: no lock taken on every call of its API, nor on every allocation for its
// memory statistics, which together were about a twentieth of reading or writing many rows.
void prepare_sqlite_library();

// Session settings applied on every new connection (foreign keys, journal, date style...).
// SQLite's journal mode is not set here: open() sets it only after its checks passed.
void configure_session(soci::session& session, Backend backend);

// SQLite, once open() has checked the file: WAL journal (readers keep working while one program
// writes), NORMAL sync (never corrupt; a power cut may lose the last commits before a checkpoint),
// and checkpoints spaced for large imports. `new_file`: nothing is written in it yet, so its page
// size can still be chosen (8 KiB; files made before 2026-11-29 keep their 4 KiB pages).
void use_wal_journal(soci::session& session, bool new_file);

// SQLite: a consistent copy of the open database in a new file, whatever is still in the WAL.
void write_sqlite_copy(soci::session& session, const std::string& file);

// Starts a write transaction. SQLite takes the write lock at once (BEGIN IMMEDIATE), so two
// writers wait on the busy timeout instead of failing half-way through.
void begin_transaction(soci::session& session, Backend backend);

// Serialises concurrent migrations of one PostgreSQL database (a transaction-scoped lock).
void lock_for_migration(soci::session& session, Backend backend);

struct SchemaState {
    bool has_tables = false;  // any table at all
    bool is_xuncha = false;   // carries xuncha's mark
    int version = 0;          // highest schema_version row; 0 when none
};

// Reads what is in the database without writing anything.
SchemaState inspect_schema(soci::session& session, Backend backend);

// SQLite also keeps the schema version in its file header (PRAGMA user_version), where open() can
// read it without SQLite when the file's rights keep SQLite from opening it cleanly.
void mirror_version(soci::session& session, Backend backend, int version);

// Statements that mark a new database as xuncha's; run inside migration 1's transaction.
std::string mark_as_xuncha_sql(Backend backend);

// Turns a backend failure into a DbError: unique and reference violations become `constraint`
// with an English sentence naming the field; `subject` names the record ("person “张三”").
// Bound values never appear in the message (they may be ID numbers).
DbError to_db_error(const soci::soci_error& error, Backend backend, const std::string& subject);

// The backend's own message without SOCI's context (which lists bound values) and without
// PostgreSQL's DETAIL lines (which repeat key values).
std::string backend_message(const soci::soci_error& error);

// A read-only snapshot for reads that span several queries (load_all: one query per table), so that
// a writer committing in between cannot make them disagree. Not used inside a write Transaction,
// which already is one. SQLite: a deferred transaction; PostgreSQL: REPEATABLE READ, READ ONLY.
void begin_read_snapshot(soci::session& session, Backend backend);
void end_read_snapshot(soci::session& session);

// PostgreSQL's text form of bytea ("\x" and two hex digits a byte), which SOCI's text parameters can
// carry and which the server sends back for bytea columns (bytea_output = hex, set on every connection).
std::string postgresql_bytea_text(const std::string& bytes);
// The bytes back from that form; throws DbError(query) when the text is not in it.
std::string decode_postgresql_bytea(std::string_view text);

// Binds one row's values, in visiting order, to a native statement: SQLite's, or a PostgreSQL batch
// (see InsertStatement).
class RowBinder {
public:
    virtual void bind(const std::string& value) = 0;
    virtual void bind(int value) = 0;
    virtual void bind(long long value) = 0;
    virtual void bind(const NullableText& value) = 0;
    virtual void bind(const NullableId& value) = 0;
    virtual void bind(const Bytes& value) = 0;

    template <class T>
    void operator()(std::string_view, const T& value)
    {
        bind(value);
    }

protected:
    ~RowBinder() = default;
};

class NativeSqliteInsert;
class PostgresBatchInsert;
// Defined in dialect.cpp, so that the template constructor below never needs the complete types.
struct NativeSqliteInsertDeleter {
    void operator()(NativeSqliteInsert* insert) const;
};
using NativeSqliteInsertPtr = std::unique_ptr<NativeSqliteInsert, NativeSqliteInsertDeleter>;
struct PostgresBatchInsertDeleter {
    void operator()(PostgresBatchInsert* insert) const;
};
using PostgresBatchInsertPtr = std::unique_ptr<PostgresBatchInsert, PostgresBatchInsertDeleter>;

// Who the rows of a batch belong to: the writer sets `current` to the record it is writing (create_all:
// the person's place in its list) and each row added keeps it, so that a refused row names its record.
struct BatchOwner {
    std::size_t current = 0;
};

// A row of a batch that PostgreSQL refused, with its SQLSTATE and the BatchOwner::current it was added
// under. Read by to_db_error() like any other PostgreSQL failure.
class BatchRowError : public soci::soci_error {
public:
    BatchRowError(const std::string& message, std::string sqlstate, std::size_t owner)
        : soci::soci_error(message), m_sqlstate(std::move(sqlstate)), m_owner(owner)
    {
    }
    const std::string& sqlstate() const { return m_sqlstate; }
    std::size_t owner() const { return m_owner; }

private:
    std::string m_sqlstate;
    std::size_t m_owner;
};

// A prepared INSERT of one Row, re-executed with whatever the bound row holds; hands back the new
// row's id. PostgreSQL: SOCI with INSERT ... RETURNING id. SQLite: the C API with the values bound
// in place and the connection's last rowid. This is the hot path of create_all() and imports:
// SOCI copies every bound string and RETURNING makes SQLite buffer the row, which together took
// more time than SQLite needs to store it.
// Batched (a BatchOwner given), on PostgreSQL only: execute() keeps the row's values and hands back an
// id taken from the table's sequence beforehand (reserve() takes many in one query); flush() writes the
// kept rows many to a statement. One statement a row cost a round trip and the server's work of a whole
// statement for each: 35 s to import 10,000 people. The caller flushes parents before their children,
// and before anything reads the rows. On SQLite a row is written at once, batched or not.
// Rows whose ids the audit log names (audit_log.entity, entity_id) must never hand an id on. SQLite gives
// a new row the table's highest id + 1: after the newest person was removed, the next one added would
// take over the removed one's history. On SQLite such an insert names the id itself, one above both the
// table's highest and the highest the audit log has seen for `audited_entity`. (PostgreSQL's identity
// columns never reuse an id; a table created AUTOINCREMENT would not either, but changing that on an
// existing SQLite database means rebuilding the person table under its foreign keys.)
struct Audited {
    const char* entity = nullptr;
};

class InsertStatement {
public:
    // `returns_id` false: a table without an id column (person_specialty); execute() returns 0.
    template <class Row>
    InsertStatement(soci::session& session, Backend backend, const char* table, Row& row, bool returns_id = true,
                    Audited audited = {}, const BatchOwner* batch = nullptr)
        : m_returns_id(returns_id)
    {
        const auto text = column_text<Row>();
        if (batch && backend == Backend::postgresql) {
            m_batch = make_postgres_batch(session, table, text.names, returns_id, *batch,
                                          [&row](RowBinder& binder) { row.visit(binder); });
            return;
        }
        std::string sql =
            "INSERT INTO " + std::string(table) + " (" + text.names + ") VALUES (" + text.placeholders + ")";
        if (audited.entity && backend == Backend::sqlite)
            sql = "INSERT INTO " + std::string(table) + " (id, " + text.names + ") VALUES ((SELECT max(m) + 1 FROM "
                  "(SELECT coalesce(max(id), 0) AS m FROM " + std::string(table) +
                  " UNION ALL SELECT coalesce(max(entity_id), 0) FROM audit_log WHERE entity = '" + audited.entity +
                  "')), " + text.placeholders + ")";
        if (backend == Backend::sqlite) {
            // SQLite numbers named parameters in order of appearance: the visiting order.
            m_native = make_native_insert(session, sql, [&row](RowBinder& binder) { row.visit(binder); });
            return;
        }
        m_statement.emplace(session);
        UseBinder use{*m_statement};
        row.visit(use);
        if (m_returns_id) m_statement->exchange(soci::into(m_id));
        prepare_statement(*m_statement, sql + (m_returns_id ? " RETURNING id" : ""));
    }
    ~InsertStatement();
    InsertStatement(const InsertStatement&) = delete;
    InsertStatement& operator=(const InsertStatement&) = delete;

    long long execute();
    // Batched on PostgreSQL: makes sure the next `rows` rows have their ids without another query.
    void reserve(std::size_t rows);
    // Batched on PostgreSQL: writes the kept rows. Throws BatchRowError for a refused one.
    void flush();

private:
    static NativeSqliteInsertPtr make_native_insert(soci::session& session, const std::string& sql,
                                                    std::function<void(RowBinder&)> bind_row);
    static PostgresBatchInsertPtr make_postgres_batch(soci::session& session, const std::string& table,
                                                      const std::string& names, bool returns_id,
                                                      const BatchOwner& owner,
                                                      std::function<void(RowBinder&)> bind_row);

    bool m_returns_id;
    long long m_id = 0;
    NativeSqliteInsertPtr m_native;
    PostgresBatchInsertPtr m_batch;
    std::optional<soci::statement> m_statement;
};

}  // namespace xuncha::db::internal
