#include "model/pledge.h"

#include <array>

namespace xuncha::model {
namespace {

constexpr std::array<Term<PledgeType>, 3> type_terms{{
    {PledgeType::integrity, "integrity", "廉洁承诺书", "Integrity pledge"},
    {PledgeType::confidentiality, "confidentiality", "保密承诺书", "Confidentiality pledge"},
    {PledgeType::avoidance_declaration, "avoidance_declaration", "回避事项申报", "Avoidance declaration"},
}};

constexpr std::array<Term<PledgeScope>, 2> scope_terms{{
    {PledgeScope::pool_entry, "pool_entry", "入库", "Pool entry"},
    {PledgeScope::round, "round", "巡察轮次", "Inspection round"},
}};

}  // namespace

template <>
std::span<const Term<PledgeType>> terms<PledgeType>()
{
    return type_terms;
}

template <>
std::span<const Term<PledgeScope>> terms<PledgeScope>()
{
    return scope_terms;
}

}  // namespace xuncha::model
