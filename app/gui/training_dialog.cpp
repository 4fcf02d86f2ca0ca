#include "app/gui/training_dialog.h"

#include "app/gui/add_to_pool_dialog.h"
#include "app/gui/messages.h"

#include <wx/combobox.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>

namespace xuncha::app {

using model::Field;

TrainingDialog::TrainingDialog(wxWindow* parent, model::Training training, const model::Date& today)
    : wxDialog(parent, wxID_ANY, training.id.is_saved() ? _("Edit Training") : _("New Training")),
      m_training(std::move(training)), m_today(today)
{
    SetName(wxS("training_dialog"));
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 6)));
    grid->AddGrowableCol(1, 1);
    m_topic = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(360, -1)));
    add_field(this, *grid, _("Topic"), m_topic, m_problems, Field::training_topic);
    wxArrayString types;
    for (const auto type : model::training_types()) types.Add(to_wx(type));
    m_type = new wxComboBox(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, types);
    add_plain_field(this, *grid, _("Training type"), m_type);
    m_start = make_date_field(this);
    add_field(this, *grid, _("Start"), m_start, m_problems, Field::training_start);
    m_end = make_date_field(this);
    add_field(this, *grid, _("End"), m_end, m_problems, Field::training_end);
    m_hours = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(130, -1)), wxSP_ARROW_KEYS,
                             0, 1000, 0);
    add_field(this, *grid, _("Hours"), m_hours, m_problems, Field::training_hours);
    m_organiser = new wxTextCtrl(this, wxID_ANY);
    add_plain_field(this, *grid, _("Organiser"), m_organiser);
    m_remark = new wxTextCtrl(this, wxID_ANY);
    add_plain_field(this, *grid, _("Remark"), m_remark);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(12)));
    top->Add(make_note(this, _("Leave the end empty for a one-day training."), FromDIP(400)),
             wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);
    CentreOnParent();
}

bool TrainingDialog::TransferDataToWindow()
{
    m_topic->ChangeValue(to_wx(m_training.topic));
    m_type->ChangeValue(to_wx(m_training.type));
    set_date(*m_start, m_training.start);
    set_date(*m_end, m_training.end);
    m_hours->SetValue(m_training.hours);
    m_organiser->ChangeValue(to_wx(m_training.organiser));
    m_remark->ChangeValue(to_wx(m_training.remark));
    return true;
}

bool TrainingDialog::TransferDataFromWindow()
{
    model::Training edited = m_training;
    edited.topic = read_text(*m_topic);
    wxString type = m_type->GetValue();
    edited.type = from_wx(type.Trim(true).Trim(false));
    std::vector<UnreadableField> unreadable;
    edited.start = read_date(*m_start, Field::training_start, -1, unreadable);
    edited.end = read_date(*m_end, Field::training_end, -1, unreadable);
    edited.hours = m_hours->GetValue();
    edited.organiser = read_text(*m_organiser);
    edited.remark = read_text(*m_remark);

    m_problems.clear();
    bool ok = unreadable.empty();
    for (const auto& u : unreadable) m_problems.show(u.field, u.message);
    for (const auto& problem : model::validate(edited, m_today)) {
        const bool already = std::any_of(unreadable.begin(), unreadable.end(),
                                         [&](const auto& u) { return u.field == problem.field; });
        if (!already && !m_problems.show(problem.field, problem_message(problem)))
            m_problems.show(Field::training_topic, field_label(problem.field) + wxString::FromUTF8("：") +
                                                       problem_message(problem));
        ok = false;
    }
    Layout();
    Fit();
    if (!ok) return false;
    m_training = std::move(edited);
    return true;
}

}  // namespace xuncha::app
