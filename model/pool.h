#pragma once
// Personnel pools (组长库, 人才库, 专家库, user-defined) and a person's membership in one.

#include "model/date.h"
#include "model/ids.h"
#include "model/vocabulary.h"

#include <optional>
#include <string>
#include <vector>

namespace xuncha::model {

enum class PoolKind {
    leader,             // 巡察组组长库
    talent,             // 巡察人才库
    expert,             // 专家库
    special_inspector,  // 特约巡察员库
    village,            // 巡村人才库
    custom,             // defined by the office
};

template <>
std::span<const Term<PoolKind>> terms<PoolKind>();

struct Pool {
    PoolId id;
    std::string name;
    PoolKind kind = PoolKind::custom;
    std::string description;
    int sort_order = 0;

    bool operator==(const Pool&) const = default;
};

// The three pools every office has, created with a new database: 组长库, 人才库, 专家库.
std::vector<Pool> default_pools();

// Lifecycle of a membership: 推荐/自荐 → 资格审查 → 考察/政审 → 审定 → 在库 → 暂停 → 出库.
enum class MembershipStatus {
    recommended,           // 推荐/自荐
    qualification_review,  // 资格审查
    vetting,               // 考察/政审
    approved,              // 审定
    active,                // 在库
    suspended,             // 暂停
    exited,                // 出库
};

template <>
std::span<const Term<MembershipStatus>> terms<MembershipStatus>();

// Reasons for 出库 seen in local rules; the field is free text, these are the suggestions.
std::vector<std::string_view> standard_exit_reasons();

// One decision in a membership's life: who moved it from one status to the next, when, under which
// document. Steps are only appended (see lifecycle.h).
struct MembershipStep {
    MembershipStepId id;
    std::optional<MembershipStatus> from;  // empty for the first step (the recommendation)
    MembershipStatus to = MembershipStatus::recommended;
    std::optional<Date> date;
    std::string decided_by;       // 决定人/决定机关
    std::string document_number;  // 文号
    std::string remark;
    std::string override_reason;  // why an entry rule was set aside (see settings.h); empty when none was

    bool operator==(const MembershipStep&) const = default;
};

// 入库方式.
enum class EntryMethod {
    unspecified,
    recommended,   // 组织推荐
    self,          // 个人自荐
    assigned,      // 组织选派
};

template <>
std::span<const Term<EntryMethod>> terms<EntryMethod>();

struct PoolMembership {
    MembershipId id;
    PoolId pool_id;
    MembershipStatus status = MembershipStatus::active;
    EntryMethod entry_method = EntryMethod::unspecified;
    std::optional<Date> entry_date;   // when the person entered the pool (在库)
    std::optional<Date> exit_date;
    std::string exit_reason;
    std::string remark;
    std::optional<Date> reviewed_on;  // last annual review that kept the person as is
    std::vector<MembershipStep> steps;  // oldest first

    bool operator==(const PoolMembership&) const = default;
};

}  // namespace xuncha::model
