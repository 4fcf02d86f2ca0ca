#include "model/unit.h"

#include <array>

namespace xuncha::model {
namespace {

constexpr std::array<Term<UnitType>, 12> unit_type_terms{{
    {UnitType::party_committee, "party_committee", "党委", "Party committee"},
    {UnitType::party_group, "party_group", "党组", "Party leadership group"},
    {UnitType::township, "township", "乡镇", "Township"},
    {UnitType::subdistrict, "subdistrict", "街道", "Subdistrict"},
    {UnitType::county_department, "county_department", "县直部门", "County department"},
    {UnitType::public_institution, "public_institution", "事业单位", "Public institution"},
    {UnitType::state_enterprise, "state_enterprise", "国企", "State-owned enterprise"},
    {UnitType::school, "school", "学校", "School"},
    {UnitType::hospital, "hospital", "医院", "Hospital"},
    {UnitType::village, "village", "村", "Village"},
    {UnitType::community, "community", "社区", "Community"},
    {UnitType::other, "other", "其他", "Other"},
}};

constexpr std::array<std::string_view, 3> standard_flags{"资金量大", "项目多", "信访多"};

}  // namespace

template <>
std::span<const Term<UnitType>> terms<UnitType>()
{
    return unit_type_terms;
}

bool in_post_on(const UnitLeader& leader, const Date& on)
{
    return (!leader.start || *leader.start <= on) && (!leader.end || *leader.end >= on);
}

std::span<const std::string_view> standard_unit_flags()
{
    return standard_flags;
}

}  // namespace xuncha::model
