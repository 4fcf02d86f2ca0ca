#pragma once
// The person editor: a view of a model::Person value (KiCad's dialog contract). Built with a copy,
// TransferDataFromWindow() validates with model::validate and returns false to stay open, showing
// each problem at its field; person() is the new value, which the caller saves in one transaction.

#include "app/gui/form.h"
#include "model/person.h"
#include "model/specialty.h"
#include "model/unit.h"

#include <wx/dialog.h>
#include <wx/panel.h>

#include <memory>
#include <optional>
#include <vector>

class wxNotebook;

namespace xuncha::app {

// What the editor offers to choose from; owned by the caller for the dialog's lifetime.
struct PersonEditorContext {
    std::vector<model::Unit> units;
    std::vector<model::Specialty> specialties;
    std::vector<model::Pool> pools;
    model::Date today;
};

// One tab of the editor. Further tabs (work history, relatives...) derive from it and register
// their fields in `problems` so validation messages reach them.
class PersonEditorPage : public wxPanel {
public:
    PersonEditorPage(wxWindow* parent, FieldProblems& problems, int page_index)
        : wxPanel(parent), m_problems(problems), m_page_index(page_index)
    {
    }

    virtual wxString title() const = 0;
    virtual void to_window(const model::Person& person) = 0;
    // Copies the tab's fields into `person`; text that cannot be read goes to `unreadable`.
    virtual void from_window(model::Person& person, std::vector<UnreadableField>& unreadable) = 0;

protected:
    FieldProblems& m_problems;
    int m_page_index;
};

class PersonDialog : public wxDialog {
public:
    PersonDialog(wxWindow* parent, model::Person person, const PersonEditorContext& context);

    const model::Person& person() const { return m_person; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

    // For tests and for focusing: the control showing `field`, and the problem text shown there.
    wxWindow* field_control(model::Field field) const { return m_problems.control(field); }
    wxString problem_text(model::Field field) const { return m_problems.shown(field); }
    wxString summary_text() const;
    wxNotebook* notebook() const { return m_notebook; }

private:
    void show_problems(const std::vector<UnreadableField>& unreadable, const std::vector<model::Problem>& problems);

    model::Person m_person;
    const PersonEditorContext& m_context;
    FieldProblems m_problems;
    wxNotebook* m_notebook = nullptr;
    std::vector<PersonEditorPage*> m_pages;
    wxStaticText* m_summary = nullptr;
};

}  // namespace xuncha::app
