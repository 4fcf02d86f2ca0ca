#pragma once
// "办理": moves a pool membership to its next status through model::apply_transition. Offers only the
// statuses model::allowed_transitions gives; asks for the date, who decided, the document number, a
// remark, the reason when leaving the pool, and an override reason when the person breaks an entry rule
// (shown with the rule and the document it comes from). Refusals are shown translated; the dialog stays
// open until the step is accepted.

#include "model/lifecycle.h"

#include <wx/dialog.h>

#include <vector>

class wxChoice;
class wxComboBox;
class wxStaticText;
class wxTextCtrl;

namespace xuncha::app {

class TransitionDialog : public wxDialog {
public:
    TransitionDialog(wxWindow* parent, model::PoolMembership membership, model::Person person, model::Pool pool,
                     model::PoolEntryRules rules, model::Date today);

    // The membership after the step (valid after OK).
    const model::PoolMembership& membership() const { return m_result; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

    // For tests: what is shown about broken entry rules, and the refusals shown.
    wxString breaches_text() const;
    wxString refusal_text() const;

private:
    model::MembershipStatus target() const;
    void update_for_target();
    void show_refusals(const std::vector<model::TransitionRefusal>& refusals);

    model::PoolMembership m_membership;
    model::PoolMembership m_result;
    model::Person m_person;
    model::Pool m_pool;
    model::PoolEntryRules m_rules;
    model::Date m_today;
    std::vector<model::MembershipStatus> m_targets;

    wxChoice* m_target = nullptr;
    wxTextCtrl* m_date = nullptr;
    wxStaticText* m_date_problem = nullptr;
    wxTextCtrl* m_decided_by = nullptr;
    wxTextCtrl* m_document = nullptr;
    wxTextCtrl* m_remark = nullptr;
    wxComboBox* m_exit_reason = nullptr;
    wxStaticText* m_exit_problem = nullptr;
    wxStaticText* m_breaches = nullptr;
    wxTextCtrl* m_override = nullptr;
    wxStaticText* m_override_problem = nullptr;
    wxStaticText* m_other_problem = nullptr;
};

}  // namespace xuncha::app
