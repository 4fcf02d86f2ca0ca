#include "model/training.h"

#include <array>

namespace xuncha::model {
namespace {

constexpr std::array<Term<Attendance>, 4> attendance_terms{{
    {Attendance::attended, "attended", "参加", "Attended"},
    {Attendance::partial, "partial", "部分参加", "Partly attended"},
    {Attendance::excused, "excused", "请假", "Excused"},
    {Attendance::absent, "absent", "缺席", "Absent"},
}};

}  // namespace

template <>
std::span<const Term<Attendance>> terms<Attendance>()
{
    return attendance_terms;
}

std::vector<std::string_view> training_types()
{
    return {"巡察业务培训", "岗前培训", "专题讲座", "党校培训", "以干代训", "线上学习", "其他"};
}

}  // namespace xuncha::model
