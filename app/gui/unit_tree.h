#pragma once
// The unit hierarchy in a wxTreeCtrl (parent links; children in the list's official order).

#include "model/unit.h"

#include <wx/treectrl.h>

#include <functional>
#include <optional>
#include <span>

namespace xuncha::app {

// Fills `tree` (which should have wxTR_HIDE_ROOT) with the units that `keep` accepts and their
// ancestors; everything expanded when `expand_all`, else the top level. Selects `select` if shown.
void fill_unit_tree(wxTreeCtrl& tree, std::span<const model::Unit> units,
                    const std::function<bool(const model::Unit&)>& keep, std::optional<model::UnitId> select,
                    bool expand_all);

std::optional<model::UnitId> unit_of(const wxTreeCtrl& tree, const wxTreeItemId& item);

// The tree item showing `id`, or an invalid id.
wxTreeItemId find_unit_item(const wxTreeCtrl& tree, model::UnitId id);

// "城关镇 › 东街村": the unit and its ancestors, for display in one line.
std::string unit_path(std::span<const model::Unit> units, model::UnitId id);

}  // namespace xuncha::app
