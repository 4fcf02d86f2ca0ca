#pragma once
// The audit trail as a user reads it: field codes ("work_history.12.post") become labels in the UI
// language ("工作经历 › 职务"), entity codes become record kinds, UTC timestamps local time.

#include "model/audit.h"

#include <wx/string.h>

#include <string_view>

namespace xuncha::app {

// The kind of record an audit row is about ("person" → 人员); unknown codes are shown as they are.
wxString audit_entity_label(std::string_view entity);

// A changed field of a record of kind `entity`: "name" → 姓名, "work_history.12.post" → 工作经历 › 职务,
// "membership.3" (a whole membership added or removed) → 入库记录. Unknown parts are shown as they are.
wxString audit_field_label(std::string_view entity, std::string_view field);

// "2026-11-28T17:30:05Z" as local time, "2026-11-29 01:30:05"; text that is not such a time as it is.
wxString audit_local_time(std::string_view utc);

// The calendar day of an audit timestamp in local time, "2026-11-29" (for filtering by date).
std::string audit_local_day(std::string_view utc);

}  // namespace xuncha::app
