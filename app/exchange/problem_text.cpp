#include "app/exchange/problem_text.h"

#include <string_view>

namespace xuncha::app {
namespace {

using model::Field;
using model::ProblemCode;

struct FieldPlace {
    std::string_view list;   // the sub-record array ("work_history"), empty for a field of the record
    std::string_view key;    // the JSON key
    std::string_view label;  // what the form calls it
};

FieldPlace place_of(Field field)
{
    switch (field) {
    case Field::name: return {"", "name", "姓名"};
    case Field::gender: return {"", "gender", "性别"};
    case Field::ethnicity: return {"", "ethnicity", "民族"};
    case Field::birth_date: return {"", "birth_date", "出生日期"};
    case Field::native_place: return {"", "native_place", "籍贯"};
    case Field::birth_place: return {"", "birth_place", "出生地"};
    case Field::political_status: return {"", "political_status", "政治面貌"};
    case Field::party_join_date: return {"", "party_join_date", "入党时间"};
    case Field::work_start_date: return {"", "work_start_date", "参加工作时间"};
    case Field::fulltime_education: return {"", "fulltime_education", "全日制学历的学校或专业"};
    case Field::inservice_education: return {"", "inservice_education", "在职学历的学校或专业"};
    case Field::professional_title: return {"", "professional_title", "专业技术职务"};
    case Field::expertise: return {"", "expertise", "熟悉专业有何专长"};
    case Field::unit: return {"", "unit", "工作单位"};
    case Field::department: return {"", "department", "部门"};
    case Field::post: return {"", "post", "职务"};
    case Field::rank: return {"", "rank", "职级"};
    case Field::mobile: return {"", "mobile", "手机号码"};
    case Field::id_number: return {"", "id_number", "身份证号"};
    case Field::health: return {"", "health", "健康状况"};
    case Field::remark: return {"", "remark", "备注"};
    case Field::specialties: return {"", "specialties", "专业特长"};
    case Field::work_history_unit: return {"work_history", "unit", "工作经历的单位"};
    case Field::work_history_post: return {"work_history", "post", "工作经历的职务"};
    case Field::work_history_start: return {"work_history", "start", "工作经历的开始日期"};
    case Field::work_history_end: return {"work_history", "end", "工作经历的结束日期"};
    case Field::relative_title: return {"relatives", "title", "称谓"};
    case Field::relative_name: return {"relatives", "name", "家庭成员姓名"};
    case Field::relative_birth_date: return {"relatives", "birth_date", "家庭成员出生日期"};
    case Field::relative_employer: return {"relatives", "employer_name", "家庭成员工作单位"};
    case Field::membership_pool: return {"memberships", "pool", "所在库"};
    case Field::membership_entry_date: return {"memberships", "entry_date", "入库日期"};
    case Field::membership_exit_date: return {"memberships", "exit_date", "出库日期"};
    case Field::membership_exit_reason: return {"memberships", "exit_reason", "出库原因"};
    case Field::frontline_experience: return {"", "frontline_experience", "一线工作经历"};
    case Field::photo: return {"", "photo", "照片"};
    case Field::training: return {"trainings", "training", "培训"};
    case Field::commendation_title: return {"commendations", "title", "表彰名称"};
    case Field::commendation_date: return {"commendations", "date", "表彰日期"};
    case Field::commendation_awarding_body: return {"commendations", "awarding_body", "授予单位"};
    case Field::assessment_year: return {"assessments", "year", "考核年度"};
    case Field::integrity_opinion_date: return {"integrity_opinions", "date", "廉政意见的出具日期"};
    case Field::integrity_opinion_issuer: return {"integrity_opinions", "issuer", "廉政意见的出具单位"};
    case Field::pledge_pool: return {"pledges", "pool", "承诺书对应的库"};
    case Field::pledge_round: return {"pledges", "round_name", "承诺书对应的巡察轮次"};
    case Field::pledge_signed_date: return {"pledges", "signed_date", "承诺书的签订日期"};
    case Field::pledge_recipient: return {"pledges", "recipient", "承诺书的接收人"};
    case Field::pledge_scan: return {"pledges", "scan", "承诺书扫描件"};
    case Field::secondment_task: return {"secondments", "task", "抽调任务"};
    case Field::secondment_start: return {"secondments", "start", "抽调开始日期"};
    case Field::secondment_end: return {"secondments", "end", "抽调结束日期"};
    case Field::secondment_notice_date: return {"secondments", "notice_date", "抽调通知日期"};
    case Field::declined_date: return {"declined_secondments", "date", "拒绝抽调的日期"};
    case Field::declined_reason: return {"declined_secondments", "reason", "拒绝抽调的原因"};
    case Field::training_topic: return {"", "topic", "培训主题"};
    case Field::training_start: return {"", "start", "培训开始日期"};
    case Field::training_end: return {"", "end", "培训结束日期"};
    case Field::training_hours: return {"", "hours", "学时"};
    case Field::unit_name: return {"", "name", "单位名称"};
    case Field::unit_short_name: return {"", "short_name", "单位简称"};
    case Field::unit_parent: return {"", "parent", "上级单位"};
    case Field::unit_supervisor: return {"", "supervisor", "主管部门"};
    case Field::unit_jurisdiction: return {"", "jurisdiction", "所属辖区"};
    case Field::unit_remark: return {"", "remark", "备注"};
    case Field::unit_leader_name: return {"leaders", "name", "领导班子成员的姓名"};
    case Field::unit_leader_post: return {"leaders", "post", "领导班子成员的职务"};
    case Field::unit_leader_start: return {"leaders", "start", "领导班子成员的任职开始日期"};
    case Field::unit_leader_end: return {"leaders", "end", "领导班子成员的任职结束日期"};
    case Field::unit_flag: return {"profile_flags", "", "单位特征标签"};
    case Field::round_term: return {"", "term", "届次"};
    case Field::round_number: return {"", "number", "轮次"};
    case Field::round_planned_entry: return {"", "planned_entry", "计划进驻日期"};
    case Field::round_planned_withdrawal: return {"", "planned_withdrawal", "计划撤点日期"};
    case Field::round_entry_date: return {"", "entry_date", "实际进驻日期"};
    case Field::round_withdrawal_date: return {"", "withdrawal_date", "实际撤点日期"};
    case Field::round_committee: return {"", "committee", "巡察主体（县委、市委）"};
    case Field::round_remark: return {"", "remark", "备注"};
    case Field::group_number: return {"groups", "number", "巡察组的组号"};
    case Field::group_name: return {"groups", "name", "巡察组名称"};
    case Field::group_units: return {"groups", "units", "巡察组所巡察的单位"};
    case Field::group_members: return {"groups", "members", "巡察组成员"};
    case Field::group_authorising_body: return {"groups", "authorising_body", "授权主体"};
    case Field::group_dispatching_body: return {"groups", "dispatching_body", "派出主体"};
    case Field::case_person: return {"", "person", "回避人员"};
    case Field::case_unit: return {"", "unit", "所涉单位"};
    case Field::case_facts: return {"", "facts", "回避事项的事实"};
    case Field::case_raised_on: return {"", "raised_on", "提出日期"};
    case Field::case_decided_on: return {"", "decided_on", "决定日期"};
    case Field::case_decided_by: return {"", "decided_by", "决定人或决定机关"};
    case Field::case_replacement: return {"", "replacement", "替补人员"};
    case Field::case_document_number: return {"", "document_number", "文号"};
    case Field::case_acknowledged_on: return {"", "acknowledged_on", "本人确认日期"};
    case Field::catalog_name: return {"", "name", "名称"};
    }
    return {"", "", "字段"};
}

std::string message_for(const model::Problem& problem, std::string_view label, const model::Date& today)
{
    const std::string l(label);
    switch (problem.code) {
    case ProblemCode::required:
        if (problem.field == Field::work_history_unit) return "未填写工作经历的单位（unit 或 unit_name）";
        if (problem.field == Field::membership_pool) return "未指定所在库";
        if (problem.field == Field::training) return "未指定所参加的培训";
        if (problem.field == Field::pledge_pool) return "入库时签订的承诺书须指明对应的库（pool）";
        if (problem.field == Field::pledge_round) return "巡察轮次中签订的承诺书须写明轮次（round_name）";
        if (problem.field == Field::group_units) return "巡察组须至少巡察一个单位";
        if (problem.field == Field::group_members) return "巡察组须至少有一名成员";
        if (problem.field == Field::case_decided_by || problem.field == Field::case_decided_on)
            return "已作出决定的回避事项须写明" + l;
        return l + "不能为空";
    case ProblemCode::too_long: {
        const auto limit = problem.field == Field::expertise || problem.field == Field::remark ||
                                   problem.field == Field::unit_remark || problem.field == Field::frontline_experience ||
                                   problem.field == Field::round_remark || problem.field == Field::case_facts
                               ? model::max_long_text_length
                           : problem.field == Field::name || problem.field == Field::ethnicity ||
                                   problem.field == Field::relative_title || problem.field == Field::relative_name ||
                                   problem.field == Field::unit_short_name || problem.field == Field::catalog_name ||
                                   problem.field == Field::unit_leader_name || problem.field == Field::unit_flag
                               ? model::max_name_length
                               : model::max_text_length;
        return l + "过长（最多" + std::to_string(limit) + "个字）";
    }
    case ProblemCode::in_future: return l + "晚于今天（" + model::to_iso(today) + "）";
    case ProblemCode::implausible_date: return l + "不合理（早于1900年，或年龄超过120岁）";
    case ProblemCode::before_birth: return l + "早于出生日期";
    case ProblemCode::too_young:
        if (problem.field == Field::party_join_date) return "入党时未满18周岁";
        if (problem.field == Field::work_start_date || problem.field == Field::work_history_start)
            return l + "时未满16周岁";
        return l + "时年龄过小";
    case ProblemCode::end_before_start:
        if (problem.field == Field::membership_exit_date) return "出库日期早于入库日期";
        if (problem.field == Field::secondment_end) return "抽调结束日期早于开始日期";
        if (problem.field == Field::training_end) return "培训结束日期早于开始日期";
        if (problem.field == Field::round_planned_withdrawal) return "计划撤点日期早于计划进驻日期";
        if (problem.field == Field::round_withdrawal_date) return "实际撤点日期早于实际进驻日期";
        if (problem.field == Field::case_decided_on) return "决定日期早于提出日期";
        if (problem.field == Field::unit_leader_end) return "领导班子成员的任职结束日期早于开始日期";
        return "结束日期早于开始日期";
    case ProblemCode::id_bad_format: return "身份证号应为18位：17位数字加1位数字或X";
    case ProblemCode::id_bad_birth_date: return "身份证号中的出生日期（第7–14位）不是有效日期";
    case ProblemCode::id_bad_checksum: return "身份证号校验位错误";
    case ProblemCode::id_birth_mismatch: return "身份证号中的出生日期与出生日期不一致";
    case ProblemCode::id_gender_mismatch: return "身份证号中的性别（第17位）与性别不一致";
    case ProblemCode::mobile_bad_format: return "手机号码应为11位数字，以13–19开头";
    case ProblemCode::duplicate:
        if (problem.field == Field::unit_name) return "同一上级单位下已有同名单位";
        if (problem.field == Field::membership_pool) return "同一个库出现了两次";
        if (problem.field == Field::catalog_name) return "名称重复";
        if (problem.field == Field::assessment_year) return "同一年度的考核结果出现了两次";
        if (problem.field == Field::group_number) return "同一轮次中组号重复";
        if (problem.field == Field::group_units) return "同一单位在本组中出现了两次";
        if (problem.field == Field::group_members) return "同一人在本轮次中出现了两次";
        if (problem.field == Field::unit_flag) return "单位特征标签重复";
        if (problem.field == Field::case_replacement) return "替补人员不能是回避人员本人";
        return l + "重复";
    case ProblemCode::unknown_reference: return l + "指向的记录不存在";
    case ProblemCode::cycle: return l + "形成循环：单位不能经由上级单位或主管部门回到自身";
    case ProblemCode::exit_without_date: return "出库须填写出库日期";
    case ProblemCode::exit_without_reason: return "出库须填写出库原因";
    case ProblemCode::out_of_range:
        if (problem.field == Field::assessment_year)
            return "考核年度应在1950年至" + std::to_string(static_cast<int>(today.year())) + "年之间";
        if (problem.field == Field::training_hours) return "学时应在0至1000之间";
        if (problem.field == Field::round_term || problem.field == Field::round_number ||
            problem.field == Field::group_number)
            return l + "应在1至99之间";
        return l + "超出合理范围";
    case ProblemCode::overlaps: return "与另一次抽调的时间重叠：同一时间只能参加一次抽调";
    case ProblemCode::file_too_large:
        return l + "过大（最大" + std::to_string(model::max_attachment_size / (1024 * 1024)) + "MB）";
    case ProblemCode::too_many:
        if (problem.field == Field::group_units)
            return "一个巡察组最多巡察" + std::to_string(model::max_units_per_group) + "个单位";
        if (problem.field == Field::group_members) return "一个巡察组只能有一名组长";
        return l + "过多";
    case ProblemCode::unsupported_file:
        if (problem.field == Field::photo) return "照片应为图片文件（JPEG、PNG、GIF、BMP 或 TIFF）";
        return l + "应为图片（JPEG、PNG、GIF、BMP、TIFF）或 PDF 文件";
    }
    return l + "有误";
}

}  // namespace

ImportProblem describe_problem(const model::Problem& problem, const std::string& record_path, const model::Date& today)
{
    const auto place = place_of(problem.field);
    std::string path = record_path;
    if (!place.list.empty()) {
        path += ".";
        path += place.list;
        if (problem.index >= 0) {
            // Appended piece by piece: "[" + to_string(...) trips g++ 12's -Wrestrict at -O3.
            path += '[';
            path += std::to_string(problem.index);
            path += ']';
        }
    }
    // A list of plain values ("profile_flags") has no key after the position.
    if (!place.key.empty()) {
        path += ".";
        path += place.key;
    }
    // An attachment's problems belong to the key that shows them.
    if (problem.field == Field::photo || problem.field == Field::pledge_scan) {
        if (problem.code == ProblemCode::unsupported_file) path += ".media_type";
        if (problem.code == ProblemCode::file_too_large) path += ".size";
    }
    return {std::move(path), message_for(problem, place.label, today)};
}

}  // namespace xuncha::app
