#include "model/settings.h"

#include <array>

namespace xuncha::model {
namespace {

constexpr std::array<Term<TitleLevel>, 5> title_terms{{
    {TitleLevel::none, "none", "无", "None"},
    {TitleLevel::junior, "junior", "初级", "Junior"},
    {TitleLevel::intermediate, "intermediate", "中级", "Intermediate"},
    {TitleLevel::associate_senior, "associate_senior", "副高级", "Associate senior"},
    {TitleLevel::senior, "senior", "正高级", "Senior"},
}};

}  // namespace

template <>
std::span<const Term<TitleLevel>> terms<TitleLevel>()
{
    return title_terms;
}

}  // namespace xuncha::model
