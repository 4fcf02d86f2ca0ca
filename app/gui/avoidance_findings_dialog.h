#pragma once
// "Why can't this person go to X": a person's findings against a chosen unit (or every unit), and
// "who must avoid this unit": everyone's findings against one unit. Each finding listed with its rule
// and severity; the chosen one's explanation chain below.

#include "model/avoidance.h"
#include "model/person.h"
#include "model/unit.h"

#include <wx/dialog.h>

#include <functional>
#include <span>
#include <vector>

class wxDataViewListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace xuncha::app {

class UnitPickerCtrl;

class AvoidanceFindingsDialog : public wxDialog {
public:
    // The findings for these units (the person mode's question).
    using Check = std::function<std::vector<model::Finding>(const std::vector<model::UnitId>&)>;

    // Person mode: the user picks a unit (or all units) and sees `check`'s findings.
    AvoidanceFindingsDialog(wxWindow* parent, const wxString& person, Check check, const model::Date& as_of,
                            std::span<const model::Unit> units, std::span<const model::PersonSummary> people);
    // Unit mode: the given findings against `unit`.
    AvoidanceFindingsDialog(wxWindow* parent, const model::Unit& unit, std::vector<model::Finding> findings,
                            const model::Date& as_of, std::span<const model::Unit> units,
                            std::span<const model::PersonSummary> people);

    // Person mode: checks the unit (nullopt: every unit), as choosing it does.
    void choose_unit(std::optional<model::UnitId> unit);
    void select(int row);
    const std::vector<model::Finding>& findings() const { return m_findings; }
    wxString explanation_text() const;
    wxString summary_text() const;
    wxDataViewListCtrl* list_ctrl() const { return m_list; }

private:
    void build(const wxString& heading, bool with_picker, const model::Date& as_of);
    void show_findings();
    void show_explanation();

    Check m_check;
    std::span<const model::Unit> m_units;
    std::span<const model::PersonSummary> m_people;
    std::vector<model::Finding> m_findings;
    bool m_person_mode = false;
    UnitPickerCtrl* m_picker = nullptr;
    wxStaticText* m_summary = nullptr;
    wxDataViewListCtrl* m_list = nullptr;
    wxTextCtrl* m_explanation = nullptr;
};

}  // namespace xuncha::app
