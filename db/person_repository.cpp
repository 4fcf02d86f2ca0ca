#include "db/person_repository.h"

#include "db/internal/audit_writer.h"
#include "db/internal/catalog_names.h"
#include "db/internal/columns.h"
#include "db/internal/database_impl.h"
#include "db/internal/dialect.h"
#include "db/internal/row_cursor.h"
#include "model/audit.h"
#include "model/pinyin.h"

#include <algorithm>
#include <unordered_map>

namespace xuncha::db {

namespace {

using internal::NullableId;
using internal::NullableText;
using internal::decode;
using internal::encode;
using internal::to_date;

// person's columns, in the order of model::Person.
struct PersonRow {
    std::string name;
    std::string name_pinyin;
    std::string name_initials;
    std::string gender;
    std::string ethnicity;
    NullableText birth_date;
    std::string native_place;
    std::string birth_place;
    std::string political_status;
    NullableText party_join_date;
    NullableText work_start_date;
    std::string fulltime_education;
    std::string fulltime_degree;
    std::string fulltime_school;
    std::string fulltime_major;
    std::string inservice_education;
    std::string inservice_degree;
    std::string inservice_school;
    std::string inservice_major;
    std::string professional_title;
    std::string expertise;
    NullableId unit_id;
    std::string department;
    std::string post;
    std::string rank;
    int holds_leadership_post = 0;
    std::string mobile;
    std::string id_number;
    std::string health;
    std::string remark;

    template <class F>
    void visit(F&& f)
    {
        f("name", name);
        f("name_pinyin", name_pinyin);
        f("name_initials", name_initials);
        f("gender", gender);
        f("ethnicity", ethnicity);
        f("birth_date", birth_date);
        f("native_place", native_place);
        f("birth_place", birth_place);
        f("political_status", political_status);
        f("party_join_date", party_join_date);
        f("work_start_date", work_start_date);
        f("fulltime_education", fulltime_education);
        f("fulltime_degree", fulltime_degree);
        f("fulltime_school", fulltime_school);
        f("fulltime_major", fulltime_major);
        f("inservice_education", inservice_education);
        f("inservice_degree", inservice_degree);
        f("inservice_school", inservice_school);
        f("inservice_major", inservice_major);
        f("professional_title", professional_title);
        f("expertise", expertise);
        f("unit_id", unit_id);
        f("department", department);
        f("post", post);
        f("rank", rank);
        f("holds_leadership_post", holds_leadership_post);
        f("mobile", mobile);
        f("id_number", id_number);
        f("health", health);
        f("remark", remark);
    }

    void assign(const model::Person& p)
    {
        name = p.name;
        name_pinyin = p.name_pinyin;
        name_initials = p.name_initials;
        gender = encode(p.gender);
        ethnicity = p.ethnicity;
        birth_date.set(p.birth_date);
        native_place = p.native_place;
        birth_place = p.birth_place;
        political_status = encode(p.political_status);
        party_join_date.set(p.party_join_date);
        work_start_date.set(p.work_start_date);
        fulltime_education = encode(p.fulltime_education.level);
        fulltime_degree = encode(p.fulltime_education.degree);
        fulltime_school = p.fulltime_education.school;
        fulltime_major = p.fulltime_education.major;
        inservice_education = encode(p.inservice_education.level);
        inservice_degree = encode(p.inservice_education.degree);
        inservice_school = p.inservice_education.school;
        inservice_major = p.inservice_education.major;
        professional_title = p.professional_title;
        expertise = p.expertise;
        unit_id.set(p.unit_id);
        department = p.department;
        post = p.post;
        rank = encode(p.rank);
        holds_leadership_post = p.holds_leadership_post ? 1 : 0;
        mobile = p.mobile;
        id_number = p.id_number;
        health = p.health;
        remark = p.remark;
    }

    void extract(model::Person& p) const
    {
        p.name = name;
        p.name_pinyin = name_pinyin;
        p.name_initials = name_initials;
        p.gender = decode<model::Gender>(gender, "person.gender");
        p.ethnicity = ethnicity;
        p.birth_date = to_date(birth_date, "person.birth_date");
        p.native_place = native_place;
        p.birth_place = birth_place;
        p.political_status = decode<model::PoliticalStatus>(political_status, "person.political_status");
        p.party_join_date = to_date(party_join_date, "person.party_join_date");
        p.work_start_date = to_date(work_start_date, "person.work_start_date");
        p.fulltime_education.level = decode<model::EducationLevel>(fulltime_education, "person.fulltime_education");
        p.fulltime_education.degree = decode<model::Degree>(fulltime_degree, "person.fulltime_degree");
        p.fulltime_education.school = fulltime_school;
        p.fulltime_education.major = fulltime_major;
        p.inservice_education.level = decode<model::EducationLevel>(inservice_education, "person.inservice_education");
        p.inservice_education.degree = decode<model::Degree>(inservice_degree, "person.inservice_degree");
        p.inservice_education.school = inservice_school;
        p.inservice_education.major = inservice_major;
        p.professional_title = professional_title;
        p.expertise = expertise;
        p.unit_id = unit_id.get<model::UnitTag>();
        p.department = department;
        p.post = post;
        p.rank = decode<model::Rank>(rank, "person.rank");
        p.holds_leadership_post = holds_leadership_post != 0;
        p.mobile = mobile;
        p.id_number = id_number;
        p.health = health;
        p.remark = remark;
    }
};

struct WorkRow {
    long long person_id = 0;
    int position = 0;
    NullableId unit_id;
    std::string unit_name;
    std::string department;
    std::string post;
    NullableText start_date;
    NullableText end_date;
    int leadership_member = 0;
    int principal_head = 0;

    static constexpr const char* table = "work_history";

    template <class F>
    void visit(F&& f)
    {
        f("person_id", person_id);
        f("position", position);
        f("unit_id", unit_id);
        f("unit_name", unit_name);
        f("department", department);
        f("post", post);
        f("start_date", start_date);
        f("end_date", end_date);
        f("leadership_member", leadership_member);
        f("principal_head", principal_head);
    }

    void assign(long long person, int index, const model::WorkHistoryEntry& e)
    {
        person_id = person;
        position = index;
        unit_id.set(e.unit_id);
        unit_name = e.unit_name;
        department = e.department;
        post = e.post;
        start_date.set(e.start);
        end_date.set(e.end);
        leadership_member = e.leadership_member ? 1 : 0;
        principal_head = e.principal_head ? 1 : 0;
    }

    model::WorkHistoryEntry extract(long long id) const
    {
        model::WorkHistoryEntry e;
        e.id = model::WorkHistoryId(id);
        e.unit_id = unit_id.get<model::UnitTag>();
        e.unit_name = unit_name;
        e.department = department;
        e.post = post;
        e.start = to_date(start_date, "work_history.start_date");
        e.end = to_date(end_date, "work_history.end_date");
        e.leadership_member = leadership_member != 0;
        e.principal_head = principal_head != 0;
        return e;
    }
};

struct RelativeRow {
    long long person_id = 0;
    int position = 0;
    std::string title;
    std::string name;
    NullableText birth_date;
    NullableText political_status;
    NullableId employer_unit_id;
    std::string employer_name;
    std::string post;
    int is_leader = 0;

    static constexpr const char* table = "relative";

    template <class F>
    void visit(F&& f)
    {
        f("person_id", person_id);
        f("position", position);
        f("title", title);
        f("name", name);
        f("birth_date", birth_date);
        f("political_status", political_status);
        f("employer_unit_id", employer_unit_id);
        f("employer_name", employer_name);
        f("post", post);
        f("is_leader", is_leader);
    }

    void assign(long long person, int index, const model::Relative& r)
    {
        person_id = person;
        position = index;
        title = r.title;
        name = r.name;
        birth_date.set(r.birth_date);
        political_status.set_code(r.political_status ? std::optional(model::code_of(*r.political_status))
                                                     : std::nullopt);
        employer_unit_id.set(r.employer_unit_id);
        employer_name = r.employer_name;
        post = r.post;
        is_leader = r.is_leader ? 1 : 0;
    }

    model::Relative extract(long long id) const
    {
        model::Relative r;
        r.id = model::RelativeId(id);
        r.title = title;
        r.name = name;
        r.birth_date = to_date(birth_date, "relative.birth_date");
        if (!political_status.is_null())
            r.political_status = decode<model::PoliticalStatus>(political_status.value, "relative.political_status");
        r.employer_unit_id = employer_unit_id.get<model::UnitTag>();
        r.employer_name = employer_name;
        r.post = post;
        r.is_leader = is_leader != 0;
        return r;
    }
};

struct MembershipRow {
    long long person_id = 0;
    long long pool_id = 0;
    int position = 0;
    std::string status;
    NullableText entry_date;
    NullableText exit_date;
    std::string exit_reason;
    std::string remark;

    static constexpr const char* table = "pool_membership";

    template <class F>
    void visit(F&& f)
    {
        f("person_id", person_id);
        f("pool_id", pool_id);
        f("position", position);
        f("status", status);
        f("entry_date", entry_date);
        f("exit_date", exit_date);
        f("exit_reason", exit_reason);
        f("remark", remark);
    }

    void assign(long long person, int index, const model::PoolMembership& m)
    {
        person_id = person;
        pool_id = m.pool_id.value();
        position = index;
        status = encode(m.status);
        entry_date.set(m.entry_date);
        exit_date.set(m.exit_date);
        exit_reason = m.exit_reason;
        remark = m.remark;
    }

    model::PoolMembership extract(long long id) const
    {
        model::PoolMembership m;
        m.id = model::MembershipId(id);
        m.pool_id = model::PoolId(pool_id);
        m.status = decode<model::MembershipStatus>(status, "pool_membership.status");
        m.entry_date = to_date(entry_date, "pool_membership.entry_date");
        m.exit_date = to_date(exit_date, "pool_membership.exit_date");
        m.exit_reason = exit_reason;
        m.remark = remark;
        return m;
    }
};

struct SpecialtyLinkRow {
    long long person_id = 0;
    long long specialty_id = 0;
    int position = 0;

    static constexpr const char* table = "person_specialty";

    template <class F>
    void visit(F&& f)
    {
        f("person_id", person_id);
        f("specialty_id", specialty_id);
        f("position", position);
    }
};

// One sub-record table's statements, prepared on first use and re-executed with new buffer contents.
template <class Row>
class SubRecordWriter {
public:
    SubRecordWriter(soci::session& session, Backend backend) : m_session(session), m_backend(backend) {}

    template <class Entry>
    void insert(model::PersonId person, int position, Entry& entry)
    {
        m_row.assign(person.value(), position, entry);
        if (!m_insert) m_insert.emplace(m_session, m_backend, Row::table, m_row);
        entry.id = decltype(entry.id)(m_insert->execute());
    }

    template <class Entry>
    void update(model::PersonId person, int position, const Entry& entry)
    {
        m_row.assign(person.value(), position, entry);
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
    soci::session& m_session;
    Backend m_backend;
    Row m_row;
    long long m_id = 0;
    std::optional<internal::InsertStatement> m_insert;
    std::optional<soci::statement> m_update;
};

// Every row of one sub-record table for one person, in list order.
template <class Row, class Entry>
std::vector<Entry> select_sub_records(soci::session& session, model::PersonId person)
{
    std::vector<Entry> entries;
    Row row;
    long long id = 0;
    long long key = person.value();
    soci::statement select(session);
    select.exchange(soci::into(id));
    internal::IntoBinder into{select};
    row.visit(into);
    select.exchange(soci::use(key, "key"));
    internal::prepare_statement(select, "SELECT id, " + internal::column_text<Row>().names + " FROM " + Row::table +
                                            " WHERE person_id = :key ORDER BY position, id");
    select.execute();
    while (select.fetch()) entries.push_back(row.extract(id));
    return entries;
}

// All statements that write a person, prepared once per operation (create_all reuses them for
// every person).
class PersonWriter {
public:
    explicit PersonWriter(Database& database)
        : m_session(internal::session_of(database)),
          m_backend(database.backend()),
          m_work(m_session, m_backend),
          m_relatives(m_session, m_backend),
          m_memberships(m_session, m_backend)
    {
    }

    // Inserts the person and every sub-record; assigns all ids.
    void insert(model::Person& person)
    {
        m_row.assign(person);
        if (!m_insert) m_insert.emplace(m_session, m_backend, "person", m_row);
        person.id = model::PersonId(m_insert->execute());
        insert_specialties(person);
        for (std::size_t i = 0; i < person.work_history.size(); ++i)
            m_work.insert(person.id, static_cast<int>(i), person.work_history[i]);
        for (std::size_t i = 0; i < person.relatives.size(); ++i)
            m_relatives.insert(person.id, static_cast<int>(i), person.relatives[i]);
        for (std::size_t i = 0; i < person.memberships.size(); ++i)
            m_memberships.insert(person.id, static_cast<int>(i), person.memberships[i]);
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
            internal::prepare_statement(*m_update, "UPDATE person SET " + internal::column_text<PersonRow>().assignments +
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

    SubRecordWriter<WorkRow>& work() { return m_work; }
    SubRecordWriter<RelativeRow>& relatives() { return m_relatives; }
    SubRecordWriter<MembershipRow>& memberships() { return m_memberships; }

private:
    void insert_specialties(const model::Person& person)
    {
        m_link.person_id = person.id.value();
        for (std::size_t i = 0; i < person.specialties.size(); ++i) {
            m_link.specialty_id = person.specialties[i].value();
            m_link.position = static_cast<int>(i);
            if (!m_insert_link) m_insert_link.emplace(m_session, m_backend, SpecialtyLinkRow::table, m_link, false);
            m_insert_link->execute();
        }
    }

    soci::session& m_session;
    Backend m_backend;
    PersonRow m_row;
    long long m_id = 0;
    SpecialtyLinkRow m_link;
    std::optional<internal::InsertStatement> m_insert;
    std::optional<soci::statement> m_update;
    std::optional<internal::InsertStatement> m_insert_link;
    SubRecordWriter<WorkRow> m_work;
    SubRecordWriter<RelativeRow> m_relatives;
    SubRecordWriter<MembershipRow> m_memberships;
};

std::optional<model::Person> load(soci::session& session, model::PersonId id)
{
    PersonRow row;
    long long key = id.value();
    soci::statement select(session);
    internal::IntoBinder into{select};
    row.visit(into);
    select.exchange(soci::use(key, "key"));
    internal::prepare_statement(select,
                                "SELECT " + internal::column_text<PersonRow>().names + " FROM person WHERE id = :key");
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

    person.work_history = select_sub_records<WorkRow, model::WorkHistoryEntry>(session, id);
    person.relatives = select_sub_records<RelativeRow, model::Relative>(session, id);
    person.memberships = select_sub_records<MembershipRow, model::PoolMembership>(session, id);
    return person;
}

void compute_pinyin(model::Person& person)
{
    auto pinyin = model::name_pinyin(person.name);
    person.name_pinyin = std::move(pinyin.syllables);
    person.name_initials = std::move(pinyin.initials);
}

std::string label_of(const model::Person& person) { return "person “" + person.name + "”"; }

// Brings one kind of sub-record from `before` to `after`: rows missing from `after` are deleted,
// id 0 rows inserted (their ids assigned), changed or moved rows updated.
template <class Row, class Entry>
void sync(SubRecordWriter<Row>& writer, model::PersonId person, const std::vector<Entry>& before,
          std::vector<Entry>& after, const char* what)
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
    // Deletes first, so that a row re-added under a unique key (a pool) does not collide.
    for (const auto& entry : before)
        if (!kept.contains(entry.id.value())) writer.remove(entry.id.value());
    for (std::size_t i = 0; i < after.size(); ++i) {
        auto& entry = after[i];
        if (!entry.id.is_saved()) {
            writer.insert(person, static_cast<int>(i), entry);
            continue;
        }
        const auto old_index = stored.at(entry.id.value());
        if (old_index != i || before[old_index] != entry) writer.update(person, static_cast<int>(i), entry);
    }
}

model::Person without_sub_records(model::Person person)
{
    person.specialties.clear();
    person.work_history.clear();
    person.relatives.clear();
    person.memberships.clear();
    return person;
}

}  // namespace

std::vector<model::PersonSummary> PersonRepository::list()
{
    std::vector<model::PersonSummary> people;
    try {
        people.reserve(count());
        // Three queries in all, each read in one pass; no per-person round trips.
        internal::RowCursor rows(m_database,
                                 "SELECT p.id, p.name, p.name_pinyin, p.name_initials, p.gender, "
                                 "COALESCE(CAST(p.birth_date AS TEXT), ''), p.political_status, p.fulltime_education, "
                                 "p.inservice_education, COALESCE(p.unit_id, 0), COALESCE(u.name, ''), p.post, p.rank, "
                                 "p.mobile FROM person p LEFT JOIN unit u ON u.id = p.unit_id ORDER BY p.id");
        while (rows.next()) {
            auto& p = people.emplace_back();
            p.id = model::PersonId(rows.integer(0));
            p.name = rows.text(1);
            p.name_pinyin = rows.text(2);
            p.name_initials = rows.text(3);
            p.gender = decode<model::Gender>(rows.text(4), "person.gender");
            p.birth_date = to_date(rows.text(5), "person.birth_date");
            p.political_status = decode<model::PoliticalStatus>(rows.text(6), "person.political_status");
            p.education = model::higher_education(decode<model::EducationLevel>(rows.text(7), "person.fulltime_education"),
                                                  decode<model::EducationLevel>(rows.text(8), "person.inservice_education"));
            if (const auto unit = rows.integer(9); unit != 0) p.unit_id = model::UnitId(unit);
            p.unit_name = rows.text(10);
            p.post = rows.text(11);
            p.rank = decode<model::Rank>(rows.text(12), "person.rank");
            p.mobile = rows.text(13);
        }

        // Both lists below come sorted by person id, like `people`: merge by walking forward.
        const auto find_from = [&](std::size_t& cursor, long long id) -> model::PersonSummary* {
            while (cursor < people.size() && people[cursor].id.value() < id) ++cursor;
            return cursor < people.size() && people[cursor].id.value() == id ? &people[cursor] : nullptr;
        };

        // In key order (person, specialty); each person's few are put in list order here, which
        // saves person_specialty an index that every insert would have to maintain.
        std::size_t cursor = 0;
        internal::RowCursor specialties(
            m_database, "SELECT person_id, specialty_id, position FROM person_specialty ORDER BY person_id");
        std::vector<std::pair<long long, long long>> group;  // (position, specialty) of one person
        model::PersonSummary* owner = nullptr;
        const auto flush = [&] {
            if (owner == nullptr) return;
            std::sort(group.begin(), group.end());
            for (const auto& [position, specialty] : group) owner->specialties.emplace_back(specialty);
            group.clear();
        };
        while (specialties.next()) {
            auto* p = find_from(cursor, specialties.integer(0));
            if (p != owner) {
                flush();
                owner = p;
            }
            if (p != nullptr) group.emplace_back(specialties.integer(2), specialties.integer(1));
        }
        flush();

        cursor = 0;
        internal::RowCursor memberships(
            m_database, "SELECT person_id, pool_id, status FROM pool_membership ORDER BY person_id, position");
        while (memberships.next())
            if (auto* p = find_from(cursor, memberships.integer(0)))
                p->memberships.push_back({model::PoolId(memberships.integer(1)),
                                          decode<model::MembershipStatus>(memberships.text(2), "pool_membership.status")});
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
    return people;
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
        PersonWriter writer(m_database);
        internal::CatalogNames names(session);
        internal::AuditWriter audit(m_database);
        const auto audit_names = names.audit_names();
        const model::Person none;
        for (auto& person : people) {
            current = &person;
            compute_pinyin(person);
            writer.insert(person);
            audit.append("person", person.id.value(), person.name, model::AuditAction::create,
                         model::diff(none, person, audit_names));
        }
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), current ? label_of(*current) : std::string());
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

        internal::WriteScope scope(m_database);
        PersonWriter writer(m_database);
        if (without_sub_records(*stored) != without_sub_records(saved)) writer.update_row(saved);
        if (stored->specialties != saved.specialties) writer.replace_specialties(saved);
        sync(writer.work(), saved.id, stored->work_history, saved.work_history, "work history");
        sync(writer.relatives(), saved.id, stored->relatives, saved.relatives, "relative");
        sync(writer.memberships(), saved.id, stored->memberships, saved.memberships, "pool membership");

        internal::CatalogNames names(session);
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
        internal::WriteScope scope(m_database);
        // Audit first: the names of the person's units and pools are still there to be read.
        internal::CatalogNames names(session);
        internal::AuditWriter(m_database)
            .append("person", id.value(), stored->name, model::AuditAction::remove,
                    model::diff(*stored, model::Person{}, names.audit_names()));
        long long key = id.value();
        // Sub-records go with it (ON DELETE CASCADE).
        session << "DELETE FROM person WHERE id = :id", soci::use(key, "id");
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

}  // namespace xuncha::db
