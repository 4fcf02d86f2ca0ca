#include "bench/bench_database.h"

#include "bench/synthetic_people.h"
#include "db/catalog_repository.h"
#include "db/person_repository.h"
#include "db/unit_repository.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <string_view>
#include <system_error>
#include <unistd.h>

namespace xuncha::bench {

namespace {

// Bump when synthetic_people(), synthetic_units() or the functions below change what they write, or
// when the program lays out a new file differently, so that cached databases are rebuilt. 2: 8 KiB
// pages and the compact audit form (2026-11-29).
constexpr int data_version = 2;
constexpr std::string_view cache_prefix = "xuncha-bench-";

void remove_sqlite_files(const std::filesystem::path& path)
{
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix, ignored);
}

bool is_complete(const std::filesystem::path& path, std::size_t people, std::size_t units)
{
    try {
        db::OpenOptions options;
        options.create_if_missing = false;
        auto database = db::Database::open(path.string(), options);
        return database->schema_version() == db::Database::latest_schema_version() &&
               db::PersonRepository(*database).count() == people && db::UnitRepository(*database).list().size() == units;
    } catch (const db::DbError&) {
        return false;
    }
}

}  // namespace

BenchCatalog add_synthetic_units(db::Database& database, std::size_t unit_count)
{
    auto units = synthetic_units(unit_count);
    if (units.empty()) throw std::invalid_argument("add_synthetic_units: at least one unit (the root) is needed");
    // create_all rewrites references to the ids units carry on entry: number them 1..n for that.
    for (std::size_t i = 0; i < units.size(); ++i) {
        units[i].id = model::UnitId(static_cast<long long>(i) + 1);
        units[i].sort_order = static_cast<int>(i);
        if (i > 0) units[i].parent_id = units[0].id;
    }
    db::Transaction tx(database);
    db::UnitRepository(database).create_all(tx, units);
    tx.commit();

    BenchCatalog catalog;
    for (const auto& unit : units) catalog.units.push_back(unit.id);
    db::CatalogRepository catalogs(database);
    for (const auto& specialty : catalogs.specialties()) catalog.specialties.push_back(specialty.id);
    for (const auto& pool : catalogs.pools()) catalog.pools.push_back(pool.id);
    // synthetic_people() draws from both halves of the specialty catalogue and from the pools.
    if (catalog.specialties.size() < 2 || catalog.pools.empty())
        throw std::runtime_error("the new database has no seeded specialties or pools to give synthetic people");
    return catalog;
}

void add_synthetic_people(db::Database& database, const BenchCatalog& catalog, std::size_t count,
                          std::uint64_t seed)
{
    constexpr std::size_t batch = 10'000;
    db::Transaction tx(database);
    db::PersonRepository repository(database);
    for (std::size_t done = 0, round = 0; done < count; done += batch, ++round) {
        auto people = synthetic_people(std::min(batch, count - done), catalog.units, catalog.specialties,
                                       catalog.pools, seed + round, done);
        require_valid(people);
        repository.create_all(tx, people);
    }
    tx.commit();
}

std::filesystem::path bench_cache_dir()
{
    std::filesystem::path dir;
    if (const char* explicit_dir = std::getenv("XUNCHA_BENCH_CACHE"); explicit_dir && *explicit_dir)
        dir = explicit_dir;
    else if (const char* cache = std::getenv("XDG_CACHE_HOME"); cache && *cache)
        dir = std::filesystem::path(cache) / "xuncha-bench";
    else if (const char* home = std::getenv("HOME"); home && *home)
        dir = std::filesystem::path(home) / ".cache" / "xuncha-bench";
    else
        dir = std::filesystem::temp_directory_path() / "xuncha-bench";
    std::filesystem::create_directories(dir);
    return dir;
}

CachedDatabase cached_people_database(std::size_t people, std::size_t units)
{
    const auto dir = bench_cache_dir();
    const std::string name = std::string(cache_prefix) + std::to_string(people) + "p-" + std::to_string(units) +
                             "u-data" + std::to_string(data_version) + "-schema" +
                             std::to_string(db::Database::latest_schema_version()) + ".sqlite";
    const auto path = dir / name;
    CachedDatabase result{path.string()};
    if (std::filesystem::exists(path) && is_complete(path, people, units)) return result;

    // Outdated or broken databases of this cache go; nothing else in the folder is touched.
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string file = entry.path().filename().string();
        if (file.starts_with(cache_prefix) && file.find(".sqlite") != std::string::npos) {
            std::error_code ignored;
            std::filesystem::remove(entry.path(), ignored);
        }
    }

    // Built under a temporary name and renamed when complete: an interrupted build is never reused.
    const auto start = std::chrono::steady_clock::now();
    const auto building = dir / (name + ".building-" + std::to_string(getpid()));
    remove_sqlite_files(building);
    {
        auto database = db::Database::open(building.string());
        const auto catalog = add_synthetic_units(*database, units);
        add_synthetic_people(*database, catalog, people, 1000);
    }  // closing the last connection checkpoints the WAL into the file and removes it
    if (std::filesystem::exists(building.string() + "-wal"))
        throw std::runtime_error("the benchmark database " + building.string() + " kept its WAL file after closing");
    std::filesystem::remove(building.string() + "-shm");
    std::filesystem::rename(building, path);
    result.created = true;
    result.build_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

}  // namespace xuncha::bench
