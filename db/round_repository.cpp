#include "db/round_repository.h"

#include "db/internal/audit_writer.h"
#include "db/internal/avoidance_rules_json.h"
#include "db/internal/catalog_names.h"
#include "db/internal/columns.h"
#include "db/internal/database_impl.h"
#include "db/internal/dialect.h"
#include "db/internal/read_snapshot.h"
#include "model/audit.h"

#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace xuncha::db {

namespace {

using internal::NullableId;
using internal::NullableText;

struct RoundRow {
    int term = 1;
    int number = 1;
    std::string committee;
    std::string mode;
    NullableText planned_entry;
    NullableText planned_withdrawal;
    NullableText entry_date;
    NullableText withdrawal_date;
    std::string state;
    NullableText rules_snapshot;  // JSON (avoidance_rules_json.h)
    NullableText checked_on;
    std::string remark;

    template <class F>
    void visit(F&& f)
    {
        f("term", term);
        f("number", number);
        f("committee", committee);
        f("mode", mode);
        f("planned_entry", planned_entry);
        f("planned_withdrawal", planned_withdrawal);
        f("entry_date", entry_date);
        f("withdrawal_date", withdrawal_date);
        f("state", state);
        f("rules_snapshot", rules_snapshot);
        f("checked_on", checked_on);
        f("remark", remark);
    }

    void assign(const model::Round& r)
    {
        term = r.term;
        number = r.number;
        committee = r.committee;
        mode = internal::encode(r.mode);
        planned_entry.set(r.planned_entry);
        planned_withdrawal.set(r.planned_withdrawal);
        entry_date.set(r.entry_date);
        withdrawal_date.set(r.withdrawal_date);
        state = internal::encode(r.state);
        if (r.rules_snapshot) {
            rules_snapshot.value = internal::avoidance_rules_to_json(*r.rules_snapshot);
            rules_snapshot.indicator = soci::i_ok;
        }
        else {
            rules_snapshot.clear();
        }
        checked_on.set(r.checked_on);
        remark = r.remark;
    }

    model::Round extract(long long id) const
    {
        model::Round r;
        r.id = model::RoundId(id);
        r.term = term;
        r.number = number;
        r.committee = committee;
        r.mode = internal::decode<model::RoundMode>(mode, "round.mode");
        r.planned_entry = internal::to_date(planned_entry, "round.planned_entry");
        r.planned_withdrawal = internal::to_date(planned_withdrawal, "round.planned_withdrawal");
        r.entry_date = internal::to_date(entry_date, "round.entry_date");
        r.withdrawal_date = internal::to_date(withdrawal_date, "round.withdrawal_date");
        r.state = internal::decode<model::RoundState>(state, "round.state");
        if (!rules_snapshot.is_null())
            r.rules_snapshot =
                internal::avoidance_rules_from_json(rules_snapshot.value, "round #" + std::to_string(id));
        r.checked_on = internal::to_date(checked_on, "round.checked_on");
        r.remark = remark;
        return r;
    }
};

// The group's own columns; its units and members are rows of UnitLinkRow and MemberRow.
struct GroupRow {
    long long round_id = 0;
    int number = 1;
    std::string name;
    std::string authorising_body;
    std::string dispatching_body;
    std::string remark;

    template <class F>
    void visit(F&& f)
    {
        f("round_id", round_id);
        f("number", number);
        f("name", name);
        f("authorising_body", authorising_body);
        f("dispatching_body", dispatching_body);
        f("remark", remark);
    }

    void assign(long long round, const model::Group& g)
    {
        round_id = round;
        number = g.number;
        name = g.name;
        authorising_body = g.authorising_body;
        dispatching_body = g.dispatching_body;
        remark = g.remark;
    }

    model::Group extract(long long id) const
    {
        model::Group g;
        g.id = model::GroupId(id);
        g.number = number;
        g.name = name;
        g.authorising_body = authorising_body;
        g.dispatching_body = dispatching_body;
        g.remark = remark;
        return g;
    }
};

struct UnitLinkRow {
    long long group_id = 0;
    long long unit_id = 0;
    int position = 0;

    template <class F>
    void visit(F&& f)
    {
        f("group_id", group_id);
        f("unit_id", unit_id);
        f("position", position);
    }
};

struct MemberRow {
    long long group_id = 0;
    long long person_id = 0;
    int position = 0;
    std::string role;
    std::string duties;  // codes, comma-separated

    template <class F>
    void visit(F&& f)
    {
        f("group_id", group_id);
        f("person_id", person_id);
        f("position", position);
        f("role", role);
        f("duties", duties);
    }

    void assign(long long group, int index, const model::GroupMember& m)
    {
        group_id = group;
        person_id = m.person_id.value();
        position = index;
        role = internal::encode(m.role);
        duties.clear();
        for (const auto duty : m.duties) {
            if (!duties.empty()) duties += ',';
            duties += model::code_of(duty);
        }
    }

    model::GroupMember extract() const
    {
        model::GroupMember m;
        m.person_id = model::PersonId(person_id);
        m.role = internal::decode<model::GroupRole>(role, "group_member.role");
        std::size_t start = 0;
        while (start < duties.size()) {
            auto end = duties.find(',', start);
            if (end == std::string::npos) end = duties.size();
            m.duties.push_back(
                internal::decode<model::GroupDuty>(std::string_view(duties).substr(start, end - start), "group_member.duties"));
            start = end + 1;
        }
        return m;
    }
};

std::string label_of(const model::Round& round) { return "round “" + model::round_title(round) + "”"; }

DbError missing(model::RoundId id)
{
    return DbError(DbError::Category::not_found,
                   "Round #" + std::to_string(id.value()) + " does not exist (it may have been removed meanwhile).");
}

// The round without its groups: what the round table holds.
model::Round own_columns(model::Round round)
{
    round.groups.clear();
    return round;
}

// The group without its units and members: what the round_group table holds.
model::Group own_columns(model::Group group)
{
    group.unit_ids.clear();
    group.members.clear();
    return group;
}

// Rounds matching `where` (on round; may use :key) with their groups, units and members.
std::vector<model::Round> select_rounds(soci::session& session, const std::string& where, long long key)
{
    std::vector<model::Round> rounds;
    const auto bound = where.empty() ? std::nullopt : std::optional(key);
    internal::select_rows<RoundRow>(session, true, "FROM round " + where + " ORDER BY term DESC, number DESC, id DESC",
                                    bound, [&](long long id, RoundRow& row) { rounds.push_back(row.extract(id)); });
    if (rounds.empty()) return rounds;

    // The groups of those rounds, then their units and members.
    const std::string groups_of =
        where.empty() ? std::string() : " WHERE round_id IN (SELECT id FROM round " + where + ")";
    const std::string links_of =
        where.empty() ? std::string() : " WHERE group_id IN (SELECT g.id FROM round_group g WHERE g.round_id IN "
                                        "(SELECT id FROM round " + where + "))";
    std::unordered_map<long long, model::Round*> round_by_id;
    for (auto& round : rounds) round_by_id.emplace(round.id.value(), &round);
    internal::select_rows<GroupRow>(session, true, "FROM round_group" + groups_of + " ORDER BY round_id, number, id",
                                    bound, [&](long long id, GroupRow& row) {
                                        if (const auto it = round_by_id.find(row.round_id); it != round_by_id.end())
                                            it->second->groups.push_back(row.extract(id));
                                    });
    // Pointers only now: the group vectors no longer grow.
    std::unordered_map<long long, model::Group*> group_by_id;
    for (auto& round : rounds)
        for (auto& group : round.groups) group_by_id.emplace(group.id.value(), &group);
    internal::select_rows<UnitLinkRow>(session, false, "FROM group_unit" + links_of + " ORDER BY group_id, position",
                                       bound, [&](long long, UnitLinkRow& row) {
                                           if (const auto it = group_by_id.find(row.group_id); it != group_by_id.end())
                                               it->second->unit_ids.emplace_back(row.unit_id);
                                       });
    internal::select_rows<MemberRow>(session, false, "FROM group_member" + links_of + " ORDER BY group_id, position",
                                     bound, [&](long long, MemberRow& row) {
                                         if (const auto it = group_by_id.find(row.group_id); it != group_by_id.end())
                                             it->second->members.push_back(row.extract());
                                     });
    return rounds;
}

std::optional<model::Round> load(soci::session& session, model::RoundId id)
{
    auto found = select_rounds(session, "WHERE id = :key", id.value());
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

// The statements of a round's tables, prepared on first use and re-executed for every row.
class RoundWriter {
public:
    explicit RoundWriter(Database& database)
        : m_session(internal::session_of(database)), m_backend(database.backend())
    {
    }

    // The round and its groups; assigns their ids.
    void insert(model::Round& round)
    {
        m_round.assign(round);
        if (!m_insert_round) m_insert_round.emplace(m_session, m_backend, "round", m_round);
        round.id = model::RoundId(m_insert_round->execute());
        for (auto& group : round.groups) insert_group(round.id, group);
    }

    void update_round(const model::Round& round)
    {
        m_round.assign(round);
        m_id = round.id.value();
        soci::statement update(m_session);
        internal::UseBinder use{update};
        m_round.visit(use);
        update.exchange(soci::use(m_id, "id"));
        internal::prepare_statement(update, "UPDATE round SET " + internal::column_text<RoundRow>().assignments +
                                                " WHERE id = :id");
        update.execute(true);
    }

    void insert_group(model::RoundId round, model::Group& group)
    {
        m_group.assign(round.value(), group);
        if (!m_insert_group) m_insert_group.emplace(m_session, m_backend, "round_group", m_group);
        group.id = model::GroupId(m_insert_group->execute());
        insert_units(group);
        insert_members(group);
    }

    void update_group(model::RoundId round, const model::Group& group)
    {
        m_group.assign(round.value(), group);
        m_id = group.id.value();
        if (!m_update_group) {
            m_update_group.emplace(m_session);
            internal::UseBinder use{*m_update_group};
            m_group.visit(use);
            m_update_group->exchange(soci::use(m_id, "id"));
            internal::prepare_statement(*m_update_group, "UPDATE round_group SET " +
                                                             internal::column_text<GroupRow>().assignments +
                                                             " WHERE id = :id");
        }
        m_update_group->execute(true);
    }

    // A number no group has (negative), so that groups can swap numbers without meeting on the way.
    void park_group_number(model::GroupId group)
    {
        long long id = group.value();
        m_session << "UPDATE round_group SET number = -id WHERE id = :id", soci::use(id, "id");
    }

    void remove_group(model::GroupId group)
    {
        long long id = group.value();
        m_session << "DELETE FROM round_group WHERE id = :id", soci::use(id, "id");
    }

    void replace_units(const model::Group& group)
    {
        long long id = group.id.value();
        m_session << "DELETE FROM group_unit WHERE group_id = :id", soci::use(id, "id");
        insert_units(group);
    }

    void replace_members(const model::Group& group)
    {
        long long id = group.id.value();
        m_session << "DELETE FROM group_member WHERE group_id = :id", soci::use(id, "id");
        insert_members(group);
    }

private:
    void insert_units(const model::Group& group)
    {
        m_unit.group_id = group.id.value();
        for (std::size_t i = 0; i < group.unit_ids.size(); ++i) {
            m_unit.unit_id = group.unit_ids[i].value();
            m_unit.position = static_cast<int>(i);
            if (!m_insert_unit) m_insert_unit.emplace(m_session, m_backend, "group_unit", m_unit, false);
            m_insert_unit->execute();
        }
    }

    void insert_members(const model::Group& group)
    {
        for (std::size_t i = 0; i < group.members.size(); ++i) {
            m_member.assign(group.id.value(), static_cast<int>(i), group.members[i]);
            if (!m_insert_member) m_insert_member.emplace(m_session, m_backend, "group_member", m_member, false);
            m_insert_member->execute();
        }
    }

    soci::session& m_session;
    Backend m_backend;
    RoundRow m_round;
    GroupRow m_group;
    UnitLinkRow m_unit;
    MemberRow m_member;
    long long m_id = 0;
    std::optional<internal::InsertStatement> m_insert_round;
    std::optional<internal::InsertStatement> m_insert_group;
    std::optional<soci::statement> m_update_group;
    std::optional<internal::InsertStatement> m_insert_unit;
    std::optional<internal::InsertStatement> m_insert_member;
};

// New records: every id the caller gave is replaced.
void clear_ids(model::Round& round)
{
    round.id = model::RoundId();
    for (auto& group : round.groups) group.id = model::GroupId();
}

// Group numbers are unique within a round: said here in the user's terms rather than by the index.
void check_group_numbers(const model::Round& round)
{
    std::set<int> numbers;
    for (const auto& group : round.groups)
        if (!numbers.insert(group.number).second)
            throw DbError(DbError::Category::constraint,
                          "Cannot save " + label_of(round) + ": two groups have the number " +
                              std::to_string(group.number) + ".",
                          model::round_title(round));
}

}  // namespace

std::vector<model::Round> RoundRepository::list()
{
    return internal::read_consistently(m_database, [](soci::session& session) { return select_rounds(session, {}, 0); });
}

std::optional<model::Round> RoundRepository::find(model::RoundId id)
{
    return internal::read_consistently(m_database, [&](soci::session& session) { return load(session, id); });
}

void RoundRepository::create(Transaction& tx, model::Round& round)
{
    internal::require_transaction_of(tx, m_database);
    auto saved = round;
    clear_ids(saved);
    check_group_numbers(saved);
    try {
        auto& session = internal::session_of(m_database);
        internal::WriteScope scope(m_database);
        RoundWriter(m_database).insert(saved);
        internal::CatalogNames names(session);
        internal::AuditWriter(m_database)
            .append("round", saved.id.value(), model::round_title(saved), model::AuditAction::create,
                    model::diff(model::Round{}, saved, names.audit_names()));
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), label_of(saved));
    }
    round = std::move(saved);
}

void RoundRepository::create_all(Transaction& tx, std::vector<model::Round>& rounds)
{
    internal::require_transaction_of(tx, m_database);
    auto saved = rounds;
    const model::Round* current = nullptr;
    try {
        for (auto& round : saved) {
            clear_ids(round);
            check_group_numbers(round);
        }
        auto& session = internal::session_of(m_database);
        internal::WriteScope scope(m_database);
        RoundWriter writer(m_database);
        internal::CatalogNames names(session);
        internal::AuditWriter audit(m_database);
        const auto audit_names = names.audit_names();
        for (auto& round : saved) {
            current = &round;
            writer.insert(round);
            audit.append("round", round.id.value(), model::round_title(round), model::AuditAction::create,
                         model::diff(model::Round{}, round, audit_names));
        }
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), current ? label_of(*current) : std::string());
    }
    rounds = std::move(saved);
}

void RoundRepository::update(Transaction& tx, model::Round& round)
{
    internal::require_transaction_of(tx, m_database);
    auto saved = round;
    try {
        auto& session = internal::session_of(m_database);
        const auto stored = load(session, saved.id);
        if (!stored) throw missing(saved.id);
        if (*stored == saved) return;
        check_group_numbers(saved);

        // Groups are matched by id: 0 is a new one, a stored one missing from `saved` is removed.
        std::unordered_map<long long, const model::Group*> stored_groups;
        for (const auto& group : stored->groups) stored_groups.emplace(group.id.value(), &group);
        std::set<long long> kept;
        for (const auto& group : saved.groups) {
            if (!group.id.is_saved()) continue;
            if (!stored_groups.contains(group.id.value()))
                throw DbError(DbError::Category::not_found,
                              "The group #" + std::to_string(group.id.value()) + " is not one of " + label_of(saved) +
                                  " (it may have been removed meanwhile).",
                              model::round_title(saved));
            if (!kept.insert(group.id.value()).second)
                throw DbError(DbError::Category::constraint,
                              "Cannot save " + label_of(saved) + ": the group #" + std::to_string(group.id.value()) +
                                  " is listed twice.",
                              model::round_title(saved));
        }

        internal::WriteScope scope(m_database);
        RoundWriter writer(m_database);
        if (own_columns(*stored) != own_columns(saved)) writer.update_round(saved);
        for (const auto& group : stored->groups)
            if (!kept.contains(group.id.value())) writer.remove_group(group.id);
        for (const auto& group : saved.groups) {
            if (!group.id.is_saved()) continue;
            if (stored_groups.at(group.id.value())->number != group.number) writer.park_group_number(group.id);
        }
        for (auto& group : saved.groups) {
            if (!group.id.is_saved()) continue;
            const auto& before = *stored_groups.at(group.id.value());
            if (own_columns(before) != own_columns(group)) writer.update_group(saved.id, group);
            if (before.unit_ids != group.unit_ids) writer.replace_units(group);
            if (before.members != group.members) writer.replace_members(group);
        }
        for (auto& group : saved.groups)
            if (!group.id.is_saved()) writer.insert_group(saved.id, group);

        internal::CatalogNames names(session);
        internal::AuditWriter(m_database)
            .append("round", saved.id.value(), model::round_title(saved), model::AuditAction::update,
                    model::diff(*stored, saved, names.audit_names()));
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), label_of(saved));
    }
    round = std::move(saved);
}

void RoundRepository::remove(Transaction& tx, model::RoundId id)
{
    internal::require_transaction_of(tx, m_database);
    try {
        auto& session = internal::session_of(m_database);
        const auto stored = load(session, id);
        if (!stored) throw missing(id);
        long long key = id.value();
        long long cases = 0;
        session << "SELECT COUNT(*) FROM avoidance_case WHERE round_id = :id", soci::use(key, "id"), soci::into(cases);
        if (cases > 0)
            throw DbError(DbError::Category::in_use,
                          "The round “" + model::round_title(*stored) +
                              "” cannot be removed while avoidance cases refer to it (" + std::to_string(cases) + ").",
                          model::round_title(*stored));

        internal::WriteScope scope(m_database);
        internal::CatalogNames names(session);
        internal::AuditWriter(m_database)
            .append("round", key, model::round_title(*stored), model::AuditAction::remove,
                    model::diff(*stored, model::Round{}, names.audit_names()));
        // Its groups with their units and members go with it (ON DELETE CASCADE).
        session << "DELETE FROM round WHERE id = :id", soci::use(key, "id");
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

}  // namespace xuncha::db
