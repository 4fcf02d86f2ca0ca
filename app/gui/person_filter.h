#pragma once
// Filtering and ordering the person list, without wx: one pass over the summaries per keystroke,
// and an order computed once per sort (Poedit's cat_sorting idiom). PersonListModel shows the result.

#include "model/person.h"
#include "model/pinyin.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace xuncha::app {

enum class PersonColumn {
    name,
    gender,
    birth_date,
    political_status,
    education,
    unit,
    post,
    rank,
    specialties,
    status,
    mobile,
    ethnicity,
    department,
    professional_title,
    reserve_cadre,
    secondment_count,
    declined_count,
    age,
};

struct PersonColumnInfo {
    PersonColumn column;
    std::string_view key;  // stable: settings keys, tests
    int default_width;
    bool shown_by_default;
};

// Every column the list can show, in the default order; a column's position here is its model column.
std::span<const PersonColumnInfo> person_columns();
const PersonColumnInfo& column_info(PersonColumn column);

// The columns shown when the user has not chosen (the default ones, in the default order).
std::vector<PersonColumn> default_person_columns();

// The stable keys of `columns`, and back: unknown keys and repeats are dropped, and a list that names
// no known column gives the defaults (so a damaged setting never leaves the list without columns).
std::vector<std::string> column_keys(const std::vector<PersonColumn>& columns);
std::vector<PersonColumn> columns_from_keys(const std::vector<std::string>& keys);

struct PersonFilter {
    std::optional<model::PoolId> pool;  // people with a membership there; nullopt: everybody
    std::optional<model::SpecialtyId> specialty;
    // With a pool: the status there. Without: any membership with this status.
    std::optional<model::MembershipStatus> status;
    std::string query;  // name, full pinyin or initials (model::NameQuery)

    bool operator==(const PersonFilter&) const = default;
};

bool passes(const model::PersonSummary& person, const PersonFilter& filter, const model::NameQuery& query);

// Keeps the entries of `order` (indices into `people`) that pass, in the same order.
std::vector<std::size_t> filter_people(std::span<const model::PersonSummary> people,
                                       std::span<const std::size_t> order, const PersonFilter& filter);

// What ordering needs beyond the summaries: the official order of units, specialties and pools.
struct PersonSortContext {
    std::unordered_map<model::UnitId, int> unit_rank;
    std::unordered_map<model::SpecialtyId, int> specialty_rank;
    std::unordered_map<model::PoolId, int> pool_rank;
    std::optional<model::PoolId> pool;  // whose status the status column shows
    model::Date today;                  // for the age column; not a date: ages are not shown
};

// All indices of `people`, ordered by `column` (names by pinyin, units in their official order,
// education and rank by level); ties keep id order. Descending reverses the comparison only.
std::vector<std::size_t> sort_people(std::span<const model::PersonSummary> people, PersonColumn column,
                                     bool ascending, const PersonSortContext& context);

// The membership in `pool`, if any.
const model::MembershipSummary* membership_in(const model::PersonSummary& person, model::PoolId pool);

}  // namespace xuncha::app
