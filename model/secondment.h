#pragma once
// Secondments (抽调): times a person was drawn into inspection work, and the times they declined.

#include "model/assessment.h"
#include "model/date.h"
#include "model/ids.h"

#include <optional>
#include <string>

namespace xuncha::model {

struct Secondment {
    SecondmentId id;
    std::string task;              // the round or task: "十五届县委第三轮巡察" (a round record with issue 4)
    std::string group_name;        // 第一巡察组
    std::string role;              // 组内职务: 组长, 副组长, 成员, 联络员
    std::string seconding_body;    // 抽调单位: 县纪委监委, 县委组织部
    std::string notice_number;     // 抽调通知文号
    std::optional<Date> notice_date;
    std::optional<Date> start;
    std::optional<Date> end;
    std::optional<AssessmentResult> evaluation;  // 鉴定: 优秀, 称职, 基本称职, 不称职
    std::string remark;

    bool operator==(const Secondment&) const = default;
};

// A secondment the person declined; 拒绝次数 is the count of these, never typed.
struct DeclinedSecondment {
    DeclinedSecondmentId id;
    std::optional<Date> date;
    std::string task;
    std::string reason;

    bool operator==(const DeclinedSecondment&) const = default;
};

}  // namespace xuncha::model
