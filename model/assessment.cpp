#include "model/assessment.h"

#include <array>

namespace xuncha::model {
namespace {

constexpr std::array<Term<AssessmentResult>, 5> result_terms{{
    {AssessmentResult::excellent, "excellent", "优秀", "Excellent"},
    {AssessmentResult::competent, "competent", "称职", "Competent"},
    {AssessmentResult::basically, "basically_competent", "基本称职", "Basically competent"},
    {AssessmentResult::incompetent, "incompetent", "不称职", "Incompetent"},
    {AssessmentResult::not_graded, "not_graded", "不定等次", "Not graded"},
}};

constexpr std::array<Term<CommendationLevel>, 5> level_terms{{
    {CommendationLevel::national, "national", "国家级", "National"},
    {CommendationLevel::provincial, "provincial", "省级", "Provincial"},
    {CommendationLevel::municipal, "municipal", "市级", "Municipal"},
    {CommendationLevel::county, "county", "县级", "County"},
    {CommendationLevel::other, "other", "其他", "Other"},
}};

}  // namespace

template <>
std::span<const Term<AssessmentResult>> terms<AssessmentResult>()
{
    return result_terms;
}

template <>
std::span<const Term<CommendationLevel>> terms<CommendationLevel>()
{
    return level_terms;
}

}  // namespace xuncha::model
