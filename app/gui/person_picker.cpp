#include "app/gui/person_picker.h"

#include "app/gui/messages.h"
#include "app/gui/wx_text.h"
#include "model/pinyin.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace xuncha::app {

namespace {

// A list control stores its rows: a search shows at most this many (the count says how many match).
constexpr std::size_t max_shown = 300;

}  // namespace

const model::PersonSummary* find_summary(std::span<const model::PersonSummary> people, model::PersonId id)
{
    // Summaries come in id order from the repository.
    const auto it = std::lower_bound(people.begin(), people.end(), id,
                                     [](const auto& p, model::PersonId wanted) { return p.id < wanted; });
    if (it != people.end() && it->id == id) return &*it;
    const auto any = std::find_if(people.begin(), people.end(), [&](const auto& p) { return p.id == id; });
    return any == people.end() ? nullptr : &*any;
}

wxString person_label(std::span<const model::PersonSummary> people, model::PersonId id)
{
    const auto* person = find_summary(people, id);
    if (!person) return wxString::Format(wxS("#%lld"), static_cast<long long>(id.value()));
    if (person->unit_name.empty()) return to_wx(person->name);
    return to_wx(person->name) + wxString::FromUTF8("（") + to_wx(person->unit_name) + wxString::FromUTF8("）");
}

PersonPickerDialog::PersonPickerDialog(wxWindow* parent, std::span<const model::PersonSummary> people,
                                       std::optional<model::PersonId> current)
    : wxDialog(parent, wxID_ANY, _("Choose a Person"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_people(people), m_selection(current)
{
    SetName(wxS("person_picker"));
    auto* top = new wxBoxSizer(wxVERTICAL);
    m_search = new wxSearchCtrl(this, wxID_ANY);
    m_search->SetDescriptiveText(_("Search by name, pinyin or initials"));
    m_search->ShowCancelButton(true);
    top->Add(m_search, wxSizerFlags().Expand().Border());
    m_list = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(520, 380)),
                                    wxDV_SINGLE | wxDV_ROW_LINES);
    m_list->AppendTextColumn(_("Name"), wxDATAVIEW_CELL_INERT, FromDIP(110));
    m_list->AppendTextColumn(_("Work unit"), wxDATAVIEW_CELL_INERT, FromDIP(220));
    m_list->AppendTextColumn(_("Post"), wxDATAVIEW_CELL_INERT, FromDIP(160));
    top->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT));
    m_count = new wxStaticText(this, wxID_ANY, wxString());
    m_count->SetForegroundColour(wxColour(110, 110, 110));
    top->Add(m_count, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP));
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);
    CentreOnParent();

    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { refill(); });
    m_search->Bind(wxEVT_SEARCH_CANCEL, [this](wxCommandEvent&) { m_search->Clear(); });
    m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
        if (Validate() && TransferDataFromWindow()) EndModal(wxID_OK);
    });
    refill();
    m_search->SetFocus();
}

void PersonPickerDialog::refill()
{
    const model::NameQuery query(from_wx(m_search->GetValue()));
    m_shown.clear();
    std::size_t matching = 0;
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        const auto& p = m_people[i];
        if (!query.empty() && !query.matches(p.name, p.name_pinyin, p.name_initials) &&
            !query.matches(p.unit_name, "", ""))
            continue;
        ++matching;
        if (m_shown.size() < max_shown) m_shown.push_back(i);
    }
    // The current choice stays visible so that OK keeps it.
    if (m_selection) {
        const auto it = std::find_if(m_people.begin(), m_people.end(), [&](const auto& p) { return p.id == *m_selection; });
        const auto index = static_cast<std::size_t>(it - m_people.begin());
        if (it != m_people.end() && std::find(m_shown.begin(), m_shown.end(), index) == m_shown.end() && query.empty())
            m_shown.insert(m_shown.begin(), index);
    }
    m_list->DeleteAllItems();
    int select = -1;
    for (const auto index : m_shown) {
        const auto& p = m_people[index];
        wxVector<wxVariant> row;
        row.push_back(wxVariant(to_wx(p.name)));
        row.push_back(wxVariant(to_wx(p.unit_name)));
        row.push_back(wxVariant(to_wx(p.post)));
        m_list->AppendItem(row);
        if (m_selection && p.id == *m_selection) select = static_cast<int>(m_list->GetItemCount()) - 1;
    }
    if (select < 0 && m_shown.size() == 1) select = 0;
    if (select >= 0) m_list->SelectRow(static_cast<unsigned>(select));
    m_count->SetLabel(matching > m_shown.size()
                          ? wxString::Format(_("%zu match; the first %zu are shown. Type more to narrow the list."),
                                             matching, m_shown.size())
                          : wxString::Format(XUNCHA_PLURAL("%zu person", "%zu people", matching), matching));
}

bool PersonPickerDialog::TransferDataFromWindow()
{
    const int row = m_list->GetSelectedRow();
    if (row < 0 || static_cast<std::size_t>(row) >= m_shown.size()) return false;  // nothing chosen: stay open
    m_selection = m_people[m_shown[static_cast<std::size_t>(row)]].id;
    return true;
}

PersonPickerCtrl::PersonPickerCtrl(wxWindow* parent, std::span<const model::PersonSummary> people, bool can_clear)
    : wxPanel(parent, wxID_ANY), m_people(people)
{
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    m_text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(240, -1)), wxTE_READONLY);
    row->Add(m_text, wxSizerFlags(1).Expand());
    auto* choose = new wxButton(this, wxID_ANY, _("Choose..."));
    row->Add(choose, wxSizerFlags().Border(wxLEFT, 4));
    if (can_clear) {
        auto* clear = new wxButton(this, wxID_ANY, _("Clear"));
        row->Add(clear, wxSizerFlags().Border(wxLEFT, 4));
        clear->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            set_value(std::nullopt);
            if (on_change) on_change();
        });
    }
    SetSizer(row);
    choose->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        PersonPickerDialog dialog(this, m_people, m_value);
        if (dialog.ShowModal() != wxID_OK) return;
        set_value(dialog.selection());
        if (on_change) on_change();
    });
}

void PersonPickerCtrl::set_value(std::optional<model::PersonId> id)
{
    m_value = id;
    m_text->ChangeValue(id ? person_label(m_people, *id) : wxString());
}

bool PersonPickerCtrl::SetBackgroundColour(const wxColour& colour)
{
    return m_text ? m_text->SetBackgroundColour(colour) : wxPanel::SetBackgroundColour(colour);
}

}  // namespace xuncha::app
