#pragma once
// Annual assessments (年度考核), commendations (表扬表彰) and integrity opinions (廉政意见): sub-records of
// a person that the annual review reads.

#include "model/date.h"
#include "model/ids.h"
#include "model/vocabulary.h"

#include <optional>
#include <string>

namespace xuncha::model {

// 公务员考核规定: 优秀, 称职, 基本称职, 不称职, and 不定等次 for the year of entry or long absence.
enum class AssessmentResult {
    excellent,     // 优秀
    competent,     // 称职
    basically,     // 基本称职
    incompetent,   // 不称职
    not_graded,    // 不定等次
};

template <>
std::span<const Term<AssessmentResult>> terms<AssessmentResult>();

struct AnnualAssessment {
    AssessmentId id;
    int year = 0;
    AssessmentResult result = AssessmentResult::competent;
    std::string remark;

    bool operator==(const AnnualAssessment&) const = default;
};

enum class CommendationLevel {
    national,    // 国家级
    provincial,  // 省级
    municipal,   // 市级
    county,      // 县级
    other,       // 其他
};

template <>
std::span<const Term<CommendationLevel>> terms<CommendationLevel>();

struct Commendation {
    CommendationId id;
    std::optional<Date> date;
    std::string title;            // 表彰名称: "全县优秀巡察干部"
    std::string awarding_body;    // 授予单位
    CommendationLevel level = CommendationLevel::county;
    std::string document_number;  // 文号
    std::string remark;

    bool operator==(const Commendation&) const = default;
};

// 廉政意见: the discipline body's written opinion on a person's integrity, asked for before use.
struct IntegrityOpinion {
    IntegrityOpinionId id;
    std::optional<Date> date;
    std::string issuer;           // 出具单位: "县纪委监委党风政风监督室"
    std::string document_number;  // 文号
    bool clear = true;            // true: 未发现影响使用的问题; false: the opinion raises a problem
    std::string content;          // the opinion's words
    std::string remark;

    bool operator==(const IntegrityOpinion&) const = default;
};

}  // namespace xuncha::model
