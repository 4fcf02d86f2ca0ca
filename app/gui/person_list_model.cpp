#include "app/gui/person_list_model.h"

#include "app/gui/wx_text.h"
#include "model/date.h"

#include <wx/intl.h>

#include <algorithm>
#include <stdexcept>

namespace xuncha::app {

using model::PersonSummary;

wxString person_column_title(PersonColumn column)
{
    switch (column) {
    case PersonColumn::name: return _("Name");
    case PersonColumn::gender: return _("Gender");
    case PersonColumn::birth_date: return _("Born");
    case PersonColumn::political_status: return _("Political status");
    case PersonColumn::education: return _("Education");
    case PersonColumn::unit: return _("Work unit");
    case PersonColumn::post: return _("Post");
    case PersonColumn::rank: return _("Rank");
    case PersonColumn::specialties: return _("Specialties");
    case PersonColumn::status: return _("Pool status");
    case PersonColumn::mobile: return _("Mobile");
    case PersonColumn::ethnicity: return _("Ethnicity");
    case PersonColumn::department: return _("Department");
    case PersonColumn::professional_title: return _("Professional title");
    case PersonColumn::reserve_cadre: return _("Reserve cadre");
    case PersonColumn::secondment_count: return _("Times seconded");
    case PersonColumn::declined_count: return _("Times declined");
    case PersonColumn::age: return _("Age");
    }
    return {};
}

PersonListModel::PersonListModel() : wxDataViewVirtualListModel(0) {}

void PersonListModel::set_people(std::vector<PersonSummary> people, const std::vector<model::Pool>& pools,
                                 const std::vector<model::Specialty>& specialties,
                                 const PersonSortContext& context, std::vector<std::size_t> by_name,
                                 Completer complete)
{
    if (complete && (m_sort_column != PersonColumn::name || !m_ascending))
        throw std::logic_error("PersonListModel: names only, but the list is not in name order");
    m_people = std::move(people);
    m_complete = std::move(complete);
    m_asked.assign(m_complete ? m_people.size() : 0, false);
    m_context = context;
    m_context.pool = m_filter.pool;
    m_pool_names.clear();
    for (const auto& pool : pools) m_pool_names[pool.id] = to_wx(pool.name);
    m_specialty_names.clear();
    for (const auto& specialty : specialties) m_specialty_names[specialty.id] = to_wx(specialty.name);
    if (m_sort_column == PersonColumn::name && m_ascending && by_name.size() == m_people.size())
        m_sorted = std::move(by_name);
    else
        m_sorted = sort_people(m_people, m_sort_column, m_ascending, m_context);
    refilter();
}

void PersonListModel::set_filter(PersonFilter filter)
{
    // The rows already are this filter's result (every change refilters); a Reset would only make the
    // control rebuild all its rows (on GTK, O(rows): ~20 ms for 100,000 when the list opens).
    if (filter == m_filter) return;
    const bool pool_changed = filter.pool != m_filter.pool;
    m_filter = std::move(filter);
    if (pool_changed && m_sort_column == PersonColumn::status) {
        m_context.pool = m_filter.pool;
        m_sorted = sort_people(m_people, m_sort_column, m_ascending, m_context);
    }
    m_context.pool = m_filter.pool;
    refilter();
}

void PersonListModel::sort(PersonColumn column, bool ascending)
{
    if (names_only() && (column != PersonColumn::name || !ascending))
        throw std::logic_error("PersonListModel: only the name order while the people are names only");
    m_sort_column = column;
    m_ascending = ascending;
    m_sorted = sort_people(m_people, m_sort_column, m_ascending, m_context);
    refilter();
}

void PersonListModel::refilter()
{
    m_shown = filter_people(m_people, m_sorted, m_filter);
    Reset(static_cast<unsigned>(m_shown.size()));
}

const PersonSummary* PersonListModel::at_row(unsigned row) const
{
    return row < m_shown.size() ? &m_people[m_shown[row]] : nullptr;
}

const PersonSummary* PersonListModel::shown(unsigned row, PersonColumn column) const
{
    if (row >= m_shown.size()) return nullptr;
    if (m_complete && column != PersonColumn::name && !m_asked[m_shown[row]]) complete_around(row);
    return &m_people[m_shown[row]];
}

void PersonListModel::complete_from(unsigned row) const
{
    if (m_complete && row < m_shown.size()) complete_around(row);
}

void PersonListModel::complete_around(unsigned row) const
{
    // The control asks cell by cell, row after row, for the rows in view (about 30): one read for a page
    // of them, from a little above (scrolling up) to well below.
    constexpr unsigned above = 16;
    constexpr unsigned page = 96;
    const unsigned first = row > above ? row - above : 0;
    const auto last = std::min<std::size_t>(m_shown.size(), std::size_t{first} + page);
    std::unordered_map<model::PersonId, std::size_t> wanted;
    std::vector<model::PersonId> ids;
    for (std::size_t r = first; r < last; ++r) {
        const auto index = m_shown[r];
        if (m_asked[index]) continue;
        // Asked once, whatever comes back: rows that cannot be read stay as they are until the whole
        // people come, rather than being asked for again with every cell.
        m_asked[index] = true;
        wanted.emplace(m_people[index].id, index);
        ids.push_back(m_people[index].id);
    }
    for (auto& whole : m_complete(ids))
        if (const auto it = wanted.find(whole.id); it != wanted.end()) m_people[it->second] = std::move(whole);
}

std::optional<unsigned> PersonListModel::row_of(model::PersonId id) const
{
    for (std::size_t row = 0; row < m_shown.size(); ++row)
        if (m_people[m_shown[row]].id == id) return static_cast<unsigned>(row);
    return std::nullopt;
}

wxString PersonListModel::specialties_text(const PersonSummary& person) const
{
    wxString text;
    for (const auto id : person.specialties) {
        const auto it = m_specialty_names.find(id);
        if (it == m_specialty_names.end()) continue;
        if (!text.empty()) text += wxString::FromUTF8("、");
        text += it->second;
    }
    return text;
}

wxString PersonListModel::status_text(const PersonSummary& person) const
{
    if (m_filter.pool) {
        const auto* membership = membership_in(person, *m_filter.pool);
        return membership ? term_label(membership->status) : wxString();
    }
    // 全部人员: every pool, with the status where it is not 在库.
    wxString text;
    for (const auto& membership : person.memberships) {
        const auto it = m_pool_names.find(membership.pool_id);
        if (it == m_pool_names.end()) continue;
        if (!text.empty()) text += wxString::FromUTF8("、");
        text += it->second;
        if (membership.status != model::MembershipStatus::active)
            text += wxString::FromUTF8("（") + term_label(membership.status) + wxString::FromUTF8("）");
    }
    return text;
}

wxString PersonListModel::text(unsigned row, PersonColumn column) const
{
    const PersonSummary* person = shown(row, column);
    if (!person) return {};
    switch (column) {
    case PersonColumn::name: return to_wx(person->name);
    case PersonColumn::gender:
        return person->gender == model::Gender::unspecified ? wxString() : term_label(person->gender);
    case PersonColumn::birth_date:
        return person->birth_date ? to_wx(model::to_year_month(*person->birth_date)) : wxString();
    case PersonColumn::political_status: return term_label(person->political_status);
    case PersonColumn::education:
        return person->education == model::EducationLevel::none ? wxString() : term_label(person->education);
    case PersonColumn::unit: return to_wx(person->unit_name);
    case PersonColumn::post: return to_wx(person->post);
    case PersonColumn::rank: return person->rank == model::Rank::none ? wxString() : term_label(person->rank);
    case PersonColumn::specialties: return specialties_text(*person);
    case PersonColumn::status: return status_text(*person);
    case PersonColumn::mobile: return to_wx(person->mobile);
    case PersonColumn::ethnicity: return to_wx(person->ethnicity);
    case PersonColumn::department: return to_wx(person->department);
    case PersonColumn::professional_title: return to_wx(person->professional_title);
    case PersonColumn::reserve_cadre: return person->reserve_cadre ? _("Yes") : wxString();
    case PersonColumn::secondment_count: return wxString::Format(wxS("%d"), person->secondment_count);
    case PersonColumn::declined_count: return wxString::Format(wxS("%d"), person->declined_count);
    case PersonColumn::age:
        if (!person->birth_date || m_context.today.is_special()) return {};
        return wxString::Format(wxS("%d"), model::age_on(*person->birth_date, m_context.today));
    }
    return {};
}

unsigned PersonListModel::GetColumnCount() const
{
    return static_cast<unsigned>(person_columns().size());
}

wxString PersonListModel::GetColumnType(unsigned) const
{
    return wxS("string");
}

void PersonListModel::GetValueByRow(wxVariant& variant, unsigned row, unsigned col) const
{
    const auto columns = person_columns();
    variant = col < columns.size() ? text(row, columns[col].column) : wxString();
}

bool PersonListModel::GetAttrByRow(unsigned row, unsigned, wxDataViewItemAttr& attr) const
{
    // People who have left the pool shown stay listed, greyed, so that the history is visible.
    const PersonSummary* person = at_row(row);
    if (!person || !m_filter.pool) return false;
    const auto* membership = membership_in(*person, *m_filter.pool);
    if (!membership || membership->status != model::MembershipStatus::exited) return false;
    attr.SetColour(wxColour(128, 128, 128));
    return true;
}

bool PersonListModel::SetValueByRow(const wxVariant&, unsigned, unsigned)
{
    return false;  // read-only list: editing goes through the person dialog
}

}  // namespace xuncha::app
