#include "app/gui/record_list.h"

#include "app/gui/form.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace xuncha::app {

RecordList::RecordList(wxWindow* parent, const wxString& caption, const std::vector<Column>& columns,
                       const wxString& name, int height)
    : wxPanel(parent, wxID_ANY), m_name(name)
{
    SetName(name);
    m_list = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, height)),
                                    wxDV_SINGLE | wxDV_ROW_LINES);
    m_list->SetName(name + wxS("_list"));
    // Fixed widths: pitfalls.md, never autosize columns on GTK.
    for (const auto& column : columns)
        m_list->AppendTextColumn(column.title, wxDATAVIEW_CELL_INERT, FromDIP(column.width));

    m_buttons = new wxBoxSizer(wxVERTICAL);
    auto* add = new wxButton(this, wxID_ANY, _("Add..."));
    add->SetName(name + wxS("_add"));
    auto* edit = new wxButton(this, wxID_ANY, _("Edit..."));
    edit->SetName(name + wxS("_edit"));
    auto* remove = new wxButton(this, wxID_ANY, _("Remove"));
    remove->SetName(name + wxS("_remove"));
    m_buttons->Add(add, wxSizerFlags().Expand());
    m_buttons->Add(edit, wxSizerFlags().Expand().Border(wxTOP, 4));
    m_buttons->Add(remove, wxSizerFlags().Expand().Border(wxTOP, 4));

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(m_list, wxSizerFlags(1).Expand());
    row->Add(m_buttons, wxSizerFlags().Border(wxLEFT));

    m_problem = make_problem_line(this);
    auto* top = new wxBoxSizer(wxVERTICAL);
    if (!caption.empty()) {
        auto* title = new wxStaticText(this, wxID_ANY, caption);
        title->SetFont(title->GetFont().Bold());
        top->Add(title, wxSizerFlags().Border(wxBOTTOM, 4));
    }
    top->Add(row, wxSizerFlags(1).Expand());
    top->Add(m_problem, wxSizerFlags().Border(wxTOP, 2));
    SetSizer(top);

    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (on_edit) on_edit(-1);
    });
    edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (on_edit && selected() >= 0) on_edit(selected());
    });
    m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
        if (on_edit && selected() >= 0) on_edit(selected());
    });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (on_remove && selected() >= 0) on_remove(selected());
    });
    m_list->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        if (on_select) on_select(selected());
    });
    const auto needs_row = [this](wxUpdateUIEvent& e) { e.Enable(selected() >= 0); };
    edit->Bind(wxEVT_UPDATE_UI, needs_row);
    remove->Bind(wxEVT_UPDATE_UI, needs_row);
}

void RecordList::set_rows(const std::vector<std::vector<wxString>>& rows)
{
    const int keep = selected();
    m_list->DeleteAllItems();
    for (const auto& cells : rows) {
        wxVector<wxVariant> row;
        for (const auto& cell : cells) row.push_back(wxVariant(cell));
        while (row.size() < m_list->GetColumnCount()) row.push_back(wxVariant(wxString()));
        m_list->AppendItem(row);
    }
    if (keep >= 0 && static_cast<std::size_t>(keep) < rows.size()) m_list->SelectRow(static_cast<unsigned>(keep));
    if (on_select) on_select(selected());
}

int RecordList::selected() const
{
    return m_list->GetSelectedRow();
}

void RecordList::select(int row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= row_count()) {
        m_list->UnselectAll();
    } else {
        m_list->SelectRow(static_cast<unsigned>(row));
        m_list->EnsureVisible(m_list->RowToItem(row));
    }
    if (on_select) on_select(selected());
}

std::size_t RecordList::row_count() const
{
    return static_cast<std::size_t>(m_list->GetItemCount());
}

wxButton* RecordList::add_button(const wxString& label, const wxString& name, std::function<void(int row)> action)
{
    auto* button = new wxButton(this, wxID_ANY, label);
    button->SetName(m_name + wxS("_") + name);
    m_buttons->Add(button, wxSizerFlags().Expand().Border(wxTOP, 4));
    button->Bind(wxEVT_BUTTON, [this, action = std::move(action)](wxCommandEvent&) {
        if (selected() >= 0) action(selected());
    });
    button->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(selected() >= 0); });
    return button;
}

}  // namespace xuncha::app
