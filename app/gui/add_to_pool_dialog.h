#pragma once
// 加入库: the pool, the status the selected people start at (推荐 … 在库), the date and the decision that
// put them there, and an override reason for those who do not meet the pool's entry rules.

#include "app/gui/bulk_edit.h"
#include "app/gui/form.h"

#include <wx/dialog.h>

#include <vector>

class wxTextCtrl;

namespace xuncha::app {

class AddToPoolDialog : public wxDialog {
public:
    AddToPoolDialog(wxWindow* parent, const std::vector<model::Pool>& pools, std::optional<model::PoolId> pool,
                    std::size_t people, const model::Date& today);

    const AddToPoolRequest& request() const { return m_request; }

    // The controls, for tests.
    wxChoice* pool_choice() const { return m_pool; }
    wxTextCtrl* date_field() const { return m_date; }
    wxTextCtrl* override_field() const { return m_override; }
    wxString problem_text(model::Field field) const { return m_problems.shown(field); }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    const std::vector<model::Pool>& m_pools;
    model::Date m_today;
    AddToPoolRequest m_request;
    FieldProblems m_problems;
    wxChoice* m_pool = nullptr;
    wxChoice* m_status = nullptr;
    TermChoice<model::EntryMethod>* m_method = nullptr;
    wxTextCtrl* m_date = nullptr;
    wxTextCtrl* m_decided_by = nullptr;
    wxTextCtrl* m_document = nullptr;
    wxTextCtrl* m_remark = nullptr;
    wxTextCtrl* m_override = nullptr;
};

// The statuses a person can be added at: from 推荐/自荐 up to 在库.
std::vector<model::MembershipStatus> entry_statuses();

// Adds "label | control" to a two-column grid (fields that are not validated).
void add_plain_field(wxWindow* parent, wxFlexGridSizer& grid, const wxString& label, wxWindow* control);

// A grey explanatory line.
wxStaticText* make_note(wxWindow* parent, const wxString& text, int wrap_width);

// The layout the bulk dialogs share: the intro line, the field grid, the note, then OK and Cancel.
void lay_out_bulk_dialog(wxDialog& dialog, wxWindow* intro, wxSizer* grid, wxWindow* note);

}  // namespace xuncha::app
