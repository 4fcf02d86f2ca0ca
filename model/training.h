#pragma once
// Trainings (培训): an event the office or another body holds, and each person's attendance of it.

#include "model/date.h"
#include "model/ids.h"
#include "model/vocabulary.h"

#include <optional>
#include <string>
#include <vector>

namespace xuncha::model {

struct Training {
    TrainingId id;
    std::string topic;       // 主题: "2026年度巡察干部业务培训班"
    std::string type;        // 类型, free text; suggestions in training_types()
    std::optional<Date> start;
    std::optional<Date> end;  // empty: a one-day event
    int hours = 0;            // 学时
    std::string organiser;    // 主办单位
    std::string remark;

    bool operator==(const Training&) const = default;
};

// Suggested training types.
std::vector<std::string_view> training_types();

enum class Attendance {
    attended,  // 参加
    partial,   // 部分参加
    excused,   // 请假
    absent,    // 缺席
};

template <>
std::span<const Term<Attendance>> terms<Attendance>();

// One person's attendance of one training (a sub-record of the person).
struct TrainingAttendance {
    TrainingAttendanceId id;
    TrainingId training_id;
    Attendance attendance = Attendance::attended;
    std::string remark;

    bool operator==(const TrainingAttendance&) const = default;
};

}  // namespace xuncha::model
