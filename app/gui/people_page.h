#pragma once
// The person list with its filters (search, specialty, status; the pool comes from the navigation)
// and the detail pane of the selected person, in a splitter. Several rows can be selected for the
// bulk actions; the columns shown and their order are the user's (列设置), kept by stable keys.

#include "app/gui/person_detail_panel.h"
#include "app/gui/person_list_model.h"

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxChoice;
class wxMenu;
class wxDataViewCtrl;
class wxSearchCtrl;
class wxSplitterWindow;

namespace xuncha::app {

class Settings;

class PeoplePage : public wxPanel {
public:
    struct Callbacks {
        std::function<std::optional<model::Person>(model::PersonId)> load;  // for the detail pane
        std::function<void()> activate;                                     // Enter / double-click: edit
        std::function<void()> remove;                                       // the Delete key
        std::function<void()> counts_changed;                               // shown, total or selected changed
        std::function<wxMenu*()> context_menu;                              // the rows' context menu
        std::function<void()> whole_people;  // names only: brings the whole people (before another order)
    };

    PeoplePage(wxWindow* parent, Settings& settings, DetailLookups lookups, Callbacks callbacks);

    // `by_name`: the people's order by name, if computed ahead; `complete`: they are names only
    // (PersonListModel::set_people).
    void set_data(std::vector<model::PersonSummary> people, const std::vector<model::Unit>& units,
                  const std::vector<model::Pool>& pools, const std::vector<model::Specialty>& specialties,
                  std::vector<std::size_t> by_name = {}, PersonListModel::Completer complete = {});
    void set_pool(std::optional<model::PoolId> pool);
    std::optional<model::PoolId> pool() const { return m_model->filter().pool; }

    // The one selected person; nullopt when none or several are selected.
    std::optional<model::PersonId> selected_person() const { return m_selected_one; }
    // How many rows are selected.
    std::size_t selected_count() const { return m_selected_count; }
    // Every selected person, in list order.
    std::vector<model::PersonId> selected_people() const;
    // Selects the person alone if the list shows them, and shows their details.
    bool select_person(model::PersonId id);
    void select_row(unsigned row);
    // Selects exactly these people (those the list shows); returns how many are selected.
    std::size_t select_people(const std::vector<model::PersonId>& ids);

    // The selected rows as the list shows them: the column titles first, then one row per selected
    // person in list order; `ids` receives each row's person.
    std::vector<std::vector<std::string>> selection_table(std::vector<model::PersonId>& ids) const;

    // The columns shown, in order; changing them rebuilds the list's columns and saves the choice.
    const std::vector<PersonColumn>& shown_columns() const { return m_columns; }
    void set_shown_columns(std::vector<PersonColumn> columns);
    // Opens 列设置.
    void configure_columns();
    // Reloads the detail pane (after an edit).
    void refresh_detail();

    void save_layout();

    wxSearchCtrl* search_ctrl() const { return m_search; }
    wxDataViewCtrl* list_ctrl() const { return m_list; }
    const PersonListModel& list_model() const { return *m_model; }
    PersonDetailPanel* detail_panel() const { return m_detail; }

private:
    void apply_filter();
    // After the selection changed; `none_selected` when it is known to be empty (nothing to count).
    void selection_changed(bool none_selected = false);
    void refresh_selection();
    void build_columns();
    void show_header_menu();
    void save_widths();
    std::optional<model::PersonId> person_at(const wxDataViewItem& item) const;

    Settings& m_settings;
    Callbacks m_callbacks;
    wxObjectDataPtr<PersonListModel> m_model;
    std::vector<model::Specialty> m_specialties;  // the specialty choice's entries after "all"
    std::vector<PersonColumn> m_columns;          // shown, in display order
    wxSearchCtrl* m_search = nullptr;
    wxChoice* m_specialty_choice = nullptr;
    wxChoice* m_status_choice = nullptr;
    wxSplitterWindow* m_splitter = nullptr;
    wxDataViewCtrl* m_list = nullptr;
    PersonDetailPanel* m_detail = nullptr;
    bool m_sash_placed = false;
    // GTK counts the selected rows by walking every row: counted once per change here, not by each menu
    // and toolbar update (seven on every idle event; milliseconds each with 100,000 rows).
    std::size_t m_selected_count = 0;
    std::optional<model::PersonId> m_selected_one;
};

}  // namespace xuncha::app
