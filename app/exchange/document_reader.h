#pragma once
// Reads and checks an exchange document without touching a database.

#include "app/exchange/dataset.h"
#include "app/exchange/import_problem.h"

#include <string_view>
#include <vector>

namespace xuncha::app {

struct ReadResult {
    Dataset dataset;  // complete only when `problems` is empty
    std::vector<ImportProblem> problems;
};

// Parses `text` and checks everything that needs no database: JSON syntax (with line and column),
// duplicate keys, the format name and version, unknown keys, types, required keys, vocabulary codes,
// dates, ids and references inside the file, and the model's validation of every record as of `today`.
// Every problem is reported, in document order as far as possible.
ReadResult read_document(std::string_view text, const model::Date& today);

}  // namespace xuncha::app
