#pragma once
// The bytes of attachments: their SHA-256, and reading them back, per backend. SQLite goes through its
// C API (the bytes are read in place, not copied through SOCI); PostgreSQL sends bytea as hex text.

#include "db/database.h"
#include "model/attachment.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace xuncha::db::internal {

// Lower-case hex SHA-256 of `bytes` (OpenSSL's EVP interface).
std::string sha256_hex(std::string_view bytes);

// The attachment with its content, unchecked; nullopt when there is none with that id.
std::optional<model::Attachment> read_attachment(Database& database, model::AttachmentId id);

// Attachments whose content no longer matches their recorded SHA-256, in id order. SQLite: read one at
// a time and hashed here; PostgreSQL: hashed by the server (sha256()), so no content crosses the wire.
std::vector<model::AttachmentId> corrupt_attachments(Database& database);

}  // namespace xuncha::db::internal
