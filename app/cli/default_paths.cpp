#include "app/cli/default_paths.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

namespace xuncha::app {

std::filesystem::path default_database_path()
{
    std::filesystem::path data_home;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg == '/') {
        data_home = xdg;
    } else {
        const char* home = std::getenv("HOME");
        if (!home || !*home) {
            const passwd* entry = getpwuid(getuid());
            home = entry ? entry->pw_dir : "/tmp";
        }
        data_home = std::filesystem::path(home) / ".local" / "share";
    }
    return data_home / "xuncha" / "xuncha.sqlite";
}

}  // namespace xuncha::app
