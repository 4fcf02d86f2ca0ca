#include "app/gui/person_dialog.h"

#include "app/gui/messages.h"
#include "app/gui/person_pages.h"

#include <wx/intl.h>
#include <wx/notebook.h>
#include <wx/sizer.h>

#include <algorithm>

namespace xuncha::app {

PersonDialog::PersonDialog(wxWindow* parent, model::Person person, const PersonEditorContext& context)
    : wxDialog(parent, wxID_ANY,
               person.id.is_saved() ? wxString::Format(_("Edit Person: %s"), to_wx(person.name)) : _("Add Person"),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_person(std::move(person)), m_context(context)
{
    SetName(wxS("person_dialog"));
    m_trainings.trainings = m_context.trainings;
    m_notebook = new wxNotebook(this, wxID_ANY);
    m_notebook->SetName(wxS("person_notebook"));
    m_pages = make_person_pages(*m_notebook, PageEnv{m_problems, m_context, [this] { return current_person(); },
                                                     m_trainings});
    for (auto* page : m_pages) m_notebook->AddPage(page, page->title());

    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_summary->SetForegroundColour(problem_colour());
    m_summary->Hide();

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(m_notebook, wxSizerFlags(1).Expand().Border());
    top->Add(m_summary, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT));
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);
    // Wide enough for every tab's title: GTK would otherwise hide some behind scroll arrows.
    int tabs = FromDIP(48);
    for (auto* page : m_pages) tabs += m_notebook->GetTextExtent(page->title()).x + FromDIP(32);
    SetSize(wxSize(std::max(GetSize().x, tabs), GetSize().y));
    SetMinSize(GetSize());
    CentreOnParent();
}

bool PersonDialog::TransferDataToWindow()
{
    for (auto* page : m_pages) page->to_window(m_person);
    return true;
}

model::Person PersonDialog::current_person() const
{
    model::Person person = m_person;
    std::vector<UnreadableField> ignored;
    for (auto* page : m_pages) page->from_window(person, ignored);
    return person;
}

std::vector<model::Training> PersonDialog::new_trainings() const
{
    std::vector<model::Training> created;
    for (const auto& training : m_trainings.trainings) {
        if (training.id.is_saved()) continue;
        const bool attended = std::any_of(m_person.trainings.begin(), m_person.trainings.end(),
                                          [&](const auto& a) { return a.training_id == training.id; });
        if (attended) created.push_back(training);
    }
    return created;
}

bool PersonDialog::TransferDataFromWindow()
{
    model::Person edited = m_person;
    std::vector<UnreadableField> unreadable;
    for (auto* page : m_pages) page->from_window(edited, unreadable);
    const auto problems = validate_in_editor(edited, m_context.today);
    if (unreadable.empty() && problems.empty()) {
        m_person = std::move(edited);
        return true;
    }
    show_problems(unreadable, problems);
    return false;
}

void PersonDialog::show_problems(const std::vector<UnreadableField>& unreadable,
                                 const std::vector<model::Problem>& problems)
{
    m_problems.clear();
    std::vector<model::Field> fields;   // in order, each once, for the summary
    std::vector<wxString> elsewhere;    // problems no tab shows: spelled out in the summary
    const auto entry_prefix = [](int index) {
        return index >= 0 ? wxString::Format(_("Entry %d: "), index + 1) : wxString();
    };
    const auto note = [&](model::Field field, int index, const wxString& message) {
        if (m_problems.show(field, entry_prefix(index) + message, index)) {
            if (std::find(fields.begin(), fields.end(), field) == fields.end()) fields.push_back(field);
        } else {
            elsewhere.push_back(field_label(field) + wxS(" ") + entry_prefix(index) + message);
        }
    };
    for (const auto& u : unreadable) note(u.field, u.index, u.message);
    for (const auto& problem : problems) {
        // A date that could not be read is reported once, as unreadable, not also as missing.
        const bool unread = std::any_of(unreadable.begin(), unreadable.end(), [&](const auto& u) {
            return u.field == problem.field && u.index == problem.index;
        });
        if (!unread) note(problem.field, problem.index, problem_message(problem));
    }

    wxString summary = wxString::Format(
        XUNCHA_PLURAL("Please correct %zu problem before saving:", "Please correct %zu problems before saving:",
                 fields.size() + elsewhere.size()),
        fields.size() + elsewhere.size());
    for (std::size_t i = 0; i < fields.size(); ++i)
        summary += (i == 0 ? wxS(" ") : _(", ")) + field_label(fields[i]);
    for (const auto& line : elsewhere) summary += wxS("\n") + line;
    m_summary->SetLabel(summary);
    m_summary->Show();

    // Open the tab of the first problem and put the cursor there.
    if (!fields.empty()) {
        const int page = m_problems.page(fields.front());
        if (page >= 0 && static_cast<std::size_t>(page) < m_notebook->GetPageCount()) m_notebook->SetSelection(page);
        if (wxWindow* control = m_problems.control(fields.front())) control->SetFocus();
    }
    for (auto* page : m_pages) page->Layout();
    Layout();
    const wxSize needed = GetBestSize();
    SetSize(wxSize(std::max(GetSize().x, needed.x), std::max(GetSize().y, needed.y)));
}

wxString PersonDialog::summary_text() const
{
    return m_summary->IsShown() ? m_summary->GetLabel() : wxString();
}

}  // namespace xuncha::app
