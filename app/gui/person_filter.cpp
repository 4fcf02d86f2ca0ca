#include "app/gui/person_filter.h"

#include "model/rank.h"

#include <algorithm>
#include <array>
#include <compare>
#include <cstdint>
#include <limits>
#include <numeric>

namespace xuncha::app {

using model::PersonSummary;

std::span<const PersonColumnInfo> person_columns()
{
    // New columns go at the end: a column's position is its model column, which tests and settings rely on.
    static constexpr std::array columns{
        PersonColumnInfo{PersonColumn::name, "name", 90, true},
        PersonColumnInfo{PersonColumn::gender, "gender", 50, true},
        PersonColumnInfo{PersonColumn::birth_date, "birth_date", 80, true},
        PersonColumnInfo{PersonColumn::political_status, "political_status", 110, true},
        PersonColumnInfo{PersonColumn::education, "education", 100, true},
        PersonColumnInfo{PersonColumn::unit, "unit", 190, true},
        PersonColumnInfo{PersonColumn::post, "post", 140, true},
        PersonColumnInfo{PersonColumn::rank, "rank", 110, true},
        PersonColumnInfo{PersonColumn::specialties, "specialties", 170, true},
        PersonColumnInfo{PersonColumn::status, "status", 110, true},
        PersonColumnInfo{PersonColumn::mobile, "mobile", 110, true},
        PersonColumnInfo{PersonColumn::ethnicity, "ethnicity", 70, false},
        PersonColumnInfo{PersonColumn::department, "department", 120, false},
        PersonColumnInfo{PersonColumn::professional_title, "professional_title", 130, false},
        PersonColumnInfo{PersonColumn::reserve_cadre, "reserve_cadre", 80, false},
        PersonColumnInfo{PersonColumn::secondment_count, "secondment_count", 100, false},
        PersonColumnInfo{PersonColumn::declined_count, "declined_count", 80, false},
        PersonColumnInfo{PersonColumn::age, "age", 60, false},
    };
    return columns;
}

const PersonColumnInfo& column_info(PersonColumn column)
{
    const auto all = person_columns();
    const auto it = std::find_if(all.begin(), all.end(), [&](const auto& info) { return info.column == column; });
    return it != all.end() ? *it : all.front();
}

std::vector<PersonColumn> default_person_columns()
{
    std::vector<PersonColumn> columns;
    for (const auto& info : person_columns())
        if (info.shown_by_default) columns.push_back(info.column);
    return columns;
}

std::vector<std::string> column_keys(const std::vector<PersonColumn>& columns)
{
    std::vector<std::string> keys;
    for (const auto column : columns) keys.emplace_back(column_info(column).key);
    return keys;
}

std::vector<PersonColumn> columns_from_keys(const std::vector<std::string>& keys)
{
    std::vector<PersonColumn> columns;
    for (const auto& key : keys) {
        for (const auto& info : person_columns()) {
            if (info.key != key) continue;
            if (std::find(columns.begin(), columns.end(), info.column) == columns.end()) columns.push_back(info.column);
        }
    }
    return columns.empty() ? default_person_columns() : columns;
}

const model::MembershipSummary* membership_in(const PersonSummary& person, model::PoolId pool)
{
    for (const auto& m : person.memberships)
        if (m.pool_id == pool) return &m;
    return nullptr;
}

bool passes(const PersonSummary& person, const PersonFilter& filter, const model::NameQuery& query)
{
    if (filter.pool) {
        const auto* membership = membership_in(person, *filter.pool);
        if (!membership) return false;
        if (filter.status && membership->status != *filter.status) return false;
    } else if (filter.status) {
        const bool any = std::any_of(person.memberships.begin(), person.memberships.end(),
                                     [&](const auto& m) { return m.status == *filter.status; });
        if (!any) return false;
    }
    if (filter.specialty &&
        std::find(person.specialties.begin(), person.specialties.end(), *filter.specialty) == person.specialties.end())
        return false;
    return query.empty() || query.matches(person.name, person.name_pinyin, person.name_initials);
}

std::vector<std::size_t> filter_people(std::span<const PersonSummary> people, std::span<const std::size_t> order,
                                       const PersonFilter& filter)
{
    // Everybody is tested in storage order, then the survivors are taken in `order`: testing in a sorted
    // order jumps around memory and takes three times as long on 100,000 people (bench/bench_gui).
    const model::NameQuery query(filter.query);
    std::vector<char> passing(people.size());
    for (std::size_t i = 0; i < people.size(); ++i) passing[i] = passes(people[i], filter, query);
    std::vector<std::size_t> shown;
    shown.reserve(order.size());
    for (const std::size_t index : order)
        if (passing[index]) shown.push_back(index);
    return shown;
}

namespace {

template <class Id>
int rank_in(const std::unordered_map<Id, int>& ranks, const std::optional<Id>& id)
{
    if (!id) return std::numeric_limits<int>::max();
    const auto it = ranks.find(*id);
    return it == ranks.end() ? std::numeric_limits<int>::max() - 1 : it->second;
}

// A key that orders a specialty list by the catalogue: first specialty's rank, then how many.
std::pair<int, std::size_t> specialty_key(const PersonSummary& p, const PersonSortContext& context)
{
    int best = std::numeric_limits<int>::max();
    for (const auto id : p.specialties) best = std::min(best, rank_in(context.specialty_rank, std::optional(id)));
    return {best, p.specialties.size()};
}

std::pair<int, int> status_key(const PersonSummary& p, const PersonSortContext& context)
{
    if (context.pool) {
        const auto* m = membership_in(p, *context.pool);
        return {m ? static_cast<int>(m->status) : std::numeric_limits<int>::max(), 0};
    }
    int best = std::numeric_limits<int>::max();
    for (const auto& m : p.memberships) best = std::min(best, rank_in(context.pool_rank, std::optional(m.pool_id)));
    return {best, -static_cast<int>(p.memberships.size())};
}

// Negative, zero or positive like strcmp; missing values sort last in ascending order.
int compare(const PersonSummary& a, const PersonSummary& b, PersonColumn column, const PersonSortContext& context)
{
    const auto three_way = [](const auto& x, const auto& y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case PersonColumn::name:
        if (const int c = three_way(a.name_pinyin, b.name_pinyin)) return c;
        return three_way(a.name, b.name);
    case PersonColumn::gender:
        return three_way(static_cast<int>(a.gender), static_cast<int>(b.gender));
    case PersonColumn::birth_date:
        if (a.birth_date.has_value() != b.birth_date.has_value()) return a.birth_date ? -1 : 1;
        return a.birth_date ? three_way(*a.birth_date, *b.birth_date) : 0;
    case PersonColumn::political_status:
        return three_way(static_cast<int>(a.political_status), static_cast<int>(b.political_status));
    case PersonColumn::education:
        return three_way(model::education_rank(b.education), model::education_rank(a.education));  // highest first
    case PersonColumn::unit:
        if (const int c = three_way(rank_in(context.unit_rank, a.unit_id), rank_in(context.unit_rank, b.unit_id)))
            return c;
        return three_way(a.unit_name, b.unit_name);
    case PersonColumn::post:
        if (a.post.empty() != b.post.empty()) return a.post.empty() ? 1 : -1;
        return three_way(a.post, b.post);
    case PersonColumn::rank:
        if (const int c = three_way(model::rank_level(b.rank), model::rank_level(a.rank))) return c;  // highest first
        return three_way(static_cast<int>(b.rank), static_cast<int>(a.rank));
    case PersonColumn::specialties:
        return three_way(specialty_key(a, context), specialty_key(b, context));
    case PersonColumn::status:
        return three_way(status_key(a, context), status_key(b, context));
    case PersonColumn::mobile:
        if (a.mobile.empty() != b.mobile.empty()) return a.mobile.empty() ? 1 : -1;
        return three_way(a.mobile, b.mobile);
    case PersonColumn::ethnicity:
        if (a.ethnicity.empty() != b.ethnicity.empty()) return a.ethnicity.empty() ? 1 : -1;
        return three_way(a.ethnicity, b.ethnicity);
    case PersonColumn::department:
        if (a.department.empty() != b.department.empty()) return a.department.empty() ? 1 : -1;
        return three_way(a.department, b.department);
    case PersonColumn::professional_title:
        if (a.professional_title.empty() != b.professional_title.empty()) return a.professional_title.empty() ? 1 : -1;
        return three_way(a.professional_title, b.professional_title);
    case PersonColumn::reserve_cadre:
        return three_way(b.reserve_cadre, a.reserve_cadre);  // reserve cadres first
    case PersonColumn::secondment_count:
        return three_way(b.secondment_count, a.secondment_count);  // most often seconded first
    case PersonColumn::declined_count:
        return three_way(b.declined_count, a.declined_count);
    case PersonColumn::age:
        // Youngest first, like the ages read; no birth date last.
        if (a.birth_date.has_value() != b.birth_date.has_value()) return a.birth_date ? -1 : 1;
        return a.birth_date ? three_way(*b.birth_date, *a.birth_date) : 0;
    }
    return 0;
}

// Keys that order like compare() wherever two keys differ, computed once per person: sorting keys that
// sit next to each other is several times faster on 100,000 people than calling compare() on summaries
// spread over the heap (bench/bench_gui). Equal keys fall back to compare() unless both are exact.
struct SortKey {
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    auto operator<=>(const SortKey&) const = default;
};

struct PersonKey {
    SortKey first;
    SortKey second;          // looked at only when `first` is exact
    bool first_exact = true;  // equal `first` keys mean equal first parts of compare()
    bool exact = true;        // equal keys mean compare() gives 0
};

constexpr std::uint64_t last = std::numeric_limits<std::uint64_t>::max();

// Signed to unsigned, keeping the order.
std::uint64_t ordered(long long value) { return static_cast<std::uint64_t>(value) ^ (std::uint64_t{1} << 63); }

// The first 15 bytes and, for text that fits in them, its length: orders like std::string's comparison
// (bytes as unsigned) wherever two keys differ, and exactly for text of 15 bytes or fewer. UTF-8 has no
// 0xFF byte, so no text has the key of `last` (empty text sorted last).
SortKey text_key(std::string_view text, bool empty_last = false)
{
    if (text.empty() && empty_last) return {last, last};
    SortKey key;
    for (std::size_t i = 0; i < 15 && i < text.size(); ++i) {
        auto& word = i < 8 ? key.high : key.low;
        word |= std::uint64_t{static_cast<unsigned char>(text[i])} << (8 * (7 - i % 8));
    }
    // Longer text all ends in 255: keys equal up to there, the full comparison decides.
    key.low |= text.size() <= 15 ? text.size() : 255;
    return key;
}

PersonKey text_column(std::string_view text)
{
    const bool exact = text.size() <= 15;
    return {text_key(text, true), {}, exact, exact};
}

PersonKey number(long long first, long long second = 0) { return {{ordered(first), ordered(second)}, {}, true, true}; }

PersonKey date_column(const std::optional<model::Date>& date, bool newest_first)
{
    if (!date) return {{last, last}, {}, true, true};
    const auto day = static_cast<long long>(date->day_number());
    return number(newest_first ? -day : day);
}

PersonKey sort_key(const PersonSummary& p, PersonColumn column, const PersonSortContext& context)
{
    switch (column) {
    case PersonColumn::name:
        // Same reading, other characters (张伟, 章伟): then by the characters.
        return {text_key(p.name_pinyin), text_key(p.name), p.name_pinyin.size() <= 15,
                p.name_pinyin.size() <= 15 && p.name.size() <= 15};
    case PersonColumn::gender: return number(static_cast<int>(p.gender));
    case PersonColumn::birth_date: return date_column(p.birth_date, false);
    case PersonColumn::political_status: return number(static_cast<int>(p.political_status));
    case PersonColumn::education: return number(-model::education_rank(p.education));
    case PersonColumn::unit: {
        const int rank = rank_in(context.unit_rank, p.unit_id);
        // A ranked unit is one unit with one name; the others go by name.
        const bool ranked = rank < std::numeric_limits<int>::max() - 1;
        return {{ordered(rank), 0}, ranked ? SortKey{} : text_key(p.unit_name), true, ranked || p.unit_name.size() <= 15};
    }
    case PersonColumn::post: return text_column(p.post);
    case PersonColumn::rank: return number(-model::rank_level(p.rank), -static_cast<long long>(p.rank));
    case PersonColumn::specialties: {
        const auto [best, count] = specialty_key(p, context);
        return number(best, static_cast<long long>(count));
    }
    case PersonColumn::status: {
        const auto [first, second] = status_key(p, context);
        return number(first, second);
    }
    case PersonColumn::mobile: return text_column(p.mobile);
    case PersonColumn::ethnicity: return text_column(p.ethnicity);
    case PersonColumn::department: return text_column(p.department);
    case PersonColumn::professional_title: return text_column(p.professional_title);
    case PersonColumn::reserve_cadre: return number(p.reserve_cadre ? -1 : 0);
    case PersonColumn::secondment_count: return number(-p.secondment_count);
    case PersonColumn::declined_count: return number(-p.declined_count);
    case PersonColumn::age: return date_column(p.birth_date, true);
    }
    return {};
}

}  // namespace

std::vector<std::size_t> sort_people(std::span<const PersonSummary> people, PersonColumn column, bool ascending,
                                     const PersonSortContext& context)
{
    struct Keyed {
        PersonKey key;
        model::PersonId id;
        std::size_t index;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(people.size());
    for (std::size_t i = 0; i < people.size(); ++i) keyed.push_back({sort_key(people[i], column, context), people[i].id, i});
    // A total order (ids are unique), so std::sort gives the same result as a stable sort would.
    std::sort(keyed.begin(), keyed.end(), [&](const Keyed& x, const Keyed& y) {
        if (x.key.first != y.key.first) return ascending ? x.key.first < y.key.first : y.key.first < x.key.first;
        if (x.key.first_exact && y.key.first_exact && x.key.second != y.key.second)
            return ascending ? x.key.second < y.key.second : y.key.second < x.key.second;
        if (!x.key.exact || !y.key.exact) {
            const int c = compare(people[x.index], people[y.index], column, context);
            if (c != 0) return ascending ? c < 0 : c > 0;
        }
        return x.id < y.id;
    });
    std::vector<std::size_t> order;
    order.reserve(keyed.size());
    for (const auto& k : keyed) order.push_back(k.index);
    return order;
}

}  // namespace xuncha::app
