#pragma once
// The adapter between the person summaries and wxDataViewCtrl: truly virtual (the control asks for
// the visible rows only). Rows are `m_shown`, indices into `m_people`; filtering is one pass over
// the sorted order, then Reset(n). The control does not sort a virtual model: the owner calls sort().

#include "app/gui/person_filter.h"
#include "model/pool.h"
#include "model/specialty.h"

#include <wx/dataview.h>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace xuncha::app {

// A column's header in the UI language.
wxString person_column_title(PersonColumn column);

class PersonListModel : public wxDataViewVirtualListModel {
public:
    PersonListModel();

    // Whole rows for some people (PersonRepository::summaries); empty when they cannot be read.
    using Completer = std::function<std::vector<model::PersonSummary>(const std::vector<model::PersonId>&)>;

    // New data from the database; keeps the filter and the sort order. `by_name`, when not empty, is
    // sort_people(people, name, ascending) computed ahead (where the people were read, off the GUI
    // thread); it saves sorting again while the list is in its opening order.
    // With `complete`, `people` are names only (PersonRepository::list_names) and the list must be in
    // name order: the rows the control asks for are completed through it, a page at a time, until the
    // whole people come with the next set_people().
    void set_people(std::vector<model::PersonSummary> people, const std::vector<model::Pool>& pools,
                    const std::vector<model::Specialty>& specialties, const PersonSortContext& context,
                    std::vector<std::size_t> by_name = {}, Completer complete = {});
    // True while the people are names only: only the name order is possible then.
    bool names_only() const { return static_cast<bool>(m_complete); }
    // While names_only(): reads whole, ahead of the paint, the rows the control asks for when `row` is
    // at the top of the view (those not read yet).
    void complete_from(unsigned row) const;
    void set_filter(PersonFilter filter);
    const PersonFilter& filter() const { return m_filter; }
    // Throws std::logic_error for any order but by name while names_only().
    void sort(PersonColumn column, bool ascending);
    PersonColumn sort_column() const { return m_sort_column; }
    bool sort_ascending() const { return m_ascending; }

    std::size_t shown_count() const { return m_shown.size(); }
    std::size_t total_count() const { return m_people.size(); }
    const std::vector<model::PersonSummary>& people() const { return m_people; }
    // The row's person; while names_only(), only as complete as the row's cells shown so far.
    const model::PersonSummary* at_row(unsigned row) const;
    std::optional<unsigned> row_of(model::PersonId id) const;

    // The text a cell shows (also what tests read).
    wxString text(unsigned row, PersonColumn column) const;

    // wxDataViewVirtualListModel
    unsigned GetColumnCount() const override;
    wxString GetColumnType(unsigned col) const override;
    void GetValueByRow(wxVariant& variant, unsigned row, unsigned col) const override;
    bool GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const override;
    bool SetValueByRow(const wxVariant& variant, unsigned row, unsigned col) override;

private:
    void refilter();
    // The row's person, completed first (with the rows around it) when the column needs more than names.
    const model::PersonSummary* shown(unsigned row, PersonColumn column) const;
    void complete_around(unsigned row) const;
    wxString specialties_text(const model::PersonSummary& person) const;
    wxString status_text(const model::PersonSummary& person) const;

    // Mutable: completing rows while names_only() changes what a row holds, not what it is.
    mutable std::vector<model::PersonSummary> m_people;
    Completer m_complete;
    mutable std::vector<bool> m_asked;  // while names_only(): whose whole row was asked for
    std::vector<std::size_t> m_sorted;  // all people in the current sort order
    std::vector<std::size_t> m_shown;   // those passing the filter: the rows
    PersonFilter m_filter;
    PersonSortContext m_context;
    PersonColumn m_sort_column = PersonColumn::name;
    bool m_ascending = true;
    std::unordered_map<model::PoolId, wxString> m_pool_names;
    std::unordered_map<model::SpecialtyId, wxString> m_specialty_names;
};

}  // namespace xuncha::app
