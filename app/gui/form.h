#pragma once
// Building blocks for the editing dialogs: a field row with a red message line under its control,
// the registry that shows validation problems at their fields, date text fields and vocabulary choices.

#include "app/gui/wx_text.h"
#include "model/date.h"
#include "model/validation.h"
#include "model/vocabulary.h"

#include <wx/choice.h>
#include <wx/colour.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <map>
#include <optional>
#include <vector>

namespace xuncha::app {

// Text the user typed that could not be read at all (a date that is not a date).
struct UnreadableField {
    model::Field field;
    int index = -1;
    wxString message;
};

// Where each field's problems are shown: its control (highlighted) and a red line under it.
class FieldProblems {
public:
    // `page`: the notebook page holding the control, or -1.
    void add(model::Field field, wxWindow* control, wxStaticText* message, int page = -1);

    void clear();
    // Shows `text` at the field (a second problem adds a line). False when no control shows the field.
    bool show(model::Field field, const wxString& text);

    wxWindow* control(model::Field field) const;
    int page(model::Field field) const;
    // The problem text shown at the field now; empty when none.
    wxString shown(model::Field field) const;

private:
    struct Place {
        wxWindow* control = nullptr;
        wxStaticText* message = nullptr;
        int page = -1;
    };
    std::map<model::Field, Place> m_places;
};

// The colour of problem messages and the background of fields that have one.
wxColour problem_colour();
wxColour problem_background();

// A red, initially hidden message line.
wxStaticText* make_problem_line(wxWindow* parent);

// Adds "label | control + message line" to a flex grid with an even number of columns; returns the line.
wxStaticText* add_field(wxWindow* parent, wxFlexGridSizer& grid, const wxString& label, wxWindow* control,
               FieldProblems& problems, model::Field field, int page = -1);

// A one-line text field for a date, with the "YYYY-MM-DD" hint.
wxTextCtrl* make_date_field(wxWindow* parent);
void set_date(wxTextCtrl& field, const std::optional<model::Date>& date);
// Empty text is no date; text that is not a date is reported in `unreadable` and read as no date.
std::optional<model::Date> read_date(const wxTextCtrl& field, model::Field which, int index,
                                     std::vector<UnreadableField>& unreadable);

// A wxChoice over a vocabulary, in the vocabulary's display order, labelled in the UI language.
template <class E>
class TermChoice : public wxChoice {
public:
    explicit TermChoice(wxWindow* parent, wxWindowID id = wxID_ANY) : wxChoice(parent, id)
    {
        // A term without a name (no degree, no rank) is offered as "(none)".
        for (const auto& t : model::terms<E>()) {
            const wxString label = term_label(t);
            Append(label.empty() ? _("(none)") : label);
        }
        if (!IsEmpty()) SetSelection(0);
    }

    void set_value(E value)
    {
        const auto all = model::terms<E>();
        for (std::size_t i = 0; i < all.size(); ++i)
            if (all[i].value == value) SetSelection(static_cast<int>(i));
    }

    E value() const
    {
        const auto all = model::terms<E>();
        const int selection = GetSelection();
        return selection >= 0 && static_cast<std::size_t>(selection) < all.size() ? all[selection].value
                                                                                  : all.front().value;
    }
};

// Trimmed UTF-8 text of a text control.
std::string read_text(const wxTextCtrl& field);

}  // namespace xuncha::app
