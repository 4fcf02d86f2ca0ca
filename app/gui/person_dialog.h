#pragma once
// The person editor: a view of a model::Person value (KiCad's dialog contract). Built with a copy,
// TransferDataFromWindow() validates with model::validate and returns false to stay open, showing
// each problem at its field; person() is the new value, which the caller saves in one transaction.

#include "app/gui/attachment_file.h"
#include "app/gui/form.h"
#include "app/gui/record_dialogs.h"
#include "app/gui/sub_record_list.h"
#include "model/person.h"
#include "model/settings.h"
#include "model/training.h"
#include "model/specialty.h"
#include "model/unit.h"

#include <wx/dialog.h>
#include <wx/panel.h>

#include <memory>
#include <optional>
#include <vector>

class wxNotebook;

namespace xuncha::app {

// What the editor offers to choose from, as values: the dialog never holds the database. Owned by
// the caller for the dialog's lifetime.
struct PersonEditorContext {
    std::vector<model::Unit> units;
    std::vector<model::Specialty> specialties;
    std::vector<model::Pool> pools;
    model::Date today;
    std::vector<model::Training> trainings;  // to choose from when recording an attendance
    model::OfficeSettings settings;          // the entry rules the lifecycle steps check
    AttachmentLoader load_attachment;        // the bytes of stored photos and scans (hash checked)

    PersonEditorContext() = default;
    PersonEditorContext(std::vector<model::Unit> units_, std::vector<model::Specialty> specialties_,
                        std::vector<model::Pool> pools_, model::Date today_,
                        std::vector<model::Training> trainings_ = {}, model::OfficeSettings settings_ = {},
                        AttachmentLoader load_attachment_ = {})
        : units(std::move(units_)), specialties(std::move(specialties_)), pools(std::move(pools_)), today(today_),
          trainings(std::move(trainings_)), settings(std::move(settings_)),
          load_attachment(std::move(load_attachment_))
    {
    }
};

// What every tab works with.
struct PageEnv {
    FieldProblems& problems;
    const PersonEditorContext& context;
    PersonSource current;        // the person as all tabs show it now, for checking one entry
    TrainingCatalog& trainings;  // saved trainings and those created in this dialog
};

// One tab of the editor. Each registers its fields in `problems` so validation messages reach them.
class PersonEditorPage : public wxPanel {
public:
    PersonEditorPage(wxWindow* parent, FieldProblems& problems, int page_index)
        : wxPanel(parent), m_problems(problems), m_page_index(page_index)
    {
        SetName(wxString::Format(wxS("person_page_%d"), page_index));
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
    // Trainings created in the dialog that the person attends, with the provisional (negative) ids the
    // attendance refers to: the caller saves them with the person, in the same transaction.
    std::vector<model::Training> new_trainings() const;

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

    // For tests and for focusing: the control showing `field`, and the problem text shown there.
    wxWindow* field_control(model::Field field) const { return m_problems.control(field); }
    wxString problem_text(model::Field field) const { return m_problems.shown(field); }
    wxString summary_text() const;
    wxNotebook* notebook() const { return m_notebook; }

private:
    void show_problems(const std::vector<UnreadableField>& unreadable, const std::vector<model::Problem>& problems);
    // The value the tabs show now; text that cannot be read counts as empty.
    model::Person current_person() const;

    model::Person m_person;
    const PersonEditorContext& m_context;
    TrainingCatalog m_trainings;
    FieldProblems m_problems;
    wxNotebook* m_notebook = nullptr;
    std::vector<PersonEditorPage*> m_pages;
    wxStaticText* m_summary = nullptr;
};

}  // namespace xuncha::app
