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

// Told of a document's parts while the rest is still being read, on the thread that reads it, so that an
// import can write them meanwhile. It hears only of parts read while no problem had been found, in
// document order; once a problem is found it hears stopped() and nothing more. A problem found later
// (a syntax error at the end, a reference to a person further down) still makes the whole document
// unusable: the listener must be able to undo what it did with the parts.
class ReadListener {
public:
    virtual ~ReadListener() = default;
    // Everything people refer to is read and sound: specialties, pools, trainings and units (with their
    // leaders' person references unchecked until the people are read). Comes before the first person.
    virtual void catalogues_read(const Dataset& dataset) = 0;
    // The next person, taken over: ReadResult::dataset.people holds only the people not given here.
    virtual void person_read(model::Person&& person) = 0;
    virtual void stopped() = 0;
};

// Parses `text` and checks everything that needs no database: JSON syntax (with line and column),
// duplicate keys, the format name and version, unknown keys, types, required keys, vocabulary codes,
// dates, ids and references inside the file, and the model's validation of every record as of `today`.
// Every problem is reported, in document order as far as possible.
ReadResult read_document(std::string_view text, const model::Date& today, ReadListener* listener = nullptr);

}  // namespace xuncha::app
