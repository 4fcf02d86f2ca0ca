#pragma once
// A unit: name, short name, type, parent, 主管部门, jurisdiction, remark. A view of a model::Unit
// value validated with model::validate(unit, all units) on OK.

#include "app/gui/form.h"
#include "model/unit.h"

#include <wx/dialog.h>

#include <vector>

class wxSpinCtrl;

namespace xuncha::app {

class UnitPickerCtrl;

class UnitDialog : public wxDialog {
public:
    // `all` (every unit, the edited one included when it is saved) must outlive the dialog.
    UnitDialog(wxWindow* parent, model::Unit unit, const std::vector<model::Unit>& all);

    const model::Unit& unit() const { return m_unit; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

    wxString problem_text(model::Field field) const { return m_problems.shown(field); }

private:
    model::Unit m_unit;
    const std::vector<model::Unit>& m_all;
    FieldProblems m_problems;
    wxTextCtrl* m_name = nullptr;
    wxTextCtrl* m_short_name = nullptr;
    TermChoice<model::UnitType>* m_type = nullptr;
    UnitPickerCtrl* m_parent = nullptr;
    UnitPickerCtrl* m_supervisor = nullptr;
    wxTextCtrl* m_jurisdiction = nullptr;
    wxTextCtrl* m_remark = nullptr;
    wxSpinCtrl* m_sort_order = nullptr;
};

}  // namespace xuncha::app
