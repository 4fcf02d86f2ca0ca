#pragma once
// Helpers for the GUI tests: waiting for the event loop, screenshots, modal dialog expectations
// that fail the test instead of blocking, a private temporary folder.

#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/string.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

// An unexpected modal dialog throws (the test fails) instead of asserting in a message box.
#include <wx/modalhook.h>
namespace xuncha::test {
class FailingModalHook;
}
#define wxTEST_DIALOG_HOOK_CLASS xuncha::test::FailingModalHook
#include <wx/testing.h>

#include "db/database.h"
#include "model/ids.h"
#include "model/person.h"

#include <unordered_set>

namespace xuncha::app {
class MainFrame;
class Settings;
}

namespace xuncha::test {

class FailingModalHook : public wxTestingModalHook {
public:
    using wxTestingModalHook::wxTestingModalHook;

protected:
    void ReportFailure(const wxString& message) override { throw std::runtime_error(message.utf8_string()); }
};

// Answers a modal dialog of type T by running `action` on it (the dialog is not shown modally);
// the action's return value is what ShowModal() returns.
template <class T>
class ExpectDialog : public wxExpectModalBase<T, ExpectDialog<T>> {
public:
    explicit ExpectDialog(std::function<int(T&)> action) : m_action(std::move(action)) {}

protected:
    int OnInvoked(T* dialog) const override { return m_action(*dialog); }

private:
    std::function<int(T&)> m_action;
};

// Runs the event loop until `condition` holds or `timeout_ms` passes; returns the condition.
bool wait_until(const std::function<bool()>& condition, int timeout_ms = 5000);
// Runs the event loop for a while so that windows are laid out and drawn.
void settle(int ms = 300);

// Saves what the screen shows of `window` as a PNG; returns false when it could not.
bool save_screenshot(wxWindow& window, const std::filesystem::path& file);
std::filesystem::path screenshot_dir();

// Presses the dialog's OK button as a user would: validation, then closing when valid.
void press_ok(wxDialog& dialog);
// Sends a button click to a child button found by name.
bool click_button(wxWindow& parent, const wxString& name);

// Sends a menu command to the frame as choosing it in the menu bar does.
void post_menu(wxFrame& frame, int id);
// The local calendar day, as the program's dialogs take it.
model::Date today();
// The person's membership of `pool`, or null.
const model::PoolMembership* membership_in(const model::Person& person, model::PoolId pool);
// The whole content of a file, as bytes.
std::string read_file(const std::filesystem::path& path);

// People a round's group or an avoidance case names (the database refuses to remove them).
std::unordered_set<model::PersonId> people_in_rounds(db::Database& database);

// A fresh folder under the test run's private HOME, removed at the end.
class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// Writes `file`: an SQLite database holding the demo county, as File > Load Demo Data writes it. The
// county is loaded once per test run into a template file that each call copies: loading it costs a
// second per test (several under the sanitizers).
void copy_demo_database(const std::filesystem::path& file);

// What the fixture's database holds when the window opens.
enum class Start {
    empty,
    // The demo county (copy_demo_database).
    demo,
};

// A main window on a new SQLite database in `dir`, shown, with its person list read; destroyed with
// the object.
class FrameFixture {
public:
    explicit FrameFixture(const std::filesystem::path& dir, Start start = Start::empty);
    ~FrameFixture();
    app::MainFrame& frame() { return *m_frame; }

private:
    std::unique_ptr<app::Settings> m_settings;
    app::MainFrame* m_frame = nullptr;
};

}  // namespace xuncha::test
