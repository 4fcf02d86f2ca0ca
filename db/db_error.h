#pragma once
// The one exception db/ throws: infrastructure failures, with a category the GUI translates.

#include <stdexcept>
#include <string>

namespace xuncha::db {

class DbError : public std::runtime_error {
public:
    enum class Category {
        missing_directory,  // the folder of the database file does not exist
        read_only,          // the file or its folder cannot be written
        not_a_database,     // the file is not an SQLite database at all (left untouched)
        foreign_database,   // an SQLite database, but not one of xuncha's (left untouched)
        newer_schema,       // written by a newer xuncha (left untouched)
        connection,         // the server cannot be reached or refused the login
        constraint,         // a write broke a rule the database enforces (unique, reference)
        in_use,             // a record cannot be removed because others refer to it
        not_found,          // the record to update or remove does not exist
        corrupt,            // stored bytes no longer match their checksum (an attachment's SHA-256)
        query,              // any other database failure
    };

    DbError(Category category, std::string detail, std::string subject = {})
        : std::runtime_error(detail), m_category(category), m_subject(std::move(subject))
    {
    }

    Category category() const { return m_category; }
    // What the error is about: a file path, a connection target or a record name.
    const std::string& subject() const { return m_subject; }
    // The backend's own words (English), for the details section of an error box.
    std::string detail() const { return what(); }

private:
    Category m_category;
    std::string m_subject;
};

}  // namespace xuncha::db
