// End-to-end tests of the main window on a real SQLite database, as an office worker uses it.
#include "gui_test_support.h"

#include "app/gui/main_frame.h"
#include "app/gui/messages.h"
#include "app/gui/people_page.h"
#include "app/gui/person_dialog.h"
#include "app/gui/settings.h"
#include "app/gui/settings_dialog.h"
#include "app/gui/specialty_catalog_dialog.h"
#include "app/gui/startup.h"
#include "app/gui/unit_dialog.h"
#include "app/gui/units_page.h"
#include "app/gui/wx_text.h"
#include "db/audit_repository.h"
#include "db/catalog_repository.h"
#include "db/person_repository.h"
#include "db/unit_repository.h"
#include "model/pinyin.h"

#include <catch2/catch.hpp>

#include <wx/config.h>
#include <wx/dataview.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/srchctrl.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>
#include <wx/weakref.h>

#include <libintl.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace xuncha;
using test::post_menu;
using app::PersonColumn;
using app::PersonDialog;
using model::Field;
using test::ExpectDialog;

namespace {

void search(app::PeoplePage& page, const char* text)
{
    page.search_ctrl()->SetValue(wxString::FromUTF8(text));  // sends wxEVT_TEXT like typing does
    test::settle(100);
}

}  // namespace

TEST_CASE("the main window opens in Chinese with the demo county loaded through the menu", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path());
    auto& frame = fixture.frame();

    CHECK(frame.GetMenuBar()->GetMenuLabelText(0) == wxString::FromUTF8("文件"));
    CHECK(frame.database().is_empty());
    post_menu(frame, app::id_load_demo);
    const auto& list = frame.people_page().list_model();
    CHECK(list.total_count() >= 200);
    CHECK(list.shown_count() == list.total_count());
    CHECK_FALSE(frame.database().is_empty());
    // The pools are in the navigation, with their sizes.
    REQUIRE(frame.pools().size() >= 3);
    wxTreeItemIdValue cookie;
    const wxString first_label =
        frame.navigation()->GetItemText(frame.navigation()->GetFirstChild(frame.navigation()->GetRootItem(), cookie));
    CHECK(first_label.StartsWith(app::to_wx(frame.pools().front().name)));

    // Choosing a pool shows its members only.
    frame.show_pool(frame.pools().front().id);
    CHECK(list.shown_count() > 0);
    CHECK(list.shown_count() < list.total_count());
    for (unsigned row = 0; row < list.shown_count(); ++row)
        CHECK(app::membership_in(*list.at_row(row), frame.pools().front().id) != nullptr);
}

TEST_CASE("GTK's own words in the file dialogs follow the interface's language, whatever the system's", "[gui]")
{
    // The tests run under LANG=C.UTF-8, a machine set up in English. The file chooser's "Other
    // Locations" and column headings come from GTK's catalogue, not from wx's or ours.
    CHECK(std::string(dgettext("gtk30", "Other Locations")) == "其他位置");
    CHECK(std::string(dgettext("gtk30", "Modified")) == "修改日期");

    app::setup_translations(app::UiLanguage::english);
    CHECK(std::string(dgettext("gtk30", "Other Locations")) == "Other Locations");
    CHECK(app::from_wx(_("Export All Data")) == "Export All Data");

    app::setup_translations(app::UiLanguage::chinese);
    CHECK(std::string(dgettext("gtk30", "Other Locations")) == "其他位置");
    CHECK(app::from_wx(_("Export All Data")) == "导出全部数据");
}

TEST_CASE("searching zhang, editing the post and saving changes the database and the audit log", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path());
    auto& frame = fixture.frame();
    REQUIRE(frame.load_demo_data());
    auto& page = frame.people_page();
    const auto& list = page.list_model();

    search(page, "zhang");
    REQUIRE(list.shown_count() > 0);
    CHECK(list.shown_count() < list.total_count());
    const model::NameQuery query("zhang");
    std::size_t expected = 0;
    for (const auto& person : list.people())
        if (query.matches(person.name, person.name_pinyin, person.name_initials)) ++expected;
    CHECK(list.shown_count() == expected);
    for (unsigned row = 0; row < list.shown_count(); ++row) {
        const auto* person = list.at_row(row);
        INFO(person->name << " " << person->name_pinyin);
        CHECK(query.matches(person->name, person->name_pinyin, person->name_initials));
        CHECK_FALSE(list.text(row, PersonColumn::name).empty());
    }
    page.select_row(0);
    const auto id = page.selected_person();
    REQUIRE(id);
    test::settle(200);
    CHECK(test::save_screenshot(frame, test::screenshot_dir() / "main.png"));

    db::PersonRepository people(frame.database());
    const auto before = people.find(*id);
    REQUIRE(before);
    const std::string new_post = before->post == "巡察专员" ? "巡察联络员" : "巡察专员";

    bool accepted = false;
    wxString shown_title;
    wxTEST_DIALOG(post_menu(frame, app::id_edit_person), ExpectDialog<PersonDialog>([&](PersonDialog& dialog) {
                      dialog.Show();
                      test::settle(300);
                      shown_title = dialog.GetTitle();
                      test::save_screenshot(dialog, test::screenshot_dir() / "person_dialog.png");
                      // Every tab, for a look at the layout.
                      for (std::size_t tab = 1; tab < dialog.notebook()->GetPageCount(); ++tab) {
                          dialog.notebook()->SetSelection(tab);
                          test::save_screenshot(dialog, test::screenshot_dir() /
                                                            ("person_dialog_tab" + std::to_string(tab + 1) + ".png"));
                      }
                      dialog.notebook()->SetSelection(0);
                      auto* post = dynamic_cast<wxTextCtrl*>(dialog.field_control(Field::post));
                      if (!post) return wxID_CANCEL;
                      post->SetValue(app::to_wx(new_post));
                      test::press_ok(dialog);
                      accepted = !dialog.IsShown();
                      dialog.Hide();
                      return accepted ? wxID_OK : wxID_CANCEL;
                  }));
    CHECK(shown_title.Contains(app::to_wx(before->name)));
    REQUIRE(accepted);

    const auto after = people.find(*id);
    REQUIRE(after);
    CHECK(after->post == new_post);
    CHECK(after->name == before->name);

    db::AuditQuery audit_query;
    audit_query.entity = "person";
    audit_query.entity_id = id->value();
    const auto trail = db::AuditRepository(frame.database()).list(audit_query);
    REQUIRE_FALSE(trail.empty());
    const auto& entry = trail.front();
    CHECK(entry.action == model::AuditAction::update);
    const auto change = std::find_if(entry.changes.begin(), entry.changes.end(),
                                     [](const model::FieldChange& c) { return c.field == "post"; });
    REQUIRE(change != entry.changes.end());
    CHECK(change->old_value == before->post);
    CHECK(change->new_value == new_post);
    CHECK(entry.changes.size() == 1);

    // The list and the detail pane show the new post.
    const auto row = list.row_of(*id);
    REQUIRE(row);
    CHECK(list.text(*row, PersonColumn::post) == app::to_wx(new_post));
    REQUIRE(page.detail_panel()->shown());
    CHECK(page.detail_panel()->shown()->post == new_post);
}

TEST_CASE("a person dialog with a wrong ID number or date stays open and says what is wrong at the field", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    auto& page = frame.people_page();
    page.select_row(0);
    const auto id = page.selected_person();
    REQUIRE(id);
    db::PersonRepository people(frame.database());
    const auto before = people.find(*id);
    REQUIRE(before);
    const auto audit_rows = db::AuditRepository(frame.database()).count();

    bool stayed_open = false;
    bool revealed = false;
    wxString id_problem, date_problem, summary;
    int page_shown = -1;
    wxTEST_DIALOG(post_menu(frame, app::id_edit_person), ExpectDialog<PersonDialog>([&](PersonDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      // The ID number is masked until the user asks to see it.
                      auto* number = dynamic_cast<wxTextCtrl*>(dialog.field_control(Field::id_number));
                      if (!number) return wxID_CANCEL;
                      if (!before->id_number.empty()) revealed = test::click_button(dialog, wxS("reveal_id_number"));
                      // 11010519491231002X is valid; a wrong last character breaks the checksum.
                      number->SetValue(wxS("110105194912310021"));
                      auto* birth = dynamic_cast<wxTextCtrl*>(dialog.field_control(Field::birth_date));
                      if (!birth) return wxID_CANCEL;
                      birth->SetValue(wxS("1980-13-45"));
                      dynamic_cast<wxNotebook*>(dialog.notebook())->SetSelection(2);
                      test::press_ok(dialog);
                      stayed_open = dialog.IsShown();
                      id_problem = dialog.problem_text(Field::id_number);
                      date_problem = dialog.problem_text(Field::birth_date);
                      summary = dialog.summary_text();
                      page_shown = dialog.notebook()->GetSelection();
                      test::save_screenshot(dialog, test::screenshot_dir() / "person_dialog_problems.png");
                      dialog.Hide();
                      return wxID_CANCEL;
                  }));
    if (!before->id_number.empty()) CHECK(revealed);
    CHECK(stayed_open);
    CHECK(id_problem.Contains(wxString::FromUTF8("校验")));
    CHECK(date_problem == app::bad_date_message());
    CHECK(summary.Contains(wxString::FromUTF8("身份证号")));
    CHECK(summary.Contains(wxString::FromUTF8("出生日期")));
    CHECK(page_shown == 0);  // the tab with the first problem is brought forward

    // Nothing was written.
    CHECK(people.find(*id) == before);
    CHECK(db::AuditRepository(frame.database()).count() == audit_rows);
}

TEST_CASE("a unit where people work is not removed and the user is told why", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    const auto& people = frame.people_page().list_model().people();
    const auto with_unit = std::find_if(people.begin(), people.end(), [](const auto& p) { return p.unit_id; });
    REQUIRE(with_unit != people.end());
    const model::UnitId unit = *with_unit->unit_id;

    frame.show_units();
    frame.units_page().select_unit(unit);
    REQUIRE(frame.units_page().selected_unit() == unit);
    wxString refusal;
    wxTEST_DIALOG(post_menu(frame, app::id_remove_unit), wxExpectModal<wxMessageDialog>(wxYES),
                  ExpectDialog<wxMessageDialog>([&](wxMessageDialog& box) {
                      refusal = box.GetMessage();
                      return wxID_OK;
                  }));
    CHECK(refusal.Contains(wxString::FromUTF8("不能删除")));
    CHECK(db::UnitRepository(frame.database()).find(unit).has_value());
}

TEST_CASE("removing a person asks first and leaves a trace in the audit log", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    auto& page = frame.people_page();
    const auto in_rounds = test::people_in_rounds(frame.database());
    REQUIRE_FALSE(in_rounds.empty());
    const auto total = page.list_model().total_count();

    // Somebody an inspection group names is not removed, and the message says why.
    unsigned named_row = 0;
    while (named_row < page.list_model().shown_count() && !in_rounds.count(page.list_model().at_row(named_row)->id))
        ++named_row;
    REQUIRE(named_row < page.list_model().shown_count());
    page.select_row(named_row);
    wxString refusal;
    wxTEST_DIALOG(post_menu(frame, app::id_remove_person), wxExpectModal<wxMessageDialog>(wxYES),
                  ExpectDialog<wxMessageDialog>([&](wxMessageDialog& box) {
                      refusal = box.GetMessage();
                      return wxID_OK;
                  }));
    CHECK(refusal.Contains(wxString::FromUTF8("巡察组")));
    CHECK(page.list_model().total_count() == total);

    unsigned row = 0;
    while (row < page.list_model().shown_count() && in_rounds.count(page.list_model().at_row(row)->id)) ++row;
    page.select_row(row);
    const auto id = page.selected_person();
    REQUIRE(id);
    const std::string name = page.list_model().at_row(row)->name;

    wxString question;
    wxTEST_DIALOG(post_menu(frame, app::id_remove_person), ExpectDialog<wxMessageDialog>([&](wxMessageDialog& box) {
                      question = box.GetMessage();
                      return wxID_NO;
                  }));
    CHECK(question.Contains(app::to_wx(name)));
    CHECK(page.list_model().total_count() == total);

    wxTEST_DIALOG(post_menu(frame, app::id_remove_person), wxExpectModal<wxMessageDialog>(wxYES));
    CHECK(page.list_model().total_count() == total - 1);
    CHECK_FALSE(db::PersonRepository(frame.database()).find(*id));
    db::AuditQuery query;
    query.entity = "person";
    query.entity_id = id->value();
    const auto trail = db::AuditRepository(frame.database()).list(query);
    REQUIRE_FALSE(trail.empty());
    CHECK(trail.front().action == model::AuditAction::remove);
    CHECK(trail.front().entity_label == name);
}

TEST_CASE("a unit without a name is not saved and the unit dialog says so at the field", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    const auto units_before = db::UnitRepository(frame.database()).list();
    REQUIRE_FALSE(units_before.empty());
    frame.show_units();
    frame.units_page().select_unit(units_before.front().id);
    test::settle(200);
    CHECK(test::save_screenshot(frame, test::screenshot_dir() / "units.png"));

    bool stayed_open = false;
    wxString problem;
    wxTEST_DIALOG(post_menu(frame, app::id_add_unit), ExpectDialog<app::UnitDialog>([&](app::UnitDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      test::press_ok(dialog);  // the name is still empty
                      stayed_open = dialog.IsShown();
                      problem = dialog.problem_text(Field::unit_name);
                      test::save_screenshot(dialog, test::screenshot_dir() / "unit_dialog.png");
                      dialog.Hide();
                      return wxID_CANCEL;
                  }));
    CHECK(stayed_open);
    CHECK(problem == app::problem_message({Field::unit_name, model::ProblemCode::required}));
    CHECK(db::UnitRepository(frame.database()).list().size() == units_before.size());
}

TEST_CASE("the specialty catalogue and the settings open from the tools menu with the current values", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    const auto catalogue = db::CatalogRepository(frame.database()).specialties();
    REQUIRE_FALSE(catalogue.empty());

    std::vector<model::Specialty> offered;
    wxTEST_DIALOG(post_menu(frame, app::id_specialties),
                  ExpectDialog<app::SpecialtyCatalogDialog>([&](app::SpecialtyCatalogDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      test::save_screenshot(dialog, test::screenshot_dir() / "specialties.png");
                      offered = dialog.specialties();
                      dialog.Hide();
                      return wxID_CANCEL;
                  }));
    REQUIRE(offered.size() == catalogue.size());
    for (std::size_t i = 0; i < offered.size(); ++i) CHECK(offered[i].name == catalogue[i].name);

    app::SettingsValues shown;
    wxTEST_DIALOG(post_menu(frame, app::id_settings), ExpectDialog<app::SettingsDialog>([&](app::SettingsDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      test::save_screenshot(dialog, test::screenshot_dir() / "settings.png");
                      shown = dialog.values();
                      dialog.Hide();
                      return wxID_CANCEL;
                  }));
    CHECK(shown.language == app::UiLanguage::chinese);
    CHECK(shown.startup_database.empty());
}

// ---- The start-up read of the person list (MainFrame::reading_people) ----
// Right after the window is built its people are still being read on a worker thread; the result comes
// back through the event loop, which these tests do not run until the user's action has been taken.

namespace {

// A main window on the database `file`, shown as the program shows it, its person list still being read.
app::MainFrame* open_while_reading(const std::filesystem::path& file, app::Settings& settings)
{
    auto* frame = new app::MainFrame(db::Database::open(file.string()), settings);
    frame->SetSize(wxSize(1260, 820));
    frame->Move(0, 0);
    frame->Show();
    return frame;
}

// A window the test opened itself: destroyed at the end unless it went already (closed by the test).
class OwnedFrame {
public:
    explicit OwnedFrame(app::MainFrame* frame) : m_frame(frame) {}
    OwnedFrame(const OwnedFrame&) = delete;
    OwnedFrame& operator=(const OwnedFrame&) = delete;
    ~OwnedFrame()
    {
        if (m_frame) {
            m_frame->Destroy();
            test::settle(100);
        }
    }
    app::MainFrame* get() const { return m_frame.get(); }

private:
    wxWeakRef<app::MainFrame> m_frame;
};

// Chooses a command in the menu bar, as a click does: the event goes through the menu to the window.
void choose_menu(wxFrame& frame, int id)
{
    wxMenu* menu = nullptr;
    REQUIRE(frame.GetMenuBar()->FindItem(id, &menu));
    REQUIRE(menu);
    menu->SendEvent(id);
}

// The people the list shows, top to bottom.
std::vector<long long> shown_ids(const app::PersonListModel& list)
{
    std::vector<long long> ids;
    for (unsigned row = 0; row < list.shown_count(); ++row) ids.push_back(list.at_row(row)->id.value());
    return ids;
}

// A click on a column's header, sorting by it: what the control does, then the event it sends.
void click_header(app::PeoplePage& page, PersonColumn column, bool ascending)
{
    wxDataViewCtrl* ctrl = page.list_ctrl();
    wxDataViewColumn* clicked = nullptr;
    for (unsigned i = 0; i < ctrl->GetColumnCount(); ++i) {
        const unsigned model_column = ctrl->GetColumn(i)->GetModelColumn();
        if (model_column < app::person_columns().size() && app::person_columns()[model_column].column == column)
            clicked = ctrl->GetColumn(i);
    }
    REQUIRE(clicked);
    clicked->SetSortOrder(ascending);
    wxDataViewEvent sorted(wxEVT_DATAVIEW_COLUMN_SORTED, ctrl, clicked);
    ctrl->ProcessWindowEvent(sorted);
}

// Every person in the database, by id, with their name.
std::vector<std::string> people_in(const std::filesystem::path& file)
{
    const auto database = db::Database::open(file.string());
    std::vector<std::string> people;
    for (const auto& person : db::PersonRepository(*database).list())
        people.push_back(std::to_string(person.id.value()) + " " + person.name);
    std::sort(people.begin(), people.end());
    return people;
}

// The navigation's labels (with the people counts), and the chosen one.
std::vector<wxString> navigation_labels(const app::MainFrame& frame)
{
    std::vector<wxString> labels;
    wxTreeCtrl* tree = frame.navigation();
    wxTreeItemIdValue cookie;
    for (wxTreeItemId item = tree->GetFirstChild(tree->GetRootItem(), cookie); item.IsOk();
         item = tree->GetNextChild(tree->GetRootItem(), cookie))
        labels.push_back((item == tree->GetSelection() ? wxS("> ") : wxS("  ")) + tree->GetItemText(item));
    return labels;
}

// A window on a copy of the demo county whose people are still being read, and, to compare with, one
// on another copy whose read has finished.
class ReadingAndFinished {
public:
    explicit ReadingAndFinished(const std::filesystem::path& dir)
        : m_finished(dir, test::Start::demo), m_settings(*wxConfigBase::Get()),
          m_reading(open_while_reading(copied_demo(dir / "reading.sqlite"), m_settings))
    {
    }

    app::MainFrame& reading() { return *m_reading.get(); }
    app::MainFrame& finished() { return m_finished.frame(); }

private:
    static std::filesystem::path copied_demo(const std::filesystem::path& file)
    {
        test::copy_demo_database(file);
        return file;
    }

    test::FrameFixture m_finished;
    app::Settings m_settings;
    OwnedFrame m_reading;
};

// What the user sees in `frame` is what `finished` shows: the rows in order, the navigation with its
// counts and choice, the status bar.
void check_shows_the_same(app::MainFrame& frame, app::MainFrame& finished)
{
    test::settle(100);  // the units' counts come after the list
    const auto& list = frame.people_page().list_model();
    const auto& finished_list = finished.people_page().list_model();
    CHECK(list.total_count() == finished_list.total_count());
    CHECK(shown_ids(list) == shown_ids(finished_list));
    CHECK(navigation_labels(frame) == navigation_labels(finished));
    CHECK(frame.GetStatusBar()->GetStatusText(1) == finished.GetStatusBar()->GetStatusText(1));
}

}  // namespace

TEST_CASE("closing the main window while the people are still being read leaves the database whole", "[gui]")
{
    test::TempDir dir;
    const auto file = dir.path() / "closing.sqlite";
    test::copy_demo_database(file);
    const auto expected = people_in(file);
    REQUIRE(expected.size() == 251);  // the demo county

    wxConfigBase::Get()->DeleteAll();
    app::Settings settings(*wxConfigBase::Get());
    {
        OwnedFrame frame(open_while_reading(file, settings));
        REQUIRE(frame.get()->reading_people());

        SECTION("with the window's close button") {
            CHECK(frame.get()->Close());
        }
        SECTION("with File > Exit") {
            choose_menu(*frame.get(), wxID_EXIT);
        }
        // The window goes (nothing asks, nothing waits for ever), and with it its connections.
        REQUIRE(test::wait_until([&] { return frame.get() == nullptr; }));
    }
    // Every connection is closed: the file alone holds the data, as after any other session.
    auto log = file;
    log += "-wal";
    CHECK((!std::filesystem::exists(log) || std::filesystem::file_size(log) == 0));
    CHECK(people_in(file) == expected);

    // The next start opens it as usual.
    OwnedFrame again(open_while_reading(file, settings));
    again.get()->finish_reading_people();
    CHECK(again.get()->people_page().list_model().total_count() == expected.size());
}

TEST_CASE("a search, a pool or a sort chosen while the people are still being read applies to the whole list",
          "[gui]")
{
    test::TempDir dir;
    // The same choice in a window whose read had finished.
    ReadingAndFinished windows(dir.path());
    auto& ref = windows.finished();
    REQUIRE(ref.people_page().list_model().total_count() == 251);
    auto& frame = windows.reading();
    auto& page = frame.people_page();
    const auto& list = page.list_model();
    REQUIRE(frame.reading_people());

    SECTION("a search typed in the search box") {
        page.search_ctrl()->SetValue(wxS("zhang"));  // wxEVT_TEXT, as typing sends
        CHECK(frame.reading_people());                // given during the read
        CHECK(list.filter().query == "zhang");
        search(ref.people_page(), "zhang");
        REQUIRE(test::wait_until([&] { return !frame.reading_people(); }));

        CHECK(page.search_ctrl()->GetValue() == wxS("zhang"));
        CHECK(list.shown_count() > 0);
        CHECK(list.shown_count() < list.total_count());
        const model::NameQuery query("zhang");
        std::size_t matching = 0;
        for (const auto& person : list.people())
            if (query.matches(person.name, person.name_pinyin, person.name_initials)) ++matching;
        CHECK(list.shown_count() == matching);
    }
    SECTION("a pool chosen in the navigation") {
        REQUIRE_FALSE(frame.pools().empty());
        const auto& pool = frame.pools().front();
        wxTreeCtrl* tree = frame.navigation();
        wxTreeItemIdValue cookie;
        wxTreeItemId chosen;
        for (wxTreeItemId item = tree->GetFirstChild(tree->GetRootItem(), cookie); item.IsOk();
             item = tree->GetNextChild(tree->GetRootItem(), cookie))
            if (tree->GetItemText(item) == app::to_wx(pool.name)) chosen = item;  // no count yet
        REQUIRE(chosen.IsOk());
        tree->SelectItem(chosen);
        CHECK(frame.reading_people());
        CHECK(page.pool() == pool.id);
        ref.show_pool(pool.id);
        REQUIRE(test::wait_until([&] { return !frame.reading_people(); }));

        CHECK(page.pool() == pool.id);
        CHECK(list.shown_count() > 0);
        CHECK(list.shown_count() < list.total_count());
        for (unsigned row = 0; row < list.shown_count(); ++row)
            CHECK(app::membership_in(*list.at_row(row), pool.id) != nullptr);
    }
    SECTION("the list sorted by name, descending") {
        click_header(page, PersonColumn::name, false);
        CHECK(frame.reading_people());
        CHECK(list.sort_column() == PersonColumn::name);
        CHECK_FALSE(list.sort_ascending());
        click_header(ref.people_page(), PersonColumn::name, false);
        REQUIRE(test::wait_until([&] { return !frame.reading_people(); }));

        CHECK_FALSE(list.sort_ascending());
        std::vector<long long> descending;
        for (const auto index : app::sort_people(list.people(), PersonColumn::name, true, {}))
            descending.push_back(list.people()[index].id.value());
        std::reverse(descending.begin(), descending.end());
        CHECK(shown_ids(list) == descending);
    }

    // What the user sees is what the finished window shows for the same choice.
    check_shows_the_same(frame, ref);
    CHECK_FALSE(frame.GetStatusBar()->GetStatusText(1).empty());
}

TEST_CASE("the names show first with the rows in view whole, and another order waits for the whole people",
          "[gui]")
{
    // What the main window shows while the rest of its people are read (MainFrame::names_read), on a page
    // of its own so that the whole people come exactly when the page asks for them.
    test::TempDir dir;
    const auto file = dir.path() / "names.sqlite";
    test::copy_demo_database(file);
    const auto database = db::Database::open(file.string());
    db::PersonRepository people(*database);
    const auto units = db::UnitRepository(*database).list();
    db::CatalogRepository catalogs(*database);
    const auto pools = catalogs.pools();
    const auto specialties = catalogs.specialties();

    wxConfigBase::Get()->DeleteAll();
    app::Settings settings(*wxConfigBase::Get());
    auto* window = new wxFrame(nullptr, wxID_ANY, wxS("names first"), wxDefaultPosition, wxSize(1260, 820));
    const std::unique_ptr<wxFrame, void (*)(wxFrame*)> owned(window, [](wxFrame* w) { w->Destroy(); });
    app::PeoplePage* page = nullptr;
    std::size_t asked = 0;
    int whole_people = 0;
    bool readable = false;
    app::PeoplePage::Callbacks callbacks;
    callbacks.whole_people = [&] {
        ++whole_people;
        if (readable) page->set_data(people.list(), units, pools, specialties);
    };
    page = new app::PeoplePage(window, settings, app::DetailLookups{&units, &pools, &specialties, {}}, callbacks);
    window->Show();
    test::settle(50);

    page->set_data(people.list_names(), units, pools, specialties, {}, [&](const std::vector<model::PersonId>& ids) {
        asked += ids.size();
        return people.summaries(ids);
    });
    const auto& list = page->list_model();
    REQUIRE(list.names_only());
    REQUIRE(list.total_count() == 251);
    // The rows in view were read whole before anything was painted, and only they.
    CHECK(asked > 20);
    CHECK(asked <= 100);
    test::settle(100);  // painted

    // What they show is what the whole people show, in the same order.
    const auto whole = people.list();
    std::map<long long, const model::PersonSummary*> by_id;
    for (const auto& p : whole) by_id[p.id.value()] = &p;
    const auto in_view = asked;
    for (unsigned row = 0; row < 20; ++row) {
        const auto* shown = list.at_row(row);
        REQUIRE(shown);
        const auto& expected = *by_id.at(shown->id.value());
        INFO("row " << row << ": " << expected.name);
        CHECK(list.text(row, PersonColumn::unit) == app::to_wx(expected.unit_name));
        CHECK(list.text(row, PersonColumn::post) == app::to_wx(expected.post));
        CHECK(*shown == expected);
    }
    CHECK(asked == in_view);
    std::vector<long long> by_name;
    for (const auto index : app::sort_people(whole, PersonColumn::name, true, {}))
        by_name.push_back(whole[index].id.value());
    CHECK(shown_ids(list) == by_name);

    // A search needs only the names.
    search(*page, "zhang");
    CHECK(list.names_only());
    CHECK(list.shown_count() > 0);
    search(*page, "");

    // A click on the rank column: the whole people first, then that order. When they cannot be read
    // (the window has told the user), the list stays as it was.
    click_header(*page, PersonColumn::rank, true);
    CHECK(whole_people == 1);
    CHECK(list.names_only());
    CHECK(list.sort_column() == PersonColumn::name);
    CHECK(shown_ids(list) == by_name);
    readable = true;
    click_header(*page, PersonColumn::rank, true);
    CHECK(whole_people == 2);
    CHECK_FALSE(list.names_only());
    CHECK(list.sort_column() == PersonColumn::rank);
    std::vector<long long> by_rank;
    for (const auto index : app::sort_people(whole, PersonColumn::rank, true, {}))
        by_rank.push_back(whole[index].id.value());
    CHECK(shown_ids(list) == by_rank);
}

TEST_CASE("a menu command given while the people are still being read works on the whole list", "[gui]")
{
    test::TempDir dir;
    ReadingAndFinished windows(dir.path());
    auto& ref = windows.finished();
    const auto& ref_list = ref.people_page().list_model();
    auto& frame = windows.reading();
    auto& page = frame.people_page();
    const auto& list = page.list_model();
    REQUIRE(frame.reading_people());

    // People > Find (Ctrl+F): the command itself takes the read's result, no event loop needed.
    choose_menu(frame, app::id_find);
    CHECK_FALSE(frame.reading_people());
    CHECK(list.total_count() == ref_list.total_count());
    CHECK(list.shown_count() == list.total_count());
    CHECK_FALSE(frame.GetStatusBar()->GetStatusText(1).empty());

    // Then the user types: the search covers everybody. The read's own late notice changes nothing.
    search(page, "zhang");
    search(ref.people_page(), "zhang");
    check_shows_the_same(frame, ref);
    CHECK(list.shown_count() > 0);
}

TEST_CASE("the selection follows searches: kept where the person is still shown, none when none was chosen",
          "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& page = fixture.frame().people_page();
    auto* list = dynamic_cast<wxDataViewCtrl*>(wxWindow::FindWindowByName(wxS("person_list"), &fixture.frame()));
    REQUIRE(list);
    // What the page believes and what the control holds agree after every step.
    const auto agree = [&] { return static_cast<std::size_t>(list->GetSelectedItemsCount()) == page.selected_count(); };

    // Nobody chosen: searches leave nobody selected and the detail pane empty.
    search(page, "zhang");
    CHECK(page.selected_count() == 0);
    CHECK(agree());
    CHECK_FALSE(page.detail_panel()->shown());

    // Two chosen, one of them a 张: the next search keeps the one it still shows.
    std::optional<model::PersonId> zhang, other;
    for (const auto& person : page.list_model().people()) {
        if (!zhang && person.name.rfind("张", 0) == 0) zhang = person.id;
        if (!other && person.name.rfind("张", 0) != 0) other = person.id;
    }
    REQUIRE(zhang);
    REQUIRE(other);
    search(page, "");
    REQUIRE(page.select_people({*zhang, *other}) == 2);
    CHECK(agree());
    search(page, "zhang");
    CHECK(page.selected_people() == std::vector<model::PersonId>{*zhang});
    CHECK(agree());
    CHECK(page.detail_panel()->shown());

    // The user clears the selection: later searches select nobody again.
    list->UnselectAll();
    wxDataViewEvent changed(wxEVT_DATAVIEW_SELECTION_CHANGED, list, wxDataViewItem());
    list->ProcessWindowEvent(changed);
    CHECK(page.selected_count() == 0);
    search(page, "");
    search(page, "zs");
    CHECK(page.selected_count() == 0);
    CHECK(agree());
    CHECK_FALSE(page.detail_panel()->shown());
}

TEST_CASE("the whole database goes into an exchange file and into another database from the File menu", "[gui]")
{
    test::TempDir dir;
    const auto file = dir.path() / "备份.json";
    std::size_t people = 0;
    std::size_t units = 0;
    {
        test::FrameFixture fixture(dir.path(), test::Start::demo);
        auto& frame = fixture.frame();
        people = frame.people_page().list_model().total_count();
        units = db::UnitRepository(frame.database()).list().size();
        REQUIRE(people >= 200);

        wxString reminder;
        wxTEST_DIALOG(post_menu(frame, app::id_export_all),
                      wxExpectModal<wxFileDialog>(app::to_wx(file.string())),
                      ExpectDialog<wxMessageDialog>([&](wxMessageDialog& box) {
                          reminder = box.GetMessage();
                          return wxID_OK;
                      }));
        INFO(app::from_wx(reminder));
        REQUIRE(std::filesystem::exists(file));
        CHECK(reminder.Contains(app::to_wx(file.string())));
        CHECK(reminder.Contains(wxString::FromUTF8("身份证号")));

        // Importing it into the database it came from would add every unit a second time: refused, and
        // the message lists the problems with their places in the file.
        const auto before = db::PersonRepository(frame.database()).count();
        wxString refusal;
        wxString details;
        wxTEST_DIALOG(post_menu(frame, app::id_import_file),
                      wxExpectModal<wxFileDialog>(app::to_wx(file.string())),
                      wxExpectModal<wxMessageDialog>(wxYES),
                      ExpectDialog<wxMessageDialog>([&](wxMessageDialog& box) {
                          refusal = box.GetMessage();
                          details = box.GetExtendedMessage();
                          return wxID_OK;
                      }));
        CHECK(refusal.Contains(wxString::FromUTF8("没有导入")));
        CHECK(details.Contains(wxString::FromUTF8("$.units[0].name: 数据库中已有同名的顶层单位")));
        CHECK(db::PersonRepository(frame.database()).count() == before);
    }

    test::TempDir other;
    test::FrameFixture fixture(other.path());
    auto& frame = fixture.frame();
    REQUIRE(frame.database().is_empty());
    wxString question;
    wxString done;
    wxTEST_DIALOG(post_menu(frame, app::id_import_file),
                  wxExpectModal<wxFileDialog>(app::to_wx(file.string())),
                  ExpectDialog<wxMessageDialog>([&](wxMessageDialog& box) {
                      question = box.GetMessage();
                      return wxID_YES;
                  }),
                  ExpectDialog<wxMessageDialog>([&](wxMessageDialog& box) {
                      done = box.GetMessage();
                      return wxID_OK;
                  }));
    CHECK(question.Contains(wxString::FromUTF8("不会修改或合并")));
    CHECK(done.Contains(wxString::Format(wxString::FromUTF8("%zu 名人员"), people)));
    CHECK(frame.people_page().list_model().total_count() == people);
    CHECK(db::UnitRepository(frame.database()).list().size() == units);
}
