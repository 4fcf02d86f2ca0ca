#include "db/settings_repository.h"

#include "db/internal/audit_writer.h"
#include "db/internal/avoidance_rules_json.h"
#include "db/internal/database_impl.h"
#include "db/internal/dialect.h"
#include "model/audit.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace xuncha::db {

namespace {

using nlohmann::json;

// Stored values are JSON: vocabulary codes as strings, numbers, true/false, null for "none".
template <class T>
json stored_value(const T& value)
{
    if constexpr (std::is_enum_v<T>)
        return std::string(model::code_of(value));
    else if constexpr (std::is_same_v<T, std::optional<int>>)
        return value ? json(*value) : json(nullptr);
    else
        return json(value);
}

// False when the stored value is not of the setting's type (`out` is then left as it was).
template <class T>
bool read_value(const json& value, T& out)
{
    if constexpr (std::is_enum_v<T>) {
        if (!value.is_string()) return false;
        const auto code = model::from_code<T>(value.get<std::string>());
        if (!code) return false;
        out = *code;
    }
    else if constexpr (std::is_same_v<T, std::optional<int>>) {
        if (value.is_null()) out.reset();
        else if (value.is_number_integer()) out = value.get<int>();
        else return false;
    }
    else if constexpr (std::is_same_v<T, bool>) {
        if (!value.is_boolean()) return false;
        out = value.get<bool>();
    }
    else if constexpr (std::is_same_v<T, int>) {
        if (!value.is_number_integer()) return false;
        out = value.get<int>();
    }
    else {
        if (!value.is_string()) return false;
        out = value.get<std::string>();
    }
    return true;
}

// As the audit trail shows it: Chinese names, plain numbers, 是/否, "" for none.
template <class T>
std::string shown_value(const T& value)
{
    if constexpr (std::is_enum_v<T>)
        return std::string(model::zh_name(value));
    else if constexpr (std::is_same_v<T, std::optional<int>>)
        return value ? std::to_string(*value) : std::string();
    else if constexpr (std::is_same_v<T, bool>)
        return value ? "是" : "否";
    else if constexpr (std::is_same_v<T, int>)
        return std::to_string(value);
    else
        return value;
}

struct Setting {
    std::string key;
    std::function<std::string(const model::OfficeSettings&)> stored;  // JSON text
    std::function<bool(model::OfficeSettings&, const json&)> read;    // false: not of the setting's type
    std::function<std::string(const model::OfficeSettings&)> shown;
};

// `access(settings)` is the setting's member, for const and non-const settings alike.
template <class Access>
Setting setting(const char* key, Access access)
{
    using T = std::remove_cvref_t<decltype(access(std::declval<model::OfficeSettings&>()))>;
    return Setting{
        key,
        [access](const model::OfficeSettings& s) { return stored_value<T>(access(s)).dump(); },
        [access](model::OfficeSettings& s, const json& value) { return read_value<T>(value, access(s)); },
        [access](const model::OfficeSettings& s) { return shown_value<T>(access(s)); },
    };
}

// Every setting with its key: the keys are stored and appear in the audit trail, so they never change.
const std::vector<Setting>& settings_list()
{
    static const std::vector<Setting> all{
        setting("entry.leader_min_rank", [](auto& s) -> auto& { return s.entry.leader_min_rank; }),
        setting("entry.expert_min_rank", [](auto& s) -> auto& { return s.entry.expert_min_rank; }),
        setting("entry.expert_min_title", [](auto& s) -> auto& { return s.entry.expert_min_title; }),
        setting("entry.max_age", [](auto& s) -> auto& { return s.entry.max_age; }),
        setting("entry.source", [](auto& s) -> auto& { return s.entry.source; }),
        setting("review.stale_months", [](auto& s) -> auto& { return s.review.stale_months; }),
        setting("review.declined_threshold", [](auto& s) -> auto& { return s.review.declined_threshold; }),
        setting("review.declined_years", [](auto& s) -> auto& { return s.review.declined_years; }),
        setting("review.max_age", [](auto& s) -> auto& { return s.review.max_age; }),
        setting("review.require_integrity_opinion",
                [](auto& s) -> auto& { return s.review.require_integrity_opinion; }),
        setting("review.jurisdiction", [](auto& s) -> auto& { return s.review.jurisdiction; }),
        setting("review.source", [](auto& s) -> auto& { return s.review.source; }),
    };
    static const std::vector<Setting> with_avoidance = [] {
        auto list = all;
        // The avoidance rules, one setting per rule and field: "avoidance.past_employment.look_back_years".
        // Read from and written to OfficeSettings whose rules are well formed (load and save see to it).
        for (const auto& term : model::terms<model::AvoidanceRuleCode>()) {
            const auto code = term.value;
            for (const auto& field : internal::avoidance_rule_fields()) {
                const internal::AvoidanceRuleField* f = &field;
                list.push_back(Setting{
                    "avoidance." + std::string(term.code) + "." + field.key,
                    [code, f](const model::OfficeSettings& s) { return f->stored(s.avoidance.rule(code)).dump(); },
                    [code, f](model::OfficeSettings& s, const json& value) {
                        return f->read(s.avoidance.rule(code), value);
                    },
                    [code, f](const model::OfficeSettings& s) { return f->shown(s.avoidance.rule(code)); },
                });
            }
        }
        return list;
    }();
    return with_avoidance;
}

model::OfficeSettings load_settings(soci::session& session)
{
    std::map<std::string, std::string> stored;
    std::string key;
    std::string value;
    soci::statement select = (session.prepare << "SELECT key, value FROM setting", soci::into(key), soci::into(value));
    select.execute();
    while (select.fetch()) stored.emplace(key, value);

    // The table also holds other settings (of later features): only these keys are read here.
    model::OfficeSettings settings;
    for (const auto& s : settings_list()) {
        const auto it = stored.find(s.key);
        if (it == stored.end()) continue;
        json parsed;
        try {
            parsed = json::parse(it->second);
        }
        catch (const json::exception&) {
            parsed = json::object();  // not of any setting's type: refused below
        }
        if (!s.read(settings, parsed))
            throw DbError(DbError::Category::query,
                          "The stored setting “" + s.key + "” holds a value this program cannot read (" +
                              it->second + ").");
    }
    // A stored rule with parameters out of range (edited by hand, or an older program) takes its default.
    settings.avoidance = model::repaired(settings.avoidance);
    return settings;
}

}  // namespace

model::OfficeSettings SettingsRepository::load()
{
    try {
        return load_settings(internal::session_of(m_database));
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), {});
    }
}

void SettingsRepository::save(Transaction& tx, const model::OfficeSettings& settings)
{
    internal::require_transaction_of(tx, m_database);
    try {
        auto& session = internal::session_of(m_database);
        const auto current = load_settings(session);
        // Stored as every rule of this program, each with sane parameters, as load() hands them back.
        auto given = settings;
        given.avoidance = model::repaired(given.avoidance);
        std::vector<model::FieldChange> changes;
        for (const auto& s : settings_list())
            if (s.stored(current) != s.stored(given)) changes.push_back({s.key, s.shown(current), s.shown(given)});
        if (changes.empty()) return;

        internal::WriteScope scope(m_database);
        // Every key, not only the changed ones: once the office has set its rules, a later program
        // with other defaults does not change them behind its back.
        std::string key;
        std::string value;
        soci::statement upsert = (session.prepare << "INSERT INTO setting (key, value) VALUES (:key, :value) "
                                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                  soci::use(key, "key"), soci::use(value, "value"));
        for (const auto& s : settings_list()) {
            key = s.key;
            value = s.stored(given);
            upsert.execute(true);
        }
        internal::AuditWriter(m_database)
            .append("settings", 0, "规则设置", model::AuditAction::update, changes);
        scope.done();
    }
    catch (const soci::soci_error& error) {
        throw internal::to_db_error(error, m_database.backend(), "规则设置");
    }
}

}  // namespace xuncha::db
