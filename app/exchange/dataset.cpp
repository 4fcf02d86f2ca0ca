#include "app/exchange/dataset.h"

#include <set>
#include <utility>
#include <unordered_map>

namespace xuncha::app {

std::vector<std::size_t> dependency_order(std::span<const model::Unit> units)
{
    std::unordered_map<model::UnitId, std::size_t> position;
    for (std::size_t i = 0; i < units.size(); ++i) position.emplace(units[i].id, i);

    // Kahn's algorithm, always taking the lowest id that is ready: the order is the id order whenever
    // ids already put parents first, which makes export → import → export reproduce the same ids.
    std::vector<int> waiting_for(units.size(), 0);
    std::vector<std::vector<std::size_t>> dependents(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) {
        std::set<std::size_t> needs;
        for (const auto& link : {units[i].parent_id, units[i].supervisor_id}) {
            if (!link) continue;
            const auto it = position.find(*link);
            if (it != position.end() && it->second != i) needs.insert(it->second);
        }
        waiting_for[i] = static_cast<int>(needs.size());
        for (const auto need : needs) dependents[need].push_back(i);
    }

    std::set<std::pair<model::UnitId, std::size_t>> ready;
    for (std::size_t i = 0; i < units.size(); ++i)
        if (waiting_for[i] == 0) ready.emplace(units[i].id, i);

    std::vector<std::size_t> order;
    order.reserve(units.size());
    std::vector<bool> placed(units.size(), false);
    while (!ready.empty()) {
        const auto next = ready.begin()->second;
        ready.erase(ready.begin());
        order.push_back(next);
        placed[next] = true;
        for (const auto dependent : dependents[next])
            if (--waiting_for[dependent] == 0) ready.emplace(units[dependent].id, dependent);
    }

    std::set<std::pair<model::UnitId, std::size_t>> rest;
    for (std::size_t i = 0; i < units.size(); ++i)
        if (!placed[i]) rest.emplace(units[i].id, i);
    for (const auto& [id, i] : rest) order.push_back(i);
    return order;
}

}  // namespace xuncha::app
