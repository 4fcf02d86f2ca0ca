#pragma once
// Looks at an SQLite database file before SQLite opens it, so that a file that is not ours is
// refused without a byte written.

#include <cstdint>
#include <filesystem>
#include <string>

namespace xuncha::db::internal {

enum class FileState {
    missing,     // nothing there yet
    empty,       // 0 bytes: SQLite treats it as a new database
    sqlite,      // starts with "SQLite format 3\0"
    not_sqlite,  // anything else, including a folder
    unreadable,  // exists but cannot be read
};

// What the 100-byte header says, for a file whose rights keep SQLite from opening it cleanly.
struct SqliteHeader {
    std::uint32_t schema_cookie = 0;   // 0: no table was ever created
    std::uint32_t user_version = 0;    // xuncha mirrors its schema version here
    std::uint32_t application_id = 0;  // xuncha's files carry sqlite_application_id
};

struct FileProbe {
    FileState state = FileState::missing;
    SqliteHeader header;  // when state is sqlite
};

FileProbe probe_file(const std::filesystem::path& file);

// Whether the effective user may write `path` (a file, or a folder to create files in).
bool is_writable(const std::filesystem::path& path);

// SOCI's connection string for an SQLite file; the name is quoted so spaces survive.
// Throws DbError(connection) for a name SOCI cannot pass on (one containing a double quote).
std::string sqlite_connect_string(const std::string& file);

// "<file>.v<N>.bak", or "<file>.v<N>-2.bak"... when an earlier backup already has that name.
std::filesystem::path free_backup_path(const std::filesystem::path& file, int version);

}  // namespace xuncha::db::internal
