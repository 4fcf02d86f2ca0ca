#pragma once
// A list of one kind of sub-record (work history entries, relatives, pledges...) with Add, Edit and
// Remove buttons and a red line under it for validation problems. It only shows rows and reports
// the user's choices; SubRecordList (sub_record_list.h) keeps the values.

#include <wx/panel.h>

#include <functional>
#include <vector>

class wxBoxSizer;
class wxButton;
class wxDataViewEvent;
class wxDataViewListCtrl;
class wxStaticText;

namespace xuncha::app {

class RecordList : public wxPanel {
public:
    struct Column {
        wxString title;
        int width = 100;  // in DIPs
    };

    // `name` prefixes the child windows' names (name_list, name_add, name_edit, name_remove) for tests.
    RecordList(wxWindow* parent, const wxString& caption, const std::vector<Column>& columns, const wxString& name,
               int height = 150);

    void set_rows(const std::vector<std::vector<wxString>>& rows);
    int selected() const;
    void select(int row);
    std::size_t row_count() const;

    // An extra button under Remove ("办理...", "打开"), enabled while a row is selected.
    wxButton* add_button(const wxString& label, const wxString& name, std::function<void(int row)> action);

    wxDataViewListCtrl* list() const { return m_list; }
    wxStaticText* problem_line() const { return m_problem; }

    std::function<void(int row)> on_edit;    // row -1: add a new entry
    std::function<void(int row)> on_remove;
    std::function<void(int row)> on_select;  // row -1: nothing selected

private:
    wxDataViewListCtrl* m_list = nullptr;
    wxBoxSizer* m_buttons = nullptr;
    wxStaticText* m_problem = nullptr;
    wxString m_name;
};

}  // namespace xuncha::app
