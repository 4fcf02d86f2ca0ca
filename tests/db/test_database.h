#pragma once
// Databases for tests: every test that touches one runs on SQLite and, when XUNCHA_TEST_PG holds a
// libpq URI (postgresql:///postgres?host=/tmp/sock&port=5432&user=postgres), on PostgreSQL too, in a
// database created for that test and dropped afterwards. With XUNCHA_REQUIRE_PG=1 a missing or
// unreachable server fails the PostgreSQL run instead of leaving it out.

#include "db/database.h"
#include "model/audit.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace xuncha::test {

std::vector<db::Backend> test_backends();
const char* backend_name(db::Backend backend);

// The audit clock and operator tests pin: 2026-11-28T17:30:05Z, "tester".
db::OpenOptions pinned_options();
inline constexpr const char* pinned_time = "2026-11-28T17:30:05Z";

// A database on the PostgreSQL test server, dropped at the end. Fails the test when no server is
// configured.
class ScratchPgDatabase {
public:
    enum class Contents {
        empty,
        // The schema of every migration, as the program would build it, copied from a template
        // made once (opening it runs no migration).
        migrated,
    };
    explicit ScratchPgDatabase(Contents contents = Contents::empty);
    ~ScratchPgDatabase();
    ScratchPgDatabase(const ScratchPgDatabase&) = delete;
    ScratchPgDatabase& operator=(const ScratchPgDatabase&) = delete;

    const std::string& uri() const { return m_uri; }
    // Runs a statement in that database, outside xuncha (to plant someone else's tables).
    void execute(const std::string& sql);

private:
    std::string m_name;
    std::string m_uri;
};

// A fresh database of the given backend (SQLite: in memory, or a file when asked).
class TestDatabase {
public:
    explicit TestDatabase(db::Backend backend, bool sqlite_file = false);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    db::Database& operator*() { return *m_database; }
    db::Database* operator->() { return m_database.get(); }
    db::Database& get() { return *m_database; }

    // The target to open it again (an SQLite file or a PostgreSQL URI; not for :memory:).
    const std::string& target() const { return m_target; }
    // Closes the connection and opens the same database again: what was committed is still there.
    void reopen();
    // Closes the connection (e.g. to open the target with other options).
    void close() { m_database.reset(); }

private:
    db::Backend m_backend;
    std::string m_target;
    std::unique_ptr<ScratchPgDatabase> m_server_database;
    std::filesystem::path m_folder;
    std::unique_ptr<db::Database> m_database;
};

// A temporary folder, removed with everything in it at the end (after restoring permissions).
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

std::string read_bytes(const std::filesystem::path& file);

// Rows in a table, read through the database's own connection (to see what repositories do not show).
long long count_rows(db::Database& database, const std::string& table);

}  // namespace xuncha::test

// Runs the rest of the test case once per backend (Catch2 generator), naming the backend in any
// failure message.
#define XUNCHA_EACH_BACKEND(backend)                                                  \
    const ::xuncha::db::Backend backend = GENERATE(from_range(::xuncha::test::test_backends())); \
    INFO("backend: " << ::xuncha::test::backend_name(backend))

// Audit changes in failure messages: {field: old → new}.
template <>
struct Catch::StringMaker<xuncha::model::FieldChange> {
    static std::string convert(const xuncha::model::FieldChange& change)
    {
        return "{" + change.field + ": \"" + change.old_value + "\" → \"" + change.new_value + "\"}";
    }
};
