#include "app/gui/form.h"

#include "app/gui/messages.h"

#include <wx/intl.h>

namespace xuncha::app {

void FieldProblems::add(model::Field field, wxWindow* control, wxStaticText* message, int page, Reveal reveal)
{
    m_places[field] = Place{control, message, page, std::move(reveal)};
}

void FieldProblems::clear()
{
    m_revealed.clear();
    for (auto& [field, place] : m_places) {
        if (place.message && !place.message->GetLabel().empty()) {
            place.message->SetLabel(wxString());
            place.message->Hide();
        }
        if (place.control) {
            place.control->SetBackgroundColour(wxNullColour);
            place.control->Refresh();
        }
    }
}

bool FieldProblems::show(model::Field field, const wxString& text, int index)
{
    const auto it = m_places.find(field);
    if (it == m_places.end() || !it->second.control) return false;
    Place& place = it->second;
    if (place.reveal && index >= 0 && m_revealed.insert(place.control).second) place.reveal(index);
    place.control->SetBackgroundColour(problem_background());
    place.control->Refresh();
    if (place.message) {
        const wxString current = place.message->GetLabel();
        if (current.Find(text) == wxNOT_FOUND)
            place.message->SetLabel(current.empty() ? text : current + wxS("\n") + text);
        place.message->Show();
    }
    return true;
}

wxWindow* FieldProblems::control(model::Field field) const
{
    const auto it = m_places.find(field);
    return it == m_places.end() ? nullptr : it->second.control;
}

int FieldProblems::page(model::Field field) const
{
    const auto it = m_places.find(field);
    return it == m_places.end() ? -1 : it->second.page;
}

wxString FieldProblems::shown(model::Field field) const
{
    const auto it = m_places.find(field);
    if (it == m_places.end() || !it->second.message || !it->second.message->IsShown()) return {};
    return it->second.message->GetLabel();
}

wxString FieldProblems::all_shown() const
{
    wxString text;
    for (const auto& [field, place] : m_places) {
        const wxString message = shown(field);
        if (!message.empty())
            text += (text.empty() ? wxString() : wxS("\n")) + field_label(field) + wxS(": ") + message;
    }
    return text;
}

wxColour problem_colour()
{
    return wxColour(192, 0, 0);
}

wxColour problem_background()
{
    return wxColour(255, 228, 228);
}

wxStaticText* make_problem_line(wxWindow* parent)
{
    auto* line = new wxStaticText(parent, wxID_ANY, wxString());
    line->SetForegroundColour(problem_colour());
    line->Hide();
    return line;
}

wxStaticText* add_field(wxWindow* parent, wxFlexGridSizer& grid, const wxString& label, wxWindow* control,
               FieldProblems& problems, model::Field field, int page)
{
    auto* caption = new wxStaticText(parent, wxID_ANY, label);
    grid.Add(caption, wxSizerFlags().Border(wxTOP, 4).Right());
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(control, wxSizerFlags().Expand());
    wxStaticText* message = make_problem_line(parent);
    column->Add(message, wxSizerFlags().Border(wxTOP, 2));
    grid.Add(column, wxSizerFlags().Expand());
    problems.add(field, control, message, page);
    return message;
}

wxTextCtrl* make_date_field(wxWindow* parent)
{
    auto* field = new wxTextCtrl(parent, wxID_ANY);
    field->SetHint(wxS("YYYY-MM-DD"));
    field->SetToolTip(_("A date such as 1980-05-01; 1980.5.1, 1980/5/1 and 19800501 are understood too."));
    return field;
}

void set_date(wxTextCtrl& field, const std::optional<model::Date>& date)
{
    field.ChangeValue(date ? to_wx(model::to_iso(*date)) : wxString());
}

std::optional<model::Date> read_date(const wxTextCtrl& field, model::Field which, int index,
                                     std::vector<UnreadableField>& unreadable)
{
    const std::string text = read_text(field);
    if (text.empty()) return std::nullopt;
    auto date = model::parse_user_date(text);
    if (!date) unreadable.push_back(UnreadableField{which, index, bad_date_message()});
    return date;
}

std::string read_text(const wxTextCtrl& field)
{
    wxString text = field.GetValue();
    text.Trim(true).Trim(false);
    return from_wx(text);
}

}  // namespace xuncha::app
