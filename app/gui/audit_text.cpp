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
    return to_wx(audit_field_text(entity, field, [](std::string_view msgid) {
        return from_wx(wxGetTranslation(wxString::FromUTF8(msgid.data(), msgid.size())));
    }));
}

}  // namespace xuncha::app
