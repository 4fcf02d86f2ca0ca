#pragma once
// 培训管理: the training events with how many people attended each; add, edit, remove. The caller reads
// and writes the database through the callbacks (each write one transaction) and tells the user about
// failures; removing a training that people attended is refused by the database (DbError in_use).

#include "model/training.h"

#include <wx/dialog.h>

#include <functional>
#include <optional>
#include <vector>

class wxButton;
class wxDataViewListCtrl;
class wxStaticText;

namespace xuncha::app {

struct TrainingListEntry {
    model::Training training;
    std::size_t attendees = 0;
};

class TrainingsDialog : public wxDialog {
public:
    struct Callbacks {
        std::function<std::optional<std::vector<TrainingListEntry>>()> load;
        // Creates (id 0) or updates the training, assigning its id; false when it failed (told, with
        // `parent` as the message's parent).
        std::function<bool(wxWindow* parent, model::Training&)> save;
        // False when it was refused or failed (told).
        std::function<bool(wxWindow* parent, const TrainingListEntry&)> remove;
    };

    TrainingsDialog(wxWindow* parent, Callbacks callbacks, const model::Date& today);

    const std::vector<TrainingListEntry>& entries() const { return m_entries; }
    wxDataViewListCtrl* list_ctrl() const { return m_list; }
    void select(std::size_t index);

    // What the buttons do.
    void add();
    void edit();
    void remove();

private:
    void reload(std::optional<model::TrainingId> select_id = {});
    std::optional<std::size_t> selected() const;
    void update_buttons();

    Callbacks m_callbacks;
    model::Date m_today;
    std::vector<TrainingListEntry> m_entries;
    wxDataViewListCtrl* m_list = nullptr;
    wxButton* m_edit = nullptr;
    wxButton* m_remove = nullptr;
    wxStaticText* m_summary = nullptr;
};

}  // namespace xuncha::app
