#pragma once
// The tabs of the person editor. Issue 3's tabs (work history, relatives, ...) join the list that
// make_person_pages() returns.

#include "app/gui/person_dialog.h"

class wxNotebook;

namespace xuncha::app {

std::vector<PersonEditorPage*> make_person_pages(wxNotebook& notebook, FieldProblems& problems,
                                                 const PersonEditorContext& context);

}  // namespace xuncha::app
