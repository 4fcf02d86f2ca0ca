#pragma once
// The small dialog that edits one sub-record (a work history entry, a relative, a pledge...): a view of
// the value. OK reads the fields, asks the caller's check (model::validate on the whole person, the
// problems of this entry) and stays open, showing each problem at its field, until there are none.

#include "app/gui/form.h"

#include <wx/dialog.h>

#include <functional>
#include <optional>
#include <vector>

class wxCheckBox;

namespace xuncha::app {

class RecordDialog : public wxDialog {
public:
    RecordDialog(wxWindow* parent, const wxString& title, const wxString& name);

    // For tests: the problem text shown at a field, and the problems no field shows.
    wxString problem_text(model::Field field) const { return m_problems.shown(field); }
    wxString other_problems() const;
    wxString all_problems() const { return m_problems.all_shown() + other_problems(); }

protected:
    // Rows of the form: a label and a control; `field` registers where its problems are shown (the
    // returned message line, null without a field).
    wxStaticText* add_row(const wxString& label, wxWindow* control, std::optional<model::Field> field = std::nullopt);
    wxTextCtrl* add_text(const wxString& label, const wxString& name, std::optional<model::Field> field = std::nullopt,
                         bool multiline = false);
    wxTextCtrl* add_date(const wxString& label, const wxString& name, std::optional<model::Field> field = std::nullopt);
    wxCheckBox* add_check(const wxString& label, const wxString& name);
    // A full-width line of text under the rows (an explanation).
    wxStaticText* add_note(const wxString& text);
    // Adds the OK and Cancel buttons and fits the dialog; call once, at the end of the constructor.
    void finish();

    // Shows unreadable text and problems at their fields; true when there are none.
    bool show_problems(const std::vector<UnreadableField>& unreadable, const std::vector<model::Problem>& problems);

    FieldProblems m_problems;
    wxFlexGridSizer* m_grid = nullptr;
    wxBoxSizer* m_top = nullptr;
    wxStaticText* m_other = nullptr;  // problems of fields this dialog has no control for
};

// A RecordDialog for a value of type T.
template <class T>
class ValueDialog : public RecordDialog {
public:
    // The problems of the edited entry, as model::validate reports them.
    using Check = std::function<std::vector<model::Problem>(const T&)>;

    ValueDialog(wxWindow* parent, const wxString& title, const wxString& name, T value, Check check,
                std::vector<model::Problem> initial = {})
        : RecordDialog(parent, title, name), m_value(std::move(value)), m_check(std::move(check)),
          m_initial(std::move(initial))
    {
    }

    const T& value() const { return m_value; }

    bool TransferDataToWindow() override
    {
        put(m_value);
        // An entry opened because of its problems shows them at once.
        if (!m_initial.empty()) show_problems({}, m_initial);
        m_initial.clear();
        return true;
    }

    bool TransferDataFromWindow() override
    {
        T edited = m_value;
        std::vector<UnreadableField> unreadable;
        take(edited, unreadable);
        const std::vector<model::Problem> problems = m_check ? m_check(edited) : std::vector<model::Problem>{};
        if (!show_problems(unreadable, problems)) return false;
        m_value = std::move(edited);
        return true;
    }

protected:
    virtual void put(const T& value) = 0;
    // Text that cannot be read (a date that is not one, a file refused) goes to `unreadable`.
    virtual void take(T& value, std::vector<UnreadableField>& unreadable) = 0;

private:
    T m_value;
    Check m_check;
    std::vector<model::Problem> m_initial;
};

}  // namespace xuncha::app
