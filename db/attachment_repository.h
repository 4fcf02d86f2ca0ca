#pragma once
// Reading attachments' bytes back, checked against the SHA-256 recorded when they were stored.
// Attachments are written and removed with their person (PersonRepository).

#include "db/database.h"
#include "model/attachment.h"

#include <string>
#include <vector>

namespace xuncha::db {

class AttachmentRepository {
public:
    explicit AttachmentRepository(Database& database) : m_database(database) {}

    // The attachment with its content. DbError(not_found) when there is none with that id;
    // DbError(corrupt), naming the file, when the bytes no longer match their SHA-256.
    model::Attachment load(model::AttachmentId id);

    // An attachment whose bytes no longer match their SHA-256, and whose it is.
    struct Damaged {
        model::AttachmentId id;
        std::string file_name;
        model::PersonId person;
        std::string person_name;
        bool photo = false;  // the person's photo; otherwise the scan of a pledge

        bool operator==(const Damaged&) const = default;
    };

    // Every attachment whose bytes no longer match their SHA-256, in id order (empty: all intact).
    std::vector<Damaged> verify_all();

private:
    Database& m_database;
};

}  // namespace xuncha::db
