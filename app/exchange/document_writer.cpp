#include "app/exchange/document_writer.h"

#include "app/exchange/base64.h"
#include "app/exchange/json_writer.h"

#include <algorithm>
#include <future>
#include <stdexcept>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

namespace xuncha::app {
namespace {

// Room for one person's text: a few kilobytes plus the attachments in base64.
std::size_t estimated_size(const model::Person& person)
{
    std::size_t size = 2500 + 350 * (person.work_history.size() + person.relatives.size()) +
                       250 * (person.commendations.size() + person.assessments.size() + person.trainings.size() +
                              person.integrity_opinions.size() + person.pledges.size() + person.secondments.size() +
                              person.declined_secondments.size());
    for (const auto& membership : person.memberships) size += 300 + 250 * membership.steps.size();
    if (person.photo) size += static_cast<std::size_t>(person.photo->size) * 4 / 3 + 300;
    for (const auto& pledge : person.pledges)
        if (pledge.scan) size += static_cast<std::size_t>(pledge.scan->size) * 4 / 3 + 300;
    return size;
}

// Room for the whole document at once.
std::size_t estimated_size(const Dataset& dataset)
{
    std::size_t size = 64 * 1024 + dataset.units.size() * 400 + dataset.trainings.size() * 300 +
                       dataset.avoidance_cases.size() * 600;
    for (const auto& unit : dataset.units) size += unit.leaders.size() * 250 + unit.profile_flags.size() * 30;
    for (const auto& round : dataset.rounds) {
        size += 4000;
        for (const auto& group : round.groups) size += 400 + group.members.size() * 120;
    }
    for (const auto& person : dataset.people) size += estimated_size(person);
    return size;
}

// Where the people divide into two runs of about the same amount of text, each of at least one person
// (there are two or more).
std::size_t middle_by_size(const std::vector<model::Person>& people)
{
    std::size_t total = 0;
    for (const auto& person : people) total += estimated_size(person);
    std::size_t first = 0;
    std::size_t middle = 0;
    while (middle + 1 < people.size() && first < total / 2) first += estimated_size(people[middle++]);
    return std::max<std::size_t>(middle, 1);
}

[[noreturn]] void missing_reference(std::string_view what, long long id)
{
    throw std::invalid_argument("exchange: reference to " + std::string(what) + " " + std::to_string(id) +
                                " which the dataset does not contain");
}

template <class Id>
std::size_t position(const std::unordered_map<Id, std::size_t>& positions, Id id, std::string_view what)
{
    const auto it = positions.find(id);
    if (it == positions.end()) missing_reference(what, id.value());
    return it->second;
}

// What references are checked against and catalogue entries found by: built once, then only read, by
// the writers on every thread.
struct References {
    explicit References(const Dataset& dataset)
    {
        for (std::size_t i = 0; i < dataset.specialties.size(); ++i)
            specialty_positions.emplace(dataset.specialties[i].id, i);
        for (std::size_t i = 0; i < dataset.pools.size(); ++i) pool_positions.emplace(dataset.pools[i].id, i);
        for (const auto& unit : dataset.units) unit_ids.insert(unit.id);
        for (const auto& training : dataset.trainings) training_ids.insert(training.id);
        for (const auto& person : dataset.people) person_ids.insert(person.id);
        for (const auto& round : dataset.rounds) {
            round_ids.insert(round.id);
            for (const auto& group : round.groups) group_ids.insert(group.id);
        }
    }

    std::size_t specialty_position(model::SpecialtyId id) const { return position(specialty_positions, id, "specialty"); }
    std::size_t pool_position(model::PoolId id) const { return position(pool_positions, id, "pool"); }

    std::unordered_map<model::SpecialtyId, std::size_t> specialty_positions;
    std::unordered_map<model::PoolId, std::size_t> pool_positions;
    std::unordered_set<model::UnitId> unit_ids;
    std::unordered_set<model::TrainingId> training_ids;
    std::unordered_set<model::PersonId> person_ids;
    std::unordered_set<model::RoundId> round_ids;
    std::unordered_set<model::GroupId> group_ids;
};

class Writer {
public:
    Writer(const Dataset& dataset, const References& references, JsonWriter out)
        : m_dataset(dataset), m_references(references), m_out(std::move(out))
    {
    }

    // The text goes to `pieces` as soon as there is `piece_size` of it between people; document()
    // then returns what is left.
    void hand_out(const DocumentOut& pieces, std::size_t piece_size)
    {
        m_pieces = &pieces;
        m_piece_size = piece_size;
    }

    std::string document(std::size_t parallel_from)
    {
        m_out.begin_object();
        member("format", exchange_format_name);
        member("version", exchange_format_version);
        member("exported_at", m_dataset.exported_at);
        if (!m_dataset.note.empty()) member("note", m_dataset.note);
        m_out.key("settings");
        settings(m_dataset.settings.value_or(model::OfficeSettings{}));

        m_out.key("specialties");
        m_out.begin_array();
        for (const auto& specialty : m_dataset.specialties) {
            m_out.begin_object();
            member("name", specialty.name);
            member("sort_order", specialty.sort_order);
            m_out.end_object();
        }
        m_out.end_array();

        m_out.key("pools");
        m_out.begin_array();
        for (const auto& pool : m_dataset.pools) {
            m_out.begin_object();
            member("name", pool.name);
            member("kind", model::code_of(pool.kind));
            member("description", pool.description);
            member("sort_order", pool.sort_order);
            m_out.end_object();
        }
        m_out.end_array();

        m_out.key("trainings");
        m_out.begin_array();
        for (const auto& training : m_dataset.trainings) {
            m_out.begin_object();
            member("id", training.id.value());
            member("topic", training.topic);
            member("type", training.type);
            member("start", training.start);
            member("end", training.end);
            member("hours", training.hours);
            member("organiser", training.organiser);
            member("remark", training.remark);
            m_out.end_object();
        }
        m_out.end_array();

        m_out.key("units");
        m_out.begin_array();
        for (const auto& unit : m_dataset.units) this->unit(unit);
        m_out.end_array();

        m_out.key("people");
        m_out.begin_array();
        people(parallel_from);
        m_out.end_array();
        hand_out_if_full();

        m_out.key("rounds");
        m_out.begin_array();
        for (const auto& round : m_dataset.rounds) this->round(round);
        m_out.end_array();

        m_out.key("avoidance_cases");
        m_out.begin_array();
        for (const auto& avoidance_case : m_dataset.avoidance_cases) this->avoidance_case(avoidance_case);
        m_out.end_array();
        m_out.end_object();
        return m_out.take();
    }

private:
    // The people are most of the document: from `parallel_from` of them on, a second writer on another
    // thread writes the second half while this one writes the first, and its text follows this one's.
    // A bad reference is reported as one writer would: the first half's first.
    void people(std::size_t parallel_from)
    {
        const auto& people = m_dataset.people;
        std::size_t middle = people.size();
        std::future<std::string> second_half;
        if (people.size() >= std::max<std::size_t>(parallel_from, 2)) {
            middle = middle_by_size(people);
            std::size_t reserve = 0;
            for (std::size_t i = middle; i < people.size(); ++i) reserve += estimated_size(people[i]);
            try {
                second_half = std::async(std::launch::async, [this, &people, middle,
                                                              out = m_out.continuation(reserve)]() mutable {
                    Writer writer(m_dataset, m_references, std::move(out));
                    for (std::size_t i = middle; i < people.size(); ++i) writer.person(people[i]);
                    return writer.m_out.take_elements();
                });
            }
            catch (const std::system_error&) {
                middle = people.size();  // no thread to be had: this one writes them all
            }
        }
        for (std::size_t i = 0; i < middle; ++i) {
            person(people[i]);
            hand_out_if_full();
        }
        if (second_half.valid()) m_out.append_elements(second_half.get());
    }

    void hand_out_if_full()
    {
        if (!m_pieces || m_out.size() < m_piece_size) return;
        (*m_pieces)(m_out.written());
        m_out.forget_written();
    }

    template <class T>
    void member(std::string_view key, const T& value)
    {
        m_out.key(key);
        m_out.value(value);
    }
    void member(std::string_view key, const std::string& text)
    {
        m_out.key(key);
        m_out.value(std::string_view(text));
    }
    void member(std::string_view key, const std::optional<model::Date>& date)
    {
        m_out.key(key);
        if (date)
            m_out.value(*date);
        else
            m_out.null();
    }
    void member(std::string_view key, const std::optional<int>& number)
    {
        m_out.key(key);
        if (number)
            m_out.value(*number);
        else
            m_out.null();
    }
    template <class E>
    void code_member(std::string_view key, const std::optional<E>& value)
    {
        m_out.key(key);
        if (value)
            m_out.value(model::code_of(*value));
        else
            m_out.null();
    }
    void unit_member(std::string_view key, const std::optional<model::UnitId>& id)
    {
        if (id && !m_references.unit_ids.contains(*id)) missing_reference("unit", id->value());
        m_out.key(key);
        if (id)
            m_out.value(id->value());
        else
            m_out.null();
    }

    template <class Id>
    void reference_member(std::string_view key, const std::optional<Id>& id, const std::unordered_set<Id>& known,
                          std::string_view what)
    {
        if (id && !known.contains(*id)) missing_reference(what, id->value());
        m_out.key(key);
        if (id)
            m_out.value(id->value());
        else
            m_out.null();
    }
    void person_member(std::string_view key, const std::optional<model::PersonId>& id)
    {
        reference_member(key, id, m_references.person_ids, "person");
    }

    void rules(const model::AvoidanceRules& rules)
    {
        m_out.begin_array();
        for (const auto& rule : rules.rules) {
            m_out.begin_object();
            member("code", model::code_of(rule.code));
            member("enabled", rule.enabled);
            member("severity", model::code_of(rule.severity));
            member("look_back_years", rule.look_back_years);
            member("total_years", rule.total_years);
            m_out.key("kinship_classes");
            m_out.begin_array();
            for (const auto kinship : rule.kinship_classes) m_out.value(model::code_of(kinship));
            m_out.end_array();
            member("principal_only", rule.principal_only);
            member("leaders_only", rule.leaders_only);
            member("source", rule.source);
            m_out.end_object();
        }
        m_out.end_array();
    }

    void settings(const model::OfficeSettings& settings)
    {
        m_out.begin_object();
        m_out.key("entry");
        m_out.begin_object();
        member("leader_min_rank", model::code_of(settings.entry.leader_min_rank));
        member("expert_min_rank", model::code_of(settings.entry.expert_min_rank));
        member("expert_min_title", model::code_of(settings.entry.expert_min_title));
        member("max_age", settings.entry.max_age);
        member("source", settings.entry.source);
        m_out.end_object();
        m_out.key("review");
        m_out.begin_object();
        member("stale_months", settings.review.stale_months);
        member("declined_threshold", settings.review.declined_threshold);
        member("declined_years", settings.review.declined_years);
        member("max_age", settings.review.max_age);
        member("require_integrity_opinion", settings.review.require_integrity_opinion);
        member("jurisdiction", settings.review.jurisdiction);
        member("source", settings.review.source);
        m_out.end_object();
        m_out.key("avoidance");
        rules(settings.avoidance);
        m_out.end_object();
    }

    void unit(const model::Unit& unit)
    {
        m_out.begin_object();
        member("id", unit.id.value());
        member("name", unit.name);
        member("short_name", unit.short_name);
        member("type", model::code_of(unit.type));
        unit_member("parent", unit.parent_id);
        unit_member("supervisor", unit.supervisor_id);
        member("jurisdiction", unit.jurisdiction);
        member("remark", unit.remark);
        member("sort_order", unit.sort_order);
        m_out.key("leaders");
        m_out.begin_array();
        for (const auto& leader : unit.leaders) {
            m_out.begin_object();
            person_member("person", leader.person_id);
            member("name", leader.name);
            member("post", leader.post);
            member("start", leader.start);
            member("end", leader.end);
            member("principal_head", leader.principal_head);
            member("remark", leader.remark);
            m_out.end_object();
        }
        m_out.end_array();
        m_out.key("profile_flags");
        m_out.begin_array();
        for (const auto& flag : unit.profile_flags) m_out.value(flag);
        m_out.end_array();
        m_out.end_object();
    }

    void round(const model::Round& round)
    {
        m_out.begin_object();
        member("id", round.id.value());
        member("term", round.term);
        member("number", round.number);
        member("committee", round.committee);
        member("mode", model::code_of(round.mode));
        member("state", model::code_of(round.state));
        member("planned_entry", round.planned_entry);
        member("planned_withdrawal", round.planned_withdrawal);
        member("entry_date", round.entry_date);
        member("withdrawal_date", round.withdrawal_date);
        member("remark", round.remark);
        m_out.key("groups");
        m_out.begin_array();
        for (const auto& group : round.groups) {
            m_out.begin_object();
            member("id", group.id.value());
            member("number", group.number);
            member("name", group.name);
            m_out.key("units");
            m_out.begin_array();
            for (const auto id : group.unit_ids) {
                if (!m_references.unit_ids.contains(id)) missing_reference("unit", id.value());
                m_out.value(id.value());
            }
            m_out.end_array();
            member("authorising_body", group.authorising_body);
            member("dispatching_body", group.dispatching_body);
            m_out.key("members");
            m_out.begin_array();
            for (const auto& group_member : group.members) {
                m_out.begin_object();
                person_member("person", group_member.person_id);
                member("role", model::code_of(group_member.role));
                m_out.key("duties");
                m_out.begin_array();
                for (const auto duty : group_member.duties) m_out.value(model::code_of(duty));
                m_out.end_array();
                m_out.end_object();
            }
            m_out.end_array();
            member("remark", group.remark);
            m_out.end_object();
        }
        m_out.end_array();
        m_out.key("rules_snapshot");
        if (round.rules_snapshot)
            rules(*round.rules_snapshot);
        else
            m_out.null();
        member("checked_on", round.checked_on);
        m_out.end_object();
    }

    void avoidance_case(const model::AvoidanceCase& avoidance_case)
    {
        m_out.begin_object();
        reference_member("round", avoidance_case.round_id, m_references.round_ids, "round");
        reference_member("group", avoidance_case.group_id, m_references.group_ids, "group");
        person_member("person", avoidance_case.person_id);
        unit_member("unit", avoidance_case.unit_id);
        member("trigger", model::code_of(avoidance_case.trigger));
        code_member("rule", avoidance_case.rule);
        member("facts", avoidance_case.facts);
        member("raised_on", avoidance_case.raised_on);
        member("decision", model::code_of(avoidance_case.decision));
        member("decided_by", avoidance_case.decided_by);
        member("decided_on", avoidance_case.decided_on);
        person_member("replacement", avoidance_case.replacement_id);
        member("document_number", avoidance_case.document_number);
        member("acknowledged_on", avoidance_case.acknowledged_on);
        member("remark", avoidance_case.remark);
        m_out.end_object();
    }

    void education(std::string_view key, const model::Education& education)
    {
        m_out.key(key);
        m_out.begin_object();
        member("level", model::code_of(education.level));
        member("degree", model::code_of(education.degree));
        member("school", education.school);
        member("major", education.major);
        m_out.end_object();
    }

    void attachment(std::string_view key, const std::optional<model::Attachment>& attachment)
    {
        m_out.key(key);
        if (!attachment) {
            m_out.null();
            return;
        }
        if (!attachment->content)
            throw std::invalid_argument("exchange: the bytes of attachment " + attachment->file_name + " were not loaded");
        m_out.begin_object();
        member("file_name", attachment->file_name);
        member("media_type", attachment->media_type);
        member("sha256", attachment->sha256);
        member("size", attachment->size);
        member("content", base64_encode(*attachment->content));
        m_out.end_object();
    }

    void person(const model::Person& person)
    {
        m_out.begin_object();
        member("id", person.id.value());
        member("name", person.name);
        member("gender", model::code_of(person.gender));
        member("ethnicity", person.ethnicity);
        member("birth_date", person.birth_date);
        member("native_place", person.native_place);
        member("birth_place", person.birth_place);
        member("political_status", model::code_of(person.political_status));
        member("party_join_date", person.party_join_date);
        member("work_start_date", person.work_start_date);
        education("fulltime_education", person.fulltime_education);
        education("inservice_education", person.inservice_education);
        member("professional_title", person.professional_title);
        member("professional_title_level", model::code_of(person.professional_title_level));
        member("expertise", person.expertise);
        unit_member("unit", person.unit_id);
        member("department", person.department);
        member("post", person.post);
        member("rank", model::code_of(person.rank));
        member("holds_leadership_post", person.holds_leadership_post);
        member("mobile", person.mobile);
        member("id_number", person.id_number);
        member("health", person.health);
        member("remark", person.remark);
        member("reserve_cadre", person.reserve_cadre);
        member("frontline_experience", person.frontline_experience);
        attachment("photo", person.photo);

        auto specialties = person.specialties;
        std::stable_sort(specialties.begin(), specialties.end(), [&](model::SpecialtyId a, model::SpecialtyId b) {
            return specialty_position(a) < specialty_position(b);
        });
        m_out.key("specialties");
        m_out.begin_array();
        for (const auto id : specialties) m_out.value(m_dataset.specialties[specialty_position(id)].name);
        m_out.end_array();

        m_out.key("work_history");
        m_out.begin_array();
        for (const auto& entry : person.work_history) {
            m_out.begin_object();
            unit_member("unit", entry.unit_id);
            member("unit_name", entry.unit_name);
            member("department", entry.department);
            member("post", entry.post);
            member("start", entry.start);
            member("end", entry.end);
            member("leadership_member", entry.leadership_member);
            member("principal_head", entry.principal_head);
            m_out.end_object();
        }
        m_out.end_array();

        m_out.key("relatives");
        m_out.begin_array();
        for (const auto& relative : person.relatives) {
            m_out.begin_object();
            member("title", relative.title);
            member("name", relative.name);
            member("birth_date", relative.birth_date);
            code_member("political_status", relative.political_status);
            unit_member("employer_unit", relative.employer_unit_id);
            member("employer_name", relative.employer_name);
            member("post", relative.post);
            member("is_leader", relative.is_leader);
            m_out.end_object();
        }
        m_out.end_array();

        memberships(person);

        m_out.key("trainings");
        m_out.begin_array();
        for (const auto& attendance : person.trainings) {
            if (!m_references.training_ids.contains(attendance.training_id))
                throw std::invalid_argument("exchange: attendance of training " +
                                            std::to_string(attendance.training_id.value()) +
                                            " which the dataset does not contain");
            m_out.begin_object();
            member("training", attendance.training_id.value());
            member("attendance", model::code_of(attendance.attendance));
            member("remark", attendance.remark);
            m_out.end_object();
        }
        m_out.end_array();

        m_out.key("commendations");
        m_out.begin_array();
        for (const auto& commendation : person.commendations) {
            m_out.begin_object();
            member("date", commendation.date);
            member("title", commendation.title);
            member("awarding_body", commendation.awarding_body);
            member("level", model::code_of(commendation.level));
            member("document_number", commendation.document_number);
            member("remark", commendation.remark);
            m_out.end_object();
        }
        m_out.end_array();

        m_out.key("assessments");
        m_out.begin_array();
        for (const auto& assessment : person.assessments) {
            m_out.begin_object();
            member("year", assessment.year);
            member("result", model::code_of(assessment.result));
            member("remark", assessment.remark);
            m_out.end_object();
        }
        m_out.end_array();

        m_out.key("integrity_opinions");
        m_out.begin_array();
        for (const auto& opinion : person.integrity_opinions) {
            m_out.begin_object();
            member("date", opinion.date);
            member("issuer", opinion.issuer);
            member("document_number", opinion.document_number);
            member("clear", opinion.clear);
            member("content", opinion.content);
            member("remark", opinion.remark);
            m_out.end_object();
        }
        m_out.end_array();

        m_out.key("pledges");
        m_out.begin_array();
        for (const auto& pledge : person.pledges) {
            m_out.begin_object();
            member("type", model::code_of(pledge.type));
            member("scope", model::code_of(pledge.scope));
            m_out.key("pool");
            if (pledge.pool_id)
                m_out.value(m_dataset.pools[pool_position(*pledge.pool_id)].name);
            else
                m_out.null();
            member("round_name", pledge.round_name);
            member("signed_date", pledge.signed_date);
            member("recipient", pledge.recipient);
            attachment("scan", pledge.scan);
            member("remark", pledge.remark);
            m_out.end_object();
        }
        m_out.end_array();

        m_out.key("secondments");
        m_out.begin_array();
        for (const auto& secondment : person.secondments) {
            m_out.begin_object();
            member("task", secondment.task);
            member("group_name", secondment.group_name);
            member("role", secondment.role);
            member("seconding_body", secondment.seconding_body);
            member("notice_number", secondment.notice_number);
            member("notice_date", secondment.notice_date);
            member("start", secondment.start);
            member("end", secondment.end);
            code_member("evaluation", secondment.evaluation);
            member("remark", secondment.remark);
            m_out.end_object();
        }
        m_out.end_array();

        m_out.key("declined_secondments");
        m_out.begin_array();
        for (const auto& declined : person.declined_secondments) {
            m_out.begin_object();
            member("date", declined.date);
            member("task", declined.task);
            member("reason", declined.reason);
            m_out.end_object();
        }
        m_out.end_array();
        m_out.end_object();
    }

    void memberships(const model::Person& person)
    {
        std::vector<const model::PoolMembership*> memberships;
        for (const auto& membership : person.memberships) memberships.push_back(&membership);
        std::stable_sort(memberships.begin(), memberships.end(),
                         [&](const model::PoolMembership* a, const model::PoolMembership* b) {
                             return pool_position(a->pool_id) < pool_position(b->pool_id);
                         });
        m_out.key("memberships");
        m_out.begin_array();
        for (const auto* membership : memberships) {
            m_out.begin_object();
            member("pool", m_dataset.pools[pool_position(membership->pool_id)].name);
            member("status", model::code_of(membership->status));
            member("entry_method", model::code_of(membership->entry_method));
            member("entry_date", membership->entry_date);
            member("exit_date", membership->exit_date);
            member("exit_reason", membership->exit_reason);
            member("remark", membership->remark);
            member("reviewed_on", membership->reviewed_on);
            m_out.key("steps");
            m_out.begin_array();
            for (const auto& step : membership->steps) {
                m_out.begin_object();
                code_member("from", step.from);
                member("to", model::code_of(step.to));
                member("date", step.date);
                member("decided_by", step.decided_by);
                member("document_number", step.document_number);
                member("remark", step.remark);
                member("override_reason", step.override_reason);
                m_out.end_object();
            }
            m_out.end_array();
            m_out.end_object();
        }
        m_out.end_array();
    }

    std::size_t specialty_position(model::SpecialtyId id) const { return m_references.specialty_position(id); }
    std::size_t pool_position(model::PoolId id) const { return m_references.pool_position(id); }

    const Dataset& m_dataset;
    const References& m_references;
    JsonWriter m_out;
    const DocumentOut* m_pieces = nullptr;
    std::size_t m_piece_size = 0;
};

}  // namespace

std::string write_document(const Dataset& dataset)
{
    // Below a few hundred people a second thread is not worth starting.
    return write_document(dataset, 200);
}

std::string write_document(const Dataset& dataset, std::size_t parallel_from)
{
    const References references(dataset);
    return Writer(dataset, references, JsonWriter(estimated_size(dataset))).document(parallel_from);
}

void write_document(const Dataset& dataset, const DocumentOut& out)
{
    // Big enough that a file gets few write calls, small enough to start its first ones early.
    write_document(dataset, 200, std::size_t{4} << 20, out);
}

void write_document(const Dataset& dataset, std::size_t parallel_from, std::size_t piece_size, const DocumentOut& out)
{
    const References references(dataset);
    // Room for a piece and the record that fills it; the second half of the people comes as one text.
    Writer writer(dataset, references, JsonWriter(std::min(estimated_size(dataset), piece_size + (1 << 20))));
    writer.hand_out(out, piece_size);
    out(writer.document(parallel_from));
}

}  // namespace xuncha::app
