#include "model/audit.h"

#include "model/id_number.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string_view>

namespace xuncha::model {
namespace {

constexpr std::array<Term<AuditAction>, 3> audit_action_terms{{
    {AuditAction::create, "create", "新增", "Created"},
    {AuditAction::update, "update", "修改", "Changed"},
    {AuditAction::remove, "remove", "删除", "Removed"},
}};

// Keys are string literals. create_all() writes the audit of tens of thousands of people, so
// values are moved rather than copied on their way into the changes.
struct Field {
    std::string_view key;
    std::string value;
};
using Fields = std::vector<Field>;


std::string yes_no(bool value) { return value ? "是" : "否"; }

std::string name_or_empty(const std::function<std::string(UnitId)>& lookup, const std::optional<UnitId>& id)
{
    if (!id) return {};
    return lookup ? lookup(*id) : std::to_string(id->value());
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator)
{
    std::string result;
    for (const auto& part : parts) {
        if (part.empty()) continue;
        if (!result.empty()) result += separator;
        result += part;
    }
    return result;
}

// The same for parts known at the call (no vector built): the non-empty ones, separated.
std::string joined_parts(std::initializer_list<std::string_view> parts, std::string_view separator)
{
    std::size_t size = 0;
    for (const auto part : parts) size += part.size() + separator.size();
    std::string result;
    result.reserve(size);
    for (const auto part : parts) {
        if (part.empty()) continue;
        if (!result.empty()) result += separator;
        result += part;
    }
    return result;
}

std::string period(const std::optional<Date>& start, const std::optional<Date>& end)
{
    return to_iso(start) + " 至 " + (end ? to_iso(*end) : std::string("今"));
}

Fields work_history_fields(const WorkHistoryEntry& e, const AuditNames& names)
{
    return {
        {"unit", e.unit_id ? name_or_empty(names.unit, e.unit_id) : e.unit_name},
        {"department", e.department},
        {"post", e.post},
        {"start", to_iso(e.start)},
        {"end", to_iso(e.end)},
        {"leadership_member", yes_no(e.leadership_member)},
        {"principal_head", yes_no(e.principal_head)},
    };
}

std::string summary(const WorkHistoryEntry& e, const AuditNames& names)
{
    const std::string unit = e.unit_id ? name_or_empty(names.unit, e.unit_id) : std::string();
    const std::string_view role = e.principal_head ? "（主要负责人）" : e.leadership_member ? "（领导班子成员）" : "";
    return joined_parts({period(e.start, e.end), e.unit_id ? std::string_view(unit) : std::string_view(e.unit_name),
                         e.department, e.post, role},
                        " ");
}

Fields relative_fields(const Relative& r, const AuditNames& names)
{
    return {
        {"title", r.title},
        {"name", r.name},
        {"birth_date", to_iso(r.birth_date)},
        {"political_status", r.political_status ? std::string(zh_name(*r.political_status)) : std::string()},
        {"employer", r.employer_unit_id ? name_or_empty(names.unit, r.employer_unit_id) : r.employer_name},
        {"post", r.post},
        {"is_leader", yes_no(r.is_leader)},
    };
}

std::string summary(const Relative& r, const AuditNames& names)
{
    const std::string employer = r.employer_unit_id ? name_or_empty(names.unit, r.employer_unit_id) : std::string();
    return joined_parts({r.title, r.name, r.employer_unit_id ? std::string_view(employer) : std::string_view(r.employer_name),
                         r.post, r.is_leader ? "（领导班子成员）" : ""},
                        " ");
}

std::string pool_name(const AuditNames& names, PoolId id)
{
    return names.pool ? names.pool(id) : std::to_string(id.value());
}

Fields membership_fields(const PoolMembership& m, const AuditNames& names)
{
    return {
        {"pool", pool_name(names, m.pool_id)},
        {"status", std::string(zh_name(m.status))},
        {"entry_method", std::string(zh_name(m.entry_method))},
        {"entry_date", to_iso(m.entry_date)},
        {"exit_date", to_iso(m.exit_date)},
        {"exit_reason", m.exit_reason},
        {"remark", m.remark},
        {"reviewed_on", to_iso(m.reviewed_on)},
    };
}

std::string summary(const PoolMembership& m, const AuditNames& names)
{
    return joined_parts({pool_name(names, m.pool_id), zh_name(m.status),
                         m.entry_date ? "入库 " + to_iso(m.entry_date) : std::string(),
                         m.exit_date ? "出库 " + to_iso(m.exit_date) : std::string(), m.exit_reason},
                        " ");
}

std::string attachment_text(const Attachment& a)
{
    return a.file_name + "（" + std::to_string((a.size + 1023) / 1024) + " KB）";
}

std::string summary(const MembershipStep& s)
{
    std::vector<std::string> parts{to_iso(s.date), (s.from ? std::string(zh_name(*s.from)) + " → " : std::string()) +
                                                       std::string(zh_name(s.to)),
                                   s.decided_by, s.document_number, s.remark};
    if (!s.override_reason.empty()) parts.push_back("破格理由：" + s.override_reason);
    return joined(parts, " ");
}

std::string training_name(const AuditNames& names, TrainingId id)
{
    return names.training ? names.training(id) : std::to_string(id.value());
}

Fields training_fields(const TrainingAttendance& t, const AuditNames& names)
{
    return {{"training", training_name(names, t.training_id)},
            {"attendance", std::string(zh_name(t.attendance))},
            {"remark", t.remark}};
}

std::string summary(const TrainingAttendance& t, const AuditNames& names)
{
    return joined({training_name(names, t.training_id), std::string(zh_name(t.attendance)), t.remark}, " ");
}

Fields commendation_fields(const Commendation& c)
{
    return {{"date", to_iso(c.date)},          {"title", c.title},
            {"awarding_body", c.awarding_body}, {"level", std::string(zh_name(c.level))},
            {"document_number", c.document_number}, {"remark", c.remark}};
}

std::string summary(const Commendation& c)
{
    return joined({to_iso(c.date), c.title, c.awarding_body, c.document_number}, " ");
}

Fields assessment_fields(const AnnualAssessment& a)
{
    return {{"year", std::to_string(a.year)}, {"result", std::string(zh_name(a.result))}, {"remark", a.remark}};
}

std::string summary(const AnnualAssessment& a)
{
    return std::to_string(a.year) + "年度 " + std::string(zh_name(a.result));
}

Fields opinion_fields(const IntegrityOpinion& o)
{
    return {{"date", to_iso(o.date)},
            {"issuer", o.issuer},
            {"document_number", o.document_number},
            {"clear", o.clear ? "未发现问题" : "有问题"},
            {"content", o.content},
            {"remark", o.remark}};
}

std::string summary(const IntegrityOpinion& o)
{
    return joined({to_iso(o.date), o.issuer, o.document_number, o.clear ? "未发现问题" : "有问题：" + o.content}, " ");
}

Fields pledge_fields(const Pledge& p, const AuditNames& names)
{
    return {{"type", std::string(zh_name(p.type))},
            {"scope", std::string(zh_name(p.scope))},
            {"pool", p.pool_id ? pool_name(names, *p.pool_id) : std::string()},
            {"round_name", p.round_name},
            {"signed_date", to_iso(p.signed_date)},
            {"recipient", p.recipient},
            {"scan", p.scan ? attachment_text(*p.scan) : std::string()},
            {"remark", p.remark}};
}

std::string summary(const Pledge& p, const AuditNames& names)
{
    return joined({std::string(zh_name(p.type)), p.pool_id ? pool_name(names, *p.pool_id) : p.round_name,
                   to_iso(p.signed_date), p.scan ? "附扫描件 " + p.scan->file_name : std::string()},
                  " ");
}

Fields secondment_fields(const Secondment& s)
{
    return {{"task", s.task},
            {"group_name", s.group_name},
            {"role", s.role},
            {"seconding_body", s.seconding_body},
            {"notice_number", s.notice_number},
            {"notice_date", to_iso(s.notice_date)},
            {"start", to_iso(s.start)},
            {"end", to_iso(s.end)},
            {"evaluation", s.evaluation ? std::string(zh_name(*s.evaluation)) : std::string()},
            {"remark", s.remark}};
}

std::string summary(const Secondment& s)
{
    return joined({period(s.start, s.end), s.task, s.group_name, s.role,
                   s.evaluation ? "鉴定：" + std::string(zh_name(*s.evaluation)) : std::string()},
                  " ");
}

Fields declined_fields(const DeclinedSecondment& d)
{
    return {{"date", to_iso(d.date)}, {"task", d.task}, {"reason", d.reason}};
}

std::string summary(const DeclinedSecondment& d) { return joined({to_iso(d.date), d.task, "原因：" + d.reason}, " "); }

// `keys`: the level, degree, school and major fields' keys.
void add_education_fields(Fields& fields, const std::array<std::string_view, 4>& keys, const Education& e)
{
    fields.push_back({keys[0], std::string(zh_name(e.level))});
    fields.push_back({keys[1], std::string(zh_name(e.degree))});
    fields.push_back({keys[2], e.school});
    fields.push_back({keys[3], e.major});
}

Fields person_fields(const Person& p, const AuditNames& names)
{
    std::vector<std::string> specialties;
    for (const auto id : p.specialties)
        specialties.push_back(names.specialty ? names.specialty(id) : std::to_string(id.value()));
    // Added one by one: an initializer list would copy every value once more.
    Fields fields;
    fields.reserve(33);
    fields.push_back({"name", p.name});
    fields.push_back({"gender", std::string(zh_name(p.gender))});
    fields.push_back({"ethnicity", p.ethnicity});
    fields.push_back({"birth_date", to_iso(p.birth_date)});
    fields.push_back({"native_place", p.native_place});
    fields.push_back({"birth_place", p.birth_place});
    fields.push_back({"political_status", std::string(zh_name(p.political_status))});
    fields.push_back({"party_join_date", to_iso(p.party_join_date)});
    fields.push_back({"work_start_date", to_iso(p.work_start_date)});
    add_education_fields(fields,
                         {"fulltime_education.level", "fulltime_education.degree", "fulltime_education.school",
                          "fulltime_education.major"},
                         p.fulltime_education);
    add_education_fields(fields,
                         {"inservice_education.level", "inservice_education.degree", "inservice_education.school",
                          "inservice_education.major"},
                         p.inservice_education);
    fields.push_back({"professional_title", p.professional_title});
    fields.push_back({"professional_title_level", p.professional_title_level == TitleLevel::none
                                                      ? std::string()
                                                      : std::string(zh_name(p.professional_title_level))});
    fields.push_back({"expertise", p.expertise});
    fields.push_back({"unit", name_or_empty(names.unit, p.unit_id)});
    fields.push_back({"department", p.department});
    fields.push_back({"post", p.post});
    fields.push_back({"rank", std::string(zh_name(p.rank))});
    fields.push_back({"holds_leadership_post", yes_no(p.holds_leadership_post)});
    fields.push_back({"mobile", p.mobile});
    fields.push_back({"id_number", p.id_number.empty() ? std::string() : mask_id_number(p.id_number)});
    fields.push_back({"health", p.health});
    fields.push_back({"remark", p.remark});
    fields.push_back({"reserve_cadre", yes_no(p.reserve_cadre)});
    fields.push_back({"frontline_experience", p.frontline_experience});
    fields.push_back({"photo", p.photo ? attachment_text(*p.photo) : std::string()});
    fields.push_back({"specialties", joined(specialties, "、")});
    return fields;
}

// Compares two flat field lists with the same keys in the same order. A missing side (creation or
// removal) lists only the fields that hold something; 否 counts as nothing there. The values of the
// changes are moved out of the lists.
void compare_fields(std::string_view prefix, Fields* before, Fields* after, std::vector<FieldChange>& out)
{
    static const std::string none;
    const Fields& any = before ? *before : *after;
    for (std::size_t i = 0; i < any.size(); ++i) {
        const std::string& old_value = before ? (*before)[i].value : none;
        const std::string& new_value = after ? (*after)[i].value : none;
        if (old_value == new_value) continue;
        if ((!before || !after) && (old_value == "否" || new_value == "否")) continue;
        FieldChange change;
        change.field.reserve(prefix.size() + any[i].key.size());
        change.field.append(prefix).append(any[i].key);
        if (before) change.old_value = std::move((*before)[i].value);
        if (after) change.new_value = std::move((*after)[i].value);
        out.push_back(std::move(change));
    }
}

// Records by id, in id order; of records sharing an id, the first. `saved_only`: without those
// not yet given an id (the stored side keeps them, as it always has).
template <class Record, class Id>
std::vector<std::pair<Id, const Record*>> by_id(const std::vector<Record>* records, bool saved_only)
{
    std::vector<std::pair<Id, const Record*>> sorted;
    if (!records) return sorted;
    sorted.reserve(records->size());
    for (const auto& r : *records)
        if (!saved_only || r.id.is_saved()) sorted.emplace_back(r.id, &r);
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    sorted.erase(std::unique(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
                 sorted.end());
    return sorted;
}

template <class Record, class Id>
const Record* find_by_id(const std::vector<std::pair<Id, const Record*>>& sorted, const Id& id)
{
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), id,
                                     [](const auto& entry, const Id& key) { return entry.first < key; });
    return it != sorted.end() && it->first == id ? it->second : nullptr;
}

// Sub-records matched by id: additions and removals summarised, edits field by field.
template <class Record, class Id, class FieldsOf, class SummaryOf>
void compare_records(const std::string& kind, const std::vector<Record>* before, const std::vector<Record>* after,
                     FieldsOf fields_of, SummaryOf summary_of, std::vector<FieldChange>& out)
{
    const auto old_by_id = by_id<Record, Id>(before, false);
    const auto new_by_id = by_id<Record, Id>(after, true);

    for (const auto& [id, old_record] : old_by_id) {
        const std::string key = kind + "." + std::to_string(id.value());
        const Record* new_record = find_by_id(new_by_id, id);
        if (!new_record) {
            out.push_back({key, summary_of(*old_record), ""});
        } else if (!(*old_record == *new_record)) {
            auto old_fields = fields_of(*old_record);
            auto new_fields = fields_of(*new_record);
            compare_fields(key + ".", &old_fields, &new_fields, out);
        }
    }
    for (const auto& [id, new_record] : new_by_id)
        if (!find_by_id(old_by_id, id))
            out.push_back({kind + "." + std::to_string(id.value()), "", summary_of(*new_record)});
    // New records not yet given an id.
    if (after)
        for (const auto& record : *after)
            if (!record.id.is_saved()) out.push_back({kind, "", summary_of(record)});
}

Fields unit_fields(const Unit& u, const AuditNames& names)
{
    return {
        {"name", u.name},
        {"short_name", u.short_name},
        {"type", std::string(zh_name(u.type))},
        {"parent", name_or_empty(names.unit, u.parent_id)},
        {"supervisor", name_or_empty(names.unit, u.supervisor_id)},
        {"jurisdiction", u.jurisdiction},
        {"remark", u.remark},
        {"sort_order", std::to_string(u.sort_order)},
        {"profile_flags", joined(u.profile_flags, "、")},
    };
}

std::string person_name_or_empty(const AuditNames& names, const std::optional<PersonId>& id);

Fields unit_leader_fields(const UnitLeader& l, const AuditNames& names)
{
    return {
        {"person", person_name_or_empty(names, l.person_id)},
        {"name", l.name},
        {"post", l.post},
        {"start", to_iso(l.start)},
        {"end", to_iso(l.end)},
        {"principal_head", yes_no(l.principal_head)},
        {"remark", l.remark},
    };
}

std::string summary(const UnitLeader& l)
{
    std::vector<std::string> parts{period(l.start, l.end), l.name, l.post};
    if (l.principal_head) parts.emplace_back("（主要负责人）");
    return joined(parts, " ");
}

std::string person_name(const AuditNames& names, PersonId id)
{
    return names.person ? names.person(id) : "#" + std::to_string(id.value());
}

std::string person_name_or_empty(const AuditNames& names, const std::optional<PersonId>& id)
{
    return id ? person_name(names, *id) : std::string();
}

std::string members_text(const Group& g, const AuditNames& names)
{
    std::vector<std::string> parts;
    for (const auto& m : g.members) {
        std::string text = person_name(names, m.person_id) + "（" + std::string(zh_name(m.role));
        for (const auto duty : m.duties) text += "、" + std::string(zh_name(duty));
        parts.push_back(text + "）");
    }
    return joined(parts, "、");
}

Fields group_fields(const Group& g, const AuditNames& names)
{
    std::vector<std::string> units;
    for (const auto id : g.unit_ids) units.push_back(name_or_empty(names.unit, id));
    return {
        {"number", std::to_string(g.number)},
        {"name", g.name},
        {"units", joined(units, "、")},
        {"authorising_body", g.authorising_body},
        {"dispatching_body", g.dispatching_body},
        {"members", members_text(g, names)},
        {"remark", g.remark},
    };
}

std::string summary(const Group& g, const AuditNames& names)
{
    std::vector<std::string> units;
    for (const auto id : g.unit_ids) units.push_back(name_or_empty(names.unit, id));
    return joined({group_display_name(g), joined(units, "、"), members_text(g, names)}, " ");
}

Fields round_fields(const Round& r)
{
    std::string rules;
    if (r.rules_snapshot) {
        int enabled = 0;
        for (const auto& rule : r.rules_snapshot->rules) enabled += rule.enabled ? 1 : 0;
        rules = "启用 " + std::to_string(enabled) + " 条规则";
    }
    return {
        {"term", std::to_string(r.term)},
        {"number", std::to_string(r.number)},
        {"committee", r.committee},
        {"mode", std::string(zh_name(r.mode))},
        {"planned_entry", to_iso(r.planned_entry)},
        {"planned_withdrawal", to_iso(r.planned_withdrawal)},
        {"entry_date", to_iso(r.entry_date)},
        {"withdrawal_date", to_iso(r.withdrawal_date)},
        {"state", std::string(zh_name(r.state))},
        {"rules_snapshot", rules},
        {"checked_on", to_iso(r.checked_on)},
        {"remark", r.remark},
    };
}

Fields case_fields(const AvoidanceCase& c, const AuditNames& names)
{
    return {
        {"round", !c.round_id ? std::string()
                  : names.round ? names.round(*c.round_id)
                                : "#" + std::to_string(c.round_id->value())},
        {"person", person_name(names, c.person_id)},
        {"unit", name_or_empty(names.unit, c.unit_id)},
        {"trigger", std::string(zh_name(c.trigger))},
        {"rule", c.rule ? std::string(zh_name(*c.rule)) : std::string()},
        {"facts", c.facts},
        {"raised_on", to_iso(c.raised_on)},
        {"decision", std::string(zh_name(c.decision))},
        {"decided_by", c.decided_by},
        {"decided_on", to_iso(c.decided_on)},
        {"replacement", person_name_or_empty(names, c.replacement_id)},
        {"document_number", c.document_number},
        {"acknowledged_on", to_iso(c.acknowledged_on)},
        {"remark", c.remark},
    };
}

template <class Record, class FieldsOf>
std::vector<FieldChange> diff_flat(const Record& before, const Record& after, FieldsOf fields_of)
{
    std::vector<FieldChange> changes;
    const bool has_before = before.id.is_saved();
    const bool has_after = after.id.is_saved();
    if (!has_before && !has_after) return changes;
    auto old_fields = has_before ? fields_of(before) : Fields{};
    auto new_fields = has_after ? fields_of(after) : Fields{};
    compare_fields("", has_before ? &old_fields : nullptr, has_after ? &new_fields : nullptr, changes);
    return changes;
}

}  // namespace

template <>
std::span<const Term<AuditAction>> terms<AuditAction>()
{
    return audit_action_terms;
}

std::vector<FieldChange> diff(const Person& before, const Person& after, const AuditNames& names)
{
    const auto fields_of = [&](const Person& p) { return person_fields(p, names); };
    auto changes = diff_flat(before, after, fields_of);
    const Person* old_person = before.id.is_saved() ? &before : nullptr;
    const Person* new_person = after.id.is_saved() ? &after : nullptr;
    if (!old_person && !new_person) return changes;

    const auto sub = [](const Person* p, auto member) { return p ? &(p->*member) : nullptr; };
    compare_records<WorkHistoryEntry, WorkHistoryId>(
        "work_history", sub(old_person, &Person::work_history), sub(new_person, &Person::work_history),
        [&](const WorkHistoryEntry& e) { return work_history_fields(e, names); },
        [&](const WorkHistoryEntry& e) { return summary(e, names); }, changes);
    compare_records<Relative, RelativeId>(
        "relative", sub(old_person, &Person::relatives), sub(new_person, &Person::relatives),
        [&](const Relative& r) { return relative_fields(r, names); },
        [&](const Relative& r) { return summary(r, names); }, changes);
    compare_records<PoolMembership, MembershipId>(
        "membership", sub(old_person, &Person::memberships), sub(new_person, &Person::memberships),
        [&](const PoolMembership& m) { return membership_fields(m, names); },
        [&](const PoolMembership& m) { return summary(m, names); }, changes);
    // Membership steps are only ever added: list the new ones under their membership.
    if (new_person) {
        for (const auto& m : new_person->memberships) {
            const PoolMembership* old_m = nullptr;
            if (old_person)
                for (const auto& candidate : old_person->memberships)
                    if (candidate.id == m.id && m.id.is_saved()) old_m = &candidate;
            const std::string prefix = "membership." + std::to_string(m.id.value()) + ".step";
            compare_records<MembershipStep, MembershipStepId>(
                prefix, old_m ? &old_m->steps : nullptr, &m.steps, [](const MembershipStep&) { return Fields{}; },
                [](const MembershipStep& st) { return summary(st); }, changes);
        }
    }
    compare_records<TrainingAttendance, TrainingAttendanceId>(
        "training", sub(old_person, &Person::trainings), sub(new_person, &Person::trainings),
        [&](const TrainingAttendance& t) { return training_fields(t, names); },
        [&](const TrainingAttendance& t) { return summary(t, names); }, changes);
    compare_records<Commendation, CommendationId>(
        "commendation", sub(old_person, &Person::commendations), sub(new_person, &Person::commendations),
        commendation_fields, [](const Commendation& c) { return summary(c); }, changes);
    compare_records<AnnualAssessment, AssessmentId>(
        "assessment", sub(old_person, &Person::assessments), sub(new_person, &Person::assessments), assessment_fields,
        [](const AnnualAssessment& a) { return summary(a); }, changes);
    compare_records<IntegrityOpinion, IntegrityOpinionId>(
        "integrity_opinion", sub(old_person, &Person::integrity_opinions), sub(new_person, &Person::integrity_opinions),
        opinion_fields, [](const IntegrityOpinion& o) { return summary(o); }, changes);
    compare_records<Pledge, PledgeId>(
        "pledge", sub(old_person, &Person::pledges), sub(new_person, &Person::pledges),
        [&](const Pledge& p) { return pledge_fields(p, names); }, [&](const Pledge& p) { return summary(p, names); },
        changes);
    compare_records<Secondment, SecondmentId>(
        "secondment", sub(old_person, &Person::secondments), sub(new_person, &Person::secondments), secondment_fields,
        [](const Secondment& x) { return summary(x); }, changes);
    compare_records<DeclinedSecondment, DeclinedSecondmentId>(
        "declined_secondment", sub(old_person, &Person::declined_secondments),
        sub(new_person, &Person::declined_secondments), declined_fields,
        [](const DeclinedSecondment& d) { return summary(d); }, changes);
    return changes;
}

std::vector<FieldChange> diff(const Unit& before, const Unit& after, const AuditNames& names)
{
    auto changes = diff_flat(before, after, [&](const Unit& u) { return unit_fields(u, names); });
    const Unit* old_unit = before.id.is_saved() ? &before : nullptr;
    const Unit* new_unit = after.id.is_saved() ? &after : nullptr;
    if (!old_unit && !new_unit) return changes;
    compare_records<UnitLeader, UnitLeaderId>(
        "leader", old_unit ? &old_unit->leaders : nullptr, new_unit ? &new_unit->leaders : nullptr,
        [&](const UnitLeader& l) { return unit_leader_fields(l, names); },
        [](const UnitLeader& l) { return summary(l); }, changes);
    return changes;
}

std::vector<FieldChange> diff(const Round& before, const Round& after, const AuditNames& names)
{
    auto changes = diff_flat(before, after, round_fields);
    const Round* old_round = before.id.is_saved() ? &before : nullptr;
    const Round* new_round = after.id.is_saved() ? &after : nullptr;
    if (!old_round && !new_round) return changes;
    compare_records<Group, GroupId>(
        "group", old_round ? &old_round->groups : nullptr, new_round ? &new_round->groups : nullptr,
        [&](const Group& g) { return group_fields(g, names); }, [&](const Group& g) { return summary(g, names); },
        changes);
    return changes;
}

std::vector<FieldChange> diff(const AvoidanceCase& before, const AvoidanceCase& after, const AuditNames& names)
{
    return diff_flat(before, after, [&](const AvoidanceCase& c) { return case_fields(c, names); });
}

std::vector<FieldChange> diff(const Specialty& before, const Specialty& after)
{
    return diff_flat(before, after, [](const Specialty& s) {
        return Fields{{"name", s.name}, {"sort_order", std::to_string(s.sort_order)}};
    });
}

std::vector<FieldChange> diff(const Pool& before, const Pool& after)
{
    return diff_flat(before, after, [](const Pool& p) {
        return Fields{{"name", p.name},
                      {"kind", std::string(zh_name(p.kind))},
                      {"description", p.description},
                      {"sort_order", std::to_string(p.sort_order)}};
    });
}

}  // namespace xuncha::model
