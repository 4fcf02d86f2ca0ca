#pragma once
// 变更状态: moves a round along its workflow. Only the states model::allowed_round_transitions offers
// are listed; each refusal of model::check_round_transition for the chosen one is shown in words, and
// OK stays disabled while there is any. 进驻 and 撤点 take their actual date here.

#include "model/round.h"

#include <wx/dialog.h>

#include <vector>

class wxListBox;
class wxStaticText;
class wxTextCtrl;

namespace xuncha::app {

class RoundStateDialog : public wxDialog {
public:
    RoundStateDialog(wxWindow* parent, model::Round round);

    // The round with its new state (and the actual date given for 进驻/撤点).
    const model::Round& round() const { return m_result; }
    const std::vector<model::RoundState>& targets() const { return m_targets; }
    void choose(std::size_t index);
    // The refusals shown now, one per line.
    wxString refusal_text() const;
    wxTextCtrl* date_field() const { return m_date; }

    bool TransferDataFromWindow() override;

private:
    model::Round candidate() const;
    void update();

    model::Round m_round;
    model::Round m_result;
    std::vector<model::RoundState> m_targets;
    wxListBox* m_choices = nullptr;
    wxStaticText* m_date_label = nullptr;
    wxTextCtrl* m_date = nullptr;
    wxStaticText* m_refusals = nullptr;
};

}  // namespace xuncha::app
