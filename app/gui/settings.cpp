#include "app/gui/settings.h"

#include <wx/arrstr.h>
#include <wx/confbase.h>

namespace xuncha::app {

namespace {

wxString column_key(std::string_view list, std::string_view column)
{
    return wxS("/Lists/") + to_wx(list) + wxS("/") + to_wx(column) + wxS("/Width");
}

wxString shown_columns_key(std::string_view list)
{
    return wxS("/Lists/") + to_wx(list) + wxS("/Columns");
}

}  // namespace

UiLanguage Settings::language() const
{
    const wxString code = m_config.Read(wxS("/Interface/Language"), wxS("zh_CN"));
    return code == wxS("en") ? UiLanguage::english : UiLanguage::chinese;
}

void Settings::set_language(UiLanguage language)
{
    m_config.Write(wxS("/Interface/Language"), language == UiLanguage::english ? wxS("en") : wxS("zh_CN"));
}

std::string Settings::startup_database() const
{
    return from_wx(m_config.Read(wxS("/Database/Startup"), wxString()));
}

void Settings::set_startup_database(const std::string& target)
{
    m_config.Write(wxS("/Database/Startup"), to_wx(target));
}

std::optional<int> Settings::column_width(std::string_view list, std::string_view column) const
{
    long width = 0;
    if (!m_config.Read(column_key(list, column), &width) || width < 20 || width > 2000) return std::nullopt;
    return static_cast<int>(width);
}

void Settings::set_column_width(std::string_view list, std::string_view column, int width)
{
    m_config.Write(column_key(list, column), static_cast<long>(width));
}

std::optional<std::vector<std::string>> Settings::shown_columns(std::string_view list) const
{
    wxString text;
    if (!m_config.Read(shown_columns_key(list), &text)) return std::nullopt;
    std::vector<std::string> keys;
    for (const wxString& key : wxSplit(text, ',', '\0'))
        if (!key.empty()) keys.push_back(from_wx(key));
    return keys;
}

void Settings::set_shown_columns(std::string_view list, const std::vector<std::string>& keys)
{
    wxString text;
    for (const auto& key : keys) {
        if (!text.empty()) text += wxS(",");
        text += to_wx(key);
    }
    m_config.Write(shown_columns_key(list), text);
}

void Settings::flush()
{
    m_config.Flush();
}

}  // namespace xuncha::app
