#pragma once
// 巡察轮次: a round (届, number, committee, mode, dates, remark) and its groups, each with its covered
// units (1–4), bodies and members with role and duties. A view of a model::Round value, validated with
// model::validate(round) on OK; each problem is shown at its field or at the group it is about.

#include "app/gui/form.h"
#include "app/gui/record_dialog.h"
#include "model/person.h"
#include "model/round.h"
#include "model/unit.h"

#include <wx/dialog.h>

#include <span>
#include <vector>

class wxCheckListBox;
class wxListBox;
class wxSpinCtrl;

namespace xuncha::app {

class PersonPickerCtrl;
class RecordList;

// "城关镇、县财政局" from unit ids.
wxString unit_names(std::span<const model::Unit> units, const std::vector<model::UnitId>& ids);
// "临时党支部书记、信访受理".
wxString duty_names(const std::vector<model::GroupDuty>& duties);

class GroupMemberDialog : public ValueDialog<model::GroupMember> {
public:
    GroupMemberDialog(wxWindow* parent, model::GroupMember value, Check check, std::vector<model::Problem> initial,
                      std::span<const model::PersonSummary> people);

    PersonPickerCtrl* person_picker() const { return m_person; }
    TermChoice<model::GroupRole>* role_choice() const { return m_role; }

private:
    void put(const model::GroupMember& value) override;
    void take(model::GroupMember& value, std::vector<UnreadableField>& unreadable) override;

    PersonPickerCtrl* m_person = nullptr;
    TermChoice<model::GroupRole>* m_role = nullptr;
    wxCheckListBox* m_duties = nullptr;
};

class GroupDialog : public ValueDialog<model::Group> {
public:
    GroupDialog(wxWindow* parent, model::Group value, Check check, std::vector<model::Problem> initial,
                std::span<const model::Unit> units, std::span<const model::PersonSummary> people);

    wxSpinCtrl* number_field() const { return m_number; }
    // Adds a unit or a member as the buttons do (tests; the buttons ask through pickers).
    void add_unit(model::UnitId id);
    void add_member(const model::GroupMember& member);
    std::size_t unit_count() const { return m_units.size(); }
    RecordList* member_list() const { return m_member_list; }

private:
    void put(const model::Group& value) override;
    void take(model::Group& value, std::vector<UnreadableField>& unreadable) override;
    void show_units();
    void show_members();
    void edit_member(int row);

    std::span<const model::Unit> m_all_units;
    std::span<const model::PersonSummary> m_people;
    std::vector<model::UnitId> m_units;
    std::vector<model::GroupMember> m_members;
    wxSpinCtrl* m_number = nullptr;
    wxTextCtrl* m_name = nullptr;
    wxTextCtrl* m_authorising = nullptr;
    wxTextCtrl* m_dispatching = nullptr;
    wxListBox* m_unit_list = nullptr;
    RecordList* m_member_list = nullptr;
    wxTextCtrl* m_remark = nullptr;
};

class RoundDialog : public wxDialog {
public:
    // `units` and `people` (summaries in id order) must outlive the dialog.
    RoundDialog(wxWindow* parent, model::Round round, std::span<const model::Unit> units,
                std::span<const model::PersonSummary> people);

    const model::Round& round() const { return m_round; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

    // For tests.
    wxString problem_text(model::Field field) const { return m_problems.shown(field); }
    wxString all_problems() const { return m_problems.all_shown(); }
    wxSpinCtrl* term_field() const { return m_term; }
    wxSpinCtrl* number_field() const { return m_number; }
    wxTextCtrl* planned_entry_field() const { return m_planned_entry; }
    RecordList* group_list() const { return m_group_list; }
    // Adds a group (as the Add button does after its dialog).
    void add_group(model::Group group);
    const std::vector<model::Group>& groups() const { return m_groups; }

private:
    model::Round read(std::vector<UnreadableField>& unreadable) const;
    void show_groups();
    void edit_group(int row);
    std::vector<model::Problem> check_group(std::size_t index, const model::Group& candidate) const;

    model::Round m_round;
    std::span<const model::Unit> m_units;
    std::span<const model::PersonSummary> m_people;
    std::vector<model::Group> m_groups;
    FieldProblems m_problems;
    wxSpinCtrl* m_term = nullptr;
    wxSpinCtrl* m_number = nullptr;
    wxTextCtrl* m_committee = nullptr;
    TermChoice<model::RoundMode>* m_mode = nullptr;
    wxTextCtrl* m_planned_entry = nullptr;
    wxTextCtrl* m_planned_withdrawal = nullptr;
    wxTextCtrl* m_entry = nullptr;
    wxTextCtrl* m_withdrawal = nullptr;
    wxTextCtrl* m_remark = nullptr;
    wxStaticText* m_title = nullptr;
    wxStaticText* m_state = nullptr;
    RecordList* m_group_list = nullptr;
};

}  // namespace xuncha::app
