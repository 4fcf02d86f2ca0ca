#pragma once
// One training event (培训): topic, type, dates, hours, organiser, remark; validated with
// model::validate(training), each problem shown at its field.

#include "app/gui/form.h"
#include "model/training.h"

#include <wx/dialog.h>

class wxComboBox;
class wxSpinCtrl;

namespace xuncha::app {

class TrainingDialog : public wxDialog {
public:
    TrainingDialog(wxWindow* parent, model::Training training, const model::Date& today);

    const model::Training& training() const { return m_training; }

    wxWindow* field_control(model::Field field) const { return m_problems.control(field); }
    wxString problem_text(model::Field field) const { return m_problems.shown(field); }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    model::Training m_training;
    model::Date m_today;
    FieldProblems m_problems;
    wxTextCtrl* m_topic = nullptr;
    wxComboBox* m_type = nullptr;
    wxTextCtrl* m_start = nullptr;
    wxTextCtrl* m_end = nullptr;
    wxSpinCtrl* m_hours = nullptr;
    wxTextCtrl* m_organiser = nullptr;
    wxTextCtrl* m_remark = nullptr;
};

}  // namespace xuncha::app
