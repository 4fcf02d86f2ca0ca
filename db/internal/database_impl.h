#pragma once
// What Database holds behind its pimpl: the SOCI session and the facts open() established.
// Included by db/*.cpp, db/internal and the db tests only.

#include "db/database.h"

#include <soci/soci.h>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace xuncha::db {

namespace internal {
struct Migration;
}

struct Database::Impl {
    soci::session session;
    Backend backend = Backend::sqlite;
    std::string display_target;
    std::string target;  // as given to open(), password included: for open_another()
    std::string operator_name;
    std::function<std::chrono::system_clock::time_point()> clock;
    int schema_version = 0;
    std::optional<std::string> backup_path;
    bool in_transaction = false;
    // Indexes a bulk load dropped (PersonRepository::begin_bulk_load), as the statements that build
    // them again: Transaction::commit() runs them first; a rollback brings the indexes back itself.
    std::vector<std::string> deferred_indexes;

    // Database::open() with a given list of migrations: the program's, or a test's longer or
    // shorter one to exercise upgrades and refusals.
    static std::unique_ptr<Database> open(const std::string& target, OpenOptions options,
                                          std::span<const internal::Migration> migrations);
};

namespace internal {

inline soci::session& session_of(Database& database) { return database.impl().session; }

// Database::now() as stored in audit rows: UTC, "2026-11-28T17:30:05Z".
std::string audit_timestamp(std::chrono::system_clock::time_point time);

// A repository's write must go into a transaction of the repository's own database.
inline void require_transaction_of(Transaction& tx, const Database& database)
{
    if (&tx.database() != &database)
        throw DbError(DbError::Category::query, "A write was given a transaction of another database connection.");
}

// Makes one repository write all-or-nothing inside the caller's transaction: a failure half-way
// (a duplicate ID number on the third relative...) takes back what this write did and leaves the
// transaction usable, on PostgreSQL too, where any error otherwise aborts the whole transaction.
class WriteScope {
public:
    explicit WriteScope(Database& database) : m_session(session_of(database))
    {
        // A Transaction that was committed (or never began) must not let writes through unaudited
        // transactions of their own.
        if (!database.impl().in_transaction)
            throw DbError(DbError::Category::query, "A write was attempted outside an open transaction.");
        m_session << "SAVEPOINT xuncha_write";
    }
    ~WriteScope()
    {
        if (m_done) return;
        try {
            m_session << "ROLLBACK TO SAVEPOINT xuncha_write";
            m_session << "RELEASE SAVEPOINT xuncha_write";
        }
        catch (const soci::soci_error&) {
            // The transaction itself is gone; the caller's Transaction rolls back.
        }
    }
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;

    void done()
    {
        m_session << "RELEASE SAVEPOINT xuncha_write";
        m_done = true;
    }

private:
    soci::session& m_session;
    bool m_done = false;
};

}  // namespace internal
}  // namespace xuncha::db
