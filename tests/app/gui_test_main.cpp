// The GUI tests' own main: Catch parses its options first (listing tests must not start a GUI),
// then wx starts under a private HOME with the Chinese interface, as the program does.
#include "catch_session.h"

#include "app/gui/startup.h"

#include <wx/app.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/log.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

std::atomic<int> g_failed_asserts{0};

// wx's default assert handler opens a message box, which would block the run.
void print_assert(const wxString& file, int line, const wxString& func, const wxString& cond, const wxString& msg)
{
    ++g_failed_asserts;
    std::fprintf(stderr, "wx assertion failed: %s:%d in %s: %s %s\n", file.utf8_string().c_str(), line,
                 func.utf8_string().c_str(), cond.utf8_string().c_str(), msg.utf8_string().c_str());
}

}  // namespace

using namespace xuncha;

int main(int argc, char* argv[])
{
    if (const int rc = test::apply_catch_command_line(argc, argv)) return rc;
    if (test::catch_only_lists()) return test::run_catch();

    // Settings and data go to a private folder, never to the user's.
    std::string pattern = (std::filesystem::temp_directory_path() / "xuncha-gui-tests-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
        std::perror("mkdtemp");
        return 1;
    }
    const std::filesystem::path home = pattern;
    setenv("HOME", home.c_str(), 1);
    setenv("XDG_CONFIG_HOME", (home / "config").c_str(), 1);
    setenv("XDG_DATA_HOME", (home / "data").c_str(), 1);
    setenv("XDG_STATE_HOME", (home / "state").c_str(), 1);
    // As on a user's machine the configuration folder exists: closing a window saves the settings there.
    std::filesystem::create_directories(home / "config");

    wxApp::SetInstance(new wxApp);
    int wx_argc = 1;
    char* wx_argv[] = {argv[0], nullptr};
    if (!wxEntryStart(wx_argc, wx_argv)) {
        std::fprintf(stderr, "cannot start wxWidgets (is there an X display?)\n");
        return 1;
    }
    wxSetAssertHandler(print_assert);
    // Log messages go to stderr: a wxLogGui would open message boxes, even during cleanup.
    delete wxLog::SetActiveTarget(new wxLogStderr);
    wxTheApp->SetAppName(wxS("xuncha"));
    wxTheApp->CallOnInit();
    wxInitAllImageHandlers();
    xuncha::app::use_xdg_layout();
    xuncha::app::setup_translations(xuncha::app::UiLanguage::chinese);

    int result = test::run_catch();
    wxLog::FlushActive();
    wxLog::DontCreateOnDemand();
    delete wxLog::SetActiveTarget(nullptr);
    wxEntryCleanup();
    std::error_code ignored;
    std::filesystem::remove_all(home, ignored);
    if (g_failed_asserts > 0) {
        std::fprintf(stderr, "%d wx assertion(s) failed\n", g_failed_asserts.load());
        if (result == 0) result = 1;
    }
    return result;
}
