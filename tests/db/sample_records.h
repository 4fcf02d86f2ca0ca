#pragma once
// Records for repository tests: a small unit hierarchy and a person with every field and
// sub-record filled in.

#include "db/database.h"
#include "model/audit.h"
#include "model/person.h"
#include "model/pool.h"
#include "model/specialty.h"
#include "model/training.h"
#include "model/unit.h"

#include <string>
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

// Two training events, saved in one committed transaction: a dated one and an undated one.
std::vector<model::Training> make_trainings(db::Database& database);

// A new attachment: `bytes` as its content, the media type left for the database to fill in.
model::Attachment new_attachment(const std::string& file_name, const std::string& bytes);
// Bytes of every value 0–255 (NULs included), then `tag`: binary content unlike any other tag's.
std::string binary_bytes(const std::string& tag);

// full_person() with everything issue 3 added: title level, reserve cadre, frontline experience, a
// photo, entry methods, review dates and lifecycle steps of both memberships, attendance of both
// `trainings`, a commendation, two annual assessments, two integrity opinions, two pledges (one with
// a scanned file), two secondments and a declined one.
model::Person complete_person(const SampleCatalog& catalog, const std::vector<model::Training>& trainings);

// `count` people that differ in which sub-records they have and how many (none to several of each),
// some with photos and scans, no ID numbers. Reproducible.
std::vector<model::Person> varied_people(const SampleCatalog& catalog, const std::vector<model::Training>& trainings,
                                         int count);

// A new person saved in a committed transaction, returned with its ids.
model::Person created(db::Database& database, model::Person person);
// Changes to a person saved in a committed transaction; new sub-records get their ids.
void updated(db::Database& database, model::Person& person);

// A person with only a name, an ID number and a unit, for volume and list tests.
model::Person plain_person(const std::string& name, const std::string& id_number, model::UnitId unit);

model::Date day(const char* iso);

// The one audit row of the person (or unit) newest first; the test fails when there is none.
model::AuditEntry last_person_entry(db::Database& database, model::PersonId id);
model::AuditEntry last_unit_entry(db::Database& database, model::UnitId id);
// The names of the fields an audit row changed, sorted; the change of one field, or null.
std::vector<std::string> fields_of(const model::AuditEntry& entry);
const model::FieldChange* change_of(const model::AuditEntry& entry, const std::string& field);

}  // namespace xuncha::test
