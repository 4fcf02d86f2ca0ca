#include "model/validation.h"

#include "model/id_number.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace xuncha::model {
namespace {

class Checker {
public:
    explicit Checker(const Date& today) : m_today(today) {}

    void add(Field field, ProblemCode code, int index = -1) { m_problems.push_back({field, code, index}); }

    void text(const std::string& value, Field field, std::size_t limit, bool required = false, int index = -1)
    {
        if (required && value.empty())
            add(field, ProblemCode::required, index);
        else if (utf8_length(value) > limit)
            add(field, ProblemCode::too_long, index);
    }

    // A date that must not lie in the future or before 1900; returns false when it reported a problem.
    bool date(const std::optional<Date>& value, Field field, int index = -1)
    {
        if (!value) return true;
        if (*value > m_today) {
            add(field, ProblemCode::in_future, index);
            return false;
        }
        if (value->year() < 1900) {
            add(field, ProblemCode::implausible_date, index);
            return false;
        }
        return true;
    }

    // A date in a person's life: not before birth, and (when min_age > 0) not before that age.
    void life_date(const std::optional<Date>& value, const std::optional<Date>& birth, Field field, int min_age,
                   int index = -1)
    {
        if (!date(value, field, index) || !value || !birth) return;
        if (*value < *birth)
            add(field, ProblemCode::before_birth, index);
        else if (min_age > 0 && age_on(*birth, *value) < min_age)
            add(field, ProblemCode::too_young, index);
    }

    void period(const std::optional<Date>& start, const std::optional<Date>& end, Field end_field, int index)
    {
        if (start && end && *end < *start) add(end_field, ProblemCode::end_before_start, index);
    }

    const Date& today() const { return m_today; }
    std::vector<Problem> take() { return std::move(m_problems); }

private:
    Date m_today;
    std::vector<Problem> m_problems;
};

bool valid_mobile(const std::string& mobile)
{
    if (mobile.size() != 11 || mobile[0] != '1' || mobile[1] < '3' || mobile[1] > '9') return false;
    return std::all_of(mobile.begin(), mobile.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void check_id_number_field(const Person& person, Checker& check)
{
    if (person.id_number.empty()) return;
    const auto info = check_id_number(person.id_number);
    switch (info.error) {
    case IdNumberError::bad_format: check.add(Field::id_number, ProblemCode::id_bad_format); return;
    case IdNumberError::bad_birth_date: check.add(Field::id_number, ProblemCode::id_bad_birth_date); return;
    case IdNumberError::bad_checksum: check.add(Field::id_number, ProblemCode::id_bad_checksum); return;
    case IdNumberError::none: break;
    }
    if (person.birth_date && info.birth_date != person.birth_date)
        check.add(Field::id_number, ProblemCode::id_birth_mismatch);
    if ((person.gender == Gender::male && !info.male) || (person.gender == Gender::female && info.male))
        check.add(Field::id_number, ProblemCode::id_gender_mismatch);
}

void check_work_history(const Person& person, const std::optional<Date>& birth, Checker& check)
{
    for (std::size_t i = 0; i < person.work_history.size(); ++i) {
        const auto& entry = person.work_history[i];
        const int index = static_cast<int>(i);
        if (!entry.unit_id && entry.unit_name.empty())
            check.add(Field::work_history_unit, ProblemCode::required, index);
        else
            check.text(entry.unit_name, Field::work_history_unit, max_text_length, false, index);
        check.text(entry.post, Field::work_history_post, max_text_length, true, index);
        if (!entry.start)
            check.add(Field::work_history_start, ProblemCode::required, index);
        else
            check.life_date(entry.start, birth, Field::work_history_start, 16, index);
        check.date(entry.end, Field::work_history_end, index);
        check.period(entry.start, entry.end, Field::work_history_end, index);
    }
}

void check_relatives(const Person& person, Checker& check)
{
    for (std::size_t i = 0; i < person.relatives.size(); ++i) {
        const auto& relative = person.relatives[i];
        const int index = static_cast<int>(i);
        check.text(relative.title, Field::relative_title, max_name_length, true, index);
        check.text(relative.name, Field::relative_name, max_name_length, true, index);
        check.date(relative.birth_date, Field::relative_birth_date, index);
        check.text(relative.employer_name, Field::relative_employer, max_text_length, false, index);
    }
}

void check_memberships(const Person& person, const std::optional<Date>& birth, Checker& check)
{
    std::set<PoolId> seen;
    for (std::size_t i = 0; i < person.memberships.size(); ++i) {
        const auto& membership = person.memberships[i];
        const int index = static_cast<int>(i);
        if (!membership.pool_id.is_saved())
            check.add(Field::membership_pool, ProblemCode::required, index);
        else if (!seen.insert(membership.pool_id).second)
            check.add(Field::membership_pool, ProblemCode::duplicate, index);
        check.life_date(membership.entry_date, birth, Field::membership_entry_date, 0, index);
        check.date(membership.exit_date, Field::membership_exit_date, index);
        check.period(membership.entry_date, membership.exit_date, Field::membership_exit_date, index);
        check.text(membership.exit_reason, Field::membership_exit_reason, max_text_length, false, index);
        if (membership.status == MembershipStatus::exited) {
            if (!membership.exit_date) check.add(Field::membership_exit_date, ProblemCode::exit_without_date, index);
            if (membership.exit_reason.empty())
                check.add(Field::membership_exit_reason, ProblemCode::exit_without_reason, index);
        }
    }
}

}  // namespace

std::size_t utf8_length(std::string_view text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::vector<Problem> validate(const Person& person, const Date& today)
{
    Checker check(today);
    check.text(person.name, Field::name, max_name_length, true);
    if (person.gender == Gender::unspecified) check.add(Field::gender, ProblemCode::required);
    check.text(person.ethnicity, Field::ethnicity, max_name_length);

    // Other dates are judged against the birth date only when it is itself believable.
    std::optional<Date> birth;
    if (!person.birth_date) {
        check.add(Field::birth_date, ProblemCode::required);
    } else if (check.date(person.birth_date, Field::birth_date)) {
        if (age_on(*person.birth_date, today) > 120)
            check.add(Field::birth_date, ProblemCode::implausible_date);
        else
            birth = person.birth_date;
    }
    check.text(person.native_place, Field::native_place, max_text_length);
    check.text(person.birth_place, Field::birth_place, max_text_length);
    check.life_date(person.party_join_date, birth, Field::party_join_date, 18);
    check.life_date(person.work_start_date, birth, Field::work_start_date, 16);

    const auto& full = person.fulltime_education;
    const auto& part = person.inservice_education;
    if (utf8_length(full.school) > max_text_length || utf8_length(full.major) > max_text_length)
        check.add(Field::fulltime_education, ProblemCode::too_long);
    if (utf8_length(part.school) > max_text_length || utf8_length(part.major) > max_text_length)
        check.add(Field::inservice_education, ProblemCode::too_long);

    check.text(person.professional_title, Field::professional_title, max_text_length);
    check.text(person.expertise, Field::expertise, max_long_text_length);
    check.text(person.department, Field::department, max_text_length);
    check.text(person.post, Field::post, max_text_length);
    if (!person.mobile.empty() && !valid_mobile(person.mobile)) check.add(Field::mobile, ProblemCode::mobile_bad_format);
    check_id_number_field(person, check);
    check.text(person.health, Field::health, max_text_length);
    check.text(person.remark, Field::remark, max_long_text_length);

    std::set<SpecialtyId> specialties;
    for (const auto id : person.specialties) {
        if (!specialties.insert(id).second) {
            check.add(Field::specialties, ProblemCode::duplicate);
            break;
        }
    }
    check_work_history(person, birth, check);
    check_relatives(person, check);
    check_memberships(person, birth, check);
    return check.take();
}

std::vector<Problem> validate(const Unit& unit, std::span<const Unit> all)
{
    Checker check(Date(9999, 12, 31));  // unit fields hold no dates
    check.text(unit.name, Field::unit_name, max_text_length, true);
    check.text(unit.short_name, Field::unit_short_name, max_name_length);
    check.text(unit.jurisdiction, Field::unit_jurisdiction, max_text_length);
    check.text(unit.remark, Field::unit_remark, max_long_text_length);

    // The hierarchy as it would be after saving `unit`.
    std::unordered_map<UnitId, const Unit*> by_id;
    for (const auto& other : all)
        if (!(unit.id.is_saved() && other.id == unit.id)) by_id.emplace(other.id, &other);

    for (const auto& other : all) {
        if (unit.id.is_saved() && other.id == unit.id) continue;
        if (!unit.name.empty() && other.name == unit.name && other.parent_id == unit.parent_id) {
            check.add(Field::unit_name, ProblemCode::duplicate);
            break;
        }
    }

    // Following parent and 主管部门 links from `start` must never reach `unit` again.
    const auto reaches_self = [&](UnitId start) {
        std::vector<UnitId> pending{start};
        std::set<UnitId> visited;
        while (!pending.empty()) {
            const UnitId current = pending.back();
            pending.pop_back();
            if (unit.id.is_saved() && current == unit.id) return true;
            if (!visited.insert(current).second) continue;
            const auto it = by_id.find(current);
            if (it == by_id.end()) continue;
            if (it->second->parent_id) pending.push_back(*it->second->parent_id);
            if (it->second->supervisor_id) pending.push_back(*it->second->supervisor_id);
        }
        return false;
    };
    const auto check_link = [&](const std::optional<UnitId>& link, Field field) {
        if (!link) return;
        if (unit.id.is_saved() && *link == unit.id)
            check.add(field, ProblemCode::cycle);
        else if (!by_id.contains(*link))
            check.add(field, ProblemCode::unknown_reference);
        else if (reaches_self(*link))
            check.add(field, ProblemCode::cycle);
    };
    check_link(unit.parent_id, Field::unit_parent);
    check_link(unit.supervisor_id, Field::unit_supervisor);
    return check.take();
}

std::vector<Problem> validate_catalog_name(std::string_view name, std::span<const std::string> others)
{
    std::vector<Problem> problems;
    if (name.empty())
        problems.push_back({Field::catalog_name, ProblemCode::required});
    else if (utf8_length(name) > max_name_length)
        problems.push_back({Field::catalog_name, ProblemCode::too_long});
    else if (std::find(others.begin(), others.end(), name) != others.end())
        problems.push_back({Field::catalog_name, ProblemCode::duplicate});
    return problems;
}

}  // namespace xuncha::model
