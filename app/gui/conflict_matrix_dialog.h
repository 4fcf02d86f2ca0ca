#pragma once
// 回避冲突矩阵: a round's people × covered units. Hard and soft findings in distinct colours, filters
// (members only or the whole pool, hard only, people with findings, name search), the explanation chain
// of the chosen cell, the findings inside groups, and the round's avoidance cases (回避事项), which the
// caller reads and writes through callbacks. The grid is virtual: a table over ConflictMatrix.

#include "app/gui/conflict_matrix.h"
#include "model/avoidance_case.h"
#include "model/person.h"
#include "model/round.h"
#include "model/unit.h"

#include <wx/dialog.h>

#include <functional>
#include <optional>
#include <span>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxDataViewListCtrl;
class wxGrid;
class wxNotebook;
class wxSearchCtrl;
class wxStaticText;
class wxTextCtrl;

namespace xuncha::app {

class MatrixTable;
class RecordList;

class ConflictMatrixDialog : public wxDialog {
public:
    struct CaseCallbacks {
        std::function<std::optional<std::vector<model::AvoidanceCase>>()> load;  // the round's cases
        // Creates (id 0) or updates the case, assigning its id; false when it failed (told).
        std::function<bool(wxWindow* parent, model::AvoidanceCase&)> save;
        std::function<bool(wxWindow* parent, const model::AvoidanceCase&)> remove;
        // The round's findings again once the cases changed (rules 6, 8 and 11 read them); empty when
        // the check failed (told).
        std::function<std::optional<std::vector<model::Finding>>()> recheck;
    };

    // `units` and `people` must outlive the dialog. `as_of`: the date the check was made for.
    ConflictMatrixDialog(wxWindow* parent, const model::Round& round, ConflictMatrix matrix,
                         const model::Date& as_of, const model::Date& today, std::span<const model::Unit> units,
                         std::span<const model::PersonSummary> people, CaseCallbacks cases);
    ~ConflictMatrixDialog() override;

    const ConflictMatrix& matrix() const { return m_matrix; }
    const std::vector<std::size_t>& shown_rows() const { return m_rows; }
    void set_filter(const MatrixFilter& filter);
    // Shows the explanation of a cell (grid row and column), as a click does.
    void choose_cell(int row, int col);
    wxString explanation_text() const;
    wxGrid* grid() const { return m_grid; }
    wxNotebook* notebook() const { return m_notebook; }
    wxDataViewListCtrl* group_findings_list() const { return m_group_list; }
    const std::vector<model::AvoidanceCase>& cases() const { return m_cases; }
    // Opens the case editor for a new case (prefilled from the chosen cell when there is one), as the
    // buttons do.
    void add_case(bool from_cell);

private:
    void apply_filter();
    void reload_cases(std::optional<model::AvoidanceCaseId> select = {});
    // After a case was saved or removed: the cases, and the matrix checked again.
    void cases_changed(std::optional<model::AvoidanceCaseId> select = {});
    void fill_group_findings();
    void edit_case(int row);
    wxString person_text(std::size_t person) const;

    model::Round m_round;
    ConflictMatrix m_matrix;
    model::Date m_today;
    std::span<const model::Unit> m_units;
    std::span<const model::PersonSummary> m_people;
    CaseCallbacks m_callbacks;
    std::vector<std::size_t> m_rows;
    std::optional<std::pair<std::size_t, std::size_t>> m_chosen;  // person, unit
    MatrixTable* m_table = nullptr;
    std::vector<model::AvoidanceCase> m_cases;

    wxNotebook* m_notebook = nullptr;
    wxChoice* m_scope = nullptr;
    wxCheckBox* m_hard_only = nullptr;
    wxCheckBox* m_with_findings = nullptr;
    wxSearchCtrl* m_search = nullptr;
    wxStaticText* m_summary = nullptr;
    wxGrid* m_grid = nullptr;
    wxTextCtrl* m_explanation = nullptr;
    wxDataViewListCtrl* m_group_list = nullptr;
    wxStaticText* m_group_note = nullptr;
    RecordList* m_case_list = nullptr;
};

}  // namespace xuncha::app
