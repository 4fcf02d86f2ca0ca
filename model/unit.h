#pragma once
// A unit (单位 / 党组织): a body people work in and that rounds inspect, in a hierarchy.

#include "model/ids.h"
#include "model/vocabulary.h"

#include <optional>
#include <string>

namespace xuncha::model {

enum class UnitType {
    party_committee,     // 党委
    party_group,         // 党组
    township,            // 乡镇
    subdistrict,         // 街道
    county_department,   // 县直部门
    public_institution,  // 事业单位
    state_enterprise,    // 国企
    school,              // 学校
    hospital,            // 医院
    village,             // 村
    community,           // 社区
    other,               // 其他
};

template <>
std::span<const Term<UnitType>> terms<UnitType>();

struct Unit {
    UnitId id;
    std::string name;
    std::string short_name;
    UnitType type = UnitType::county_department;
    std::optional<UnitId> parent_id;       // the unit it belongs to (a village's township)
    std::optional<UnitId> supervisor_id;   // 主管部门, when not the parent
    std::string jurisdiction;              // 所属辖区, e.g. the county's name
    std::string remark;
    int sort_order = 0;

    bool operator==(const Unit&) const = default;
};

}  // namespace xuncha::model
