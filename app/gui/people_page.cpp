#include "app/gui/people_page.h"

#include "app/gui/column_settings_dialog.h"
#include "app/gui/settings.h"
#include "app/gui/wx_text.h"

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/persist/splitter.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <memory>
#include <unordered_set>

namespace xuncha::app {

namespace {

constexpr std::string_view list_key = "people";

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
                                wxDV_MULTIPLE | wxDV_ROW_LINES | wxDV_HORIZ_RULES | wxDV_VERT_RULES);
    m_list->SetName(wxS("person_list"));
    m_list->AssociateModel(m_model.get());
    const auto saved = m_settings.shown_columns(list_key);
    m_columns = saved ? columns_from_keys(*saved) : default_person_columns();
    build_columns();
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
        // Any order but by name needs the whole people: wait for them (a fraction of a second at most).
        if (m_model->names_only() && m_callbacks.whole_people) m_callbacks.whole_people();
        if (m_model->names_only()) return;  // they could not be read (the user was told)
        const auto selected = selected_people();
        m_model->sort(person_columns()[index].column, column->IsSortOrderAscending());
        select_people(selected);
    });
    m_list->Bind(wxEVT_DATAVIEW_COLUMN_HEADER_RIGHT_CLICK, [this](wxDataViewEvent&) { show_header_menu(); });
    m_list->Bind(wxEVT_DATAVIEW_ITEM_CONTEXT_MENU, [this](wxDataViewEvent& event) {
        // A right click on a row outside the selection selects that row alone, as file managers do.
        const wxDataViewItem item = event.GetItem();
        if (item.IsOk() && !m_list->IsSelected(item)) {
            m_list->UnselectAll();
            m_list->Select(item);
            selection_changed();
        }
        if (!m_callbacks.context_menu) return;
        std::unique_ptr<wxMenu> menu(m_callbacks.context_menu());
        if (menu) m_list->PopupMenu(menu.get());
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
                          const std::vector<model::Pool>& pools, const std::vector<model::Specialty>& specialties,
                          std::vector<std::size_t> by_name, PersonListModel::Completer complete)
{
    const auto selected = selected_people();

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
    context.today = boost::gregorian::day_clock::local_day();

    m_list->Freeze();
    m_model->set_people(std::move(people), pools, specialties, context, std::move(by_name), std::move(complete));
    apply_filter();
    m_list->Thaw();
    select_people(selected);
    if (m_model->names_only()) {
        // The rows in view are read now rather than during the paint.
        const wxDataViewItem top = m_list->GetTopItem();
        m_model->complete_from(top.IsOk() ? m_model->GetRow(top) : 0);
    }
}

void PeoplePage::set_pool(std::optional<model::PoolId> pool)
{
    PersonFilter filter = m_model->filter();
    if (filter.pool == pool) return;
    filter.pool = pool;
    const auto selected = selected_people();
    m_model->set_filter(std::move(filter));
    select_people(selected);
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
    // Keep the selected people selected when the new filter still shows them.
    const auto selected = selected_people();
    if (filter == m_model->filter()) return;
    m_model->set_filter(std::move(filter));
    select_people(selected);
}

std::optional<model::PersonId> PeoplePage::person_at(const wxDataViewItem& item) const
{
    if (!item.IsOk()) return std::nullopt;
    const auto* person = m_model->at_row(m_model->GetRow(item));
    return person ? std::optional(person->id) : std::nullopt;
}

void PeoplePage::refresh_selection()
{
    m_selected_count = static_cast<std::size_t>(m_list->GetSelectedItemsCount());
    m_selected_one.reset();
    if (m_selected_count != 1) return;
    wxDataViewItemArray items;
    m_list->GetSelections(items);
    if (!items.empty()) m_selected_one = person_at(items[0]);
}

std::vector<model::PersonId> PeoplePage::selected_people() const
{
    if (m_selected_count == 0) return {};
    wxDataViewItemArray items;
    m_list->GetSelections(items);
    std::vector<unsigned> rows;
    rows.reserve(items.size());
    for (const auto& item : items) rows.push_back(m_model->GetRow(item));
    std::sort(rows.begin(), rows.end());
    std::vector<model::PersonId> ids;
    ids.reserve(rows.size());
    for (const unsigned row : rows)
        if (const auto* person = m_model->at_row(row)) ids.push_back(person->id);
    return ids;
}

std::vector<std::vector<std::string>> PeoplePage::selection_table(std::vector<model::PersonId>& ids) const
{
    std::vector<std::vector<std::string>> table;
    std::vector<std::string> header;
    for (const auto column : m_columns) header.push_back(from_wx(person_column_title(column)));
    table.push_back(std::move(header));
    wxDataViewItemArray items;
    m_list->GetSelections(items);
    std::vector<unsigned> rows;
    for (const auto& item : items) rows.push_back(m_model->GetRow(item));
    std::sort(rows.begin(), rows.end());
    for (const unsigned row : rows) {
        const auto* person = m_model->at_row(row);
        if (!person) continue;
        ids.push_back(person->id);
        std::vector<std::string> cells;
        for (const auto column : m_columns) cells.push_back(from_wx(m_model->text(row, column)));
        table.push_back(std::move(cells));
    }
    return table;
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
    m_list->UnselectAll();
    m_list->Select(item);
    m_list->SetCurrentItem(item);
    m_list->EnsureVisible(item);
    selection_changed();
}

std::size_t PeoplePage::select_people(const std::vector<model::PersonId>& ids)
{
    // One pass over the rows rather than row_of() per person: the selection may be thousands.
    std::unordered_set<model::PersonId> wanted(ids.begin(), ids.end());
    wxDataViewItemArray items;
    for (unsigned row = 0; row < m_model->shown_count() && items.size() < wanted.size(); ++row)
        if (wanted.contains(m_model->at_row(row)->id)) items.push_back(m_model->GetItem(row));
    if (items.empty() && m_selected_count == 0) {
        // Nothing was selected and nothing is to be: the control's selection is empty already (the
        // count follows every change of it, and a model Reset only clears it). On GTK, UnselectAll and
        // counting the selection each walk every row: together 15-20 ms for 100,000, on every search
        // keystroke and when the list opens.
        selection_changed(true);
        return 0;
    }
    m_list->UnselectAll();
    if (!items.empty()) {
        m_list->SetSelections(items);
        m_list->SetCurrentItem(items.front());
        m_list->EnsureVisible(items.front());
    }
    selection_changed();
    return items.size();
}

void PeoplePage::selection_changed(bool none_selected)
{
    if (none_selected) {
        m_selected_count = 0;
        m_selected_one.reset();
    } else {
        refresh_selection();
    }
    if (m_callbacks.counts_changed) m_callbacks.counts_changed();
    // With several rows selected, the pane shows the row with the keyboard focus when it is one of them.
    auto id = selected_person();
    if (!id && m_selected_count > 1) {
        const wxDataViewItem current = m_list->GetCurrentItem();
        if (current.IsOk() && m_list->IsSelected(current)) id = person_at(current);
    }
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

void PeoplePage::save_widths()
{
    const auto columns = person_columns();
    for (unsigned i = 0; i < m_list->GetColumnCount(); ++i) {
        const wxDataViewColumn* column = m_list->GetColumn(i);
        const unsigned index = column->GetModelColumn();
        if (index < columns.size()) m_settings.set_column_width(list_key, columns[index].key, column->GetWidth());
    }
}

void PeoplePage::save_layout()
{
    save_widths();
    m_settings.set_shown_columns(list_key, column_keys(m_columns));
}

void PeoplePage::build_columns()
{
    const auto all = person_columns();
    m_list->ClearColumns();
    for (const auto shown : m_columns) {
        const auto it = std::find_if(all.begin(), all.end(), [&](const auto& info) { return info.column == shown; });
        if (it == all.end()) continue;
        const auto index = static_cast<unsigned>(it - all.begin());
        // Fixed widths: autosize would measure every row (pitfalls).
        const int width = m_settings.column_width(list_key, it->key).value_or(FromDIP(it->default_width));
        auto* column = m_list->AppendTextColumn(person_column_title(shown), index, wxDATAVIEW_CELL_INERT, width,
                                                wxALIGN_LEFT, wxDATAVIEW_COL_RESIZABLE | wxDATAVIEW_COL_SORTABLE);
        if (shown == m_model->sort_column()) column->SetSortOrder(m_model->sort_ascending());
    }
}

void PeoplePage::set_shown_columns(std::vector<PersonColumn> columns)
{
    if (columns.empty() || columns == m_columns) return;
    save_widths();
    const auto selected = selected_people();
    m_columns = std::move(columns);
    m_list->Freeze();
    build_columns();
    m_list->Thaw();
    select_people(selected);
    // Written to disk with the rest of the layout when the window closes.
    m_settings.set_shown_columns(list_key, column_keys(m_columns));
}

void PeoplePage::configure_columns()
{
    ColumnSettingsDialog dialog(this, m_columns);
    if (dialog.ShowModal() == wxID_OK) set_shown_columns(dialog.columns());
}

void PeoplePage::show_header_menu()
{
    // Every column with a tick, then the full dialog.
    wxMenu menu;
    const auto all = person_columns();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const bool shown = std::find(m_columns.begin(), m_columns.end(), all[i].column) != m_columns.end();
        menu.AppendCheckItem(wxID_HIGHEST + 1 + static_cast<int>(i), person_column_title(all[i].column))
            ->Check(shown);
    }
    menu.AppendSeparator();
    const int configure = wxID_HIGHEST + 1 + static_cast<int>(all.size());
    menu.Append(configure, _("&Columns..."));
    const int chosen = m_list->GetPopupMenuSelectionFromUser(menu);
    if (chosen == configure) {
        configure_columns();
        return;
    }
    const int index = chosen - wxID_HIGHEST - 1;
    if (chosen == wxID_NONE || index < 0 || static_cast<std::size_t>(index) >= all.size()) return;
    auto columns = m_columns;
    const auto it = std::find(columns.begin(), columns.end(), all[static_cast<std::size_t>(index)].column);
    if (it != columns.end()) {
        if (columns.size() == 1) return;  // the last column stays
        columns.erase(it);
    } else {
        columns.push_back(all[static_cast<std::size_t>(index)].column);
    }
    set_shown_columns(std::move(columns));
}

}  // namespace xuncha::app
