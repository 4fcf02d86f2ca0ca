#pragma once
// Everything the user reads about a failure or a validation problem, in the UI language.

#include "db/db_error.h"
#include "model/validation.h"

#include <wx/string.h>

#include <string>

class wxWindow;

namespace xuncha::app {

// What happened, that nothing was changed, and what to do: per DbError category.
wxString db_error_message(const db::DbError& error);

// An error box: `context` says what the user was doing ("The person could not be saved."), the
// category's explanation follows, the backend's own words go into the details.
void show_db_error(wxWindow* parent, const db::DbError& error, const wxString& context);

// A message box whose buttons are labelled in the interface language (GTK would label stock buttons
// in the system locale's language). Returns wxYES, wxNO, wxOK or wxCANCEL like wxMessageBox.
int message_box(wxWindow* parent, const wxString& message, const wxString& caption, long style,
                const wxString& details = {});

// Gives a dialog's standard buttons (OK, Cancel, ...) their labels in the interface language.
void translate_standard_buttons(wxWindow& dialog);

// For failures that are not the database's (a bug or a full disk): shown rather than crashing.
void show_unexpected_error(wxWindow* parent, const std::exception& error, const wxString& context);

// The label of a field as its editor shows it ("Date of birth" / 出生日期).
wxString field_label(model::Field field);

// The message shown under a field for one problem.
wxString problem_message(const model::Problem& problem);

// The message for a date the user typed that is not a date at all.
wxString bad_date_message();

// A connection target as it may be shown: a PostgreSQL URI loses its password.
std::string shown_target(const std::string& target);

}  // namespace xuncha::app
