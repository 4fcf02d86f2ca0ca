#include "app/gui/avoidance_case_dialog.h"

#include "app/gui/person_picker.h"
#include "app/gui/unit_picker.h"
#include "model/validation.h"

#include <wx/intl.h>

namespace xuncha::app {

using model::Field;

AvoidanceCaseDialog::AvoidanceCaseDialog(wxWindow* parent, model::AvoidanceCase value, const model::Date& today,
                                         std::span<const model::Unit> units,
                                         std::span<const model::PersonSummary> people)
    : ValueDialog(parent, value.id.is_saved() ? _("Edit Avoidance Case") : _("Add Avoidance Case"),
                  wxS("avoidance_case_dialog"), std::move(value),
                  [today](const model::AvoidanceCase& c) { return model::validate(c, today); })
{
    m_trigger = new TermChoice<model::CaseTrigger>(this);
    m_trigger->SetName(wxS("case_trigger"));
    add_row(_("Raised by"), m_trigger);
    m_rule = new OptionalTermChoice<model::AvoidanceRuleCode>(this);
    m_rule->SetName(wxS("case_rule"));
    add_row(_("Rule"), m_rule);
    m_person = new PersonPickerCtrl(this, people, false);
    m_person->SetName(wxS("case_person"));
    add_row(_("Person"), m_person, Field::case_person);
    m_unit = new UnitPickerCtrl(this, units);
    m_unit->SetName(wxS("case_unit"));
    add_row(_("Unit concerned"), m_unit, Field::case_unit);
    m_facts = add_text(_("Facts"), wxS("case_facts"), Field::case_facts, true);
    m_raised_on = add_date(_("Raised on"), wxS("case_raised_on"), Field::case_raised_on);
    m_decision = new TermChoice<model::CaseDecision>(this);
    m_decision->SetName(wxS("case_decision"));
    add_row(_("Decision"), m_decision);
    m_decided_by = add_text(_("Decided by"), wxS("case_decided_by"), Field::case_decided_by);
    m_decided_on = add_date(_("Decided on"), wxS("case_decided_on"), Field::case_decided_on);
    m_replacement = new PersonPickerCtrl(this, people);
    m_replacement->SetName(wxS("case_replacement"));
    add_row(_("Replacement"), m_replacement, Field::case_replacement);
    m_document = add_text(_("Document number"), wxS("case_document"), Field::case_document_number);
    m_acknowledged = add_date(_("Acknowledged by the person on"), wxS("case_acknowledged"), Field::case_acknowledged_on);
    m_remark = add_text(_("Remark"), wxS("case_remark"), std::nullopt, true);
    finish();
}

void AvoidanceCaseDialog::put(const model::AvoidanceCase& value)
{
    m_trigger->set_value(value.trigger);
    m_rule->set_value(value.rule);
    m_person->set_value(value.person_id.is_saved() ? std::optional(value.person_id) : std::nullopt);
    m_unit->set_value(value.unit_id);
    m_facts->ChangeValue(to_wx(value.facts));
    set_date(*m_raised_on, value.raised_on);
    m_decision->set_value(value.decision);
    m_decided_by->ChangeValue(to_wx(value.decided_by));
    set_date(*m_decided_on, value.decided_on);
    m_replacement->set_value(value.replacement_id);
    m_document->ChangeValue(to_wx(value.document_number));
    set_date(*m_acknowledged, value.acknowledged_on);
    m_remark->ChangeValue(to_wx(value.remark));
}

void AvoidanceCaseDialog::take(model::AvoidanceCase& value, std::vector<UnreadableField>& unreadable)
{
    value.trigger = m_trigger->value();
    value.rule = m_rule->value();
    value.person_id = m_person->value().value_or(model::PersonId{});
    value.unit_id = m_unit->value();
    value.facts = read_text(*m_facts);
    value.raised_on = read_date(*m_raised_on, Field::case_raised_on, -1, unreadable);
    value.decision = m_decision->value();
    value.decided_by = read_text(*m_decided_by);
    value.decided_on = read_date(*m_decided_on, Field::case_decided_on, -1, unreadable);
    value.replacement_id = m_replacement->value();
    value.document_number = read_text(*m_document);
    value.acknowledged_on = read_date(*m_acknowledged, Field::case_acknowledged_on, -1, unreadable);
    value.remark = read_text(*m_remark);
}

}  // namespace xuncha::app
