#include "app/gui/unit_picker.h"

#include "app/gui/messages.h"
#include "app/gui/unit_tree.h"
#include "app/gui/wx_text.h"
#include "model/pinyin.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>

#include <unordered_map>

namespace xuncha::app {

namespace {

// True when `unit` is `root` or lies under it through parent links.
bool in_subtree(std::span<const model::Unit> units, const model::Unit& unit, model::UnitId root)
{
    std::unordered_map<model::UnitId, const model::Unit*> by_id;
    for (const auto& u : units) by_id[u.id] = &u;
    const model::Unit* current = &unit;
    for (std::size_t depth = 0; current && depth <= units.size(); ++depth) {
        if (current->id == root) return true;
        if (!current->parent_id) return false;
        const auto it = by_id.find(*current->parent_id);
        current = it == by_id.end() ? nullptr : it->second;
    }
    return false;
}

}  // namespace

UnitPickerDialog::UnitPickerDialog(wxWindow* parent, std::span<const model::Unit> units,
                                   std::optional<model::UnitId> current,
                                   std::optional<model::UnitId> excluded_subtree)
    : wxDialog(parent, wxID_ANY, _("Choose a Unit"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_units(units), m_selection(current), m_excluded(excluded_subtree)
{
    m_pinyin.reserve(units.size());
    for (const auto& unit : units) {
        const auto reading = model::name_pinyin(unit.name);
        m_pinyin.emplace_back(reading.syllables, reading.initials);
    }

    auto* top = new wxBoxSizer(wxVERTICAL);
    m_search = new wxSearchCtrl(this, wxID_ANY);
    m_search->SetDescriptiveText(_("Search by name or pinyin"));
    m_search->ShowCancelButton(true);
    top->Add(m_search, wxSizerFlags().Expand().Border());
    m_tree = new wxTreeCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(420, 420)),
                            wxTR_HIDE_ROOT | wxTR_HAS_BUTTONS | wxTR_SINGLE | wxTR_LINES_AT_ROOT);
    top->Add(m_tree, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT));
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);

    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { refill(); });
    m_search->Bind(wxEVT_SEARCH_CANCEL, [this](wxCommandEvent&) { m_search->Clear(); });
    m_tree->Bind(wxEVT_TREE_ITEM_ACTIVATED, [this](wxTreeEvent&) {
        if (Validate() && TransferDataFromWindow()) EndModal(wxID_OK);
    });
    refill();
    m_search->SetFocus();
}

void UnitPickerDialog::refill()
{
    const model::NameQuery query(from_wx(m_search->GetValue()));
    std::unordered_map<model::UnitId, std::size_t> index;
    for (std::size_t i = 0; i < m_units.size(); ++i) index[m_units[i].id] = i;
    const auto keep = [&](const model::Unit& unit) {
        if (m_excluded && in_subtree(m_units, unit, *m_excluded)) return false;
        if (query.empty()) return true;
        const auto& [syllables, initials] = m_pinyin[index[unit.id]];
        return query.matches(unit.name, syllables, initials) ||
               (!unit.short_name.empty() && query.matches(unit.short_name, "", ""));
    };
    fill_unit_tree(*m_tree, m_units, keep, m_selection, !query.empty());
}

bool UnitPickerDialog::TransferDataFromWindow()
{
    const auto id = unit_of(*m_tree, m_tree->GetSelection());
    if (!id) return false;  // nothing chosen: stay open
    m_selection = id;
    return true;
}

UnitPickerCtrl::UnitPickerCtrl(wxWindow* parent, std::span<const model::Unit> units,
                               std::optional<model::UnitId> excluded_subtree)
    : wxPanel(parent, wxID_ANY), m_units(units), m_excluded(excluded_subtree)
{
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    m_text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(240, -1)), wxTE_READONLY);
    row->Add(m_text, wxSizerFlags(1).Expand());
    auto* choose = new wxButton(this, wxID_ANY, _("Choose..."));
    row->Add(choose, wxSizerFlags().Border(wxLEFT, 4));
    auto* clear = new wxButton(this, wxID_ANY, _("Clear"));
    row->Add(clear, wxSizerFlags().Border(wxLEFT, 4));
    SetSizer(row);

    choose->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        UnitPickerDialog dialog(this, m_units, m_value, m_excluded);
        if (dialog.ShowModal() == wxID_OK) set_value(dialog.selection());
    });
    clear->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { set_value(std::nullopt); });
    m_text->Bind(wxEVT_LEFT_DCLICK, [choose](wxMouseEvent&) {
        wxCommandEvent click(wxEVT_BUTTON, choose->GetId());
        click.SetEventObject(choose);
        choose->ProcessWindowEvent(click);
    });
}

void UnitPickerCtrl::set_value(std::optional<model::UnitId> id)
{
    m_value = id;
    show_value();
}

void UnitPickerCtrl::show_value()
{
    m_text->ChangeValue(m_value ? to_wx(unit_path(m_units, *m_value)) : wxString());
}

bool UnitPickerCtrl::SetBackgroundColour(const wxColour& colour)
{
    // The problem highlight belongs on the text, not on the panel around it.
    return m_text ? m_text->SetBackgroundColour(colour) : wxPanel::SetBackgroundColour(colour);
}

}  // namespace xuncha::app
