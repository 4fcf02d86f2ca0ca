#pragma once
// A unit (单位 / 党组织): a body people work in and that rounds inspect, in a hierarchy.

#include "model/date.h"
#include "model/ids.h"
#include "model/vocabulary.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// A member of the unit's leadership team (领导班子成员): a person in the database, or a name only.
struct UnitLeader {
    UnitLeaderId id;
    std::optional<PersonId> person_id;  // when the leader's record is in the database
    std::string name;                   // the name as written (the person's name when linked)
    std::string post;                   // 党委书记, 局长, 副镇长
    std::optional<Date> start;
    std::optional<Date> end;            // empty: still in post
    bool principal_head = false;        // 主要负责人
    std::string remark;

    bool operator==(const UnitLeader&) const = default;
};

// Whether `leader` is in post on `on`: started on or before it (or no start known) and not ended before it.
bool in_post_on(const UnitLeader& leader, const Date& on);

// The profile flags every office uses (资金量大, 项目多, 信访多); offices add their own as free text.
std::span<const std::string_view> standard_unit_flags();

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
    std::vector<UnitLeader> leaders;         // past and present, in the order entered
    std::vector<std::string> profile_flags;  // 资金量大, 项目多, 信访多, or the office's own; no duplicates

    bool operator==(const Unit&) const = default;
};

}  // namespace xuncha::model
