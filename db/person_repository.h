#pragma once
// People with all their sub-records (work history, relatives, specialties, memberships).

#include "db/database.h"
#include "model/person.h"

#include <optional>
#include <vector>

namespace xuncha::db {

class PersonRepository {
public:
    explicit PersonRepository(Database& database) : m_database(database) {}

    // Every person as the list shows them, in id order; unit names resolved. Built for 100,000 rows.
    std::vector<model::PersonSummary> list();
    std::optional<model::Person> find(model::PersonId id);
    std::size_t count();

    // Saves a new person with its sub-records. Assigns `person.id` and every sub-record id, computes
    // the pinyin fields from the name, and appends one audit row. The person must be valid.
    void create(Transaction& tx, model::Person& person);
    // Many new people at once (import, demo); the same as create() for each, with prepared statements.
    void create_all(Transaction& tx, std::vector<model::Person>& people);

    // Saves changes to an existing person: sub-records are matched by id (id 0 = new, missing = removed),
    // new ones get ids. Appends one audit row with the changed fields; nothing when nothing changed.
    // Throws DbError(not_found) when the person does not exist.
    void update(Transaction& tx, model::Person& person);

    // Removes a person and their sub-records; the audit row keeps every field that was removed.
    void remove(Transaction& tx, model::PersonId id);

private:
    Database& m_database;
};

}  // namespace xuncha::db
