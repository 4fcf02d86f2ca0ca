#include "db/database.h"

#include "db/internal/database_impl.h"
#include "db/internal/dialect.h"
#include "db/internal/migrations.h"
#include "db/internal/sqlite_file.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace xuncha::db {

namespace internal {

std::string audit_timestamp(std::chrono::system_clock::time_point time)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm utc{};
    ::gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

}  // namespace internal

namespace {

namespace fs = std::filesystem;

std::string os_user()
{
    if (const char* user = std::getenv("USER"); user != nullptr && *user != '\0') return user;
    std::string buffer(16384, '\0');
    passwd entry{};
    passwd* found = nullptr;
    if (::getpwuid_r(::geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found != nullptr)
        return found->pw_name;
    return "uid " + std::to_string(::geteuid());
}

// The refusals shared by both backends; `subject` is the file or the URI as shown.
void check_schema(const internal::SchemaState& state, int latest, const std::string& subject)
{
    if (!state.is_xuncha && state.has_tables)
        throw DbError(DbError::Category::foreign_database,
                      "The database " + subject + " holds another program's tables, not xuncha's; it was left untouched.",
                      subject);
    if (state.version > latest)
        throw DbError(DbError::Category::newer_schema,
                      "The database " + subject + " was written by a newer version of xuncha (schema version " +
                          std::to_string(state.version) + "; this program knows up to version " +
                          std::to_string(latest) + "). It was left untouched; open it with the newer program.",
                      subject);
}

void open_postgresql(Database::Impl& impl, const std::string& target, int latest)
{
    try {
        impl.session.open(soci::postgresql, target);
    }
    catch (const soci::soci_error& error) {
        throw DbError(DbError::Category::connection,
                      "Cannot connect to the PostgreSQL server: " + internal::backend_message(error),
                      impl.display_target);
    }
    internal::configure_session(impl.session, Backend::postgresql);
    check_schema(internal::inspect_schema(impl.session, Backend::postgresql), latest, impl.display_target);
}

// Every check runs before anything is written: a file that is not ours, or is newer, is left
// exactly as it was. SQLite only reads during the checks; closing a connection that only read
// writes nothing and removes the -wal and -shm files it made.
void open_sqlite(Database::Impl& impl, const std::string& target, bool create_if_missing, int latest)
{
    if (target.empty()) throw DbError(DbError::Category::connection, "No database file was given.");
    internal::prepare_sqlite_library();
    if (target == ":memory:") {
        impl.session.open(soci::sqlite3, target);
        internal::configure_session(impl.session, Backend::sqlite);
        return;
    }

    const fs::path file(target);
    const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
    std::error_code ignored;
    if (!fs::is_directory(folder, ignored))
        throw DbError(DbError::Category::missing_directory,
                      "The folder " + folder.string() + " does not exist, so the database " + file.filename().string() +
                          " cannot be opened or created there.",
                      folder.string());

    const auto probe = internal::probe_file(file);
    switch (probe.state) {
    case internal::FileState::missing:
        if (!create_if_missing)
            throw DbError(DbError::Category::not_found, "The database file " + target + " does not exist.", target);
        break;
    case internal::FileState::unreadable:
        throw DbError(DbError::Category::read_only, "The file " + target + " cannot be read (permission denied).",
                      target);
    case internal::FileState::not_sqlite:
        throw DbError(DbError::Category::not_a_database,
                      "The file " + target + " is not an SQLite database (it does not start with the SQLite header). "
                                             "It was left untouched.",
                      target);
    case internal::FileState::empty:
    case internal::FileState::sqlite:
        break;
    }

    const bool exists = probe.state != internal::FileState::missing;
    const bool file_writable = !exists || internal::is_writable(file);
    const bool folder_writable = internal::is_writable(folder);
    if (!file_writable || !folder_writable) {
        // SQLite could only open it read-only and would leave journal files behind: judge by the header.
        if (probe.state == internal::FileState::sqlite) {
            internal::SchemaState state;
            state.is_xuncha = probe.header.application_id == static_cast<std::uint32_t>(internal::sqlite_application_id);
            state.has_tables = probe.header.schema_cookie != 0;
            state.version = state.is_xuncha ? static_cast<int>(probe.header.user_version) : 0;
            check_schema(state, latest, target);
        }
        if (!file_writable)
            throw DbError(DbError::Category::read_only,
                          "The database file " + target + " is read-only. Make it writable, or copy it to a folder "
                                                          "you can write to.",
                          target);
        throw DbError(DbError::Category::read_only,
                      "The folder " + folder.string() + " is read-only; SQLite needs to create " +
                          (exists ? "its journal files (-wal, -shm) next to the database." : "the database there."),
                      folder.string());
    }

    int version = 0;
    try {
        impl.session.open(soci::sqlite3, internal::sqlite_connect_string(target));
        internal::configure_session(impl.session, Backend::sqlite);
    }
    catch (const soci::soci_error& error) {
        throw DbError(DbError::Category::connection,
                      "Cannot open the database " + target + ": " + internal::backend_message(error), target);
    }
    if (probe.state == internal::FileState::sqlite) {
        internal::SchemaState state;
        try {
            state = internal::inspect_schema(impl.session, Backend::sqlite);
        }
        catch (const soci::soci_error& error) {
            throw DbError(DbError::Category::not_a_database,
                          "The file " + target + " cannot be read as an SQLite database (" +
                              internal::backend_message(error) + "). It was left untouched.",
                          target);
        }
        check_schema(state, latest, target);
        version = state.version;
    }

    try {
        internal::use_wal_journal(impl.session, probe.state != internal::FileState::sqlite);
    }
    catch (const soci::soci_error& error) {
        throw DbError(DbError::Category::connection,
                      "Cannot set up the database " + target + ": " + internal::backend_message(error), target);
    }

    if (version >= 1 && version < latest) {
        const std::string backup = internal::free_backup_path(file, version).string();
        try {
            internal::write_sqlite_copy(impl.session, backup);
        }
        catch (const soci::soci_error& error) {
            throw DbError(DbError::Category::read_only,
                          "Could not write the backup " + backup + " before updating the database (" +
                              internal::backend_message(error) + "). The database was not changed.",
                          backup);
        }
        impl.backup_path = backup;
    }
}

}  // namespace

std::unique_ptr<Database> Database::Impl::open(const std::string& target, OpenOptions options,
                                               std::span<const internal::Migration> migrations)
{
    auto impl = std::make_unique<Impl>();
    impl->operator_name = options.operator_name.empty() ? os_user() : options.operator_name;
    impl->clock = options.clock ? std::move(options.clock) : [] { return std::chrono::system_clock::now(); };
    impl->display_target = internal::display_target(target);
    impl->target = target;
    const int latest = internal::latest_version(migrations);
    try {
        if (internal::is_postgresql_target(target)) {
            impl->backend = Backend::postgresql;
            open_postgresql(*impl, target, latest);
        }
        else {
            impl->backend = Backend::sqlite;
            open_sqlite(*impl, target, options.create_if_missing, latest);
        }
        impl->schema_version =
            internal::migrate(impl->session, impl->backend, migrations, internal::audit_timestamp(impl->clock()));
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, impl->backend, impl->display_target);
    }
    return std::unique_ptr<Database>(new Database(std::move(impl)));
}

std::unique_ptr<Database> Database::open(const std::string& target, OpenOptions options)
{
    return Impl::open(target, std::move(options), internal::migrations());
}

Database::Database(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Database::~Database() = default;

Backend Database::backend() const { return m_impl->backend; }

std::string Database::display_target() const { return m_impl->display_target; }

const std::string& Database::operator_name() const { return m_impl->operator_name; }

std::chrono::system_clock::time_point Database::now() const { return m_impl->clock(); }

int Database::schema_version() const { return m_impl->schema_version; }

int Database::latest_schema_version() { return internal::latest_version(internal::migrations()); }

const std::optional<std::string>& Database::backup_path() const { return m_impl->backup_path; }

std::unique_ptr<Database> Database::open_another() const
{
    if (m_impl->backend == Backend::sqlite && m_impl->target == ":memory:") return nullptr;
    OpenOptions options;
    options.operator_name = m_impl->operator_name;
    options.create_if_missing = false;  // removed meanwhile: say so rather than create an empty one
    options.clock = m_impl->clock;
    return Impl::open(m_impl->target, std::move(options), internal::migrations());
}

bool Database::is_empty()
{
    int any = 0;
    try {
        m_impl->session << "SELECT CASE WHEN EXISTS (SELECT 1 FROM person) OR EXISTS (SELECT 1 FROM unit) "
                           "THEN 1 ELSE 0 END",
            soci::into(any);
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_impl->backend, {});
    }
    return any == 0;
}

}  // namespace xuncha::db
