#include "db/internal/avoidance_rules_json.h"

#include "db/db_error.h"

#include <array>
#include <optional>

namespace xuncha::db::internal {

namespace {

using nlohmann::json;

bool read_flag(bool& out, const json& value)
{
    if (!value.is_boolean()) return false;
    out = value.get<bool>();
    return true;
}

bool read_int(int& out, const json& value)
{
    if (!value.is_number_integer()) return false;
    const auto n = value.get<long long>();
    if (n < -1'000'000 || n > 1'000'000) return false;
    out = static_cast<int>(n);
    return true;
}

std::string yes_no(bool value) { return value ? "是" : "否"; }

json kinship_codes(const model::AvoidanceRule& rule)
{
    json codes = json::array();
    for (const auto kinship : rule.kinship_classes) codes.push_back(std::string(model::code_of(kinship)));
    return codes;
}

bool read_kinship_codes(model::AvoidanceRule& rule, const json& value)
{
    if (!value.is_array()) return false;
    std::vector<model::KinshipClass> classes;
    for (const auto& code : value) {
        if (!code.is_string()) return false;
        const auto kinship = model::from_code<model::KinshipClass>(code.get<std::string>());
        if (!kinship) return false;
        classes.push_back(*kinship);
    }
    rule.kinship_classes = std::move(classes);
    return true;
}

std::string kinship_names(const model::AvoidanceRule& rule)
{
    std::string text;
    for (const auto kinship : rule.kinship_classes) {
        if (!text.empty()) text += "、";
        text += model::zh_name(kinship);
    }
    return text;
}

constexpr std::array fields{
    AvoidanceRuleField{
        "enabled",
        [](const model::AvoidanceRule& r) { return json(r.enabled); },
        [](model::AvoidanceRule& r, const json& v) { return read_flag(r.enabled, v); },
        [](const model::AvoidanceRule& r) { return yes_no(r.enabled); },
    },
    AvoidanceRuleField{
        "severity",
        [](const model::AvoidanceRule& r) { return json(std::string(model::code_of(r.severity))); },
        [](model::AvoidanceRule& r, const json& v) {
            if (!v.is_string()) return false;
            const auto severity = model::from_code<model::Severity>(v.get<std::string>());
            if (!severity) return false;
            r.severity = *severity;
            return true;
        },
        [](const model::AvoidanceRule& r) { return std::string(model::zh_name(r.severity)); },
    },
    AvoidanceRuleField{
        "look_back_years",
        [](const model::AvoidanceRule& r) { return json(r.look_back_years); },
        [](model::AvoidanceRule& r, const json& v) { return read_int(r.look_back_years, v); },
        [](const model::AvoidanceRule& r) { return std::to_string(r.look_back_years); },
    },
    AvoidanceRuleField{
        "total_years",
        [](const model::AvoidanceRule& r) { return json(r.total_years); },
        [](model::AvoidanceRule& r, const json& v) { return read_int(r.total_years, v); },
        [](const model::AvoidanceRule& r) { return std::to_string(r.total_years); },
    },
    AvoidanceRuleField{"kinship_classes", kinship_codes, read_kinship_codes, kinship_names},
    AvoidanceRuleField{
        "principal_only",
        [](const model::AvoidanceRule& r) { return json(r.principal_only); },
        [](model::AvoidanceRule& r, const json& v) { return read_flag(r.principal_only, v); },
        [](const model::AvoidanceRule& r) { return yes_no(r.principal_only); },
    },
    AvoidanceRuleField{
        "leaders_only",
        [](const model::AvoidanceRule& r) { return json(r.leaders_only); },
        [](model::AvoidanceRule& r, const json& v) { return read_flag(r.leaders_only, v); },
        [](const model::AvoidanceRule& r) { return yes_no(r.leaders_only); },
    },
    AvoidanceRuleField{
        "source",
        [](const model::AvoidanceRule& r) { return json(r.source); },
        [](model::AvoidanceRule& r, const json& v) {
            if (!v.is_string()) return false;
            r.source = v.get<std::string>();
            return true;
        },
        [](const model::AvoidanceRule& r) { return r.source; },
    },
};

DbError unreadable(const std::string& where, const std::string& what)
{
    return DbError(DbError::Category::query,
                   "The avoidance rules stored with " + where + " cannot be read: " + what + ".");
}

}  // namespace

std::span<const AvoidanceRuleField> avoidance_rule_fields() { return fields; }

std::string avoidance_rules_to_json(const model::AvoidanceRules& rules)
{
    json list = json::array();
    for (const auto& rule : rules.rules) {
        json object = json::object();
        object["code"] = std::string(model::code_of(rule.code));
        for (const auto& field : fields) object[field.key] = field.stored(rule);
        list.push_back(std::move(object));
    }
    return list.dump();
}

model::AvoidanceRules avoidance_rules_from_json(const std::string& text, const std::string& where)
{
    json list;
    try {
        list = json::parse(text);
    }
    catch (const json::exception&) {
        throw unreadable(where, "the text is not JSON");
    }
    if (!list.is_array()) throw unreadable(where, "the text is not a list of rules");
    auto rules = model::default_avoidance_rules();
    for (const auto& object : list) {
        if (!object.is_object() || !object.contains("code") || !object["code"].is_string())
            throw unreadable(where, "a rule has no code");
        const auto code = model::from_code<model::AvoidanceRuleCode>(object["code"].get<std::string>());
        if (!code) continue;  // a rule of a newer program
        auto& rule = rules.rule(*code);
        for (const auto& field : fields) {
            const auto it = object.find(field.key);
            if (it == object.end()) continue;
            if (!field.read(rule, *it))
                throw unreadable(where, "the rule “" + std::string(model::code_of(*code)) + "” has a " + field.key +
                                            " this program cannot read");
        }
    }
    return model::repaired(rules);
}

}  // namespace xuncha::db::internal
