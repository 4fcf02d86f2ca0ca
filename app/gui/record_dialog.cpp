#include "app/gui/record_dialog.h"

#include "app/gui/messages.h"

#include <wx/checkbox.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include <algorithm>

namespace xuncha::app {

RecordDialog::RecordDialog(wxWindow* parent, const wxString& title, const wxString& name)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
{
    SetName(name);
    m_grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 6)));
    m_grid->AddGrowableCol(1, 1);
    m_top = new wxBoxSizer(wxVERTICAL);
    m_top->Add(m_grid, wxSizerFlags(1).Expand().DoubleBorder());
    m_other = make_problem_line(this);
    m_other->SetName(wxS("other_problems"));
}

wxString RecordDialog::other_problems() const
{
    return m_other->IsShown() ? m_other->GetLabel() : wxString();
}

wxStaticText* RecordDialog::add_row(const wxString& label, wxWindow* control, std::optional<model::Field> field)
{
    if (field) return add_field(this, *m_grid, label, control, m_problems, *field);
    m_grid->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().Border(wxTOP, 4).Right());
    m_grid->Add(control, wxSizerFlags().Expand());
    return nullptr;
}

wxTextCtrl* RecordDialog::add_text(const wxString& label, const wxString& name, std::optional<model::Field> field,
                                   bool multiline)
{
    auto* text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                                multiline ? FromDIP(wxSize(320, 70)) : FromDIP(wxSize(320, -1)),
                                multiline ? wxTE_MULTILINE : 0);
    text->SetName(name);
    add_row(label, text, field);
    return text;
}

wxTextCtrl* RecordDialog::add_date(const wxString& label, const wxString& name, std::optional<model::Field> field)
{
    wxTextCtrl* date = make_date_field(this);
    date->SetName(name);
    add_row(label, date, field);
    return date;
}

wxCheckBox* RecordDialog::add_check(const wxString& label, const wxString& name)
{
    auto* box = new wxCheckBox(this, wxID_ANY, label);
    box->SetName(name);
    m_grid->AddSpacer(0);
    m_grid->Add(box, wxSizerFlags());
    return box;
}

wxStaticText* RecordDialog::add_note(const wxString& text)
{
    auto* note = new wxStaticText(this, wxID_ANY, text);
    note->SetForegroundColour(wxColour(100, 100, 100));
    note->Wrap(FromDIP(460));
    m_top->Add(note, wxSizerFlags().Expand().DoubleBorder(wxLEFT | wxRIGHT | wxBOTTOM));
    return note;
}

void RecordDialog::finish()
{
    m_top->Add(m_other, wxSizerFlags().Expand().DoubleBorder(wxLEFT | wxRIGHT));
    m_top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(m_top);
    SetMinSize(GetSize());
    CentreOnParent();
}

bool RecordDialog::show_problems(const std::vector<UnreadableField>& unreadable,
                                 const std::vector<model::Problem>& problems)
{
    m_problems.clear();
    wxString other;
    for (const auto& u : unreadable)
        if (!m_problems.show(u.field, u.message)) other += (other.empty() ? wxString() : wxS("\n")) + u.message;
    for (const auto& problem : problems) {
        // A date that could not be read is reported once, as unreadable, not also as missing.
        const bool unread = std::any_of(unreadable.begin(), unreadable.end(),
                                        [&](const auto& u) { return u.field == problem.field; });
        if (unread) continue;
        if (!m_problems.show(problem.field, problem_message(problem)))
            other += (other.empty() ? wxString() : wxS("\n")) + field_label(problem.field) + wxS(": ") +
                     problem_message(problem);
    }
    m_other->SetLabel(other);
    m_other->Show(!other.empty());
    Layout();
    const wxSize needed = GetBestSize();
    SetSize(wxSize(std::max(GetSize().x, needed.x), std::max(GetSize().y, needed.y)));
    return unreadable.empty() && problems.empty();
}

}  // namespace xuncha::app
