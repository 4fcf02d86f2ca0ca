#include "app/gui/export_selection_dialog.h"

#include "app/gui/add_to_pool_dialog.h"
#include "app/gui/form.h"
#include "app/gui/messages.h"
#include "app/gui/text_wrap.h"
#include "app/gui/wx_text.h"

#include <wx/checkbox.h>
#include <wx/filename.h>
#include <wx/filepicker.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace xuncha::app {

ExportSelectionDialog::ExportSelectionDialog(wxWindow* parent, std::size_t people, const wxString& default_path)
    : wxDialog(parent, wxID_ANY, _("Export Selection"))
{
    SetName(wxS("export_selection"));
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(XUNCHA_PLURAL("Export the selected person with the columns the list shows, as a CSV "
                                       "file that Excel and WPS open.",
                                       "Export the %zu selected people with the columns the list shows, as a CSV "
                                       "file that Excel and WPS open.",
                                       people),
                         people));
    set_wrapped_label(*intro, intro->GetLabel(), FromDIP(460));
    m_file = new wxFilePickerCtrl(this, wxID_ANY, default_path, _("Export to"), _("CSV files (*.csv)|*.csv"),
                                  wxDefaultPosition, FromDIP(wxSize(460, -1)),
                                  wxFLP_SAVE | wxFLP_USE_TEXTCTRL);
    m_file->SetName(wxS("export_file"));
    m_id = new wxCheckBox(this, wxID_ANY, _("Add the ID number, masked (first 6 and last 4 characters)"));
    m_id->SetName(wxS("include_id"));
    auto* note = make_note(this,
                           _("Full ID numbers are never written to a spreadsheet. The file is for use inside "
                             "the office: it holds personal data."),
                           FromDIP(460));
    m_problem = make_problem_line(this);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(intro, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    top->Add(new wxStaticText(this, wxID_ANY, _("File:")), wxSizerFlags().Border(wxLEFT | wxTOP, FromDIP(12)));
    top->Add(m_file, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    top->Add(m_problem, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    top->Add(m_id, wxSizerFlags().Border(wxALL, FromDIP(12)));
    top->Add(note, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);
    CentreOnParent();
}

bool ExportSelectionDialog::TransferDataFromWindow()
{
    wxString text = m_file->GetPath();
    text.Trim(true).Trim(false);
    m_problem->Hide();
    if (text.empty()) {
        m_problem->SetLabel(_("Choose the file to write."));
        m_problem->Show();
        Layout();
        Fit();
        return false;
    }
    wxFileName name(text);
    if (name.GetExt().empty()) name.SetExt(wxS("csv"));
    if (!name.DirExists()) {
        m_problem->SetLabel(wxString::Format(_("The folder %s does not exist."), name.GetPath()));
        m_problem->Show();
        Layout();
        Fit();
        return false;
    }
    if (name.FileExists() &&
        message_box(this, wxString::Format(_("%s already exists. Replace it?"), name.GetFullPath()),
                    _("Export Selection"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION) != wxYES)
        return false;
    m_path = std::filesystem::path(from_wx(name.GetFullPath()));
    m_include_id = m_id->GetValue();
    return true;
}

}  // namespace xuncha::app
