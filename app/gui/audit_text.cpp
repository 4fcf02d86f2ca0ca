#include "app/gui/audit_text.h"

#include "app/gui/wx_text.h"
#include "app/text/audit_labels.h"

#include <wx/intl.h>

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

}  // namespace xuncha::app
