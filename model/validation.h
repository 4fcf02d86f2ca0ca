#pragma once
// Field-level validation. Problems are codes; the GUI translates them and shows each at its field.

#include "model/avoidance_case.h"
#include "model/date.h"
#include "model/person.h"
#include "model/round.h"
#include "model/training.h"
#include "model/unit.h"

#include <span>
#include <string_view>
#include <vector>

namespace xuncha::model {

enum class Field {
    // Person
    name,
    gender,
    ethnicity,
    birth_date,
    native_place,
    birth_place,
    political_status,
    party_join_date,
    work_start_date,
    fulltime_education,
    inservice_education,
    professional_title,
    expertise,
    unit,
    department,
    post,
    rank,
    mobile,
    id_number,
    health,
    remark,
    specialties,
    // Person sub-records: Problem::index says which entry.
    work_history_unit,
    work_history_post,
    work_history_start,
    work_history_end,
    relative_title,
    relative_name,
    relative_birth_date,
    relative_employer,
    membership_pool,
    membership_entry_date,
    membership_exit_date,
    membership_exit_reason,
    frontline_experience,
    photo,
    training,                 // a training attendance without its training
    commendation_title,
    commendation_date,
    commendation_awarding_body,
    assessment_year,
    integrity_opinion_date,
    integrity_opinion_issuer,
    pledge_pool,
    pledge_round,
    pledge_signed_date,
    pledge_recipient,
    pledge_scan,
    secondment_task,
    secondment_start,
    secondment_end,
    secondment_notice_date,
    declined_date,
    declined_reason,
    // A training event
    training_topic,
    training_start,
    training_end,
    training_hours,
    // Unit
    unit_name,
    unit_short_name,
    unit_parent,
    unit_supervisor,
    unit_jurisdiction,
    unit_remark,
    unit_leader_name,         // Problem::index: which leader
    unit_leader_post,
    unit_leader_start,
    unit_leader_end,
    unit_flag,                // Problem::index: which flag
    // Round and group (Problem::index: the group's position; -1 for the round itself)
    round_term,
    round_number,
    round_planned_entry,
    round_planned_withdrawal,
    round_entry_date,
    round_withdrawal_date,
    round_committee,
    round_remark,
    group_number,
    group_name,
    group_units,
    group_members,            // a person twice in the round, or two 组长 in one group
    group_authorising_body,
    group_dispatching_body,
    // Avoidance case
    case_person,
    case_unit,
    case_facts,
    case_raised_on,
    case_decided_on,
    case_decided_by,
    case_replacement,
    case_document_number,
    case_acknowledged_on,
    // Catalogue entries (specialties, pools)
    catalog_name,
};

enum class ProblemCode {
    required,             // empty but needed
    too_long,             // over the field's length limit
    in_future,            // a date after today
    implausible_date,     // before 1900, or an age over 120
    before_birth,         // a date before the birth date
    too_young,            // working before 16, joining the Party before 18
    end_before_start,     // a period ending before it starts
    id_bad_format,        // not 17 digits + digit/X
    id_bad_birth_date,    // the embedded date is not a real day
    id_bad_checksum,      // GB 11643 check character wrong
    id_birth_mismatch,    // the embedded date differs from the birth date field
    id_gender_mismatch,   // the sequence digit's sex differs from the gender field
    mobile_bad_format,    // not an 11-digit mainland mobile number (1[3-9]xxxxxxxxx)
    duplicate,            // the same entry twice (a pool, a specialty, a name among siblings)
    unknown_reference,    // refers to a unit, pool or specialty that does not exist
    cycle,                // a unit would be its own ancestor
    exit_without_date,    // 出库 without an exit date
    exit_without_reason,  // 出库 without a reason
    out_of_range,         // a number outside its sensible range (hours 0–1000, a year 1950–next year)
    overlaps,             // two secondments at the same time
    file_too_large,       // an attachment over max_attachment_size
    unsupported_file,     // an attachment of a type that is not an image or a PDF
    too_many,             // more entries than allowed (a group covering more than four units)
};

struct Problem {
    Field field;
    ProblemCode code;
    int index = -1;  // position in the sub-record list for sub-record fields, else -1

    bool operator==(const Problem&) const = default;
};

// Length limits, in characters (code points).
inline constexpr std::size_t max_name_length = 30;
inline constexpr std::size_t max_text_length = 200;
inline constexpr std::size_t max_long_text_length = 4000;

// Checks a person as of `today`. Ids of referenced units, pools and specialties are not checked here
// (the database enforces them); order and duplicates of memberships and specialties are.
std::vector<Problem> validate(const Person& person, const Date& today);

// Checks a training event.
std::vector<Problem> validate(const Training& training, const Date& today);

// Checks a unit against the others (unique name under one parent, no cycle through parent or
// 主管部门 links). `all` may contain the unit itself (same id); it is ignored in favour of `unit`.
std::vector<Problem> validate(const Unit& unit, std::span<const Unit> all);

// Checks a round and its groups: term and number 1–99, dates in order (planned and actual 撤点 not before
// 进驻), each group 1–4 distinct units, unique group numbers (1–99), each person at most once in the
// round, at most one 组长 per group, lengths of texts.
std::vector<Problem> validate(const Round& round);

// Checks an avoidance case: person set, facts required, dates not in the future, decided_by and
// decided_on required once decided, replacement not the person, lengths.
std::vector<Problem> validate(const AvoidanceCase& avoidance_case, const Date& today);

// A specialty or pool name: required, at most max_name_length, unique among `others` (the names of
// the other entries; leave out the one being edited).
std::vector<Problem> validate_catalog_name(std::string_view name, std::span<const std::string> others);

// Number of Unicode code points in UTF-8 text.
std::size_t utf8_length(std::string_view text);

}  // namespace xuncha::model
