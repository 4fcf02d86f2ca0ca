#include "app/gui/settings_dialog.h"

#include "app/gui/form.h"
#include "app/gui/messages.h"
#include "app/gui/text_wrap.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/combobox.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/notebook.h>
#include <wx/radiobox.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace xuncha::app {

namespace {

wxStaticText* grey_note(wxWindow* parent, const wxString& text, int wrap)
{
    auto* note = new wxStaticText(parent, wxID_ANY, wxString());
    note->SetForegroundColour(wxColour(110, 110, 110));
    set_wrapped_label(*note, text, wrap);
    return note;
}

void add_setting_row(wxWindow* parent, wxFlexGridSizer& grid, const wxString& label, wxSizer* row)
{
    grid.Add(new wxStaticText(parent, wxID_ANY, label), wxSizerFlags().CentreVertical().Right());
    grid.Add(row, wxSizerFlags().Expand());
}

void add_setting_row(wxWindow* parent, wxFlexGridSizer& grid, const wxString& label, wxWindow* control)
{
    grid.Add(new wxStaticText(parent, wxID_ANY, label), wxSizerFlags().CentreVertical().Right());
    grid.Add(control, wxSizerFlags().Expand());
}

// A number with a unit after it: "[ 12 ] months".
wxSizer* with_unit(wxWindow* parent, wxWindow* control, const wxString& unit)
{
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(control, wxSizerFlags().CentreVertical());
    row->Add(new wxStaticText(parent, wxID_ANY, unit), wxSizerFlags().CentreVertical().Border(wxLEFT, 4));
    return row;
}

}  // namespace

SettingsDialog::SettingsDialog(wxWindow* parent, SettingsValues values, model::OfficeSettings office,
                               const std::string& default_database, const std::vector<std::string>& jurisdictions)
    : wxDialog(parent, wxID_ANY, _("Settings"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_values(std::move(values)), m_office(std::move(office))
{
    SetName(wxS("settings_dialog"));
    m_notebook = new wxNotebook(this, wxID_ANY);
    m_notebook->AddPage(build_general_page(default_database), _("General"));
    m_notebook->AddPage(build_entry_page(), _("Entry Rules"));
    m_notebook->AddPage(build_review_page(jurisdictions), _("Annual Review"));
    m_notebook->AddPage(build_avoidance_page(), _("Avoidance Rules"));

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(m_notebook, wxSizerFlags(1).Expand().Border());
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);
    CentreOnParent();
}

wxWindow* SettingsDialog::build_general_page(const std::string& default_database)
{
    auto* page = new wxPanel(m_notebook);
    // Language names are shown in their own language so that either reader finds theirs.
    const wxString languages[] = {wxString::FromUTF8("中文（简体）"), wxS("English")};
    m_language = new wxRadioBox(page, wxID_ANY, _("Interface language"), wxDefaultPosition, wxDefaultSize, 2,
                                languages, 1, wxRA_SPECIFY_COLS);
    auto* language_note = new wxStaticText(page, wxID_ANY, _("A new language takes effect when xuncha is restarted."));
    language_note->SetForegroundColour(wxColour(110, 110, 110));

    auto* database_box = new wxStaticBoxSizer(wxVERTICAL, page, _("Database opened at start"));
    wxWindow* box = database_box->GetStaticBox();
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    m_database = new wxTextCtrl(box, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(380, -1)));
    m_database->SetHint(_("Default location"));
    row->Add(m_database, wxSizerFlags(1).Expand());
    auto* browse = new wxButton(box, wxID_ANY, _("Browse..."));
    row->Add(browse, wxSizerFlags().Border(wxLEFT, 4));
    database_box->Add(row, wxSizerFlags().Expand().Border());
    auto* database_note = new wxStaticText(
        box, wxID_ANY,
        wxString::Format(_("Leave empty for the default file:\n%s\nA PostgreSQL server is given as "
                           "postgresql://user@host/database. The --db option overrides this setting."),
                         to_wx(default_database)));
    database_note->SetForegroundColour(wxColour(110, 110, 110));
    database_box->Add(database_note, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM));

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(m_language, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP));
    top->Add(language_note, wxSizerFlags().Border());
    top->Add(database_box, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM));
    top->Add(grey_note(page, _("These settings belong to this computer; the rules on the other pages are kept in "
                               "the database and apply to everybody who uses it."),
                       FromDIP(580)),
             wxSizerFlags().Border());
    page->SetSizer(top);

    browse->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxFileDialog chooser(this, _("Choose the Database File"), wxString(), wxString(),
                             _("xuncha databases (*.sqlite)|*.sqlite|All files (*)|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (chooser.ShowModal() == wxID_OK) m_database->ChangeValue(chooser.GetPath());
    });
    return page;
}

wxWindow* SettingsDialog::build_entry_page()
{
    auto* page = new wxPanel(m_notebook);
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 8)));
    grid->AddGrowableCol(1, 1);
    m_leader_rank = new TermChoice<model::Rank>(page);
    add_setting_row(page, *grid, _("Leader pool: minimum rank"), m_leader_rank);
    m_expert_rank = new TermChoice<model::Rank>(page);
    add_setting_row(page, *grid, _("Expert pool: minimum rank"), m_expert_rank);
    m_expert_title = new TermChoice<model::TitleLevel>(page);
    add_setting_row(page, *grid, _("or a professional title of at least"), m_expert_title);
    m_entry_age_on = new wxCheckBox(page, wxID_ANY, _("Not older than"));
    m_entry_age = new wxSpinCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(130, -1)),
                                 wxSP_ARROW_KEYS, 18, 80, 55);
    auto* age_row = new wxBoxSizer(wxHORIZONTAL);
    age_row->Add(m_entry_age_on, wxSizerFlags().CentreVertical());
    age_row->Add(with_unit(page, m_entry_age, _("years on entry")), wxSizerFlags().Border(wxLEFT, 6));
    add_setting_row(page, *grid, _("Any pool:"), age_row);
    m_entry_source = new wxTextCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(420, 60)),
                                    wxTE_MULTILINE);
    m_entry_source->SetToolTip(_("The rule's document and article"));
    add_setting_row(page, *grid, _("Source"), m_entry_source);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    top->Add(grey_note(page,
                       _("Checked when a person moves to Approved or Active in a pool. Somebody who does not meet "
                         "them can still enter with an override reason, which is recorded with the decision."),
                       FromDIP(580)),
             wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12)));
    page->SetSizer(top);
    m_entry_age_on->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { m_entry_age->Enable(m_entry_age_on->GetValue()); });
    return page;
}

wxWindow* SettingsDialog::build_review_page(const std::vector<std::string>& jurisdictions)
{
    auto* page = new wxPanel(m_notebook);
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 8)));
    grid->AddGrowableCol(1, 1);
    const wxSize spin_size = FromDIP(wxSize(130, -1));  // GTK draws both buttons beside the number
    m_stale_months = new wxSpinCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, spin_size, wxSP_ARROW_KEYS, 1, 120, 12);
    add_setting_row(page, *grid, _("Record not updated for"), with_unit(page, m_stale_months, _("months")));
    m_declined_threshold =
        new wxSpinCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, spin_size, wxSP_ARROW_KEYS, 1, 20, 2);
    m_declined_years = new wxSpinCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, spin_size, wxSP_ARROW_KEYS, 0, 20, 3);
    auto* declined = new wxBoxSizer(wxHORIZONTAL);
    declined->Add(with_unit(page, m_declined_threshold, _("times or more, within")));
    declined->Add(with_unit(page, m_declined_years, _("years (0: ever)")), wxSizerFlags().Border(wxLEFT, 6));
    add_setting_row(page, *grid, _("Declined secondments"), declined);
    m_review_age_on = new wxCheckBox(page, wxID_ANY, _("Older than"));
    m_review_age = new wxSpinCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, spin_size, wxSP_ARROW_KEYS, 18, 80, 58);
    auto* age_row = new wxBoxSizer(wxHORIZONTAL);
    age_row->Add(m_review_age_on, wxSizerFlags().CentreVertical());
    age_row->Add(with_unit(page, m_review_age, _("years")), wxSizerFlags().Border(wxLEFT, 6));
    add_setting_row(page, *grid, _("Age"), age_row);
    m_integrity = new wxCheckBox(page, wxID_ANY, _("Flag members without an integrity opinion dated this year"));
    add_setting_row(page, *grid, _("Integrity opinion"), m_integrity);
    wxArrayString places;
    for (const auto& place : jurisdictions) places.Add(to_wx(place));
    m_jurisdiction = new wxComboBox(page, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, places);
    m_jurisdiction->SetHint(_("Empty: not checked"));
    add_setting_row(page, *grid, _("Our jurisdiction"), m_jurisdiction);
    m_review_source = new wxTextCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(420, 60)),
                                     wxTE_MULTILINE);
    m_review_source->SetToolTip(_("The rule's document and article"));
    add_setting_row(page, *grid, _("Source"), m_review_source);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    top->Add(grey_note(page,
                       _("The annual review (Tools > Annual Review) lists the pool members that meet any of these "
                         "conditions, and also those whose rank no longer meets the entry rule, whose integrity "
                         "opinion raises a concern or who were assessed incompetent. If no age is set here, the "
                         "entry rules' age limit applies."),
                       FromDIP(580)),
             wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12)));
    page->SetSizer(top);
    m_review_age_on->Bind(wxEVT_CHECKBOX,
                          [this](wxCommandEvent&) { m_review_age->Enable(m_review_age_on->GetValue()); });
    return page;
}

wxWindow* SettingsDialog::build_avoidance_page()
{
    auto* page = new wxScrolledWindow(m_notebook, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    page->SetName(wxS("settings_avoidance"));
    page->SetScrollRate(0, FromDIP(10));
    auto* grid = new wxFlexGridSizer(3, FromDIP(wxSize(10, 6)));
    grid->AddGrowableCol(2, 1);
    const wxSize spin_size = FromDIP(wxSize(130, -1));  // GTK draws both buttons beside the number
    for (const auto& t : model::terms<model::AvoidanceRuleCode>()) {
        const auto code = t.value;
        RuleControls controls;
        const int number = model::rule_number(code);
        const wxString label = code == model::AvoidanceRuleCode::group_relatives
                                   ? term_label(t)
                                   : wxString::Format(_("Rule %d: %s"), number, term_label(t));
        controls.enabled = new wxCheckBox(page, wxID_ANY, label);
        controls.severity = new TermChoice<model::Severity>(page);
        auto* parameters = new wxBoxSizer(wxHORIZONTAL);
        for (const auto parameter : model::parameters_of(code)) {
            switch (parameter) {
            case model::RuleParameter::look_back_years:
                controls.look_back =
                    new wxSpinCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, spin_size, wxSP_ARROW_KEYS, 0, 50, 3);
                parameters->Add(with_unit(page, controls.look_back, _("years back")), wxSizerFlags().Border(wxRIGHT, 10));
                break;
            case model::RuleParameter::total_years:
                controls.total_years =
                    new wxSpinCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, spin_size, wxSP_ARROW_KEYS, 0, 50, 3);
                parameters->Add(new wxStaticText(page, wxID_ANY, _("or in total")),
                                wxSizerFlags().CentreVertical().Border(wxRIGHT, 4));
                parameters->Add(with_unit(page, controls.total_years, _("years in total")),
                                wxSizerFlags().Border(wxRIGHT, 10));
                break;
            case model::RuleParameter::kinship_classes:
                for (const auto& k : model::terms<model::KinshipClass>()) {
                    if (k.value == model::KinshipClass::other) continue;  // never counts
                    auto* box = new wxCheckBox(page, wxID_ANY, term_label(k));
                    controls.kinship.emplace_back(k.value, box);
                    parameters->Add(box, wxSizerFlags().CentreVertical().Border(wxRIGHT, 8));
                }
                break;
            case model::RuleParameter::principal_only:
                controls.principal_only = new wxCheckBox(page, wxID_ANY, _("Principal head only"));
                parameters->Add(controls.principal_only, wxSizerFlags().CentreVertical().Border(wxRIGHT, 10));
                break;
            case model::RuleParameter::leaders_only:
                controls.leaders_only = new wxCheckBox(page, wxID_ANY, _("Only people in the leader pool"));
                parameters->Add(controls.leaders_only, wxSizerFlags().CentreVertical().Border(wxRIGHT, 10));
                break;
            }
        }
        grid->Add(controls.enabled, wxSizerFlags().CentreVertical());
        grid->Add(controls.severity, wxSizerFlags().CentreVertical());
        grid->Add(parameters, wxSizerFlags().CentreVertical());
        m_rules[code] = controls;
    }
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    top->Add(grey_note(page,
                       _("Hard rules block: the person is proposed for the unit only with an approval note. Soft "
                         "rules warn and need a comment. A look-back of 3 years counts a post that ended exactly 3 "
                         "years before the round's planned entry date. Each round keeps the rules it was checked "
                         "with."),
                       FromDIP(640)),
             wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12)));
    page->SetSizer(top);
    // Tall enough to show every rule on a usual screen; scrolls on a small one.
    const wxSize needed = top->GetMinSize();
    page->SetMinClientSize(wxSize(needed.x, std::min(needed.y, FromDIP(600))));
    page->FitInside();
    return page;
}

wxCheckBox* SettingsDialog::rule_kinship(model::AvoidanceRuleCode code, model::KinshipClass kinship) const
{
    for (const auto& [k, box] : m_rules.at(code).kinship)
        if (k == kinship) return box;
    return nullptr;
}

void SettingsDialog::disable_rules()
{
    for (std::size_t page = 1; page < m_notebook->GetPageCount(); ++page) m_notebook->GetPage(page)->Disable();
}

bool SettingsDialog::TransferDataToWindow()
{
    m_language->SetSelection(m_values.language == UiLanguage::english ? 1 : 0);
    m_database->ChangeValue(to_wx(m_values.startup_database));

    const auto& entry = m_office.entry;
    m_leader_rank->set_value(entry.leader_min_rank);
    m_expert_rank->set_value(entry.expert_min_rank);
    m_expert_title->set_value(entry.expert_min_title);
    m_entry_age_on->SetValue(entry.max_age.has_value());
    m_entry_age->SetValue(entry.max_age.value_or(55));
    m_entry_age->Enable(entry.max_age.has_value());
    m_entry_source->ChangeValue(to_wx(entry.source));

    const auto& review = m_office.review;
    m_stale_months->SetValue(review.stale_months);
    m_declined_threshold->SetValue(review.declined_threshold);
    m_declined_years->SetValue(review.declined_years);
    m_review_age_on->SetValue(review.max_age.has_value());
    m_review_age->SetValue(review.max_age.value_or(58));
    m_review_age->Enable(review.max_age.has_value());
    m_integrity->SetValue(review.require_integrity_opinion);
    m_jurisdiction->ChangeValue(to_wx(review.jurisdiction));
    m_review_source->ChangeValue(to_wx(review.source));

    const auto rules = model::repaired(m_office.avoidance);
    for (auto& [code, controls] : m_rules) {
        const auto& rule = rules.rule(code);
        controls.enabled->SetValue(rule.enabled);
        controls.severity->set_value(rule.severity);
        if (controls.look_back) controls.look_back->SetValue(rule.look_back_years);
        if (controls.total_years) controls.total_years->SetValue(rule.total_years);
        for (auto& [kinship, box] : controls.kinship)
            box->SetValue(std::find(rule.kinship_classes.begin(), rule.kinship_classes.end(), kinship) !=
                          rule.kinship_classes.end());
        if (controls.principal_only) controls.principal_only->SetValue(rule.principal_only);
        if (controls.leaders_only) controls.leaders_only->SetValue(rule.leaders_only);
        if (!rule.source.empty()) controls.enabled->SetToolTip(to_wx(rule.source));
    }
    return true;
}

bool SettingsDialog::TransferDataFromWindow()
{
    m_values.language = m_language->GetSelection() == 1 ? UiLanguage::english : UiLanguage::chinese;
    m_values.startup_database = read_text(*m_database);

    auto& entry = m_office.entry;
    entry.leader_min_rank = m_leader_rank->value();
    entry.expert_min_rank = m_expert_rank->value();
    entry.expert_min_title = m_expert_title->value();
    entry.max_age = m_entry_age_on->GetValue() ? std::optional(m_entry_age->GetValue()) : std::nullopt;
    entry.source = read_text(*m_entry_source);

    auto& review = m_office.review;
    review.stale_months = m_stale_months->GetValue();
    review.declined_threshold = m_declined_threshold->GetValue();
    review.declined_years = m_declined_years->GetValue();
    review.max_age = m_review_age_on->GetValue() ? std::optional(m_review_age->GetValue()) : std::nullopt;
    review.require_integrity_opinion = m_integrity->GetValue();
    wxString place = m_jurisdiction->GetValue();
    review.jurisdiction = from_wx(place.Trim(true).Trim(false));
    review.source = read_text(*m_review_source);

    // Only what the page shows is read back; every other value of a rule stays as it was.
    auto rules = model::repaired(m_office.avoidance);
    for (const auto& [code, controls] : m_rules) {
        auto& rule = rules.rule(code);
        rule.enabled = controls.enabled->GetValue();
        rule.severity = controls.severity->value();
        if (controls.look_back) rule.look_back_years = controls.look_back->GetValue();
        if (controls.total_years) rule.total_years = controls.total_years->GetValue();
        if (!controls.kinship.empty()) {
            rule.kinship_classes.clear();
            for (const auto& [kinship, box] : controls.kinship)
                if (box->GetValue()) rule.kinship_classes.push_back(kinship);
        }
        if (controls.principal_only) rule.principal_only = controls.principal_only->GetValue();
        if (controls.leaders_only) rule.leaders_only = controls.leaders_only->GetValue();
    }
    // Unchanged rules keep the stored value as it was (a stored copy that needed repair is not rewritten).
    if (rules != model::repaired(m_office.avoidance)) m_office.avoidance = rules;
    return true;
}

}  // namespace xuncha::app
