#pragma once
// Choosing a person: a read-only field with a "Choose..." button that opens a searchable list (name,
// pinyin or initials, unit). Used for group members, linked unit leaders and replacements.

#include "model/person.h"

#include <wx/dialog.h>
#include <wx/panel.h>

#include <functional>
#include <optional>
#include <span>
#include <vector>

class wxDataViewListCtrl;
class wxSearchCtrl;
class wxStaticText;
class wxTextCtrl;

namespace xuncha::app {

class PersonPickerDialog : public wxDialog {
public:
    // `people` must outlive the dialog.
    PersonPickerDialog(wxWindow* parent, std::span<const model::PersonSummary> people,
                       std::optional<model::PersonId> current);

    std::optional<model::PersonId> selection() const { return m_selection; }
    wxSearchCtrl* search_ctrl() const { return m_search; }

    bool TransferDataFromWindow() override;

private:
    void refill();

    std::span<const model::PersonSummary> m_people;
    std::vector<std::size_t> m_shown;  // indices into m_people, the list's rows
    std::optional<model::PersonId> m_selection;
    wxSearchCtrl* m_search = nullptr;
    wxDataViewListCtrl* m_list = nullptr;
    wxStaticText* m_count = nullptr;
};

class PersonPickerCtrl : public wxPanel {
public:
    PersonPickerCtrl(wxWindow* parent, std::span<const model::PersonSummary> people, bool can_clear = true);

    void set_value(std::optional<model::PersonId> id);
    std::optional<model::PersonId> value() const { return m_value; }
    // Called after the user chose or cleared.
    std::function<void()> on_change;

    bool SetBackgroundColour(const wxColour& colour) override;

private:
    std::span<const model::PersonSummary> m_people;
    std::optional<model::PersonId> m_value;
    wxTextCtrl* m_text = nullptr;
};

// "张三（城关镇）": the name with the work unit, for lists; "#12" for an unknown id.
wxString person_label(std::span<const model::PersonSummary> people, model::PersonId id);
const model::PersonSummary* find_summary(std::span<const model::PersonSummary> people, model::PersonId id);

}  // namespace xuncha::app
