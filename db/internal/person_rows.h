#pragma once
// The person's tables as row buffers: one struct per table, naming its columns once in visit() (see
// columns.h), with assign() from the model value and extract() back. Shared by the repository's
// writes, find() (SOCI) and load_all() (RowCursor).

#include "db/internal/columns.h"
#include "db/internal/row_cursor.h"
#include "model/person.h"

#include <string>

namespace xuncha::db::internal {

// person's columns, in the order of model::Person. The photo is a reference to an attachment row.
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
    std::string professional_title_level;
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
    int reserve_cadre = 0;
    std::string frontline_experience;
    NullableId photo_attachment_id;

    static constexpr const char* table = "person";

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
        f("professional_title_level", professional_title_level);
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
        f("reserve_cadre", reserve_cadre);
        f("frontline_experience", frontline_experience);
        f("photo_attachment_id", photo_attachment_id);
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
        professional_title_level = encode(p.professional_title_level);
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
        reserve_cadre = p.reserve_cadre ? 1 : 0;
        frontline_experience = p.frontline_experience;
        photo_attachment_id.set(p.photo ? std::optional(p.photo->id) : std::nullopt);
    }

    // The photo comes back as its id only; the caller fills in the attachment's description.
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
        p.professional_title_level =
            decode<model::TitleLevel>(professional_title_level, "person.professional_title_level");
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
        p.reserve_cadre = reserve_cadre != 0;
        p.frontline_experience = frontline_experience;
        p.photo.reset();
        if (const auto photo = photo_attachment_id.get<model::AttachmentTag>()) {
            p.photo.emplace();
            p.photo->id = *photo;
        }
    }
};

// Sub-records of a person carry the person's id and their place in the person's list (`owner_id`,
// `position`); membership steps carry their membership's id instead. `owner` names that column.

struct WorkRow {
    long long owner_id = 0;
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
    static constexpr const char* owner = "person_id";
    using Entry = model::WorkHistoryEntry;

    template <class F>
    void visit(F&& f)
    {
        f(owner, owner_id);
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

    void assign(const model::WorkHistoryEntry& e)
    {
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
    long long owner_id = 0;
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
    static constexpr const char* owner = "person_id";
    using Entry = model::Relative;

    template <class F>
    void visit(F&& f)
    {
        f(owner, owner_id);
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

    void assign(const model::Relative& r)
    {
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

// The membership's own columns; its steps are rows of StepRow.
struct MembershipRow {
    long long owner_id = 0;
    long long pool_id = 0;
    int position = 0;
    std::string status;
    std::string entry_method;
    NullableText entry_date;
    NullableText exit_date;
    std::string exit_reason;
    std::string remark;
    NullableText reviewed_on;

    static constexpr const char* table = "pool_membership";
    static constexpr const char* owner = "person_id";
    using Entry = model::PoolMembership;

    template <class F>
    void visit(F&& f)
    {
        f(owner, owner_id);
        f("pool_id", pool_id);
        f("position", position);
        f("status", status);
        f("entry_method", entry_method);
        f("entry_date", entry_date);
        f("exit_date", exit_date);
        f("exit_reason", exit_reason);
        f("remark", remark);
        f("reviewed_on", reviewed_on);
    }

    void assign(const model::PoolMembership& m)
    {
        pool_id = m.pool_id.value();
        status = encode(m.status);
        entry_method = encode(m.entry_method);
        entry_date.set(m.entry_date);
        exit_date.set(m.exit_date);
        exit_reason = m.exit_reason;
        remark = m.remark;
        reviewed_on.set(m.reviewed_on);
    }

    model::PoolMembership extract(long long id) const
    {
        model::PoolMembership m;
        m.id = model::MembershipId(id);
        m.pool_id = model::PoolId(pool_id);
        m.status = decode<model::MembershipStatus>(status, "pool_membership.status");
        m.entry_method = decode<model::EntryMethod>(entry_method, "pool_membership.entry_method");
        m.entry_date = to_date(entry_date, "pool_membership.entry_date");
        m.exit_date = to_date(exit_date, "pool_membership.exit_date");
        m.exit_reason = exit_reason;
        m.remark = remark;
        m.reviewed_on = to_date(reviewed_on, "pool_membership.reviewed_on");
        return m;
    }
};

// Whether two memberships differ in their own columns (their steps are compared on their own).
inline bool same_columns(model::PoolMembership a, model::PoolMembership b)
{
    a.steps.clear();
    b.steps.clear();
    return a == b;
}

struct StepRow {
    long long owner_id = 0;
    int position = 0;
    NullableText from_status;
    std::string to_status;
    NullableText step_date;
    std::string decided_by;
    std::string document_number;
    std::string remark;
    std::string override_reason;

    static constexpr const char* table = "membership_step";
    static constexpr const char* owner = "membership_id";
    using Entry = model::MembershipStep;

    template <class F>
    void visit(F&& f)
    {
        f(owner, owner_id);
        f("position", position);
        f("from_status", from_status);
        f("to_status", to_status);
        f("step_date", step_date);
        f("decided_by", decided_by);
        f("document_number", document_number);
        f("remark", remark);
        f("override_reason", override_reason);
    }

    void assign(const model::MembershipStep& s)
    {
        from_status.set_code(s.from ? std::optional(model::code_of(*s.from)) : std::nullopt);
        to_status = encode(s.to);
        step_date.set(s.date);
        decided_by = s.decided_by;
        document_number = s.document_number;
        remark = s.remark;
        override_reason = s.override_reason;
    }

    model::MembershipStep extract(long long id) const
    {
        model::MembershipStep s;
        s.id = model::MembershipStepId(id);
        if (!from_status.is_null())
            s.from = decode<model::MembershipStatus>(from_status.value, "membership_step.from_status");
        s.to = decode<model::MembershipStatus>(to_status, "membership_step.to_status");
        s.date = to_date(step_date, "membership_step.step_date");
        s.decided_by = decided_by;
        s.document_number = document_number;
        s.remark = remark;
        s.override_reason = override_reason;
        return s;
    }
};

struct TrainingAttendanceRow {
    long long owner_id = 0;
    int position = 0;
    long long training_id = 0;
    std::string attendance;
    std::string remark;

    static constexpr const char* table = "training_attendance";
    static constexpr const char* owner = "person_id";
    using Entry = model::TrainingAttendance;

    template <class F>
    void visit(F&& f)
    {
        f(owner, owner_id);
        f("position", position);
        f("training_id", training_id);
        f("attendance", attendance);
        f("remark", remark);
    }

    void assign(const model::TrainingAttendance& t)
    {
        training_id = t.training_id.value();
        attendance = encode(t.attendance);
        remark = t.remark;
    }

    model::TrainingAttendance extract(long long id) const
    {
        model::TrainingAttendance t;
        t.id = model::TrainingAttendanceId(id);
        t.training_id = model::TrainingId(training_id);
        t.attendance = decode<model::Attendance>(attendance, "training_attendance.attendance");
        t.remark = remark;
        return t;
    }
};

struct CommendationRow {
    long long owner_id = 0;
    int position = 0;
    NullableText commendation_date;
    std::string title;
    std::string awarding_body;
    std::string level;
    std::string document_number;
    std::string remark;

    static constexpr const char* table = "commendation";
    static constexpr const char* owner = "person_id";
    using Entry = model::Commendation;

    template <class F>
    void visit(F&& f)
    {
        f(owner, owner_id);
        f("position", position);
        f("commendation_date", commendation_date);
        f("title", title);
        f("awarding_body", awarding_body);
        f("level", level);
        f("document_number", document_number);
        f("remark", remark);
    }

    void assign(const model::Commendation& c)
    {
        commendation_date.set(c.date);
        title = c.title;
        awarding_body = c.awarding_body;
        level = encode(c.level);
        document_number = c.document_number;
        remark = c.remark;
    }

    model::Commendation extract(long long id) const
    {
        model::Commendation c;
        c.id = model::CommendationId(id);
        c.date = to_date(commendation_date, "commendation.commendation_date");
        c.title = title;
        c.awarding_body = awarding_body;
        c.level = decode<model::CommendationLevel>(level, "commendation.level");
        c.document_number = document_number;
        c.remark = remark;
        return c;
    }
};

struct AssessmentRow {
    long long owner_id = 0;
    int position = 0;
    int year = 0;
    std::string result;
    std::string remark;

    static constexpr const char* table = "annual_assessment";
    static constexpr const char* owner = "person_id";
    using Entry = model::AnnualAssessment;

    template <class F>
    void visit(F&& f)
    {
        f(owner, owner_id);
        f("position", position);
        f("year", year);
        f("result", result);
        f("remark", remark);
    }

    void assign(const model::AnnualAssessment& a)
    {
        year = a.year;
        result = encode(a.result);
        remark = a.remark;
    }

    model::AnnualAssessment extract(long long id) const
    {
        model::AnnualAssessment a;
        a.id = model::AssessmentId(id);
        a.year = year;
        a.result = decode<model::AssessmentResult>(result, "annual_assessment.result");
        a.remark = remark;
        return a;
    }
};

struct IntegrityOpinionRow {
    long long owner_id = 0;
    int position = 0;
    NullableText opinion_date;
    std::string issuer;
    std::string document_number;
    int clear = 1;
    std::string content;
    std::string remark;

    static constexpr const char* table = "integrity_opinion";
    static constexpr const char* owner = "person_id";
    using Entry = model::IntegrityOpinion;

    template <class F>
    void visit(F&& f)
    {
        f(owner, owner_id);
        f("position", position);
        f("opinion_date", opinion_date);
        f("issuer", issuer);
        f("document_number", document_number);
        f("clear", clear);
        f("content", content);
        f("remark", remark);
    }

    void assign(const model::IntegrityOpinion& o)
    {
        opinion_date.set(o.date);
        issuer = o.issuer;
        document_number = o.document_number;
        clear = o.clear ? 1 : 0;
        content = o.content;
        remark = o.remark;
    }

    model::IntegrityOpinion extract(long long id) const
    {
        model::IntegrityOpinion o;
        o.id = model::IntegrityOpinionId(id);
        o.date = to_date(opinion_date, "integrity_opinion.opinion_date");
        o.issuer = issuer;
        o.document_number = document_number;
        o.clear = clear != 0;
        o.content = content;
        o.remark = remark;
        return o;
    }
};

// The scan is a reference to an attachment row, like the person's photo.
struct PledgeRow {
    long long owner_id = 0;
    int position = 0;
    std::string type;
    std::string scope;
    NullableId pool_id;
    std::string round_name;
    NullableText signed_date;
    std::string recipient;
    NullableId scan_attachment_id;
    std::string remark;

    static constexpr const char* table = "pledge";
    static constexpr const char* owner = "person_id";
    using Entry = model::Pledge;

    template <class F>
    void visit(F&& f)
    {
        f(owner, owner_id);
        f("position", position);
        f("type", type);
        f("scope", scope);
        f("pool_id", pool_id);
        f("round_name", round_name);
        f("signed_date", signed_date);
        f("recipient", recipient);
        f("scan_attachment_id", scan_attachment_id);
        f("remark", remark);
    }

    void assign(const model::Pledge& p)
    {
        type = encode(p.type);
        scope = encode(p.scope);
        pool_id.set(p.pool_id);
        round_name = p.round_name;
        signed_date.set(p.signed_date);
        recipient = p.recipient;
        scan_attachment_id.set(p.scan ? std::optional(p.scan->id) : std::nullopt);
        remark = p.remark;
    }

    // The scan comes back as its id only; the caller fills in the attachment's description.
    model::Pledge extract(long long id) const
    {
        model::Pledge p;
        p.id = model::PledgeId(id);
        p.type = decode<model::PledgeType>(type, "pledge.type");
        p.scope = decode<model::PledgeScope>(scope, "pledge.scope");
        p.pool_id = pool_id.get<model::PoolTag>();
        p.round_name = round_name;
        p.signed_date = to_date(signed_date, "pledge.signed_date");
        p.recipient = recipient;
        if (const auto scan = scan_attachment_id.get<model::AttachmentTag>()) {
            p.scan.emplace();
            p.scan->id = *scan;
        }
        p.remark = remark;
        return p;
    }
};

struct SecondmentRow {
    long long owner_id = 0;
    int position = 0;
    std::string task;
    std::string group_name;
    std::string role;
    std::string seconding_body;
    std::string notice_number;
    NullableText notice_date;
    NullableText start_date;
    NullableText end_date;
    NullableText evaluation;
    std::string remark;

    static constexpr const char* table = "secondment";
    static constexpr const char* owner = "person_id";
    using Entry = model::Secondment;

    template <class F>
    void visit(F&& f)
    {
        f(owner, owner_id);
        f("position", position);
        f("task", task);
        f("group_name", group_name);
        f("role", role);
        f("seconding_body", seconding_body);
        f("notice_number", notice_number);
        f("notice_date", notice_date);
        f("start_date", start_date);
        f("end_date", end_date);
        f("evaluation", evaluation);
        f("remark", remark);
    }

    void assign(const model::Secondment& s)
    {
        task = s.task;
        group_name = s.group_name;
        role = s.role;
        seconding_body = s.seconding_body;
        notice_number = s.notice_number;
        notice_date.set(s.notice_date);
        start_date.set(s.start);
        end_date.set(s.end);
        evaluation.set_code(s.evaluation ? std::optional(model::code_of(*s.evaluation)) : std::nullopt);
        remark = s.remark;
    }

    model::Secondment extract(long long id) const
    {
        model::Secondment s;
        s.id = model::SecondmentId(id);
        s.task = task;
        s.group_name = group_name;
        s.role = role;
        s.seconding_body = seconding_body;
        s.notice_number = notice_number;
        s.notice_date = to_date(notice_date, "secondment.notice_date");
        s.start = to_date(start_date, "secondment.start_date");
        s.end = to_date(end_date, "secondment.end_date");
        if (!evaluation.is_null())
            s.evaluation = decode<model::AssessmentResult>(evaluation.value, "secondment.evaluation");
        s.remark = remark;
        return s;
    }
};

struct DeclinedRow {
    long long owner_id = 0;
    int position = 0;
    NullableText declined_date;
    std::string task;
    std::string reason;

    static constexpr const char* table = "declined_secondment";
    static constexpr const char* owner = "person_id";
    using Entry = model::DeclinedSecondment;

    template <class F>
    void visit(F&& f)
    {
        f(owner, owner_id);
        f("position", position);
        f("declined_date", declined_date);
        f("task", task);
        f("reason", reason);
    }

    void assign(const model::DeclinedSecondment& d)
    {
        declined_date.set(d.date);
        task = d.task;
        reason = d.reason;
    }

    model::DeclinedSecondment extract(long long id) const
    {
        model::DeclinedSecondment d;
        d.id = model::DeclinedSecondmentId(id);
        d.date = to_date(declined_date, "declined_secondment.declined_date");
        d.task = task;
        d.reason = reason;
        return d;
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

// A new attachment with its bytes; read back without them (metadata) or through attachment_store.h.
struct AttachmentRow {
    long long person_id = 0;
    std::string file_name;
    std::string media_type;
    std::string sha256;
    long long size = 0;
    Bytes content;

    static constexpr const char* table = "attachment";

    template <class F>
    void visit(F&& f)
    {
        f("person_id", person_id);
        f("file_name", file_name);
        f("media_type", media_type);
        f("sha256", sha256);
        f("size", size);
        f("content", content);
    }
};

// The SELECT list of a row read through RowCursor: text columns as text on every backend (PostgreSQL
// DATE comes back as a date otherwise).
struct CursorColumns {
    std::string list;

    void operator()(std::string_view column, const std::string&) { add(std::string(column)); }
    void operator()(std::string_view column, const NullableText&) { add("CAST(" + std::string(column) + " AS TEXT)"); }
    template <class T>
    void operator()(std::string_view column, const T&)
    {
        add(std::string(column));
    }

private:
    void add(const std::string& expression) { list += (list.empty() ? "" : ", ") + expression; }
};

template <class Row>
std::string cursor_columns()
{
    Row row;
    CursorColumns columns;
    row.visit(columns);
    return columns.list;
}

// Fills a row from RowCursor's current row, from column `next` on, in visiting order. RowCursor
// reads NULL as "" and 0: for nullable text (dates, optional codes) "" is NULL, for ids 0 is.
struct CursorReader {
    RowCursor& rows;
    int next = 0;

    void operator()(std::string_view, std::string& value) { value = rows.text(next++); }
    void operator()(std::string_view, int& value) { value = static_cast<int>(rows.integer(next++)); }
    void operator()(std::string_view, long long& value) { value = rows.integer(next++); }
    void operator()(std::string_view, NullableText& value)
    {
        const auto text = rows.text(next++);
        if (text.empty()) {
            value.clear();
        }
        else {
            value.value = text;
            value.indicator = soci::i_ok;
        }
    }
    void operator()(std::string_view, NullableId& value)
    {
        value.value = rows.integer(next++);
        value.indicator = value.value != 0 ? soci::i_ok : soci::i_null;
    }
};

}  // namespace xuncha::db::internal
