#include "db/unit_repository.h"

#include "db/internal/audit_writer.h"
#include "db/internal/catalog_names.h"
#include "db/internal/columns.h"
#include "db/internal/database_impl.h"
#include "db/internal/dialect.h"
#include "db/internal/read_snapshot.h"
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

// A member of the unit's leadership team; `position` keeps the order the user entered them in.
struct LeaderRow {
    long long unit_id = 0;
    int position = 0;
    NullableId person_id;
    std::string name;
    std::string post;
    internal::NullableText start_date;
    internal::NullableText end_date;
    int principal_head = 0;
    std::string remark;

    template <class F>
    void visit(F&& f)
    {
        f("unit_id", unit_id);
        f("position", position);
        f("person_id", person_id);
        f("name", name);
        f("post", post);
        f("start_date", start_date);
        f("end_date", end_date);
        f("principal_head", principal_head);
        f("remark", remark);
    }

    void assign(long long unit, int index, const model::UnitLeader& l)
    {
        unit_id = unit;
        position = index;
        person_id.set(l.person_id);
        name = l.name;
        post = l.post;
        start_date.set(l.start);
        end_date.set(l.end);
        principal_head = l.principal_head ? 1 : 0;
        remark = l.remark;
    }

    model::UnitLeader extract(long long id) const
    {
        model::UnitLeader l;
        l.id = model::UnitLeaderId(id);
        l.person_id = person_id.get<model::PersonTag>();
        l.name = name;
        l.post = post;
        l.start = internal::to_date(start_date, "unit_leader.start_date");
        l.end = internal::to_date(end_date, "unit_leader.end_date");
        l.principal_head = principal_head != 0;
        l.remark = remark;
        return l;
    }
};

struct FlagRow {
    long long unit_id = 0;
    int position = 0;
    std::string flag;

    template <class F>
    void visit(F&& f)
    {
        f("unit_id", unit_id);
        f("position", position);
        f("flag", flag);
    }
};

std::string label_of(const model::Unit& unit) { return "unit “" + unit.name + "”"; }

// Leaders and flags of the units in `units` (all of them when `where` is empty, else the one unit
// :key names), put into their units.
void select_details(soci::session& session, std::vector<model::Unit>& units, const std::string& where, long long key)
{
    if (units.empty()) return;
    std::unordered_map<long long, model::Unit*> by_id;
    for (auto& unit : units) by_id.emplace(unit.id.value(), &unit);

    const auto bound = where.empty() ? std::nullopt : std::optional(key);
    internal::select_rows<LeaderRow>(session, true, "FROM unit_leader " + where + " ORDER BY unit_id, position, id",
                                     bound, [&](long long id, LeaderRow& row) {
                                         if (const auto it = by_id.find(row.unit_id); it != by_id.end())
                                             it->second->leaders.push_back(row.extract(id));
                                     });
    internal::select_rows<FlagRow>(session, false, "FROM unit_flag " + where + " ORDER BY unit_id, position", bound,
                                   [&](long long, FlagRow& row) {
                                       if (const auto it = by_id.find(row.unit_id); it != by_id.end())
                                           it->second->profile_flags.push_back(row.flag);
                                   });
}

std::vector<model::Unit> select_units(soci::session& session, const std::string& where, long long key)
{
    std::vector<model::Unit> units;
    internal::select_rows<UnitRow>(session, true, "FROM unit " + where + " ORDER BY sort_order, id",
                                   where.empty() ? std::nullopt : std::optional(key),
                                   [&](long long id, UnitRow& row) { units.push_back(row.extract(id)); });
    return units;
}

std::vector<model::Unit> load_all(soci::session& session)
{
    auto units = select_units(session, {}, 0);
    select_details(session, units, {}, 0);
    return units;
}

std::optional<model::Unit> load(soci::session& session, model::UnitId id)
{
    auto found = select_units(session, "WHERE id = :key", id.value());
    if (found.empty()) return std::nullopt;
    select_details(session, found, "WHERE unit_id = :key", id.value());
    return std::move(found.front());
}

DbError missing(model::UnitId id)
{
    return DbError(DbError::Category::not_found,
                   "Unit #" + std::to_string(id.value()) + " does not exist (it may have been removed meanwhile).");
}

// Prepared once, re-executed for each unit of create_all() and each leader and flag.
class UnitWriter {
public:
    explicit UnitWriter(Database& database) : m_database(database) {}

    // The unit with its leaders and flags; assigns the unit's and the leaders' ids.
    void insert(model::Unit& unit)
    {
        m_row.assign(unit);
        if (!m_insert) m_insert.emplace(internal::session_of(m_database), m_database.backend(), "unit", m_row, true,
                                        internal::Audited{"unit"});
        unit.id = model::UnitId(m_insert->execute());
        for (std::size_t i = 0; i < unit.leaders.size(); ++i)
            insert_leader(unit.id, static_cast<int>(i), unit.leaders[i]);
        insert_flags(unit);
    }

    void insert_leader(model::UnitId unit, int position, model::UnitLeader& leader)
    {
        m_leader.assign(unit.value(), position, leader);
        if (!m_insert_leader)
            m_insert_leader.emplace(internal::session_of(m_database), m_database.backend(), "unit_leader", m_leader);
        leader.id = model::UnitLeaderId(m_insert_leader->execute());
    }

    void update_leader(model::UnitId unit, int position, const model::UnitLeader& leader)
    {
        m_leader.assign(unit.value(), position, leader);
        m_leader_id = leader.id.value();
        if (!m_update_leader) {
            m_update_leader.emplace(internal::session_of(m_database));
            internal::UseBinder use{*m_update_leader};
            m_leader.visit(use);
            m_update_leader->exchange(soci::use(m_leader_id, "id"));
            internal::prepare_statement(*m_update_leader, "UPDATE unit_leader SET " +
                                                              internal::column_text<LeaderRow>().assignments +
                                                              " WHERE id = :id");
        }
        m_update_leader->execute(true);
    }

    void insert_flags(const model::Unit& unit)
    {
        m_flag.unit_id = unit.id.value();
        for (std::size_t i = 0; i < unit.profile_flags.size(); ++i) {
            m_flag.position = static_cast<int>(i);
            m_flag.flag = unit.profile_flags[i];
            if (!m_insert_flag)
                m_insert_flag.emplace(internal::session_of(m_database), m_database.backend(), "unit_flag", m_flag, false);
            m_insert_flag->execute();
        }
    }

private:
    Database& m_database;
    UnitRow m_row;
    LeaderRow m_leader;
    long long m_leader_id = 0;
    FlagRow m_flag;
    std::optional<internal::InsertStatement> m_insert;
    std::optional<internal::InsertStatement> m_insert_leader;
    std::optional<soci::statement> m_update_leader;
    std::optional<internal::InsertStatement> m_insert_flag;
};

}  // namespace

std::vector<model::Unit> UnitRepository::list()
{
    return internal::read_consistently(m_database, [](soci::session& session) { return load_all(session); });
}

std::optional<model::Unit> UnitRepository::find(model::UnitId id)
{
    return internal::read_consistently(m_database, [&](soci::session& session) { return load(session, id); });
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
    auto copy = unit;
    update(tx, copy);
}

void UnitRepository::update(Transaction& tx, model::Unit& unit)
{
    internal::require_transaction_of(tx, m_database);
    auto saved = unit;
    try {
        auto& session = internal::session_of(m_database);
        const auto stored = load(session, unit.id);
        if (!stored) throw missing(unit.id);
        if (*stored == saved) return;

        // Leaders are matched by id: 0 is a new one, a stored one missing from `saved` is removed.
        std::unordered_map<long long, std::size_t> stored_leaders;
        for (std::size_t i = 0; i < stored->leaders.size(); ++i) stored_leaders.emplace(stored->leaders[i].id.value(), i);
        std::unordered_map<long long, std::size_t> kept;
        for (std::size_t i = 0; i < saved.leaders.size(); ++i) {
            const auto id = saved.leaders[i].id;
            if (!id.is_saved()) continue;
            if (!stored_leaders.contains(id.value()))
                throw DbError(DbError::Category::not_found,
                              "The leader #" + std::to_string(id.value()) + " does not belong to " + label_of(saved) +
                                  " (it may have been removed meanwhile).",
                              saved.name);
            kept.emplace(id.value(), i);
        }

        internal::WriteScope scope(m_database);
        long long id = saved.id.value();
        // The unit table's own columns: the unit without its leaders and flags.
        const auto own_columns = [](model::Unit u) {
            u.leaders.clear();
            u.profile_flags.clear();
            return u;
        };
        if (own_columns(*stored) != own_columns(saved)) {
            UnitRow row;
            row.assign(saved);
            soci::statement update(session);
            internal::UseBinder use{update};
            row.visit(use);
            update.exchange(soci::use(id, "id"));
            internal::prepare_statement(update, "UPDATE unit SET " + internal::column_text<UnitRow>().assignments +
                                                    " WHERE id = :id");
            update.execute(true);
        }

        UnitWriter writer(m_database);
        for (const auto& leader : stored->leaders) {
            if (kept.contains(leader.id.value())) continue;
            long long leader_id = leader.id.value();
            session << "DELETE FROM unit_leader WHERE id = :id", soci::use(leader_id, "id");
        }
        for (std::size_t i = 0; i < saved.leaders.size(); ++i) {
            auto& leader = saved.leaders[i];
            if (!leader.id.is_saved()) {
                writer.insert_leader(saved.id, static_cast<int>(i), leader);
                continue;
            }
            const auto old_index = stored_leaders.at(leader.id.value());
            if (old_index != i || stored->leaders[old_index] != leader)
                writer.update_leader(saved.id, static_cast<int>(i), leader);
        }

        if (stored->profile_flags != saved.profile_flags) {
            session << "DELETE FROM unit_flag WHERE unit_id = :id", soci::use(id, "id");
            writer.insert_flags(saved);
        }

        internal::CatalogNames names(session);
        internal::AuditWriter(m_database)
            .append("unit", id, saved.name, model::AuditAction::update, model::diff(*stored, saved, names.audit_names()));
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), label_of(saved));
    }
    unit = std::move(saved);
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
            {"SELECT COUNT(*) FROM group_unit WHERE unit_id = :id", "inspection groups covering it"},
            {"SELECT COUNT(*) FROM avoidance_case WHERE unit_id = :id", "avoidance cases about it"},
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
