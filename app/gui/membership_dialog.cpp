#include "app/gui/membership_dialog.h"

#include "app/gui/messages.h"

#include <wx/combobox.h>
#include <wx/intl.h>

namespace xuncha::app {

using model::Field;

MembershipDialog::MembershipDialog(wxWindow* parent, model::PoolMembership membership,
                                   const std::vector<model::Pool>& pools, Check check, bool adding,
                                   std::vector<model::Problem> initial)
    : wxDialog(parent, wxID_ANY, _("Pool Membership")), m_membership(std::move(membership)), m_pools(pools),
      m_check(std::move(check)), m_adding(adding), m_initial(std::move(initial))
{
    SetName(wxS("membership_dialog"));
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 6)));
    grid->AddGrowableCol(1, 1);

    m_pool = new wxChoice(this, wxID_ANY);
    m_pool->SetName(wxS("membership_pool"));
    for (const auto& pool : m_pools) m_pool->Append(to_wx(pool.name));
    add_field(this, *grid, _("Pool"), m_pool, m_problems, Field::membership_pool);

    m_method = new TermChoice<model::EntryMethod>(this);
    m_method->SetName(wxS("membership_entry_method"));
    grid->Add(new wxStaticText(this, wxID_ANY, _("Entry method")), wxSizerFlags().Border(wxTOP, 4).Right());
    grid->Add(m_method, wxSizerFlags().Expand());

    m_status = new TermChoice<model::MembershipStatus>(this);
    m_status->SetName(wxS("membership_status"));
    grid->Add(new wxStaticText(this, wxID_ANY, _("Status")), wxSizerFlags().Border(wxTOP, 4).Right());
    auto* status_column = new wxBoxSizer(wxVERTICAL);
    status_column->Add(m_status, wxSizerFlags().Expand());
    if (!m_adding) {
        m_status->Disable();
        auto* hint = new wxStaticText(this, wxID_ANY, _("Use \"Process...\" on the list to move to the next step."));
        hint->SetForegroundColour(wxColour(100, 100, 100));
        status_column->Add(hint, wxSizerFlags().Border(wxTOP, 2));
    }
    grid->Add(status_column, wxSizerFlags().Expand());

    m_entry = make_date_field(this);
    m_entry->SetName(wxS("membership_entry_date"));
    add_field(this, *grid, _("Entry date"), m_entry, m_problems, Field::membership_entry_date);
    m_exit = make_date_field(this);
    m_exit->SetName(wxS("membership_exit_date"));
    add_field(this, *grid, _("Exit date"), m_exit, m_problems, Field::membership_exit_date);

    wxArrayString reasons;
    for (const auto reason : model::standard_exit_reasons()) reasons.Add(to_wx(reason));
    m_reason = new wxComboBox(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(260, -1)), reasons);
    m_reason->SetName(wxS("membership_exit_reason"));
    add_field(this, *grid, _("Exit reason"), m_reason, m_problems, Field::membership_exit_reason);

    m_remark = new wxTextCtrl(this, wxID_ANY);
    m_remark->SetName(wxS("membership_remark"));
    grid->Add(new wxStaticText(this, wxID_ANY, _("Remark")), wxSizerFlags().Border(wxTOP, 4).Right());
    grid->Add(m_remark, wxSizerFlags().Expand());

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, wxSizerFlags(1).Expand().DoubleBorder());
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);
}

bool MembershipDialog::TransferDataToWindow()
{
    for (std::size_t i = 0; i < m_pools.size(); ++i)
        if (m_pools[i].id == m_membership.pool_id) m_pool->SetSelection(static_cast<int>(i));
    m_method->set_value(m_membership.entry_method);
    m_status->set_value(m_membership.status);
    set_date(*m_entry, m_membership.entry_date);
    set_date(*m_exit, m_membership.exit_date);
    m_reason->ChangeValue(to_wx(m_membership.exit_reason));
    m_remark->ChangeValue(to_wx(m_membership.remark));
    // A membership opened because of its problems shows them at once.
    for (const auto& problem : m_initial) m_problems.show(problem.field, problem_message(problem));
    if (!m_initial.empty()) {
        Layout();
        Fit();
    }
    m_initial.clear();
    return true;
}

bool MembershipDialog::TransferDataFromWindow()
{
    model::PoolMembership edited = m_membership;
    const int pool = m_pool->GetSelection();
    edited.pool_id = pool >= 0 ? m_pools[static_cast<std::size_t>(pool)].id : model::PoolId{};
    edited.entry_method = m_method->value();
    if (m_adding) edited.status = m_status->value();
    std::vector<UnreadableField> unreadable;
    edited.entry_date = read_date(*m_entry, Field::membership_entry_date, -1, unreadable);
    edited.exit_date = read_date(*m_exit, Field::membership_exit_date, -1, unreadable);
    wxString reason = m_reason->GetValue();
    edited.exit_reason = from_wx(reason.Trim(true).Trim(false));
    edited.remark = read_text(*m_remark);

    m_problems.clear();
    bool ok = unreadable.empty();
    for (const auto& u : unreadable) m_problems.show(u.field, u.message);
    if (pool < 0) {
        m_problems.show(Field::membership_pool, problem_message({Field::membership_pool, model::ProblemCode::required}));
        ok = false;
    }
    if (m_check) {
        for (const auto& problem : m_check(edited)) {
            const bool already = std::any_of(unreadable.begin(), unreadable.end(),
                                             [&](const auto& u) { return u.field == problem.field; });
            if (!already) m_problems.show(problem.field, problem_message(problem));
            ok = false;
        }
    }
    Layout();
    Fit();
    if (!ok) return false;
    m_membership = edited;
    return true;
}

}  // namespace xuncha::app
