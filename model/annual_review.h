#pragma once
// 年度动态调整: the yearly look at every pool member, listing who needs attention and why.

#include "model/date.h"
#include "model/person.h"
#include "model/pool.h"
#include "model/settings.h"
#include "model/unit.h"

#include <span>
#include <string>
#include <vector>

namespace xuncha::model {

enum class ReviewReason {
    rank_below_entry_rule,     // rank now below the pool's entry rule
    age_above_limit,           // older than the review's or the pool's age limit
    stale_record,              // not updated for stale_months
    no_integrity_opinion,      // no 廉政意见 dated in the review's year
    integrity_concern,         // this year's 廉政意见 raises a problem
    declined_often,            // declined declined_threshold or more secondments
    incompetent_evaluation,    // a 不称职 annual assessment or secondment evaluation in the last year
    outside_jurisdiction,      // works in a unit outside the office's jurisdiction
};

template <>
std::span<const Term<ReviewReason>> terms<ReviewReason>();

struct ReviewFinding {
    PersonId person_id;
    MembershipId membership_id;
    PoolId pool_id;
    ReviewReason reason;
    std::string detail;  // the evidence, in Chinese: "2025年度考核：不称职", "近3年拒绝抽调3次"

    bool operator==(const ReviewFinding&) const = default;
};

// When a person's record was last changed (from the audit trail); people missing here count as never.
struct LastUpdate {
    PersonId person_id;
    Date date;
};

// Every finding for members in 在库 or 暂停 status, as of `today`, in person then pool order. Members
// whose membership was marked reviewed (reviewed_on) in today's year are left out.
std::vector<ReviewFinding> annual_review(std::span<const Person> people, std::span<const Pool> pools,
                                         std::span<const Unit> units, std::span<const LastUpdate> last_updates,
                                         const OfficeSettings& settings, const Date& today);

}  // namespace xuncha::model
