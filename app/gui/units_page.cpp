#include "app/gui/units_page.h"

#include "app/gui/unit_tree.h"
#include "app/gui/wx_text.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/persist/splitter.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/treectrl.h>

namespace xuncha::app {

UnitsPage::UnitsPage(wxWindow* parent, Callbacks callbacks) : wxPanel(parent), m_callbacks(std::move(callbacks))
{
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* add = new wxButton(this, wxID_ANY, _("Add Sub-unit..."));
    auto* edit = new wxButton(this, wxID_ANY, _("Edit..."));
    auto* remove = new wxButton(this, wxID_ANY, _("Remove"));
    buttons->Add(add);
    buttons->Add(edit, wxSizerFlags().Border(wxLEFT, 6));
    buttons->Add(remove, wxSizerFlags().Border(wxLEFT, 6));
    auto* avoiders = new wxButton(this, wxID_ANY, _("Who Must Avoid It..."));
    avoiders->SetName(wxS("unit_avoiders"));
    avoiders->SetToolTip(_("Everyone who may not inspect the selected unit, and why"));
    auto* coverage = new wxButton(this, wxID_ANY, _("Coverage..."));
    coverage->SetName(wxS("unit_coverage"));
    buttons->Add(avoiders, wxSizerFlags().Border(wxLEFT, FromDIP(18)));
    buttons->Add(coverage, wxSizerFlags().Border(wxLEFT, 6));

    m_splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3D);
    m_splitter->SetName(wxS("units_splitter"));
    m_splitter->SetMinimumPaneSize(FromDIP(120));
    m_tree = new wxTreeCtrl(m_splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxTR_HIDE_ROOT | wxTR_HAS_BUTTONS | wxTR_SINGLE | wxTR_LINES_AT_ROOT);
    m_details = new wxPanel(m_splitter);
    m_splitter->SplitVertically(m_tree, m_details, FromDIP(380));
    wxPersistentRegisterAndRestore(m_splitter, wxS("units_splitter"));

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(buttons, wxSizerFlags().Border(wxALL, FromDIP(6)));
    top->Add(m_splitter, wxSizerFlags(1).Expand());
    SetSizer(top);

    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { if (m_callbacks.add) m_callbacks.add(); });
    edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { if (m_callbacks.edit) m_callbacks.edit(); });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { if (m_callbacks.remove) m_callbacks.remove(); });
    avoiders->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { if (m_callbacks.avoiders) m_callbacks.avoiders(); });
    coverage->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { if (m_callbacks.coverage) m_callbacks.coverage(); });
    const auto need_selection = [this](wxUpdateUIEvent& e) { e.Enable(selected_unit().has_value()); };
    avoiders->Bind(wxEVT_UPDATE_UI, need_selection);
    edit->Bind(wxEVT_UPDATE_UI, need_selection);
    remove->Bind(wxEVT_UPDATE_UI, need_selection);
    add->Bind(wxEVT_UPDATE_UI, [this, add](wxUpdateUIEvent&) {
        const wxString label = selected_unit() ? _("Add Sub-unit...") : _("Add Unit...");
        if (add->GetLabel() != label) {
            add->SetLabel(label);
            Layout();
        }
    });
    m_tree->Bind(wxEVT_TREE_SEL_CHANGED, [this](wxTreeEvent&) { show_details(); });
    m_tree->Bind(wxEVT_TREE_ITEM_ACTIVATED, [this](wxTreeEvent&) { if (m_callbacks.edit) m_callbacks.edit(); });
    show_details();
}

void UnitsPage::set_units(const std::vector<model::Unit>& units,
                          std::unordered_map<model::UnitId, std::size_t> people_per_unit,
                          const std::vector<model::Round>& rounds)
{
    const auto selected = selected_unit();
    m_units = units;
    m_people_per_unit = std::move(people_per_unit);
    m_rounds = rounds;
    fill_unit_tree(*m_tree, m_units, {}, selected, false);
    show_details();
}

std::optional<model::UnitId> UnitsPage::selected_unit() const
{
    return unit_of(*m_tree, m_tree->GetSelection());
}

void UnitsPage::select_unit(model::UnitId id)
{
    const wxTreeItemId item = find_unit_item(*m_tree, id);
    if (!item.IsOk()) return;
    m_tree->EnsureVisible(item);
    m_tree->SelectItem(item);
    show_details();
}

void UnitsPage::show_details()
{
    m_details->Freeze();
    m_details->DestroyChildren();
    auto* top = new wxBoxSizer(wxVERTICAL);
    const int gap = FromDIP(10);
    const auto id = selected_unit();
    const model::Unit* unit = nullptr;
    for (const auto& candidate : m_units)
        if (id && candidate.id == *id) unit = &candidate;

    if (!unit) {
        auto* hint = new wxStaticText(m_details, wxID_ANY,
                                      m_units.empty() ? _("No units yet. Add the first one with \"Add Unit...\".")
                                                      : _("Select a unit to see its details."));
        hint->SetForegroundColour(wxColour(110, 110, 110));
        top->Add(hint, wxSizerFlags().Border(wxALL, gap));
    } else {
        auto* name = new wxStaticText(m_details, wxID_ANY, to_wx(unit->name));
        name->SetFont(name->GetFont().Bold().Scaled(1.3f));
        top->Add(name, wxSizerFlags().Border(wxALL, gap));
        auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(12, 6)));
        grid->AddGrowableCol(1, 1);
        const auto add = [&](const wxString& label, const wxString& value) {
            auto* caption = new wxStaticText(m_details, wxID_ANY, label);
            caption->SetForegroundColour(wxColour(100, 100, 100));
            grid->Add(caption, wxSizerFlags().Right());
            grid->Add(new wxStaticText(m_details, wxID_ANY, value.empty() ? wxString(wxS("—")) : value));
        };
        add(_("Short name"), to_wx(unit->short_name));
        add(_("Type"), term_label(unit->type));
        add(_("Parent unit"), unit->parent_id ? to_wx(unit_path(m_units, *unit->parent_id)) : wxString());
        add(_("Supervising body"),
            unit->supervisor_id ? to_wx(unit_path(m_units, *unit->supervisor_id)) : wxString());
        add(_("Jurisdiction"), to_wx(unit->jurisdiction));
        const auto count = m_people_per_unit.find(unit->id);
        add(_("People working here"),
            wxString::Format(wxS("%zu"), count == m_people_per_unit.end() ? std::size_t{0} : count->second));
        wxString flags;
        for (const auto& flag : unit->profile_flags)
            flags += (flags.empty() ? wxString() : wxString::FromUTF8("、")) + to_wx(flag);
        add(_("Profile flags"), flags);
        add(_("Remark"), to_wx(unit->remark));
        top->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
        if (!unit->leaders.empty()) {
            auto* heading = new wxStaticText(m_details, wxID_ANY, _("Leadership members"));
            heading->SetFont(heading->GetFont().Bold());
            top->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
            auto* leaders = new wxFlexGridSizer(3, FromDIP(wxSize(12, 4)));
            for (const auto& leader : unit->leaders) {
                leaders->Add(new wxStaticText(m_details, wxID_ANY, to_wx(leader.name)));
                wxString post = to_wx(leader.post);
                if (leader.principal_head) post += wxS(" ") + _("(principal head)");
                leaders->Add(new wxStaticText(m_details, wxID_ANY, post));
                const wxString from = leader.start ? to_wx(model::to_iso(*leader.start)) : wxString(wxS("?"));
                const wxString to = leader.end ? to_wx(model::to_iso(*leader.end)) : _("now");
                auto* period = new wxStaticText(m_details, wxID_ANY, from + wxString::FromUTF8(" — ") + to);
                period->SetForegroundColour(wxColour(100, 100, 100));
                leaders->Add(period);
            }
            top->Add(leaders, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
        }
        auto* heading = new wxStaticText(m_details, wxID_ANY, _("Inspection history"));
        heading->SetFont(heading->GetFont().Bold());
        top->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
        const auto history = model::inspections_of(unit->id, m_rounds);
        if (history.empty()) {
            auto* none = new wxStaticText(m_details, wxID_ANY, _("Not inspected in any recorded round."));
            none->SetForegroundColour(wxColour(100, 100, 100));
            top->Add(none, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
        } else {
            auto* rounds = new wxFlexGridSizer(4, FromDIP(wxSize(12, 4)));
            for (const auto& inspection : history) {
                rounds->Add(new wxStaticText(m_details, wxID_ANY, to_wx(inspection.round_title)));
                rounds->Add(new wxStaticText(m_details, wxID_ANY, to_wx(inspection.group_name)));
                rounds->Add(new wxStaticText(m_details, wxID_ANY, term_label(inspection.state)));
                auto* date = new wxStaticText(
                    m_details, wxID_ANY,
                    inspection.entry_date ? to_wx(model::to_iso(*inspection.entry_date)) : wxString(wxS("—")));
                date->SetForegroundColour(wxColour(100, 100, 100));
                rounds->Add(date);
            }
            top->Add(rounds, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
        }
    }
    m_details->SetSizer(top);
    m_details->Layout();
    m_details->Thaw();
}

}  // namespace xuncha::app
