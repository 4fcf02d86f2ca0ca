#pragma once
// Synthetic people for benchmarks: plausible names, sub-records and memberships, reproducible from a seed.
// Not demo data (that is assets/demo); these only need the shape and volume of a large pool.

#include "model/person.h"
#include "model/training.h"
#include "model/unit.h"

#include <cstdint>
#include <vector>

namespace xuncha::bench {

class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n).
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

private:
    std::uint64_t m_state;
};

// `count` valid people, each with 3 work-history entries, 4 relatives, 2 specialties and 1 membership.
// `units`, `specialties` and `pools` are saved records to refer to. ID numbers (unique in a database)
// are built from serial numbers first_serial, first_serial + 1, ...: calls that fill one database
// give each batch its own range, below 5,000,000 in all.
std::vector<model::Person> synthetic_people(std::size_t count, const std::vector<model::UnitId>& units,
                                            const std::vector<model::SpecialtyId>& specialties,
                                            const std::vector<model::PoolId>& pools, std::uint64_t seed,
                                            std::size_t first_serial = 0);

// Gives people made by synthetic_people() every other record a person can have: title level, 后备干部,
// 一线工作经历, membership steps (推荐 → 在库), attendance of `trainings` (saved training records), a
// commendation, three annual assessments, integrity opinions, pool-entry pledges, two secondments and
// sometimes a declined one. One person in `attachment_every` gets a photo (2 KB) and a scanned pledge
// (3 KB); 0 gives none. Reproducible from `seed`; every date lies before 2025.
void add_synthetic_records(std::vector<model::Person>& people, const std::vector<model::TrainingId>& trainings,
                           std::uint64_t seed, std::size_t attachment_every = 10);

// `count` training events (2019 onwards, one a year or more), for add_synthetic_records().
std::vector<model::Training> synthetic_trainings(std::size_t count);

// Throws std::runtime_error naming the first person that model::validate() rejects as of today, or
// the first ID number given twice, so that a benchmark never times people the program would refuse
// to save.
void require_valid(const std::vector<model::Person>& people);

// `count` units under one root (the root first), for a benchmark database.
std::vector<model::Unit> synthetic_units(std::size_t count);

}  // namespace xuncha::bench
