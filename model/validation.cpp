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

void check_attachment(const std::optional<Attachment>& attachment, Field field, bool images_only, Checker& check,
                      int index = -1)
{
    if (!attachment) return;
    if (attachment->size > max_attachment_size) check.add(field, ProblemCode::file_too_large, index);
    const auto& type = attachment->media_type;
    const bool image = type.starts_with("image/");
    if (!(image || (!images_only && type == "application/pdf"))) check.add(field, ProblemCode::unsupported_file, index);
}

void check_achievements(const Person& person, const std::optional<Date>& birth, Checker& check)
{
    for (std::size_t i = 0; i < person.trainings.size(); ++i)
        if (!person.trainings[i].training_id.is_saved())
            check.add(Field::training, ProblemCode::required, static_cast<int>(i));

    for (std::size_t i = 0; i < person.commendations.size(); ++i) {
        const auto& c = person.commendations[i];
        const int index = static_cast<int>(i);
        check.text(c.title, Field::commendation_title, max_text_length, true, index);
        check.text(c.awarding_body, Field::commendation_awarding_body, max_text_length, false, index);
        check.life_date(c.date, birth, Field::commendation_date, 0, index);
    }

    const int next_year = static_cast<int>(check.today().year()) + 1;
    std::set<int> years;
    for (std::size_t i = 0; i < person.assessments.size(); ++i) {
        const int year = person.assessments[i].year;
        const int index = static_cast<int>(i);
        if (year < 1950 || year >= next_year)
            check.add(Field::assessment_year, ProblemCode::out_of_range, index);
        else if (!years.insert(year).second)
            check.add(Field::assessment_year, ProblemCode::duplicate, index);
    }

    for (std::size_t i = 0; i < person.integrity_opinions.size(); ++i) {
        const auto& o = person.integrity_opinions[i];
        const int index = static_cast<int>(i);
        if (!o.date)
            check.add(Field::integrity_opinion_date, ProblemCode::required, index);
        else
            check.date(o.date, Field::integrity_opinion_date, index);
        check.text(o.issuer, Field::integrity_opinion_issuer, max_text_length, true, index);
    }
}

void check_pledges(const Person& person, Checker& check)
{
    for (std::size_t i = 0; i < person.pledges.size(); ++i) {
        const auto& p = person.pledges[i];
        const int index = static_cast<int>(i);
        if (p.scope == PledgeScope::pool_entry && !(p.pool_id && p.pool_id->is_saved()))
            check.add(Field::pledge_pool, ProblemCode::required, index);
        if (p.scope == PledgeScope::round) check.text(p.round_name, Field::pledge_round, max_text_length, true, index);
        if (!p.signed_date)
            check.add(Field::pledge_signed_date, ProblemCode::required, index);
        else
            check.date(p.signed_date, Field::pledge_signed_date, index);
        check.text(p.recipient, Field::pledge_recipient, max_text_length, false, index);
        check_attachment(p.scan, Field::pledge_scan, false, check, index);
    }
}

void check_secondments(const Person& person, Checker& check)
{
    for (std::size_t i = 0; i < person.secondments.size(); ++i) {
        const auto& s = person.secondments[i];
        const int index = static_cast<int>(i);
        check.text(s.task, Field::secondment_task, max_text_length, true, index);
        if (!s.start)
            check.add(Field::secondment_start, ProblemCode::required, index);
        else
            check.date(s.start, Field::secondment_start, index);
        check.period(s.start, s.end, Field::secondment_end, index);
        check.date(s.notice_date, Field::secondment_notice_date, index);
        // No overlapping secondments (domain.md §5): compared with every earlier entry; an open end runs to today.
        if (!s.start) continue;
        const Date end = s.end.value_or(check.today());
        for (std::size_t j = 0; j < i; ++j) {
            const auto& other = person.secondments[j];
            if (!other.start) continue;
            const Date other_end = other.end.value_or(check.today());
            if (*s.start <= other_end && *other.start <= end) {
                check.add(Field::secondment_start, ProblemCode::overlaps, index);
                break;
            }
        }
    }
    for (std::size_t i = 0; i < person.declined_secondments.size(); ++i) {
        const auto& d = person.declined_secondments[i];
        const int index = static_cast<int>(i);
        if (!d.date)
            check.add(Field::declined_date, ProblemCode::required, index);
        else
            check.date(d.date, Field::declined_date, index);
        check.text(d.reason, Field::declined_reason, max_text_length, true, index);
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
    check.text(person.frontline_experience, Field::frontline_experience, max_long_text_length);
    check_attachment(person.photo, Field::photo, true, check);

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
    check_achievements(person, birth, check);
    check_pledges(person, check);
    check_secondments(person, check);
    return check.take();
}

std::vector<Problem> validate(const Training& training, const Date& today)
{
    Checker check(today);
    check.text(training.topic, Field::training_topic, max_text_length, true);
    if (!training.start)
        check.add(Field::training_start, ProblemCode::required);
    else
        check.date(training.start, Field::training_start);
    check.period(training.start, training.end, Field::training_end, -1);
    if (training.hours < 0 || training.hours > 1000) check.add(Field::training_hours, ProblemCode::out_of_range);
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

    for (std::size_t i = 0; i < unit.leaders.size(); ++i) {
        const auto& leader = unit.leaders[i];
        const int index = static_cast<int>(i);
        check.text(leader.name, Field::unit_leader_name, max_name_length, true, index);
        check.text(leader.post, Field::unit_leader_post, max_text_length, true, index);
        check.date(leader.start, Field::unit_leader_start, index);
        check.date(leader.end, Field::unit_leader_end, index);
        check.period(leader.start, leader.end, Field::unit_leader_end, index);
    }
    std::set<std::string> flags;
    for (std::size_t i = 0; i < unit.profile_flags.size(); ++i) {
        const int index = static_cast<int>(i);
        check.text(unit.profile_flags[i], Field::unit_flag, max_name_length, true, index);
        if (!unit.profile_flags[i].empty() && !flags.insert(unit.profile_flags[i]).second)
            check.add(Field::unit_flag, ProblemCode::duplicate, index);
    }
    return check.take();
}

std::vector<Problem> validate(const Round& round)
{
    Checker check(Date(9999, 12, 31));  // rounds are planned ahead: dates may lie in the future
    if (round.term < 1 || round.term > 99) check.add(Field::round_term, ProblemCode::out_of_range);
    if (round.number < 1 || round.number > 99) check.add(Field::round_number, ProblemCode::out_of_range);
    check.text(round.committee, Field::round_committee, max_name_length, true);
    check.text(round.remark, Field::round_remark, max_long_text_length);
    check.date(round.planned_entry, Field::round_planned_entry);
    check.date(round.planned_withdrawal, Field::round_planned_withdrawal);
    check.date(round.entry_date, Field::round_entry_date);
    check.date(round.withdrawal_date, Field::round_withdrawal_date);
    check.period(round.planned_entry, round.planned_withdrawal, Field::round_planned_withdrawal, -1);
    check.period(round.entry_date, round.withdrawal_date, Field::round_withdrawal_date, -1);

    std::set<int> numbers;
    std::set<PersonId> people;
    for (std::size_t i = 0; i < round.groups.size(); ++i) {
        const auto& group = round.groups[i];
        const int index = static_cast<int>(i);
        if (group.number < 1 || group.number > 99)
            check.add(Field::group_number, ProblemCode::out_of_range, index);
        else if (!numbers.insert(group.number).second)
            check.add(Field::group_number, ProblemCode::duplicate, index);
        check.text(group.name, Field::group_name, max_text_length, false, index);
        check.text(group.authorising_body, Field::group_authorising_body, max_text_length, false, index);
        check.text(group.dispatching_body, Field::group_dispatching_body, max_text_length, false, index);
        const std::set<UnitId> units(group.unit_ids.begin(), group.unit_ids.end());
        if (group.unit_ids.empty())
            check.add(Field::group_units, ProblemCode::required, index);
        else if (units.size() != group.unit_ids.size())
            check.add(Field::group_units, ProblemCode::duplicate, index);
        else if (group.unit_ids.size() > static_cast<std::size_t>(max_units_per_group))
            check.add(Field::group_units, ProblemCode::too_many, index);
        int leaders = 0;
        bool twice = false;
        for (const auto& member : group.members) {
            leaders += member.role == GroupRole::leader ? 1 : 0;
            twice = !people.insert(member.person_id).second || twice;
        }
        if (twice) check.add(Field::group_members, ProblemCode::duplicate, index);
        if (leaders > 1) check.add(Field::group_members, ProblemCode::too_many, index);
    }
    return check.take();
}

std::vector<Problem> validate(const AvoidanceCase& c, const Date& today)
{
    Checker check(today);
    if (!c.person_id.is_saved()) check.add(Field::case_person, ProblemCode::required);
    check.text(c.facts, Field::case_facts, max_long_text_length, true);
    check.date(c.raised_on, Field::case_raised_on);
    check.date(c.decided_on, Field::case_decided_on);
    check.date(c.acknowledged_on, Field::case_acknowledged_on);
    check.period(c.raised_on, c.decided_on, Field::case_decided_on, -1);
    const bool decided = c.decision != CaseDecision::pending;
    check.text(c.decided_by, Field::case_decided_by, max_text_length, decided);
    if (decided && !c.decided_on) check.add(Field::case_decided_on, ProblemCode::required);
    check.text(c.document_number, Field::case_document_number, max_text_length);
    if (c.replacement_id && *c.replacement_id == c.person_id)
        check.add(Field::case_replacement, ProblemCode::duplicate);
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
