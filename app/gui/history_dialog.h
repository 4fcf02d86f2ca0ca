#pragma once
// 修改历史: one person's audit trail, newest first: when, who, what, and each field's old → new value.
// A view of the entries the caller read; it never touches the database.

#include "app/gui/audit_list_model.h"

#include <wx/dialog.h>

#include <vector>

class wxDataViewCtrl;

namespace xuncha::app {

class HistoryDialog : public wxDialog {
public:
    HistoryDialog(wxWindow* parent, const wxString& person_name, std::vector<model::AuditEntry> entries);

    const AuditListModel& list_model() const { return *m_model; }

private:
    wxObjectDataPtr<AuditListModel> m_model;
    wxDataViewCtrl* m_list = nullptr;
};

}  // namespace xuncha::app
