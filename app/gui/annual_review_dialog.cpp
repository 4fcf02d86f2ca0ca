#include "app/gui/annual_review_dialog.h"

#include "app/gui/messages.h"
#include "app/gui/text_wrap.h"
#include "app/gui/wx_text.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <map>

namespace xuncha::app {

ReviewListModel::ReviewListModel() : wxDataViewVirtualListModel(0) {}

void ReviewListModel::set_rows(std::vector<ReviewRow> rows)
{
    m_rows = std::move(rows);
    refilter();
}

void ReviewListModel::set_reason(std::optional<model::ReviewReason> reason)
{
    m_reason = reason;
    refilter();
}

void ReviewListModel::refilter()
{
    m_shown.clear();
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (!m_reason || m_rows[i].finding.reason == *m_reason) m_shown.push_back(i);
    Reset(static_cast<unsigned>(m_shown.size()));
}

const ReviewRow* ReviewListModel::at_row(unsigned row) const
{
    return row < m_shown.size() ? &m_rows[m_shown[row]] : nullptr;
}

wxString ReviewListModel::text(unsigned row, unsigned column) const
{
    const ReviewRow* r = at_row(row);
    if (!r) return {};
    switch (column) {
    case col_name: return to_wx(r->person_name);
    case col_unit: return to_wx(r->unit_and_post);
    case col_pool: return to_wx(r->pool_name);
    case col_reason: return term_label(r->finding.reason);
    case col_detail: return to_wx(r->finding.detail);
    default: return {};
    }
}

void ReviewListModel::GetValueByRow(wxVariant& variant, unsigned row, unsigned col) const
{
    variant = text(row, col);
}

AnnualReviewDialog::AnnualReviewDialog(wxWindow* parent, Callbacks callbacks)
    : wxDialog(parent, wxID_ANY, _("Annual Review"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_callbacks(std::move(callbacks)), m_model(new ReviewListModel)
{
    SetName(wxS("annual_review"));
    m_heading = new wxStaticText(this, wxID_ANY, wxString());
    auto* filter = new wxBoxSizer(wxHORIZONTAL);
    filter->Add(new wxStaticText(this, wxID_ANY, _("Reason:")), wxSizerFlags().CentreVertical());
    m_reason = new wxChoice(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(260, -1)));
    m_reason->SetName(wxS("reason_filter"));
    filter->Add(m_reason, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));

    m_list = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxDV_MULTIPLE | wxDV_ROW_LINES | wxDV_HORIZ_RULES | wxDV_VERT_RULES);
    m_list->SetName(wxS("review_list"));
    m_list->AssociateModel(m_model.get());
    const auto add = [&](const wxString& title, unsigned column, int width) {
        m_list->AppendTextColumn(title, column, wxDATAVIEW_CELL_INERT, FromDIP(width), wxALIGN_LEFT,
                                 wxDATAVIEW_COL_RESIZABLE);
    };
    add(_("Name"), ReviewListModel::col_name, 70);
    add(_("Work unit and post"), ReviewListModel::col_unit, 290);
    add(_("Pool"), ReviewListModel::col_pool, 80);
    add(_("Reason"), ReviewListModel::col_reason, 150);
    add(_("Evidence"), ReviewListModel::col_detail, 520);
    m_list->SetMinSize(FromDIP(wxSize(1140, 440)));

    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    m_suspend = new wxButton(this, wxID_ANY, _("&Suspend..."));
    m_suspend->SetName(wxS("suspend"));
    m_exit = new wxButton(this, wxID_ANY, _("&Remove from Pool..."));
    m_exit->SetName(wxS("exit"));
    m_reviewed = new wxButton(this, wxID_ANY, _("&Mark Reviewed"));
    m_reviewed->SetName(wxS("mark_reviewed"));
    m_reviewed->SetToolTip(_("Keep the selected members as they are: they leave this year's report."));
    auto* again = new wxButton(this, wxID_ANY, _("Run &Again"));
    actions->Add(m_suspend);
    actions->Add(m_exit, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    actions->Add(m_reviewed, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    actions->AddStretchSpacer();
    actions->Add(again);

    m_evidence = new wxStaticText(this, wxID_ANY, wxString());
    m_evidence->SetName(wxS("review_evidence"));
    m_result = new wxStaticText(this, wxID_ANY, wxString());
    m_result->SetName(wxS("review_result"));

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(m_heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(10)));
    top->Add(filter, wxSizerFlags().Border(wxALL, FromDIP(10)));
    top->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(10)));
    top->Add(m_evidence, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(10)));
    top->Add(actions, wxSizerFlags().Expand().Border(wxALL, FromDIP(10)));
    top->Add(m_result, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(10)));
    top->Add(CreateStdDialogButtonSizer(wxCLOSE), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetEscapeId(wxID_CLOSE);
    SetAffirmativeId(wxID_CLOSE);
    SetSizerAndFit(top);
    wxPersistentRegisterAndRestore(this, wxS("annual_review"));
    CentreOnParent();

    m_reason->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int selection = m_reason->GetSelection();
        const auto reasons = model::terms<model::ReviewReason>();
        m_model->set_reason(selection > 0 && static_cast<std::size_t>(selection) <= reasons.size()
                                ? std::optional(reasons[static_cast<std::size_t>(selection) - 1].value)
                                : std::nullopt);
        update_buttons();
    });
    m_list->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        update_buttons();
        show_evidence();
    });
    m_suspend->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { perform(Action::suspend); });
    m_exit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { perform(Action::exit); });
    m_reviewed->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { perform(Action::mark_reviewed); });
    again->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        refresh();
        m_result->SetLabel(_("The review was run again on the current records."));
    });

    refresh();
}

void AnnualReviewDialog::fill_reasons()
{
    // Every reason with its count, so that the reader sees the shape of the report at once.
    const int chosen = m_reason->GetSelection();
    std::map<model::ReviewReason, std::size_t> counts;
    for (const auto& row : m_model->rows()) ++counts[row.finding.reason];
    m_reason->Clear();
    m_reason->Append(wxString::Format(_("All reasons (%zu)"), m_model->rows().size()));
    for (const auto& t : model::terms<model::ReviewReason>())
        m_reason->Append(wxString::Format(_("%s (%zu)"), term_label(t), counts[t.value]));
    m_reason->SetSelection(chosen > 0 ? chosen : 0);
}

void AnnualReviewDialog::refresh()
{
    std::optional<ReviewReport> report = m_callbacks.run ? m_callbacks.run() : std::nullopt;
    if (!report) report.emplace();
    m_today = report->today;
    const std::size_t findings = report->rows.size();
    std::vector<model::PersonId> people;
    for (const auto& row : report->rows) people.push_back(row.finding.person_id);
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    m_heading->SetLabel(
        report->today.is_special()
            ? wxString()
            : wxString::Format(_("Review of %s: %zu findings for %zu people, among %zu memberships in Active or "
                                 "Suspended status."),
                               to_wx(model::to_iso(report->today)), findings, people.size(), report->members));
    m_model->set_rows(std::move(report->rows));
    fill_reasons();
    const int selection = m_reason->GetSelection();
    const auto reasons = model::terms<model::ReviewReason>();
    m_model->set_reason(selection > 0 && static_cast<std::size_t>(selection) <= reasons.size()
                            ? std::optional(reasons[static_cast<std::size_t>(selection) - 1].value)
                            : std::nullopt);
    update_buttons();
    show_evidence();
    Layout();
}

void AnnualReviewDialog::show_evidence()
{
    wxString text;
    if (m_list->GetSelectedItemsCount() == 1) {
        const ReviewRow* row = m_model->at_row(m_model->GetRow(m_list->GetSelection()));
        if (row)
            text = to_wx(row->person_name) + wxString::FromUTF8("（") + to_wx(row->pool_name) +
                   wxString::FromUTF8("）") + term_label(row->finding.reason) + wxString::FromUTF8("：") +
                   to_wx(row->finding.detail);
    }
    set_wrapped_label(*m_evidence, text, m_list->GetSize().x);
    Layout();
}

void AnnualReviewDialog::update_buttons()
{
    const bool any = m_list->GetSelectedItemsCount() > 0;
    for (wxButton* button : {m_suspend, m_exit, m_reviewed}) button->Enable(any);
}

std::size_t AnnualReviewDialog::select_rows(const std::vector<unsigned>& rows)
{
    wxDataViewItemArray items;
    for (const unsigned row : rows)
        if (row < m_model->shown_count()) items.push_back(m_model->GetItem(row));
    m_list->UnselectAll();
    m_list->SetSelections(items);
    update_buttons();
    show_evidence();
    return items.size();
}

std::vector<MembershipTarget> AnnualReviewDialog::selected_targets() const
{
    wxDataViewItemArray items;
    m_list->GetSelections(items);
    std::vector<unsigned> rows;
    for (const auto& item : items) rows.push_back(m_model->GetRow(item));
    std::sort(rows.begin(), rows.end());
    std::vector<MembershipTarget> targets;
    for (const unsigned row : rows) {
        const ReviewRow* r = m_model->at_row(row);
        if (!r) continue;
        const MembershipTarget target{r->finding.person_id, r->finding.pool_id};
        if (std::find(targets.begin(), targets.end(), target) == targets.end()) targets.push_back(target);
    }
    return targets;
}

void AnnualReviewDialog::perform(Action action)
{
    const auto targets = selected_targets();
    if (targets.empty() || !m_callbacks.act) return;
    const auto result = m_callbacks.act(this, action, targets);
    if (!result) return;
    refresh();
    m_result->SetLabel(*result);
    Layout();
}

wxString AnnualReviewDialog::result_text() const
{
    return m_result->GetLabel();
}

}  // namespace xuncha::app
