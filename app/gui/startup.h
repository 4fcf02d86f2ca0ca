#pragma once
// Start-up steps shared by the program (GuiApp::OnInit) and the GUI tests, so both run the same path.

#include "app/gui/wx_text.h"

#include <memory>
#include <string>

class wxWindow;

namespace xuncha::db {
class Database;
}

namespace xuncha::app {

// Puts settings and data under the XDG folders; call before the first wxConfig::Get().
void use_xdg_layout();

// Loads the wx and xuncha catalogues for `language` (pitfalls: never wxLocale::Init), makes GTK's
// own words follow it (LANGUAGE; C.UTF-8 when the system locale is unusable), and records the
// language for vocabulary labels. Catalogues are looked up in a `locale` folder next to the
// executable or up to three folders above it (the build tree), and in ../share/locale.
void setup_translations(UiLanguage language);

// $XDG_DATA_HOME/xuncha/xuncha.sqlite (~/.local/share/xuncha/...), its folder created if missing.
std::string default_database_path();

// Opens a database; on failure shows what went wrong and what to do, and returns null.
std::unique_ptr<db::Database> open_database_or_explain(wxWindow* parent, const std::string& target,
                                                       bool create_if_missing = true);

}  // namespace xuncha::app
