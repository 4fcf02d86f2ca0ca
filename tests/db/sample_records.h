#pragma once
// Records for repository tests: a small unit hierarchy and a person with every field and
// sub-record filled in.

#include "db/database.h"
#include "model/person.h"
#include "model/pool.h"
#include "model/specialty.h"
#include "model/unit.h"

#include <vector>

namespace xuncha::test {

struct SampleCatalog {
    model::Unit county;   // 示范县委 (top level)
    model::Unit town;     // 城关镇, under the county
    model::Unit village;  // 东关村, under the town, supervised by the county
    std::vector<model::Specialty> specialties;  // the seeded ones
    std::vector<model::Pool> pools;             // 组长库, 人才库, 专家库
};

// Saves the three units (one committed transaction) and reads the seeded catalogues.
SampleCatalog make_catalog(db::Database& database);

model::Unit unit_named(const std::string& name, std::optional<model::UnitId> parent = std::nullopt);

// 王秀英: every field set, two specialties, two work-history entries (one at a unit record, one as
// text), two relatives (one at a unit record and a leader there, one as text), two memberships.
model::Person full_person(const SampleCatalog& catalog);

// A person with only a name, an ID number and a unit, for volume and list tests.
model::Person plain_person(const std::string& name, const std::string& id_number, model::UnitId unit);

model::Date day(const char* iso);

}  // namespace xuncha::test
