#pragma once
// The audit trail as a user reads it, for both programs: entity codes ("person") and field
// codes ("work_history.12.post") become English message ids ("Person"; "Work history", "Post"), which
// each program translates in its own way (the GUI through wx, the command line through
// MessageCatalog) from the one zh_CN catalogue, app/gui/po/zh_CN.po. Times in local time.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

// Marks English text for xgettext (scripts/refresh-pot.sh); it is translated where it is shown.
#define XUNCHA_N_(text) text

namespace xuncha::app {

// The kind of record an audit row is about ("person" → "Person"); null for a code this program does
// not know.
const char* audit_entity_msgid(std::string_view entity);
// The entity codes audit_entity_msgid knows, for messages: "person、unit、...".
inline constexpr std::string_view audit_entity_codes =
    "person、unit、specialty、pool、training、settings、attachment、round、avoidance_case";

// One part of a field's label: a message id to translate, or a part of the code that has no label
// (shown as it is).
struct AuditLabelPart {
    std::string_view text;
    bool msgid = false;
};

// The parts of a changed field of a record of kind `entity`, outermost first: "name" → {"Name"},
// "work_history.12.post" → {"Work history", "Post"}, "membership.3" → {"Pool membership"}. Sub-record
// ids are left out.
std::vector<AuditLabelPart> audit_field_parts(std::string_view entity, std::string_view field);

// The separator between the parts of a field's label: "工作经历 › 职务".
inline constexpr std::string_view audit_label_separator = " › ";

// A changed field's label as a user reads it: its parts joined by the separator, the message ids among
// them translated by `translate` (UTF-8), the others as they are. Each program passes its own catalogue.
std::string audit_field_text(std::string_view entity, std::string_view field,
                             const std::function<std::string(std::string_view msgid)>& translate);

// An audit row's time ("2026-11-28T17:30:05Z", UTC) as the machine's local time, "2026-11-29 01:30:05";
// text that is not such a time comes back as it is.
std::string audit_local_time(std::string_view utc);
// The calendar day of that local time, "2026-11-29" (for filtering by date).
std::string audit_local_day(std::string_view utc);

}  // namespace xuncha::app
