#pragma once
// 职级: leadership ranks (科员…正厅) and the parallel civil-service grades (一级科员…一级调研员),
// ordered by the leadership rank each is equivalent to (公务员职务与职级并行规定).

#include "model/vocabulary.h"

namespace xuncha::model {

enum class Rank {
    none,
    clerk,                  // 办事员
    staff_2,                // 二级科员
    staff_1,                // 一级科员
    staff,                  // 科员
    principal_staff_4,      // 四级主任科员
    principal_staff_3,      // 三级主任科员
    deputy_section,         // 副科级
    principal_staff_2,      // 二级主任科员
    principal_staff_1,      // 一级主任科员
    section,                // 正科级
    researcher_4,           // 四级调研员
    researcher_3,           // 三级调研员
    deputy_division,        // 副处级
    researcher_2,           // 二级调研员
    researcher_1,           // 一级调研员
    division,               // 正处级
    deputy_bureau,          // 副厅级
    bureau,                 // 正厅级
};

// Equivalent level: 0 none, 1 办事员, 2 科员, 3 副科, 4 正科, 5 副处, 6 正处, 7 副厅, 8 正厅.
int rank_level(Rank rank);

// True when `rank` is at least the level of `threshold` (二级主任科员 meets 正科级).
inline bool rank_at_least(Rank rank, Rank threshold) { return rank_level(rank) >= rank_level(threshold); }

template <>
std::span<const Term<Rank>> terms<Rank>();

}  // namespace xuncha::model
