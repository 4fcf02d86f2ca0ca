#pragma once
// The data behind the conflict matrix (no wx): the people as rows (a round's group members first, then
// the pool), the covered units as columns, and each cell's findings, with the filters the window
// offers. Rows are filtered as an index vector so that the grid stays virtual.

#include "model/avoidance.h"
#include "model/pinyin.h"

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace xuncha::app {

struct MatrixPerson {
    model::PersonId id;
    std::string name;
    std::string name_pinyin;
    std::string name_initials;
    std::string unit_name;
    std::string group_label;  // "第一巡察组 组长" for a member of the round, empty for the pool
    bool member = false;
};

struct MatrixCell {
    std::vector<std::size_t> findings;  // indices into ConflictMatrix::findings()
    bool hard = false;
    bool soft = false;
};

struct MatrixFilter {
    bool members_only = false;
    bool hard_only = false;       // rows with a hard finding; soft cells shown empty
    bool with_findings = false;   // rows with any finding shown
    std::string search;           // name, pinyin or initials
};

class ConflictMatrix {
public:
    ConflictMatrix() = default;
    // Findings of people or units not listed are kept (in_group() and the explanation) but have no cell.
    ConflictMatrix(std::vector<MatrixPerson> people, std::vector<model::UnitId> units,
                   std::vector<model::Finding> findings);

    const std::vector<MatrixPerson>& people() const { return m_people; }
    const std::vector<model::UnitId>& units() const { return m_units; }
    const std::vector<model::Finding>& findings() const { return m_findings; }

    // Null when the person has no finding against the unit.
    const MatrixCell* cell(std::size_t person, std::size_t unit) const;
    // Findings inside a group (person × person), in the engine's order.
    std::vector<std::size_t> in_group() const;
    std::size_t hard_count() const { return m_hard_cells; }
    std::size_t soft_count() const { return m_soft_cells; }

    // The people (indices) the filter keeps, in order.
    std::vector<std::size_t> rows(const MatrixFilter& filter) const;

private:
    std::vector<MatrixPerson> m_people;
    std::vector<model::UnitId> m_units;
    std::vector<model::Finding> m_findings;
    std::unordered_map<std::size_t, MatrixCell> m_cells;  // person × units.size() + unit
    std::vector<char> m_person_hard;
    std::vector<char> m_person_any;
    std::size_t m_hard_cells = 0;
    std::size_t m_soft_cells = 0;
};

}  // namespace xuncha::app
