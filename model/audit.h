#pragma once
// The audit trail: every write records who changed what, with old and new values.

#include "model/avoidance_case.h"
#include "model/person.h"
#include "model/round.h"
#include "model/pool.h"
#include "model/specialty.h"
#include "model/unit.h"
#include "model/vocabulary.h"

#include <functional>
#include <string>
#include <vector>

namespace xuncha::model {

enum class AuditAction { create, update, remove };

template <>
std::span<const Term<AuditAction>> terms<AuditAction>();

struct FieldChange {
    std::string field;      // a stable code: "name", "post", "work_history.12.end", "membership.3.status"
    std::string old_value;  // human-readable; "" for none
    std::string new_value;

    bool operator==(const FieldChange&) const = default;
};

struct AuditEntry {
    long long id = 0;
    std::string at;             // UTC, ISO 8601 "2026-11-28T17:30:05Z"
    std::string operator_name;  // the OS user for now
    std::string entity;         // "person", "unit", "specialty", "pool"
    long long entity_id = 0;
    std::string entity_label;   // the record's name when written, so the trail reads without lookups
    AuditAction action = AuditAction::update;
    std::vector<FieldChange> changes;

    bool operator==(const AuditEntry&) const = default;
};

// Turns referenced ids into names so that the trail stays readable after a unit is renamed.
struct AuditNames {
    std::function<std::string(UnitId)> unit;
    std::function<std::string(PoolId)> pool;
    std::function<std::string(SpecialtyId)> specialty;
    std::function<std::string(TrainingId)> training;
    std::function<std::string(PersonId)> person;  // group members, replacements; empty: "#id"
    std::function<std::string(RoundId)> round;    // a case's round, by its title; empty: "#id"
};

// Field changes from `before` to `after`. Values are what a user reads: Chinese vocabulary names,
// ISO dates, 是/否, names of units, pools and specialties. The ID number appears only masked.
// Sub-records are matched by id; added and removed ones appear as one change each, the record summarised
// ("work_history.12": "" → "2019-03-01 至今 城关镇 党委书记"); edited ones field by field.
// A record whose id is 0 stands for "no record": diff(Person{}, p) lists every non-empty field of a new
// person p (its id assigned), diff(p, Person{}) every field of a removed one.
std::vector<FieldChange> diff(const Person& before, const Person& after, const AuditNames& names);
std::vector<FieldChange> diff(const Unit& before, const Unit& after, const AuditNames& names);
// Rounds: groups matched by id, each group's units and members summarised by name ("group.4.members":
// "张三（组长）、李四（成员）"). Unit leaders are matched by id, flags compared as a list.
std::vector<FieldChange> diff(const Round& before, const Round& after, const AuditNames& names);
std::vector<FieldChange> diff(const AvoidanceCase& before, const AvoidanceCase& after, const AuditNames& names);
std::vector<FieldChange> diff(const Specialty& before, const Specialty& after);
std::vector<FieldChange> diff(const Pool& before, const Pool& after);

}  // namespace xuncha::model
