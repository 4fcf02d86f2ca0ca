#include "app/gui/person_detail_panel.h"

#include "app/gui/unit_tree.h"
#include "app/gui/wx_text.h"
#include "model/id_number.h"

#include <wx/button.h>
#include <wx/statbmp.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statline.h>
#include <wx/stattext.h>

#include <algorithm>

namespace xuncha::app {

namespace {

wxString joined(const std::vector<wxString>& parts, const wxString& separator)
{
    wxString text;
    for (const auto& part : parts) {
        if (part.empty()) continue;
        if (!text.empty()) text += separator;
        text += part;
    }
    return text;
}

wxString date_text(const std::optional<model::Date>& date)
{
    return date ? to_wx(model::to_iso(*date)) : wxString();
}

wxString education_text(const model::Education& education)
{
    std::vector<wxString> parts;
    if (education.level != model::EducationLevel::none) parts.push_back(term_label(education.level));
    if (education.degree != model::Degree::none) parts.push_back(term_label(education.degree));
    parts.push_back(to_wx(education.school));
    parts.push_back(to_wx(education.major));
    return joined(parts, wxS(" "));
}

wxString period_text(const std::optional<model::Date>& start, const std::optional<model::Date>& end)
{
    const wxString from = start ? to_wx(model::to_year_month(*start)) : wxString(wxS("?"));
    const wxString to = end ? to_wx(model::to_year_month(*end)) : _("now");
    return from + wxS(" - ") + to;
}

}  // namespace

PersonDetailPanel::PersonDetailPanel(wxWindow* parent, DetailLookups lookups)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxHSCROLL),
      m_lookups(lookups)
{
    SetScrollRate(0, FromDIP(12));
    rebuild();
}

void PersonDetailPanel::show(const std::optional<model::Person>& person)
{
    const bool same_person = person && m_person && person->id == m_person->id;
    if (!same_person) m_id_revealed = false;
    m_person = person;
    rebuild();
}

wxString PersonDetailPanel::unit_name(const std::optional<model::UnitId>& id, const std::string& fallback) const
{
    if (id && m_lookups.units) {
        const std::string path = unit_path(*m_lookups.units, *id);
        if (!path.empty()) return to_wx(path);
    }
    return to_wx(fallback);
}

wxString PersonDetailPanel::pool_name(const std::optional<model::PoolId>& id) const
{
    if (id && m_lookups.pools)
        for (const auto& pool : *m_lookups.pools)
            if (pool.id == *id) return to_wx(pool.name);
    return {};
}

wxBitmap PersonDetailPanel::photo_thumbnail(const model::Person& person)
{
    if (!person.photo) return wxBitmap();
    if (person.photo->id.is_saved() && person.photo->id == m_photo_id && m_photo.IsOk()) return m_photo;
    m_photo = wxBitmap();
    m_photo_id = person.photo->id;
    try {
        if (const auto content = attachment_content(*person.photo, m_lookups.load_attachment))
            m_photo = attachment_thumbnail(*content, FromDIP(wxSize(90, 120)));
    } catch (const std::exception&) {
        // A photo that cannot be read is shown as missing; opening the editor says why.
    }
    return m_photo;
}

void PersonDetailPanel::rebuild()
{
    Freeze();
    DestroyChildren();
    auto* top = new wxBoxSizer(wxVERTICAL);
    const int gap = FromDIP(8);

    if (!m_person) {
        auto* hint = new wxStaticText(this, wxID_ANY, _("Select a person in the list to see the details."));
        hint->SetForegroundColour(wxColour(110, 110, 110));
        top->Add(hint, wxSizerFlags().Border(wxALL, gap * 2));
        SetSizer(top);
        FitInside();
        Thaw();
        return;
    }
    const model::Person& p = *m_person;

    // Heading: name, then the one-line summary official lists use.
    auto* name = new wxStaticText(this, wxID_ANY, to_wx(p.name));
    name->SetFont(name->GetFont().Bold().Scaled(1.4f));
    auto* heading = new wxBoxSizer(wxHORIZONTAL);
    heading->Add(name, wxSizerFlags().CentreVertical());
    std::vector<wxString> summary;
    if (p.gender != model::Gender::unspecified) summary.push_back(term_label(p.gender));
    summary.push_back(to_wx(p.ethnicity));
    if (p.birth_date)
        summary.push_back(wxString::Format(_("born %s"), to_wx(model::to_year_month(*p.birth_date))));
    summary.push_back(term_label(p.political_status));
    auto* line = new wxStaticText(this, wxID_ANY, joined(summary, wxS("  ·  ")));
    heading->Add(line, wxSizerFlags().CentreVertical().Border(wxLEFT, gap * 2));
    auto* header = new wxBoxSizer(wxVERTICAL);
    header->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));

    auto* grid = new wxFlexGridSizer(6, FromDIP(wxSize(12, 5)));
    for (int c : {1, 3, 5}) grid->AddGrowableCol(c, 1);
    const wxColour label_colour(100, 100, 100);
    const auto add = [&](const wxString& label, wxWindow* value) {
        auto* caption = new wxStaticText(this, wxID_ANY, label);
        caption->SetForegroundColour(label_colour);
        grid->Add(caption, wxSizerFlags().Right());
        grid->Add(value, wxSizerFlags().Expand());
    };
    const auto add_text = [&](const wxString& label, const wxString& text) {
        add(label, new wxStaticText(this, wxID_ANY, text.empty() ? wxString(wxS("—")) : text));
    };

    add_text(_("Work unit"), unit_name(p.unit_id, {}));
    add_text(_("Department"), to_wx(p.department));
    add_text(_("Post"), to_wx(p.post) + (p.holds_leadership_post ? wxS(" ") + _("(leadership post)") : wxString()));
    add_text(_("Rank"), p.rank == model::Rank::none ? wxString() : term_label(p.rank));
    add_text(_("Native place"), to_wx(p.native_place));
    add_text(_("Place of birth"), to_wx(p.birth_place));
    add_text(_("Joined the Party"), date_text(p.party_join_date));
    add_text(_("Started work"), date_text(p.work_start_date));
    add_text(_("Health"), to_wx(p.health));
    add_text(_("Full-time education"), education_text(p.fulltime_education));
    add_text(_("In-service education"), education_text(p.inservice_education));
    add_text(_("Professional title"),
             to_wx(p.professional_title) + (p.professional_title_level == model::TitleLevel::none
                                                ? wxString()
                                                : wxS(" (") + term_label(p.professional_title_level) + wxS(")")));
    add_text(_("Mobile"), to_wx(p.mobile));

    // The ID number: masked; the full number only on explicit action.
    auto* id_box = new wxBoxSizer(wxHORIZONTAL);
    auto* id_panel = new wxPanel(this);
    auto* id_text = new wxStaticText(id_panel, wxID_ANY,
                                     p.id_number.empty() ? wxString(wxS("—"))
                                     : m_id_revealed     ? to_wx(p.id_number)
                                                         : to_wx(model::mask_id_number(p.id_number)));
    id_text->SetName(wxS("detail_id_number"));
    id_box->Add(id_text, wxSizerFlags().CentreVertical());
    if (!p.id_number.empty()) {
        auto* toggle = new wxButton(id_panel, wxID_ANY, m_id_revealed ? _("Hide") : _("Show"), wxDefaultPosition,
                                    wxDefaultSize, wxBU_EXACTFIT);
        toggle->SetName(wxS("detail_reveal_id"));
        toggle->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            m_id_revealed = !m_id_revealed;
            CallAfter([this] { rebuild(); });  // the button is destroyed by the rebuild
        });
        id_box->Add(toggle, wxSizerFlags().CentreVertical().Border(wxLEFT, 6));
    }
    id_panel->SetSizer(id_box);
    add(_("ID number"), id_panel);

    std::vector<wxString> specialties;
    if (m_lookups.specialties)
        for (const auto id : p.specialties)
            for (const auto& s : *m_lookups.specialties)
                if (s.id == id) specialties.push_back(to_wx(s.name));
    add_text(_("Specialties"), joined(specialties, wxString::FromUTF8("、")));
    add_text(_("Expertise"), to_wx(p.expertise));
    add_text(_("Reserve cadre"), p.reserve_cadre ? _("Yes") : _("No"));
    add_text(_("Front-line experience"), to_wx(p.frontline_experience));
    // The latest annual assessment, and the secondment counts official lists print.
    const auto latest = std::max_element(p.assessments.begin(), p.assessments.end(),
                                         [](const auto& a, const auto& b) { return a.year < b.year; });
    add_text(_("Last assessment"), latest == p.assessments.end()
                                       ? wxString()
                                       : wxString::Format(_("%d: %s"), latest->year, term_label(latest->result)));
    add_text(_("Secondments"), wxString::Format(_("%zu times, declined %d"), p.secondments.size(),
                                                static_cast<int>(p.declined_secondments.size())));
    add_text(_("Remark"), to_wx(p.remark));
    header->Add(grid, wxSizerFlags().Expand().Border(wxALL, gap));

    auto* upper = new wxBoxSizer(wxHORIZONTAL);
    upper->Add(header, wxSizerFlags(1).Expand());
    const wxBitmap photo = photo_thumbnail(p);
    if (photo.IsOk()) {
        auto* picture = new wxStaticBitmap(this, wxID_ANY, wxBitmapBundle(photo));
        picture->SetName(wxS("detail_photo"));
        upper->Add(picture, wxSizerFlags().Border(wxALL, gap));
    }
    top->Add(upper, wxSizerFlags().Expand());

    const auto section = [&](const wxString& title, const std::vector<wxString>& rows, const wxString& none) {
        top->Add(new wxStaticLine(this), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
        auto* caption = new wxStaticText(this, wxID_ANY, title);
        caption->SetFont(caption->GetFont().Bold());
        top->Add(caption, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
        auto* body = new wxStaticText(this, wxID_ANY, rows.empty() ? none : joined(rows, wxS("\n")));
        if (rows.empty()) body->SetForegroundColour(label_colour);
        auto* indent = new wxBoxSizer(wxHORIZONTAL);
        indent->AddSpacer(gap * 3);
        indent->Add(body, wxSizerFlags().Border(wxTOP | wxBOTTOM, gap / 2));
        top->Add(indent);
    };

    std::vector<wxString> memberships;
    for (const auto& m : p.memberships) {
        wxString pool;
        if (m_lookups.pools)
            for (const auto& candidate : *m_lookups.pools)
                if (candidate.id == m.pool_id) pool = to_wx(candidate.name);
        std::vector<wxString> parts{pool, term_label(m.status)};
        if (m.entry_date) parts.push_back(wxString::Format(_("entered %s"), date_text(m.entry_date)));
        if (m.exit_date) parts.push_back(wxString::Format(_("left %s"), date_text(m.exit_date)));
        parts.push_back(to_wx(m.exit_reason));
        memberships.push_back(joined(parts, wxS("  ")));
    }
    section(_("Pool membership"), memberships, _("Not in any pool."));

    std::vector<wxString> history;
    for (const auto& w : p.work_history) {
        std::vector<wxString> parts{period_text(w.start, w.end), unit_name(w.unit_id, w.unit_name),
                                    to_wx(w.department), to_wx(w.post)};
        if (w.principal_head) parts.push_back(_("(principal head)"));
        else if (w.leadership_member) parts.push_back(_("(leadership team)"));
        history.push_back(joined(parts, wxS("  ")));
    }
    section(_("Work history"), history, _("No work history recorded."));

    std::vector<wxString> relatives;
    for (const auto& r : p.relatives) {
        std::vector<wxString> parts{to_wx(r.title), to_wx(r.name)};
        if (r.birth_date) parts.push_back(to_wx(model::to_year_month(*r.birth_date)));
        if (r.political_status) parts.push_back(term_label(*r.political_status));
        parts.push_back(unit_name(r.employer_unit_id, r.employer_name));
        parts.push_back(to_wx(r.post));
        if (r.is_leader) parts.push_back(_("(leader there)"));
        relatives.push_back(joined(parts, wxS("  ")));
    }
    section(_("Family members and important social relations"), relatives, _("No relatives recorded."));

    std::vector<wxString> assessments;
    auto by_year = p.assessments;
    std::sort(by_year.begin(), by_year.end(), [](const auto& a, const auto& b) { return a.year > b.year; });
    for (const auto& a : by_year)
        assessments.push_back(wxString::Format(wxS("%d  "), a.year) + term_label(a.result) +
                              (a.remark.empty() ? wxString() : wxS("  ") + to_wx(a.remark)));
    section(_("Annual assessments"), assessments, _("No assessments recorded."));

    std::vector<wxString> secondments;
    for (const auto& s : p.secondments) {
        std::vector<wxString> parts{period_text(s.start, s.end), to_wx(s.task), to_wx(s.group_name), to_wx(s.role)};
        if (s.evaluation) parts.push_back(term_label(*s.evaluation));
        secondments.push_back(joined(parts, wxS("  ")));
    }
    for (const auto& d : p.declined_secondments)
        secondments.push_back(joined({_("Declined"), date_text(d.date), to_wx(d.task), to_wx(d.reason)}, wxS("  ")));
    section(wxString::Format(_("Secondments (%zu, declined %d)"), p.secondments.size(),
                             static_cast<int>(p.declined_secondments.size())),
            secondments, _("No secondments recorded."));

    std::vector<wxString> pledges;
    for (const auto& pledge : p.pledges) {
        const wxString scope = pledge.scope == model::PledgeScope::round ? to_wx(pledge.round_name)
                                                                          : pool_name(pledge.pool_id);
        std::vector<wxString> parts{term_label(pledge.type), scope, date_text(pledge.signed_date),
                                    to_wx(pledge.recipient)};
        parts.push_back(pledge.scan ? _("(scanned)") : _("(no scan)"));
        pledges.push_back(joined(parts, wxS("  ")));
    }
    section(_("Pledges"), pledges, _("No pledges recorded."));

    SetSizer(top);
    FitInside();
    Thaw();
}

}  // namespace xuncha::app
