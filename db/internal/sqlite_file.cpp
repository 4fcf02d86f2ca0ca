#include "db/internal/sqlite_file.h"

#include "db/db_error.h"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cstring>
#include <fstream>

namespace xuncha::db::internal {

namespace {

std::uint32_t big_endian(const unsigned char* bytes)
{
    return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) | (std::uint32_t{bytes[2]} << 8) |
           std::uint32_t{bytes[3]};
}

}  // namespace

FileProbe probe_file(const std::filesystem::path& file)
{
    std::error_code error;
    const auto status = std::filesystem::status(file, error);
    if (status.type() == std::filesystem::file_type::not_found) return {FileState::missing, {}};
    if (error) return {FileState::unreadable, {}};
    if (status.type() != std::filesystem::file_type::regular) return {FileState::not_sqlite, {}};

    std::ifstream in(file, std::ios::binary);
    if (!in) return {FileState::unreadable, {}};
    static constexpr char magic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
    std::array<unsigned char, 100> header{};
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    const auto got = in.gcount();
    if (got == 0) return {FileState::empty, {}};
    if (got != static_cast<std::streamsize>(header.size()) || std::memcmp(header.data(), magic, sizeof magic) != 0)
        return {FileState::not_sqlite, {}};
    // Offsets from https://www.sqlite.org/fileformat2.html#database_header
    return {FileState::sqlite, {big_endian(&header[40]), big_endian(&header[60]), big_endian(&header[68])}};
}

bool is_writable(const std::filesystem::path& path)
{
    // The effective ids decide what open() may do (access() would check the real ones).
    return ::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) == 0;
}

std::string sqlite_connect_string(const std::string& file)
{
    if (file.find('"') != std::string::npos)
        throw DbError(DbError::Category::connection,
                      "Database file names containing a double quote (\") are not supported; rename the file.", file);
    // A busy timeout lets a second program wait for the write lock instead of failing at once.
    return "db=\"" + file + "\" timeout=5";
}

std::filesystem::path free_backup_path(const std::filesystem::path& file, int version)
{
    const std::string stem = file.string() + ".v" + std::to_string(version);
    std::filesystem::path candidate = stem + ".bak";
    for (int n = 2; std::filesystem::exists(candidate); ++n) candidate = stem + "-" + std::to_string(n) + ".bak";
    return candidate;
}

}  // namespace xuncha::db::internal
