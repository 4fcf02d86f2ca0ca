#include "app/gui/audit_text.h"

#include "app/gui/wx_text.h"
#include "app/text/audit_labels.h"

#include <wx/datetime.h>
#include <wx/intl.h>

#include <cstdio>
#include <ctime>
#include <optional>
#include <vector>

namespace xuncha::app {

namespace {

wxString translated(const char* msgid)
{
    return wxGetTranslation(wxASCII_STR(msgid));
}

}  // namespace

wxString audit_entity_label(std::string_view entity)
{
    const char* msgid = audit_entity_msgid(entity);
    return msgid ? translated(msgid) : to_wx(entity);
}

wxString audit_field_label(std::string_view entity, std::string_view field)
{
    wxString text;
    for (const auto& part : audit_field_parts(entity, field)) {
        if (!text.empty()) text += to_wx(audit_label_separator);
        text += part.msgid ? translated(part.text.data()) : to_wx(part.text);
    }
    return text;
}

namespace {

std::optional<std::time_t> parse_utc(std::string_view utc)
{
    if (utc.size() < 19) return std::nullopt;
    std::tm tm{};
    const std::string text(utc.substr(0, 19));
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                    &tm.tm_min, &tm.tm_sec) != 6)
        return std::nullopt;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return timegm(&tm);
}

}  // namespace

wxString audit_local_time(std::string_view utc)
{
    const auto time = parse_utc(utc);
    if (!time) return to_wx(utc);
    return wxDateTime(*time).Format(wxS("%Y-%m-%d %H:%M:%S"));
}

std::string audit_local_day(std::string_view utc)
{
    const auto time = parse_utc(utc);
    if (!time) return std::string(utc.substr(0, 10));
    return from_wx(wxDateTime(*time).Format(wxS("%Y-%m-%d")));
}

}  // namespace xuncha::app
