#pragma once
// Reading attachments' bytes back, checked against the SHA-256 recorded when they were stored.
// Attachments are written and removed with their person (PersonRepository).

#include "db/database.h"
#include "model/attachment.h"

#include <vector>

namespace xuncha::db {

class AttachmentRepository {
public:
    explicit AttachmentRepository(Database& database) : m_database(database) {}

    // The attachment with its content. DbError(not_found) when there is none with that id;
    // DbError(corrupt), naming the file, when the bytes no longer match their SHA-256.
    model::Attachment load(model::AttachmentId id);

    // Every attachment whose bytes no longer match their SHA-256, in id order (empty: all intact).
    std::vector<model::AttachmentId> verify_all();

private:
    Database& m_database;
};

}  // namespace xuncha::db
