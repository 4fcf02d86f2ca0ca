#include "app/gui/avoidance_findings_dialog.h"

#include "app/gui/messages.h"
#include "app/gui/person_picker.h"
#include "app/gui/unit_picker.h"
#include "app/gui/unit_tree.h"
#include "app/gui/wx_text.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace xuncha::app {

AvoidanceFindingsDialog::AvoidanceFindingsDialog(wxWindow* parent, const wxString& person, Check check,
                                                 const model::Date& as_of, std::span<const model::Unit> units,
                                                 std::span<const model::PersonSummary> people)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Avoidance Check: %s"), person), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_check(std::move(check)), m_units(units), m_people(people), m_person_mode(true)
{
    build(wxString::Format(_("Why %s may not inspect a unit"), person), true, as_of);
    m_summary->SetLabel(_("Choose a unit, or check every unit at once."));
}

AvoidanceFindingsDialog::AvoidanceFindingsDialog(wxWindow* parent, const model::Unit& unit,
                                                 std::vector<model::Finding> findings, const model::Date& as_of,
                                                 std::span<const model::Unit> units,
                                                 std::span<const model::PersonSummary> people)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Who Must Avoid %s"), to_wx(unit.name)), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_units(units), m_people(people), m_findings(std::move(findings))
{
    build(wxString::Format(_("Everyone who may not inspect %s"), to_wx(unit.name)), false, as_of);
    show_findings();
}

void AvoidanceFindingsDialog::build(const wxString& heading, bool with_picker, const model::Date& as_of)
{
    SetName(wxS("avoidance_findings_dialog"));
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, heading);
    title->SetFont(title->GetFont().Bold());
    top->Add(title, wxSizerFlags().DoubleBorder(wxLEFT | wxRIGHT | wxTOP));
    if (with_picker) {
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(new wxStaticText(this, wxID_ANY, _("Unit")), wxSizerFlags().CentreVertical());
        m_picker = new UnitPickerCtrl(this, m_units);
        m_picker->SetName(wxS("findings_unit"));
        row->Add(m_picker, wxSizerFlags(1).Border(wxLEFT, 6));
        auto* check = new wxButton(this, wxID_ANY, _("Check"));
        check->SetName(wxS("findings_check"));
        auto* all = new wxButton(this, wxID_ANY, _("Check Every Unit"));
        all->SetName(wxS("findings_check_all"));
        row->Add(check, wxSizerFlags().Border(wxLEFT, 6));
        row->Add(all, wxSizerFlags().Border(wxLEFT, 6));
        top->Add(row, wxSizerFlags().Expand().DoubleBorder(wxLEFT | wxRIGHT | wxTOP));
        check->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            if (m_picker->value()) choose_unit(m_picker->value());
        });
        check->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(m_picker->value().has_value()); });
        all->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose_unit(std::nullopt); });
    }
    auto* note = new wxStaticText(this, wxID_ANY,
                                  wxString::Format(_("As of %s, with the office's current avoidance rules."),
                                                   to_wx(model::to_iso(as_of))));
    note->SetForegroundColour(wxColour(100, 100, 100));
    top->Add(note, wxSizerFlags().DoubleBorder(wxLEFT | wxRIGHT | wxTOP));
    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_summary->SetName(wxS("findings_summary"));
    top->Add(m_summary, wxSizerFlags().DoubleBorder(wxLEFT | wxRIGHT | wxTOP));
    m_list = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(900, 220)),
                                    wxDV_SINGLE | wxDV_ROW_LINES);
    m_list->SetName(wxS("findings_list"));
    m_list->AppendTextColumn(_("Person"), wxDATAVIEW_CELL_INERT, FromDIP(150));
    m_list->AppendTextColumn(_("Unit"), wxDATAVIEW_CELL_INERT, FromDIP(250));
    m_list->AppendTextColumn(_("Rule"), wxDATAVIEW_CELL_INERT, FromDIP(360));
    m_list->AppendTextColumn(_("Severity"), wxDATAVIEW_CELL_INERT, FromDIP(80));
    top->Add(m_list, wxSizerFlags(1).Expand().DoubleBorder(wxLEFT | wxRIGHT | wxTOP));
    m_explanation = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 100)),
                                   wxTE_MULTILINE | wxTE_READONLY);
    m_explanation->SetName(wxS("findings_explanation"));
    top->Add(m_explanation, wxSizerFlags().Expand().DoubleBorder(wxLEFT | wxRIGHT | wxTOP));
    top->Add(CreateStdDialogButtonSizer(wxCLOSE), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);
    SetMinSize(GetSize());
    SetEscapeId(wxID_CLOSE);
    CentreOnParent();
    m_list->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { show_explanation(); });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);
}

void AvoidanceFindingsDialog::choose_unit(std::optional<model::UnitId> unit)
{
    if (!m_check) return;
    if (m_picker) m_picker->set_value(unit);
    std::vector<model::UnitId> ids;
    if (unit) ids.push_back(*unit);
    else
        for (const auto& u : m_units) ids.push_back(u.id);
    m_findings = m_check(ids);
    show_findings();
}

void AvoidanceFindingsDialog::show_findings()
{
    m_list->DeleteAllItems();
    std::size_t hard = 0;
    for (const auto& finding : m_findings) {
        if (finding.severity == model::Severity::hard) ++hard;
        wxVector<wxVariant> row;
        row.push_back(wxVariant(person_label(m_people, finding.person_id)));
        row.push_back(wxVariant(finding.unit_id ? to_wx(unit_path(m_units, *finding.unit_id)) : wxString()));
        row.push_back(wxVariant(to_wx(model::rule_label(finding.rule, finding.severity))));
        row.push_back(wxVariant(term_label(finding.severity)));
        m_list->AppendItem(row);
    }
    if (m_findings.empty())
        m_summary->SetLabel(m_person_mode ? _("No avoidance rule applies: the person may inspect it.")
                                          : _("Nobody has to avoid this unit."));
    else
        m_summary->SetLabel(wxString::Format(_("%zu findings: %zu hard, %zu soft."), m_findings.size(), hard,
                                             m_findings.size() - hard));
    if (!m_findings.empty()) select(0);
    else m_explanation->ChangeValue(wxString());
}

void AvoidanceFindingsDialog::select(int row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_findings.size()) return;
    m_list->SelectRow(static_cast<unsigned>(row));
    show_explanation();
}

void AvoidanceFindingsDialog::show_explanation()
{
    const int row = m_list->GetSelectedRow();
    if (row < 0 || static_cast<std::size_t>(row) >= m_findings.size()) {
        m_explanation->ChangeValue(wxString());
        return;
    }
    const auto& chosen = m_findings[static_cast<std::size_t>(row)];
    // Every finding of the same person and unit, so that the whole chain is read at once.
    wxString text;
    for (const auto& finding : m_findings)
        if (finding.person_id == chosen.person_id && finding.unit_id == chosen.unit_id)
            text += (text.empty() ? wxString() : wxS("\n")) + wxS("• ") + to_wx(model::explanation(finding));
    m_explanation->ChangeValue(text);
}

wxString AvoidanceFindingsDialog::explanation_text() const
{
    return m_explanation->GetValue();
}

wxString AvoidanceFindingsDialog::summary_text() const
{
    return m_summary->GetLabel();
}

}  // namespace xuncha::app
