#include "app/gui/coverage_dialog.h"

#include "app/gui/messages.h"
#include "app/gui/unit_tree.h"
#include "app/gui/wx_text.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace xuncha::app {

namespace {

wxString round_titles(std::span<const model::Round> rounds, const std::vector<model::RoundId>& ids)
{
    wxString text;
    for (const auto id : ids) {
        const auto it = std::find_if(rounds.begin(), rounds.end(), [&](const auto& r) { return r.id == id; });
        if (it == rounds.end()) continue;
        text += (text.empty() ? wxString() : wxString::FromUTF8("、")) + to_wx(model::round_title(*it));
    }
    return text;
}

}  // namespace

CoverageDialog::CoverageDialog(wxWindow* parent, std::span<const model::Unit> units,
                               std::span<const model::Round> rounds)
    : wxDialog(parent, wxID_ANY, _("Coverage"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_units(units), m_rounds(rounds)
{
    SetName(wxS("coverage_dialog"));
    for (const auto& round : m_rounds)
        if (std::find(m_terms.begin(), m_terms.end(), round.term) == m_terms.end()) m_terms.push_back(round.term);
    std::sort(m_terms.rbegin(), m_terms.rend());
    if (m_terms.empty()) m_terms.push_back(1);

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(this, wxID_ANY, _("Term")), wxSizerFlags().CentreVertical());
    m_term = new wxChoice(this, wxID_ANY);
    m_term->SetName(wxS("coverage_term"));
    for (const int term : m_terms) m_term->Append(to_wx(model::chinese_number(term) + "届"));
    m_term->SetSelection(0);
    row->Add(m_term, wxSizerFlags().CentreVertical().Border(wxLEFT, 6));
    m_uncovered_only = new wxCheckBox(this, wxID_ANY, _("Only units not yet inspected"));
    m_uncovered_only->SetName(wxS("coverage_uncovered_only"));
    row->Add(m_uncovered_only, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(16)));

    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_summary->SetName(wxS("coverage_summary"));
    m_summary->SetFont(m_summary->GetFont().Bold());
    m_list = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(900, 420)),
                                    wxDV_SINGLE | wxDV_ROW_LINES);
    m_list->SetName(wxS("coverage_list"));
    m_list->AppendTextColumn(_("Unit"), wxDATAVIEW_CELL_INERT, FromDIP(330));
    m_list->AppendTextColumn(_("Kind"), wxDATAVIEW_CELL_INERT, FromDIP(90));
    m_list->AppendTextColumn(_("Coverage"), wxDATAVIEW_CELL_INERT, FromDIP(90));
    m_list->AppendTextColumn(_("Rounds"), wxDATAVIEW_CELL_INERT, FromDIP(360));

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(row, wxSizerFlags().Expand().DoubleBorder());
    top->Add(m_summary, wxSizerFlags().DoubleBorder(wxLEFT | wxRIGHT));
    top->Add(m_list, wxSizerFlags(1).Expand().DoubleBorder());
    top->Add(CreateStdDialogButtonSizer(wxCLOSE), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);
    SetEscapeId(wxID_CLOSE);
    CentreOnParent();
    m_term->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { refresh(); });
    m_uncovered_only->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { refresh(); });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);
    refresh();
}

void CoverageDialog::set_term(int term)
{
    const auto it = std::find(m_terms.begin(), m_terms.end(), term);
    if (it == m_terms.end()) return;
    m_term->SetSelection(static_cast<int>(it - m_terms.begin()));
    refresh();
}

int CoverageDialog::term() const
{
    const int selection = m_term->GetSelection();
    return selection < 0 ? m_terms.front() : m_terms[static_cast<std::size_t>(selection)];
}

wxString CoverageDialog::summary_text() const
{
    return m_summary->GetLabel();
}

void CoverageDialog::refresh()
{
    std::vector<model::UnitId> ids;
    for (const auto& unit : m_units) ids.push_back(unit.id);
    m_coverage = model::coverage(ids, std::vector<model::Round>(m_rounds.begin(), m_rounds.end()), term());
    std::size_t covered = 0;
    std::size_t planned = 0;
    m_list->DeleteAllItems();
    for (std::size_t i = 0; i < m_coverage.size() && i < m_units.size(); ++i) {
        const auto& c = m_coverage[i];
        if (c.covered()) ++covered;
        else if (!c.planned_in.empty()) ++planned;
        if (m_uncovered_only->GetValue() && c.covered()) continue;
        wxString status = c.covered() ? _("Inspected") : !c.planned_in.empty() ? _("Planned") : _("Not yet");
        wxString rounds = round_titles(m_rounds, c.inspected_in);
        const wxString later = round_titles(m_rounds, c.planned_in);
        if (!later.empty()) rounds += (rounds.empty() ? wxString() : wxS("; ")) + _("planned:") + wxS(" ") + later;
        wxVector<wxVariant> row;
        row.push_back(wxVariant(to_wx(unit_path(m_units, m_units[i].id))));
        row.push_back(wxVariant(term_label(m_units[i].type)));
        row.push_back(wxVariant(status));
        row.push_back(wxVariant(rounds));
        m_list->AppendItem(row);
    }
    const std::size_t total = m_coverage.size();
    m_summary->SetLabel(wxString::Format(_("%s: %zu of %zu units inspected, %zu planned, %zu not yet covered."),
                                         to_wx(model::chinese_number(term()) + "届"), covered, total, planned,
                                         total - covered - planned));
}

}  // namespace xuncha::app
