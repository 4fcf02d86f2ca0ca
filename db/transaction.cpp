#include "db/database.h"

#include "db/internal/database_impl.h"
#include "db/internal/dialect.h"

namespace xuncha::db {

Transaction::Transaction(Database& database) : m_database(database)
{
    auto& impl = database.impl();
    // One session, one transaction: a nested one would silently join or fail half-way.
    if (impl.in_transaction)
        throw DbError(DbError::Category::query, "A transaction is already open on this database connection.");
    try {
        internal::begin_transaction(impl.session, impl.backend);
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, impl.backend, {});
    }
    impl.in_transaction = true;
}

Transaction::~Transaction()
{
    if (m_done) return;
    auto& impl = m_database.impl();
    try {
        impl.session << "ROLLBACK";
    }
    catch (const soci::soci_error&) {
        // The backend may already have ended a failed transaction; nothing was committed either way.
    }
    impl.deferred_indexes.clear();
    impl.in_transaction = false;
}

void Transaction::commit()
{
    auto& impl = m_database.impl();
    if (m_done) throw DbError(DbError::Category::query, "The transaction was already committed.");
    try {
        // Built inside the transaction: a failure leaves it open, to be rolled back with the load.
        for (const auto& create : impl.deferred_indexes) impl.session << create;
        impl.deferred_indexes.clear();
        impl.session << "COMMIT";
    }
    catch (const soci::soci_error& error) {
        // Still open on SQLite (e.g. busy): the destructor rolls it back.
        throw internal::to_db_error(error, impl.backend, {});
    }
    m_done = true;
    impl.in_transaction = false;
}

}  // namespace xuncha::db
