#pragma once
// Pledges (承诺书) a person signs: on entering a pool, and every round (rounds come with issue 4).

#include "model/attachment.h"
#include "model/date.h"
#include "model/ids.h"
#include "model/vocabulary.h"

#include <optional>
#include <string>

namespace xuncha::model {

enum class PledgeType {
    integrity,              // 廉洁承诺书
    confidentiality,        // 保密承诺书
    avoidance_declaration,  // 回避事项申报
};

template <>
std::span<const Term<PledgeType>> terms<PledgeType>();

enum class PledgeScope {
    pool_entry,  // signed on entering a pool
    round,       // signed for one inspection round
};

template <>
std::span<const Term<PledgeScope>> terms<PledgeScope>();

struct Pledge {
    PledgeId id;
    PledgeType type = PledgeType::integrity;
    PledgeScope scope = PledgeScope::pool_entry;
    std::optional<PoolId> pool_id;  // for pool_entry: which pool
    std::string round_name;         // for round: the round's name until rounds are records
    std::optional<Date> signed_date;
    std::string recipient;          // 接收人/接收单位
    std::optional<Attachment> scan; // the signed paper, scanned
    std::string remark;

    bool operator==(const Pledge&) const = default;
};

}  // namespace xuncha::model
