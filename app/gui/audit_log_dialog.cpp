#include "app/gui/audit_log_dialog.h"

#include "app/gui/audit_text.h"
#include "app/gui/form.h"
#include "app/gui/messages.h"
#include "app/gui/wx_text.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <set>

namespace xuncha::app {

namespace {

// The kinds of record offered in the filter, after "all".
constexpr std::string_view entity_codes[] = {"person", "unit", "pool", "specialty", "training", "settings"};

}  // namespace

AuditLogDialog::AuditLogDialog(wxWindow* parent, Load load, std::size_t page_size)
    : wxDialog(parent, wxID_ANY, _("Audit Log"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_load(std::move(load)), m_page_size(page_size), m_limit(page_size), m_model(new AuditListModel)
{
    SetName(wxS("audit_log_dialog"));
    auto* filters = new wxFlexGridSizer(6, FromDIP(wxSize(6, 6)));
    const auto label = [&](const wxString& text) {
        filters->Add(new wxStaticText(this, wxID_ANY, text), wxSizerFlags().CentreVertical().Right());
    };

    label(_("Record:"));
    m_entity = new wxChoice(this, wxID_ANY);
    m_entity->Append(_("All"));
    for (const auto code : entity_codes) m_entity->Append(audit_entity_label(code));
    m_entity->SetSelection(0);
    filters->Add(m_entity, wxSizerFlags().Expand());

    label(_("Action:"));
    m_action = new wxChoice(this, wxID_ANY);
    m_action->Append(_("All"));
    for (const auto& t : model::terms<model::AuditAction>()) m_action->Append(term_label(t));
    m_action->SetSelection(0);
    filters->Add(m_action, wxSizerFlags().Expand());

    label(_("Operator:"));
    m_operator = new wxChoice(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(120, -1)));
    filters->Add(m_operator, wxSizerFlags().Expand());

    label(_("From:"));
    m_from = make_date_field(this);
    filters->Add(m_from, wxSizerFlags().Expand());
    label(_("To:"));
    m_to = make_date_field(this);
    filters->Add(m_to, wxSizerFlags().Expand());
    label(_("Search:"));
    m_search = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(180, -1)));
    m_search->SetDescriptiveText(_("Name, field or value"));
    m_search->ShowCancelButton(true);
    filters->Add(m_search, wxSizerFlags().Expand());
    for (int column : {1, 3, 5}) filters->AddGrowableCol(static_cast<std::size_t>(column), 1);

    m_list = make_audit_list(this, m_model.get(), true);
    m_list->SetName(wxS("audit_log_list"));
    m_list->SetMinSize(FromDIP(wxSize(1140, 460)));

    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_more = new wxButton(this, wxID_ANY, _("Read &Older Entries"));
    m_more->SetName(wxS("load_more"));
    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    bottom->Add(m_summary, wxSizerFlags(1).CentreVertical());
    bottom->Add(m_more, wxSizerFlags().Border(wxLEFT, FromDIP(8)));
    auto* buttons = CreateStdDialogButtonSizer(wxCLOSE);
    bottom->Add(buttons, wxSizerFlags().CentreVertical());

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(filters, wxSizerFlags().Expand().Border(wxALL, FromDIP(10)));
    top->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(10)));
    top->Add(bottom, wxSizerFlags().Expand().Border(wxALL, FromDIP(10)));
    translate_standard_buttons(*this);
    SetEscapeId(wxID_CLOSE);
    SetAffirmativeId(wxID_CLOSE);
    SetSizerAndFit(top);
    wxPersistentRegisterAndRestore(this, wxS("audit_log_dialog"));
    CentreOnParent();

    m_entity->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        m_limit = m_page_size;
        reload();
    });
    for (wxChoice* choice : {m_action, m_operator})
        choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { apply_filter(); });
    for (wxTextCtrl* field : {m_from, m_to}) field->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { apply_filter(); });
    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { apply_filter(); });
    m_search->Bind(wxEVT_SEARCH_CANCEL, [this](wxCommandEvent&) { m_search->Clear(); });
    m_more->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { load_more(); });

    reload();
}

void AuditLogDialog::load_more()
{
    if (m_complete) return;
    m_limit += m_page_size;
    reload();
}

void AuditLogDialog::reload()
{
    db::AuditQuery query;
    const int entity = m_entity->GetSelection();
    if (entity > 0) query.entity = std::string(entity_codes[static_cast<std::size_t>(entity) - 1]);
    query.limit = m_limit;
    query.newest_first = true;
    auto entries = m_load ? m_load(query) : std::nullopt;
    if (!entries) entries.emplace();
    m_complete = entries->size() < m_limit;

    // The operators seen, for the operator filter; the chosen one is kept.
    const wxString chosen = m_operator->GetSelection() > 0 ? m_operator->GetStringSelection() : wxString();
    std::set<std::string> operators;
    for (const auto& entry : *entries) operators.insert(entry.operator_name);
    m_operator->Clear();
    m_operator->Append(_("All"));
    for (const auto& name : operators) m_operator->Append(to_wx(name));
    const int again = chosen.empty() ? wxNOT_FOUND : m_operator->FindString(chosen, true);
    m_operator->SetSelection(again == wxNOT_FOUND ? 0 : again);

    m_model->set_entries(std::move(*entries));
    apply_filter();
}

void AuditLogDialog::apply_filter()
{
    AuditFilter filter;
    const int action = m_action->GetSelection();
    const auto actions = model::terms<model::AuditAction>();
    if (action > 0 && static_cast<std::size_t>(action) <= actions.size())
        filter.action = actions[static_cast<std::size_t>(action) - 1].value;
    if (m_operator->GetSelection() > 0) filter.operator_name = from_wx(m_operator->GetStringSelection());
    // A date that cannot be read is marked and ignored rather than hiding everything.
    for (auto [field, day] : {std::pair{m_from, &filter.from_day}, std::pair{m_to, &filter.to_day}}) {
        const std::string text = read_text(*field);
        const auto date = text.empty() ? std::nullopt : model::parse_user_date(text);
        field->SetBackgroundColour(!text.empty() && !date ? problem_background() : wxNullColour);
        field->Refresh();
        if (date) *day = model::to_iso(*date);
    }
    wxString search = m_search->GetValue();
    filter.text = from_wx(search.Trim(true).Trim(false));
    m_model->set_filter(std::move(filter));
    update_summary();
}

void AuditLogDialog::update_summary()
{
    const std::size_t read = m_model->entries().size();
    wxString text = wxString::Format(_("Showing %zu of the %zu entries read."), m_model->shown_entries(), read);
    if (!m_complete) text += wxS(" ") + _("Older entries exist: read them to search further back.");
    m_summary->SetLabel(text);
    m_more->Enable(!m_complete);
    Layout();
}

}  // namespace xuncha::app
