#pragma once
// Typed access to the user's settings (Poedit's configuration.h idiom): the rest of the GUI never
// spells a wxConfig key. Window geometry and splitters go through wxPersistenceManager instead.

#include "app/gui/wx_text.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

class wxConfigBase;

namespace xuncha::app {

class Settings {
public:
    explicit Settings(wxConfigBase& config) : m_config(config) {}

    // The interface language; Chinese until the user picks English.
    UiLanguage language() const;
    void set_language(UiLanguage language);

    // The database opened at start when no --db is given; empty for the default file.
    std::string startup_database() const;
    void set_startup_database(const std::string& target);

    // List column widths, keyed by the list's and the column's stable keys (never the translated
    // title, so that switching the language keeps them).
    std::optional<int> column_width(std::string_view list, std::string_view column) const;
    void set_column_width(std::string_view list, std::string_view column, int width);

    // The columns a list shows, as stable keys in display order; nullopt until the user chooses.
    std::optional<std::vector<std::string>> shown_columns(std::string_view list) const;
    void set_shown_columns(std::string_view list, const std::vector<std::string>& keys);

    void flush();

private:
    wxConfigBase& m_config;
};

}  // namespace xuncha::app
