#pragma once
// A unit: name, short name, type, parent, 主管部门, jurisdiction, remark, its leadership members (a
// linked person or a name, post, start, end, principal head) and profile flags (资金量大, 项目多, 信访多
// and the office's own). A view of a model::Unit value validated with model::validate(unit, all units).

#include "app/gui/form.h"
#include "app/gui/record_dialog.h"
#include "model/person.h"
#include "model/unit.h"

#include <wx/dialog.h>

#include <span>
#include <vector>

class wxCheckListBox;
class wxSpinCtrl;

namespace xuncha::app {

class PersonPickerCtrl;
class RecordList;
class UnitPickerCtrl;

class UnitLeaderDialog : public ValueDialog<model::UnitLeader> {
public:
    UnitLeaderDialog(wxWindow* parent, model::UnitLeader value, Check check, std::vector<model::Problem> initial,
                     std::span<const model::PersonSummary> people);

    PersonPickerCtrl* person_picker() const { return m_person; }
    wxTextCtrl* name_field() const { return m_name; }
    wxTextCtrl* post_field() const { return m_post; }
    wxTextCtrl* start_field() const { return m_start; }

private:
    void put(const model::UnitLeader& value) override;
    void take(model::UnitLeader& value, std::vector<UnreadableField>& unreadable) override;

    std::span<const model::PersonSummary> m_people;
    PersonPickerCtrl* m_person = nullptr;
    wxTextCtrl* m_name = nullptr;
    wxTextCtrl* m_post = nullptr;
    wxTextCtrl* m_start = nullptr;
    wxTextCtrl* m_end = nullptr;
    wxCheckBox* m_principal = nullptr;
    wxTextCtrl* m_remark = nullptr;
};

class UnitDialog : public wxDialog {
public:
    // `all` (every unit, the edited one included when it is saved) must outlive the dialog.
    // `people` (summaries in id order) for linking leaders to their records; must outlive the dialog.
    UnitDialog(wxWindow* parent, model::Unit unit, const std::vector<model::Unit>& all,
               std::span<const model::PersonSummary> people = {});

    const model::Unit& unit() const { return m_unit; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

    wxString problem_text(model::Field field) const { return m_problems.shown(field); }
    RecordList* leader_list() const { return m_leader_list; }
    wxCheckListBox* flag_list() const { return m_flags; }
    // Adds a leader or a flag (checked) as the buttons do.
    void add_leader(model::UnitLeader leader);
    void add_flag(const std::string& flag);
    const std::vector<model::UnitLeader>& leaders() const { return m_leaders; }

private:
    model::Unit m_unit;
    const std::vector<model::Unit>& m_all;
    FieldProblems m_problems;
    wxTextCtrl* m_name = nullptr;
    wxTextCtrl* m_short_name = nullptr;
    TermChoice<model::UnitType>* m_type = nullptr;
    UnitPickerCtrl* m_parent = nullptr;
    UnitPickerCtrl* m_supervisor = nullptr;
    wxTextCtrl* m_jurisdiction = nullptr;
    wxTextCtrl* m_remark = nullptr;
    wxSpinCtrl* m_sort_order = nullptr;
    std::span<const model::PersonSummary> m_people;
    std::vector<model::UnitLeader> m_leaders;
    RecordList* m_leader_list = nullptr;
    wxCheckListBox* m_flags = nullptr;
    std::vector<std::string> m_flag_names;  // the check list's entries

    model::Unit read() const;
    void show_leaders();
    void edit_leader(int row);
    std::vector<model::Problem> check_leader(std::size_t index, const model::UnitLeader& leader) const;
};

}  // namespace xuncha::app
