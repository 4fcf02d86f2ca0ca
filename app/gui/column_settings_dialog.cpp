#include "app/gui/column_settings_dialog.h"

#include "app/gui/form.h"
#include "app/gui/messages.h"
#include "app/gui/person_list_model.h"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace xuncha::app {

namespace {

// The shown columns in their order, then the hidden ones in the default order.
template <class Entry>
std::vector<Entry> entries_for(const std::vector<PersonColumn>& shown)
{
    std::vector<Entry> entries;
    for (const auto column : shown) entries.push_back(Entry{column, true});
    for (const auto& info : person_columns())
        if (std::find(shown.begin(), shown.end(), info.column) == shown.end())
            entries.push_back(Entry{info.column, false});
    return entries;
}

}  // namespace

ColumnSettingsDialog::ColumnSettingsDialog(wxWindow* parent, const std::vector<PersonColumn>& shown)
    : wxDialog(parent, wxID_ANY, _("List Columns"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_entries(entries_for<Entry>(shown)), m_columns(shown)
{
    SetName(wxS("column_settings"));
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   _("Tick the columns the person list shows; move them to change their order."));
    m_list = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(260, 470)));
    m_list->SetName(wxS("columns"));

    auto* buttons = new wxBoxSizer(wxVERTICAL);
    auto* up = new wxButton(this, wxID_ANY, _("Move &Up"));
    up->SetName(wxS("move_up"));
    auto* down = new wxButton(this, wxID_ANY, _("Move &Down"));
    down->SetName(wxS("move_down"));
    auto* defaults = new wxButton(this, wxID_ANY, _("&Restore Defaults"));
    defaults->SetName(wxS("restore_defaults"));
    buttons->Add(up, wxSizerFlags().Expand());
    buttons->Add(down, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
    buttons->AddSpacer(FromDIP(16));
    buttons->Add(defaults, wxSizerFlags().Expand());

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(m_list, wxSizerFlags(1).Expand());
    row->Add(buttons, wxSizerFlags().Border(wxLEFT, FromDIP(8)));

    m_problem = make_problem_line(this);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(intro, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(10)));
    top->Add(row, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(10)));
    top->Add(m_problem, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(10)));
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);
    CentreOnParent();

    up->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move_selected(-1); });
    down->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move_selected(1); });
    defaults->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { restore_defaults(); });
    m_list->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { read_checks(); });
}

void ColumnSettingsDialog::fill(int selection)
{
    m_list->Freeze();
    m_list->Clear();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        m_list->Append(person_column_title(m_entries[i].column));
        m_list->Check(static_cast<unsigned>(i), m_entries[i].shown);
    }
    if (selection >= 0 && static_cast<std::size_t>(selection) < m_entries.size()) m_list->SetSelection(selection);
    m_list->Thaw();
}

void ColumnSettingsDialog::read_checks()
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) m_entries[i].shown = m_list->IsChecked(static_cast<unsigned>(i));
}

void ColumnSettingsDialog::move_selected(int step)
{
    read_checks();
    const int from = m_list->GetSelection();
    const int to = from + step;
    if (from < 0 || to < 0 || static_cast<std::size_t>(to) >= m_entries.size()) return;
    std::swap(m_entries[static_cast<std::size_t>(from)], m_entries[static_cast<std::size_t>(to)]);
    fill(to);
}

void ColumnSettingsDialog::restore_defaults()
{
    m_entries = entries_for<Entry>(default_person_columns());
    fill(0);
}

void ColumnSettingsDialog::set_shown(PersonColumn column, bool shown)
{
    read_checks();
    for (auto& entry : m_entries)
        if (entry.column == column) entry.shown = shown;
    fill(m_list->GetSelection());
}

bool ColumnSettingsDialog::TransferDataToWindow()
{
    fill(0);
    return true;
}

bool ColumnSettingsDialog::TransferDataFromWindow()
{
    read_checks();
    std::vector<PersonColumn> columns;
    for (const auto& entry : m_entries)
        if (entry.shown) columns.push_back(entry.column);
    if (columns.empty()) {
        m_problem->SetLabel(_("Tick at least one column."));
        m_problem->Show();
        Layout();
        return false;
    }
    m_columns = std::move(columns);
    return true;
}

}  // namespace xuncha::app
