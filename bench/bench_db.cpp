// Database figures: inserting 10,000 people with sub-records in one transaction, and loading the person
// list from a database of 100,000 people. Prints figures; asserts nothing about time.
//
//   bench_db                      SQLite files next to the benchmark cache (bench_cache_dir())
//   bench_db postgresql://...     the same on that PostgreSQL server, each part in a scratch database
//                                 (created and dropped here; the login must be allowed CREATE DATABASE)

#include "bench/bench_database.h"
#include "bench/scratch.h"
#include "bench/stopwatch.h"
#include "bench/synthetic_people.h"
#include "db/database.h"
#include "db/person_repository.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

using namespace xuncha;
using bench::ScratchFile;
using bench::ScratchPostgres;
using bench::Spread;
using bench::Stopwatch;
using bench::Timing;
using bench::spread;

namespace {

constexpr std::size_t insert_people = 10'000;
constexpr std::size_t list_people = 100'000;
constexpr std::size_t list_units = 1'000;
constexpr double insert_target_s = 1.0;
constexpr double list_target_s = 0.5;  // the list's share of "opens and is usable in under 0.5 s"
constexpr int runs = 3;

const char* verdict(double seconds, double target)
{
    return seconds < target ? "meets" : "MISSES";
}

// One run of the insert: a new database with 60 units, then 10,000 people timed from the first
// statement to the commit. Generating the people in memory is not timed; computing their pinyin is
// (create_all does it, as every save does).
Timing time_insert(const std::string& target, int run, std::size_t& rows)
{
    auto database = db::Database::open(target);
    const auto catalog = bench::add_synthetic_units(*database, 60);
    auto people = bench::synthetic_people(insert_people, catalog.units, catalog.specialties, catalog.pools,
                                          42 + static_cast<std::uint64_t>(run));
    bench::require_valid(people);
    rows = 0;
    for (const auto& p : people)  // the person, its sub-records and its audit row
        rows += 1 + p.work_history.size() + p.relatives.size() + p.specialties.size() + p.memberships.size() + 1;
    const Stopwatch stopwatch;
    db::Transaction tx(*database);
    db::PersonRepository(*database).create_all(tx, people);
    tx.commit();
    return stopwatch.elapsed();
}

void bench_insert(const std::string& server_uri)
{
    const bool postgres = !server_uri.empty();
    std::vector<Timing> timings;
    std::size_t rows = 0;
    for (int run = 0; run < runs; ++run) {
        if (postgres) {
            ScratchPostgres scratch(server_uri, run);
            timings.push_back(time_insert(scratch.uri(), run, rows));
        } else {
            // Next to the cached databases, on a disk as the user's own database would be (not tmpfs).
            const ScratchFile scratch(bench::bench_cache_dir() / ("insert-" + std::to_string(getpid()) + ".sqlite"));
            timings.push_back(time_insert(scratch.path().string(), run, rows));
        }
    }
    const auto s = spread(timings);
    const char* backend = postgres ? "PostgreSQL" : "SQLite";
    std::printf("db: insert 10,000 people with work histories and relatives, one transaction, %s: %.3f s "
                "(median of %d, %.3f-%.3f s; CPU %.3f s; %zu rows incl. audit, %.0f rows/s)",
                backend, s.median, runs, s.best, s.worst, s.cpu_median, rows, static_cast<double>(rows) / s.median);
    if (postgres) std::printf(" [the target is for SQLite; PostgreSQL works in its own server process, not in the CPU figure]\n");
    else std::printf(" [target < %.1f s: %s]\n", insert_target_s, verdict(s.median, insert_target_s));
}

// Opening the database and reading the person list of `people`, `runs` times; prints the figures.
void time_list(const std::string& target, const char* backend)
{
    std::vector<Timing> open_timings, list_timings, total_timings, helped_timings, names_timings;
    std::size_t listed = 0;
    for (int run = 0; run < runs; ++run) {
        const Stopwatch total;
        auto database = db::Database::open(target);
        open_timings.push_back(total.elapsed());
        const Stopwatch read;
        listed = db::PersonRepository(*database).list().size();
        list_timings.push_back(read.elapsed());
        total_timings.push_back(total.elapsed());
        // As the GUI reads it at start-up: a second connection reads the specialties and memberships.
        const auto helper = database->open_another();
        const Stopwatch helped;
        if (db::PersonRepository(*database).list(helper.get()).size() != listed)
            throw std::runtime_error("the list read with a helper connection has a different length");
        helped_timings.push_back(helped.elapsed());
        // What the GUI shows first: the names, with what search and filters need.
        const Stopwatch names;
        if (db::PersonRepository(*database).list_names(helper.get()).size() != listed)
            throw std::runtime_error("the names read first have a different length");
        names_timings.push_back(names.elapsed());
    }
    const auto open = spread(open_timings);
    const auto list = spread(list_timings);
    const auto all = spread(total_timings);
    const auto with_helper = spread(helped_timings);
    const auto names_first = spread(names_timings);
    std::printf("db: open the %s database: %.3f s (median of %d, %.3f-%.3f s)\n", backend, open.median, runs,
                open.best, open.worst);
    std::printf("db: read the person list of %zu people, %s: %.3f s (median of %d, %.3f-%.3f s; CPU %.3f s; "
                "%.0f people/s)\n",
                listed, backend, list.median, runs, list.best, list.worst, list.cpu_median,
                static_cast<double>(listed) / list.median);
    std::printf("db: the same with a second connection on a second thread (as the GUI reads it), %s: %.3f s "
                "(median of %d, %.3f-%.3f s; CPU of both threads %.3f s)\n",
                backend, with_helper.median, runs, with_helper.best, with_helper.worst, with_helper.cpu_median);
    std::printf("db: the names first, as the GUI shows them while it reads the other columns (list_names, both "
                "connections), %s: %.3f s (median of %d, %.3f-%.3f s; CPU of both threads %.3f s)\n",
                backend, names_first.median, runs, names_first.best, names_first.worst, names_first.cpu_median);
    std::printf("db: open + read the list, %s: %.3f s [part of the GUI's %.1f s to open the list: %s on its own]\n",
                backend, all.median, list_target_s, verdict(all.median, list_target_s));
}

void bench_list(const std::string& server_uri)
{
    if (server_uri.empty()) {
        const auto cached = bench::cached_people_database(list_people, list_units);
        if (cached.created)
            std::printf("db: (built the 100,000-person benchmark database in %.1f s: %s)\n", cached.build_seconds,
                        cached.path.c_str());
        time_list(cached.path, "SQLite");
        return;
    }
    ScratchPostgres scratch(server_uri, runs);
    const Stopwatch build;
    {
        auto database = db::Database::open(scratch.uri());
        const auto catalog = bench::add_synthetic_units(*database, list_units);
        bench::add_synthetic_people(*database, catalog, list_people, 1000);
    }
    std::printf("db: (built a 100,000-person PostgreSQL database in %.1f s)\n", build.elapsed().wall);
    time_list(scratch.uri(), "PostgreSQL");
}

}  // namespace

int main(int argc, char** argv)
{
    const std::string server_uri = argc > 1 ? argv[1] : "";
    if (!server_uri.empty() && !bench::is_postgres_uri(server_uri)) {
        std::fprintf(stderr, "usage: bench_db [postgresql://...]\n");
        return 2;
    }
    try {
        bench_insert(server_uri);
        bench_list(server_uri);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_db: %s\n", error.what());
        return 1;
    }
    return 0;
}
