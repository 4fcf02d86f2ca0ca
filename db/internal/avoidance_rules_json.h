#pragma once
// The avoidance rules as stored: each rule's fields under stable keys, as JSON values. Used for a
// round's rules snapshot (one JSON text) and for the office's settings (one setting per rule field,
// "avoidance.past_employment.look_back_years"), so that both read and write the same way.

#include "model/avoidance_rules.h"

#include <nlohmann/json.hpp>

#include <span>
#include <string>

namespace xuncha::db::internal {

// One field of an AvoidanceRule. The keys are stored, so they never change.
struct AvoidanceRuleField {
    const char* key;  // "enabled", "severity", "look_back_years", "kinship_classes"...
    nlohmann::json (*stored)(const model::AvoidanceRule& rule);
    // False when `value` is not of the field's type (the rule is then left as it was).
    bool (*read)(model::AvoidanceRule& rule, const nlohmann::json& value);
    // As the audit trail shows it: 是/否, Chinese names, plain numbers.
    std::string (*shown)(const model::AvoidanceRule& rule);
};

// Every field except the code, in AvoidanceRule's order.
std::span<const AvoidanceRuleField> avoidance_rule_fields();

// [{"code": "own_unit", "enabled": true, "severity": "hard", ...}, ...]
std::string avoidance_rules_to_json(const model::AvoidanceRules& rules);

// The rules back. Rules or fields the text does not have take their defaults (a snapshot written before
// a rule existed), codes this program does not know are skipped, and the result is model::repaired().
// Throws DbError(query) naming `where` when the text is not JSON of that shape or a field is of the
// wrong type.
model::AvoidanceRules avoidance_rules_from_json(const std::string& text, const std::string& where);

}  // namespace xuncha::db::internal
