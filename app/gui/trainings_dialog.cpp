#include "app/gui/trainings_dialog.h"

#include "app/gui/messages.h"
#include "app/gui/training_dialog.h"
#include "app/gui/wx_text.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace xuncha::app {

namespace {

wxString period_text(const model::Training& t)
{
    if (!t.start) return {};
    wxString text = to_wx(model::to_iso(*t.start));
    if (t.end && *t.end != *t.start) text += wxString::FromUTF8(" 至 ") + to_wx(model::to_iso(*t.end));
    return text;
}

}  // namespace

TrainingsDialog::TrainingsDialog(wxWindow* parent, Callbacks callbacks, const model::Date& today)
    : wxDialog(parent, wxID_ANY, _("Trainings"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_callbacks(std::move(callbacks)), m_today(today)
{
    SetName(wxS("trainings_dialog"));
    m_list = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                    wxDV_SINGLE | wxDV_ROW_LINES | wxDV_HORIZ_RULES | wxDV_VERT_RULES);
    m_list->SetName(wxS("training_list"));
    const auto add_column = [&](const wxString& title, int width, wxAlignment align = wxALIGN_LEFT) {
        m_list->AppendTextColumn(title, wxDATAVIEW_CELL_INERT, FromDIP(width), align, wxDATAVIEW_COL_RESIZABLE);
    };
    add_column(_("Topic"), 260);
    add_column(_("Kind"), 110);
    add_column(_("Dates"), 190);
    add_column(_("Hours"), 50, wxALIGN_RIGHT);
    add_column(_("Organiser"), 150);
    add_column(_("Attendees"), 70, wxALIGN_RIGHT);
    m_list->SetMinSize(FromDIP(wxSize(860, 360)));

    auto* buttons = new wxBoxSizer(wxVERTICAL);
    auto* add_button = new wxButton(this, wxID_ANY, _("&Add..."));
    add_button->SetName(wxS("add_training"));
    m_edit = new wxButton(this, wxID_ANY, _("&Edit..."));
    m_edit->SetName(wxS("edit_training"));
    m_remove = new wxButton(this, wxID_ANY, _("&Remove"));
    m_remove->SetName(wxS("remove_training"));
    buttons->Add(add_button, wxSizerFlags().Expand());
    buttons->Add(m_edit, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
    buttons->Add(m_remove, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(m_list, wxSizerFlags(1).Expand());
    row->Add(buttons, wxSizerFlags().Border(wxLEFT, FromDIP(8)));

    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(row, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(10)));
    top->Add(m_summary, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(10)));
    top->Add(CreateStdDialogButtonSizer(wxCLOSE), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetEscapeId(wxID_CLOSE);
    SetAffirmativeId(wxID_CLOSE);
    SetSizerAndFit(top);
    wxPersistentRegisterAndRestore(this, wxS("trainings_dialog"));
    CentreOnParent();

    add_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add(); });
    m_edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit(); });
    m_remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove(); });
    m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { edit(); });
    m_list->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { update_buttons(); });
    reload();
}

void TrainingsDialog::reload(std::optional<model::TrainingId> select_id)
{
    auto entries = m_callbacks.load ? m_callbacks.load() : std::nullopt;
    m_entries = entries ? std::move(*entries) : std::vector<TrainingListEntry>{};
    m_list->DeleteAllItems();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const auto& t = m_entries[i].training;
        wxVector<wxVariant> values;
        values.push_back(wxVariant(to_wx(t.topic)));
        values.push_back(wxVariant(to_wx(t.type)));
        values.push_back(wxVariant(period_text(t)));
        values.push_back(wxVariant(wxString::Format(wxS("%d"), t.hours)));
        values.push_back(wxVariant(to_wx(t.organiser)));
        values.push_back(wxVariant(wxString::Format(wxS("%zu"), m_entries[i].attendees)));
        m_list->AppendItem(values);
        if (select_id && t.id == *select_id) m_list->SelectRow(static_cast<unsigned>(i));
    }
    std::size_t attendances = 0;
    for (const auto& entry : m_entries) attendances += entry.attendees;
    m_summary->SetLabel(
        m_entries.empty()
            ? _("No training has been recorded yet. Add one, then record who attended from the person list "
                "(People > Record Training Attendance).")
            : wxString::Format(_("%zu trainings, %zu attendances recorded."), m_entries.size(), attendances));
    update_buttons();
    Layout();
}

std::optional<std::size_t> TrainingsDialog::selected() const
{
    const int row = m_list->GetSelectedRow();
    if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= m_entries.size()) return std::nullopt;
    return static_cast<std::size_t>(row);
}

void TrainingsDialog::select(std::size_t index)
{
    if (index < m_entries.size()) m_list->SelectRow(static_cast<unsigned>(index));
    update_buttons();
}

void TrainingsDialog::update_buttons()
{
    const bool any = selected().has_value();
    m_edit->Enable(any);
    m_remove->Enable(any);
}

void TrainingsDialog::add()
{
    model::Training training;
    training.start = m_today;
    TrainingDialog dialog(this, training, m_today);
    if (dialog.ShowModal() != wxID_OK) return;
    model::Training created = dialog.training();
    if (m_callbacks.save && m_callbacks.save(this, created)) reload(created.id);
}

void TrainingsDialog::edit()
{
    const auto index = selected();
    if (!index) return;
    const model::Training original = m_entries[*index].training;
    TrainingDialog dialog(this, original, m_today);
    if (dialog.ShowModal() != wxID_OK || dialog.training() == original) return;
    model::Training edited = dialog.training();
    if (m_callbacks.save && m_callbacks.save(this, edited)) reload(edited.id);
}

void TrainingsDialog::remove()
{
    const auto index = selected();
    if (!index) return;
    const TrainingListEntry entry = m_entries[*index];
    if (message_box(this, wxString::Format(_("Remove the training \"%s\"?"), to_wx(entry.training.topic)),
                    _("Remove Training"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING) != wxYES)
        return;
    if (m_callbacks.remove) m_callbacks.remove(this, entry);
    reload();
}

}  // namespace xuncha::app
