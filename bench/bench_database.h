#pragma once
// Filling a database for the benchmarks: synthetic units, then synthetic people in one transaction.

#include "db/database.h"
#include "model/ids.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace xuncha::bench {

// What synthetic people refer to: saved units (the root first), the seeded specialties and pools.
struct BenchCatalog {
    std::vector<model::UnitId> units;
    std::vector<model::SpecialtyId> specialties;
    std::vector<model::PoolId> pools;
};

// Saves `unit_count` synthetic units (one root and the others under it) in one transaction, and
// reads the catalogues that a new database is seeded with.
BenchCatalog add_synthetic_units(db::Database& database, std::size_t unit_count);

// Saves `count` synthetic people in one transaction, generated and written in batches of 10,000 so
// that the whole population is never in memory at once. Reproducible from `seed`.
void add_synthetic_people(db::Database& database, const BenchCatalog& catalog, std::size_t count,
                          std::uint64_t seed);

// Where benchmark databases are kept between runs: $XUNCHA_BENCH_CACHE, else $XDG_CACHE_HOME/xuncha-bench,
// else ~/.cache/xuncha-bench (created when missing).
std::filesystem::path bench_cache_dir();

struct CachedDatabase {
    std::string path;
    bool created = false;     // built by this call rather than reused
    double build_seconds = 0; // how long building took, when created
};

// An SQLite database with `people` synthetic people and `units` units, in bench_cache_dir() under a
// name that includes the data version and the schema version, so that a change to either builds a new
// one (and removes the outdated files). Reused when present and complete; built otherwise.
CachedDatabase cached_people_database(std::size_t people, std::size_t units);

}  // namespace xuncha::bench
