#pragma once
// The audit trail as a user reads it: field codes ("work_history.12.post") become labels in the UI
// language ("工作经历 › 职务"), entity codes become record kinds (times: app/text/audit_labels.h).

#include "app/text/audit_labels.h"
#include "model/audit.h"

#include <wx/string.h>

#include <string_view>

namespace xuncha::app {

// The kind of record an audit row is about ("person" → 人员); unknown codes are shown as they are.
wxString audit_entity_label(std::string_view entity);

// A changed field of a record of kind `entity`: "name" → 姓名, "work_history.12.post" → 工作经历 › 职务,
// "membership.3" (a whole membership added or removed) → 入库记录. Unknown parts are shown as they are.
wxString audit_field_label(std::string_view entity, std::string_view field);

}  // namespace xuncha::app
