#include "app/gui/record_training_dialog.h"

#include "app/gui/add_to_pool_dialog.h"
#include "app/gui/messages.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace xuncha::app {

using model::Field;

wxString training_label(const model::Training& training)
{
    wxString label = to_wx(training.topic);
    if (training.start) label += wxString::FromUTF8("（") + to_wx(model::to_iso(*training.start)) + wxString::FromUTF8("）");
    return label;
}

RecordTrainingDialog::RecordTrainingDialog(wxWindow* parent, const std::vector<model::Training>& trainings,
                                           std::size_t people)
    : wxDialog(parent, wxID_ANY, _("Record Training Attendance")), m_trainings(trainings)
{
    SetName(wxS("record_training"));
    // The trainings come oldest first; the one just held is the one usually recorded.
    if (!m_trainings.empty()) m_training = m_trainings.back().id;
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(XUNCHA_PLURAL("Record a training for the selected person.",
                                       "Record a training for the %zu selected people.", people),
                         people));
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 6)));
    grid->AddGrowableCol(1, 1);
    m_choice = new wxChoice(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(480, -1)));
    for (const auto& training : m_trainings) m_choice->Append(training_label(training));
    add_field(this, *grid, _("Training"), m_choice, m_problems, Field::training);
    m_how = new TermChoice<model::Attendance>(this);
    add_plain_field(this, *grid, _("Attendance"), m_how);
    m_remark = new wxTextCtrl(this, wxID_ANY);
    add_plain_field(this, *grid, _("Remark"), m_remark);
    auto* note = make_note(this, _("People who already have this training on their record are left out."),
                           FromDIP(440));

    lay_out_bulk_dialog(*this, intro, grid, note);
}

bool RecordTrainingDialog::TransferDataToWindow()
{
    for (std::size_t i = 0; i < m_trainings.size(); ++i)
        if (m_trainings[i].id == m_training) m_choice->SetSelection(static_cast<int>(i));
    m_how->set_value(m_attendance);
    m_remark->ChangeValue(to_wx(m_remark_text));
    return true;
}

bool RecordTrainingDialog::TransferDataFromWindow()
{
    m_problems.clear();
    const int selection = m_choice->GetSelection();
    if (selection < 0) {
        m_problems.show(Field::training, problem_message({Field::training, model::ProblemCode::required}));
        Layout();
        Fit();
        return false;
    }
    m_training = m_trainings[static_cast<std::size_t>(selection)].id;
    m_attendance = m_how->value();
    m_remark_text = read_text(*m_remark);
    return true;
}

}  // namespace xuncha::app
