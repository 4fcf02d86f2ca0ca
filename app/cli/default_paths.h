#pragma once
// Where the embedded database lives when no --db is given: the user's XDG data directory.

#include <filesystem>

namespace xuncha::app {

// $XDG_DATA_HOME/xuncha/xuncha.sqlite, else ~/.local/share/xuncha/xuncha.sqlite. The GUI uses the same file.
std::filesystem::path default_database_path();

}  // namespace xuncha::app
