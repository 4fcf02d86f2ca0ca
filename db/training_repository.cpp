#include "db/training_repository.h"

#include "db/internal/audit_writer.h"
#include "db/internal/columns.h"
#include "db/internal/database_impl.h"
#include "db/internal/dialect.h"
#include "model/audit.h"

#include <utility>

namespace xuncha::db {

namespace {

using internal::NullableText;

struct TrainingRow {
    std::string topic;
    std::string type;
    NullableText start_date;
    NullableText end_date;
    int hours = 0;
    std::string organiser;
    std::string remark;

    template <class F>
    void visit(F&& f)
    {
        f("topic", topic);
        f("type", type);
        f("start_date", start_date);
        f("end_date", end_date);
        f("hours", hours);
        f("organiser", organiser);
        f("remark", remark);
    }

    void assign(const model::Training& t)
    {
        topic = t.topic;
        type = t.type;
        start_date.set(t.start);
        end_date.set(t.end);
        hours = t.hours;
        organiser = t.organiser;
        remark = t.remark;
    }

    model::Training extract(long long id) const
    {
        model::Training t;
        t.id = model::TrainingId(id);
        t.topic = topic;
        t.type = type;
        t.start = internal::to_date(start_date, "training.start_date");
        t.end = internal::to_date(end_date, "training.end_date");
        t.hours = hours;
        t.organiser = organiser;
        t.remark = remark;
        return t;
    }
};

std::string label_of(const model::Training& training) { return "training “" + training.topic + "”"; }

// The audit's view of a training: what a user reads, in the same words as the person's sub-records.
std::vector<std::pair<const char*, std::string>> fields_of(const model::Training& t)
{
    return {
        {"topic", t.topic},
        {"type", t.type},
        {"start", model::to_iso(t.start)},
        {"end", model::to_iso(t.end)},
        {"hours", t.hours != 0 ? std::to_string(t.hours) : std::string()},
        {"organiser", t.organiser},
        {"remark", t.remark},
    };
}

// Field changes from `before` to `after`. Training{} has every field empty: diff(Training{}, t) lists
// what a new training was given, diff(t, Training{}) what a removed one had.
std::vector<model::FieldChange> diff(const model::Training& before, const model::Training& after)
{
    const auto old_fields = fields_of(before);
    auto new_fields = fields_of(after);
    std::vector<model::FieldChange> changes;
    for (std::size_t i = 0; i < new_fields.size(); ++i)
        if (old_fields[i].second != new_fields[i].second)
            changes.push_back({new_fields[i].first, old_fields[i].second, std::move(new_fields[i].second)});
    return changes;
}

std::vector<model::Training> select_trainings(soci::session& session, const std::string& where, long long key)
{
    std::vector<model::Training> trainings;
    // NULLs sort first on SQLite and last on PostgreSQL: say where they go.
    internal::select_rows<TrainingRow>(
        session, true, "FROM training " + where + " ORDER BY CASE WHEN start_date IS NULL THEN 1 ELSE 0 END, start_date, id",
        where.empty() ? std::nullopt : std::optional(key),
        [&](long long id, TrainingRow& row) { trainings.push_back(row.extract(id)); });
    return trainings;
}

std::optional<model::Training> load(soci::session& session, model::TrainingId id)
{
    auto found = select_trainings(session, "WHERE id = :key", id.value());
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

DbError missing(model::TrainingId id)
{
    return DbError(DbError::Category::not_found, "The training #" + std::to_string(id.value()) +
                                                     " does not exist (it may have been removed meanwhile).");
}

}  // namespace

std::vector<model::Training> TrainingRepository::list()
{
    try {
        return select_trainings(internal::session_of(m_database), {}, 0);
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

std::optional<model::Training> TrainingRepository::find(model::TrainingId id)
{
    try {
        return load(internal::session_of(m_database), id);
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

void TrainingRepository::create(Transaction& tx, model::Training& training)
{
    internal::require_transaction_of(tx, m_database);
    auto saved = training;
    try {
        auto& session = internal::session_of(m_database);
        internal::WriteScope scope(m_database);
        TrainingRow row;
        row.assign(saved);
        saved.id = model::TrainingId(internal::InsertStatement(session, m_database.backend(), "training", row, true,
                                                                  internal::Audited{"training"})
                                            .execute());
        internal::AuditWriter(m_database)
            .append("training", saved.id.value(), saved.topic, model::AuditAction::create, diff(model::Training{}, saved));
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), label_of(saved));
    }
    training = std::move(saved);
}

void TrainingRepository::update(Transaction& tx, const model::Training& training)
{
    internal::require_transaction_of(tx, m_database);
    try {
        auto& session = internal::session_of(m_database);
        const auto stored = load(session, training.id);
        if (!stored) throw missing(training.id);
        if (*stored == training) return;
        internal::WriteScope scope(m_database);
        TrainingRow row;
        row.assign(training);
        long long id = training.id.value();
        soci::statement update(session);
        internal::UseBinder use{update};
        row.visit(use);
        update.exchange(soci::use(id, "id"));
        internal::prepare_statement(update, "UPDATE training SET " + internal::column_text<TrainingRow>().assignments +
                                                " WHERE id = :id");
        update.execute(true);
        internal::AuditWriter(m_database)
            .append("training", id, training.topic, model::AuditAction::update, diff(*stored, training));
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), label_of(training));
    }
}

void TrainingRepository::remove(Transaction& tx, model::TrainingId id)
{
    internal::require_transaction_of(tx, m_database);
    try {
        auto& session = internal::session_of(m_database);
        const auto stored = load(session, id);
        if (!stored) throw missing(id);
        long long key = id.value();
        long long attendees = 0;
        session << "SELECT COUNT(*) FROM training_attendance WHERE training_id = :id", soci::use(key, "id"),
            soci::into(attendees);
        if (attendees > 0)
            throw DbError(DbError::Category::in_use,
                          "The training “" + stored->topic + "” cannot be removed while people's records list it (" +
                              std::to_string(attendees) + ").",
                          stored->topic);
        internal::WriteScope scope(m_database);
        internal::AuditWriter(m_database)
            .append("training", key, stored->topic, model::AuditAction::remove, diff(*stored, model::Training{}));
        session << "DELETE FROM training WHERE id = :id", soci::use(key, "id");
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

}  // namespace xuncha::db
