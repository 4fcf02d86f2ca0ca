#include "app/gui/round_state_dialog.h"

#include "app/gui/form.h"
#include "app/gui/messages.h"
#include "app/gui/text_wrap.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace xuncha::app {

namespace {

bool forward(model::RoundState from, model::RoundState to)
{
    return static_cast<int>(to) > static_cast<int>(from);
}

}  // namespace

RoundStateDialog::RoundStateDialog(wxWindow* parent, model::Round round)
    : wxDialog(parent, wxID_ANY, _("Change the Round's State"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_round(std::move(round)), m_result(m_round), m_targets(model::allowed_round_transitions(m_round.state))
{
    SetName(wxS("round_state_dialog"));
    auto* title = new wxStaticText(this, wxID_ANY, to_wx(model::round_title(m_round)));
    title->SetFont(title->GetFont().Bold());
    auto* current = new wxStaticText(this, wxID_ANY, wxString::Format(_("Now: %s"), term_label(m_round.state)));
    m_choices = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(380, 90)));
    m_choices->SetName(wxS("round_state_choices"));
    for (const auto target : m_targets)
        m_choices->Append(forward(m_round.state, target)
                              ? wxString::Format(_("Forward to %s"), term_label(target))
                              : wxString::Format(_("Back to %s for revision"), term_label(target)));
    m_date_label = new wxStaticText(this, wxID_ANY, wxString());
    m_date = make_date_field(this);
    m_date->SetName(wxS("round_state_date"));
    auto* date_row = new wxBoxSizer(wxHORIZONTAL);
    date_row->Add(m_date_label, wxSizerFlags().CentreVertical());
    date_row->Add(m_date, wxSizerFlags(1).Border(wxLEFT, 6));
    m_refusals = make_problem_line(this);
    m_refusals->SetName(wxS("round_state_refusals"));

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(title, wxSizerFlags().DoubleBorder(wxLEFT | wxRIGHT | wxTOP));
    top->Add(current, wxSizerFlags().DoubleBorder(wxLEFT | wxRIGHT | wxTOP));
    if (m_targets.empty()) {
        auto* none = new wxStaticText(this, wxID_ANY, _("An archived round does not change any more."));
        top->Add(none, wxSizerFlags().DoubleBorder());
    }
    top->Add(m_choices, wxSizerFlags().Expand().DoubleBorder());
    top->Add(date_row, wxSizerFlags().Expand().DoubleBorder(wxLEFT | wxRIGHT));
    top->Add(m_refusals, wxSizerFlags().Expand().DoubleBorder());
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);
    SetMinSize(GetSize());
    CentreOnParent();

    m_choices->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { update(); });
    m_date->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { update(); });
    if (auto* ok = FindWindow(wxID_OK))
        ok->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
            e.Enable(m_choices->GetSelection() != wxNOT_FOUND && refusal_text().empty());
        });
    if (!m_targets.empty()) m_choices->SetSelection(0);
    update();
}

void RoundStateDialog::choose(std::size_t index)
{
    if (index >= m_targets.size()) return;
    m_choices->SetSelection(static_cast<int>(index));
    update();
}

model::Round RoundStateDialog::candidate() const
{
    model::Round round = m_round;
    const int selection = m_choices->GetSelection();
    if (selection == wxNOT_FOUND) return round;
    const auto target = m_targets[static_cast<std::size_t>(selection)];
    const auto date = model::parse_user_date(read_text(*m_date));
    if (target == model::RoundState::stationed) round.entry_date = date;
    if (target == model::RoundState::withdrawn) round.withdrawal_date = date;
    round.state = target;
    return round;
}

void RoundStateDialog::update()
{
    const int selection = m_choices->GetSelection();
    const auto target = selection == wxNOT_FOUND ? m_round.state : m_targets[static_cast<std::size_t>(selection)];
    const bool needs_date = target == model::RoundState::stationed || target == model::RoundState::withdrawn;
    if (needs_date) {
        m_date_label->SetLabel(target == model::RoundState::stationed ? _("Actual entry date") : _("Actual withdrawal date"));
        const auto& known = target == model::RoundState::stationed ? m_round.entry_date : m_round.withdrawal_date;
        if (m_date->IsEmpty() && known) set_date(*m_date, known);
    }
    m_date_label->Show(needs_date);
    m_date->Show(needs_date);

    wxString text;
    if (selection != wxNOT_FOUND) {
        const std::string typed = read_text(*m_date);
        if (needs_date && !typed.empty() && !model::parse_user_date(typed)) text = bad_date_message();
        model::Round round = m_round;
        const model::Round changed = candidate();
        round.entry_date = changed.entry_date;
        round.withdrawal_date = changed.withdrawal_date;
        for (const auto refusal : model::check_round_transition(round, target))
            text += (text.empty() ? wxString() : wxS("\n")) + term_label(refusal);
    }
    m_refusals->SetLabel(text);
    m_refusals->Show(!text.empty());
    Layout();
    const wxSize needed = GetBestSize();
    if (needed.x > GetSize().x || needed.y > GetSize().y)
        SetSize(wxSize(std::max(GetSize().x, needed.x), std::max(GetSize().y, needed.y)));
}

wxString RoundStateDialog::refusal_text() const
{
    return m_refusals->IsShown() ? m_refusals->GetLabel() : wxString();
}

bool RoundStateDialog::TransferDataFromWindow()
{
    update();
    if (m_choices->GetSelection() == wxNOT_FOUND || !refusal_text().empty()) return false;
    m_result = candidate();
    return true;
}

}  // namespace xuncha::app
