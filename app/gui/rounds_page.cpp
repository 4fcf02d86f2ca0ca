#include "app/gui/rounds_page.h"

#include "app/gui/wx_text.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace xuncha::app {

namespace {

wxString date_text(const std::optional<model::Date>& date)
{
    return date ? to_wx(model::to_iso(*date)) : wxString();
}

}  // namespace

RoundsPage::RoundsPage(wxWindow* parent, Callbacks callbacks) : wxPanel(parent), m_callbacks(std::move(callbacks))
{
    SetName(wxS("rounds_page"));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    const auto button = [&](const wxString& label, const wxString& name, std::function<void()>& action,
                            bool needs_selection) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->SetName(name);
        buttons->Add(b, wxSizerFlags().Border(wxRIGHT, 6));
        b->Bind(wxEVT_BUTTON, [&action](wxCommandEvent&) { if (action) action(); });
        if (needs_selection)
            b->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(selected_round().has_value()); });
    };
    button(_("Add Round..."), wxS("round_add"), m_callbacks.add, false);
    button(_("Edit..."), wxS("round_edit"), m_callbacks.edit, true);
    button(_("Remove"), wxS("round_remove"), m_callbacks.remove, true);
    button(_("Change State..."), wxS("round_state"), m_callbacks.change_state, true);
    buttons->AddSpacer(FromDIP(12));
    button(_("Conflict Matrix..."), wxS("round_matrix"), m_callbacks.matrix, true);
    button(_("Coverage..."), wxS("round_coverage"), m_callbacks.coverage, false);

    m_list = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_SINGLE | wxDV_ROW_LINES);
    m_list->SetName(wxS("rounds_list"));
    m_list->AppendTextColumn(_("Round"), wxDATAVIEW_CELL_INERT, FromDIP(300));
    m_list->AppendTextColumn(_("Mode"), wxDATAVIEW_CELL_INERT, FromDIP(100));
    m_list->AppendTextColumn(_("State"), wxDATAVIEW_CELL_INERT, FromDIP(130));
    m_list->AppendTextColumn(_("Planned entry"), wxDATAVIEW_CELL_INERT, FromDIP(100));
    m_list->AppendTextColumn(_("Planned withdrawal"), wxDATAVIEW_CELL_INERT, FromDIP(100));
    m_list->AppendTextColumn(_("Groups"), wxDATAVIEW_CELL_INERT, FromDIP(60));
    m_list->AppendTextColumn(_("Units inspected"), wxDATAVIEW_CELL_INERT, FromDIP(70));

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(buttons, wxSizerFlags().Border(wxALL, FromDIP(6)));
    top->Add(m_list, wxSizerFlags(1).Expand());
    SetSizer(top);
    m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
        if (m_callbacks.edit) m_callbacks.edit();
    });
}

void RoundsPage::set_rounds(const std::vector<model::Round>& rounds)
{
    const auto keep = selected_round();
    m_rounds = rounds;
    m_list->DeleteAllItems();
    for (const auto& round : m_rounds) {
        std::size_t units = 0;
        for (const auto& group : round.groups) units += group.unit_ids.size();
        wxVector<wxVariant> row;
        row.push_back(wxVariant(to_wx(model::round_title(round))));
        row.push_back(wxVariant(term_label(round.mode)));
        row.push_back(wxVariant(term_label(round.state)));
        row.push_back(wxVariant(date_text(round.planned_entry)));
        row.push_back(wxVariant(date_text(round.planned_withdrawal)));
        row.push_back(wxVariant(wxString::Format(wxS("%zu"), round.groups.size())));
        row.push_back(wxVariant(wxString::Format(wxS("%zu"), units)));
        m_list->AppendItem(row);
    }
    if (keep) select_round(*keep);
}

std::optional<model::RoundId> RoundsPage::selected_round() const
{
    const int row = m_list->GetSelectedRow();
    if (row < 0 || static_cast<std::size_t>(row) >= m_rounds.size()) return std::nullopt;
    return m_rounds[static_cast<std::size_t>(row)].id;
}

void RoundsPage::select_round(model::RoundId id)
{
    for (std::size_t i = 0; i < m_rounds.size(); ++i)
        if (m_rounds[i].id == id) {
            m_list->SelectRow(static_cast<unsigned>(i));
            m_list->EnsureVisible(m_list->RowToItem(static_cast<int>(i)));
        }
}

}  // namespace xuncha::app
