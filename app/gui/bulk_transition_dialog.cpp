#include "app/gui/bulk_transition_dialog.h"

#include "app/gui/add_to_pool_dialog.h"
#include "app/gui/messages.h"

#include <wx/combobox.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace xuncha::app {

using model::Field;
using model::MembershipStatus;

BulkTransitionDialog::BulkTransitionDialog(wxWindow* parent, MembershipStatus to, std::size_t count, const model::Date& today,
                                   const std::vector<model::Pool>& pools, std::optional<model::PoolId> pool)
    : wxDialog(parent, wxID_ANY, to == MembershipStatus::exited ? _("Remove from Pool") : _("Suspend")),
      m_today(today), m_pools(pools), m_pool_id(pool)
{
    SetName(wxS("bulk_transition_dialog"));
    m_step.to = to;
    m_step.date = today;
    if (!m_pools.empty() && !m_pool_id) m_pool_id = m_pools.front().id;

    const wxString intro_text =
        to == MembershipStatus::exited
            ? wxString::Format(XUNCHA_PLURAL("Move %zu membership to Exited.",
                                             "Move %zu memberships to Exited.", count),
                               count)
            : wxString::Format(XUNCHA_PLURAL("Suspend %zu membership (Active to Suspended).",
                                             "Suspend %zu memberships (Active to Suspended).", count),
                               count);
    auto* intro = new wxStaticText(this, wxID_ANY, intro_text);
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 6)));
    grid->AddGrowableCol(1, 1);
    if (!m_pools.empty()) {
        m_pool = new wxChoice(this, wxID_ANY);
        for (const auto& p : m_pools) m_pool->Append(to_wx(p.name));
        add_field(this, *grid, _("Pool"), m_pool, m_problems, Field::membership_pool);
    }
    m_date = make_date_field(this);
    add_field(this, *grid, _("Date"), m_date, m_problems, Field::membership_exit_date);
    m_decided_by = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(280, -1)));
    m_decided_by->SetHint(_("e.g. the leading group's meeting"));
    add_plain_field(this, *grid, _("Decided by"), m_decided_by);
    m_document = new wxTextCtrl(this, wxID_ANY);
    add_plain_field(this, *grid, _("Document number"), m_document);
    if (to == MembershipStatus::exited) {
        wxArrayString reasons;
        for (const auto reason : model::standard_exit_reasons()) reasons.Add(to_wx(reason));
        m_reason = new wxComboBox(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, reasons);
        add_field(this, *grid, _("Exit reason"), m_reason, m_problems, Field::membership_exit_reason);
    }
    m_remark = new wxTextCtrl(this, wxID_ANY);
    add_plain_field(this, *grid, _("Remark"), m_remark);

    auto* note = make_note(this,
                           _("Memberships the lifecycle does not allow to move (for example a suspension of someone "
                             "who is not Active) are left out and listed afterwards; the others are changed "
                             "together, or none if saving fails."),
                           FromDIP(440));

    lay_out_bulk_dialog(*this, intro, grid, note);
}

bool BulkTransitionDialog::TransferDataToWindow()
{
    if (m_pool)
        for (std::size_t i = 0; i < m_pools.size(); ++i)
            if (m_pool_id && m_pools[i].id == *m_pool_id) m_pool->SetSelection(static_cast<int>(i));
    set_date(*m_date, m_step.date);
    m_decided_by->ChangeValue(to_wx(m_step.decided_by));
    m_document->ChangeValue(to_wx(m_step.document_number));
    if (m_reason) m_reason->ChangeValue(to_wx(m_exit_reason));
    m_remark->ChangeValue(to_wx(m_step.remark));
    return true;
}

bool BulkTransitionDialog::TransferDataFromWindow()
{
    m_problems.clear();
    bool ok = true;
    std::optional<model::PoolId> pool = m_pool_id;
    if (m_pool) {
        const int selection = m_pool->GetSelection();
        if (selection < 0) {
            m_problems.show(Field::membership_pool,
                            problem_message({Field::membership_pool, model::ProblemCode::required}));
            ok = false;
        } else {
            pool = m_pools[static_cast<std::size_t>(selection)].id;
        }
    }
    model::MembershipStep step = m_step;
    std::vector<UnreadableField> unreadable;
    const auto date = read_date(*m_date, Field::membership_exit_date, -1, unreadable);
    if (!unreadable.empty()) {
        m_problems.show(Field::membership_exit_date, unreadable.front().message);
        ok = false;
    } else if (!date) {
        m_problems.show(Field::membership_exit_date,
                        problem_message({Field::membership_exit_date, model::ProblemCode::required}));
        ok = false;
    } else if (*date > m_today) {
        m_problems.show(Field::membership_exit_date,
                        problem_message({Field::membership_exit_date, model::ProblemCode::in_future}));
        ok = false;
    }
    step.date = date;
    step.decided_by = read_text(*m_decided_by);
    step.document_number = read_text(*m_document);
    step.remark = read_text(*m_remark);
    std::string reason;
    if (m_reason) {
        wxString text = m_reason->GetValue();
        reason = from_wx(text.Trim(true).Trim(false));
        if (reason.empty()) {
            m_problems.show(Field::membership_exit_reason,
                            problem_message({Field::membership_exit_reason, model::ProblemCode::exit_without_reason}));
            ok = false;
        }
    }
    Layout();
    Fit();
    if (!ok) return false;
    m_pool_id = pool;
    m_step = std::move(step);
    m_exit_reason = std::move(reason);
    return true;
}

}  // namespace xuncha::app
