#pragma once
// Shared by the exchange and demo tests: in-memory databases, row counts, and a small valid document.

#include "app/exchange/exchange.h"
#include "db/database.h"
#include "model/date.h"
#include "model/person.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace xuncha::test {

// Every problem of a report, one per line ("$.people[0].name: ..."), for test failure messages.
std::string describe(const app::ImportReport& report);

// A new SQLite database in memory (seeded catalogues, no units, no people), audit clock pinned.
std::unique_ptr<db::Database> memory_database();

// The day imports are checked against in these tests.
model::Date test_today();

// How many rows of each kind there are: equal before and after means nothing was written.
struct RowCounts {
    std::size_t people = 0;
    std::size_t units = 0;
    std::size_t specialties = 0;
    std::size_t pools = 0;
    std::size_t audit = 0;

    bool operator==(const RowCounts&) const = default;
};
RowCounts count_rows(db::Database& database);

// A valid 18-character ID number for that birth date and sex (sequence 123 or 124).
std::string id_number_for(const char* birth_iso, bool male);

// A small valid document of format version 1: two units (县委 and a 镇 under it), one new specialty,
// one new pool, and one person with a work-history entry, a relative and a membership.
nlohmann::json small_document();

// The same in version 2, with one of every record version 2 added: settings, two trainings, and for the
// person a photo, membership steps, attendance, a commendation, assessments, an integrity opinion,
// pledges (one with a scan), secondments and a declined secondment.
nlohmann::json small_document_v2();

// An attachment as the format writes it: base64 content with its size and SHA-256.
nlohmann::json attachment_json(const std::string& file_name, const std::string& media_type, const std::string& bytes);

// The exported document without the time of export, for comparing two exports.
std::string without_export_time(std::string document);

}  // namespace xuncha::test
