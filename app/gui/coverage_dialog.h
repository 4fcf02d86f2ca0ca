#pragma once
// 全覆盖: for one term (届), which units have been inspected (a round at 进驻 or later covered them),
// which are planned in a round not yet stationed, and which not yet, with the totals.

#include "model/round.h"
#include "model/unit.h"

#include <wx/dialog.h>

#include <span>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxDataViewListCtrl;
class wxStaticText;

namespace xuncha::app {

class CoverageDialog : public wxDialog {
public:
    // `units` and `rounds` must outlive the dialog.
    CoverageDialog(wxWindow* parent, std::span<const model::Unit> units, std::span<const model::Round> rounds);

    void set_term(int term);
    int term() const;
    const std::vector<model::UnitCoverage>& coverage() const { return m_coverage; }
    wxString summary_text() const;
    wxDataViewListCtrl* list_ctrl() const { return m_list; }
    wxCheckBox* uncovered_only() const { return m_uncovered_only; }

private:
    void refresh();

    std::span<const model::Unit> m_units;
    std::span<const model::Round> m_rounds;
    std::vector<int> m_terms;
    std::vector<model::UnitCoverage> m_coverage;
    wxChoice* m_term = nullptr;
    wxCheckBox* m_uncovered_only = nullptr;
    wxStaticText* m_summary = nullptr;
    wxDataViewListCtrl* m_list = nullptr;
};

}  // namespace xuncha::app
