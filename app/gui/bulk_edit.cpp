#include "app/gui/bulk_edit.h"

#include "app/gui/messages.h"
#include "app/gui/wx_text.h"
#include "db/person_repository.h"

#include <wx/intl.h>

#include <algorithm>

namespace xuncha::app {

using model::MembershipStatus;
using model::Person;

namespace {

SkippedPerson skipped(const Person& person, SkippedPerson::Reason reason, std::optional<model::PoolId> pool = {})
{
    SkippedPerson s;
    s.id = person.id;
    s.name = person.name;
    s.pool = pool;
    s.reason = reason;
    return s;
}

void add_missing(BulkPlan& plan, std::span<const model::PersonId> missing)
{
    for (const auto id : missing) {
        SkippedPerson s;
        s.id = id;
        s.reason = SkippedPerson::Reason::not_found;
        plan.skipped.push_back(std::move(s));
    }
}

// A changed record that would not validate is left out rather than saved half right.
void keep_if_valid(BulkPlan& plan, Person person, const model::Date& today)
{
    auto problems = model::validate(person, today);
    if (problems.empty()) {
        plan.changed.push_back(std::move(person));
        return;
    }
    auto s = skipped(person, SkippedPerson::Reason::invalid);
    s.problems = std::move(problems);
    plan.skipped.push_back(std::move(s));
}

model::PoolMembership* membership_in(Person& person, model::PoolId pool)
{
    const auto it = std::find_if(person.memberships.begin(), person.memberships.end(),
                                 [&](const auto& m) { return m.pool_id == pool; });
    return it == person.memberships.end() ? nullptr : &*it;
}

const model::Pool* find_pool(std::span<const model::Pool> pools, model::PoolId id)
{
    const auto it = std::find_if(pools.begin(), pools.end(), [&](const auto& p) { return p.id == id; });
    return it == pools.end() ? nullptr : &*it;
}

}  // namespace

BulkPlan plan_add_to_pool(std::span<const Person> people, std::span<const model::PersonId> missing,
                          const model::Pool& pool, const AddToPoolRequest& request, const model::PoolEntryRules& rules,
                          const model::Date& today)
{
    BulkPlan plan;
    add_missing(plan, missing);
    const bool checks_rules =
        request.status == MembershipStatus::approved || request.status == MembershipStatus::active;
    for (const auto& original : people) {
        Person person = original;
        if (const auto* existing = membership_in(person, pool.id)) {
            auto s = skipped(person, SkippedPerson::Reason::already_in_pool, pool.id);
            s.status = existing->status;
            plan.skipped.push_back(std::move(s));
            continue;
        }
        model::MembershipStep step;
        step.to = request.status;
        step.date = request.date;
        step.decided_by = request.decided_by;
        step.document_number = request.document_number;
        step.remark = request.remark;
        if (checks_rules) {
            auto breaches = model::entry_rule_breaches(person, pool, rules, request.date);
            if (!breaches.empty() && request.override_reason.empty()) {
                auto s = skipped(person, SkippedPerson::Reason::breaks_entry_rules, pool.id);
                s.breaches = std::move(breaches);
                plan.skipped.push_back(std::move(s));
                continue;
            }
            // The override is recorded only where a rule was actually set aside.
            if (!breaches.empty()) step.override_reason = request.override_reason;
        }
        model::PoolMembership membership;
        membership.pool_id = pool.id;
        membership.status = request.status;
        membership.entry_method = request.entry_method;
        if (request.status == MembershipStatus::active) membership.entry_date = request.date;
        membership.steps.push_back(std::move(step));
        person.memberships.push_back(std::move(membership));
        ++plan.memberships_changed;
        keep_if_valid(plan, std::move(person), today);
    }
    return plan;
}

BulkPlan plan_transition(std::span<const Person> people, std::span<const model::PersonId> missing,
                         std::span<const MembershipTarget> targets, std::span<const model::Pool> pools,
                         const model::MembershipStep& step, const std::string& exit_reason,
                         const model::PoolEntryRules& rules, const model::Date& today)
{
    BulkPlan plan;
    add_missing(plan, missing);
    for (const auto& original : people) {
        Person person = original;
        bool changed = false;
        std::size_t memberships = 0;
        for (const auto& target : targets) {
            if (target.person != person.id) continue;
            model::PoolMembership* membership = membership_in(person, target.pool);
            const model::Pool* pool = find_pool(pools, target.pool);
            if (!membership || !pool) {
                plan.skipped.push_back(skipped(person, SkippedPerson::Reason::not_in_pool, target.pool));
                continue;
            }
            auto result = model::apply_transition(*membership, step, exit_reason, person, *pool, rules, today);
            if (!result.ok()) {
                auto s = skipped(person, SkippedPerson::Reason::refused, target.pool);
                s.status = membership->status;
                s.refusals = std::move(result.refusals);
                s.breaches = std::move(result.breaches);
                plan.skipped.push_back(std::move(s));
                continue;
            }
            *membership = std::move(result.membership);
            changed = true;
            ++memberships;
        }
        if (!changed) continue;
        const std::size_t before = plan.changed.size();
        keep_if_valid(plan, std::move(person), today);
        if (plan.changed.size() > before) plan.memberships_changed += memberships;
    }
    return plan;
}

BulkPlan plan_mark_reviewed(std::span<const Person> people, std::span<const model::PersonId> missing,
                            std::span<const MembershipTarget> targets, const model::Date& today)
{
    BulkPlan plan;
    add_missing(plan, missing);
    for (const auto& original : people) {
        Person person = original;
        bool changed = false;
        std::size_t memberships = 0;
        for (const auto& target : targets) {
            if (target.person != person.id) continue;
            model::PoolMembership* membership = membership_in(person, target.pool);
            if (!membership) {
                plan.skipped.push_back(skipped(person, SkippedPerson::Reason::not_in_pool, target.pool));
                continue;
            }
            ++memberships;
            if (membership->reviewed_on == today) continue;
            membership->reviewed_on = today;
            changed = true;
        }
        if (!changed) continue;
        const std::size_t before = plan.changed.size();
        keep_if_valid(plan, std::move(person), today);
        if (plan.changed.size() > before) plan.memberships_changed += memberships;
    }
    return plan;
}

BulkPlan plan_record_training(std::span<const Person> people, std::span<const model::PersonId> missing,
                              model::TrainingId training, model::Attendance attendance, const std::string& remark,
                              const model::Date& today)
{
    BulkPlan plan;
    add_missing(plan, missing);
    for (const auto& original : people) {
        const bool attended = std::any_of(original.trainings.begin(), original.trainings.end(),
                                          [&](const auto& t) { return t.training_id == training; });
        if (attended) {
            plan.skipped.push_back(skipped(original, SkippedPerson::Reason::already_attended));
            continue;
        }
        Person person = original;
        model::TrainingAttendance record;
        record.training_id = training;
        record.attendance = attendance;
        record.remark = remark;
        person.trainings.push_back(std::move(record));
        keep_if_valid(plan, std::move(person), today);
    }
    return plan;
}

void save_people(db::Database& database, std::vector<Person>& people)
{
    // The repository assigns ids to new sub-records as it goes; after a rollback those ids would point
    // at nothing, so the caller's values change only once everything is committed.
    std::vector<Person> saving = people;
    db::Transaction tx(database);
    db::PersonRepository repository(database);
    for (auto& person : saving) repository.update(tx, person);
    tx.commit();
    people = std::move(saving);
}

std::vector<Person> load_people(db::Database& database, std::span<const model::PersonId> ids,
                                std::vector<model::PersonId>& missing)
{
    std::vector<Person> people;
    people.reserve(ids.size());
    db::PersonRepository repository(database);
    for (const auto id : ids) {
        if (auto person = repository.find(id)) people.push_back(std::move(*person));
        else missing.push_back(id);
    }
    return people;
}

wxString skipped_reason_text(const SkippedPerson& s, std::span<const model::Pool> pools)
{
    const auto join = [](const auto& values) {
        wxString text;
        for (const auto& value : values) {
            if (!text.empty()) text += wxString::FromUTF8("；");
            text += term_label(value);
        }
        return text;
    };
    switch (s.reason) {
    case SkippedPerson::Reason::not_found:
        return _("no longer in the database");
    case SkippedPerson::Reason::already_in_pool:
        return s.status ? wxString::Format(_("already in this pool (%s)"), term_label(*s.status))
                        : _("already in this pool");
    case SkippedPerson::Reason::not_in_pool: {
        const model::Pool* pool = s.pool ? find_pool(pools, *s.pool) : nullptr;
        return pool ? wxString::Format(_("not in %s"), to_wx(pool->name)) : _("not in this pool");
    }
    case SkippedPerson::Reason::refused: {
        wxString text = s.status ? wxString::Format(_("status %s: %s"), term_label(*s.status), join(s.refusals))
                                 : join(s.refusals);
        if (!s.breaches.empty()) text += wxString::FromUTF8("；") + join(s.breaches);
        return text;
    }
    case SkippedPerson::Reason::breaks_entry_rules:
        return wxString::Format(_("does not meet the entry rules (%s); give an override reason to add anyway"),
                                join(s.breaches));
    case SkippedPerson::Reason::already_attended:
        return _("the training is already on the record");
    case SkippedPerson::Reason::invalid: {
        wxString text = _("the record has problems; correct them in the person editor first:");
        for (const auto& problem : s.problems)
            text += wxS(" ") + field_label(problem.field) + wxString::FromUTF8("：") + problem_message(problem);
        return text;
    }
    }
    return {};
}

wxString skipped_list_text(std::span<const SkippedPerson> skipped, std::span<const model::Pool> pools,
                           std::size_t max_lines)
{
    wxString text;
    for (std::size_t i = 0; i < skipped.size() && i < max_lines; ++i) {
        const auto& s = skipped[i];
        wxString who = s.name.empty() ? wxString::Format(_("Person %lld"), s.id.value()) : to_wx(s.name);
        if (s.pool && s.reason != SkippedPerson::Reason::already_in_pool &&
            s.reason != SkippedPerson::Reason::not_in_pool && s.reason != SkippedPerson::Reason::breaks_entry_rules) {
            if (const auto* pool = find_pool(pools, *s.pool))
                who += wxString::FromUTF8("（") + to_wx(pool->name) + wxString::FromUTF8("）");
        }
        text += who + wxString::FromUTF8("：") + skipped_reason_text(s, pools) + wxS("\n");
    }
    if (skipped.size() > max_lines)
        text += wxString::Format(_("... and %zu more."), skipped.size() - max_lines) + wxS("\n");
    return text;
}

}  // namespace xuncha::app
