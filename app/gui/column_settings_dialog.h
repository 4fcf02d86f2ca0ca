#pragma once
// 列设置: which columns the person list shows, and in which order. A view of a column list: built with
// the columns shown now, columns() is the user's choice (at least one column).

#include "app/gui/person_filter.h"

#include <wx/dialog.h>

#include <vector>

class wxCheckListBox;
class wxStaticText;

namespace xuncha::app {

class ColumnSettingsDialog : public wxDialog {
public:
    ColumnSettingsDialog(wxWindow* parent, const std::vector<PersonColumn>& shown);

    const std::vector<PersonColumn>& columns() const { return m_columns; }

    // What the buttons do (tests call them as a click would).
    void move_selected(int step);
    void restore_defaults();
    void set_shown(PersonColumn column, bool shown);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    void fill(int selection);
    void read_checks();

    struct Entry {
        PersonColumn column;
        bool shown;
    };
    std::vector<Entry> m_entries;  // every column, in the order the list shows them
    std::vector<PersonColumn> m_columns;
    wxCheckListBox* m_list = nullptr;
    wxStaticText* m_problem = nullptr;
};

}  // namespace xuncha::app
