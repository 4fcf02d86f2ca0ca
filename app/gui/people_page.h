#pragma once
// The person list with its filters (search, specialty, status; the pool comes from the navigation)
// and the detail pane of the selected person, in a splitter.

#include "app/gui/person_detail_panel.h"
#include "app/gui/person_list_model.h"

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <vector>

class wxChoice;
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
        std::function<void()> counts_changed;                               // shown / total changed
    };

    PeoplePage(wxWindow* parent, Settings& settings, DetailLookups lookups, Callbacks callbacks);

    void set_data(std::vector<model::PersonSummary> people, const std::vector<model::Unit>& units,
                  const std::vector<model::Pool>& pools, const std::vector<model::Specialty>& specialties);
    void set_pool(std::optional<model::PoolId> pool);
    std::optional<model::PoolId> pool() const { return m_model->filter().pool; }

    std::optional<model::PersonId> selected_person() const;
    // Selects the person if the list shows them, and shows their details.
    bool select_person(model::PersonId id);
    void select_row(unsigned row);
    // Reloads the detail pane (after an edit).
    void refresh_detail();

    void save_layout();

    wxSearchCtrl* search_ctrl() const { return m_search; }
    wxDataViewCtrl* list_ctrl() const { return m_list; }
    const PersonListModel& list_model() const { return *m_model; }
    PersonDetailPanel* detail_panel() const { return m_detail; }

private:
    void apply_filter();
    void selection_changed();

    Settings& m_settings;
    Callbacks m_callbacks;
    wxObjectDataPtr<PersonListModel> m_model;
    std::vector<model::Specialty> m_specialties;  // the specialty choice's entries after "all"
    wxSearchCtrl* m_search = nullptr;
    wxChoice* m_specialty_choice = nullptr;
    wxChoice* m_status_choice = nullptr;
    wxSplitterWindow* m_splitter = nullptr;
    wxDataViewCtrl* m_list = nullptr;
    PersonDetailPanel* m_detail = nullptr;
    bool m_sash_placed = false;
};

}  // namespace xuncha::app
