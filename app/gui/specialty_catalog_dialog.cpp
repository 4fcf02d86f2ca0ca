#include "app/gui/specialty_catalog_dialog.h"

#include "app/gui/messages.h"
#include "app/gui/wx_text.h"
#include "model/validation.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

namespace xuncha::app {

SpecialtyCatalogDialog::SpecialtyCatalogDialog(wxWindow* parent, std::vector<model::Specialty> specialties,
                                               std::unordered_set<model::SpecialtyId> in_use)
    : wxDialog(parent, wxID_ANY, _("Specialty Catalogue"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_specialties(std::move(specialties)), m_in_use(std::move(in_use))
{
    m_list = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(260, 320)));
    auto* buttons = new wxBoxSizer(wxVERTICAL);
    auto* add_button = new wxButton(this, wxID_ANY, _("Add..."));
    auto* rename_button = new wxButton(this, wxID_ANY, _("Rename..."));
    auto* remove_button = new wxButton(this, wxID_ANY, _("Remove"));
    auto* up_button = new wxButton(this, wxID_ANY, _("Move Up"));
    auto* down_button = new wxButton(this, wxID_ANY, _("Move Down"));
    for (auto* button : {add_button, rename_button, remove_button, up_button, down_button})
        buttons->Add(button, wxSizerFlags().Expand().Border(wxBOTTOM, 4));

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(m_list, wxSizerFlags(1).Expand());
    row->Add(buttons, wxSizerFlags().Border(wxLEFT));
    m_note = new wxStaticText(this, wxID_ANY, wxString());
    m_note->SetForegroundColour(wxColour(110, 110, 110));

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(new wxStaticText(this, wxID_ANY, _("Specialties offered in the person editor, in display order.")),
             wxSizerFlags().Border());
    top->Add(row, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT));
    top->Add(m_note, wxSizerFlags().Expand().Border());
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);

    add_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add(); });
    rename_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { rename(); });
    m_list->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { rename(); });
    remove_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove(); });
    up_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move(-1); });
    down_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move(+1); });
    const auto selected = [this] { return m_list->GetSelection(); };
    rename_button->Bind(wxEVT_UPDATE_UI, [selected](wxUpdateUIEvent& e) { e.Enable(selected() != wxNOT_FOUND); });
    remove_button->Bind(wxEVT_UPDATE_UI, [this, selected](wxUpdateUIEvent& e) {
        const int s = selected();
        e.Enable(s != wxNOT_FOUND && !m_in_use.count(m_specialties[static_cast<std::size_t>(s)].id));
    });
    up_button->Bind(wxEVT_UPDATE_UI, [selected](wxUpdateUIEvent& e) { e.Enable(selected() > 0); });
    down_button->Bind(wxEVT_UPDATE_UI, [this, selected](wxUpdateUIEvent& e) {
        e.Enable(selected() != wxNOT_FOUND && static_cast<std::size_t>(selected()) + 1 < m_specialties.size());
    });
    m_list->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) {
        const int s = m_list->GetSelection();
        const bool used = s != wxNOT_FOUND && m_in_use.count(m_specialties[static_cast<std::size_t>(s)].id);
        m_note->SetLabel(used ? _("People have this specialty, so it cannot be removed; it can be renamed.")
                              : wxString());
    });
    refresh(m_specialties.empty() ? -1 : 0);
}

std::vector<model::Specialty> SpecialtyCatalogDialog::specialties() const
{
    auto result = m_specialties;
    for (std::size_t i = 0; i < result.size(); ++i) result[i].sort_order = static_cast<int>(i + 1);
    return result;
}

void SpecialtyCatalogDialog::refresh(int select)
{
    m_list->Clear();
    for (const auto& specialty : m_specialties) m_list->Append(to_wx(specialty.name));
    if (select >= 0 && static_cast<unsigned>(select) < m_list->GetCount()) m_list->SetSelection(select);
    wxCommandEvent changed(wxEVT_LISTBOX, m_list->GetId());
    m_list->ProcessWindowEvent(changed);
}

std::string SpecialtyCatalogDialog::ask_name(const wxString& title, const std::string& initial, int editing)
{
    std::vector<std::string> others;
    for (std::size_t i = 0; i < m_specialties.size(); ++i)
        if (static_cast<int>(i) != editing) others.push_back(m_specialties[i].name);
    wxString value = to_wx(initial);
    for (;;) {
        wxTextEntryDialog entry(this, _("Name of the specialty:"), title, value);
        translate_standard_buttons(entry);
        if (entry.ShowModal() != wxID_OK) return {};
        value = entry.GetValue();
        const std::string name = from_wx(wxString(value).Trim(true).Trim(false));
        const auto problems = model::validate_catalog_name(name, others);
        if (problems.empty()) return name;
        message_box(this, problem_message(problems.front()), title, wxOK | wxICON_WARNING);
    }
}

void SpecialtyCatalogDialog::add()
{
    const std::string name = ask_name(_("Add Specialty"), {}, -1);
    if (name.empty()) return;
    m_specialties.push_back(model::Specialty{model::SpecialtyId{}, name, 0});
    refresh(static_cast<int>(m_specialties.size()) - 1);
}

void SpecialtyCatalogDialog::rename()
{
    const int s = m_list->GetSelection();
    if (s == wxNOT_FOUND) return;
    auto& specialty = m_specialties[static_cast<std::size_t>(s)];
    const std::string name = ask_name(_("Rename Specialty"), specialty.name, s);
    if (name.empty()) return;
    specialty.name = name;
    refresh(s);
}

void SpecialtyCatalogDialog::remove()
{
    const int s = m_list->GetSelection();
    if (s == wxNOT_FOUND || m_in_use.count(m_specialties[static_cast<std::size_t>(s)].id)) return;
    m_specialties.erase(m_specialties.begin() + s);
    refresh(std::min(s, static_cast<int>(m_specialties.size()) - 1));
}

void SpecialtyCatalogDialog::move(int delta)
{
    const int s = m_list->GetSelection();
    const int target = s + delta;
    if (s == wxNOT_FOUND || target < 0 || static_cast<std::size_t>(target) >= m_specialties.size()) return;
    std::swap(m_specialties[static_cast<std::size_t>(s)], m_specialties[static_cast<std::size_t>(target)]);
    refresh(target);
}

}  // namespace xuncha::app
