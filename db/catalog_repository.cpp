#include "db/catalog_repository.h"

#include "db/internal/audit_writer.h"
#include "db/internal/columns.h"
#include "db/internal/database_impl.h"
#include "db/internal/dialect.h"
#include "model/audit.h"


namespace xuncha::db {

namespace {

struct SpecialtyRow {
    std::string name;
    int sort_order = 0;

    static constexpr const char* table = "specialty";
    static constexpr const char* entity = "specialty";
    using Value = model::Specialty;

    template <class F>
    void visit(F&& f)
    {
        f("name", name);
        f("sort_order", sort_order);
    }
    void assign(const model::Specialty& s)
    {
        name = s.name;
        sort_order = s.sort_order;
    }
    model::Specialty extract(long long id) const { return {model::SpecialtyId(id), name, sort_order}; }
};

struct PoolRow {
    std::string name;
    std::string kind;
    std::string description;
    int sort_order = 0;

    static constexpr const char* table = "pool";
    static constexpr const char* entity = "pool";
    using Value = model::Pool;

    template <class F>
    void visit(F&& f)
    {
        f("name", name);
        f("kind", kind);
        f("description", description);
        f("sort_order", sort_order);
    }
    void assign(const model::Pool& p)
    {
        name = p.name;
        kind = internal::encode(p.kind);
        description = p.description;
        sort_order = p.sort_order;
    }
    model::Pool extract(long long id) const
    {
        return {model::PoolId(id), name, internal::decode<model::PoolKind>(kind, "pool.kind"), description, sort_order};
    }
};

// `where` may use one parameter, :key, bound to `key`.
template <class Row, class Key = long long>
std::vector<typename Row::Value> select_all(soci::session& session, const std::string& where, Key key = {})
{
    std::vector<typename Row::Value> values;
    Row row;
    long long id = 0;
    soci::statement select(session);
    select.exchange(soci::into(id));
    internal::IntoBinder into{select};
    row.visit(into);
    if (!where.empty()) select.exchange(soci::use(key, "key"));
    internal::prepare_statement(select, "SELECT id, " + internal::column_text<Row>().names + " FROM " + Row::table +
                                            " " + where + " ORDER BY sort_order, id");
    select.execute();
    while (select.fetch()) values.push_back(row.extract(id));
    return values;
}

template <class Row>
std::optional<typename Row::Value> load(soci::session& session, long long id)
{
    auto found = select_all<Row>(session, "WHERE id = :key", id);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

template <class Row>
std::string label_of(const typename Row::Value& value)
{
    return std::string(Row::entity) + " “" + value.name + "”";
}

template <class Row>
void create_entry(Database& database, typename Row::Value& value)
{
    auto saved = value;
    try {
        auto& session = internal::session_of(database);
        internal::WriteScope scope(database);
        Row row;
        row.assign(saved);
        const long long id = internal::InsertStatement(session, database.backend(), Row::table, row, true,
                                                            internal::Audited{Row::entity})
                                  .execute();
        saved.id = decltype(saved.id)(id);
        internal::AuditWriter(database).append(Row::entity, id, saved.name, model::AuditAction::create,
                                               model::diff(typename Row::Value{}, saved));
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, database.backend(), label_of<Row>(saved));
    }
    value = std::move(saved);
}

template <class Row>
DbError missing(long long id)
{
    return DbError(DbError::Category::not_found, std::string("The ") + Row::entity + " #" + std::to_string(id) +
                                                     " does not exist (it may have been removed meanwhile).");
}

template <class Row>
void update_entry(Database& database, const typename Row::Value& value)
{
    try {
        auto& session = internal::session_of(database);
        long long id = value.id.value();
        const auto stored = load<Row>(session, id);
        if (!stored) throw missing<Row>(id);
        if (*stored == value) return;
        internal::WriteScope scope(database);
        Row row;
        row.assign(value);
        soci::statement update(session);
        internal::UseBinder use{update};
        row.visit(use);
        update.exchange(soci::use(id, "id"));
        internal::prepare_statement(update, std::string("UPDATE ") + Row::table + " SET " +
                                                internal::column_text<Row>().assignments + " WHERE id = :id");
        update.execute(true);
        internal::AuditWriter(database).append(Row::entity, id, value.name, model::AuditAction::update,
                                               model::diff(*stored, value));
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, database.backend(), label_of<Row>(value));
    }
}

// `in_use_sql` counts the rows that still refer to the entry; `in_use_words` describes them.
template <class Row>
void remove_entry(Database& database, long long id, const char* in_use_sql, const char* in_use_words)
{
    try {
        auto& session = internal::session_of(database);
        const auto stored = load<Row>(session, id);
        if (!stored) throw missing<Row>(id);
        long long users = 0;
        session << in_use_sql, soci::use(id, "id"), soci::into(users);
        if (users > 0)
            throw DbError(DbError::Category::in_use,
                          std::string("The ") + Row::entity + " “" + stored->name + "” cannot be removed while " +
                              in_use_words + " (" + std::to_string(users) + ").",
                          stored->name);
        internal::WriteScope scope(database);
        internal::AuditWriter(database).append(Row::entity, id, stored->name, model::AuditAction::remove,
                                               model::diff(*stored, typename Row::Value{}));
        session << "DELETE FROM " << Row::table << " WHERE id = :id", soci::use(id, "id");
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, database.backend(), {});
    }
}

}  // namespace

std::vector<model::Specialty> CatalogRepository::specialties()
{
    try {
        return select_all<SpecialtyRow>(internal::session_of(m_database), {});
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

void CatalogRepository::create(Transaction& tx, model::Specialty& specialty)
{
    internal::require_transaction_of(tx, m_database);
    create_entry<SpecialtyRow>(m_database, specialty);
}

void CatalogRepository::update(Transaction& tx, const model::Specialty& specialty)
{
    internal::require_transaction_of(tx, m_database);
    update_entry<SpecialtyRow>(m_database, specialty);
}

void CatalogRepository::remove(Transaction& tx, model::SpecialtyId id)
{
    internal::require_transaction_of(tx, m_database);
    remove_entry<SpecialtyRow>(m_database, id.value(),
                               "SELECT COUNT(*) FROM person_specialty WHERE specialty_id = :id",
                               "people have it");
}

std::vector<model::Pool> CatalogRepository::pools()
{
    try {
        return select_all<PoolRow>(internal::session_of(m_database), {});
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

std::optional<model::Pool> CatalogRepository::find_pool_by_name(const std::string& name)
{
    try {
        auto found = select_all<PoolRow>(internal::session_of(m_database), "WHERE name = :key", name);
        if (found.empty()) return std::nullopt;
        return std::move(found.front());
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

void CatalogRepository::create(Transaction& tx, model::Pool& pool)
{
    internal::require_transaction_of(tx, m_database);
    create_entry<PoolRow>(m_database, pool);
}

void CatalogRepository::update(Transaction& tx, const model::Pool& pool)
{
    internal::require_transaction_of(tx, m_database);
    update_entry<PoolRow>(m_database, pool);
}

void CatalogRepository::remove(Transaction& tx, model::PoolId id)
{
    internal::require_transaction_of(tx, m_database);
    remove_entry<PoolRow>(m_database, id.value(),
                          "SELECT COUNT(*) FROM (SELECT pool_id FROM pool_membership UNION ALL "
                          "SELECT pool_id FROM pledge) used WHERE used.pool_id = :id",
                          "people are recorded in it as members, suspended or exited, or pledges name it");
}

}  // namespace xuncha::db
