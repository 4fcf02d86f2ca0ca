#pragma once
// People with all their sub-records: work history, relatives, specialties, pool memberships and their
// lifecycle steps, trainings attended, commendations, annual assessments, integrity opinions, pledges,
// secondments and declined ones, and attachments (photo, pledge scans).

#include "db/database.h"
#include "model/annual_review.h"
#include "model/person.h"

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace xuncha::db {

class PersonRepository {
public:
    explicit PersonRepository(Database& database) : m_database(database) {}

    // Every person as the list shows them, in id order; unit names resolved. Built for 100,000 rows.
    // With `helper`, another connection to the same database (Database::open_another) that no other
    // thread uses meanwhile, the specialties, memberships and counts are read through it on a second
    // thread while this connection reads the people.
    // `meanwhile`, when given, runs on the people as read, before their specialties, memberships and
    // counts are added (the helper may still be reading those): for work that needs only the rows, such
    // as ordering them by name. The order of the people does not change afterwards.
    using Meanwhile = std::function<void(const std::vector<model::PersonSummary>&)>;
    std::vector<model::PersonSummary> list(Database* helper = nullptr, const Meanwhile& meanwhile = {});
    // What the list needs first, for a window that shows it while list() reads the rest: every person
    // with what the list's name order, its search and its filters need (id, name, pinyin, specialties,
    // memberships, the counts), in id order; the other fields empty. About a third of list()'s time.
    // With `helper` and `meanwhile` as in list().
    std::vector<model::PersonSummary> list_names(Database* helper = nullptr, const Meanwhile& meanwhile = {});
    // Whole list rows of some people (those in view while the rest is read), in id order; ids of
    // people who no longer exist are left out.
    std::vector<model::PersonSummary> summaries(const std::vector<model::PersonId>& ids);
    // One person with every sub-record. Attachments (the photo, pledge scans) come without their
    // bytes: AttachmentRepository::load() reads those.
    std::optional<model::Person> find(model::PersonId id);
    std::size_t count();
    // Every stored ID number with its holder's name, in person id order; people without one left out
    // (an import checks the numbers it brings against these).
    std::vector<std::pair<std::string, std::string>> id_numbers();

    // Every person with every sub-record, in id order, exactly as find() gives each: one query per
    // table, read in one consistent snapshot (export, annual review). Attachments without their bytes.
    std::vector<model::Person> load_all();
    // The same, with some sub-record tables read through `helper`, another connection to the same
    // database that no other thread uses meanwhile, on a second thread. Used only where both
    // connections are sure to see one state: on SQLite while this connection holds a Transaction in
    // which it has written nothing yet (its write lock keeps others from committing); otherwise, and on
    // PostgreSQL, this connection reads everything.
    std::vector<model::Person> load_all(Database* helper);
    // For each person, the date (UTC) of the newest audit row about them, in person id order. People
    // without one (never saved through xuncha's repositories) are left out.
    std::vector<model::LastUpdate> last_updates();

    // Saves a new person with its sub-records. Assigns `person.id` and every sub-record id, computes
    // the pinyin fields from the name, and appends one audit row. The person must be valid.
    // New attachments (id 0, content set) are stored with the person: their SHA-256 and size are
    // computed, their media type taken from the file name when empty. The same bytes under the same
    // name twice in one person (a scan used for two pledges) are stored once and share an id.
    void create(Transaction& tx, model::Person& person);
    // Many new people at once (import, demo); the same as create() for each, with prepared statements.
    void create_all(Transaction& tx, std::vector<model::Person>& people);
    // Before create_all() of many people into a database that holds none (an import into a new
    // database), on SQLite: drops the non-unique indexes of the people's records, which tx.commit()
    // builds again. SQLite builds an index over the rows already there much faster than it keeps one
    // up to date row by row: for 10,000 people, 0.4 s less writing for 0.2 s more building. Until
    // then, reading one person's records scans their tables. Does nothing on PostgreSQL, or when
    // people are stored (rebuilding their indexes would cost more than it saves).
    void begin_bulk_load(Transaction& tx);

    // Saves changes to an existing person: sub-records are matched by id (id 0 = new, missing = removed),
    // new ones get ids. Appends one audit row with the changed fields; nothing when nothing changed.
    // Throws DbError(not_found) when the person does not exist, or a sub-record or attachment id is
    // not the person's own. Membership steps are only appended: a stored step that is changed, moved
    // or missing (while its membership stays) is refused with DbError(constraint) naming the step.
    // Attachments the person no longer refers to are removed with their bytes.
    void update(Transaction& tx, model::Person& person);

    // Removes a person and their sub-records and attachments; the audit row keeps every field that
    // was removed. Refused with DbError(in_use) while a round's group or an avoidance case names them;
    // units' leaders linked to them keep the name only.
    void remove(Transaction& tx, model::PersonId id);

private:
    Database& m_database;
};

}  // namespace xuncha::db
