#include "app/text/audit_labels.h"

#include <cstdio>
#include <ctime>
#include <optional>

namespace xuncha::app {

namespace {

struct Label {
    std::string_view code;
    const char* msgid;  // English, marked for xgettext (XUNCHA_N_); translated where shown
};

// A record's own fields and the kinds of its sub-records (the first part of a code).
constexpr Label person_labels[] = {
    {"name", XUNCHA_N_("Name")},
    {"gender", XUNCHA_N_("Gender")},
    {"ethnicity", XUNCHA_N_("Ethnicity")},
    {"birth_date", XUNCHA_N_("Date of birth")},
    {"native_place", XUNCHA_N_("Native place")},
    {"birth_place", XUNCHA_N_("Place of birth")},
    {"political_status", XUNCHA_N_("Political status")},
    {"party_join_date", XUNCHA_N_("Joined the Party")},
    {"work_start_date", XUNCHA_N_("Started work")},
    {"fulltime_education", XUNCHA_N_("Full-time education")},
    {"inservice_education", XUNCHA_N_("In-service education")},
    {"professional_title", XUNCHA_N_("Professional title")},
    {"professional_title_level", XUNCHA_N_("Title level")},
    {"expertise", XUNCHA_N_("Expertise")},
    {"unit", XUNCHA_N_("Work unit")},
    {"department", XUNCHA_N_("Department")},
    {"post", XUNCHA_N_("Post")},
    {"rank", XUNCHA_N_("Rank")},
    {"holds_leadership_post", XUNCHA_N_("Leadership post")},
    {"mobile", XUNCHA_N_("Mobile")},
    {"id_number", XUNCHA_N_("ID number")},
    {"health", XUNCHA_N_("Health")},
    {"remark", XUNCHA_N_("Remark")},
    {"specialties", XUNCHA_N_("Specialties")},
    {"reserve_cadre", XUNCHA_N_("Reserve cadre")},
    {"frontline_experience", XUNCHA_N_("Frontline experience")},
    {"photo", XUNCHA_N_("Photo")},
    {"work_history", XUNCHA_N_("Work history")},
    {"relative", XUNCHA_N_("Family and social relations")},
    {"relatives", XUNCHA_N_("Family and social relations")},
    {"membership", XUNCHA_N_("Pool membership")},
    {"memberships", XUNCHA_N_("Pool membership")},
    {"training", XUNCHA_N_("Training")},
    {"trainings", XUNCHA_N_("Training")},
    {"training_attendance", XUNCHA_N_("Training")},
    {"commendation", XUNCHA_N_("Commendation")},
    {"commendations", XUNCHA_N_("Commendation")},
    {"assessment", XUNCHA_N_("Annual assessment")},
    {"assessments", XUNCHA_N_("Annual assessment")},
    {"integrity_opinion", XUNCHA_N_("Integrity opinion")},
    {"integrity_opinions", XUNCHA_N_("Integrity opinion")},
    {"pledge", XUNCHA_N_("Pledge")},
    {"pledges", XUNCHA_N_("Pledge")},
    {"secondment", XUNCHA_N_("Secondment")},
    {"secondments", XUNCHA_N_("Secondment")},
    {"declined_secondment", XUNCHA_N_("Declined secondment")},
    {"declined_secondments", XUNCHA_N_("Declined secondment")},
    {"declined", XUNCHA_N_("Declined secondment")},
};

constexpr Label unit_labels[] = {
    {"name", XUNCHA_N_("Unit name")},
    {"short_name", XUNCHA_N_("Short name")},
    {"type", XUNCHA_N_("Unit type")},
    {"parent", XUNCHA_N_("Parent unit")},
    {"supervisor", XUNCHA_N_("Supervising body")},
    {"jurisdiction", XUNCHA_N_("Jurisdiction")},
    {"remark", XUNCHA_N_("Remark")},
    {"sort_order", XUNCHA_N_("Order")},
    {"profile_flags", XUNCHA_N_("Profile flags")},
    {"leader", XUNCHA_N_("Leadership members")},
};

constexpr Label round_labels[] = {
    {"term", XUNCHA_N_("Term")},
    {"number", XUNCHA_N_("Round number")},
    {"committee", XUNCHA_N_("Committee")},
    {"mode", XUNCHA_N_("Mode")},
    {"planned_entry", XUNCHA_N_("Planned entry")},
    {"planned_withdrawal", XUNCHA_N_("Planned withdrawal")},
    {"entry_date", XUNCHA_N_("Actual entry")},
    {"withdrawal_date", XUNCHA_N_("Actual withdrawal")},
    {"state", XUNCHA_N_("State")},
    {"rules_snapshot", XUNCHA_N_("Avoidance rules checked with")},
    {"checked_on", XUNCHA_N_("Checked on")},
    {"remark", XUNCHA_N_("Remark")},
    {"group", XUNCHA_N_("Group")},
};

constexpr Label group_labels[] = {
    {"number", XUNCHA_N_("Group number")},
    {"name", XUNCHA_N_("Group name")},
    {"units", XUNCHA_N_("Units inspected")},
    {"authorising_body", XUNCHA_N_("Authorising body")},
    {"dispatching_body", XUNCHA_N_("Dispatching body")},
    {"members", XUNCHA_N_("Members")},
};

constexpr Label case_labels[] = {
    {"round", XUNCHA_N_("Round")},
    {"person", XUNCHA_N_("Person")},
    {"unit", XUNCHA_N_("Unit concerned")},
    {"trigger", XUNCHA_N_("Raised by")},
    {"rule", XUNCHA_N_("Rule")},
    {"facts", XUNCHA_N_("Facts")},
    {"raised_on", XUNCHA_N_("Raised on")},
    {"decision", XUNCHA_N_("Decision")},
    {"decided_by", XUNCHA_N_("Decided by")},
    {"decided_on", XUNCHA_N_("Decided on")},
    {"replacement", XUNCHA_N_("Replacement")},
    {"document_number", XUNCHA_N_("Document number")},
    {"acknowledged_on", XUNCHA_N_("Acknowledged by the person on")},
    {"remark", XUNCHA_N_("Remark")},
};

constexpr Label specialty_labels[] = {
    {"name", XUNCHA_N_("Specialty name")},
    {"sort_order", XUNCHA_N_("Order")},
};

constexpr Label pool_labels[] = {
    {"name", XUNCHA_N_("Pool name")},
    {"kind", XUNCHA_N_("Pool type")},
    {"description", XUNCHA_N_("Description")},
    {"sort_order", XUNCHA_N_("Order")},
};

constexpr Label settings_labels[] = {
    {"entry", XUNCHA_N_("Entry rules")},
    {"review", XUNCHA_N_("Annual review")},
    {"leader_min_rank", XUNCHA_N_("Leader pool: minimum rank")},
    {"expert_min_rank", XUNCHA_N_("Expert pool: minimum rank")},
    {"expert_min_title", XUNCHA_N_("Expert pool: minimum title")},
    {"max_age", XUNCHA_N_("Maximum age")},
    {"source", XUNCHA_N_("Source document")},
    {"stale_months", XUNCHA_N_("Record stale after (months)")},
    {"declined_threshold", XUNCHA_N_("Declined secondments to flag")},
    {"declined_years", XUNCHA_N_("Declined within (years)")},
    {"require_integrity_opinion", XUNCHA_N_("Integrity opinion every year")},
    {"jurisdiction", XUNCHA_N_("Jurisdiction")},
};

// Fields of sub-records and of the smaller records (trainings), whatever their kind.
constexpr Label part_labels[] = {
    {"unit", XUNCHA_N_("Unit")},
    {"department", XUNCHA_N_("Department")},
    {"post", XUNCHA_N_("Post")},
    {"start", XUNCHA_N_("Start")},
    {"end", XUNCHA_N_("End")},
    {"date", XUNCHA_N_("Date")},
    {"leadership_member", XUNCHA_N_("Leadership team member")},
    {"principal_head", XUNCHA_N_("Principal head")},
    {"name", XUNCHA_N_("Name")},
    {"birth_date", XUNCHA_N_("Date of birth")},
    {"political_status", XUNCHA_N_("Political status")},
    {"employer", XUNCHA_N_("Employer")},
    {"is_leader", XUNCHA_N_("Leader there")},
    {"pool", XUNCHA_N_("Pool")},
    {"status", XUNCHA_N_("Status")},
    {"entry_method", XUNCHA_N_("Entry method")},
    {"entry_date", XUNCHA_N_("Entry date")},
    {"exit_date", XUNCHA_N_("Exit date")},
    {"exit_reason", XUNCHA_N_("Exit reason")},
    {"reviewed_on", XUNCHA_N_("Last reviewed")},
    {"steps", XUNCHA_N_("Decisions")},
    {"step", XUNCHA_N_("Decision")},
    {"from", XUNCHA_N_("From")},
    {"to", XUNCHA_N_("To")},
    {"decided_by", XUNCHA_N_("Decided by")},
    {"document_number", XUNCHA_N_("Document number")},
    {"override_reason", XUNCHA_N_("Override reason")},
    {"remark", XUNCHA_N_("Remark")},
    {"level", XUNCHA_N_("Level")},
    {"degree", XUNCHA_N_("Degree")},
    {"school", XUNCHA_N_("School")},
    {"major", XUNCHA_N_("Major")},
    {"year", XUNCHA_N_("Year")},
    {"result", XUNCHA_N_("Result")},
    {"awarding_body", XUNCHA_N_("Awarding body")},
    {"issuer", XUNCHA_N_("Issued by")},
    {"clear", XUNCHA_N_("No problem found")},
    {"content", XUNCHA_N_("Content")},
    {"type", XUNCHA_N_("Kind")},
    {"scope", XUNCHA_N_("Scope")},
    {"round", XUNCHA_N_("Round")},
    {"round_name", XUNCHA_N_("Round")},
    {"signed_date", XUNCHA_N_("Signed on")},
    {"recipient", XUNCHA_N_("Recipient")},
    {"scan", XUNCHA_N_("Scan")},
    {"task", XUNCHA_N_("Task")},
    {"group", XUNCHA_N_("Group")},
    {"group_name", XUNCHA_N_("Group")},
    {"role", XUNCHA_N_("Role")},
    {"seconding_body", XUNCHA_N_("Seconding body")},
    {"notice_number", XUNCHA_N_("Notice number")},
    {"notice_date", XUNCHA_N_("Notice date")},
    {"evaluation", XUNCHA_N_("Evaluation")},
    {"reason", XUNCHA_N_("Reason")},
    {"attendance", XUNCHA_N_("Attendance")},
    {"training", XUNCHA_N_("Training")},
    {"topic", XUNCHA_N_("Topic")},
    {"hours", XUNCHA_N_("Hours")},
    {"organiser", XUNCHA_N_("Organiser")},
    {"description", XUNCHA_N_("Description")},
    {"sort_order", XUNCHA_N_("Order")},
    {"file_name", XUNCHA_N_("File name")},
};

// Fields whose meaning depends on the sub-record: a relative's 称谓, a commendation's name.
constexpr Label relative_labels[] = {{"title", XUNCHA_N_("Relation")}, {"post", XUNCHA_N_("Post there")}};
constexpr Label education_labels[] = {{"level", XUNCHA_N_("Education level")}};
constexpr Label commendation_labels[] = {{"title", XUNCHA_N_("Commendation")},
                                         {"level", XUNCHA_N_("Commendation level")}};

template <std::size_t N>
const char* find_label(const Label (&table)[N], std::string_view code)
{
    for (const auto& label : table)
        if (label.code == code) return label.msgid;
    return nullptr;
}

bool is_number(std::string_view part)
{
    return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
}

std::vector<std::string_view> split(std::string_view code)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= code.size()) {
        const auto dot = code.find('.', start);
        const auto end = dot == std::string_view::npos ? code.size() : dot;
        parts.push_back(code.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

const char* top_label(std::string_view entity, std::string_view part)
{
    if (entity == "person") return find_label(person_labels, part);
    if (entity == "unit") return find_label(unit_labels, part);
    if (entity == "pool") return find_label(pool_labels, part);
    if (entity == "specialty") return find_label(specialty_labels, part);
    if (entity == "settings") return find_label(settings_labels, part);
    if (entity == "round") return find_label(round_labels, part);
    if (entity == "avoidance_case") return find_label(case_labels, part);
    return nullptr;
}

const char* inner_label(std::string_view entity, std::string_view kind, std::string_view part)
{
    const char* label = nullptr;
    if (kind == "relative" || kind == "relatives") label = find_label(relative_labels, part);
    else if (kind == "commendation" || kind == "commendations") label = find_label(commendation_labels, part);
    else if (kind == "fulltime_education" || kind == "inservice_education") label = find_label(education_labels, part);
    else if (kind == "group") label = find_label(group_labels, part);
    if (!label && entity == "settings") label = find_label(settings_labels, part);
    return label ? label : find_label(part_labels, part);
}

}  // namespace

const char* audit_entity_msgid(std::string_view entity)
{
    if (entity == "person") return XUNCHA_N_("Person");
    if (entity == "unit") return XUNCHA_N_("Unit");
    if (entity == "pool") return XUNCHA_N_("Pool");
    if (entity == "specialty") return XUNCHA_N_("Specialty");
    if (entity == "training") return XUNCHA_N_("Training");
    if (entity == "settings") return XUNCHA_N_("Rule settings");
    if (entity == "attachment") return XUNCHA_N_("Attachment");
    if (entity == "round") return XUNCHA_N_("Inspection round");
    if (entity == "avoidance_case") return XUNCHA_N_("Avoidance case");
    return nullptr;
}

std::vector<AuditLabelPart> audit_field_parts(std::string_view entity, std::string_view field)
{
    std::vector<AuditLabelPart> parts;
    std::string_view kind;  // the first part: the record's field or the kind of its sub-record
    for (const auto part : split(field)) {
        if (is_number(part) || part.empty()) continue;  // a sub-record's id
        const char* label = kind.empty() ? top_label(entity, part) : inner_label(entity, kind, part);
        if (!label && kind.empty()) label = find_label(part_labels, part);
        parts.push_back(label ? AuditLabelPart{label, true} : AuditLabelPart{part, false});
        if (kind.empty()) kind = part;
    }
    return parts;
}

std::string audit_field_text(std::string_view entity, std::string_view field,
                             const std::function<std::string(std::string_view msgid)>& translate)
{
    std::string text;
    for (const auto& part : audit_field_parts(entity, field)) {
        if (!text.empty()) text += audit_label_separator;
        text += part.msgid ? translate(part.text) : std::string(part.text);
    }
    return text;
}

namespace {

std::optional<std::time_t> parse_utc(std::string_view utc)
{
    if (utc.size() < 19) return std::nullopt;
    std::tm tm{};
    const std::string text(utc.substr(0, 19));
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                    &tm.tm_min, &tm.tm_sec) != 6)
        return std::nullopt;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return timegm(&tm);
}

std::optional<std::string> local_text(std::string_view utc, const char* format)
{
    const auto time = parse_utc(utc);
    std::tm local{};
    if (!time || !localtime_r(&*time, &local)) return std::nullopt;
    char text[32];
    const auto length = std::strftime(text, sizeof text, format, &local);
    if (length == 0) return std::nullopt;
    return std::string(text, length);
}

}  // namespace

std::string audit_local_time(std::string_view utc)
{
    return local_text(utc, "%Y-%m-%d %H:%M:%S").value_or(std::string(utc));
}

std::string audit_local_day(std::string_view utc)
{
    return local_text(utc, "%Y-%m-%d").value_or(std::string(utc.substr(0, 10)));
}

}  // namespace xuncha::app
