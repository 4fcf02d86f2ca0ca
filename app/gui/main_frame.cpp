#include "app/gui/main_frame.h"

#include "app/exchange/demo.h"
#include "app/exchange/exchange.h"
#include "app/gui/attachment_file.h"
#include "app/gui/guarded.h"
#include "app/gui/icons.h"
#include "app/gui/messages.h"
#include "app/gui/people_page.h"
#include "app/gui/person_dialog.h"
#include "app/gui/person_editing.h"
#include "app/gui/rounds_page.h"
#include "app/gui/settings.h"
#include "app/gui/settings_dialog.h"
#include "app/gui/specialty_catalog_dialog.h"
#include "app/gui/startup.h"
#include "app/gui/unit_dialog.h"
#include "app/gui/units_page.h"
#include "app/gui/wx_text.h"
#include "db/catalog_repository.h"
#include "db/person_repository.h"
#include "db/round_repository.h"
#include "db/settings_repository.h"
#include "db/unit_repository.h"

#include <wx/aboutdlg.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/persist/splitter.h>
#include <wx/persist/toplevel.h>
#include <wx/simplebook.h>
#include <wx/splitter.h>
#include <wx/stdpaths.h>
#include <wx/srchctrl.h>
#include <wx/statusbr.h>
#include <wx/toolbar.h>
#include <wx/treectrl.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

// tcmalloc's (gperftools), declared weak: without it (the sanitizer builds) the name stays null.
extern "C" void MallocExtension_ReleaseFreeMemory() __attribute__((weak));

namespace xuncha::app {

namespace {

// After a large read, export or import: the allocator (tcmalloc) keeps what was freed for reuse; give
// it back to the system, so that the window does not hold the operation's temporary memory (about 60 MB
// for reading 100,000 people, 550 MB for exporting them).
void give_back_free_memory()
{
    if (MallocExtension_ReleaseFreeMemory != nullptr) MallocExtension_ReleaseFreeMemory();
}

// What a navigation item stands for.
class NavigationData : public wxTreeItemData {
public:
    enum class Kind { pool, everybody, units, rounds };
    NavigationData(Kind kind, model::PoolId pool = {}) : m_kind(kind), m_pool(pool) {}
    Kind kind() const { return m_kind; }
    model::PoolId pool() const { return m_pool; }

private:
    Kind m_kind;
    model::PoolId m_pool;
};

enum NavigationImage { image_pool, image_everybody, image_unit, image_round };

// The pages of the book, in the order they are added.
enum BookPage { page_people, page_units, page_rounds };

// An import's problems for a message box's details, one per line with its place in the file, the first
// twelve of them (a box that still fits the screen).
wxString problem_lines(const ImportReport& report)
{
    constexpr std::size_t shown = 12;
    wxString lines;
    for (std::size_t i = 0; i < report.problems.size() && i < shown; ++i)
        lines += to_wx(report.problems[i].path) + wxS(": ") + to_wx(report.problems[i].message) + wxS("\n");
    if (report.problems.size() > shown)
        lines += wxString::Format(_("... and %zu more (xuncha-cli import-json lists them all)."),
                                  report.problems.size() - shown);
    return lines;
}

}  // namespace

// What the worker thread hands over: written there only, read here after it was joined (the names:
// once the worker has handed them over and no longer touches them).
struct MainFrame::PeopleRead {
    // The names first (PersonRepository::list_names), handed over by names_read() while the rest is read.
    std::vector<model::PersonSummary> names;
    std::vector<std::size_t> names_by_name;
    std::atomic<bool> done = false;  // the whole people are read too: no use showing the names

    // The rest of the read waits until the names are shown (or passed over, or the read given up): on
    // two processors it would otherwise slow showing them. At most `limit`, should the window be busy.
    void names_handled()
    {
        {
            const std::lock_guard lock(mutex);
            handled = true;
        }
        changed.notify_all();
    }
    void wait_names_handled(std::chrono::milliseconds limit)
    {
        std::unique_lock lock(mutex);
        changed.wait_for(lock, limit, [this] { return handled; });
    }
    std::mutex mutex;
    std::condition_variable changed;
    bool handled = false;

    std::vector<model::PersonSummary> people;
    std::vector<std::size_t> by_name;
    std::exception_ptr error;
    bool needs_this_connection = false;  // ":memory:": only the window's own connection sees it
};

MainFrame::MainFrame(std::unique_ptr<db::Database> database, Settings& settings)
    : wxFrame(nullptr, wxID_ANY, _("xuncha - Inspection Personnel Pools")), m_settings(settings)
{
    // The person list is the longest part of opening: its read starts first and runs while the window
    // is built and shown.
    m_database = std::move(database);
    const bool reading = start_people_thread();

    SetName(wxS("main_frame"));
    wxIcon icon;
    icon.CopyFromBitmap(icon_bundle("all_people", wxSize(48, 48)).GetBitmap(wxSize(48, 48)));
    SetIcon(icon);

    build_menus();
    build_toolbar();
    CreateStatusBar(3);
    const int widths[] = {-3, -2, -3};
    GetStatusBar()->SetStatusWidths(3, widths);

    m_splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3D);
    m_splitter->SetName(wxS("main_splitter"));
    m_splitter->SetMinimumPaneSize(FromDIP(120));
    m_navigation = new wxTreeCtrl(m_splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                  wxTR_HIDE_ROOT | wxTR_NO_LINES | wxTR_FULL_ROW_HIGHLIGHT | wxTR_SINGLE |
                                      wxTR_NO_BUTTONS);
    m_navigation->SetName(wxS("navigation"));
    wxVector<wxBitmapBundle> images;
    images.push_back(icon_bundle("pool", wxSize(20, 20)));
    images.push_back(icon_bundle("all_people", wxSize(20, 20)));
    images.push_back(icon_bundle("unit", wxSize(20, 20)));
    images.push_back(icon_bundle("round", wxSize(20, 20)));
    m_navigation->SetImages(images);

    m_book = new wxSimplebook(m_splitter);
    const DetailLookups lookups{&m_units, &m_pools, &m_specialties, [this](const model::Attachment& a) {
                                    return attachment_loader(*m_database)(a);
                                }};
    PeoplePage::Callbacks people_callbacks;
    people_callbacks.load = [this](model::PersonId id) { return load_person(id); };
    people_callbacks.activate = command(&MainFrame::edit_person);
    people_callbacks.remove = command(&MainFrame::remove_person);
    people_callbacks.counts_changed = [this] { update_status(); };
    people_callbacks.context_menu = [this] { return person_context_menu(); };
    people_callbacks.whole_people = [this] { finish_reading_people(); };
    m_people_page = new PeoplePage(m_book, m_settings, lookups, people_callbacks);
    m_units_page = new UnitsPage(m_book, UnitsPage::Callbacks{command(&MainFrame::add_unit),
                                                               command(&MainFrame::edit_unit),
                                                               command(&MainFrame::remove_unit),
                                                               command(&MainFrame::show_unit_avoiders),
                                                               command(&MainFrame::show_coverage)});
    RoundsPage::Callbacks round_callbacks;
    round_callbacks.add = command(&MainFrame::add_round);
    round_callbacks.edit = command(&MainFrame::edit_round);
    round_callbacks.remove = command(&MainFrame::remove_round);
    round_callbacks.change_state = command(&MainFrame::change_round_state);
    round_callbacks.matrix = command(&MainFrame::show_conflict_matrix);
    round_callbacks.coverage = command(&MainFrame::show_coverage);
    m_rounds_page = new RoundsPage(m_book, round_callbacks);
    m_book->AddPage(m_people_page, wxString(), true);
    m_book->AddPage(m_units_page, wxString());
    m_book->AddPage(m_rounds_page, wxString());
    m_splitter->SplitVertically(m_navigation, m_book, FromDIP(190));
    wxPersistentRegisterAndRestore(m_splitter, wxS("main_splitter"));

    m_navigation->Bind(wxEVT_TREE_SEL_CHANGED, &MainFrame::on_navigation, this);
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close, this);

    if (!wxPersistentRegisterAndRestore(this, wxS("main_frame"))) {
        SetSize(FromDIP(wxSize(1240, 800)));
        Centre();
    }
    show_database(reading);
}

MainFrame::~MainFrame()
{
    // The worker reads through m_database: it finishes before the database goes.
    cancel_reading_people();
}

std::function<void()> MainFrame::command(void (MainFrame::*run)())
{
    return [this, run] {
        finish_reading_people();
        (this->*run)();
    };
}

bool MainFrame::TryBefore(wxEvent& event)
{
    // Menu and toolbar commands (and the list's context menu, whose events come up here) may use the
    // person list: they wait for it, at most the rest of a read that takes a fraction of a second.
    if (event.GetEventType() == wxEVT_MENU) finish_reading_people();
    return wxFrame::TryBefore(event);
}

void MainFrame::build_menus()
{
    auto* file = new wxMenu;
    file->Append(id_open_database, _("&Open Database...\tCtrl+O"), _("Open another xuncha database file"));
    file->Append(id_new_database, _("&New Database..."), _("Create an empty database file"));
    file->AppendSeparator();
    file->Append(id_load_demo, _("Load &Demo Data"), _("Load the fictitious demo county into an empty database"));
    file->AppendSeparator();
    file->Append(id_export_all, _("&Export All Data..."),
                 _("Write every record, attachments included, to one exchange file (a backup)"));
    file->Append(id_import_file, _("&Import Exchange File..."),
                 _("Add the records of an exchange file to this database"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("E&xit\tCtrl+Q"));

    // Delete is handled by the list itself: as a menu accelerator it would also fire in text fields.
    auto* people = new wxMenu;
    people->Append(id_add_person, _("&Add Person...\tCtrl+N"));
    people->Append(id_edit_person, _("&Edit Person...\tCtrl+E"), _("Edit the selected person (Enter, double-click)"));
    people->Append(id_remove_person, _("&Remove Person"), _("Remove the selected person (Delete in the list)"));
    people->AppendSeparator();
    people->Append(id_add_to_pool, _("Add to &Pool..."), _("Add the selected people to a pool"));
    people->Append(id_suspend, _("&Suspend..."), _("Suspend the selected people's membership in a pool"));
    people->Append(id_record_training, _("Record &Training Attendance..."),
                   _("Record that the selected people attended a training"));
    people->Append(id_export_selection, _("E&xport Selection..."),
                   _("Write the selected rows to a CSV file for Excel"));
    people->AppendSeparator();
    people->Append(id_check_person, _("Avoidance &Check..."),
                   _("Why the selected person may not inspect a unit"));
    people->Append(id_person_history, _("Change &History...\tCtrl+H"), _("Who changed the selected person's record, "
                                                                        "when, and what"));
    people->AppendSeparator();
    people->Append(id_find, _("&Find\tCtrl+F"), _("Search by name, pinyin or initials"));

    auto* units = new wxMenu;
    units->Append(id_add_unit, _("&Add Unit..."), _("Add a unit under the selected one"));
    units->Append(id_edit_unit, _("&Edit Unit..."));
    units->Append(id_remove_unit, _("&Remove Unit"));
    units->AppendSeparator();
    units->Append(id_unit_avoiders, _("Who Must &Avoid This Unit..."),
                  _("Everyone who may not inspect the selected unit, and why"));
    units->Append(id_coverage, _("&Coverage..."), _("Which units have been inspected in a term and which not yet"));

    auto* rounds = new wxMenu;
    rounds->Append(id_add_round, _("&Add Round..."));
    rounds->Append(id_edit_round, _("&Edit Round..."));
    rounds->Append(id_remove_round, _("&Remove Round"));
    rounds->AppendSeparator();
    rounds->Append(id_round_state, _("Change &State..."), _("Move the selected round along its workflow"));
    rounds->Append(id_conflict_matrix, _("Conflict &Matrix..."),
                   _("Who may not inspect which unit of the selected round, and the round's avoidance cases"));

    auto* view = new wxMenu;
    view->Append(id_columns, _("&Columns..."), _("Choose and order the columns of the person list"));

    auto* tools = new wxMenu;
    tools->Append(id_annual_review, _("&Annual Review..."), _("Pool members to look at this year"));
    tools->Append(id_trainings, _("&Trainings..."), _("Training events and their attendance"));
    tools->Append(id_audit_log, _("Audit &Log..."), _("Every change made to the database"));
    tools->Append(id_check_attachments, _("&Check Attachments"),
                  _("Compare every stored photo and scan with the checksum recorded when it was stored"));
    tools->AppendSeparator();
    tools->Append(id_specialties, _("&Specialty Catalogue..."));
    tools->Append(id_settings, _("S&ettings..."), _("Language, start-up database, entry and review rules"));

    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About xuncha"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(people, _("&People"));
    bar->Append(units, _("&Units"));
    bar->Append(rounds, _("&Rounds"));
    bar->Append(view, _("&View"));
    bar->Append(tools, _("&Tools"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);

    Bind(wxEVT_MENU, [this](wxCommandEvent&) { open_database(); }, id_open_database);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { new_database(); }, id_new_database);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { load_demo_data(); }, id_load_demo);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { export_all(); }, id_export_all);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { import_file(); }, id_import_file);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { add_person(); }, id_add_person);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { edit_person(); }, id_edit_person);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { remove_person(); }, id_remove_person);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (m_book->GetSelection() != 0) show_pool(m_people_page->pool());
        m_people_page->search_ctrl()->SetFocus();
        m_people_page->search_ctrl()->SelectAll();
    }, id_find);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { add_unit(); }, id_add_unit);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { edit_unit(); }, id_edit_unit);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { remove_unit(); }, id_remove_unit);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { edit_specialties(); }, id_specialties);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { edit_settings(); }, id_settings);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { about(); }, wxID_ABOUT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { add_to_pool(); }, id_add_to_pool);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { suspend_selected(); }, id_suspend);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { record_training(); }, id_record_training);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { export_selection(); }, id_export_selection);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_history(); }, id_person_history);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (m_book->GetSelection() != 0) show_pool(m_people_page->pool());
        m_people_page->configure_columns();
    }, id_columns);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { annual_review(); }, id_annual_review);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { manage_trainings(); }, id_trainings);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_audit_log(); }, id_audit_log);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { check_attachments(); }, id_check_attachments);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { add_round(); }, id_add_round);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { edit_round(); }, id_edit_round);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { remove_round(); }, id_remove_round);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { change_round_state(); }, id_round_state);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_conflict_matrix(); }, id_conflict_matrix);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_coverage(); }, id_coverage);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { check_person_avoidance(); }, id_check_person);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_unit_avoiders(); }, id_unit_avoiders);

    const auto person_selected = [this](wxUpdateUIEvent& e) {
        e.Enable(m_book && m_book->GetSelection() == 0 && m_people_page->selected_person().has_value());
    };
    Bind(wxEVT_UPDATE_UI, person_selected, id_edit_person);
    Bind(wxEVT_UPDATE_UI, person_selected, id_remove_person);
    Bind(wxEVT_UPDATE_UI, person_selected, id_person_history);
    Bind(wxEVT_UPDATE_UI, person_selected, id_check_person);
    const auto people_selected = [this](wxUpdateUIEvent& e) {
        e.Enable(m_book && m_book->GetSelection() == 0 && m_people_page->selected_count() > 0);
    };
    for (const int id : {id_add_to_pool, id_suspend, id_record_training, id_export_selection})
        Bind(wxEVT_UPDATE_UI, people_selected, id);
    const auto unit_selected = [this](wxUpdateUIEvent& e) {
        e.Enable(m_units_page && m_units_page->selected_unit().has_value());
    };
    Bind(wxEVT_UPDATE_UI, unit_selected, id_edit_unit);
    Bind(wxEVT_UPDATE_UI, unit_selected, id_remove_unit);
    Bind(wxEVT_UPDATE_UI, unit_selected, id_unit_avoiders);
    const auto round_selected = [this](wxUpdateUIEvent& e) {
        e.Enable(m_rounds_page && m_rounds_page->selected_round().has_value());
    };
    for (const int id : {id_edit_round, id_remove_round, id_round_state, id_conflict_matrix})
        Bind(wxEVT_UPDATE_UI, round_selected, id);
}

void MainFrame::build_toolbar()
{
    wxToolBar* bar = CreateToolBar(wxTB_HORIZONTAL | wxTB_FLAT | wxTB_HORZ_TEXT);
    bar->AddTool(id_open_database, _("Open"), icon_bundle("open_database"), _("Open another database file"));
    bar->AddSeparator();
    bar->AddTool(id_add_person, _("Add Person"), icon_bundle("person_add"), _("Add a person (Ctrl+N)"));
    bar->AddTool(id_edit_person, _("Edit"), icon_bundle("person_edit"), _("Edit the selected person (Ctrl+E)"));
    bar->AddTool(id_remove_person, _("Remove"), icon_bundle("person_remove"), _("Remove the selected person"));
    bar->AddSeparator();
    bar->AddTool(id_add_unit, _("Add Unit"), icon_bundle("unit_add"), _("Add a unit under the selected one"));
    bar->AddTool(id_edit_unit, _("Edit Unit"), icon_bundle("unit_edit"), _("Edit the selected unit"));
    bar->AddSeparator();
    bar->AddTool(id_person_history, _("History"), icon_bundle("history"),
                 _("Change history of the selected person (Ctrl+H)"));
    bar->AddTool(id_annual_review, _("Annual Review"), icon_bundle("annual_review"),
                 _("Pool members to look at this year"));
    bar->AddSeparator();
    bar->AddTool(id_specialties, _("Specialties"), icon_bundle("specialties"), _("Edit the specialty catalogue"));
    bar->AddTool(id_settings, _("Settings"), icon_bundle("settings"), _("Language, start-up database, entry and review rules"));
    bar->Realize();
}

void MainFrame::set_database(std::unique_ptr<db::Database> database)
{
    cancel_reading_people();  // it reads through the database being replaced
    m_database = std::move(database);
    show_database(start_people_thread());
}

void MainFrame::show_database(bool reading)
{
    const wxString target = to_wx(m_database->display_target());
    SetTitle(_("xuncha - Inspection Personnel Pools") + wxS(" — ") +
             (m_database->backend() == db::Backend::sqlite ? wxFileName(target).GetFullName() : target));
    if (reading) {
        // The catalogues are small: read here, so that the navigation, units and rounds show at once.
        const bool read = guarded(this, _("The data could not be read from the database."), [&] {
            read_catalogues();
            show_data(std::nullopt);
        });
        m_filling_navigation = false;
        if (!read) cancel_reading_people();  // told; nothing is shown, as when any part cannot be read
        update_status();
    } else {
        reload();
    }
    if (const auto& backup = m_database->backup_path())
        SetStatusText(wxString::Format(_("The database was upgraded; a copy of the old file was kept: %s"),
                                       to_wx(*backup)),
                      0);
}

void MainFrame::reload()
{
    cancel_reading_people();  // superseded: everything is read again here
    guarded(this, _("The data could not be read from the database."), [&] {
        read_catalogues();
        show_data(db::PersonRepository(*m_database).list());
    });
    m_filling_navigation = false;
    update_status();
}

void MainFrame::read_catalogues()
{
    db::CatalogRepository catalogs(*m_database);
    m_pools = catalogs.pools();
    m_specialties = catalogs.specialties();
    m_units = db::UnitRepository(*m_database).list();
    m_rounds = db::RoundRepository(*m_database).list();
}

bool MainFrame::start_people_thread()
{
    cancel_reading_people();
    auto result = std::make_shared<PeopleRead>();
    const unsigned generation = ++m_read_generation;
    const db::Database* database = m_database.get();
    try {
        m_reader = std::jthread([this, database, result, generation] {
            try {
                if (const auto connection = database->open_another()) {
                    // A third connection reads the people's specialties and memberships meanwhile.
                    const auto helper = database->open_another();
                    db::PersonRepository people(*connection);
                    // The names (a third of the time) show while the other columns are read. The list
                    // opens sorted by name: that order is computed here too, while the helper reads.
                    const auto by_name = [](std::vector<std::size_t>& order) {
                        return [&order](const std::vector<model::PersonSummary>& read) {
                            order = sort_people(read, PersonColumn::name, true, PersonSortContext{});
                        };
                    };
                    result->names = people.list_names(helper.get(), by_name(result->names_by_name));
                    CallAfter([this, generation] { names_read(generation); });
                    result->wait_names_handled(std::chrono::seconds(2));
                    // The rest in the background: at a lower priority than the window and the display
                    // server drawing the names (the threads this one starts inherit it).
                    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10);
                    result->people = people.list(helper.get(), by_name(result->by_name));
                    result->done = true;
                } else {
                    result->needs_this_connection = true;
                }
            } catch (...) {
                result->error = std::current_exception();
            }
            // Queued for the GUI thread (thread-safe); dropped with the frame if it is destroyed first.
            CallAfter([this, generation] { people_read(generation); });
        });
    } catch (const std::system_error&) {
        return false;  // no thread to be had: the caller reads here, as before
    }
    m_read = std::move(result);
    return true;
}

void MainFrame::names_read(unsigned generation)
{
    // Abandoned, already replaced by the whole people (finish_reading_people), or about to be.
    if (generation != m_read_generation || !m_reader.joinable() || !m_read) return;
    const auto read = m_read;
    const auto handled = [&] { read->names_handled(); };
    if (read->done) return handled();
    // Names only show in name order (the user may have chosen another before they came).
    const auto& list = m_people_page->list_model();
    if (list.sort_column() != PersonColumn::name || !list.sort_ascending()) return handled();
    // The rows in view are read whole on this thread, through the window's own connection. A failure
    // leaves their other cells empty for a moment: the read of the whole people, under way, reports it.
    auto complete = [this](const std::vector<model::PersonId>& ids) {
        try {
            return db::PersonRepository(*m_database).summaries(ids);
        } catch (const std::exception&) {
            return std::vector<model::PersonSummary>{};
        }
    };
    guarded(this, _("The data could not be read from the database."), [&] {
        show_data(std::move(read->names), std::move(read->names_by_name), true, std::move(complete));
    });
    m_filling_navigation = false;
    update_status();
    handled();
}

void MainFrame::people_read(unsigned generation)
{
    // Abandoned (a reload or another database came first), or already shown by finish_reading_people.
    if (generation != m_read_generation || !m_reader.joinable()) return;
    if (m_read) m_read->names_handled();  // not to be waited for now
    m_reader.join();
    auto result = std::move(m_read);
    const bool shown = guarded(this, _("The data could not be read from the database."), [&] {
        if (result->error) std::rethrow_exception(result->error);
        if (result->needs_this_connection) {
            show_data(db::PersonRepository(*m_database).list());
            return;
        }
        show_data(std::move(result->people), std::move(result->by_name), true);
    });
    // Told; the names shown meanwhile go too, as nothing is shown when any part cannot be read.
    if (!shown && m_people_page->list_model().names_only()) show_data(std::nullopt);
    m_filling_navigation = false;
    update_status();
    result.reset();
    give_back_free_memory();
}

void MainFrame::finish_reading_people()
{
    if (m_reader.joinable()) people_read(m_read_generation);
}

void MainFrame::cancel_reading_people()
{
    if (m_reader.joinable()) {
        if (m_read) m_read->names_handled();  // not to be waited for now
        m_reader.join();
    }
    ++m_read_generation;
    m_read.reset();
}

void MainFrame::show_data(std::optional<std::vector<model::PersonSummary>> people, std::vector<std::size_t> by_name,
                          bool catalogues_shown, PersonListModel::Completer complete)
{
    std::unordered_map<model::UnitId, std::size_t> per_unit;
    std::unordered_map<model::PoolId, std::size_t> per_pool;
    if (people) {
        for (const auto& person : *people)
            if (person.unit_id) ++per_unit[*person.unit_id];
        for (const auto& person : *people)
            for (const auto& membership : person.memberships) ++per_pool[membership.pool_id];
    }
    // While the people are being read their counts are unknown: the labels show none yet.
    const auto label = [&](const wxString& name, std::size_t count) {
        return people ? wxString::Format(_("%s (%zu)"), name, count) : name;
    };

    // Navigation: each pool with its size, everybody, units; the current choice kept.
    std::optional<model::PoolId> current_pool = m_people_page->pool();
    const bool on_units = m_book->GetSelection() == page_units;
    const bool on_rounds = m_book->GetSelection() == page_rounds;
    m_filling_navigation = true;
    m_navigation->DeleteAllItems();
    const wxTreeItemId root = m_navigation->AddRoot(wxString());
    wxTreeItemId select;
    for (const auto& pool : m_pools) {
        const auto it = per_pool.find(pool.id);
        const wxTreeItemId item =
            m_navigation->AppendItem(root, label(to_wx(pool.name), it == per_pool.end() ? std::size_t{0} : it->second),
                                     image_pool, -1, new NavigationData(NavigationData::Kind::pool, pool.id));
        if (!on_units && current_pool == pool.id) select = item;
    }
    const wxTreeItemId everybody =
        m_navigation->AppendItem(root, label(_("All People"), people ? people->size() : 0), image_everybody, -1,
                                 new NavigationData(NavigationData::Kind::everybody));
    const wxTreeItemId units = m_navigation->AppendItem(root, label(_("Units"), m_units.size()), image_unit, -1,
                                                        new NavigationData(NavigationData::Kind::units));
    const wxTreeItemId rounds =
        m_navigation->AppendItem(root, label(_("Inspection Rounds"), m_rounds.size()), image_round, -1,
                                 new NavigationData(NavigationData::Kind::rounds));
    if (on_units) select = units;
    if (on_rounds) select = rounds;
    if (!select.IsOk()) select = everybody;
    m_navigation->SelectItem(select);
    m_filling_navigation = false;

    // A pool that no longer exists: show everybody.
    if (!on_units && !on_rounds && select == everybody) m_people_page->set_pool(std::nullopt);
    const bool names_only = static_cast<bool>(complete);
    m_people_page->set_data(people ? std::move(*people) : std::vector<model::PersonSummary>{}, m_units, m_pools,
                            m_specialties, std::move(by_name), std::move(complete));
    if (names_only) return;  // names have no units: the units' counts come with the whole people
    if (!catalogues_shown) {
        m_units_page->set_units(m_units, std::move(per_unit), m_rounds);
        m_rounds_page->set_rounds(m_rounds);
        return;
    }
    // The units page (not shown at start) only gains the people counts: after the list has painted.
    // Dropped when a reload or another database came first (they show their own).
    CallAfter([this, generation = m_read_generation, per_unit = std::move(per_unit)]() mutable {
        if (generation == m_read_generation) m_units_page->set_units(m_units, std::move(per_unit), m_rounds);
    });
}

void MainFrame::on_navigation(wxTreeEvent& event)
{
    if (m_filling_navigation) return;
    const auto* data = dynamic_cast<const NavigationData*>(m_navigation->GetItemData(event.GetItem()));
    if (!data) return;
    switch (data->kind()) {
    case NavigationData::Kind::pool: show_pool(data->pool()); break;
    case NavigationData::Kind::everybody: show_pool(std::nullopt); break;
    case NavigationData::Kind::units: show_units(); break;
    case NavigationData::Kind::rounds: show_rounds(); break;
    }
}

void MainFrame::show_pool(std::optional<model::PoolId> pool)
{
    m_book->SetSelection(0);
    m_people_page->set_pool(pool);
    select_navigation([&](const wxTreeItemData* item) {
        const auto* data = dynamic_cast<const NavigationData*>(item);
        return data && ((pool && data->kind() == NavigationData::Kind::pool && data->pool() == *pool) ||
                        (!pool && data->kind() == NavigationData::Kind::everybody));
    });
    update_status();
}

void MainFrame::show_units()
{
    m_book->SetSelection(page_units);
    select_navigation([](const wxTreeItemData* item) {
        const auto* data = dynamic_cast<const NavigationData*>(item);
        return data && data->kind() == NavigationData::Kind::units;
    });
    update_status();
}

void MainFrame::show_rounds()
{
    m_book->SetSelection(page_rounds);
    select_navigation([](const wxTreeItemData* item) {
        const auto* data = dynamic_cast<const NavigationData*>(item);
        return data && data->kind() == NavigationData::Kind::rounds;
    });
    update_status();
}

void MainFrame::select_navigation(const std::function<bool(const wxTreeItemData*)>& match)
{
    // Keeps the navigation in step when a view is chosen from code (menus, tests, Ctrl+F).
    wxTreeItemIdValue cookie;
    const wxTreeItemId root = m_navigation->GetRootItem();
    for (wxTreeItemId item = root.IsOk() ? m_navigation->GetFirstChild(root, cookie) : wxTreeItemId(); item.IsOk();
         item = m_navigation->GetNextChild(root, cookie)) {
        if (match(m_navigation->GetItemData(item)) && m_navigation->GetSelection() != item) {
            m_filling_navigation = true;
            m_navigation->SelectItem(item);
            m_filling_navigation = false;
        }
    }
}

void MainFrame::update_status()
{
    if (!GetStatusBar() || !m_people_page || !m_database) return;
    const auto& list = m_people_page->list_model();
    const std::size_t selected = m_people_page->selected_count();
    if (m_book->GetSelection() == 0 && reading_people() && !list.names_only())
        SetStatusText(wxString(), 1);  // no count yet: "0 of 0" would be wrong for a moment
    else if (m_book->GetSelection() == 0 && selected > 1)
        SetStatusText(wxString::Format(_("Showing %zu of %zu people, %zu selected"), list.shown_count(),
                                       list.total_count(), selected),
                      1);
    else if (m_book->GetSelection() == 0)
        SetStatusText(wxString::Format(_("Showing %zu of %zu people"), list.shown_count(), list.total_count()), 1);
    else if (m_book->GetSelection() == page_rounds)
        SetStatusText(wxString::Format(XUNCHA_PLURAL("%zu round", "%zu rounds", m_rounds.size()), m_rounds.size()), 1);
    else
        SetStatusText(wxString::Format(XUNCHA_PLURAL("%zu unit", "%zu units", m_units.size()), m_units.size()), 1);
    SetStatusText(wxString::Format(_("Database: %s"), to_wx(m_database->display_target())), 2);
}

void MainFrame::on_close(wxCloseEvent& event)
{
    cancel_reading_people();  // nothing is shown in a closing window
    m_people_page->save_layout();
    m_settings.flush();
    event.Skip();
}

model::Date MainFrame::today() const
{
    return boost::gregorian::day_clock::local_day();
}

std::optional<model::Person> MainFrame::load_person(model::PersonId id)
{
    std::optional<model::Person> person;
    guarded(this, _("The person could not be read from the database."),
            [&] { person = db::PersonRepository(*m_database).find(id); });
    return person;
}

void MainFrame::offer_demo_if_empty()
{
    bool empty = false;
    guarded(this, _("The database could not be read."), [&] { empty = m_database->is_empty(); });
    if (!empty) return;
    wxMessageDialog offer(this,
                          _("The database is empty. Load the demo data?\n\nThe demo is a fictitious county with "
                            "about 250 people in the pools and 60 units, for trying xuncha out. Choose No to "
                            "start with an empty database."),
                          _("Empty Database"), wxYES_NO | wxICON_QUESTION);
    offer.SetYesNoLabels(_("Load Demo Data"), _("Start Empty"));
    if (offer.ShowModal() == wxID_YES) load_demo_data();
}

bool MainFrame::load_demo_data()
{
    bool loaded = false;
    guarded(this, _("The demo data could not be loaded."), [&] {
        if (!m_database->is_empty()) {
            message_box(this,
                        _("The demo data can only be loaded into an empty database, so that it never mixes with "
                          "real records. Create a new database first (File > New Database)."),
                        _("Load Demo Data"), wxOK | wxICON_INFORMATION);
            return;
        }
        wxBusyCursor busy;
        const ImportReport report = load_demo(*m_database);
        if (!report.ok()) {
            message_box(this, _("The demo data could not be loaded. Nothing was written."), _("Load Demo Data"),
                        wxOK | wxICON_ERROR, problem_lines(report));
            return;
        }
        reload();
        SetStatusText(wxString::Format(_("Demo data loaded: %zu people, %zu units."), report.people, report.units), 0);
        loaded = true;
    });
    return loaded;
}

void MainFrame::export_all()
{
    const auto today = boost::gregorian::day_clock::local_day();
    wxFileName suggestion(wxStandardPaths::Get().GetDocumentsDir(),
                          _("xuncha-data") + wxS("-") + to_wx(model::to_iso(today)) + wxS(".json"));
    wxFileDialog chooser(this, _("Export All Data"), suggestion.GetPath(), suggestion.GetFullName(),
                         _("Exchange files (*.json)|*.json"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (chooser.ShowModal() != wxID_OK) return;
    wxFileName path(chosen_path(chooser));
    if (!path.HasName()) return;
    if (path.GetExt().empty()) path.SetExt(wxS("json"));
    const auto file = from_wx(path.GetFullPath());
    bool written = false;
    std::optional<std::string> write_error;  // the file's, in Chinese: which file and why
    guarded(this, _("The data could not be exported. No file was written."), [&] {
        wxBusyCursor busy;
        try {
            export_dataset_to_file(*m_database, file);
            written = true;
        } catch (const std::ios_base::failure& error) {
            write_error = error.what();
        }
    });
    // The export held the whole dataset in memory: 550 MB for 100,000 people, kept by the allocator.
    give_back_free_memory();
    if (write_error)
        message_box(this, _("The file could not be written. No file was written."), _("Export All Data"),
                    wxOK | wxICON_ERROR, to_wx(*write_error));
    if (!written) return;
    SetStatusText(wxString::Format(_("Exported all data to %s."), path.GetFullPath()), 0);
    message_box(this,
                wxString::Format(_("Every record, with its photos and scans, is in %s.\n\nThe file holds ID numbers, "
                                   "family relations and integrity opinions: keep it on the office's confidential "
                                   "machine or encrypted media, and never send it by e-mail or chat."),
                                 path.GetFullPath()),
                _("Export All Data"), wxOK | wxICON_INFORMATION);
}

void MainFrame::import_file()
{
    wxFileDialog chooser(this, _("Import Exchange File"), wxString(), wxString(),
                         _("Exchange files (*.json)|*.json|All files (*)|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (chooser.ShowModal() != wxID_OK) return;
    const auto path = chosen_path(chooser);
    if (path.empty()) return;
    if (message_box(this,
                    wxString::Format(_("Add the units, people, trainings, rounds and avoidance cases in %s to this "
                                       "database?\n\nNothing already here is changed or merged. The whole file is "
                                       "checked first: if anything in it is wrong, nothing is imported."),
                                     path),
                    _("Import Exchange File"), wxYES_NO | wxICON_QUESTION) != wxYES)
        return;
    std::optional<ImportReport> report;
    guarded(this, _("The file could not be imported. Nothing was written."), [&] {
        wxBusyCursor busy;
        report = import_dataset_from_file(*m_database, from_wx(path));
    });
    // The document and the dataset read from it are gone; a refused import shows no list to read again.
    give_back_free_memory();
    if (!report) return;
    if (!report->ok()) {
        message_box(this,
                    wxString::Format(XUNCHA_PLURAL("The file has %zu problem. Nothing was imported.",
                                                   "The file has %zu problems. Nothing was imported.",
                                                   report->problems.size()),
                                     report->problems.size()),
                    _("Import Exchange File"), wxOK | wxICON_ERROR, problem_lines(*report));
        return;
    }
    reload();
    wxString done = wxString::Format(_("Imported %zu units, %zu people, %zu trainings, %zu rounds and %zu avoidance "
                                        "cases."),
                                     report->units, report->people, report->trainings, report->rounds,
                                     report->avoidance_cases);
    SetStatusText(done, 0);
    if (report->settings == SettingsOutcome::kept)
        done += wxS("\n\n") + _("This database's own rule settings were kept; the file's differ from them.");
    else if (report->settings == SettingsOutcome::applied)
        done += wxS("\n\n") + _("The file's rule settings now apply to this database.");
    message_box(this, done, _("Import Exchange File"), wxOK | wxICON_INFORMATION);
}

void MainFrame::open_database()
{
    wxFileDialog chooser(this, _("Open Database"), wxString(), wxString(),
                         _("xuncha databases (*.sqlite)|*.sqlite|All files (*)|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (chooser.ShowModal() != wxID_OK) return;
    if (auto database = open_database_or_explain(this, from_wx(chooser.GetPath()), false)) {
        set_database(std::move(database));
        offer_demo_if_empty();
    }
}

void MainFrame::new_database()
{
    wxFileDialog chooser(this, _("New Database"), wxString(), wxS("xuncha.sqlite"),
                         _("xuncha databases (*.sqlite)|*.sqlite"), wxFD_SAVE);
    if (chooser.ShowModal() != wxID_OK) return;
    wxFileName path(chooser.GetPath());
    if (path.GetExt().empty()) path.SetExt(wxS("sqlite"));
    if (path.FileExists()) {
        // Never overwrite: a database file may hold the only copy of the records.
        message_box(this,
                    wxString::Format(_("%s already exists. Choose another name, or open it with File > Open "
                                       "Database."),
                                     path.GetFullPath()),
                    _("New Database"), wxOK | wxICON_WARNING);
        return;
    }
    if (auto database = open_database_or_explain(this, from_wx(path.GetFullPath()), true)) {
        set_database(std::move(database));
        offer_demo_if_empty();
    }
}

void MainFrame::add_person()
{
    model::Person person;
    if (const auto pool = m_people_page->pool()) {
        // Adding while a pool is shown: the new person joins it from today.
        model::PoolMembership membership;
        membership.pool_id = *pool;
        membership.status = model::MembershipStatus::active;
        membership.entry_date = today();
        person.memberships.push_back(membership);
    }
    // The editor works on values (trainings, settings read here); what it creates is saved below.
    std::optional<PersonEditorContext> context;
    guarded(this, _("The data could not be read from the database."), [&] {
        context = make_person_editor_context(*m_database, m_units, m_specialties, m_pools, today());
    });
    if (!context) return;
    PersonDialog dialog(this, person, *context);
    if (dialog.ShowModal() != wxID_OK) return;
    model::Person created = dialog.person();
    bool saved = false;
    guarded(this, _("The person could not be saved."), [&] {
        db::Transaction tx(*m_database);
        save_person_with_trainings(tx, created, dialog.new_trainings());
        tx.commit();
        saved = true;
    });
    reload();
    if (!saved) return;
    if (!m_people_page->select_person(created.id)) {
        show_pool(std::nullopt);
        m_people_page->search_ctrl()->Clear();
        m_people_page->select_person(created.id);
    }
    SetStatusText(wxString::Format(_("Added %s."), to_wx(created.name)), 0);
}

void MainFrame::edit_person()
{
    const auto id = m_people_page->selected_person();
    if (!id) return;
    const auto person = load_person(*id);
    if (!person) {
        message_box(this, _("This person is no longer in the database; the list has been reloaded."),
                    _("Edit Person"), wxOK | wxICON_INFORMATION);
        reload();
        return;
    }
    std::optional<PersonEditorContext> context;
    guarded(this, _("The data could not be read from the database."), [&] {
        context = make_person_editor_context(*m_database, m_units, m_specialties, m_pools, today());
    });
    if (!context) return;
    PersonDialog dialog(this, *person, *context);
    if (dialog.ShowModal() != wxID_OK) return;
    model::Person edited = dialog.person();
    if (edited == *person) return;
    bool saved = false;
    guarded(this, _("The changes could not be saved."), [&] {
        db::Transaction tx(*m_database);
        save_person_with_trainings(tx, edited, dialog.new_trainings());
        tx.commit();
        saved = true;
    });
    reload();
    m_people_page->select_person(edited.id);
    m_people_page->refresh_detail();
    if (saved) SetStatusText(wxString::Format(_("Saved the changes to %s."), to_wx(edited.name)), 0);
}

void MainFrame::remove_person()
{
    const auto id = m_people_page->selected_person();
    if (!id) return;
    const auto row = m_people_page->list_model().row_of(*id);
    const auto* summary = row ? m_people_page->list_model().at_row(*row) : nullptr;
    if (!summary) return;
    const wxString name = to_wx(summary->name);
    wxMessageDialog confirm(this,
                            wxString::Format(_("Remove %s from the database?"), name),
                            _("Remove Person"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    confirm.SetExtendedMessage(_("Everything on the person's record goes with it: pool memberships, work history, "
                                 "relatives, trainings, assessments, pledges and secondments. The removal is "
                                 "recorded in the audit log with every field."));
    confirm.SetYesNoLabels(_("Remove"), _("Keep"));
    if (confirm.ShowModal() != wxID_YES) return;
    bool removed = false;
    try {
        db::Transaction tx(*m_database);
        db::PersonRepository(*m_database).remove(tx, *id);
        tx.commit();
        removed = true;
    } catch (const db::DbError& error) {
        if (error.category() == db::DbError::Category::in_use)
            message_box(this,
                        wxString::Format(_("%s cannot be removed: an inspection group or an avoidance case names "
                                           "them. Take them out of the round's groups and cases first. Nothing "
                                           "was removed."),
                                         name),
                        _("Remove Person"), wxOK | wxICON_WARNING);
        else
            show_db_error(this, error, wxString::Format(_("%s could not be removed."), name));
    } catch (const std::exception& error) {
        show_unexpected_error(this, error, wxString::Format(_("%s could not be removed."), name));
    }
    reload();
    if (removed) SetStatusText(wxString::Format(_("Removed %s."), name), 0);
}

void MainFrame::add_unit()
{
    model::Unit unit;
    const auto parent_id = m_units_page->selected_unit();
    const model::Unit* parent = nullptr;
    for (const auto& candidate : m_units)
        if (parent_id && candidate.id == *parent_id) parent = &candidate;
    int last = 0;
    for (const auto& candidate : m_units) last = std::max(last, candidate.sort_order);
    unit.sort_order = last + 1;
    if (parent) {
        unit.parent_id = parent->id;
        unit.jurisdiction = parent->jurisdiction;
        // A sensible first guess: villages sit under townships, communities under subdistricts.
        if (parent->type == model::UnitType::township) unit.type = model::UnitType::village;
        else if (parent->type == model::UnitType::subdistrict) unit.type = model::UnitType::community;
    }
    UnitDialog dialog(this, unit, m_units, m_people_page->list_model().people());
    if (dialog.ShowModal() != wxID_OK) return;
    model::Unit created = dialog.unit();
    bool saved = false;
    guarded(this, _("The unit could not be saved."), [&] {
        db::Transaction tx(*m_database);
        db::UnitRepository(*m_database).create(tx, created);
        tx.commit();
        saved = true;
    });
    reload();
    if (!saved) return;
    show_units();
    m_units_page->select_unit(created.id);
    SetStatusText(wxString::Format(_("Added %s."), to_wx(created.name)), 0);
}

void MainFrame::edit_unit()
{
    const auto id = m_units_page->selected_unit();
    if (!id) return;
    const auto it = std::find_if(m_units.begin(), m_units.end(), [&](const auto& u) { return u.id == *id; });
    if (it == m_units.end()) return;
    const model::Unit original = *it;
    UnitDialog dialog(this, original, m_units, m_people_page->list_model().people());
    if (dialog.ShowModal() != wxID_OK || dialog.unit() == original) return;
    const model::Unit edited = dialog.unit();
    bool saved = false;
    guarded(this, _("The changes could not be saved."), [&] {
        db::Transaction tx(*m_database);
        db::UnitRepository(*m_database).update(tx, edited);
        tx.commit();
        saved = true;
    });
    reload();
    m_units_page->select_unit(edited.id);
    if (saved) SetStatusText(wxString::Format(_("Saved the changes to %s."), to_wx(edited.name)), 0);
}

void MainFrame::remove_unit()
{
    const auto id = m_units_page->selected_unit();
    if (!id) return;
    const auto it = std::find_if(m_units.begin(), m_units.end(), [&](const auto& u) { return u.id == *id; });
    if (it == m_units.end()) return;
    const wxString name = to_wx(it->name);
    wxMessageDialog confirm(this, wxString::Format(_("Remove the unit %s?"), name), _("Remove Unit"),
                            wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    confirm.SetExtendedMessage(_("A unit can only be removed while nobody works there and no other unit sits "
                                 "under it. The removal is recorded in the audit log."));
    confirm.SetYesNoLabels(_("Remove"), _("Keep"));
    if (confirm.ShowModal() != wxID_YES) return;
    try {
        db::Transaction tx(*m_database);
        db::UnitRepository(*m_database).remove(tx, *id);
        tx.commit();
        SetStatusText(wxString::Format(_("Removed %s."), name), 0);
    } catch (const db::DbError& error) {
        if (error.category() == db::DbError::Category::in_use) {
            message_box(this,
                        wxString::Format(_("%s cannot be removed: people work there, units sit under it, or other "
                                           "records refer to it. Move them to another unit first. Nothing was "
                                           "removed."),
                                         name),
                        _("Remove Unit"), wxOK | wxICON_WARNING);
        } else {
            show_db_error(this, error, wxString::Format(_("%s could not be removed."), name));
        }
    } catch (const std::exception& error) {
        show_unexpected_error(this, error, wxString::Format(_("%s could not be removed."), name));
    }
    reload();
}

void MainFrame::edit_specialties()
{
    std::unordered_set<model::SpecialtyId> in_use;
    for (const auto& person : m_people_page->list_model().people())
        in_use.insert(person.specialties.begin(), person.specialties.end());
    SpecialtyCatalogDialog dialog(this, m_specialties, in_use);
    if (dialog.ShowModal() != wxID_OK) return;
    const auto before = m_specialties;
    auto after = dialog.specialties();
    if (after == before) return;
    guarded(this, _("The specialty catalogue could not be saved. Nothing was changed."), [&] {
        db::Transaction tx(*m_database);
        db::CatalogRepository catalogs(*m_database);
        for (const auto& old : before) {
            const bool kept = std::any_of(after.begin(), after.end(), [&](const auto& s) { return s.id == old.id; });
            if (!kept) catalogs.remove(tx, old.id);
        }
        for (auto& specialty : after) {
            if (!specialty.id.is_saved()) {
                catalogs.create(tx, specialty);
                continue;
            }
            const auto old = std::find_if(before.begin(), before.end(), [&](const auto& s) { return s.id == specialty.id; });
            if (old != before.end() && *old != specialty) catalogs.update(tx, specialty);
        }
        tx.commit();
        SetStatusText(_("The specialty catalogue was saved."), 0);
    });
    reload();
}

void MainFrame::edit_settings()
{
    const SettingsValues current{m_settings.language(), m_settings.startup_database()};
    // Rules that cannot be read are not offered for editing; the language can still be changed.
    const auto office = load_office_settings();
    std::vector<std::string> jurisdictions;
    for (const auto& unit : m_units)
        if (!unit.jurisdiction.empty() &&
            std::find(jurisdictions.begin(), jurisdictions.end(), unit.jurisdiction) == jurisdictions.end())
            jurisdictions.push_back(unit.jurisdiction);
    SettingsDialog dialog(this, current, office.value_or(model::OfficeSettings{}), default_database_path(),
                          jurisdictions);
    if (!office) dialog.disable_rules();
    if (dialog.ShowModal() != wxID_OK) return;
    if (office && dialog.office() != *office) {
        const bool saved = guarded(this, _("The rules could not be saved. Nothing was changed."), [&] {
            db::Transaction tx(*m_database);
            db::SettingsRepository(*m_database).save(tx, dialog.office());
            tx.commit();
        });
        if (saved) SetStatusText(_("The rules were saved."), 0);
    }
    if (dialog.values() == current) return;
    m_settings.set_language(dialog.values().language);
    m_settings.set_startup_database(dialog.values().startup_database);
    m_settings.flush();
    if (dialog.values().language != current.language)
        message_box(this, _("The new language takes effect when xuncha is restarted."), _("Settings"),
                    wxOK | wxICON_INFORMATION);
}

void MainFrame::about()
{
    wxAboutDialogInfo info;
    info.SetName(wxS("xuncha"));
    info.SetVersion(wxASCII_STR(XUNCHA_VERSION));
    info.SetDescription(_("Personnel pools, units and inspection teams for the inspection office of a "
                          "county or city Party committee."));
    info.SetIcon(GetIcon());
    wxAboutBox(info, this);
}

}  // namespace xuncha::app
