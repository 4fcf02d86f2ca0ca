#pragma once
// 回避事项: one avoidance case — trigger, rule, person, unit, facts, decision, decided by and on, the
// replacement (替补), 文号 and the person's acknowledgement. Validated with model::validate(case, today).

#include "app/gui/record_dialog.h"
#include "model/avoidance_case.h"
#include "model/person.h"
#include "model/unit.h"

#include <span>

namespace xuncha::app {

class PersonPickerCtrl;
class UnitPickerCtrl;

class AvoidanceCaseDialog : public ValueDialog<model::AvoidanceCase> {
public:
    AvoidanceCaseDialog(wxWindow* parent, model::AvoidanceCase value, const model::Date& today,
                        std::span<const model::Unit> units, std::span<const model::PersonSummary> people);

    PersonPickerCtrl* person_picker() const { return m_person; }
    TermChoice<model::CaseDecision>* decision_choice() const { return m_decision; }
    wxTextCtrl* facts_field() const { return m_facts; }
    wxTextCtrl* decided_by_field() const { return m_decided_by; }
    wxTextCtrl* decided_on_field() const { return m_decided_on; }

private:
    void put(const model::AvoidanceCase& value) override;
    void take(model::AvoidanceCase& value, std::vector<UnreadableField>& unreadable) override;

    TermChoice<model::CaseTrigger>* m_trigger = nullptr;
    OptionalTermChoice<model::AvoidanceRuleCode>* m_rule = nullptr;
    PersonPickerCtrl* m_person = nullptr;
    UnitPickerCtrl* m_unit = nullptr;
    wxTextCtrl* m_facts = nullptr;
    wxTextCtrl* m_raised_on = nullptr;
    TermChoice<model::CaseDecision>* m_decision = nullptr;
    wxTextCtrl* m_decided_by = nullptr;
    wxTextCtrl* m_decided_on = nullptr;
    PersonPickerCtrl* m_replacement = nullptr;
    wxTextCtrl* m_document = nullptr;
    wxTextCtrl* m_acknowledged = nullptr;
    wxTextCtrl* m_remark = nullptr;
};

}  // namespace xuncha::app
