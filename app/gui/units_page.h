#pragma once
// The unit hierarchy (a tree by parent links) with the selected unit's details and its commands.

#include "model/round.h"
#include "model/unit.h"

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

class wxTreeCtrl;
class wxStaticText;
class wxSplitterWindow;

namespace xuncha::app {

class UnitsPage : public wxPanel {
public:
    struct Callbacks {
        std::function<void()> add;     // a sub-unit of the selected unit (top level when none)
        std::function<void()> edit;
        std::function<void()> remove;
        std::function<void()> avoiders;  // everyone who must avoid the selected unit
        std::function<void()> coverage;  // coverage per 届
    };

    UnitsPage(wxWindow* parent, Callbacks callbacks);

    // `people_per_unit`: how many people work in each unit, shown in the details; `rounds` give each
    // unit's inspection history.
    void set_units(const std::vector<model::Unit>& units,
                   std::unordered_map<model::UnitId, std::size_t> people_per_unit,
                   const std::vector<model::Round>& rounds);
    std::optional<model::UnitId> selected_unit() const;
    void select_unit(model::UnitId id);

    wxTreeCtrl* tree() const { return m_tree; }

private:
    void show_details();

    Callbacks m_callbacks;
    std::vector<model::Unit> m_units;
    std::unordered_map<model::UnitId, std::size_t> m_people_per_unit;
    std::vector<model::Round> m_rounds;
    wxSplitterWindow* m_splitter = nullptr;
    wxTreeCtrl* m_tree = nullptr;
    wxPanel* m_details = nullptr;
};

}  // namespace xuncha::app
