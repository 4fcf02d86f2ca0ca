#pragma once
// 年度动态调整: the yearly report of pool members to look at (model::annual_review), filterable by reason,
// with actions on the selected findings: 暂停, 出库, 标记已审核. The dialog is a view: the caller runs the
// review and carries out each action (one transaction, audited), then the report is run again.

#include "app/gui/bulk_edit.h"
#include "model/annual_review.h"

#include <wx/dataview.h>
#include <wx/dialog.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxButton;
class wxChoice;
class wxStaticText;

namespace xuncha::app {

// One line of the report: a finding and what the reader needs to recognise the person.
struct ReviewRow {
    model::ReviewFinding finding;
    std::string person_name;
    std::string unit_and_post;
    std::string pool_name;
};

struct ReviewReport {
    std::vector<ReviewRow> rows;
    model::Date today;
    std::size_t members = 0;  // memberships looked at (在库 and 暂停)
};

class ReviewListModel : public wxDataViewVirtualListModel {
public:
    enum Column : unsigned { col_name, col_unit, col_pool, col_reason, col_detail, col_count };

    ReviewListModel();
    void set_rows(std::vector<ReviewRow> rows);
    // nullopt: every reason.
    void set_reason(std::optional<model::ReviewReason> reason);

    const std::vector<ReviewRow>& rows() const { return m_rows; }
    std::size_t shown_count() const { return m_shown.size(); }
    const ReviewRow* at_row(unsigned row) const;
    wxString text(unsigned row, unsigned column) const;

    unsigned GetColumnCount() const override { return col_count; }
    wxString GetColumnType(unsigned) const override { return wxS("string"); }
    void GetValueByRow(wxVariant& variant, unsigned row, unsigned col) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

private:
    void refilter();

    std::vector<ReviewRow> m_rows;
    std::vector<std::size_t> m_shown;
    std::optional<model::ReviewReason> m_reason;
};

class AnnualReviewDialog : public wxDialog {
public:
    enum class Action { suspend, exit, mark_reviewed };

    struct Callbacks {
        // Runs the review on the database as it is now; nullopt when it could not be read (told already).
        std::function<std::optional<ReviewReport>()> run;
        // Carries out `action` on the memberships; returns a one-line result, or nullopt when nothing
        // was done (cancelled or failed; the caller told the user). `parent` is this dialog.
        std::function<std::optional<wxString>(wxWindow* parent, Action action,
                                              const std::vector<MembershipTarget>& targets)>
            act;
    };

    AnnualReviewDialog(wxWindow* parent, Callbacks callbacks);

    const ReviewListModel& list_model() const { return *m_model; }
    wxDataViewCtrl* list_ctrl() const { return m_list; }
    wxChoice* reason_choice() const { return m_reason; }
    wxString result_text() const;

    // Selects rows of the list (tests); returns how many.
    std::size_t select_rows(const std::vector<unsigned>& rows);
    // The memberships behind the selected findings, each once.
    std::vector<MembershipTarget> selected_targets() const;
    // What the action buttons do.
    void perform(Action action);
    void refresh();

private:
    void fill_reasons();
    void update_buttons();
    void show_evidence();

    Callbacks m_callbacks;
    wxObjectDataPtr<ReviewListModel> m_model;
    model::Date m_today;
    wxStaticText* m_heading = nullptr;
    wxChoice* m_reason = nullptr;
    wxDataViewCtrl* m_list = nullptr;
    wxButton* m_suspend = nullptr;
    wxButton* m_exit = nullptr;
    wxButton* m_reviewed = nullptr;
    wxStaticText* m_result = nullptr;
    wxStaticText* m_evidence = nullptr;  // the selected finding in full: the list cuts long evidence
};

}  // namespace xuncha::app
