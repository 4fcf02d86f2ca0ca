#pragma once
// One pool membership: pool, entry method, status, entry and exit dates, exit reason (with the usual
// reasons suggested), remark. Validated by the caller's check, which runs model::validate on the person.
// The status is chosen when the membership is added; afterwards it changes only through a lifecycle
// step (TransitionDialog), so that every change has its date, decision and document.

#include "app/gui/form.h"
#include "model/pool.h"

#include <wx/dialog.h>

#include <functional>
#include <vector>

class wxComboBox;

namespace xuncha::app {

class MembershipDialog : public wxDialog {
public:
    // Problems of this membership, as model::validate reports them for its fields.
    using Check = std::function<std::vector<model::Problem>(const model::PoolMembership&)>;

    MembershipDialog(wxWindow* parent, model::PoolMembership membership, const std::vector<model::Pool>& pools,
                     Check check, bool adding = true, std::vector<model::Problem> initial = {});

    wxString problem_text(model::Field field) const { return m_problems.shown(field); }

    const model::PoolMembership& membership() const { return m_membership; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    model::PoolMembership m_membership;
    const std::vector<model::Pool>& m_pools;
    Check m_check;
    bool m_adding;
    std::vector<model::Problem> m_initial;
    FieldProblems m_problems;
    wxChoice* m_pool = nullptr;
    TermChoice<model::EntryMethod>* m_method = nullptr;
    TermChoice<model::MembershipStatus>* m_status = nullptr;
    wxTextCtrl* m_entry = nullptr;
    wxTextCtrl* m_exit = nullptr;
    wxComboBox* m_reason = nullptr;
    wxTextCtrl* m_remark = nullptr;
};

}  // namespace xuncha::app
