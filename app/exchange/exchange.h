#pragma once
// The exchange format: the whole dataset as one JSON document (docs/exchange-format.md,
// docs/exchange.schema.json). Used by export-json / import-json and to load the demo county.

#include "app/exchange/import_problem.h"
#include "db/database.h"
#include "model/date.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace xuncha::app {

// What became of the office settings a document carries. Import never overwrites settings an office
// has made its own: the file's are applied only to a database still on the defaults.
enum class SettingsOutcome {
    not_in_file,  // a version 1 document: the database's settings stay
    applied,      // the database had the default settings; it has the file's now
    unchanged,    // the database had the file's settings already
    kept,         // the database has settings of its own that differ from the file's: they were kept
};

struct ImportReport {
    std::vector<ImportProblem> problems;  // empty: the import was written
    std::size_t units = 0;
    std::size_t people = 0;
    std::size_t trainings = 0;  // training events created (import always adds them)
    std::size_t rounds = 0;
    std::size_t avoidance_cases = 0;
    std::size_t attachments = 0;  // photos and scans carried by the document
    std::size_t specialties_created = 0;
    std::size_t pools_created = 0;
    SettingsOutcome settings = SettingsOutcome::not_in_file;

    bool ok() const { return problems.empty(); }
};

// The whole dataset as a JSON document (UTF-8 text, one record per line, stable order), attachments in
// base64. Throws DbError, e.g. DbError(corrupt) when a stored attachment no longer matches its SHA-256.
std::string export_dataset(db::Database& database);
// Writes the document next to `file` and renames it into place, readable by the owner only (it holds
// full ID numbers). On failure throws std::ios_base::failure (a std::runtime_error) whose what() is a
// Chinese message naming the file and the reason; an existing file is then left as it was.
void export_dataset_to_file(db::Database& database, const std::filesystem::path& file);

// Validates the whole document and writes it in one transaction, committed only when everything is
// valid: the writing begins while the document is still being read, and any problem rolls it back. Ids in the document are the document's own and are mapped to new rows;
// specialties and pools are matched by name and created when missing; trainings, rounds and avoidance
// cases are always added (a round the database already has, by committee, term and number, is a problem).
// Version 1 and 2 documents are read too.
// Dates are checked against the local date. A write the database refuses (DbError::constraint) is
// reported as a problem at "$"; other database failures throw DbError, with nothing written.
ImportReport import_dataset(db::Database& database, std::string_view json_text);
// The same, checking dates ("not in the future") against `today`.
ImportReport import_dataset(db::Database& database, std::string_view json_text, const model::Date& today);
// Unreadable files are reported as a problem at path "$" naming the file.
ImportReport import_dataset_from_file(db::Database& database, const std::filesystem::path& file);
ImportReport import_dataset_from_file(db::Database& database, const std::filesystem::path& file,
                                      const model::Date& today);

}  // namespace xuncha::app
