#include "app/gui/unit_tree.h"

#include "app/gui/wx_text.h"

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace xuncha::app {

namespace {

class UnitItemData : public wxTreeItemData {
public:
    explicit UnitItemData(model::UnitId id) : m_id(id) {}
    model::UnitId id() const { return m_id; }

private:
    model::UnitId m_id;
};

}  // namespace

void fill_unit_tree(wxTreeCtrl& tree, std::span<const model::Unit> units,
                    const std::function<bool(const model::Unit&)>& keep, std::optional<model::UnitId> select,
                    bool expand_all)
{
    std::unordered_map<model::UnitId, const model::Unit*> by_id;
    for (const auto& unit : units) by_id[unit.id] = &unit;

    // A parent that is missing (or a cycle) puts the unit at the top level instead of losing it.
    const auto parent_of = [&](const model::Unit& unit) -> std::optional<model::UnitId> {
        if (!unit.parent_id || !by_id.count(*unit.parent_id) || *unit.parent_id == unit.id) return std::nullopt;
        return unit.parent_id;
    };

    std::unordered_set<model::UnitId> shown;
    for (const auto& unit : units) {
        if (keep && !keep(unit)) continue;
        std::optional<model::UnitId> id = unit.id;
        for (std::size_t depth = 0; id && depth <= units.size() && shown.insert(*id).second; ++depth)
            id = parent_of(*by_id[*id]);
    }

    std::unordered_map<model::UnitId, std::vector<const model::Unit*>> children;
    std::vector<const model::Unit*> roots;
    for (const auto& unit : units) {
        if (!shown.count(unit.id)) continue;
        if (const auto parent = parent_of(unit)) children[*parent].push_back(&unit);
        else roots.push_back(&unit);
    }

    tree.Freeze();
    tree.DeleteAllItems();
    const wxTreeItemId root = tree.AddRoot(wxString());
    wxTreeItemId selected;
    std::unordered_set<model::UnitId> placed;
    const std::function<void(const wxTreeItemId&, const model::Unit&)> add = [&](const wxTreeItemId& parent,
                                                                                 const model::Unit& unit) {
        if (!placed.insert(unit.id).second) return;  // guards against cycles
        const wxTreeItemId item = tree.AppendItem(parent, to_wx(unit.name), -1, -1, new UnitItemData(unit.id));
        if (select && *select == unit.id) selected = item;
        for (const auto* child : children[unit.id]) add(item, *child);
    };
    for (const auto* unit : roots) add(root, *unit);
    // Units caught in a parent cycle never hang under a root: show them at the top level.
    for (const auto& unit : units)
        if (shown.count(unit.id) && !placed.count(unit.id)) add(root, unit);

    if (expand_all) {
        tree.ExpandAll();
    } else {
        wxTreeItemIdValue cookie;
        for (wxTreeItemId item = tree.GetFirstChild(root, cookie); item.IsOk(); item = tree.GetNextChild(root, cookie))
            tree.Expand(item);
    }
    if (selected.IsOk()) {
        tree.EnsureVisible(selected);
        tree.SelectItem(selected);
    }
    tree.Thaw();
}

std::optional<model::UnitId> unit_of(const wxTreeCtrl& tree, const wxTreeItemId& item)
{
    if (!item.IsOk()) return std::nullopt;
    const auto* data = dynamic_cast<const UnitItemData*>(tree.GetItemData(item));
    if (!data) return std::nullopt;
    return data->id();
}

wxTreeItemId find_unit_item(const wxTreeCtrl& tree, model::UnitId id)
{
    const std::function<wxTreeItemId(const wxTreeItemId&)> search = [&](const wxTreeItemId& parent) {
        wxTreeItemIdValue cookie;
        for (wxTreeItemId item = tree.GetFirstChild(parent, cookie); item.IsOk();
             item = tree.GetNextChild(parent, cookie)) {
            if (unit_of(tree, item) == id) return item;
            if (const wxTreeItemId found = search(item); found.IsOk()) return found;
        }
        return wxTreeItemId();
    };
    const wxTreeItemId root = tree.GetRootItem();
    return root.IsOk() ? search(root) : wxTreeItemId();
}

std::string unit_path(std::span<const model::Unit> units, model::UnitId id)
{
    std::unordered_map<model::UnitId, const model::Unit*> by_id;
    for (const auto& unit : units) by_id[unit.id] = &unit;
    std::vector<std::string> names;
    std::optional<model::UnitId> current = id;
    for (std::size_t depth = 0; current && depth <= units.size(); ++depth) {
        const auto it = by_id.find(*current);
        if (it == by_id.end()) break;
        names.push_back(it->second->name);
        current = it->second->parent_id;
    }
    std::string path;
    for (auto it = names.rbegin(); it != names.rend(); ++it) {
        if (!path.empty()) path += " › ";
        path += *it;
    }
    return path;
}

}  // namespace xuncha::app
