#pragma once
// 记录参加培训: which training the selected people attended, how (参加, 部分参加, 请假, 缺席) and a remark.

#include "app/gui/form.h"
#include "model/training.h"

#include <wx/dialog.h>

#include <vector>

class wxTextCtrl;

namespace xuncha::app {

class RecordTrainingDialog : public wxDialog {
public:
    RecordTrainingDialog(wxWindow* parent, const std::vector<model::Training>& trainings, std::size_t people);

    model::TrainingId training() const { return m_training; }
    model::Attendance attendance() const { return m_attendance; }
    const std::string& remark() const { return m_remark_text; }

    wxChoice* training_choice() const { return m_choice; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    const std::vector<model::Training>& m_trainings;
    model::TrainingId m_training;
    model::Attendance m_attendance = model::Attendance::attended;
    std::string m_remark_text;
    FieldProblems m_problems;
    wxChoice* m_choice = nullptr;
    TermChoice<model::Attendance>* m_how = nullptr;
    wxTextCtrl* m_remark = nullptr;
};

// "2026年度巡察干部业务培训班（2026-03-02）": a training as a choice shows it.
wxString training_label(const model::Training& training);

}  // namespace xuncha::app
