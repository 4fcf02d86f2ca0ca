#pragma once
// Bulk changes to the selected people (加入库, 暂停, 出库, 标记已审核, 记录参加培训): each is planned first
// over full person records, without the database, so the user learns who is changed and who is left
// out and why; then every changed person is saved in ONE transaction (all or nothing).

#include "db/database.h"
#include "model/lifecycle.h"
#include "model/person.h"
#include "model/validation.h"

#include <wx/string.h>

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace xuncha::app {

// A person (or one of their memberships) left out of a bulk change, and why.
struct SkippedPerson {
    enum class Reason {
        not_found,           // removed from the database in the meantime
        already_in_pool,     // 加入库: already has a membership in the pool (`status`)
        not_in_pool,         // 暂停/出库/已审核: no membership in the pool
        refused,             // the lifecycle refuses the step (`refusals`)
        breaks_entry_rules,  // an entry rule is not met and no override reason was given (`breaches`)
        already_attended,    // 记录参加培训: the training is already on the record
        invalid,             // the record would not pass validation (`problems`)
    };

    model::PersonId id;
    std::string name;
    std::optional<model::PoolId> pool;
    Reason reason = Reason::invalid;
    std::optional<model::MembershipStatus> status;
    std::vector<model::TransitionRefusal> refusals;
    std::vector<model::EntryRuleBreach> breaches;
    std::vector<model::Problem> problems;
};

struct BulkPlan {
    std::vector<model::Person> changed;  // the people as they will be saved
    std::vector<SkippedPerson> skipped;
    std::size_t memberships_changed = 0;  // for transitions: a person may change in several pools
};

// 加入库: a new membership in `pool`, starting at `status` (推荐 … 在库) with one recorded decision.
struct AddToPoolRequest {
    model::PoolId pool;
    model::MembershipStatus status = model::MembershipStatus::active;
    model::EntryMethod entry_method = model::EntryMethod::unspecified;
    model::Date date;
    std::string decided_by;
    std::string document_number;
    std::string remark;
    std::string override_reason;  // lets people who break an entry rule in; recorded in their step
};

BulkPlan plan_add_to_pool(std::span<const model::Person> people, std::span<const model::PersonId> missing,
                          const model::Pool& pool, const AddToPoolRequest& request, const model::PoolEntryRules& rules,
                          const model::Date& today);

// One membership to act on: the person's membership in `pool`.
struct MembershipTarget {
    model::PersonId person;
    model::PoolId pool;

    bool operator==(const MembershipTarget&) const = default;
};

// 暂停 / 出库 (and any other lifecycle step) through model::apply_transition, for every target.
BulkPlan plan_transition(std::span<const model::Person> people, std::span<const model::PersonId> missing,
                         std::span<const MembershipTarget> targets, std::span<const model::Pool> pools,
                         const model::MembershipStep& step, const std::string& exit_reason,
                         const model::PoolEntryRules& rules, const model::Date& today);

// 标记已审核: the memberships' reviewed_on set to `today`.
BulkPlan plan_mark_reviewed(std::span<const model::Person> people, std::span<const model::PersonId> missing,
                            std::span<const MembershipTarget> targets, const model::Date& today);

// 记录参加培训: one attendance of `training` added to each person who does not have it yet.
BulkPlan plan_record_training(std::span<const model::Person> people, std::span<const model::PersonId> missing,
                              model::TrainingId training, model::Attendance attendance, const std::string& remark,
                              const model::Date& today);

// Saves every changed person in one transaction (each update audited); on any failure nothing is
// written, `people` is left as it was (no ids of rolled-back rows), and the DbError propagates.
void save_people(db::Database& database, std::vector<model::Person>& people);

// Reads full records for `ids`; ids no longer in the database go to `missing`.
std::vector<model::Person> load_people(db::Database& database, std::span<const model::PersonId> ids,
                                       std::vector<model::PersonId>& missing);

// Why someone was left out, in the UI language ("已在该库中（在库）"); `pools` names the pool.
wxString skipped_reason_text(const SkippedPerson& skipped, std::span<const model::Pool> pools);
// One line per person left out: "张三（组长库）：…".
wxString skipped_list_text(std::span<const SkippedPerson> skipped, std::span<const model::Pool> pools,
                           std::size_t max_lines = 30);

}  // namespace xuncha::app
