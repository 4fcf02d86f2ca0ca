#pragma once
// Choosing a unit: a read-only field with a "Choose..." button that opens a searchable tree
// (name, short name, pinyin or initials). Reused wherever a unit is referenced.

#include "model/unit.h"

#include <wx/dialog.h>
#include <wx/panel.h>

#include <optional>
#include <span>
#include <string>
#include <vector>

class wxSearchCtrl;
class wxTextCtrl;
class wxTreeCtrl;
class wxTreeEvent;

namespace xuncha::app {

class UnitPickerDialog : public wxDialog {
public:
    UnitPickerDialog(wxWindow* parent, std::span<const model::Unit> units, std::optional<model::UnitId> current,
                     std::optional<model::UnitId> excluded_subtree = std::nullopt);

    std::optional<model::UnitId> selection() const { return m_selection; }

    bool TransferDataFromWindow() override;

private:
    void refill();

    std::span<const model::Unit> m_units;
    std::vector<std::pair<std::string, std::string>> m_pinyin;  // per unit: syllables, initials
    std::optional<model::UnitId> m_selection;
    std::optional<model::UnitId> m_excluded;
    wxSearchCtrl* m_search = nullptr;
    wxTreeCtrl* m_tree = nullptr;
};

class UnitPickerCtrl : public wxPanel {
public:
    // `units` must outlive the control. `excluded_subtree`: a unit (and its sub-units) not offered,
    // e.g. the unit being edited when choosing its parent.
    UnitPickerCtrl(wxWindow* parent, std::span<const model::Unit> units,
                   std::optional<model::UnitId> excluded_subtree = std::nullopt);

    void set_value(std::optional<model::UnitId> id);
    std::optional<model::UnitId> value() const { return m_value; }

    bool SetBackgroundColour(const wxColour& colour) override;

private:
    void show_value();

    std::span<const model::Unit> m_units;
    std::optional<model::UnitId> m_excluded;
    std::optional<model::UnitId> m_value;
    wxTextCtrl* m_text = nullptr;
};

}  // namespace xuncha::app
