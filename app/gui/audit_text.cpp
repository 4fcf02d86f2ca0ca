#include "app/gui/audit_text.h"

#include "app/gui/wx_text.h"

#include <wx/datetime.h>
#include <wx/intl.h>

#include <cstdio>
#include <ctime>
#include <optional>
#include <vector>

namespace xuncha::app {

namespace {

struct Label {
    std::string_view code;
    const char* msgid;  // English, marked for xgettext; translated when shown
};

// A record's own fields and the kinds of its sub-records (the first part of a code).
constexpr Label person_labels[] = {
    {"name", wxTRANSLATE("Name")},
    {"gender", wxTRANSLATE("Gender")},
    {"ethnicity", wxTRANSLATE("Ethnicity")},
    {"birth_date", wxTRANSLATE("Date of birth")},
    {"native_place", wxTRANSLATE("Native place")},
    {"birth_place", wxTRANSLATE("Place of birth")},
    {"political_status", wxTRANSLATE("Political status")},
    {"party_join_date", wxTRANSLATE("Joined the Party")},
    {"work_start_date", wxTRANSLATE("Started work")},
    {"fulltime_education", wxTRANSLATE("Full-time education")},
    {"inservice_education", wxTRANSLATE("In-service education")},
    {"professional_title", wxTRANSLATE("Professional title")},
    {"professional_title_level", wxTRANSLATE("Title level")},
    {"expertise", wxTRANSLATE("Expertise")},
    {"unit", wxTRANSLATE("Work unit")},
    {"department", wxTRANSLATE("Department")},
    {"post", wxTRANSLATE("Post")},
    {"rank", wxTRANSLATE("Rank")},
    {"holds_leadership_post", wxTRANSLATE("Leadership post")},
    {"mobile", wxTRANSLATE("Mobile")},
    {"id_number", wxTRANSLATE("ID number")},
    {"health", wxTRANSLATE("Health")},
    {"remark", wxTRANSLATE("Remark")},
    {"specialties", wxTRANSLATE("Specialties")},
    {"reserve_cadre", wxTRANSLATE("Reserve cadre")},
    {"frontline_experience", wxTRANSLATE("Frontline experience")},
    {"photo", wxTRANSLATE("Photo")},
    {"work_history", wxTRANSLATE("Work history")},
    {"relative", wxTRANSLATE("Family and social relations")},
    {"relatives", wxTRANSLATE("Family and social relations")},
    {"membership", wxTRANSLATE("Pool membership")},
    {"memberships", wxTRANSLATE("Pool membership")},
    {"training", wxTRANSLATE("Training")},
    {"trainings", wxTRANSLATE("Training")},
    {"training_attendance", wxTRANSLATE("Training")},
    {"commendation", wxTRANSLATE("Commendation")},
    {"commendations", wxTRANSLATE("Commendation")},
    {"assessment", wxTRANSLATE("Annual assessment")},
    {"assessments", wxTRANSLATE("Annual assessment")},
    {"integrity_opinion", wxTRANSLATE("Integrity opinion")},
    {"integrity_opinions", wxTRANSLATE("Integrity opinion")},
    {"pledge", wxTRANSLATE("Pledge")},
    {"pledges", wxTRANSLATE("Pledge")},
    {"secondment", wxTRANSLATE("Secondment")},
    {"secondments", wxTRANSLATE("Secondment")},
    {"declined_secondment", wxTRANSLATE("Declined secondment")},
    {"declined_secondments", wxTRANSLATE("Declined secondment")},
    {"declined", wxTRANSLATE("Declined secondment")},
};

constexpr Label unit_labels[] = {
    {"name", wxTRANSLATE("Unit name")},
    {"short_name", wxTRANSLATE("Short name")},
    {"type", wxTRANSLATE("Unit type")},
    {"parent", wxTRANSLATE("Parent unit")},
    {"supervisor", wxTRANSLATE("Supervising body")},
    {"jurisdiction", wxTRANSLATE("Jurisdiction")},
    {"remark", wxTRANSLATE("Remark")},
    {"sort_order", wxTRANSLATE("Order")},
    {"profile_flags", wxTRANSLATE("Profile flags")},
    {"leader", wxTRANSLATE("Leadership members")},
};

constexpr Label round_labels[] = {
    {"term", wxTRANSLATE("Term")},
    {"number", wxTRANSLATE("Round number")},
    {"committee", wxTRANSLATE("Committee")},
    {"mode", wxTRANSLATE("Mode")},
    {"planned_entry", wxTRANSLATE("Planned entry")},
    {"planned_withdrawal", wxTRANSLATE("Planned withdrawal")},
    {"entry_date", wxTRANSLATE("Actual entry")},
    {"withdrawal_date", wxTRANSLATE("Actual withdrawal")},
    {"state", wxTRANSLATE("State")},
    {"rules_snapshot", wxTRANSLATE("Avoidance rules checked with")},
    {"checked_on", wxTRANSLATE("Checked on")},
    {"remark", wxTRANSLATE("Remark")},
    {"group", wxTRANSLATE("Group")},
};

constexpr Label group_labels[] = {
    {"number", wxTRANSLATE("Group number")},
    {"name", wxTRANSLATE("Group name")},
    {"units", wxTRANSLATE("Units inspected")},
    {"authorising_body", wxTRANSLATE("Authorising body")},
    {"dispatching_body", wxTRANSLATE("Dispatching body")},
    {"members", wxTRANSLATE("Members")},
};

constexpr Label case_labels[] = {
    {"round", wxTRANSLATE("Round")},
    {"person", wxTRANSLATE("Person")},
    {"unit", wxTRANSLATE("Unit concerned")},
    {"trigger", wxTRANSLATE("Raised by")},
    {"rule", wxTRANSLATE("Rule")},
    {"facts", wxTRANSLATE("Facts")},
    {"raised_on", wxTRANSLATE("Raised on")},
    {"decision", wxTRANSLATE("Decision")},
    {"decided_by", wxTRANSLATE("Decided by")},
    {"decided_on", wxTRANSLATE("Decided on")},
    {"replacement", wxTRANSLATE("Replacement")},
    {"document_number", wxTRANSLATE("Document number")},
    {"acknowledged_on", wxTRANSLATE("Acknowledged by the person on")},
    {"remark", wxTRANSLATE("Remark")},
};

constexpr Label specialty_labels[] = {
    {"name", wxTRANSLATE("Specialty name")},
    {"sort_order", wxTRANSLATE("Order")},
};

constexpr Label pool_labels[] = {
    {"name", wxTRANSLATE("Pool name")},
    {"kind", wxTRANSLATE("Pool type")},
    {"description", wxTRANSLATE("Description")},
    {"sort_order", wxTRANSLATE("Order")},
};

constexpr Label settings_labels[] = {
    {"entry", wxTRANSLATE("Entry rules")},
    {"review", wxTRANSLATE("Annual review")},
    {"leader_min_rank", wxTRANSLATE("Leader pool: minimum rank")},
    {"expert_min_rank", wxTRANSLATE("Expert pool: minimum rank")},
    {"expert_min_title", wxTRANSLATE("Expert pool: minimum title")},
    {"max_age", wxTRANSLATE("Maximum age")},
    {"source", wxTRANSLATE("Source document")},
    {"stale_months", wxTRANSLATE("Record stale after (months)")},
    {"declined_threshold", wxTRANSLATE("Declined secondments to flag")},
    {"declined_years", wxTRANSLATE("Declined within (years)")},
    {"require_integrity_opinion", wxTRANSLATE("Integrity opinion every year")},
    {"jurisdiction", wxTRANSLATE("Jurisdiction")},
};

// Fields of sub-records and of the smaller records (trainings), whatever their kind.
constexpr Label part_labels[] = {
    {"unit", wxTRANSLATE("Unit")},
    {"department", wxTRANSLATE("Department")},
    {"post", wxTRANSLATE("Post")},
    {"start", wxTRANSLATE("Start")},
    {"end", wxTRANSLATE("End")},
    {"date", wxTRANSLATE("Date")},
    {"leadership_member", wxTRANSLATE("Leadership team member")},
    {"principal_head", wxTRANSLATE("Principal head")},
    {"name", wxTRANSLATE("Name")},
    {"birth_date", wxTRANSLATE("Date of birth")},
    {"political_status", wxTRANSLATE("Political status")},
    {"employer", wxTRANSLATE("Employer")},
    {"is_leader", wxTRANSLATE("Leader there")},
    {"pool", wxTRANSLATE("Pool")},
    {"status", wxTRANSLATE("Status")},
    {"entry_method", wxTRANSLATE("Entry method")},
    {"entry_date", wxTRANSLATE("Entry date")},
    {"exit_date", wxTRANSLATE("Exit date")},
    {"exit_reason", wxTRANSLATE("Exit reason")},
    {"reviewed_on", wxTRANSLATE("Last reviewed")},
    {"steps", wxTRANSLATE("Decisions")},
    {"step", wxTRANSLATE("Decision")},
    {"from", wxTRANSLATE("From")},
    {"to", wxTRANSLATE("To")},
    {"decided_by", wxTRANSLATE("Decided by")},
    {"document_number", wxTRANSLATE("Document number")},
    {"override_reason", wxTRANSLATE("Override reason")},
    {"remark", wxTRANSLATE("Remark")},
    {"level", wxTRANSLATE("Level")},
    {"degree", wxTRANSLATE("Degree")},
    {"school", wxTRANSLATE("School")},
    {"major", wxTRANSLATE("Major")},
    {"year", wxTRANSLATE("Year")},
    {"result", wxTRANSLATE("Result")},
    {"awarding_body", wxTRANSLATE("Awarding body")},
    {"issuer", wxTRANSLATE("Issued by")},
    {"clear", wxTRANSLATE("No problem found")},
    {"content", wxTRANSLATE("Content")},
    {"type", wxTRANSLATE("Kind")},
    {"scope", wxTRANSLATE("Scope")},
    {"round", wxTRANSLATE("Round")},
    {"round_name", wxTRANSLATE("Round")},
    {"signed_date", wxTRANSLATE("Signed on")},
    {"recipient", wxTRANSLATE("Recipient")},
    {"scan", wxTRANSLATE("Scan")},
    {"task", wxTRANSLATE("Task")},
    {"group", wxTRANSLATE("Group")},
    {"group_name", wxTRANSLATE("Group")},
    {"role", wxTRANSLATE("Role")},
    {"seconding_body", wxTRANSLATE("Seconding body")},
    {"notice_number", wxTRANSLATE("Notice number")},
    {"notice_date", wxTRANSLATE("Notice date")},
    {"evaluation", wxTRANSLATE("Evaluation")},
    {"reason", wxTRANSLATE("Reason")},
    {"attendance", wxTRANSLATE("Attendance")},
    {"training", wxTRANSLATE("Training")},
    {"topic", wxTRANSLATE("Topic")},
    {"hours", wxTRANSLATE("Hours")},
    {"organiser", wxTRANSLATE("Organiser")},
    {"description", wxTRANSLATE("Description")},
    {"sort_order", wxTRANSLATE("Order")},
    {"file_name", wxTRANSLATE("File name")},
};

// Fields whose meaning depends on the sub-record: a relative's 称谓, a commendation's name.
constexpr Label relative_labels[] = {{"title", wxTRANSLATE("Relation")}, {"post", wxTRANSLATE("Post there")}};
constexpr Label education_labels[] = {{"level", wxTRANSLATE("Education level")}};
constexpr Label commendation_labels[] = {{"title", wxTRANSLATE("Commendation")},
                                         {"level", wxTRANSLATE("Commendation level")}};

template <std::size_t N>
const char* find_label(const Label (&table)[N], std::string_view code)
{
    for (const auto& label : table)
        if (label.code == code) return label.msgid;
    return nullptr;
}

wxString translated(const char* msgid)
{
    return wxGetTranslation(wxASCII_STR(msgid));
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

wxString audit_entity_label(std::string_view entity)
{
    if (entity == "person") return _("Person");
    if (entity == "unit") return _("Unit");
    if (entity == "pool") return _("Pool");
    if (entity == "specialty") return _("Specialty");
    if (entity == "training") return _("Training");
    if (entity == "settings") return _("Rule settings");
    if (entity == "attachment") return _("Attachment");
    if (entity == "round") return _("Inspection round");
    if (entity == "avoidance_case") return _("Avoidance case");
    return to_wx(entity);
}

wxString audit_field_label(std::string_view entity, std::string_view field)
{
    wxString text;
    std::string_view kind;  // the first part: the record's field or the kind of its sub-record
    for (const auto part : split(field)) {
        if (is_number(part) || part.empty()) continue;  // a sub-record's id
        const char* label = kind.empty() ? top_label(entity, part) : inner_label(entity, kind, part);
        if (!label && kind.empty()) label = find_label(part_labels, part);
        if (!text.empty()) text += wxString::FromUTF8(" › ");
        text += label ? translated(label) : to_wx(part);
        if (kind.empty()) kind = part;
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

}  // namespace

wxString audit_local_time(std::string_view utc)
{
    const auto time = parse_utc(utc);
    if (!time) return to_wx(utc);
    return wxDateTime(*time).Format(wxS("%Y-%m-%d %H:%M:%S"));
}

std::string audit_local_day(std::string_view utc)
{
    const auto time = parse_utc(utc);
    if (!time) return std::string(utc.substr(0, 10));
    return from_wx(wxDateTime(*time).Format(wxS("%Y-%m-%d")));
}

}  // namespace xuncha::app
