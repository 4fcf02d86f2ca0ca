#include "bench/scratch.h"

#include <libpq-fe.h>
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <stdexcept>
#include <system_error>

namespace xuncha::bench {

ScratchFile::ScratchFile(std::filesystem::path path) : m_path(std::move(path))
{
    remove();
}

ScratchFile::~ScratchFile()
{
    remove();
}

void ScratchFile::remove() const
{
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", ".part"}) std::filesystem::remove(m_path.string() + suffix, ignored);
}

// libpq lets a later dbname= parameter override the one in the URI's path.
ScratchPostgres::ScratchPostgres(const std::string& server_uri, int run)
    : m_server_uri(server_uri), m_name("xuncha_bench_" + std::to_string(getpid()) + "_" + std::to_string(run))
{
    execute("DROP DATABASE IF EXISTS " + m_name);
    execute("CREATE DATABASE " + m_name);
    m_uri = server_uri + (server_uri.find('?') == std::string::npos ? "?" : "&") + "dbname=" + m_name;
}

ScratchPostgres::~ScratchPostgres()
{
    try {
        execute("DROP DATABASE IF EXISTS " + m_name);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench: %s\n", error.what());
    }
}

void ScratchPostgres::execute(const std::string& sql) const
{
    PGconn* connection = PQconnectdb(m_server_uri.c_str());
    std::string problem;
    if (PQstatus(connection) != CONNECTION_OK) {
        problem = PQerrorMessage(connection);
    } else {
        // "database ... does not exist, skipping" is expected: not printed among the figures.
        PQsetNoticeProcessor(connection, [](void*, const char*) {}, nullptr);
        PGresult* result = PQexec(connection, sql.c_str());
        if (PQresultStatus(result) != PGRES_COMMAND_OK) problem = PQresultErrorMessage(result);
        PQclear(result);
    }
    PQfinish(connection);
    if (!problem.empty()) throw std::runtime_error(sql + ": " + problem);
}

bool is_postgres_uri(const std::string& target)
{
    return target.starts_with("postgresql://") || target.starts_with("postgres://");
}

}  // namespace xuncha::bench
