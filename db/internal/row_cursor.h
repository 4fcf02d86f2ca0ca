#pragma once
// Reads the rows of a large query one at a time with as little copying as each backend allows.
// SQLite is read through its C API: SOCI's bulk path copies every value twice and allocates for
// each, which is most of the time of loading 100,000 people. PostgreSQL goes through SOCI (libpq
// holds the whole result in memory anyway). Backend-specific by nature, so it lives next to the
// dialect.

#include "db/database.h"

#include <memory>
#include <string>
#include <string_view>

namespace xuncha::db::internal {

class RowCursor {
public:
    // `sql` takes no parameters; integer columns must be INTEGER/BIGINT, the others text.
    RowCursor(Database& database, const std::string& sql);
    ~RowCursor();
    RowCursor(const RowCursor&) = delete;
    RowCursor& operator=(const RowCursor&) = delete;

    // Moves to the next row; false at the end.
    bool next();
    // NULL reads as 0 and as "". A text view is valid until next().
    long long integer(int column);
    std::string_view text(int column);

    class Source;

private:
    std::unique_ptr<Source> m_source;
};

}  // namespace xuncha::db::internal
