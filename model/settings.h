#pragma once
// The office's rule settings: every threshold local rules set, with its default and the document it
// comes from (domain.md §2). Stored in the database; edited in the settings dialog.

#include "model/avoidance_rules.h"
#include "model/rank.h"
#include "model/vocabulary.h"

#include <optional>
#include <string>

namespace xuncha::model {

// 专业技术职务 level, for the expert pool's entry rule.
enum class TitleLevel {
    none,
    junior,            // 初级
    intermediate,      // 中级
    associate_senior,  // 副高级
    senior,            // 正高级
};

template <>
std::span<const Term<TitleLevel>> terms<TitleLevel>();

struct PoolEntryRules {
    Rank leader_min_rank = Rank::section;            // 组长库: 科级领导 or above (county)
    Rank expert_min_rank = Rank::deputy_section;     // 专家库: 副科级 or above,
    TitleLevel expert_min_title = TitleLevel::intermediate;  // or an intermediate professional title
    std::optional<int> max_age;                      // any pool: none by default
    std::string source;  // the document these come from: "XX县巡察人才库管理办法（X巡办发〔2023〕1号）第六条"

    bool operator==(const PoolEntryRules&) const = default;
};

struct AnnualReviewRules {
    int stale_months = 12;              // a record not updated for this long is to be looked at
    int declined_threshold = 2;         // declined this many secondments or more (within declined_years)
    int declined_years = 3;
    std::optional<int> max_age;         // flag members older than this (none by default)
    bool require_integrity_opinion = true;  // flag members with no 廉政意见 dated this year
    std::string jurisdiction;           // the office's own county or city: members whose unit lies
                                        // elsewhere are flagged; empty: not checked
    std::string source;

    bool operator==(const AnnualReviewRules&) const = default;
};

struct OfficeSettings {
    PoolEntryRules entry;
    AnnualReviewRules review;
    AvoidanceRules avoidance = default_avoidance_rules();

    bool operator==(const OfficeSettings&) const = default;
};

}  // namespace xuncha::model
