#pragma once
// The one Database object owns the connection (SQLite file or PostgreSQL server), brings the
// schema up to date on open, and hands out transactions. No SOCI type appears here.

#include "db/db_error.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace xuncha::db {

enum class Backend { sqlite, postgresql };

struct OpenOptions {
    // Who is recorded in the audit trail. Empty: the OS user ($USER, else the uid's login name).
    std::string operator_name;
    // Create a missing SQLite file (its folder must exist). When false a missing file is an error.
    bool create_if_missing = true;
    // Where "now" for audit rows comes from; tests pin it.
    std::function<std::chrono::system_clock::time_point()> clock;
};

class Database {
public:
    // `target`: "postgresql://..." (a libpq URI) or "postgres://..." selects PostgreSQL; anything else
    // is an SQLite file path (":memory:" for a private in-memory database). Opens, checks that the
    // database is xuncha's and not newer than this program, backs up an existing SQLite file that
    // needs migrating (next to it, "<file>.v<N>.bak"), then migrates. Throws DbError.
    static std::unique_ptr<Database> open(const std::string& target, OpenOptions options = {});

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Backend backend() const;
    // The target as it may be shown: a file path, or the URI without its password.
    std::string display_target() const;
    const std::string& operator_name() const;
    std::chrono::system_clock::time_point now() const;

    int schema_version() const;
    static int latest_schema_version();
    // Where the pre-migration backup was written by open(), if one was.
    const std::optional<std::string>& backup_path() const;

    // True when the database holds no person and no unit (a new database: offer the demo pool).
    bool is_empty();

    // A second connection to the same database, for reading on another thread while this one stays
    // in use (a connection serves one thread at a time). The schema is already current, so nothing is
    // migrated or backed up. nullptr for ":memory:", which no other connection can see. Throws DbError.
    std::unique_ptr<Database> open_another() const;

    struct Impl;
    Impl& impl() { return *m_impl; }

private:
    explicit Database(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// Every write happens inside one Transaction; repositories append audit rows to it. Destroyed without
// commit(), it rolls back, so a failure half-way leaves nothing written.
class Transaction {
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    Database& database() { return m_database; }

private:
    Database& m_database;
    bool m_done = false;
};

}  // namespace xuncha::db
