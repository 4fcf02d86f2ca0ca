#include "app/gui/conflict_matrix.h"

namespace xuncha::app {

ConflictMatrix::ConflictMatrix(std::vector<MatrixPerson> people, std::vector<model::UnitId> units,
                               std::vector<model::Finding> findings)
    : m_people(std::move(people)), m_units(std::move(units)), m_findings(std::move(findings)),
      m_person_hard(m_people.size(), 0), m_person_any(m_people.size(), 0)
{
    std::unordered_map<model::PersonId, std::size_t> person_index;
    for (std::size_t i = 0; i < m_people.size(); ++i) person_index.emplace(m_people[i].id, i);
    std::unordered_map<model::UnitId, std::size_t> unit_index;
    for (std::size_t i = 0; i < m_units.size(); ++i) unit_index.emplace(m_units[i], i);
    for (std::size_t f = 0; f < m_findings.size(); ++f) {
        const auto& finding = m_findings[f];
        if (!finding.unit_id) continue;
        const auto p = person_index.find(finding.person_id);
        const auto u = unit_index.find(*finding.unit_id);
        if (p == person_index.end() || u == unit_index.end()) continue;
        MatrixCell& cell = m_cells[p->second * m_units.size() + u->second];
        cell.findings.push_back(f);
        if (finding.severity == model::Severity::hard) cell.hard = true;
        else cell.soft = true;
        m_person_any[p->second] = 1;
        if (cell.hard) m_person_hard[p->second] = 1;
    }
    // A cell counts once, as its worst finding.
    for (const auto& [key, cell] : m_cells) {
        if (cell.hard) ++m_hard_cells;
        else ++m_soft_cells;
    }
}

const MatrixCell* ConflictMatrix::cell(std::size_t person, std::size_t unit) const
{
    if (unit >= m_units.size()) return nullptr;
    const auto it = m_cells.find(person * m_units.size() + unit);
    return it == m_cells.end() ? nullptr : &it->second;
}

std::vector<std::size_t> ConflictMatrix::in_group() const
{
    std::vector<std::size_t> found;
    for (std::size_t f = 0; f < m_findings.size(); ++f)
        if (!m_findings[f].unit_id) found.push_back(f);
    return found;
}

std::vector<std::size_t> ConflictMatrix::rows(const MatrixFilter& filter) const
{
    const model::NameQuery query(filter.search);
    std::vector<std::size_t> kept;
    kept.reserve(m_people.size());
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        const auto& p = m_people[i];
        if (filter.members_only && !p.member) continue;
        if (filter.hard_only && !m_person_hard[i]) continue;
        if (filter.with_findings && !m_person_any[i]) continue;
        if (!query.empty() && !query.matches(p.name, p.name_pinyin, p.name_initials)) continue;
        kept.push_back(i);
    }
    return kept;
}

}  // namespace xuncha::app
