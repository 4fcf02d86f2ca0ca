#pragma once
// 操作日志: the whole database's audit trail, newest first, with filters (kind of record, action,
// operator, dates, text). The newest entries are read a page at a time through `load`, so that a
// database with years of history opens at once; the filters apply to what has been read.

#include "app/gui/audit_list_model.h"
#include "db/audit_repository.h"

#include <wx/dialog.h>

#include <functional>
#include <optional>
#include <vector>

class wxButton;
class wxChoice;
class wxDataViewCtrl;
class wxSearchCtrl;
class wxStaticText;
class wxTextCtrl;

namespace xuncha::app {

class AuditLogDialog : public wxDialog {
public:
    // Reads entries; nullopt when reading failed (the caller has told the user).
    using Load = std::function<std::optional<std::vector<model::AuditEntry>>(const db::AuditQuery&)>;

    AuditLogDialog(wxWindow* parent, Load load, std::size_t page_size = 2000);

    const AuditListModel& list_model() const { return *m_model; }
    // The filter controls, for tests.
    wxChoice* entity_choice() const { return m_entity; }
    wxChoice* action_choice() const { return m_action; }
    wxSearchCtrl* search_ctrl() const { return m_search; }
    void load_more();

private:
    void reload();
    void apply_filter();
    void update_summary();

    Load m_load;
    std::size_t m_page_size;
    std::size_t m_limit;
    bool m_complete = false;  // everything matching the entity choice has been read
    wxObjectDataPtr<AuditListModel> m_model;
    wxChoice* m_entity = nullptr;
    wxChoice* m_action = nullptr;
    wxChoice* m_operator = nullptr;
    wxTextCtrl* m_from = nullptr;
    wxTextCtrl* m_to = nullptr;
    wxSearchCtrl* m_search = nullptr;
    wxDataViewCtrl* m_list = nullptr;
    wxStaticText* m_summary = nullptr;
    wxButton* m_more = nullptr;
};

}  // namespace xuncha::app
