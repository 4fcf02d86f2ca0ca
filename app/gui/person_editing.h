#pragma once
// The main window's side of the person editor: what the editor is given, read from the database, and
// saving what it returns. The dialog works on values only; trainings created in it come back with
// provisional ids and are saved here, with the person, in one transaction.

#include "app/gui/person_dialog.h"
#include "db/database.h"

#include <vector>

namespace xuncha::app {

// Bytes of stored attachments, read through db::AttachmentRepository (SHA-256 checked).
AttachmentLoader attachment_loader(db::Database& database);

// The editor's context: the given catalogues plus the saved trainings, the office settings and the
// attachment loader.
PersonEditorContext make_person_editor_context(db::Database& database, std::vector<model::Unit> units,
                                               std::vector<model::Specialty> specialties,
                                               std::vector<model::Pool> pools, model::Date today);

// Saves a new (id 0) or edited person with the trainings created in the editor: the trainings first,
// their provisional ids in the person's attendance replaced by the saved ones, then the person, all in
// `tx`. Assigns the ids.
void save_person_with_trainings(db::Transaction& tx, model::Person& person,
                                std::vector<model::Training> new_trainings);

}  // namespace xuncha::app
