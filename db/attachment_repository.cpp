#include "db/attachment_repository.h"

#include "db/internal/attachment_store.h"
#include "db/internal/database_impl.h"
#include "db/internal/dialect.h"

namespace xuncha::db {

model::Attachment AttachmentRepository::load(model::AttachmentId id)
{
    std::optional<model::Attachment> attachment;
    try {
        attachment = internal::read_attachment(m_database, id);
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
    if (!attachment)
        throw DbError(DbError::Category::not_found, "The attachment #" + std::to_string(id.value()) +
                                                        " does not exist (it may have been removed meanwhile).");
    if (internal::sha256_hex(*attachment->content) != attachment->sha256)
        throw DbError(DbError::Category::corrupt,
                      "The stored file “" + attachment->file_name + "” (attachment #" + std::to_string(id.value()) +
                          ") is damaged: its bytes no longer match the SHA-256 recorded when it was saved.",
                      attachment->file_name);
    return *attachment;
}

std::vector<model::AttachmentId> AttachmentRepository::verify_all()
{
    try {
        return internal::corrupt_attachments(m_database);
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

}  // namespace xuncha::db
