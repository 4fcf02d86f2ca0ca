#pragma once
// The tabs of the person editor, in order: 基本信息, 工作经历, 家庭成员及社会关系, 学历专长与职称, 入库记录,
// 培训与表彰, 廉政意见, 承诺书, 抽调记录.

#include "app/gui/person_dialog.h"

class wxNotebook;

namespace xuncha::app {

std::vector<PersonEditorPage*> make_person_pages(wxNotebook& notebook, const PageEnv& env);

// The tabs defined in person_record_pages.cpp.
PersonEditorPage* make_relatives_page(wxWindow* parent, const PageEnv& env, int index);
PersonEditorPage* make_training_page(wxWindow* parent, const PageEnv& env, int index);
PersonEditorPage* make_integrity_page(wxWindow* parent, const PageEnv& env, int index);
PersonEditorPage* make_pledge_page(wxWindow* parent, const PageEnv& env, int index);
PersonEditorPage* make_secondment_page(wxWindow* parent, const PageEnv& env, int index);

// Orders dated sub-records; undated ones go last.
bool earlier(const std::optional<model::Date>& a, const std::optional<model::Date>& b);

// A grid of label/control pairs with the control columns growable.
wxFlexGridSizer* make_form_grid(wxWindow* parent, int columns);

}  // namespace xuncha::app
