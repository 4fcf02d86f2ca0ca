#include "db/avoidance_case_repository.h"

#include "db/internal/audit_writer.h"
#include "db/internal/catalog_names.h"
#include "db/internal/columns.h"
#include "db/internal/database_impl.h"
#include "db/internal/dialect.h"
#include "db/internal/read_snapshot.h"
#include "model/audit.h"

#include <utility>

namespace xuncha::db {

namespace {

using internal::NullableId;
using internal::NullableText;

struct CaseRow {
    NullableId round_id;
    NullableId group_id;
    long long person_id = 0;
    NullableId unit_id;
    std::string trigger_kind;
    NullableText rule;
    std::string facts;
    NullableText raised_on;
    std::string decision;
    std::string decided_by;
    NullableText decided_on;
    NullableId replacement_id;
    std::string document_number;
    NullableText acknowledged_on;
    std::string remark;

    template <class F>
    void visit(F&& f)
    {
        f("round_id", round_id);
        f("group_id", group_id);
        f("person_id", person_id);
        f("unit_id", unit_id);
        f("trigger_kind", trigger_kind);
        f("rule", rule);
        f("facts", facts);
        f("raised_on", raised_on);
        f("decision", decision);
        f("decided_by", decided_by);
        f("decided_on", decided_on);
        f("replacement_id", replacement_id);
        f("document_number", document_number);
        f("acknowledged_on", acknowledged_on);
        f("remark", remark);
    }

    void assign(const model::AvoidanceCase& c)
    {
        round_id.set(c.round_id);
        group_id.set(c.group_id);
        person_id = c.person_id.value();
        unit_id.set(c.unit_id);
        trigger_kind = internal::encode(c.trigger);
        rule.set_code(c.rule ? std::optional(model::code_of(*c.rule)) : std::nullopt);
        facts = c.facts;
        raised_on.set(c.raised_on);
        decision = internal::encode(c.decision);
        decided_by = c.decided_by;
        decided_on.set(c.decided_on);
        replacement_id.set(c.replacement_id);
        document_number = c.document_number;
        acknowledged_on.set(c.acknowledged_on);
        remark = c.remark;
    }

    model::AvoidanceCase extract(long long id) const
    {
        model::AvoidanceCase c;
        c.id = model::AvoidanceCaseId(id);
        c.round_id = round_id.get<model::RoundTag>();
        c.group_id = group_id.get<model::GroupTag>();
        c.person_id = model::PersonId(person_id);
        c.unit_id = unit_id.get<model::UnitTag>();
        c.trigger = internal::decode<model::CaseTrigger>(trigger_kind, "avoidance_case.trigger_kind");
        if (!rule.is_null()) c.rule = internal::decode<model::AvoidanceRuleCode>(rule.value, "avoidance_case.rule");
        c.facts = facts;
        c.raised_on = internal::to_date(raised_on, "avoidance_case.raised_on");
        c.decision = internal::decode<model::CaseDecision>(decision, "avoidance_case.decision");
        c.decided_by = decided_by;
        c.decided_on = internal::to_date(decided_on, "avoidance_case.decided_on");
        c.replacement_id = replacement_id.get<model::PersonTag>();
        c.document_number = document_number;
        c.acknowledged_on = internal::to_date(acknowledged_on, "avoidance_case.acknowledged_on");
        c.remark = remark;
        return c;
    }
};

// Standing declarations (no round) first, then by round, then in the order they were recorded.
constexpr const char* case_order = " ORDER BY CASE WHEN round_id IS NULL THEN 0 ELSE 1 END, round_id, id";

std::vector<model::AvoidanceCase> select_cases(soci::session& session, const std::string& where, long long key)
{
    std::vector<model::AvoidanceCase> cases;
    internal::select_rows<CaseRow>(session, true, "FROM avoidance_case " + where + case_order,
                                   where.empty() ? std::nullopt : std::optional(key),
                                   [&](long long id, CaseRow& row) { cases.push_back(row.extract(id)); });
    return cases;
}

std::optional<model::AvoidanceCase> load(soci::session& session, model::AvoidanceCaseId id)
{
    auto found = select_cases(session, "WHERE id = :key", id.value());
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

DbError missing(model::AvoidanceCaseId id)
{
    return DbError(DbError::Category::not_found, "The avoidance case #" + std::to_string(id.value()) +
                                                     " does not exist (it may have been removed meanwhile).");
}

// The audit row's label, readable without lookups: "张三：城关镇" (the person alone for a case about no unit).
std::string audit_label(const model::AvoidanceCase& c, internal::CatalogNames& names)
{
    auto label = names.person(c.person_id);
    if (c.unit_id) label += "：" + names.unit(*c.unit_id);
    return label;
}

std::string label_of(const model::AvoidanceCase& c)
{
    return c.id.is_saved() ? "avoidance case #" + std::to_string(c.id.value()) : std::string("the avoidance case");
}

}  // namespace

std::vector<model::AvoidanceCase> AvoidanceCaseRepository::list()
{
    return internal::read_or_throw(m_database, [&](soci::session& session) { return select_cases(session, {}, 0); });
}

std::vector<model::AvoidanceCase> AvoidanceCaseRepository::list_for_round(model::RoundId round)
{
    return internal::read_or_throw(m_database, [&](soci::session& session) { return select_cases(session, "WHERE round_id = :key", round.value()); });
}

std::vector<model::AvoidanceCase> AvoidanceCaseRepository::list_for_person(model::PersonId person)
{
    return internal::read_or_throw(m_database, [&](soci::session& session) { return select_cases(session, "WHERE person_id = :key", person.value()); });
}

std::optional<model::AvoidanceCase> AvoidanceCaseRepository::find(model::AvoidanceCaseId id)
{
    return internal::read_or_throw(m_database, [&](soci::session& session) { return load(session, id); });
}

void AvoidanceCaseRepository::create(Transaction& tx, model::AvoidanceCase& avoidance_case)
{
    std::vector<model::AvoidanceCase> one{avoidance_case};
    create_all(tx, one);
    avoidance_case = std::move(one.front());
}

void AvoidanceCaseRepository::create_all(Transaction& tx, std::vector<model::AvoidanceCase>& cases)
{
    internal::require_transaction_of(tx, m_database);
    auto saved = cases;
    const model::AvoidanceCase* current = nullptr;
    try {
        auto& session = internal::session_of(m_database);
        internal::WriteScope scope(m_database);
        CaseRow row;
        std::optional<internal::InsertStatement> insert;
        internal::CatalogNames names(session);
        internal::AuditWriter audit(m_database);
        const auto audit_names = names.audit_names();
        for (auto& c : saved) {
            current = &c;
            row.assign(c);
            if (!insert) insert.emplace(session, m_database.backend(), "avoidance_case", row);
            c.id = model::AvoidanceCaseId(insert->execute());
            audit.append("avoidance_case", c.id.value(), audit_label(c, names), model::AuditAction::create,
                         model::diff(model::AvoidanceCase{}, c, audit_names));
        }
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), current ? label_of(*current) : std::string());
    }
    cases = std::move(saved);
}

void AvoidanceCaseRepository::update(Transaction& tx, const model::AvoidanceCase& avoidance_case)
{
    internal::require_transaction_of(tx, m_database);
    try {
        auto& session = internal::session_of(m_database);
        const auto stored = load(session, avoidance_case.id);
        if (!stored) throw missing(avoidance_case.id);
        if (*stored == avoidance_case) return;
        internal::WriteScope scope(m_database);
        CaseRow row;
        row.assign(avoidance_case);
        long long id = avoidance_case.id.value();
        soci::statement update(session);
        internal::UseBinder use{update};
        row.visit(use);
        update.exchange(soci::use(id, "id"));
        internal::prepare_statement(update, "UPDATE avoidance_case SET " + internal::column_text<CaseRow>().assignments +
                                                " WHERE id = :id");
        update.execute(true);
        internal::CatalogNames names(session);
        internal::AuditWriter(m_database)
            .append("avoidance_case", id, audit_label(avoidance_case, names), model::AuditAction::update,
                    model::diff(*stored, avoidance_case, names.audit_names()));
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), label_of(avoidance_case));
    }
}

void AvoidanceCaseRepository::remove(Transaction& tx, model::AvoidanceCaseId id)
{
    internal::require_transaction_of(tx, m_database);
    try {
        auto& session = internal::session_of(m_database);
        const auto stored = load(session, id);
        if (!stored) throw missing(id);
        internal::WriteScope scope(m_database);
        internal::CatalogNames names(session);
        internal::AuditWriter(m_database)
            .append("avoidance_case", id.value(), audit_label(*stored, names), model::AuditAction::remove,
                    model::diff(*stored, model::AvoidanceCase{}, names.audit_names()));
        long long key = id.value();
        session << "DELETE FROM avoidance_case WHERE id = :id", soci::use(key, "id");
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

}  // namespace xuncha::db
