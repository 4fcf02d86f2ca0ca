#pragma once
// 专业特长目录: list, add, rename, remove (not while people have the specialty), reorder.
// A view of the catalogue value: the caller applies the result in one transaction.

#include "model/specialty.h"

#include <wx/dialog.h>

#include <unordered_set>
#include <vector>

class wxListBox;
class wxStaticText;

namespace xuncha::app {

class SpecialtyCatalogDialog : public wxDialog {
public:
    // `in_use`: specialties that people have; they can be renamed or moved but not removed.
    SpecialtyCatalogDialog(wxWindow* parent, std::vector<model::Specialty> specialties,
                           std::unordered_set<model::SpecialtyId> in_use);

    // The catalogue as edited, sort_order renumbered by position; new entries have id 0.
    std::vector<model::Specialty> specialties() const;

private:
    void refresh(int select);
    // Asks for a name until it is valid or the user gives up; empty when cancelled.
    std::string ask_name(const wxString& title, const std::string& initial, int editing);
    void add();
    void rename();
    void remove();
    void move(int delta);

    std::vector<model::Specialty> m_specialties;
    std::unordered_set<model::SpecialtyId> m_in_use;
    wxListBox* m_list = nullptr;
    wxStaticText* m_note = nullptr;
};

}  // namespace xuncha::app
