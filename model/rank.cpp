#include "model/rank.h"

#include <array>

namespace xuncha::model {
namespace {

struct RankRow {
    Term<Rank> term;
    int level;
};

constexpr std::array<RankRow, 19> rank_rows{{
    {{Rank::none, "none", "无", "None"}, 0},
    {{Rank::clerk, "clerk", "办事员", "Clerk"}, 1},
    {{Rank::staff_2, "staff_2", "二级科员", "Staff member, grade 2"}, 2},
    {{Rank::staff_1, "staff_1", "一级科员", "Staff member, grade 1"}, 2},
    {{Rank::staff, "staff", "科员", "Staff member"}, 2},
    {{Rank::principal_staff_4, "principal_staff_4", "四级主任科员", "Principal staff member, grade 4"}, 3},
    {{Rank::principal_staff_3, "principal_staff_3", "三级主任科员", "Principal staff member, grade 3"}, 3},
    {{Rank::deputy_section, "deputy_section", "副科级", "Deputy section chief"}, 3},
    {{Rank::principal_staff_2, "principal_staff_2", "二级主任科员", "Principal staff member, grade 2"}, 4},
    {{Rank::principal_staff_1, "principal_staff_1", "一级主任科员", "Principal staff member, grade 1"}, 4},
    {{Rank::section, "section", "正科级", "Section chief"}, 4},
    {{Rank::researcher_4, "researcher_4", "四级调研员", "Researcher, grade 4"}, 5},
    {{Rank::researcher_3, "researcher_3", "三级调研员", "Researcher, grade 3"}, 5},
    {{Rank::deputy_division, "deputy_division", "副处级", "Deputy division chief"}, 5},
    {{Rank::researcher_2, "researcher_2", "二级调研员", "Researcher, grade 2"}, 6},
    {{Rank::researcher_1, "researcher_1", "一级调研员", "Researcher, grade 1"}, 6},
    {{Rank::division, "division", "正处级", "Division chief"}, 6},
    {{Rank::deputy_bureau, "deputy_bureau", "副厅级", "Deputy bureau chief"}, 7},
    {{Rank::bureau, "bureau", "正厅级", "Bureau chief"}, 8},
}};

constexpr auto rank_terms = [] {
    std::array<Term<Rank>, rank_rows.size()> result{};
    for (std::size_t i = 0; i < rank_rows.size(); ++i) result[i] = rank_rows[i].term;
    return result;
}();

}  // namespace

template <>
std::span<const Term<Rank>> terms<Rank>()
{
    return rank_terms;
}

int rank_level(Rank rank)
{
    for (const auto& row : rank_rows)
        if (row.term.value == rank) return row.level;
    return 0;
}

}  // namespace xuncha::model
