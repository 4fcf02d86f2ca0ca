#include "app/gui/gui_app.h"

#include "app/gui/main_frame.h"
#include "app/gui/messages.h"
#include "app/gui/settings.h"
#include "app/gui/startup.h"
#include "db/database.h"

#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>

#include <cstdio>

namespace xuncha::app {

GuiApp::GuiApp() = default;
GuiApp::~GuiApp() = default;

bool GuiApp::OnInit()
{
    SetAppName(wxS("xuncha"));
    SetAppDisplayName(wxS("xuncha"));
    use_xdg_layout();
    m_settings = std::make_unique<Settings>(*wxConfigBase::Get());
    setup_translations(m_settings->language());

    // Parsed here rather than in OnInitCmdLine so that --help is already translated.
    wxCmdLineParser parser(argc, argv);
    parser.AddOption(wxS("d"), wxS("db"),
                     _("the database: an SQLite file, or postgresql://user@host/database for a server"));
    parser.AddSwitch(wxS("h"), wxS("help"), _("show this help"), wxCMD_LINE_OPTION_HELP);
    if (parser.Parse() != 0) return false;

    wxString target;
    std::string database;
    if (parser.Found(wxS("db"), &target)) database = from_wx(target);
    else if (!m_settings->startup_database().empty()) database = m_settings->startup_database();
    else database = default_database_path();

    auto opened = open_database_or_explain(nullptr, database);
    if (!opened) return false;  // explained to the user; wxEntry returns non-zero

    auto* frame = new MainFrame(std::move(opened), *m_settings);
    frame->Show();
    SetTopWindow(frame);
    frame->offer_demo_if_empty();
    return true;
}

}  // namespace xuncha::app
