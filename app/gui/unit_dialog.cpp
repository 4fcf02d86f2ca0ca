#include "app/gui/unit_dialog.h"

#include "app/gui/messages.h"
#include "app/gui/unit_picker.h"

#include <wx/intl.h>
#include <wx/spinctrl.h>

namespace xuncha::app {

using model::Field;

UnitDialog::UnitDialog(wxWindow* parent, model::Unit unit, const std::vector<model::Unit>& all)
    : wxDialog(parent, wxID_ANY,
               unit.id.is_saved() ? wxString::Format(_("Edit Unit: %s"), to_wx(unit.name)) : _("Add Unit"),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_unit(std::move(unit)), m_all(all)
{
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 6)));
    grid->AddGrowableCol(1, 1);
    m_name = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(440, -1)));
    add_field(this, *grid, _("Unit name"), m_name, m_problems, Field::unit_name);
    m_short_name = new wxTextCtrl(this, wxID_ANY);
    add_field(this, *grid, _("Short name"), m_short_name, m_problems, Field::unit_short_name);
    m_type = new TermChoice<model::UnitType>(this);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Type")), wxSizerFlags().Border(wxTOP, 4).Right());
    grid->Add(m_type, wxSizerFlags().Expand());
    // A unit cannot sit under itself or its own sub-units: those are not offered.
    const auto excluded = m_unit.id.is_saved() ? std::optional(m_unit.id) : std::nullopt;
    m_parent = new UnitPickerCtrl(this, m_all, excluded);
    add_field(this, *grid, _("Parent unit"), m_parent, m_problems, Field::unit_parent);
    m_supervisor = new UnitPickerCtrl(this, m_all, excluded);
    add_field(this, *grid, _("Supervising body"), m_supervisor, m_problems, Field::unit_supervisor);
    m_jurisdiction = new wxTextCtrl(this, wxID_ANY);
    add_field(this, *grid, _("Jurisdiction"), m_jurisdiction, m_problems, Field::unit_jurisdiction);
    m_sort_order = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                                  -100000, 100000, 0);
    m_sort_order->SetToolTip(_("Position in official lists: smaller numbers come first."));
    grid->Add(new wxStaticText(this, wxID_ANY, _("Order")), wxSizerFlags().Border(wxTOP, 4).Right());
    grid->Add(m_sort_order, wxSizerFlags());
    m_remark = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 60)),
                              wxTE_MULTILINE);
    add_field(this, *grid, _("Remark"), m_remark, m_problems, Field::unit_remark);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, wxSizerFlags(1).Expand().DoubleBorder());
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);
    CentreOnParent();
}

bool UnitDialog::TransferDataToWindow()
{
    m_name->ChangeValue(to_wx(m_unit.name));
    m_short_name->ChangeValue(to_wx(m_unit.short_name));
    m_type->set_value(m_unit.type);
    m_parent->set_value(m_unit.parent_id);
    m_supervisor->set_value(m_unit.supervisor_id);
    m_jurisdiction->ChangeValue(to_wx(m_unit.jurisdiction));
    m_sort_order->SetValue(m_unit.sort_order);
    m_remark->ChangeValue(to_wx(m_unit.remark));
    return true;
}

bool UnitDialog::TransferDataFromWindow()
{
    model::Unit edited = m_unit;
    edited.name = read_text(*m_name);
    edited.short_name = read_text(*m_short_name);
    edited.type = m_type->value();
    edited.parent_id = m_parent->value();
    edited.supervisor_id = m_supervisor->value();
    edited.jurisdiction = read_text(*m_jurisdiction);
    edited.sort_order = m_sort_order->GetValue();
    edited.remark = read_text(*m_remark);

    const auto problems = model::validate(edited, m_all);
    m_problems.clear();
    for (const auto& problem : problems) {
        if (!m_problems.show(problem.field, problem_message(problem)))
            m_problems.show(Field::unit_name, field_label(problem.field) + wxS(": ") + problem_message(problem));
    }
    Layout();
    Fit();
    if (!problems.empty()) return false;
    m_unit = std::move(edited);
    return true;
}

}  // namespace xuncha::app
