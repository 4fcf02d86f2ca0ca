#pragma once
// Numbered, forward-only schema migrations. Each runs in its own transaction together with its
// schema_version row; the DDL of both backends lives here, side by side.

#include "db/database.h"

#include <soci/soci.h>

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace xuncha::db::internal {

struct Migration {
    int version = 0;
    std::string_view summary;
    std::vector<std::string> sqlite;      // statements, in order
    std::vector<std::string> postgresql;
    // Data steps in portable SQL (seeds), run after the statements in the same transaction.
    std::function<void(soci::session&, Backend)> populate;
};

// The program's migrations, in version order.
std::span<const Migration> migrations();

int latest_version(std::span<const Migration> list);

// Applies every migration of `list` newer than the database's version; returns the version reached.
// Throws DbError(query) naming the migration that failed; that migration leaves nothing behind.
int migrate(soci::session& session, Backend backend, std::span<const Migration> list, const std::string& applied_at);

}  // namespace xuncha::db::internal
