#include "db/unit_repository.h"

#include "db/internal/audit_writer.h"
#include "db/internal/catalog_names.h"
#include "db/internal/columns.h"
#include "db/internal/database_impl.h"
#include "db/internal/dialect.h"
#include "model/audit.h"

#include <unordered_map>

namespace xuncha::db {

namespace {

using internal::NullableId;

struct UnitRow {
    std::string name;
    std::string short_name;
    std::string type;
    NullableId parent_id;
    NullableId supervisor_id;
    std::string jurisdiction;
    std::string remark;
    int sort_order = 0;

    template <class F>
    void visit(F&& f)
    {
        f("name", name);
        f("short_name", short_name);
        f("type", type);
        f("parent_id", parent_id);
        f("supervisor_id", supervisor_id);
        f("jurisdiction", jurisdiction);
        f("remark", remark);
        f("sort_order", sort_order);
    }

    void assign(const model::Unit& u)
    {
        name = u.name;
        short_name = u.short_name;
        type = internal::encode(u.type);
        parent_id.set(u.parent_id);
        supervisor_id.set(u.supervisor_id);
        jurisdiction = u.jurisdiction;
        remark = u.remark;
        sort_order = u.sort_order;
    }

    model::Unit extract(long long id) const
    {
        model::Unit u;
        u.id = model::UnitId(id);
        u.name = name;
        u.short_name = short_name;
        u.type = internal::decode<model::UnitType>(type, "unit.type");
        u.parent_id = parent_id.get<model::UnitTag>();
        u.supervisor_id = supervisor_id.get<model::UnitTag>();
        u.jurisdiction = jurisdiction;
        u.remark = remark;
        u.sort_order = sort_order;
        return u;
    }
};

std::string label_of(const model::Unit& unit) { return "unit “" + unit.name + "”"; }

std::vector<model::Unit> select_units(soci::session& session, const std::string& where, long long key)
{
    std::vector<model::Unit> units;
    UnitRow row;
    long long id = 0;
    soci::statement select(session);
    select.exchange(soci::into(id));
    internal::IntoBinder into{select};
    row.visit(into);
    if (!where.empty()) select.exchange(soci::use(key, "key"));
    internal::prepare_statement(select, "SELECT id, " + internal::column_text<UnitRow>().names + " FROM unit " + where +
                                            " ORDER BY sort_order, id");
    select.execute();
    while (select.fetch()) units.push_back(row.extract(id));
    return units;
}

std::optional<model::Unit> load(soci::session& session, model::UnitId id)
{
    auto found = select_units(session, "WHERE id = :key", id.value());
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

DbError missing(model::UnitId id)
{
    return DbError(DbError::Category::not_found,
                   "Unit #" + std::to_string(id.value()) + " does not exist (it may have been removed meanwhile).");
}

// Prepared once, re-executed for each unit of create_all().
class UnitWriter {
public:
    explicit UnitWriter(Database& database) : m_database(database) {}

    void insert(model::Unit& unit)
    {
        m_row.assign(unit);
        if (!m_insert) m_insert.emplace(internal::session_of(m_database), m_database.backend(), "unit", m_row);
        unit.id = model::UnitId(m_insert->execute());
    }

private:
    Database& m_database;
    UnitRow m_row;
    std::optional<internal::InsertStatement> m_insert;
};

}  // namespace

std::vector<model::Unit> UnitRepository::list()
{
    try {
        return select_units(internal::session_of(m_database), {}, 0);
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

std::optional<model::Unit> UnitRepository::find(model::UnitId id)
{
    try {
        return load(internal::session_of(m_database), id);
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

void UnitRepository::create(Transaction& tx, model::Unit& unit)
{
    internal::require_transaction_of(tx, m_database);
    model::Unit saved = unit;
    try {
        auto& session = internal::session_of(m_database);
        internal::WriteScope scope(m_database);
        UnitWriter(m_database).insert(saved);
        internal::CatalogNames names(session);
        internal::AuditWriter(m_database)
            .append("unit", saved.id.value(), saved.name, model::AuditAction::create,
                    model::diff(model::Unit{}, saved, names.audit_names()));
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), label_of(saved));
    }
    unit = std::move(saved);
}

void UnitRepository::create_all(Transaction& tx, std::vector<model::Unit>& units)
{
    internal::require_transaction_of(tx, m_database);
    const model::Unit* current = nullptr;
    try {
        auto& session = internal::session_of(m_database);
        internal::WriteScope scope(m_database);
        UnitWriter writer(m_database);
        internal::CatalogNames names(session);
        internal::AuditWriter audit(m_database);
        const auto audit_names = names.audit_names();
        // Ids the caller gave (an import file's own) → the new ones, for references to earlier units.
        std::unordered_map<long long, model::UnitId> assigned;
        const auto remap = [&](std::optional<model::UnitId>& reference) {
            if (!reference) return;
            if (const auto it = assigned.find(reference->value()); it != assigned.end()) reference = it->second;
        };
        for (auto& unit : units) {
            current = &unit;
            const auto given = unit.id;
            remap(unit.parent_id);
            remap(unit.supervisor_id);
            writer.insert(unit);
            if (given.value() != 0) assigned[given.value()] = unit.id;
            names.note(unit.id, unit.name);
            audit.append("unit", unit.id.value(), unit.name, model::AuditAction::create,
                         model::diff(model::Unit{}, unit, audit_names));
        }
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), current ? label_of(*current) : std::string());
    }
}

void UnitRepository::update(Transaction& tx, const model::Unit& unit)
{
    internal::require_transaction_of(tx, m_database);
    try {
        auto& session = internal::session_of(m_database);
        const auto stored = load(session, unit.id);
        if (!stored) throw missing(unit.id);
        if (*stored == unit) return;

        internal::WriteScope scope(m_database);
        UnitRow row;
        row.assign(unit);
        long long id = unit.id.value();
        soci::statement update(session);
        internal::UseBinder use{update};
        row.visit(use);
        update.exchange(soci::use(id, "id"));
        internal::prepare_statement(update,
                                    "UPDATE unit SET " + internal::column_text<UnitRow>().assignments + " WHERE id = :id");
        update.execute(true);

        internal::CatalogNames names(session);
        internal::AuditWriter(m_database)
            .append("unit", id, unit.name, model::AuditAction::update, model::diff(*stored, unit, names.audit_names()));
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), label_of(unit));
    }
}

void UnitRepository::remove(Transaction& tx, model::UnitId id)
{
    internal::require_transaction_of(tx, m_database);
    try {
        auto& session = internal::session_of(m_database);
        const auto stored = load(session, id);
        if (!stored) throw missing(id);

        // Everything that may point at a unit, with the words for the refusal.
        struct Reference {
            const char* sql;
            const char* words;
        };
        static constexpr Reference references[] = {
            {"SELECT COUNT(*) FROM person WHERE unit_id = :id", "people working there"},
            {"SELECT COUNT(*) FROM work_history WHERE unit_id = :id", "work history entries"},
            {"SELECT COUNT(*) FROM relative WHERE employer_unit_id = :id", "relatives working there"},
            {"SELECT COUNT(*) FROM unit WHERE parent_id = :id", "units under it"},
            {"SELECT COUNT(*) FROM unit WHERE supervisor_id = :id", "units it supervises"},
        };
        long long key = id.value();
        std::string uses;
        for (const auto& reference : references) {
            long long n = 0;
            session << reference.sql, soci::use(key, "id"), soci::into(n);
            if (n > 0) uses += (uses.empty() ? "" : ", ") + std::string(reference.words) + " (" + std::to_string(n) + ")";
        }
        if (!uses.empty())
            throw DbError(DbError::Category::in_use,
                          "The unit “" + stored->name + "” cannot be removed while records refer to it: " + uses + ".",
                          stored->name);

        internal::WriteScope scope(m_database);
        internal::CatalogNames names(session);
        internal::AuditWriter(m_database)
            .append("unit", key, stored->name, model::AuditAction::remove,
                    model::diff(*stored, model::Unit{}, names.audit_names()));
        session << "DELETE FROM unit WHERE id = :id", soci::use(key, "id");
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

}  // namespace xuncha::db
