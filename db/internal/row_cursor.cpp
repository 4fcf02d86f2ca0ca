#include "db/internal/row_cursor.h"

#include "db/internal/database_impl.h"

#include <soci/sqlite3/soci-sqlite3.h>

#include <vector>

namespace xuncha::db::internal {

class RowCursor::Source {
public:
    virtual ~Source() = default;
    virtual bool next() = 0;
    virtual long long integer(int column) = 0;
    virtual std::string_view text(int column) = 0;
};

namespace {

namespace sq = sqlite_api;

class SqliteSource final : public RowCursor::Source {
public:
    SqliteSource(soci::session& session, const std::string& sql)
        : m_connection(static_cast<soci::sqlite3_session_backend*>(session.get_backend())->conn_)
    {
        if (sq::sqlite3_prepare_v2(m_connection, sql.c_str(), static_cast<int>(sql.size()), &m_statement, nullptr) !=
            SQLITE_OK)
            fail();
    }
    ~SqliteSource() override { sq::sqlite3_finalize(m_statement); }
    SqliteSource(const SqliteSource&) = delete;
    SqliteSource& operator=(const SqliteSource&) = delete;

    bool next() override
    {
        const int result = sq::sqlite3_step(m_statement);
        if (result == SQLITE_ROW) return true;
        if (result != SQLITE_DONE) fail();
        return false;
    }
    long long integer(int column) override { return sq::sqlite3_column_int64(m_statement, column); }
    std::string_view text(int column) override
    {
        const auto* bytes = sq::sqlite3_column_text(m_statement, column);
        if (bytes == nullptr) return {};
        return {reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(sq::sqlite3_column_bytes(m_statement, column))};
    }

private:
    [[noreturn]] void fail()
    {
        // Thrown as SOCI's own error, so that callers map it like every other backend failure.
        throw soci::sqlite3_soci_error(sq::sqlite3_errmsg(m_connection), sq::sqlite3_errcode(m_connection));
    }

    sq::sqlite3* m_connection;
    sq::sqlite3_stmt* m_statement = nullptr;
};

class SociSource final : public RowCursor::Source {
public:
    SociSource(soci::session& session, const std::string& sql) : m_statement(session)
    {
        m_statement.exchange(soci::into(m_row));
        m_statement.alloc();
        m_statement.prepare(sql);
        m_statement.define_and_bind();
        m_statement.execute(false);
    }

    bool next() override
    {
        if (!m_statement.fetch()) return false;
        m_texts.resize(m_row.size());
        return true;
    }
    long long integer(int column) override
    {
        const auto index = static_cast<std::size_t>(column);
        if (m_row.get_indicator(index) == soci::i_null) return 0;
        switch (m_row.get_properties(index).get_data_type()) {
        case soci::dt_integer: return m_row.get<int>(index);
        case soci::dt_long_long: return m_row.get<long long>(index);
        default: return std::stoll(m_row.get<std::string>(index));
        }
    }
    std::string_view text(int column) override
    {
        const auto index = static_cast<std::size_t>(column);
        if (m_row.get_indicator(index) == soci::i_null) return {};
        m_texts[index] = m_row.get<std::string>(index);
        return m_texts[index];
    }

private:
    soci::row m_row;
    soci::statement m_statement;
    std::vector<std::string> m_texts;
};

}  // namespace

RowCursor::RowCursor(Database& database, const std::string& sql)
{
    auto& session = session_of(database);
    if (database.backend() == Backend::sqlite)
        m_source = std::make_unique<SqliteSource>(session, sql);
    else
        m_source = std::make_unique<SociSource>(session, sql);
}

RowCursor::~RowCursor() = default;

bool RowCursor::next() { return m_source->next(); }
long long RowCursor::integer(int column) { return m_source->integer(column); }
std::string_view RowCursor::text(int column) { return m_source->text(column); }

}  // namespace xuncha::db::internal
