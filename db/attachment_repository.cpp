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

std::vector<AttachmentRepository::Damaged> AttachmentRepository::verify_all()
{
    try {
        std::vector<Damaged> damaged;
        auto& session = internal::session_of(m_database);
        for (const auto id : internal::corrupt_attachments(m_database)) {
            Damaged d;
            d.id = id;
            long long key = id.value();
            long long person = 0;
            int photo = 0;
            session << "SELECT a.file_name, a.person_id, p.name, "
                       "CASE WHEN p.photo_attachment_id = a.id THEN 1 ELSE 0 END "
                       "FROM attachment a JOIN person p ON p.id = a.person_id WHERE a.id = :id",
                soci::into(d.file_name), soci::into(person), soci::into(d.person_name), soci::into(photo),
                soci::use(key, "id");
            d.person = model::PersonId(person);
            d.photo = photo != 0;
            damaged.push_back(std::move(d));
        }
        return damaged;
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

}  // namespace xuncha::db
