#include "app/gui/conflict_matrix_dialog.h"

#include "app/gui/avoidance_case_dialog.h"
#include "app/gui/messages.h"
#include "app/gui/person_picker.h"
#include "app/gui/record_list.h"
#include "app/gui/round_dialog.h"
#include "app/gui/wx_text.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/grid.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace xuncha::app {

namespace {

wxColour hard_background() { return wxColour(236, 112, 99); }
wxColour hard_text() { return wxColour(255, 255, 255); }
wxColour soft_background() { return wxColour(250, 215, 120); }
wxColour soft_text() { return wxColour(90, 60, 0); }

const model::Unit* find_unit(std::span<const model::Unit> units, model::UnitId id)
{
    const auto it = std::find_if(units.begin(), units.end(), [&](const auto& u) { return u.id == id; });
    return it == units.end() ? nullptr : &*it;
}

wxString unit_label(std::span<const model::Unit> units, model::UnitId id)
{
    const auto* unit = find_unit(units, id);
    if (!unit) return wxString::Format(wxS("#%lld"), static_cast<long long>(id.value()));
    return to_wx(unit->short_name.empty() ? unit->name : unit->short_name);
}

// A small coloured square with its meaning, for the legend.
wxWindow* legend_swatch(wxWindow* parent, const wxColour& background, const wxColour& text, const wxString& label)
{
    auto* swatch = new wxStaticText(parent, wxID_ANY, wxS(" ") + label + wxS(" "));
    swatch->SetBackgroundColour(background);
    swatch->SetForegroundColour(text);
    return swatch;
}

}  // namespace

// The grid's rows are the filtered people, its columns the units; cells show the rule numbers.
class MatrixTable : public wxGridTableBase {
public:
    MatrixTable(const ConflictMatrix& matrix, const std::vector<std::size_t>& rows,
                std::span<const model::Unit> units)
        : m_matrix(matrix), m_rows(rows), m_units(units)
    {
        m_hard = new wxGridCellAttr(hard_text(), hard_background(), wxNullFont, wxALIGN_CENTRE, wxALIGN_CENTRE);
        m_soft = new wxGridCellAttr(soft_text(), soft_background(), wxNullFont, wxALIGN_CENTRE, wxALIGN_CENTRE);
        m_plain = new wxGridCellAttr();
        m_plain->SetAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
    }
    ~MatrixTable() override
    {
        m_hard->DecRef();
        m_soft->DecRef();
        m_plain->DecRef();
    }
    MatrixTable(const MatrixTable&) = delete;
    MatrixTable& operator=(const MatrixTable&) = delete;

    void set_hard_only(bool hard_only) { m_hard_only = hard_only; }

    // The cell shown at a grid position (soft cells are hidden in "hard only").
    const MatrixCell* shown_cell(int row, int col) const
    {
        if (row < 0 || col < 0 || static_cast<std::size_t>(row) >= m_rows.size()) return nullptr;
        const MatrixCell* cell = m_matrix.cell(m_rows[static_cast<std::size_t>(row)], static_cast<std::size_t>(col));
        if (cell && m_hard_only && !cell->hard) return nullptr;
        return cell;
    }

    int GetNumberRows() override { return static_cast<int>(m_rows.size()); }
    int GetNumberCols() override { return static_cast<int>(m_matrix.units().size()); }

    wxString GetValue(int row, int col) override
    {
        const MatrixCell* cell = shown_cell(row, col);
        if (!cell) return {};
        // The rule numbers, hard ones first: "1 4 · 10".
        wxString hard;
        wxString soft;
        for (const auto f : cell->findings) {
            const auto& finding = m_matrix.findings()[f];
            wxString& target = finding.severity == model::Severity::hard ? hard : soft;
            if (m_hard_only && finding.severity != model::Severity::hard) continue;
            target += (target.empty() ? wxString() : wxS(" ")) + wxString::Format(wxS("%d"), model::rule_number(finding.rule));
        }
        if (!hard.empty() && !soft.empty()) return hard + wxS(" | ") + soft;
        return hard.empty() ? soft : hard;
    }
    void SetValue(int, int, const wxString&) override {}

    wxString GetRowLabelValue(int row) override
    {
        if (row < 0 || static_cast<std::size_t>(row) >= m_rows.size()) return {};
        const auto& person = m_matrix.people()[m_rows[static_cast<std::size_t>(row)]];
        wxString label = to_wx(person.name);
        if (!person.group_label.empty()) label += wxS("  ") + to_wx(person.group_label);
        return label;
    }

    wxString GetColLabelValue(int col) override
    {
        if (col < 0 || static_cast<std::size_t>(col) >= m_matrix.units().size()) return {};
        return unit_label(m_units, m_matrix.units()[static_cast<std::size_t>(col)]);
    }

    bool CanHaveAttributes() override { return true; }

    wxGridCellAttr* GetAttr(int row, int col, wxGridCellAttr::wxAttrKind) override
    {
        const MatrixCell* cell = shown_cell(row, col);
        wxGridCellAttr* attr = !cell ? m_plain : cell->hard ? m_hard : m_soft;
        attr->IncRef();
        return attr;
    }

private:
    const ConflictMatrix& m_matrix;
    const std::vector<std::size_t>& m_rows;
    std::span<const model::Unit> m_units;
    wxGridCellAttr* m_hard = nullptr;
    wxGridCellAttr* m_soft = nullptr;
    wxGridCellAttr* m_plain = nullptr;
    bool m_hard_only = false;
};

ConflictMatrixDialog::ConflictMatrixDialog(wxWindow* parent, const model::Round& round, ConflictMatrix matrix,
                                           const model::Date& as_of, const model::Date& today,
                                           std::span<const model::Unit> units,
                                           std::span<const model::PersonSummary> people, CaseCallbacks cases)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Conflict Matrix: %s"), to_wx(model::round_title(round))),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER | wxMAXIMIZE_BOX),
      m_round(round), m_matrix(std::move(matrix)), m_today(today), m_units(units), m_people(people),
      m_callbacks(std::move(cases))
{
    SetName(wxS("conflict_matrix_dialog"));
    m_notebook = new wxNotebook(this, wxID_ANY);

    // ---- the matrix ----
    auto* page = new wxPanel(m_notebook);
    auto* filters = new wxBoxSizer(wxHORIZONTAL);
    m_scope = new wxChoice(page, wxID_ANY);
    m_scope->SetName(wxS("matrix_scope"));
    m_scope->Append(_("Group members and the pools"));
    m_scope->Append(_("Group members only"));
    m_scope->SetSelection(0);
    filters->Add(m_scope, wxSizerFlags().CentreVertical());
    m_hard_only = new wxCheckBox(page, wxID_ANY, _("Hard conflicts only"));
    m_hard_only->SetName(wxS("matrix_hard_only"));
    filters->Add(m_hard_only, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(12)));
    m_with_findings = new wxCheckBox(page, wxID_ANY, _("Only people with findings"));
    m_with_findings->SetName(wxS("matrix_with_findings"));
    filters->Add(m_with_findings, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(12)));
    m_search = new wxSearchCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(200, -1)));
    m_search->SetName(wxS("matrix_search"));
    m_search->SetDescriptiveText(_("Search by name or pinyin"));
    m_search->ShowCancelButton(true);
    filters->Add(m_search, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(12)));
    filters->AddStretchSpacer();
    filters->Add(legend_swatch(page, hard_background(), hard_text(), _("Hard: must avoid")),
                 wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(12)));
    filters->Add(legend_swatch(page, soft_background(), soft_text(), _("Soft: needs a comment")),
                 wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));

    m_summary = new wxStaticText(page, wxID_ANY, wxString());
    m_summary->SetName(wxS("matrix_summary"));
    m_summary->SetForegroundColour(wxColour(90, 90, 90));

    m_grid = new wxGrid(page, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(900, 380)));
    m_grid->SetName(wxS("matrix_grid"));
    m_table = new MatrixTable(m_matrix, m_rows, m_units);
    m_rows = m_matrix.rows({});
    m_grid->SetTable(m_table, true, wxGrid::wxGridSelectCells);
    m_grid->EnableEditing(false);
    m_grid->EnableDragRowSize(false);
    m_grid->DisableDragGridSize();
    m_grid->SetRowLabelSize(FromDIP(230));
    m_grid->SetRowLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    m_grid->SetColLabelSize(FromDIP(30));
    m_grid->SetDefaultColSize(FromDIP(86), true);
    m_grid->SetDefaultRowSize(FromDIP(24), true);
    m_grid->SetCellHighlightPenWidth(2);

    m_explanation = new wxTextCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 110)),
                                   wxTE_MULTILINE | wxTE_READONLY);
    m_explanation->SetName(wxS("matrix_explanation"));
    auto* record = new wxButton(page, wxID_ANY, _("Record as Case..."));
    record->SetName(wxS("matrix_record_case"));
    record->SetToolTip(_("Record the chosen finding as an avoidance case of this round"));

    auto* explanation_row = new wxBoxSizer(wxHORIZONTAL);
    explanation_row->Add(m_explanation, wxSizerFlags(1).Expand());
    explanation_row->Add(record, wxSizerFlags().Border(wxLEFT));

    auto* as_of_note = new wxStaticText(
        page, wxID_ANY,
        wxString::Format(_("Checked as of %s with the avoidance rules recorded for this round. The numbers in a cell are the "
                           "rules that apply; click a cell for the reasons."),
                         to_wx(model::to_iso(as_of))));
    as_of_note->SetForegroundColour(wxColour(90, 90, 90));

    auto* page_sizer = new wxBoxSizer(wxVERTICAL);
    page_sizer->Add(filters, wxSizerFlags().Expand().Border());
    page_sizer->Add(m_summary, wxSizerFlags().Border(wxLEFT | wxRIGHT));
    page_sizer->Add(m_grid, wxSizerFlags(1).Expand().Border());
    page_sizer->Add(as_of_note, wxSizerFlags().Border(wxLEFT | wxRIGHT));
    page_sizer->Add(explanation_row, wxSizerFlags().Expand().Border());
    page->SetSizer(page_sizer);
    m_notebook->AddPage(page, _("Matrix"));

    // ---- findings inside groups ----
    auto* group_page = new wxPanel(m_notebook);
    m_group_list = new wxDataViewListCtrl(group_page, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxDV_SINGLE | wxDV_ROW_LINES);
    m_group_list->SetName(wxS("matrix_group_findings"));
    m_group_list->AppendTextColumn(_("Person"), wxDATAVIEW_CELL_INERT, FromDIP(220));
    m_group_list->AppendTextColumn(_("Relative in the same group"), wxDATAVIEW_CELL_INERT, FromDIP(220));
    m_group_list->AppendTextColumn(_("Severity"), wxDATAVIEW_CELL_INERT, FromDIP(80));
    m_group_list->AppendTextColumn(_("Explanation"), wxDATAVIEW_CELL_INERT, FromDIP(560));
    auto* group_sizer = new wxBoxSizer(wxVERTICAL);
    m_group_note = new wxStaticText(group_page, wxID_ANY, wxString());
    group_sizer->Add(m_group_note, wxSizerFlags().Border());
    group_sizer->Add(m_group_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM));
    group_page->SetSizer(group_sizer);
    m_notebook->AddPage(group_page, wxString());
    fill_group_findings();

    // ---- the round's avoidance cases ----
    auto* case_page = new wxPanel(m_notebook);
    m_case_list = new RecordList(case_page, wxString(),
                                 {{_("Person"), 190}, {_("Unit concerned"), 130}, {_("Raised by"), 110},
                                  {_("Rule"), 280}, {_("Decision"), 80}, {_("Decided on"), 90},
                                  {_("Replacement"), 90}, {_("Document number"), 140}},
                                 wxS("cases"), 300);
    m_case_list->on_edit = [this](int row) { edit_case(row); };
    m_case_list->on_remove = [this](int row) {
        if (row < 0 || static_cast<std::size_t>(row) >= m_cases.size() || !m_callbacks.remove) return;
        if (message_box(this, _("Remove this avoidance case? The removal is recorded in the audit log."),
                        _("Remove Avoidance Case"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING) != wxYES)
            return;
        if (m_callbacks.remove(this, m_cases[static_cast<std::size_t>(row)])) cases_changed();
    };
    auto* case_sizer = new wxBoxSizer(wxVERTICAL);
    case_sizer->Add(new wxStaticText(case_page, wxID_ANY,
                                     _("Declared, raised, found and decided conflicts of this round.")),
                    wxSizerFlags().Border());
    case_sizer->Add(m_case_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM));
    case_page->SetSizer(case_sizer);
    m_notebook->AddPage(case_page, _("Avoidance Cases"));

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(m_notebook, wxSizerFlags(1).Expand().Border());
    top->Add(CreateStdDialogButtonSizer(wxCLOSE), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);
    SetMinSize(FromDIP(wxSize(760, 520)));
    SetEscapeId(wxID_CLOSE);
    CentreOnParent();

    m_scope->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { apply_filter(); });
    m_hard_only->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { apply_filter(); });
    m_with_findings->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { apply_filter(); });
    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { apply_filter(); });
    m_search->Bind(wxEVT_SEARCH_CANCEL, [this](wxCommandEvent&) { m_search->Clear(); });
    m_grid->Bind(wxEVT_GRID_SELECT_CELL, [this](wxGridEvent& e) {
        choose_cell(e.GetRow(), e.GetCol());
        e.Skip();
    });
    record->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_case(true); });
    record->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
        e.Enable(m_chosen && m_matrix.cell(m_chosen->first, m_chosen->second) && m_callbacks.save);
    });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);

    apply_filter();
    reload_cases();
    m_explanation->ChangeValue(_("Click a coloured cell to see why the person must not inspect the unit."));
}

ConflictMatrixDialog::~ConflictMatrixDialog()
{
    // The grid's table reads the matrix and the rows, which go before the base class destroys the grid.
    DestroyChildren();
}

void ConflictMatrixDialog::set_filter(const MatrixFilter& filter)
{
    m_scope->SetSelection(filter.members_only ? 1 : 0);
    m_hard_only->SetValue(filter.hard_only);
    m_with_findings->SetValue(filter.with_findings);
    m_search->ChangeValue(to_wx(filter.search));
    apply_filter();
}

void ConflictMatrixDialog::apply_filter()
{
    MatrixFilter filter;
    filter.members_only = m_scope->GetSelection() == 1;
    filter.hard_only = m_hard_only->GetValue();
    filter.with_findings = m_with_findings->GetValue();
    filter.search = from_wx(m_search->GetValue());
    const int before = static_cast<int>(m_rows.size());
    m_rows = m_matrix.rows(filter);
    m_table->set_hard_only(filter.hard_only);
    const int after = static_cast<int>(m_rows.size());
    // The table reads m_rows; the grid is told how the row count changed.
    m_grid->BeginBatch();
    if (after < before) {
        wxGridTableMessage message(m_table, wxGRIDTABLE_NOTIFY_ROWS_DELETED, after, before - after);
        m_grid->ProcessTableMessage(message);
    } else if (after > before) {
        wxGridTableMessage message(m_table, wxGRIDTABLE_NOTIFY_ROWS_APPENDED, after - before);
        m_grid->ProcessTableMessage(message);
    }
    m_grid->EndBatch();
    m_grid->ForceRefresh();

    std::size_t members = 0;
    for (const auto& p : m_matrix.people()) members += p.member ? 1 : 0;
    m_summary->SetLabel(wxString::Format(_("%zu of %zu people shown (%zu group members); %zu units; %zu hard and "
                                           "%zu soft person-unit conflicts; %zu within groups."),
                                         m_rows.size(), m_matrix.people().size(), members, m_matrix.units().size(),
                                         m_matrix.hard_count(), m_matrix.soft_count(), m_matrix.in_group().size()));
}

wxString ConflictMatrixDialog::person_text(std::size_t person) const
{
    const auto& p = m_matrix.people()[person];
    wxString text = to_wx(p.name);
    if (!p.unit_name.empty()) text += wxString::FromUTF8("（") + to_wx(p.unit_name) + wxString::FromUTF8("）");
    return text;
}

void ConflictMatrixDialog::choose_cell(int row, int col)
{
    m_chosen.reset();
    if (row < 0 || col < 0 || static_cast<std::size_t>(row) >= m_rows.size() ||
        static_cast<std::size_t>(col) >= m_matrix.units().size()) {
        m_explanation->ChangeValue(wxString());
        return;
    }
    const std::size_t person = m_rows[static_cast<std::size_t>(row)];
    const std::size_t unit = static_cast<std::size_t>(col);
    m_chosen = std::make_pair(person, unit);
    const auto* unit_record = find_unit(m_units, m_matrix.units()[unit]);
    const wxString unit_name = unit_record ? to_wx(unit_record->name) : unit_label(m_units, m_matrix.units()[unit]);
    const MatrixCell* cell = m_table->shown_cell(row, col);
    if (!cell) {
        m_explanation->ChangeValue(
            wxString::Format(_("%s may inspect %s: no avoidance rule applies."), person_text(person), unit_name));
        return;
    }
    wxString text = wxString::Format(_("Why %s may not inspect %s:"), person_text(person), unit_name);
    for (const auto f : cell->findings) {
        const auto& finding = m_matrix.findings()[f];
        if (m_hard_only->GetValue() && finding.severity != model::Severity::hard) continue;
        text += wxS("\n• ") + to_wx(model::explanation(finding));
    }
    m_explanation->ChangeValue(text);
}

wxString ConflictMatrixDialog::explanation_text() const
{
    return m_explanation->GetValue();
}

void ConflictMatrixDialog::fill_group_findings()
{
    m_group_list->DeleteAllItems();
    for (const auto f : m_matrix.in_group()) {
        const auto& finding = m_matrix.findings()[f];
        wxVector<wxVariant> row;
        row.push_back(wxVariant(person_label(m_people, finding.person_id)));
        row.push_back(wxVariant(finding.other_person_id ? person_label(m_people, *finding.other_person_id) : wxString()));
        row.push_back(wxVariant(term_label(finding.severity)));
        row.push_back(wxVariant(to_wx(model::explanation(finding))));
        m_group_list->AppendItem(row);
    }
    m_group_note->SetLabel(m_matrix.in_group().empty() ? _("No group has members who are each other's relatives.")
                                                       : _("Members of one group who are each other's relatives:"));
    m_notebook->SetPageText(1, wxString::Format(_("Within Groups (%zu)"), m_matrix.in_group().size()));
}

void ConflictMatrixDialog::cases_changed(std::optional<model::AvoidanceCaseId> select)
{
    reload_cases(select);
    if (!m_callbacks.recheck) return;
    auto findings = m_callbacks.recheck();
    if (!findings) return;
    m_matrix = ConflictMatrix(m_matrix.people(), m_matrix.units(), std::move(*findings));
    m_chosen.reset();
    m_explanation->Clear();
    apply_filter();
    fill_group_findings();
}

void ConflictMatrixDialog::reload_cases(std::optional<model::AvoidanceCaseId> select)
{
    if (!m_callbacks.load) return;
    const auto loaded = m_callbacks.load();
    if (!loaded) return;
    m_cases = *loaded;
    std::vector<std::vector<wxString>> rows;
    int selected = -1;
    for (std::size_t i = 0; i < m_cases.size(); ++i) {
        const auto& c = m_cases[i];
        rows.push_back({person_label(m_people, c.person_id),
                        c.unit_id ? unit_label(m_units, *c.unit_id) : wxString(), term_label(c.trigger),
                        c.rule ? to_wx(model::rule_label(*c.rule, m_round.rules_snapshot
                                                                     ? m_round.rules_snapshot->rule(*c.rule).severity
                                                                     : model::default_avoidance_rules().rule(*c.rule).severity))
                               : wxString(),
                        term_label(c.decision), c.decided_on ? to_wx(model::to_iso(*c.decided_on)) : wxString(),
                        c.replacement_id ? person_label(m_people, *c.replacement_id) : wxString(),
                        to_wx(c.document_number)});
        if (select && c.id == *select) selected = static_cast<int>(i);
    }
    m_case_list->set_rows(rows);
    if (selected >= 0) m_case_list->select(selected);
    m_notebook->SetPageText(2, wxString::Format(_("Avoidance Cases (%zu)"), m_cases.size()));
}

void ConflictMatrixDialog::add_case(bool from_cell)
{
    model::AvoidanceCase c;
    c.round_id = m_round.id;
    c.raised_on = m_today;
    c.trigger = model::CaseTrigger::self_declared;
    if (from_cell && m_chosen) {
        const auto* cell = m_matrix.cell(m_chosen->first, m_chosen->second);
        if (cell && !cell->findings.empty()) {
            const auto& finding = m_matrix.findings()[cell->findings.front()];
            c.trigger = model::CaseTrigger::screening;
            c.person_id = finding.person_id;
            c.unit_id = finding.unit_id;
            c.rule = finding.rule;
            std::string facts;
            for (const auto f : cell->findings) facts += (facts.empty() ? "" : "\n") + model::explanation(m_matrix.findings()[f]);
            c.facts = facts;
        }
    }
    // The person's group in this round, when they are in one.
    for (const auto& group : m_round.groups)
        for (const auto& member : group.members)
            if (member.person_id == c.person_id) c.group_id = group.id;
    AvoidanceCaseDialog dialog(this, c, m_today, m_units, m_people);
    if (dialog.ShowModal() != wxID_OK || !m_callbacks.save) return;
    model::AvoidanceCase created = dialog.value();
    if (m_callbacks.save(this, created)) {
        cases_changed(created.id);
        m_notebook->SetSelection(2);
    }
}

void ConflictMatrixDialog::edit_case(int row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_cases.size()) {
        add_case(false);
        return;
    }
    AvoidanceCaseDialog dialog(this, m_cases[static_cast<std::size_t>(row)], m_today, m_units, m_people);
    if (dialog.ShowModal() != wxID_OK || !m_callbacks.save) return;
    model::AvoidanceCase edited = dialog.value();
    if (edited == m_cases[static_cast<std::size_t>(row)]) return;
    if (m_callbacks.save(this, edited)) cases_changed(edited.id);
}

}  // namespace xuncha::app
