#include "test_database.h"

#include "db/internal/database_impl.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace xuncha::test {

namespace {

std::string environment(const char* name)
{
    const char* value = std::getenv(name);
    return value != nullptr ? value : "";
}

bool postgresql_required() { return environment("XUNCHA_REQUIRE_PG") == "1"; }

// postgresql:///postgres?host=... → postgresql:///<name>?host=...
std::string with_database(const std::string& uri, const std::string& name)
{
    const auto authority = uri.find("://") + 3;
    const auto query = uri.find('?', authority);
    const auto path = uri.find('/', authority);
    const auto end = query == std::string::npos ? uri.size() : query;
    if (path == std::string::npos || path > end) return uri.substr(0, end) + "/" + name + uri.substr(end);
    return uri.substr(0, path + 1) + name + uri.substr(end);
}

std::string admin_uri()
{
    const auto uri = environment("XUNCHA_TEST_PG");
    if (uri.empty())
        FAIL("XUNCHA_REQUIRE_PG=1 but XUNCHA_TEST_PG is not set: the PostgreSQL run cannot happen. Set it to a libpq "
             "URI such as postgresql:///postgres?host=/tmp/sock&port=5432&user=postgres");
    return uri;
}

void drop_database(soci::session& admin, const std::string& name)
{
    admin << "DROP DATABASE IF EXISTS " << name << " WITH (FORCE)";
}

std::string hex(std::size_t value)
{
    std::ostringstream text;
    text << std::hex << (value & 0xffffffffU);
    return text.str();
}

// " STRATEGY = FILE_COPY" where the server has it (PostgreSQL 15): a copy of a small database in a
// tenth of a second instead of a quarter, as no write-ahead log is written for it. Asked once.
const std::string& copy_strategy(soci::session& admin)
{
    static const std::string strategy = [&] {
        std::string version;
        admin << "SHOW server_version_num", soci::into(version);
        return std::string(std::stoi(version) >= 150000 ? " STRATEGY = FILE_COPY" : "");
    }();
    return strategy;
}

// A database on the test server that holds the schema every migration builds, made once for each build
// of the test program (its migrations are compiled in) and copied for each test: creating an empty
// database and migrating it took 0.8 s of the server's time, for each of some 200 test cases. Test
// programs run side by side, so one makes it under an advisory lock while the others wait; it is
// migrated under another name and renamed when complete. Templates of earlier builds of the same
// program are dropped.
const std::string& migrated_template(const std::string& admin_target)
{
    static const std::string name = [&] {
        const auto program = std::filesystem::read_symlink("/proc/self/exe");
        const auto built = std::filesystem::last_write_time(program).time_since_epoch().count();
        const std::string prefix = "xt_tmpl_" + hex(std::hash<std::string>{}(program.string())) + "_";
        const std::string made = prefix + hex(std::hash<std::string>{}(program.string() + "@" + std::to_string(built) +
                                                                        "@" + std::to_string(std::filesystem::file_size(program))));
        soci::session admin(soci::postgresql, admin_target);
        admin << "SELECT pg_advisory_lock(580113)";
        std::string found;
        admin << "SELECT datname FROM pg_database WHERE datname = :name", soci::use(made, "name"), soci::into(found);
        if (!admin.got_data()) {
            std::vector<std::string> stale(64);
            admin << "SELECT datname FROM pg_database WHERE left(datname, length(:prefix)) = :prefix",
                soci::use(prefix, "prefix"), soci::into(stale);
            for (const auto& old : stale) drop_database(admin, old);
            const auto partial = made + "_part";
            drop_database(admin, partial);
            admin << "CREATE DATABASE " << partial;
            db::Database::open(with_database(admin_target, partial), pinned_options()).reset();
            admin << "ALTER DATABASE " << partial << " RENAME TO " << made;
        }
        admin << "SELECT pg_advisory_unlock(580113)";
        return made;
    }();
    return name;
}

}  // namespace

std::vector<db::Backend> test_backends()
{
    std::vector<db::Backend> backends{db::Backend::sqlite};
    if (!environment("XUNCHA_TEST_PG").empty() || postgresql_required()) backends.push_back(db::Backend::postgresql);
    return backends;
}

const char* backend_name(db::Backend backend)
{
    return backend == db::Backend::sqlite ? "SQLite" : "PostgreSQL";
}

db::OpenOptions pinned_options()
{
    db::OpenOptions options;
    options.operator_name = "tester";
    options.clock = [] {
        std::tm utc{};
        utc.tm_year = 2026 - 1900;
        utc.tm_mon = 10;
        utc.tm_mday = 28;
        utc.tm_hour = 17;
        utc.tm_min = 30;
        utc.tm_sec = 5;
        return std::chrono::system_clock::from_time_t(::timegm(&utc));
    };
    return options;
}

ScratchPgDatabase::ScratchPgDatabase(Contents contents)
{
    // One database per test case: ctest runs the test cases as parallel processes.
    static std::atomic<int> counter{0};
    const auto admin = admin_uri();
    m_name = "xt_" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
    std::string from = "template1";
    if (contents == Contents::migrated) from = migrated_template(admin);
    soci::session session(soci::postgresql, admin);
    const auto strategy = copy_strategy(session);
    session << "CREATE DATABASE " << m_name << " TEMPLATE " << from << strategy;
    m_uri = with_database(admin, m_name);
}

ScratchPgDatabase::~ScratchPgDatabase()
{
    try {
        soci::session admin(soci::postgresql, environment("XUNCHA_TEST_PG"));
        drop_database(admin, m_name);
    }
    catch (const std::exception& error) {
        WARN("could not drop the test database " << m_name << ": " << error.what());
    }
}

void ScratchPgDatabase::execute(const std::string& sql)
{
    soci::session session(soci::postgresql, m_uri);
    session << sql;
}

TestDatabase::TestDatabase(db::Backend backend, bool sqlite_file) : m_backend(backend)
{
    if (backend == db::Backend::postgresql) {
        m_server_database = std::make_unique<ScratchPgDatabase>(ScratchPgDatabase::Contents::migrated);
        m_target = m_server_database->uri();
    }
    else if (sqlite_file) {
        char folder[] = "/tmp/xuncha-db-test-XXXXXX";
        REQUIRE(::mkdtemp(folder) != nullptr);
        m_folder = folder;
        m_target = (m_folder / "test.sqlite").string();
    }
    else {
        m_target = ":memory:";
    }
    m_database = db::Database::open(m_target, pinned_options());
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    m_server_database.reset();
    if (!m_folder.empty()) {
        std::error_code ignored;
        std::filesystem::remove_all(m_folder, ignored);
    }
}

void TestDatabase::reopen()
{
    if (m_target == ":memory:") FAIL("reopen() needs a file or server database: construct with sqlite_file = true");
    m_database.reset();
    m_database = db::Database::open(m_target, pinned_options());
}

TempDir::TempDir()
{
    char folder[] = "/tmp/xuncha-db-test-XXXXXX";
    REQUIRE(::mkdtemp(folder) != nullptr);
    m_path = folder;
}

TempDir::~TempDir()
{
    // Tests make files and folders read-only; give the rights back so that everything can go.
    std::error_code ignored;
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ignored);
    for (auto it = std::filesystem::recursive_directory_iterator(m_path, ignored);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ignored))
        std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all, std::filesystem::perm_options::add,
                                     ignored);
    std::filesystem::remove_all(m_path, ignored);
}

std::string read_bytes(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

long long count_rows(db::Database& database, const std::string& table)
{
    long long rows = 0;
    db::internal::session_of(database) << "SELECT COUNT(*) FROM " << table, soci::into(rows);
    return rows;
}

}  // namespace xuncha::test
