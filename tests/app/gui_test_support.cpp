#include "gui_test_support.h"

#include "app/exchange/demo.h"
#include "app/gui/main_frame.h"
#include "app/gui/settings.h"
#include "db/avoidance_case_repository.h"
#include "db/database.h"
#include "db/round_repository.h"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/config.h>
#include <wx/utils.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iterator>

namespace xuncha::test {

bool wait_until(const std::function<bool()>& condition, int timeout_ms)
{
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (!condition()) {
        if (std::chrono::steady_clock::now() > end) return false;
        wxTheApp->Yield(true);
        wxMilliSleep(10);
    }
    return true;
}

void settle(int ms)
{
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (std::chrono::steady_clock::now() < end) {
        wxTheApp->Yield(true);
        wxMilliSleep(10);
    }
}

std::filesystem::path screenshot_dir()
{
    return XUNCHA_SCREENSHOT_DIR;
}

bool save_screenshot(wxWindow& window, const std::filesystem::path& file)
{
    window.Raise();
    window.Refresh();
    window.Update();
    settle(500);
    std::filesystem::create_directories(file.parent_path());
    const wxRect rect = window.GetScreenRect();
    if (rect.width <= 0 || rect.height <= 0) return false;
    // ImageMagick reads what the X server shows; wxScreenDC misses windows mapped after the first one.
    const std::string command = "import -window root -crop " + std::to_string(rect.width) + "x" +
                                std::to_string(rect.height) + "+" + std::to_string(rect.x) + "+" +
                                std::to_string(rect.y) + " +repage '" + file.string() + "'";
    return std::system(command.c_str()) == 0 && std::filesystem::exists(file);
}

void press_ok(wxDialog& dialog)
{
    wxWindow* button = dialog.FindWindow(wxID_OK);
    wxCommandEvent click(wxEVT_BUTTON, wxID_OK);
    click.SetEventObject(button ? button : &dialog);
    (button ? button : &dialog)->ProcessWindowEvent(click);
    settle(100);
}

std::unordered_set<model::PersonId> people_in_rounds(db::Database& database)
{
    std::unordered_set<model::PersonId> named;
    for (const auto& round : db::RoundRepository(database).list())
        for (const auto& group : round.groups)
            for (const auto& member : group.members) named.insert(member.person_id);
    for (const auto& c : db::AvoidanceCaseRepository(database).list()) {
        named.insert(c.person_id);
        if (c.replacement_id) named.insert(*c.replacement_id);
    }
    return named;
}

bool click_button(wxWindow& parent, const wxString& name)
{
    auto* button = dynamic_cast<wxButton*>(wxWindow::FindWindowByName(name, &parent));
    if (!button) return false;
    wxCommandEvent click(wxEVT_BUTTON, button->GetId());
    click.SetEventObject(button);
    button->ProcessWindowEvent(click);
    settle(50);
    return true;
}

TempDir::TempDir()
{
    static std::atomic<int> counter{0};
    const char* home = std::getenv("HOME");
    m_path = std::filesystem::path(home ? home : "/tmp") / ("case-" + std::to_string(++counter));
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

void post_menu(wxFrame& frame, int id)
{
    wxCommandEvent event(wxEVT_MENU, id);
    event.SetEventObject(&frame);
    frame.ProcessWindowEvent(event);
}

model::Date today() { return boost::gregorian::day_clock::local_day(); }

const model::PoolMembership* membership_in(const model::Person& person, model::PoolId pool)
{
    for (const auto& m : person.memberships)
        if (m.pool_id == pool) return &m;
    return nullptr;
}

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

namespace {

// The demo county in a database file of its own, written by the first test that asks for it. Closing
// the database checkpoints its write-ahead log into the file, so that a copy of the file alone is whole.
const std::filesystem::path& demo_template()
{
    static const std::filesystem::path file = [] {
        const char* home = std::getenv("HOME");
        const auto path = std::filesystem::path(home ? home : "/tmp") / "demo-template.sqlite";
        {
            auto database = db::Database::open(path.string());
            const auto report = app::load_demo(*database);
            if (!report.ok()) throw std::runtime_error("the demo county did not load into the template database");
        }
        auto log = path;
        log += "-wal";
        if (std::filesystem::exists(log) && std::filesystem::file_size(log) > 0)
            throw std::runtime_error("the template database kept a write-ahead log after closing");
        return path;
    }();
    return file;
}

}  // namespace

void copy_demo_database(const std::filesystem::path& file)
{
    std::filesystem::copy_file(demo_template(), file);
}

FrameFixture::FrameFixture(const std::filesystem::path& dir, Start start)
    : m_settings(std::make_unique<app::Settings>(*wxConfigBase::Get()))
{
    // Each test starts from a first run: no window geometry or column widths from an earlier test.
    wxConfigBase::Get()->DeleteAll();
    const auto file = dir / "test.sqlite";
    if (start == Start::demo) copy_demo_database(file);
    auto database = db::Database::open(file.string());
    m_frame = new app::MainFrame(std::move(database), *m_settings);
    m_frame->SetSize(wxSize(1260, 820));
    m_frame->Move(0, 0);
    m_frame->Show();
    m_frame->finish_reading_people();
    settle(300);
}

FrameFixture::~FrameFixture()
{
    if (m_frame) {
        m_frame->Destroy();
        settle(100);
    }
}

}  // namespace xuncha::test
