#include "app/gui/add_to_pool_dialog.h"

#include "app/gui/messages.h"
#include "app/gui/text_wrap.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace xuncha::app {

using model::Field;
using model::MembershipStatus;

std::vector<MembershipStatus> entry_statuses()
{
    return {MembershipStatus::recommended, MembershipStatus::qualification_review, MembershipStatus::vetting,
            MembershipStatus::approved, MembershipStatus::active};
}

void add_plain_field(wxWindow* parent, wxFlexGridSizer& grid, const wxString& label, wxWindow* control)
{
    grid.Add(new wxStaticText(parent, wxID_ANY, label), wxSizerFlags().CentreVertical().Right());
    grid.Add(control, wxSizerFlags().Expand());
}

wxStaticText* make_note(wxWindow* parent, const wxString& text, int wrap_width)
{
    auto* note = new wxStaticText(parent, wxID_ANY, wxString());
    note->SetForegroundColour(wxColour(110, 110, 110));
    set_wrapped_label(*note, text, wrap_width);
    return note;
}

void lay_out_bulk_dialog(wxDialog& dialog, wxWindow* intro, wxSizer* grid, wxWindow* note)
{
    const int border = dialog.FromDIP(12);
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(intro, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    top->Add(grid, wxSizerFlags().Expand().Border(wxALL, border));
    top->Add(note, wxSizerFlags().Border(wxLEFT | wxRIGHT, border));
    top->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(dialog);
    dialog.SetSizerAndFit(top);
    dialog.CentreOnParent();
}

AddToPoolDialog::AddToPoolDialog(wxWindow* parent, const std::vector<model::Pool>& pools,
                                 std::optional<model::PoolId> pool, std::size_t people, const model::Date& today)
    : wxDialog(parent, wxID_ANY, _("Add to Pool")), m_pools(pools), m_today(today)
{
    SetName(wxS("add_to_pool"));
    m_request.pool = pool.value_or(pools.empty() ? model::PoolId{} : pools.front().id);
    m_request.date = today;

    auto* intro = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(XUNCHA_PLURAL("Add the selected person to a pool.", "Add the %zu selected people to a pool.",
                                       people),
                         people));
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 6)));
    grid->AddGrowableCol(1, 1);

    m_pool = new wxChoice(this, wxID_ANY);
    for (const auto& p : m_pools) m_pool->Append(to_wx(p.name));
    add_field(this, *grid, _("Pool"), m_pool, m_problems, Field::membership_pool);
    m_status = new wxChoice(this, wxID_ANY);
    for (const auto status : entry_statuses()) m_status->Append(term_label(status));
    add_plain_field(this, *grid, _("Status"), m_status);
    m_method = new TermChoice<model::EntryMethod>(this);
    add_plain_field(this, *grid, _("Entry method"), m_method);
    m_date = make_date_field(this);
    add_field(this, *grid, _("Date"), m_date, m_problems, Field::membership_entry_date);
    m_decided_by = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(280, -1)));
    m_decided_by->SetHint(_("e.g. the leading group's meeting"));
    add_plain_field(this, *grid, _("Decided by"), m_decided_by);
    m_document = new wxTextCtrl(this, wxID_ANY);
    add_plain_field(this, *grid, _("Document number"), m_document);
    m_remark = new wxTextCtrl(this, wxID_ANY);
    add_plain_field(this, *grid, _("Remark"), m_remark);
    m_override = new wxTextCtrl(this, wxID_ANY);
    m_override->SetName(wxS("override_reason"));
    add_plain_field(this, *grid, _("Override reason"), m_override);

    auto* note = make_note(this,
                           _("People already in the pool are left out. When they start at Approved or Active, the "
                             "pool's entry rules are checked: people who do not meet them are left out unless an "
                             "override reason is given, which is recorded with their entry."),
                           FromDIP(440));

    lay_out_bulk_dialog(*this, intro, grid, note);
}

bool AddToPoolDialog::TransferDataToWindow()
{
    for (std::size_t i = 0; i < m_pools.size(); ++i)
        if (m_pools[i].id == m_request.pool) m_pool->SetSelection(static_cast<int>(i));
    const auto statuses = entry_statuses();
    for (std::size_t i = 0; i < statuses.size(); ++i)
        if (statuses[i] == m_request.status) m_status->SetSelection(static_cast<int>(i));
    m_method->set_value(m_request.entry_method);
    set_date(*m_date, m_request.date);
    m_decided_by->ChangeValue(to_wx(m_request.decided_by));
    m_document->ChangeValue(to_wx(m_request.document_number));
    m_remark->ChangeValue(to_wx(m_request.remark));
    m_override->ChangeValue(to_wx(m_request.override_reason));
    return true;
}

bool AddToPoolDialog::TransferDataFromWindow()
{
    m_problems.clear();
    bool ok = true;
    AddToPoolRequest request;
    const int pool = m_pool->GetSelection();
    if (pool < 0) {
        m_problems.show(Field::membership_pool, problem_message({Field::membership_pool, model::ProblemCode::required}));
        ok = false;
    } else {
        request.pool = m_pools[static_cast<std::size_t>(pool)].id;
    }
    const auto statuses = entry_statuses();
    const int status = m_status->GetSelection();
    request.status = status >= 0 ? statuses[static_cast<std::size_t>(status)] : model::MembershipStatus::active;
    request.entry_method = m_method->value();
    std::vector<UnreadableField> unreadable;
    const auto date = read_date(*m_date, Field::membership_entry_date, -1, unreadable);
    if (!unreadable.empty()) {
        m_problems.show(Field::membership_entry_date, unreadable.front().message);
        ok = false;
    } else if (!date) {
        m_problems.show(Field::membership_entry_date,
                        problem_message({Field::membership_entry_date, model::ProblemCode::required}));
        ok = false;
    } else if (*date > m_today) {
        m_problems.show(Field::membership_entry_date,
                        problem_message({Field::membership_entry_date, model::ProblemCode::in_future}));
        ok = false;
    } else {
        request.date = *date;
    }
    request.decided_by = read_text(*m_decided_by);
    request.document_number = read_text(*m_document);
    request.remark = read_text(*m_remark);
    request.override_reason = read_text(*m_override);
    Layout();
    Fit();
    if (!ok) return false;
    m_request = std::move(request);
    return true;
}

}  // namespace xuncha::app
