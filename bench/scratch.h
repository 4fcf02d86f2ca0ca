#pragma once
// Databases and files that live for one benchmark run and are removed however the run ends.

#include <filesystem>
#include <string>

namespace xuncha::bench {

// A file (an SQLite database, an export) removed with SQLite's journal files and an export's .part.
class ScratchFile {
public:
    explicit ScratchFile(std::filesystem::path path);
    ~ScratchFile();
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    const std::filesystem::path& path() const { return m_path; }

private:
    void remove() const;

    std::filesystem::path m_path;
};

// A fresh database on a PostgreSQL server, named after the process and `run`, dropped afterwards, so
// that runs never see each other's rows. The login must be allowed CREATE DATABASE.
class ScratchPostgres {
public:
    ScratchPostgres(const std::string& server_uri, int run);
    ~ScratchPostgres();
    ScratchPostgres(const ScratchPostgres&) = delete;
    ScratchPostgres& operator=(const ScratchPostgres&) = delete;

    const std::string& uri() const { return m_uri; }

private:
    void execute(const std::string& sql) const;

    std::string m_server_uri;
    std::string m_name;
    std::string m_uri;
};

// Whether `target` names a PostgreSQL server (postgresql:// or postgres://).
bool is_postgres_uri(const std::string& target);

}  // namespace xuncha::bench
