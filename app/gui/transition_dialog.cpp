#include "app/gui/transition_dialog.h"

#include "app/gui/form.h"
#include "app/gui/messages.h"
#include "app/gui/wx_text.h"

#include <wx/combobox.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbox.h>

#include <algorithm>

namespace xuncha::app {

using model::MembershipStatus;
using model::TransitionRefusal;

namespace {

void add_transition_row(wxWindow* parent, wxFlexGridSizer& grid, const wxString& label, wxWindow* control,
             wxStaticText* problem = nullptr)
{
    grid.Add(new wxStaticText(parent, wxID_ANY, label), wxSizerFlags().Border(wxTOP, 4).Right());
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(control, wxSizerFlags().Expand());
    if (problem) column->Add(problem, wxSizerFlags().Border(wxTOP, 2));
    grid.Add(column, wxSizerFlags().Expand());
}

wxTextCtrl* named_text(wxWindow* parent, const wxString& name)
{
    auto* text = new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, parent->FromDIP(wxSize(320, -1)));
    text->SetName(name);
    return text;
}

}  // namespace

TransitionDialog::TransitionDialog(wxWindow* parent, model::PoolMembership membership, model::Person person,
                                   model::Pool pool, model::PoolEntryRules rules, model::Date today)
    : wxDialog(parent, wxID_ANY, _("Process Membership"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_membership(std::move(membership)), m_result(m_membership), m_person(std::move(person)),
      m_pool(std::move(pool)), m_rules(std::move(rules)), m_today(today),
      m_targets(model::allowed_transitions(m_membership.status))
{
    SetName(wxS("transition_dialog"));
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 6)));
    grid->AddGrowableCol(1, 1);

    auto* current = new wxStaticText(this, wxID_ANY,
                                     wxString::Format(_("%s: %s, %s"), to_wx(m_person.name), to_wx(m_pool.name),
                                                      term_label(m_membership.status)));
    current->SetFont(current->GetFont().Bold());
    add_transition_row(this, *grid, _("Now"), current);

    m_target = new wxChoice(this, wxID_ANY);
    m_target->SetName(wxS("transition_target"));
    for (const auto status : m_targets) m_target->Append(term_label(status));
    if (!m_targets.empty()) m_target->SetSelection(0);
    add_transition_row(this, *grid, _("Move to"), m_target);

    m_date = make_date_field(this);
    m_date->SetName(wxS("transition_date"));
    m_date_problem = make_problem_line(this);
    add_transition_row(this, *grid, _("Date"), m_date, m_date_problem);
    m_decided_by = named_text(this, wxS("transition_decided_by"));
    m_decided_by->SetHint(_("e.g. the county inspection leading group"));
    add_transition_row(this, *grid, _("Decided by"), m_decided_by);
    m_document = named_text(this, wxS("transition_document"));
    add_transition_row(this, *grid, _("Document number"), m_document);
    m_remark = named_text(this, wxS("transition_remark"));
    add_transition_row(this, *grid, _("Remark"), m_remark);

    wxArrayString reasons;
    for (const auto reason : model::standard_exit_reasons()) reasons.Add(to_wx(reason));
    m_exit_reason = new wxComboBox(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(320, -1)), reasons);
    m_exit_reason->SetName(wxS("transition_exit_reason"));
    m_exit_problem = make_problem_line(this);
    add_transition_row(this, *grid, _("Exit reason"), m_exit_reason, m_exit_problem);

    // Entry rules the person does not meet for this pool: each with the document it comes from.
    auto* rules_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Entry rules"));
    wxWindow* box = rules_box->GetStaticBox();
    m_breaches = new wxStaticText(box, wxID_ANY, wxString());
    m_breaches->SetName(wxS("transition_breaches"));
    rules_box->Add(m_breaches, wxSizerFlags().Expand().Border());
    auto* override_row = new wxBoxSizer(wxHORIZONTAL);
    override_row->Add(new wxStaticText(box, wxID_ANY, _("Override reason")), wxSizerFlags().CentreVertical());
    m_override = new wxTextCtrl(box, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(300, -1)));
    m_override->SetName(wxS("transition_override"));
    m_override->SetHint(_("why the rule is set aside; kept in the record"));
    override_row->Add(m_override, wxSizerFlags(1).Border(wxLEFT, 8));
    rules_box->Add(override_row, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM));
    m_override_problem = make_problem_line(box);
    rules_box->Add(m_override_problem, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM));

    m_other_problem = make_problem_line(this);
    m_other_problem->SetName(wxS("transition_refusal"));

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, wxSizerFlags().Expand().DoubleBorder());
    top->Add(rules_box, wxSizerFlags().Expand().DoubleBorder(wxLEFT | wxRIGHT));
    top->Add(m_other_problem, wxSizerFlags().Expand().DoubleBorder(wxLEFT | wxRIGHT | wxTOP));
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizer(top);

    m_target->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update_for_target(); });
    m_date->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { update_for_target(); });
}

MembershipStatus TransitionDialog::target() const
{
    const int selection = m_target->GetSelection();
    return selection >= 0 ? m_targets[static_cast<std::size_t>(selection)] : m_membership.status;
}

bool TransitionDialog::TransferDataToWindow()
{
    set_date(*m_date, m_today);
    update_for_target();
    Fit();
    SetMinSize(GetSize());
    CentreOnParent();
    return true;
}

void TransitionDialog::update_for_target()
{
    const MembershipStatus to = target();
    m_exit_reason->Enable(to == MembershipStatus::exited);
    // Entry rules are checked when entering 审定 or 在库, as of the step's date.
    std::vector<model::EntryRuleBreach> breaches;
    if (to == MembershipStatus::approved || to == MembershipStatus::active) {
        const auto date = model::parse_user_date(from_wx(m_date->GetValue())).value_or(m_today);
        breaches = model::entry_rule_breaches(m_person, m_pool, m_rules, date);
    }
    wxString text;
    if (breaches.empty()) {
        text = to == MembershipStatus::approved || to == MembershipStatus::active
                   ? _("The person meets the entry rules of this pool.")
                   : _("No entry rule is checked for this step.");
        m_breaches->SetForegroundColour(wxColour(60, 110, 60));
    } else {
        text = _("Entry rules not met:");
        for (const auto breach : breaches) text += wxS("\n  • ") + term_label(breach);
        text += wxS("\n") + wxString::Format(_("Source: %s"), m_rules.source.empty()
                                                                   ? _("(no document recorded in the settings)")
                                                                   : to_wx(m_rules.source));
        text += wxS("\n") + _("The step can only be taken with an override reason, which is recorded.");
        m_breaches->SetForegroundColour(problem_colour());
    }
    m_breaches->SetLabel(text);
    m_breaches->Wrap(FromDIP(460));
    m_override->Enable(!breaches.empty());
    Layout();
    const wxSize needed = GetBestSize();
    if (needed.y > GetSize().y || needed.x > GetSize().x)
        SetSize(wxSize(std::max(GetSize().x, needed.x), std::max(GetSize().y, needed.y)));
}

void TransitionDialog::show_refusals(const std::vector<TransitionRefusal>& refusals)
{
    for (auto* line : {m_date_problem, m_exit_problem, m_override_problem, m_other_problem}) {
        line->SetLabel(wxString());
        line->Hide();
    }
    const auto add = [](wxStaticText* line, const wxString& text) {
        const wxString current = line->GetLabel();
        line->SetLabel(current.empty() ? text : current + wxS("\n") + text);
        line->Show();
    };
    for (const auto refusal : refusals) {
        const wxString text = term_label(refusal);
        switch (refusal) {
        case TransitionRefusal::needs_date:
        case TransitionRefusal::date_before_last:
        case TransitionRefusal::date_in_future: add(m_date_problem, text); break;
        case TransitionRefusal::needs_exit_reason: add(m_exit_problem, text); break;
        case TransitionRefusal::needs_override: add(m_override_problem, text); break;
        default: add(m_other_problem, text); break;
        }
    }
    Layout();
    const wxSize needed = GetBestSize();
    SetSize(wxSize(std::max(GetSize().x, needed.x), std::max(GetSize().y, needed.y)));
}

bool TransitionDialog::TransferDataFromWindow()
{
    if (m_targets.empty()) return false;
    model::MembershipStep step;
    step.from = m_membership.status;
    step.to = target();
    const std::string date_text = read_text(*m_date);
    step.date = model::parse_user_date(date_text);
    if (!date_text.empty() && !step.date) {
        show_refusals({});
        m_date_problem->SetLabel(bad_date_message());
        m_date_problem->Show();
        Layout();
        return false;
    }
    step.decided_by = read_text(*m_decided_by);
    step.document_number = read_text(*m_document);
    step.remark = read_text(*m_remark);
    step.override_reason = m_override->IsEnabled() ? read_text(*m_override) : std::string();
    wxString reason = m_exit_reason->GetValue();
    const std::string exit_reason =
        step.to == MembershipStatus::exited ? from_wx(reason.Trim(true).Trim(false)) : std::string();
    const auto result = model::apply_transition(m_membership, step, exit_reason, m_person, m_pool, m_rules, m_today);
    if (!result.ok()) {
        show_refusals(result.refusals);
        return false;
    }
    m_result = result.membership;
    return true;
}

wxString TransitionDialog::breaches_text() const
{
    return m_breaches->GetLabel();
}

wxString TransitionDialog::refusal_text() const
{
    wxString text;
    for (auto* line : {m_date_problem, m_exit_problem, m_override_problem, m_other_problem})
        if (line->IsShown()) text += (text.empty() ? wxString() : wxS("\n")) + line->GetLabel();
    return text;
}

}  // namespace xuncha::app
