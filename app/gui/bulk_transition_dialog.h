#pragma once
// 暂停 / 出库 for several memberships at once: the date, who decided, the document number, a remark, and
// for 出库 the reason. Optionally the pool (from the person list, when no pool is shown).

#include "app/gui/form.h"
#include "model/pool.h"

#include <wx/dialog.h>

#include <optional>
#include <vector>

class wxComboBox;
class wxTextCtrl;

namespace xuncha::app {

class BulkTransitionDialog : public wxDialog {
public:
    // `to`: suspended or exited. `pools` non-empty: the user chooses the pool (preselected `pool`).
    BulkTransitionDialog(wxWindow* parent, model::MembershipStatus to, std::size_t count, const model::Date& today,
                     const std::vector<model::Pool>& pools = {}, std::optional<model::PoolId> pool = {});

    const model::MembershipStep& step() const { return m_step; }
    const std::string& exit_reason() const { return m_exit_reason; }
    std::optional<model::PoolId> pool() const { return m_pool_id; }

    // The controls, for tests.
    wxTextCtrl* decided_by_field() const { return m_decided_by; }
    wxTextCtrl* document_field() const { return m_document; }
    wxComboBox* reason_field() const { return m_reason; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    model::Date m_today;
    const std::vector<model::Pool>& m_pools;
    std::optional<model::PoolId> m_pool_id;
    model::MembershipStep m_step;
    std::string m_exit_reason;
    FieldProblems m_problems;
    wxChoice* m_pool = nullptr;
    wxTextCtrl* m_date = nullptr;
    wxTextCtrl* m_decided_by = nullptr;
    wxTextCtrl* m_document = nullptr;
    wxComboBox* m_reason = nullptr;
    wxTextCtrl* m_remark = nullptr;
};

}  // namespace xuncha::app
