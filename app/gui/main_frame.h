#pragma once
// The main window: menus, toolbar, navigation (pools, all people, units), the people and units
// pages, the status bar. It owns the open Database and runs every command: each write is one
// transaction, each failure a translated message, then the lists are reloaded. The bulk actions on
// the selected people, the annual review, trainings, history and the audit log are in
// main_frame_tools.cpp.

#include "app/gui/annual_review_dialog.h"
#include "app/gui/trainings_dialog.h"
#include "db/database.h"
#include "model/person.h"
#include "model/round.h"
#include "model/specialty.h"
#include "model/unit.h"

#include <wx/frame.h>

#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

class wxSimplebook;
class wxSplitterWindow;
class wxTreeCtrl;
class wxTreeEvent;
class wxTreeItemData;

namespace xuncha::app {

struct BulkPlan;
class PeoplePage;
class RoundsPage;
class Settings;
class UnitsPage;

// Menu and toolbar command ids (tests post them as menu events).
enum CommandId : int {
    id_open_database = wxID_HIGHEST + 100,
    id_new_database,
    id_load_demo,
    id_export_all,
    id_import_file,
    id_add_person,
    id_edit_person,
    id_remove_person,
    id_add_unit,
    id_edit_unit,
    id_remove_unit,
    id_specialties,
    id_settings,
    id_find,
    id_add_to_pool,
    id_suspend,
    id_record_training,
    id_export_selection,
    id_person_history,
    id_columns,
    id_annual_review,
    id_trainings,
    id_audit_log,
    id_add_round,
    id_edit_round,
    id_remove_round,
    id_round_state,
    id_conflict_matrix,
    id_coverage,
    id_check_person,
    id_unit_avoiders,
    id_check_attachments,
};

class MainFrame : public wxFrame {
public:
    MainFrame(std::unique_ptr<db::Database> database, Settings& settings);
    ~MainFrame() override;

    // On an empty database, asks whether to load the demo county (the start-up offer).
    void offer_demo_if_empty();
    // Loads the demo county into the (empty) database: the menu's and the offer's path.
    bool load_demo_data();
    // Re-reads everything from the database and refreshes every view.
    void reload();
    // True while the person list of a newly opened database is still being read: it is read on a
    // worker thread, with a connection of its own, while the window is built and shown. The names
    // come first and show meanwhile (the list's names_only()).
    bool reading_people() const { return m_reader.joinable(); }
    // Waits for that read and shows its result. Commands run it first (they may use the list).
    void finish_reading_people();

    // Shows a pool's members (nullopt: everybody), or the units page.
    void show_pool(std::optional<model::PoolId> pool);
    void show_units();
    void show_rounds();

    db::Database& database() { return *m_database; }
    PeoplePage& people_page() { return *m_people_page; }
    UnitsPage& units_page() { return *m_units_page; }
    RoundsPage& rounds_page() { return *m_rounds_page; }
    const std::vector<model::Round>& rounds() const { return m_rounds; }
    const std::vector<model::Pool>& pools() const { return m_pools; }
    wxTreeCtrl* navigation() const { return m_navigation; }

protected:
    // Every menu and toolbar command waits for the person list first (finish_reading_people).
    bool TryBefore(wxEvent& event) override;

private:
    struct PeopleRead;

    void build_menus();
    void build_toolbar();
    void build_navigation_items();
    void update_status();
    void select_navigation(const std::function<bool(const wxTreeItemData*)>& match);
    void set_database(std::unique_ptr<db::Database> database);
    // Reads the pools, specialties, units and rounds into the members.
    void read_catalogues();
    // Shows the members and `people` in every view; nullopt while the people are still being read
    // (the navigation then shows no counts and the list is empty). `by_name`: their order by name.
    // `catalogues_shown`: the units and rounds pages already show the members (only the units' people
    // counts are new).
    // `complete`: the people are names only (PersonListModel::set_people); the units' counts wait.
    void show_data(std::optional<std::vector<model::PersonSummary>> people, std::vector<std::size_t> by_name = {},
                   bool catalogues_shown = false,
                   std::function<std::vector<model::PersonSummary>(const std::vector<model::PersonId>&)> complete = {});
    // Starts reading the person list on a worker thread with a connection of its own (a read already
    // running is abandoned first); its result comes back in people_read(). False when no thread could
    // be started.
    bool start_people_thread();
    // Shows a database just opened: the title and catalogues now, the people when `reading` is done
    // (read here when it is false).
    void show_database(bool reading);
    // The worker's two hand-overs: the names (shown while the rest is read), then the whole people.
    void names_read(unsigned generation);
    void people_read(unsigned generation);
    // Waits for a running read (it cannot be interrupted) and drops its result.
    void cancel_reading_people();
    // A page's command: waits for the person list, then runs `run`.
    std::function<void()> command(void (MainFrame::*run)());

    void on_navigation(wxTreeEvent& event);
    void on_close(wxCloseEvent& event);

    void open_database();
    void new_database();
    void export_all();
    void import_file();
    void add_person();
    void edit_person();
    void remove_person();
    void add_unit();
    void edit_unit();
    void remove_unit();
    void edit_specialties();
    void edit_settings();
    void about();

    // main_frame_tools.cpp
    void add_to_pool();
    void suspend_selected();
    void record_training();
    void export_selection();
    void show_history();
    void show_audit_log();
    void check_attachments();
    void annual_review();
    void manage_trainings();
    wxMenu* person_context_menu();
    // Reads the selected people in full; nullopt when reading failed (told). Missing ids go to `missing`.
    std::optional<std::vector<model::Person>> load_selected(const std::vector<model::PersonId>& ids,
                                                            std::vector<model::PersonId>& missing);
    // Saves a bulk action's changed people in one transaction (`failure` told if that fails), then
    // reloads with the same people selected. True when saved.
    bool save_bulk(const std::vector<model::PersonId>& ids, BulkPlan& plan, const wxString& failure);
    // The outcome in the status bar and, with what was left out, in a report.
    void announce_bulk(const wxString& title, const wxString& done, const BulkPlan& plan);
    // The database's rule settings; nullopt when they could not be read (told).
    std::optional<model::OfficeSettings> load_office_settings();
    std::optional<ReviewReport> run_annual_review();
    std::optional<wxString> review_action(wxWindow* parent, AnnualReviewDialog::Action action,
                                          const std::vector<MembershipTarget>& targets);
    std::optional<std::vector<TrainingListEntry>> load_trainings();
    bool save_training(wxWindow* parent, model::Training& training);
    bool remove_training(wxWindow* parent, const TrainingListEntry& entry);

    // main_frame_rounds.cpp: rounds, the avoidance checks, cases and coverage.
    void add_round();
    void edit_round();
    void remove_round();
    void change_round_state();
    void show_conflict_matrix();
    void show_coverage();
    void check_person_avoidance();
    void show_unit_avoiders();
    // Saves a round (create when id 0) in one transaction; false when it failed (told).
    bool save_round(model::Round& round, const wxString& failure);
    const model::Round* find_round(model::RoundId id) const;

    std::optional<model::Person> load_person(model::PersonId id);
    model::Date today() const;

    std::unique_ptr<db::Database> m_database;
    Settings& m_settings;
    std::vector<model::Unit> m_units;
    std::vector<model::Pool> m_pools;
    std::vector<model::Specialty> m_specialties;
    std::vector<model::Round> m_rounds;

    wxSplitterWindow* m_splitter = nullptr;
    wxTreeCtrl* m_navigation = nullptr;
    wxSimplebook* m_book = nullptr;
    PeoplePage* m_people_page = nullptr;
    UnitsPage* m_units_page = nullptr;
    RoundsPage* m_rounds_page = nullptr;
    bool m_filling_navigation = false;

    // The start-up read of the person list (start_people_thread). The worker writes only into *m_read
    // and then posts people_read(generation); a result of an abandoned read is recognised by its
    // generation and dropped. The thread is always joined before m_database changes or goes.
    std::jthread m_reader;  // declared after m_database: joined before it goes, even if construction fails
    std::shared_ptr<PeopleRead> m_read;
    unsigned m_read_generation = 0;
};

}  // namespace xuncha::app
