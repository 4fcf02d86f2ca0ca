#include "app/gui/people_page.h"

#include "app/gui/settings.h"
#include "app/gui/wx_text.h"

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/persist/splitter.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

namespace xuncha::app {

namespace {

constexpr std::string_view list_key = "people";

wxString column_title(PersonColumn column)
{
    switch (column) {
    case PersonColumn::name: return _("Name");
    case PersonColumn::gender: return _("Gender");
    case PersonColumn::birth_date: return _("Born");
    case PersonColumn::political_status: return _("Political status");
    case PersonColumn::education: return _("Education");
    case PersonColumn::unit: return _("Work unit");
    case PersonColumn::post: return _("Post");
    case PersonColumn::rank: return _("Rank");
    case PersonColumn::specialties: return _("Specialties");
    case PersonColumn::status: return _("Pool status");
    case PersonColumn::mobile: return _("Mobile");
    }
    return {};
}

}  // namespace

PeoplePage::PeoplePage(wxWindow* parent, Settings& settings, DetailLookups lookups, Callbacks callbacks)
    : wxPanel(parent), m_settings(settings), m_callbacks(std::move(callbacks)), m_model(new PersonListModel)
{
    auto* filters = new wxBoxSizer(wxHORIZONTAL);
    m_search = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(240, -1)));
    m_search->SetDescriptiveText(_("Name, pinyin or initials"));
    m_search->ShowCancelButton(true);
    m_search->SetName(wxS("person_search"));
    filters->Add(m_search, wxSizerFlags().CentreVertical());
    filters->Add(new wxStaticText(this, wxID_ANY, _("Specialty:")),
                 wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(16)));
    m_specialty_choice = new wxChoice(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(150, -1)));
    filters->Add(m_specialty_choice, wxSizerFlags().CentreVertical().Border(wxLEFT, 4));
    filters->Add(new wxStaticText(this, wxID_ANY, _("Status:")),
                 wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(16)));
    m_status_choice = new wxChoice(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(120, -1)));
    m_status_choice->Append(_("All"));
    for (const auto& t : model::terms<model::MembershipStatus>()) m_status_choice->Append(term_label(t));
    m_status_choice->SetSelection(0);
    filters->Add(m_status_choice, wxSizerFlags().CentreVertical().Border(wxLEFT, 4));

    m_splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3D);
    m_splitter->SetName(wxS("people_splitter"));
    m_splitter->SetMinimumPaneSize(FromDIP(80));
    m_splitter->SetSashGravity(1.0);  // the list grows with the window, the detail pane keeps its height
    m_list = new wxDataViewCtrl(m_splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxDV_SINGLE | wxDV_ROW_LINES | wxDV_HORIZ_RULES | wxDV_VERT_RULES);
    m_list->SetName(wxS("person_list"));
    m_list->AssociateModel(m_model.get());
    const auto columns = person_columns();
    for (unsigned i = 0; i < columns.size(); ++i) {
        // Fixed widths: autosize would measure every row (pitfalls).
        const int width = m_settings.column_width(list_key, columns[i].key).value_or(FromDIP(columns[i].default_width));
        auto* column = m_list->AppendTextColumn(column_title(columns[i].column), i, wxDATAVIEW_CELL_INERT, width,
                                                wxALIGN_LEFT, wxDATAVIEW_COL_RESIZABLE | wxDATAVIEW_COL_SORTABLE);
        if (i == 0) column->SetSortOrder(true);
    }
    m_detail = new PersonDetailPanel(m_splitter, lookups);
    m_splitter->SplitHorizontally(m_list, m_detail);
    // The detail pane's first height is set once the splitter knows its own (a negative position at
    // creation would be relative to a zero height); a height the user chose is restored instead.
    if (!wxPersistentRegisterAndRestore(m_splitter, wxS("people_splitter"))) {
        m_splitter->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
            event.Skip();
            const int height = event.GetSize().y;
            if (height < FromDIP(400) || m_sash_placed) return;
            m_sash_placed = true;
            // After the splitter's own size handler, which moves the sash by the gravity.
            CallAfter([this] { m_splitter->SetSashPosition(m_splitter->GetSize().y - FromDIP(300)); });
        });
    }

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(filters, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
    top->Add(m_splitter, wxSizerFlags(1).Expand());
    SetSizer(top);

    // Filter on every keystroke: one pass over the summaries, then Reset(n).
    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { apply_filter(); });
    m_search->Bind(wxEVT_SEARCH_CANCEL, [this](wxCommandEvent&) { m_search->Clear(); });
    m_specialty_choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { apply_filter(); });
    m_status_choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { apply_filter(); });
    m_list->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { selection_changed(); });
    m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
        if (m_callbacks.activate) m_callbacks.activate();
    });
    m_list->Bind(wxEVT_DATAVIEW_COLUMN_SORTED, [this](wxDataViewEvent& event) {
        const wxDataViewColumn* column = event.GetDataViewColumn();
        if (!column) return;
        const unsigned index = column->GetModelColumn();
        if (index >= person_columns().size()) return;
        const auto selected = selected_person();
        m_model->sort(person_columns()[index].column, column->IsSortOrderAscending());
        if (selected) select_person(*selected);
    });
    // Delete removes the selected person; only from the list, so that it still edits text elsewhere.
    m_list->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_DELETE && event.GetModifiers() == wxMOD_NONE && m_callbacks.remove)
            m_callbacks.remove();
        else
            event.Skip();
    });
}

void PeoplePage::set_data(std::vector<model::PersonSummary> people, const std::vector<model::Unit>& units,
                          const std::vector<model::Pool>& pools, const std::vector<model::Specialty>& specialties)
{
    const auto selected = selected_person();

    // The specialty choice: keep the chosen specialty when it still exists.
    std::optional<model::SpecialtyId> chosen;
    if (const int s = m_specialty_choice->GetSelection(); s > 0 && static_cast<std::size_t>(s) <= m_specialties.size())
        chosen = m_specialties[static_cast<std::size_t>(s) - 1].id;
    m_specialties = specialties;
    m_specialty_choice->Clear();
    m_specialty_choice->Append(_("All"));
    int selection = 0;
    for (std::size_t i = 0; i < m_specialties.size(); ++i) {
        m_specialty_choice->Append(to_wx(m_specialties[i].name));
        if (chosen && m_specialties[i].id == *chosen) selection = static_cast<int>(i) + 1;
    }
    m_specialty_choice->SetSelection(selection);

    PersonSortContext context;
    for (std::size_t i = 0; i < units.size(); ++i) context.unit_rank[units[i].id] = static_cast<int>(i);
    for (std::size_t i = 0; i < specialties.size(); ++i)
        context.specialty_rank[specialties[i].id] = static_cast<int>(i);
    for (std::size_t i = 0; i < pools.size(); ++i) context.pool_rank[pools[i].id] = static_cast<int>(i);

    m_list->Freeze();
    m_model->set_people(std::move(people), pools, specialties, context);
    apply_filter();
    m_list->Thaw();
    if (selected) select_person(*selected);
    else selection_changed();
}

void PeoplePage::set_pool(std::optional<model::PoolId> pool)
{
    PersonFilter filter = m_model->filter();
    if (filter.pool == pool) return;
    filter.pool = pool;
    const auto selected = selected_person();
    m_model->set_filter(std::move(filter));
    if (selected && select_person(*selected)) return;
    selection_changed();
    if (m_callbacks.counts_changed) m_callbacks.counts_changed();
}

void PeoplePage::apply_filter()
{
    PersonFilter filter = m_model->filter();
    filter.query = from_wx(m_search->GetValue());
    const int s = m_specialty_choice->GetSelection();
    filter.specialty = s > 0 && static_cast<std::size_t>(s) <= m_specialties.size()
                           ? std::optional(m_specialties[static_cast<std::size_t>(s) - 1].id)
                           : std::nullopt;
    const int status = m_status_choice->GetSelection();
    const auto statuses = model::terms<model::MembershipStatus>();
    filter.status = status > 0 && static_cast<std::size_t>(status) <= statuses.size()
                        ? std::optional(statuses[static_cast<std::size_t>(status) - 1].value)
                        : std::nullopt;
    const auto shown_before = m_detail->shown();
    m_model->set_filter(std::move(filter));
    // Keep the person in the detail pane selected if the new filter still shows them.
    if (shown_before && m_model->row_of(shown_before->id)) {
        m_list->Select(m_model->GetItem(*m_model->row_of(shown_before->id)));
    } else {
        selection_changed();
    }
    if (m_callbacks.counts_changed) m_callbacks.counts_changed();
}

std::optional<model::PersonId> PeoplePage::selected_person() const
{
    const wxDataViewItem item = m_list->GetSelection();
    if (!item.IsOk()) return std::nullopt;
    const auto* person = m_model->at_row(m_model->GetRow(item));
    return person ? std::optional(person->id) : std::nullopt;
}

bool PeoplePage::select_person(model::PersonId id)
{
    const auto row = m_model->row_of(id);
    if (!row) return false;
    select_row(*row);
    return true;
}

void PeoplePage::select_row(unsigned row)
{
    if (row >= m_model->shown_count()) return;
    const wxDataViewItem item = m_model->GetItem(row);
    m_list->Select(item);
    m_list->EnsureVisible(item);
    selection_changed();
}

void PeoplePage::selection_changed()
{
    const auto id = selected_person();
    if (!id) {
        // The pane already shows its hint when nobody is shown: not rebuilt on every search keystroke.
        if (m_detail->shown()) m_detail->show(std::nullopt);
        return;
    }
    if (m_detail->shown() && m_detail->shown()->id == *id) return;
    m_detail->show(m_callbacks.load ? m_callbacks.load(*id) : std::nullopt);
}

void PeoplePage::refresh_detail()
{
    const auto id = selected_person();
    m_detail->show(id && m_callbacks.load ? m_callbacks.load(*id) : std::nullopt);
}

void PeoplePage::save_layout()
{
    const auto columns = person_columns();
    for (unsigned i = 0; i < m_list->GetColumnCount(); ++i) {
        const wxDataViewColumn* column = m_list->GetColumn(i);
        const unsigned index = column->GetModelColumn();
        if (index < columns.size()) m_settings.set_column_width(list_key, columns[index].key, column->GetWidth());
    }
}

}  // namespace xuncha::app
