#pragma once
// A read of several queries (a list with its details) that must see one state of the database.

#include "db/internal/database_impl.h"
#include "db/internal/dialect.h"

namespace xuncha::db::internal {

// Reads that span several queries see one state of the database, unless they are already inside a
// write transaction (which is one).
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& database)
        : m_session(session_of(database)), m_active(!database.impl().in_transaction)
    {
        if (m_active) begin_read_snapshot(m_session, database.backend());
    }
    ~ReadSnapshot()
    {
        if (!m_active) return;
        try {
            m_session << "ROLLBACK";
        }
        catch (const soci::soci_error&) {
            // Nothing was written; the connection ends the transaction when it closes.
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    void done()
    {
        if (!m_active) return;
        m_active = false;
        end_read_snapshot(m_session);
    }

private:
    soci::session& m_session;
    bool m_active;
};

// Runs `read(session)`, turning a backend failure into a DbError.
template <class Read>
auto read_or_throw(Database& database, Read read) -> decltype(read(session_of(database)))
{
    try {
        return read(session_of(database));
    }
    catch (const soci::soci_error& error) {
        throw to_db_error(error, database.backend(), {});
    }
}

// The same in one snapshot: for reads that span several queries (a list with its details).
template <class Read>
auto read_consistently(Database& database, Read read) -> decltype(read(session_of(database)))
{
    return read_or_throw(database, [&](soci::session& session) {
        ReadSnapshot snapshot(database);
        auto result = read(session);
        snapshot.done();
        return result;
    });
}

}  // namespace xuncha::db::internal
