#include "app/gui/settings_dialog.h"

#include "app/gui/messages.h"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace xuncha::app {

SettingsDialog::SettingsDialog(wxWindow* parent, SettingsValues values, const std::string& default_database)
    : wxDialog(parent, wxID_ANY, _("Settings")), m_values(std::move(values))
{
    // Language names are shown in their own language so that either reader finds theirs.
    const wxString languages[] = {wxString::FromUTF8("中文（简体）"), wxS("English")};
    m_language = new wxRadioBox(this, wxID_ANY, _("Interface language"), wxDefaultPosition, wxDefaultSize, 2,
                                languages, 1, wxRA_SPECIFY_COLS);
    auto* language_note = new wxStaticText(this, wxID_ANY, _("A new language takes effect when xuncha is restarted."));
    language_note->SetForegroundColour(wxColour(110, 110, 110));

    auto* database_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Database opened at start"));
    wxWindow* box = database_box->GetStaticBox();
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    m_database = new wxTextCtrl(box, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(380, -1)));
    m_database->SetHint(_("Default location"));
    row->Add(m_database, wxSizerFlags(1).Expand());
    auto* browse = new wxButton(box, wxID_ANY, _("Browse..."));
    row->Add(browse, wxSizerFlags().Border(wxLEFT, 4));
    database_box->Add(row, wxSizerFlags().Expand().Border());
    auto* database_note = new wxStaticText(
        box, wxID_ANY,
        wxString::Format(_("Leave empty for the default file:\n%s\nA PostgreSQL server is given as "
                           "postgresql://user@host/database. The --db option overrides this setting."),
                         to_wx(default_database)));
    database_note->SetForegroundColour(wxColour(110, 110, 110));
    database_box->Add(database_note, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM));

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(m_language, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP));
    top->Add(language_note, wxSizerFlags().Border());
    top->Add(database_box, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT));
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);
    CentreOnParent();

    browse->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxFileDialog chooser(this, _("Choose the Database File"), wxString(), wxString(),
                             _("xuncha databases (*.sqlite)|*.sqlite|All files (*)|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (chooser.ShowModal() == wxID_OK) m_database->ChangeValue(chooser.GetPath());
    });
}

bool SettingsDialog::TransferDataToWindow()
{
    m_language->SetSelection(m_values.language == UiLanguage::english ? 1 : 0);
    m_database->ChangeValue(to_wx(m_values.startup_database));
    return true;
}

bool SettingsDialog::TransferDataFromWindow()
{
    m_values.language = m_language->GetSelection() == 1 ? UiLanguage::english : UiLanguage::chinese;
    wxString database = m_database->GetValue();
    m_values.startup_database = from_wx(database.Trim(true).Trim(false));
    return true;
}

}  // namespace xuncha::app
