#include "app/gui/history_dialog.h"

#include "app/gui/messages.h"
#include "app/gui/wx_text.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace xuncha::app {

HistoryDialog::HistoryDialog(wxWindow* parent, const wxString& person_name, std::vector<model::AuditEntry> entries)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Change History: %s"), person_name), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_model(new AuditListModel)
{
    SetName(wxS("history_dialog"));
    const std::size_t count = entries.size();
    m_model->set_entries(std::move(entries));

    wxString summary;
    if (count == 0)
        summary = _("Nothing has been recorded for this person.");
    else
        summary = wxString::Format(XUNCHA_PLURAL("%zu change, newest first. Values are shown as they were saved; "
                                                 "ID numbers only masked.",
                                                 "%zu changes, newest first. Values are shown as they were saved; "
                                                 "ID numbers only masked.",
                                                 count),
                                   count);
    auto* intro = new wxStaticText(this, wxID_ANY, summary);
    m_list = make_audit_list(this, m_model.get(), false);
    m_list->SetName(wxS("history_list"));
    m_list->SetMinSize(FromDIP(wxSize(960, 440)));

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(intro, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(10)));
    top->Add(m_list, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(10)));
    top->Add(CreateStdDialogButtonSizer(wxCLOSE), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM));
    translate_standard_buttons(*this);
    SetEscapeId(wxID_CLOSE);
    SetAffirmativeId(wxID_CLOSE);
    SetSizerAndFit(top);
    wxPersistentRegisterAndRestore(this, wxS("history_dialog"));
    CentreOnParent();
}

}  // namespace xuncha::app
