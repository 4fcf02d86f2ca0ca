#include "db/internal/attachment_store.h"

#include "db/internal/database_impl.h"
#include "db/internal/dialect.h"

#include <openssl/evp.h>

#include <soci/sqlite3/soci-sqlite3.h>

#include <memory>

namespace xuncha::db::internal {

namespace {

namespace sq = sqlite_api;

// A native SQLite statement, finalised however the caller leaves.
class SqliteQuery {
public:
    SqliteQuery(soci::session& session, const char* sql)
        : m_connection(static_cast<soci::sqlite3_session_backend*>(session.get_backend())->conn_)
    {
        if (sq::sqlite3_prepare_v2(m_connection, sql, -1, &m_statement, nullptr) != SQLITE_OK) fail();
    }
    ~SqliteQuery() { sq::sqlite3_finalize(m_statement); }
    SqliteQuery(const SqliteQuery&) = delete;
    SqliteQuery& operator=(const SqliteQuery&) = delete;

    void bind(int index, long long value)
    {
        if (sq::sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK) fail();
    }
    bool next()
    {
        const int result = sq::sqlite3_step(m_statement);
        if (result == SQLITE_ROW) return true;
        if (result != SQLITE_DONE) fail();
        return false;
    }
    long long integer(int column) { return sq::sqlite3_column_int64(m_statement, column); }
    std::string_view text(int column)
    {
        const auto* bytes = sq::sqlite3_column_text(m_statement, column);
        if (bytes == nullptr) return {};
        return {reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(sq::sqlite3_column_bytes(m_statement, column))};
    }
    std::string_view blob(int column)
    {
        const auto* bytes = sq::sqlite3_column_blob(m_statement, column);
        if (bytes == nullptr) return {};
        return {static_cast<const char*>(bytes), static_cast<std::size_t>(sq::sqlite3_column_bytes(m_statement, column))};
    }

private:
    [[noreturn]] void fail()
    {
        // As SOCI's own error, so that callers map it like every other backend failure.
        throw soci::sqlite3_soci_error(sq::sqlite3_errmsg(m_connection), sq::sqlite3_extended_errcode(m_connection));
    }

    sq::sqlite3* m_connection;
    sq::sqlite3_stmt* m_statement = nullptr;
};

struct DigestContextDeleter {
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

}  // namespace

std::string sha256_hex(std::string_view bytes)
{
    const std::unique_ptr<EVP_MD_CTX, DigestContextDeleter> context(EVP_MD_CTX_new());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1 ||
        EVP_DigestUpdate(context.get(), bytes.data(), bytes.size()) != 1 ||
        EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
        throw DbError(DbError::Category::query, "Computing an attachment's SHA-256 failed (OpenSSL).");
    static constexpr char hex[] = "0123456789abcdef";
    std::string text;
    text.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        text += hex[digest[i] >> 4];
        text += hex[digest[i] & 0xf];
    }
    return text;
}

std::optional<model::Attachment> read_attachment(Database& database, model::AttachmentId id)
{
    auto& session = session_of(database);
    model::Attachment attachment;
    attachment.id = id;
    if (database.backend() == Backend::sqlite) {
        SqliteQuery query(session, "SELECT file_name, media_type, sha256, size, content FROM attachment WHERE id = ?1");
        query.bind(1, id.value());
        if (!query.next()) return std::nullopt;
        attachment.file_name = query.text(0);
        attachment.media_type = query.text(1);
        attachment.sha256 = query.text(2);
        attachment.size = query.integer(3);
        attachment.content = std::make_shared<const std::string>(query.blob(4));
        return attachment;
    }
    long long key = id.value();
    std::string content;
    soci::statement select =
        (session.prepare << "SELECT file_name, media_type, sha256, size, content FROM attachment WHERE id = :id",
         soci::into(attachment.file_name), soci::into(attachment.media_type), soci::into(attachment.sha256),
         soci::into(attachment.size), soci::into(content), soci::use(key, "id"));
    if (!select.execute(true)) return std::nullopt;
    attachment.content = std::make_shared<const std::string>(decode_postgresql_bytea(content));
    return attachment;
}

std::vector<model::AttachmentId> corrupt_attachments(Database& database)
{
    std::vector<model::AttachmentId> corrupt;
    auto& session = session_of(database);
    if (database.backend() == Backend::sqlite) {
        SqliteQuery query(session, "SELECT id, sha256, content FROM attachment ORDER BY id");
        while (query.next())
            if (sha256_hex(query.blob(2)) != query.text(1)) corrupt.emplace_back(query.integer(0));
        return corrupt;
    }
    long long id = 0;
    soci::statement select =
        (session.prepare << "SELECT id FROM attachment WHERE encode(sha256(content), 'hex') <> sha256 ORDER BY id",
         soci::into(id));
    select.execute();
    while (select.fetch()) corrupt.emplace_back(id);
    return corrupt;
}

}  // namespace xuncha::db::internal
