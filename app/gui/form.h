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

#include <functional>
#include <map>
#include <optional>
#include <set>
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
    // Called with the entry index of the first problem shown at a list after clear(): selects the row.
    using Reveal = std::function<void(int index)>;

    // `page`: the notebook page holding the control, or -1.
    void add(model::Field field, wxWindow* control, wxStaticText* message, int page = -1, Reveal reveal = {});

    void clear();
    // Shows `text` at the field (a second problem adds a line). False when no control shows the field.
    // `index`: the sub-record entry the problem is about, passed to the field's Reveal.
    bool show(model::Field field, const wxString& text, int index = -1);

    wxWindow* control(model::Field field) const;
    int page(model::Field field) const;
    // The problem text shown at the field now; empty when none.
    wxString shown(model::Field field) const;
    // Every problem shown now, one line each ("Field: message"), for a summary.
    wxString all_shown() const;

private:
    struct Place {
        wxWindow* control = nullptr;
        wxStaticText* message = nullptr;
        int page = -1;
        Reveal reveal;
    };
    std::map<model::Field, Place> m_places;
    std::set<wxWindow*> m_revealed;  // lists whose row was selected since clear()
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

// A wxChoice over a vocabulary with a first "not given" entry, for optional terms.
template <class E>
class OptionalTermChoice : public wxChoice {
public:
    explicit OptionalTermChoice(wxWindow* parent, wxWindowID id = wxID_ANY) : wxChoice(parent, id)
    {
        Append(_("(not given)"));
        for (const auto& t : model::terms<E>()) Append(term_label(t));
        SetSelection(0);
    }

    void set_value(std::optional<E> value)
    {
        SetSelection(0);
        if (!value) return;
        const auto all = model::terms<E>();
        for (std::size_t i = 0; i < all.size(); ++i)
            if (all[i].value == *value) SetSelection(static_cast<int>(i + 1));
    }

    std::optional<E> value() const
    {
        const auto all = model::terms<E>();
        const int selection = GetSelection();
        if (selection <= 0 || static_cast<std::size_t>(selection) > all.size()) return std::nullopt;
        return all[static_cast<std::size_t>(selection - 1)].value;
    }
};

// Trimmed UTF-8 text of a text control.
std::string read_text(const wxTextCtrl& field);

}  // namespace xuncha::app
