#pragma once
// 巡察轮次: the list of rounds (title, mode, state, planned dates, groups) with their commands: add,
// edit, remove, change the state, the conflict matrix and coverage.

#include "model/round.h"

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <vector>

class wxDataViewListCtrl;

namespace xuncha::app {

class RoundsPage : public wxPanel {
public:
    struct Callbacks {
        std::function<void()> add;
        std::function<void()> edit;
        std::function<void()> remove;
        std::function<void()> change_state;
        std::function<void()> matrix;    // the selected round's conflict matrix and cases
        std::function<void()> coverage;  // coverage per 届
    };

    RoundsPage(wxWindow* parent, Callbacks callbacks);

    void set_rounds(const std::vector<model::Round>& rounds);
    std::optional<model::RoundId> selected_round() const;
    void select_round(model::RoundId id);
    const std::vector<model::Round>& rounds() const { return m_rounds; }
    wxDataViewListCtrl* list_ctrl() const { return m_list; }

private:
    Callbacks m_callbacks;
    std::vector<model::Round> m_rounds;
    wxDataViewListCtrl* m_list = nullptr;
};

}  // namespace xuncha::app
