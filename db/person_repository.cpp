#include "db/person_repository.h"

#include "db/internal/attachment_store.h"
#include "db/internal/audit_writer.h"
#include "db/internal/catalog_names.h"
#include "db/internal/columns.h"
#include "db/internal/database_impl.h"
#include "db/internal/dialect.h"
#include "db/internal/person_rows.h"
#include "db/internal/read_snapshot.h"
#include "db/internal/row_cursor.h"
#include "model/audit.h"
#include "model/pinyin.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <future>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

namespace xuncha::db {

namespace {

using internal::decode;
using internal::to_date;

std::string label_of(const model::Person& person) { return "person “" + person.name + "”"; }

// create_all on PostgreSQL writes the batched rows of this many people at a time.
constexpr std::size_t people_a_flush = 256;

// One sub-record table's statements, prepared on first use and re-executed with new buffer contents.
// With a BatchOwner, inserts are batched (see internal::InsertStatement): reserve() and flush() apply.
template <class Row>
class SubRecordWriter {
public:
    SubRecordWriter(soci::session& session, Backend backend, const internal::BatchOwner* batch)
        : m_session(session), m_backend(backend), m_batch(batch)
    {
    }

    void insert(long long owner, int position, typename Row::Entry& entry)
    {
        fill(owner, position, entry);
        entry.id = decltype(entry.id)(inserter().execute());
    }

    void reserve(std::size_t rows)
    {
        if (rows > 0) inserter().reserve(rows);
    }

    void flush()
    {
        if (m_insert) m_insert->flush();
    }

    void update(long long owner, int position, const typename Row::Entry& entry)
    {
        fill(owner, position, entry);
        m_id = entry.id.value();
        if (!m_update) {
            m_update.emplace(m_session);
            internal::UseBinder use{*m_update};
            m_row.visit(use);
            m_update->exchange(soci::use(m_id, "id"));
            const auto text = internal::column_text<Row>();
            internal::prepare_statement(*m_update,
                                        std::string("UPDATE ") + Row::table + " SET " + text.assignments + " WHERE id = :id");
        }
        m_update->execute(true);
    }

    void remove(long long id)
    {
        m_session << "DELETE FROM " << Row::table << " WHERE id = :id", soci::use(id, "id");
    }

private:
    internal::InsertStatement& inserter()
    {
        if (!m_insert) m_insert.emplace(m_session, m_backend, Row::table, m_row, true, internal::Audited{}, m_batch);
        return *m_insert;
    }

    void fill(long long owner, int position, const typename Row::Entry& entry)
    {
        m_row.owner_id = owner;
        m_row.position = position;
        m_row.assign(entry);
    }

    soci::session& m_session;
    Backend m_backend;
    const internal::BatchOwner* m_batch;
    Row m_row;
    long long m_id = 0;
    std::optional<internal::InsertStatement> m_insert;
    std::optional<soci::statement> m_update;
};

// Rows of one sub-record table matching `where` (which may use :key), in owner then list order;
// `each(row, id)` is called for every row.
template <class Row, class Each>
void select_rows(soci::session& session, const std::string& where, long long key, Each&& each)
{
    Row row;
    long long id = 0;
    soci::statement select(session);
    select.exchange(soci::into(id));
    internal::IntoBinder into{select};
    row.visit(into);
    select.exchange(soci::use(key, "key"));
    internal::prepare_statement(select, "SELECT id, " + internal::column_text<Row>().names + " FROM " + Row::table +
                                            " WHERE " + where + " ORDER BY " + Row::owner + ", position, id");
    select.execute();
    while (select.fetch()) each(row, id);
}

// Every row of one sub-record table for one person, in list order.
template <class Row>
std::vector<typename Row::Entry> select_sub_records(soci::session& session, model::PersonId person)
{
    std::vector<typename Row::Entry> entries;
    select_rows<Row>(session, "person_id = :key", person.value(),
                     [&](const Row& row, long long id) { entries.push_back(row.extract(id)); });
    return entries;
}

// A person's stored attachments, described without their bytes.
std::vector<model::Attachment> attachments_of(soci::session& session, model::PersonId person)
{
    std::vector<model::Attachment> attachments;
    model::Attachment a;
    long long id = 0;
    long long key = person.value();
    soci::statement select =
        (session.prepare << "SELECT id, file_name, media_type, sha256, size FROM attachment WHERE person_id = :key "
                            "ORDER BY id",
         soci::into(id), soci::into(a.file_name), soci::into(a.media_type), soci::into(a.sha256), soci::into(a.size),
         soci::use(key, "key"));
    select.execute();
    while (select.fetch()) {
        a.id = model::AttachmentId(id);
        attachments.push_back(a);
    }
    return attachments;
}

// The photo and pledge scans are read as bare ids: give them their stored description.
template <class Lookup>
void describe_attachments_by(model::Person& person, Lookup&& lookup)
{
    const auto describe = [&](std::optional<model::Attachment>& attachment) {
        if (!attachment) return;
        if (const model::Attachment* stored = lookup(attachment->id)) *attachment = *stored;
    };
    describe(person.photo);
    for (auto& pledge : person.pledges) describe(pledge.scan);
}

void describe_attachments(model::Person& person, const std::vector<model::Attachment>& attachments)
{
    describe_attachments_by(person, [&](model::AttachmentId id) -> const model::Attachment* {
        const auto it = std::find_if(attachments.begin(), attachments.end(),
                                     [&](const model::Attachment& a) { return a.id == id; });
        return it != attachments.end() ? &*it : nullptr;
    });
}

// "2024-03-01 推荐/自荐 → 资格审查": a step as an error message names it.
std::string step_text(const model::MembershipStep& step)
{
    std::string text = model::to_iso(step.date);
    if (!text.empty()) text += ' ';
    if (step.from) text += std::string(model::zh_name(*step.from)) + " → ";
    return text + std::string(model::zh_name(step.to));
}

// All statements that write a person, prepared once per operation (create_all reuses them for
// every person). With a BatchOwner (create_all), inserts are batched on PostgreSQL: nothing inserted
// is in the database before flush().
class PersonWriter {
public:
    explicit PersonWriter(Database& database, const internal::BatchOwner* batch = nullptr)
        : m_session(internal::session_of(database)),
          m_backend(database.backend()),
          m_batch(batch),
          m_work(m_session, m_backend, batch),
          m_relatives(m_session, m_backend, batch),
          m_memberships(m_session, m_backend, batch),
          m_steps(m_session, m_backend, batch),
          m_trainings(m_session, m_backend, batch),
          m_commendations(m_session, m_backend, batch),
          m_assessments(m_session, m_backend, batch),
          m_opinions(m_session, m_backend, batch),
          m_pledges(m_session, m_backend, batch),
          m_secondments(m_session, m_backend, batch),
          m_declined(m_session, m_backend, batch)
    {
    }

    // Batched: takes the ids that inserting `people` will need, a query a table.
    void reserve(const std::vector<model::Person>& people)
    {
        if (!m_batch || m_backend != Backend::postgresql) return;
        std::size_t attachments = 0;
        std::size_t work = 0, relatives = 0, memberships = 0, steps = 0, trainings = 0, commendations = 0;
        std::size_t assessments = 0, opinions = 0, pledges = 0, secondments = 0, declined = 0;
        for (const auto& person : people) {
            if (person.photo && !person.photo->id.is_saved()) ++attachments;
            for (const auto& pledge : person.pledges)
                if (pledge.scan && !pledge.scan->id.is_saved()) ++attachments;
            work += person.work_history.size();
            relatives += person.relatives.size();
            memberships += person.memberships.size();
            for (const auto& membership : person.memberships) steps += membership.steps.size();
            trainings += person.trainings.size();
            commendations += person.commendations.size();
            assessments += person.assessments.size();
            opinions += person.integrity_opinions.size();
            pledges += person.pledges.size();
            secondments += person.secondments.size();
            declined += person.declined_secondments.size();
        }
        person_inserter().reserve(people.size());
        if (attachments > 0) attachment_inserter().reserve(attachments);
        m_work.reserve(work);
        m_relatives.reserve(relatives);
        m_memberships.reserve(memberships);
        m_steps.reserve(steps);
        m_trainings.reserve(trainings);
        m_commendations.reserve(commendations);
        m_assessments.reserve(assessments);
        m_opinions.reserve(opinions);
        m_pledges.reserve(pledges);
        m_secondments.reserve(secondments);
        m_declined.reserve(declined);
    }

    // Batched: writes what was inserted, each row after the rows it refers to.
    void flush()
    {
        if (m_insert) m_insert->flush();
        if (m_insert_attachment) m_insert_attachment->flush();
        if (m_insert_link) m_insert_link->flush();
        m_work.flush();
        m_relatives.flush();
        m_memberships.flush();
        m_steps.flush();
        m_trainings.flush();
        m_commendations.flush();
        m_assessments.flush();
        m_opinions.flush();
        m_pledges.flush();
        m_secondments.flush();
        m_declined.flush();
    }

    // Inserts the person, their attachments and every sub-record; assigns all ids. The photo is linked
    // by link_photos(), which the caller runs after the last insert.
    void insert(model::Person& person)
    {
        m_row.assign(person);
        // The photo refers to an attachment row, which refers to the person: set once both exist.
        m_row.photo_attachment_id.set(std::optional<model::AttachmentId>());
        person.id = model::PersonId(person_inserter().execute());
        std::vector<model::Attachment> stored;
        store_attachments(person, stored);
        if (person.photo) m_photo_links.emplace_back(person.id.value(), person.photo->id.value());
        insert_specialties(person);
        const long long owner = person.id.value();
        insert_all(m_work, owner, person.work_history);
        insert_all(m_relatives, owner, person.relatives);
        for (std::size_t i = 0; i < person.memberships.size(); ++i) {
            auto& membership = person.memberships[i];
            m_memberships.insert(owner, static_cast<int>(i), membership);
            insert_all(m_steps, membership.id.value(), membership.steps);
        }
        insert_all(m_trainings, owner, person.trainings);
        insert_all(m_commendations, owner, person.commendations);
        insert_all(m_assessments, owner, person.assessments);
        insert_all(m_opinions, owner, person.integrity_opinions);
        insert_all(m_pledges, owner, person.pledges);
        insert_all(m_secondments, owner, person.secondments);
        insert_all(m_declined, owner, person.declined_secondments);
    }

    void update_row(const model::Person& person)
    {
        m_row.assign(person);
        m_id = person.id.value();
        if (!m_update) {
            m_update.emplace(m_session);
            internal::UseBinder use{*m_update};
            m_row.visit(use);
            m_update->exchange(soci::use(m_id, "id"));
            internal::prepare_statement(*m_update, "UPDATE person SET " +
                                                       internal::column_text<internal::PersonRow>().assignments +
                                                       " WHERE id = :id");
        }
        m_update->execute(true);
    }

    void replace_specialties(const model::Person& person)
    {
        long long id = person.id.value();
        m_session << "DELETE FROM person_specialty WHERE person_id = :personid", soci::use(id, "personid");
        insert_specialties(person);
    }

    // Gives the person's photo and pledge scans their attachment rows. A described one (saved id)
    // must be one of `stored` (the person's own) and takes its stored description; a new one (id 0)
    // is hashed and inserted, unless `stored` already holds the same bytes under the same name and
    // type, whose id it then takes. New rows are added to `stored`.
    void store_attachments(model::Person& person, std::vector<model::Attachment>& stored)
    {
        const auto store = [&](model::Attachment& attachment) {
            if (attachment.id.is_saved()) {
                const auto it = std::find_if(stored.begin(), stored.end(),
                                             [&](const model::Attachment& a) { return a.id == attachment.id; });
                if (it == stored.end())
                    throw DbError(DbError::Category::not_found,
                                  "The attachment “" + attachment.file_name + "” (#" +
                                      std::to_string(attachment.id.value()) +
                                      ") is not one of this person's (it may have been removed meanwhile).",
                                  label_of(person));
                auto content = std::move(attachment.content);
                attachment = *it;
                attachment.content = std::move(content);
                return;
            }
            if (!attachment.content)
                throw DbError(DbError::Category::constraint,
                              "Cannot save " + label_of(person) + ": the new attachment “" + attachment.file_name +
                                  "” has no content to store.",
                              label_of(person));
            const auto size = static_cast<long long>(attachment.content->size());
            if (size > model::max_attachment_size)
                throw DbError(DbError::Category::constraint,
                              "Cannot save " + label_of(person) + ": the attachment “" + attachment.file_name +
                                  "” is larger than " + std::to_string(model::max_attachment_size / (1024 * 1024)) +
                                  " MB.",
                              label_of(person));
            attachment.sha256 = internal::sha256_hex(*attachment.content);
            attachment.size = size;
            if (attachment.media_type.empty()) attachment.media_type = model::media_type_for(attachment.file_name);
            const auto same = std::find_if(stored.begin(), stored.end(), [&](const model::Attachment& a) {
                return a.sha256 == attachment.sha256 && a.size == attachment.size &&
                       a.file_name == attachment.file_name && a.media_type == attachment.media_type;
            });
            if (same != stored.end()) {
                attachment.id = same->id;
                return;
            }
            m_attachment.person_id = person.id.value();
            m_attachment.file_name = attachment.file_name;
            m_attachment.media_type = attachment.media_type;
            m_attachment.sha256 = attachment.sha256;
            m_attachment.size = attachment.size;
            m_attachment.content.data = attachment.content;
            if (m_backend == Backend::postgresql)
                m_attachment.content.postgresql_text = internal::postgresql_bytea_text(*attachment.content);
            attachment.id = model::AttachmentId(attachment_inserter().execute());
            // Neither buffer outlives the statement's use of it.
            m_attachment.content = {};
            auto description = attachment;
            description.content.reset();
            stored.push_back(std::move(description));
        };
        if (person.photo) store(*person.photo);
        for (auto& pledge : person.pledges)
            if (pledge.scan) store(*pledge.scan);
    }

    void remove_attachment(long long id)
    {
        m_session << "DELETE FROM attachment WHERE id = :id", soci::use(id, "id");
    }

    // Points the inserted people at their photos, whose rows refer to them in turn: one UPDATE for
    // all of them. Each UPDATE of person (a table with foreign keys) keeps a statement journal, and
    // SQLite 3.40 walks the whole journal of the enclosing savepoint when it releases one: an UPDATE
    // per photo took a tenth of a 10,000-person import.
    void link_photos()
    {
        if (m_photo_links.empty()) return;
        std::string links = "[";
        for (const auto& [person, photo] : m_photo_links) {
            if (links.size() > 1) links += ',';
            links += '[' + std::to_string(person) + ',' + std::to_string(photo) + ']';
        }
        links += ']';
        m_photo_links.clear();
        if (m_backend == Backend::sqlite)
            m_session << "UPDATE person SET photo_attachment_id = json_extract(link.value, '$[1]') "
                         "FROM json_each(:links) AS link WHERE person.id = json_extract(link.value, '$[0]')",
                soci::use(links, "links");
        else
            m_session << "UPDATE person SET photo_attachment_id = CAST(link ->> 1 AS bigint) "
                         "FROM json_array_elements(CAST(:links AS json)) AS link "
                         "WHERE person.id = CAST(link ->> 0 AS bigint)",
                soci::use(links, "links");
    }

    SubRecordWriter<internal::WorkRow>& work() { return m_work; }
    SubRecordWriter<internal::RelativeRow>& relatives() { return m_relatives; }
    SubRecordWriter<internal::MembershipRow>& memberships() { return m_memberships; }
    SubRecordWriter<internal::StepRow>& steps() { return m_steps; }
    SubRecordWriter<internal::TrainingAttendanceRow>& trainings() { return m_trainings; }
    SubRecordWriter<internal::CommendationRow>& commendations() { return m_commendations; }
    SubRecordWriter<internal::AssessmentRow>& assessments() { return m_assessments; }
    SubRecordWriter<internal::IntegrityOpinionRow>& opinions() { return m_opinions; }
    SubRecordWriter<internal::PledgeRow>& pledges() { return m_pledges; }
    SubRecordWriter<internal::SecondmentRow>& secondments() { return m_secondments; }
    SubRecordWriter<internal::DeclinedRow>& declined() { return m_declined; }

private:
    template <class Row>
    static void insert_all(SubRecordWriter<Row>& writer, long long owner, std::vector<typename Row::Entry>& entries)
    {
        for (std::size_t i = 0; i < entries.size(); ++i) writer.insert(owner, static_cast<int>(i), entries[i]);
    }

    void insert_specialties(const model::Person& person)
    {
        m_link.person_id = person.id.value();
        for (std::size_t i = 0; i < person.specialties.size(); ++i) {
            m_link.specialty_id = person.specialties[i].value();
            m_link.position = static_cast<int>(i);
            if (!m_insert_link)
                m_insert_link.emplace(m_session, m_backend, internal::SpecialtyLinkRow::table, m_link, false,
                                      internal::Audited{}, m_batch);
            m_insert_link->execute();
        }
    }

    internal::InsertStatement& person_inserter()
    {
        if (!m_insert)
            m_insert.emplace(m_session, m_backend, "person", m_row, true, internal::Audited{"person"}, m_batch);
        return *m_insert;
    }

    internal::InsertStatement& attachment_inserter()
    {
        if (!m_insert_attachment)
            m_insert_attachment.emplace(m_session, m_backend, "attachment", m_attachment, true, internal::Audited{},
                                        m_batch);
        return *m_insert_attachment;
    }

    soci::session& m_session;
    Backend m_backend;
    const internal::BatchOwner* m_batch;
    internal::PersonRow m_row;
    long long m_id = 0;
    internal::SpecialtyLinkRow m_link;
    internal::AttachmentRow m_attachment;
    std::vector<std::pair<long long, long long>> m_photo_links;  // person id, photo attachment id
    std::optional<internal::InsertStatement> m_insert;
    std::optional<soci::statement> m_update;
    std::optional<internal::InsertStatement> m_insert_link;
    std::optional<internal::InsertStatement> m_insert_attachment;
    SubRecordWriter<internal::WorkRow> m_work;
    SubRecordWriter<internal::RelativeRow> m_relatives;
    SubRecordWriter<internal::MembershipRow> m_memberships;
    SubRecordWriter<internal::StepRow> m_steps;
    SubRecordWriter<internal::TrainingAttendanceRow> m_trainings;
    SubRecordWriter<internal::CommendationRow> m_commendations;
    SubRecordWriter<internal::AssessmentRow> m_assessments;
    SubRecordWriter<internal::IntegrityOpinionRow> m_opinions;
    SubRecordWriter<internal::PledgeRow> m_pledges;
    SubRecordWriter<internal::SecondmentRow> m_secondments;
    SubRecordWriter<internal::DeclinedRow> m_declined;
};

std::optional<model::Person> load(soci::session& session, model::PersonId id)
{
    internal::PersonRow row;
    long long key = id.value();
    soci::statement select(session);
    internal::IntoBinder into{select};
    row.visit(into);
    select.exchange(soci::use(key, "key"));
    internal::prepare_statement(select, "SELECT " + internal::column_text<internal::PersonRow>().names +
                                            " FROM person WHERE id = :key");
    if (!select.execute(true)) return std::nullopt;

    model::Person person;
    person.id = id;
    row.extract(person);

    long long specialty = 0;
    soci::statement select_specialties =
        (session.prepare << "SELECT specialty_id FROM person_specialty WHERE person_id = :key ORDER BY position",
         soci::into(specialty), soci::use(key, "key"));
    select_specialties.execute();
    while (select_specialties.fetch()) person.specialties.emplace_back(specialty);

    person.work_history = select_sub_records<internal::WorkRow>(session, id);
    person.relatives = select_sub_records<internal::RelativeRow>(session, id);
    person.memberships = select_sub_records<internal::MembershipRow>(session, id);
    if (!person.memberships.empty()) {
        select_rows<internal::StepRow>(
            session, "membership_id IN (SELECT id FROM pool_membership WHERE person_id = :key)", key,
            [&](const internal::StepRow& step, long long step_id) {
                for (auto& membership : person.memberships)
                    if (membership.id.value() == step.owner_id) membership.steps.push_back(step.extract(step_id));
            });
    }
    person.trainings = select_sub_records<internal::TrainingAttendanceRow>(session, id);
    person.commendations = select_sub_records<internal::CommendationRow>(session, id);
    person.assessments = select_sub_records<internal::AssessmentRow>(session, id);
    person.integrity_opinions = select_sub_records<internal::IntegrityOpinionRow>(session, id);
    person.pledges = select_sub_records<internal::PledgeRow>(session, id);
    person.secondments = select_sub_records<internal::SecondmentRow>(session, id);
    person.declined_secondments = select_sub_records<internal::DeclinedRow>(session, id);
    describe_attachments(person, attachments_of(session, id));
    return person;
}

void compute_pinyin(model::Person& person)
{
    auto pinyin = model::name_pinyin(person.name);
    person.name_pinyin = std::move(pinyin.syllables);
    person.name_initials = std::move(pinyin.initials);
}

// Brings one kind of sub-record from `before` to `after`: rows missing from `after` are deleted,
// id 0 rows inserted (their ids assigned), changed or moved rows updated. `same` tells whether a
// row's stored columns are unchanged.
template <class Row, class Same>
void sync(SubRecordWriter<Row>& writer, long long owner, const std::vector<typename Row::Entry>& before,
          std::vector<typename Row::Entry>& after, const char* what, Same&& same)
{
    std::unordered_map<long long, std::size_t> stored;
    for (std::size_t i = 0; i < before.size(); ++i) stored.emplace(before[i].id.value(), i);
    std::unordered_map<long long, std::size_t> kept;
    for (std::size_t i = 0; i < after.size(); ++i) {
        if (!after[i].id.is_saved()) continue;
        if (!stored.contains(after[i].id.value()))
            throw DbError(DbError::Category::not_found,
                          std::string("The ") + what + " entry #" + std::to_string(after[i].id.value()) +
                              " does not belong to this person (it may have been removed meanwhile).");
        kept.emplace(after[i].id.value(), i);
    }
    // Deletes first, so that a row re-added under a unique key (a pool, a year) does not collide.
    for (const auto& entry : before)
        if (!kept.contains(entry.id.value())) writer.remove(entry.id.value());
    for (std::size_t i = 0; i < after.size(); ++i) {
        auto& entry = after[i];
        if (!entry.id.is_saved()) {
            writer.insert(owner, static_cast<int>(i), entry);
            continue;
        }
        const auto old_index = stored.at(entry.id.value());
        if (old_index != i || !same(before[old_index], entry)) writer.update(owner, static_cast<int>(i), entry);
    }
}

template <class Row>
void sync(SubRecordWriter<Row>& writer, long long owner, const std::vector<typename Row::Entry>& before,
          std::vector<typename Row::Entry>& after, const char* what)
{
    sync(writer, owner, before, after, what,
         [](const typename Row::Entry& a, const typename Row::Entry& b) { return a == b; });
}

// Membership steps are a record of decisions: every stored step of a kept membership must still be
// there, unchanged and in its place, with new steps (id 0) only after them. Checked before anything
// is written.
void check_steps(const model::Person& stored, const model::Person& saved, internal::CatalogNames& names)
{
    const auto refuse = [&](const model::PoolMembership& membership, const model::MembershipStep& step,
                            const std::string& what) {
        throw DbError(DbError::Category::constraint,
                      "Cannot save " + label_of(saved) + ": the step “" + step_text(step) + "” (#" +
                          std::to_string(step.id.value()) + ") of the membership in " + names.pool(membership.pool_id) +
                          " was " + what + "; membership steps are a record of decisions and can only be added to.",
                      label_of(saved));
    };
    for (const auto& membership : saved.memberships) {
        const auto old = std::find_if(stored.memberships.begin(), stored.memberships.end(),
                                      [&](const model::PoolMembership& m) {
                                          return membership.id.is_saved() && m.id == membership.id;
                                      });
        const auto* old_steps = old != stored.memberships.end() ? &old->steps : nullptr;
        const std::size_t kept = old_steps ? old_steps->size() : 0;
        for (std::size_t i = 0; i < kept; ++i) {
            const auto& step = (*old_steps)[i];
            if (i < membership.steps.size() && membership.steps[i].id == step.id) {
                if (membership.steps[i] != step) refuse(*old, step, "changed");
                continue;
            }
            const bool elsewhere = std::any_of(membership.steps.begin(), membership.steps.end(),
                                               [&](const model::MembershipStep& s) { return s.id == step.id; });
            refuse(*old, step, elsewhere ? "moved" : "removed");
        }
        for (std::size_t i = kept; i < membership.steps.size(); ++i)
            if (membership.steps[i].id.is_saved())
                throw DbError(DbError::Category::not_found,
                              "The membership step #" + std::to_string(membership.steps[i].id.value()) +
                                  " does not belong to this membership (it may have been removed meanwhile).",
                              label_of(saved));
    }
}

model::Person without_sub_records(model::Person person)
{
    person.specialties.clear();
    person.work_history.clear();
    person.relatives.clear();
    person.memberships.clear();
    person.trainings.clear();
    person.commendations.clear();
    person.assessments.clear();
    person.integrity_opinions.clear();
    person.pledges.clear();
    person.secondments.clear();
    person.declined_secondments.clear();
    return person;
}

// The attachment ids a person refers to (photo, pledge scans).
std::unordered_set<long long> referenced_attachments(const model::Person& person)
{
    std::unordered_set<long long> ids;
    if (person.photo) ids.insert(person.photo->id.value());
    for (const auto& pledge : person.pledges)
        if (pledge.scan) ids.insert(pledge.scan->id.value());
    return ids;
}

// people is sorted by id, and so are the rows of each table read for it: a cursor walks forward.
class PersonCursor {
public:
    explicit PersonCursor(std::vector<model::Person>& people) : m_people(people) {}

    model::Person* find(long long id)
    {
        while (m_next < m_people.size() && m_people[m_next].id.value() < id) ++m_next;
        return m_next < m_people.size() && m_people[m_next].id.value() == id ? &m_people[m_next] : nullptr;
    }

private:
    std::vector<model::Person>& m_people;
    std::size_t m_next = 0;
};

// One table's rows, each owner's list in list order, owners in id order: one query. Read before the
// people are there when another connection reads them (load_all with a helper).
template <class Row>
using OwnedRecords = std::vector<std::pair<long long, std::vector<typename Row::Entry>>>;

template <class Row>
OwnedRecords<Row> read_owned_records(Database& database)
{
    OwnedRecords<Row> records;
    internal::RowCursor rows(database, "SELECT id, " + internal::cursor_columns<Row>() + " FROM " + Row::table +
                                           " ORDER BY " + Row::owner + ", position, id");
    Row row;
    while (rows.next()) {
        internal::CursorReader reader{rows, 1};
        row.visit(reader);
        if (records.empty() || records.back().first != row.owner_id) records.push_back({row.owner_id, {}});
        records.back().second.push_back(row.extract(rows.integer(0)));
    }
    return records;
}

template <class Entry>
void hand_over(std::vector<std::pair<long long, std::vector<Entry>>>& records, std::vector<model::Person>& people,
               std::vector<Entry> model::Person::*member)
{
    PersonCursor owners(people);
    for (auto& [owner, entries] : records)
        if (auto* person = owners.find(owner)) person->*member = std::move(entries);
}

// One table's rows for every person.
template <class Row>
void read_sub_records(Database& database, std::vector<model::Person>& people,
                      std::vector<typename Row::Entry> model::Person::*member)
{
    auto records = read_owned_records<Row>(database);
    hand_over(records, people, member);
}

// The sub-records load_all() reads on a helper connection when it has one: about half of all it reads.
struct HelperRecords {
    OwnedRecords<internal::WorkRow> work_history;
    OwnedRecords<internal::RelativeRow> relatives;
    OwnedRecords<internal::PledgeRow> pledges;
    OwnedRecords<internal::SecondmentRow> secondments;
    OwnedRecords<internal::AssessmentRow> assessments;
};

HelperRecords read_helper_records(Database& database)
{
    HelperRecords records;
    records.work_history = read_owned_records<internal::WorkRow>(database);
    records.relatives = read_owned_records<internal::RelativeRow>(database);
    records.pledges = read_owned_records<internal::PledgeRow>(database);
    records.secondments = read_owned_records<internal::SecondmentRow>(database);
    records.assessments = read_owned_records<internal::AssessmentRow>(database);
    return records;
}

}  // namespace

namespace {

// What the person list shows besides the person rows themselves, each list in person order. Read apart
// from them, on a second connection and thread when the caller has one, then merged.
struct SummaryExtras {
    struct Specialty {
        long long person = 0;
        long long position = 0;
        long long specialty = 0;
    };
    struct Membership {
        long long person = 0;
        long long pool = 0;
        model::MembershipStatus status{};
    };
    std::vector<Specialty> specialties;
    std::vector<Membership> memberships;
    std::vector<std::pair<long long, int>> secondments;  // (person, how many)
    std::vector<std::pair<long long, int>> declined;
};

// Asks for huge pages under a large vector's reserved, untouched storage: 100,000 summaries are 40 MB,
// which the kernel would otherwise map and clear 4 KiB at a time as they are filled (a hint).
template <class T>
void advise_huge_pages(std::vector<T>& reserved)
{
    constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
    const auto begin = reinterpret_cast<std::uintptr_t>(reserved.data());
    const auto end = begin + reserved.capacity() * sizeof(T);
    const auto first = (begin + huge - 1) / huge * huge;
    const auto last = end / huge * huge;
    if (last > first) ::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
}

// The units' names by id: the person rows name their unit by id, which is cheaper than joining the
// unit table row by row (a quarter of the query's time on 100,000 people). With `where` (some people,
// as in read_summary_rows), only their units.
std::unordered_map<long long, std::string> unit_names(Database& database, const std::string& where)
{
    std::unordered_map<long long, std::string> names;
    internal::RowCursor rows(database, where.empty() ? std::string("SELECT id, name FROM unit")
                                                     : "SELECT id, name FROM unit WHERE id IN "
                                                       "(SELECT p.unit_id FROM person p" + where + ")");
    while (rows.next()) names.emplace(rows.integer(0), rows.text(1));
    return names;
}

// The list's names alone (a third of the time of all its columns), or all of it.
enum class SummaryColumns { names, all };

// `where` selects some people (" WHERE p.id IN (...)"); empty: everybody.
std::vector<model::PersonSummary> read_summary_rows(Database& database, std::size_t expected, SummaryColumns columns,
                                                    const std::string& where = {})
{
    std::vector<model::PersonSummary> people;
    people.reserve(expected);
    advise_huge_pages(people);
    const bool all = columns == SummaryColumns::all;
    const auto units = all ? unit_names(database, where) : std::unordered_map<long long, std::string>{};
    bool missing_unit = false;
    internal::RowCursor rows(database,
                             std::string("SELECT p.id, p.name, p.name_pinyin, p.name_initials") +
                                 (all ? ", p.gender, COALESCE(CAST(p.birth_date AS TEXT), ''), p.political_status, "
                                        "p.fulltime_education, p.inservice_education, COALESCE(p.unit_id, 0), p.post, "
                                        "p.rank, p.mobile, p.department, p.ethnicity, p.professional_title, "
                                        "p.reserve_cadre"
                                      : "") +
                                 " FROM person p" + where + " ORDER BY p.id");
    while (rows.next()) {
        auto& p = people.emplace_back();
        p.id = model::PersonId(rows.integer(0));
        p.name = rows.text(1);
        p.name_pinyin = rows.text(2);
        p.name_initials = rows.text(3);
        if (!all) continue;
        p.gender = decode<model::Gender>(rows.text(4), "person.gender");
        p.birth_date = to_date(rows.text(5), "person.birth_date");
        p.political_status = decode<model::PoliticalStatus>(rows.text(6), "person.political_status");
        p.education = model::higher_education(decode<model::EducationLevel>(rows.text(7), "person.fulltime_education"),
                                              decode<model::EducationLevel>(rows.text(8), "person.inservice_education"));
        if (const auto unit = rows.integer(9); unit != 0) {
            p.unit_id = model::UnitId(unit);
            if (const auto it = units.find(unit); it != units.end()) p.unit_name = it->second;
            else missing_unit = true;
        }
        p.post = rows.text(10);
        p.rank = decode<model::Rank>(rows.text(11), "person.rank");
        p.mobile = rows.text(12);
        p.department = rows.text(13);
        p.ethnicity = rows.text(14);
        p.professional_title = rows.text(15);
        p.reserve_cadre = rows.integer(16) != 0;
    }
    // A unit added between the two reads (by another user, on a server): its name read now.
    if (missing_unit) {
        internal::CatalogNames names(internal::session_of(database));
        for (auto& p : people)
            if (p.unit_id && !units.contains(p.unit_id->value())) p.unit_name = names.unit(*p.unit_id);
    }
    return people;
}

// " WHERE <column> IN (1, 2, ...)": the ids are numbers, written into the statement as such.
std::string where_in(const char* column, const std::vector<model::PersonId>& ids)
{
    std::string where = std::string(" WHERE ") + column + " IN (";
    for (std::size_t i = 0; i < ids.size(); ++i) where += (i ? ", " : "") + std::to_string(ids[i].value());
    return where + ")";
}

// `where` selects some people (" WHERE person_id IN (...)"); empty: everybody.
SummaryExtras read_summary_extras(Database& database, const std::string& where = {})
{
    SummaryExtras extras;
    // In key order (person, specialty); each person's few are put in list order when merged, which
    // saves person_specialty an index that every insert would have to maintain.
    internal::RowCursor specialties(
        database, "SELECT person_id, specialty_id, position FROM person_specialty" + where + " ORDER BY person_id");
    while (specialties.next())
        extras.specialties.push_back({specialties.integer(0), specialties.integer(2), specialties.integer(1)});
    internal::RowCursor memberships(
        database, "SELECT person_id, pool_id, status FROM pool_membership" + where + " ORDER BY person_id, position");
    while (memberships.next())
        extras.memberships.push_back({memberships.integer(0), memberships.integer(1),
                                      decode<model::MembershipStatus>(memberships.text(2), "pool_membership.status")});
    // 参加巡察次数 and 拒绝次数: counted by the database, read from the person index.
    const auto read_counts = [&](const char* table, std::vector<std::pair<long long, int>>& counts) {
        internal::RowCursor rows(database, std::string("SELECT person_id, COUNT(*) FROM ") + table + where +
                                               " GROUP BY person_id ORDER BY person_id");
        while (rows.next()) counts.emplace_back(rows.integer(0), static_cast<int>(rows.integer(1)));
    };
    read_counts("secondment", extras.secondments);
    read_counts("declined_secondment", extras.declined);
    return extras;
}

void merge_summary_extras(std::vector<model::PersonSummary>& people, const SummaryExtras& extras)
{
    // Both sides are in person order: merge by walking forward. Someone the extras name but the rows
    // do not (added between the two reads) is left out.
    const auto find_from = [&](std::size_t& cursor, long long id) -> model::PersonSummary* {
        while (cursor < people.size() && people[cursor].id.value() < id) ++cursor;
        return cursor < people.size() && people[cursor].id.value() == id ? &people[cursor] : nullptr;
    };

    std::size_t cursor = 0;
    std::vector<std::pair<long long, long long>> group;  // (position, specialty) of one person
    model::PersonSummary* owner = nullptr;
    const auto flush = [&] {
        if (owner == nullptr) return;
        std::sort(group.begin(), group.end());
        for (const auto& [position, specialty] : group) owner->specialties.emplace_back(specialty);
        group.clear();
    };
    for (const auto& specialty : extras.specialties) {
        auto* p = find_from(cursor, specialty.person);
        if (p != owner) {
            flush();
            owner = p;
        }
        if (p != nullptr) group.emplace_back(specialty.position, specialty.specialty);
    }
    flush();

    cursor = 0;
    for (const auto& membership : extras.memberships)
        if (auto* p = find_from(cursor, membership.person))
            p->memberships.push_back({model::PoolId(membership.pool), membership.status});

    const auto merge_counts = [&](const std::vector<std::pair<long long, int>>& counts,
                                  int model::PersonSummary::*field) {
        std::size_t at = 0;
        for (const auto& [person, count] : counts)
            if (auto* p = find_from(at, person)) p->*field = count;
    };
    merge_counts(extras.secondments, &model::PersonSummary::secondment_count);
    merge_counts(extras.declined, &model::PersonSummary::declined_count);
}

// `read` on this thread with the extras read meanwhile through `helper` on a second thread (or here
// after it, without a helper or a thread), merged; `meanwhile` runs between the two.
template <class Read>
std::vector<model::PersonSummary> with_extras(Database& database, Database* helper, Read read,
                                              const PersonRepository::Meanwhile& meanwhile)
{
    std::future<SummaryExtras> extras;
    if (helper != nullptr) {
        try {
            extras = std::async(std::launch::async, [helper] { return read_summary_extras(*helper); });
        }
        catch (const std::system_error&) {
            // No thread to be had: read them here after the people.
        }
    }
    auto people = read();
    if (meanwhile) meanwhile(people);
    merge_summary_extras(people, extras.valid() ? extras.get() : read_summary_extras(database));
    return people;
}

}  // namespace

std::vector<model::PersonSummary> PersonRepository::list(Database* helper, const Meanwhile& meanwhile)
{
    try {
        // The extras on the helper connection's own thread while this one reads the people: the two
        // reads take about 60% and 40% of the time, and the person list waits for both at start-up.
        return with_extras(m_database, helper,
                           [&] { return read_summary_rows(m_database, count(), SummaryColumns::all); }, meanwhile);
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

std::vector<model::PersonSummary> PersonRepository::list_names(Database* helper, const Meanwhile& meanwhile)
{
    try {
        // Reading the names alone takes about a third of the time of reading the whole rows.
        return with_extras(m_database, helper,
                           [&] { return read_summary_rows(m_database, count(), SummaryColumns::names); },
                           meanwhile);
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

std::vector<model::PersonSummary> PersonRepository::summaries(const std::vector<model::PersonId>& ids)
{
    if (ids.empty()) return {};
    try {
        auto people = read_summary_rows(m_database, ids.size(), SummaryColumns::all, where_in("p.id", ids));
        merge_summary_extras(people, read_summary_extras(m_database, where_in("person_id", ids)));
        return people;
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

std::optional<model::Person> PersonRepository::find(model::PersonId id)
{
    try {
        return load(internal::session_of(m_database), id);
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

std::size_t PersonRepository::count()
{
    long long n = 0;
    try {
        internal::session_of(m_database) << "SELECT COUNT(*) FROM person", soci::into(n);
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
    return static_cast<std::size_t>(n);
}

std::vector<std::pair<std::string, std::string>> PersonRepository::id_numbers()
{
    std::vector<std::pair<std::string, std::string>> numbers;
    try {
        internal::RowCursor rows(m_database, "SELECT id_number, name FROM person WHERE id_number <> '' ORDER BY id");
        while (rows.next()) numbers.emplace_back(std::string(rows.text(0)), std::string(rows.text(1)));
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
    return numbers;
}

std::vector<model::Person> PersonRepository::load_all() { return load_all(nullptr); }

std::vector<model::Person> PersonRepository::load_all(Database* helper)
{
    std::vector<model::Person> people;
    try {
        // Only where both connections see one state: on SQLite this one's transaction holds the write
        // lock, so nothing can be committed until it ends. (PostgreSQL's would need a shared snapshot.)
        std::future<HelperRecords> helped;
        if (helper != nullptr && m_database.backend() == Backend::sqlite && m_database.impl().in_transaction) {
            try {
                helped = std::async(std::launch::async, [helper] {
                    return internal::read_consistently(
                        *helper, [helper](soci::session&) { return read_helper_records(*helper); });
                });
            }
            catch (const std::system_error&) {
                // No thread to be had: this connection reads them all.
            }
        }
        internal::ReadSnapshot snapshot(m_database);
        {
            internal::RowCursor rows(m_database, "SELECT id, " + internal::cursor_columns<internal::PersonRow>() +
                                                     " FROM person ORDER BY id");
            internal::PersonRow row;
            while (rows.next()) {
                internal::CursorReader reader{rows, 1};
                row.visit(reader);
                auto& person = people.emplace_back();
                person.id = model::PersonId(rows.integer(0));
                row.extract(person);
            }
        }
        {
            internal::RowCursor rows(m_database,
                                     "SELECT person_id, specialty_id FROM person_specialty ORDER BY person_id, position");
            PersonCursor owners(people);
            while (rows.next())
                if (auto* person = owners.find(rows.integer(0))) person->specialties.emplace_back(rows.integer(1));
        }
        read_sub_records<internal::MembershipRow>(m_database, people, &model::Person::memberships);
        {
            std::unordered_map<long long, model::PoolMembership*> memberships;
            for (auto& person : people)
                for (auto& membership : person.memberships) memberships.emplace(membership.id.value(), &membership);
            internal::RowCursor rows(m_database, "SELECT id, " + internal::cursor_columns<internal::StepRow>() +
                                                     " FROM membership_step ORDER BY membership_id, position, id");
            internal::StepRow row;
            while (rows.next()) {
                internal::CursorReader reader{rows, 1};
                row.visit(reader);
                if (const auto it = memberships.find(row.owner_id); it != memberships.end())
                    it->second->steps.push_back(row.extract(rows.integer(0)));
            }
        }
        read_sub_records<internal::TrainingAttendanceRow>(m_database, people, &model::Person::trainings);
        read_sub_records<internal::CommendationRow>(m_database, people, &model::Person::commendations);
        read_sub_records<internal::IntegrityOpinionRow>(m_database, people, &model::Person::integrity_opinions);
        read_sub_records<internal::DeclinedRow>(m_database, people, &model::Person::declined_secondments);
        {
            auto records = helped.valid() ? helped.get() : read_helper_records(m_database);
            hand_over(records.work_history, people, &model::Person::work_history);
            hand_over(records.relatives, people, &model::Person::relatives);
            hand_over(records.pledges, people, &model::Person::pledges);
            hand_over(records.secondments, people, &model::Person::secondments);
            hand_over(records.assessments, people, &model::Person::assessments);
        }
        {
            std::unordered_map<long long, model::Attachment> attachments;
            internal::RowCursor rows(m_database, "SELECT id, file_name, media_type, sha256, size FROM attachment");
            while (rows.next()) {
                model::Attachment a;
                a.id = model::AttachmentId(rows.integer(0));
                a.file_name = rows.text(1);
                a.media_type = rows.text(2);
                a.sha256 = rows.text(3);
                a.size = rows.integer(4);
                attachments.emplace(a.id.value(), std::move(a));
            }
            if (!attachments.empty())
                for (auto& person : people)
                    describe_attachments_by(person, [&](model::AttachmentId id) -> const model::Attachment* {
                        const auto it = attachments.find(id.value());
                        return it != attachments.end() ? &it->second : nullptr;
                    });
        }
        snapshot.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
    return people;
}

std::vector<model::LastUpdate> PersonRepository::last_updates()
{
    std::vector<model::LastUpdate> updates;
    try {
        // audit_log.at is ISO 8601 UTC, so the greatest text is the newest.
        internal::RowCursor rows(m_database,
                                 "SELECT entity_id, MAX(at) FROM audit_log WHERE entity = 'person' "
                                 "AND entity_id IN (SELECT id FROM person) GROUP BY entity_id ORDER BY entity_id");
        while (rows.next()) {
            const auto at = rows.text(1);
            const auto date = to_date(at.substr(0, 10), "audit_log.at");
            if (date) updates.push_back({model::PersonId(rows.integer(0)), *date});
        }
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
    return updates;
}

void PersonRepository::create(Transaction& tx, model::Person& person)
{
    internal::require_transaction_of(tx, m_database);
    // Ids are handed back only when everything was written.
    model::Person saved = person;
    compute_pinyin(saved);
    try {
        auto& session = internal::session_of(m_database);
        internal::WriteScope scope(m_database);
        PersonWriter writer(m_database);
        writer.insert(saved);
        writer.link_photos();
        internal::CatalogNames names(session);
        internal::AuditWriter(m_database)
            .append("person", saved.id.value(), saved.name, model::AuditAction::create,
                    model::diff(model::Person{}, saved, names.audit_names()));
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), label_of(saved));
    }
    person = std::move(saved);
}

void PersonRepository::create_all(Transaction& tx, std::vector<model::Person>& people)
{
    internal::require_transaction_of(tx, m_database);
    const model::Person* current = nullptr;
    try {
        auto& session = internal::session_of(m_database);
        internal::WriteScope scope(m_database);
        internal::BatchOwner batch;
        PersonWriter writer(m_database, &batch);
        writer.reserve(people);
        internal::CatalogNames names(session);
        internal::AuditWriter audit(m_database);
        // Each person's audit text is made on a second thread from the person as inserted (ids
        // assigned) while the next ones are inserted; the rows are written at the end, in order.
        const auto audit_names = names.snapshot();
        const model::Person none;
        internal::AuditBatch audit_batch(audit, "person", model::AuditAction::create, people.size(), [&](std::size_t i) {
            const auto& person = people[i];
            return internal::AuditBatch::Record{person.id.value(), person.name, model::diff(none, person, audit_names)};
        });
        for (std::size_t i = 0; i < people.size(); ++i) {
            auto& person = people[i];
            current = &person;
            batch.current = i;
            compute_pinyin(person);
            writer.insert(person);
            audit_batch.added();
            // Batched rows are kept in memory until flushed: a few hundred people's at most.
            if ((i + 1) % people_a_flush == 0) writer.flush();
        }
        current = nullptr;
        writer.flush();
        writer.link_photos();
        audit_batch.finish();
        scope.done();
    }
    catch (const internal::BatchRowError& error) {
        const auto owner = error.owner() < people.size() ? label_of(people[error.owner()]) : std::string();
        throw internal::to_db_error(error, m_database.backend(), owner);
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), current ? label_of(*current) : std::string());
    }
}

void PersonRepository::begin_bulk_load(Transaction& tx)
{
    internal::require_transaction_of(tx, m_database);
    if (m_database.backend() != Backend::sqlite) return;
    try {
        auto& session = internal::session_of(m_database);
        int stored = 0;
        session << "SELECT EXISTS (SELECT 1 FROM person)", soci::into(stored);
        if (stored != 0) return;
        std::string tables;
        for (const char* table : {internal::SpecialtyLinkRow::table, internal::AttachmentRow::table,
                                  internal::WorkRow::table, internal::RelativeRow::table,
                                  internal::MembershipRow::table, internal::StepRow::table,
                                  internal::TrainingAttendanceRow::table, internal::CommendationRow::table,
                                  internal::AssessmentRow::table, internal::IntegrityOpinionRow::table,
                                  internal::PledgeRow::table, internal::SecondmentRow::table,
                                  internal::DeclinedRow::table})
            tables += std::string(tables.empty() ? "'" : ", '") + table + "'";
        // The unique ones stay, to refuse a duplicate as it comes. Those SQLite made for a UNIQUE
        // constraint have no SQL of their own and cannot be dropped anyway.
        std::vector<std::pair<std::string, std::string>> indexes;
        {
            internal::RowCursor rows(m_database, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                                 "sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE %' AND "
                                                 "tbl_name IN (" + tables + ") ORDER BY name");
            while (rows.next()) indexes.emplace_back(std::string(rows.text(0)), std::string(rows.text(1)));
        }
        auto& deferred = m_database.impl().deferred_indexes;
        for (const auto& [name, sql] : indexes) {
            // Rebuilt from its own definition; IF NOT EXISTS in case a savepoint's rollback brought it back.
            constexpr std::string_view create = "CREATE INDEX ";
            if (sql.compare(0, create.size(), create) != 0) continue;
            session << "DROP INDEX \"" + name + "\"";
            deferred.push_back(std::string(create) + "IF NOT EXISTS " + sql.substr(create.size()));
        }
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

void PersonRepository::update(Transaction& tx, model::Person& person)
{
    internal::require_transaction_of(tx, m_database);
    auto& session = internal::session_of(m_database);
    model::Person saved = person;
    compute_pinyin(saved);
    try {
        const auto stored = load(session, saved.id);
        if (!stored)
            throw DbError(DbError::Category::not_found,
                          "Person #" + std::to_string(saved.id.value()) +
                              " does not exist (it may have been removed meanwhile).",
                          label_of(saved));
        if (*stored == saved) {
            person = std::move(saved);
            return;
        }
        internal::CatalogNames names(session);
        check_steps(*stored, saved, names);

        internal::WriteScope scope(m_database);
        PersonWriter writer(m_database);
        auto attachments = attachments_of(session, saved.id);
        writer.store_attachments(saved, attachments);
        // New attachments may have turned out to be stored ones: then nothing changed after all.
        if (*stored == saved) {
            person = std::move(saved);
            return;
        }
        if (without_sub_records(*stored) != without_sub_records(saved)) writer.update_row(saved);
        if (stored->specialties != saved.specialties) writer.replace_specialties(saved);
        const long long owner = saved.id.value();
        sync(writer.work(), owner, stored->work_history, saved.work_history, "work history");
        sync(writer.relatives(), owner, stored->relatives, saved.relatives, "relative");
        sync(writer.memberships(), owner, stored->memberships, saved.memberships, "pool membership",
             internal::same_columns);
        // Steps of kept memberships were checked to extend the stored ones; those of new ones are new.
        for (auto& membership : saved.memberships) {
            const auto old = std::find_if(stored->memberships.begin(), stored->memberships.end(),
                                          [&](const model::PoolMembership& m) { return m.id == membership.id; });
            const std::size_t kept = old != stored->memberships.end() ? old->steps.size() : 0;
            for (std::size_t i = kept; i < membership.steps.size(); ++i)
                writer.steps().insert(membership.id.value(), static_cast<int>(i), membership.steps[i]);
        }
        sync(writer.trainings(), owner, stored->trainings, saved.trainings, "training attendance");
        sync(writer.commendations(), owner, stored->commendations, saved.commendations, "commendation");
        sync(writer.assessments(), owner, stored->assessments, saved.assessments, "annual assessment");
        sync(writer.opinions(), owner, stored->integrity_opinions, saved.integrity_opinions, "integrity opinion");
        sync(writer.pledges(), owner, stored->pledges, saved.pledges, "pledge");
        sync(writer.secondments(), owner, stored->secondments, saved.secondments, "secondment");
        sync(writer.declined(), owner, stored->declined_secondments, saved.declined_secondments,
             "declined secondment");
        // A replaced photo or a removed pledge takes its file with it.
        const auto referenced = referenced_attachments(saved);
        for (const auto& attachment : attachments)
            if (!referenced.contains(attachment.id.value())) writer.remove_attachment(attachment.id.value());

        internal::AuditWriter(m_database)
            .append("person", saved.id.value(), saved.name, model::AuditAction::update,
                    model::diff(*stored, saved, names.audit_names()));
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), label_of(saved));
    }
    person = std::move(saved);
}

void PersonRepository::remove(Transaction& tx, model::PersonId id)
{
    internal::require_transaction_of(tx, m_database);
    auto& session = internal::session_of(m_database);
    try {
        const auto stored = load(session, id);
        if (!stored)
            throw DbError(DbError::Category::not_found,
                          "Person #" + std::to_string(id.value()) + " does not exist (it may have been removed meanwhile).");
        {
            // Rounds and avoidance decisions are records of what happened: they keep their people.
            struct Reference {
                const char* sql;
                const char* words;
            };
            static constexpr Reference references[] = {
                {"SELECT COUNT(*) FROM group_member WHERE person_id = :id", "inspection groups"},
                {"SELECT COUNT(*) FROM avoidance_case WHERE person_id = :id", "avoidance cases"},
                {"SELECT COUNT(*) FROM avoidance_case WHERE replacement_id = :id", "avoidance cases naming them as replacement"},
            };
            long long key = id.value();
            std::string uses;
            for (const auto& reference : references) {
                long long n = 0;
                session << reference.sql, soci::use(key, "id"), soci::into(n);
                if (n > 0)
                    uses += (uses.empty() ? "" : ", ") + std::string(reference.words) + " (" + std::to_string(n) + ")";
            }
            if (!uses.empty())
                throw DbError(DbError::Category::in_use,
                              "The person “" + stored->name + "” cannot be removed while records refer to them: " + uses +
                                  ".",
                              stored->name);
        }
        internal::WriteScope scope(m_database);
        // Audit first: the names of the person's units, pools and trainings are still there to be read.
        internal::CatalogNames names(session);
        internal::AuditWriter(m_database)
            .append("person", id.value(), stored->name, model::AuditAction::remove,
                    model::diff(*stored, model::Person{}, names.audit_names()));
        long long key = id.value();
        // Sub-records and attachments go with it (ON DELETE CASCADE).
        session << "DELETE FROM person WHERE id = :id", soci::use(key, "id");
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

}  // namespace xuncha::db
