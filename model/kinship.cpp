#include "model/kinship.h"

#include <array>

namespace xuncha::model {
namespace {

constexpr std::array<Term<KinshipClass>, 5> kinship_terms{{
    {KinshipClass::spouse, "spouse", "夫妻关系", "Spouse"},
    {KinshipClass::lineal, "lineal", "直系血亲", "Lineal relative by blood"},
    {KinshipClass::collateral, "collateral", "三代以内旁系血亲", "Collateral relative within three generations"},
    {KinshipClass::in_law, "in_law", "近姻亲", "Close relative by marriage"},
    {KinshipClass::other, "other", "其他", "Other"},
}};

using K = KinshipClass;
// 公务员回避规定 (2020) art. 5, in the words people write on the 干部任免审批表.
constexpr RelativeTitle titles[] = {
    {"配偶", K::spouse},
    // 直系血亲: 祖父母, 外祖父母, 父母, 子女, 孙子女, 外孙子女
    {"父亲", K::lineal}, {"母亲", K::lineal}, {"儿子", K::lineal}, {"女儿", K::lineal},
    {"祖父", K::lineal}, {"祖母", K::lineal}, {"外祖父", K::lineal}, {"外祖母", K::lineal},
    {"孙子", K::lineal}, {"孙女", K::lineal}, {"外孙", K::lineal}, {"外孙女", K::lineal},
    // 三代以内旁系血亲: 兄弟姐妹, 伯叔姑舅姨, 堂/表兄弟姐妹, 侄子女, 甥子女
    {"兄", K::collateral}, {"弟", K::collateral}, {"姐", K::collateral}, {"妹", K::collateral},
    {"伯父", K::collateral}, {"叔父", K::collateral}, {"姑母", K::collateral}, {"舅父", K::collateral},
    {"姨母", K::collateral},
    {"堂兄", K::collateral}, {"堂弟", K::collateral}, {"堂姐", K::collateral}, {"堂妹", K::collateral},
    {"表兄", K::collateral}, {"表弟", K::collateral}, {"表姐", K::collateral}, {"表妹", K::collateral},
    {"侄子", K::collateral}, {"侄女", K::collateral}, {"外甥", K::collateral}, {"外甥女", K::collateral},
    // 近姻亲: 配偶的父母, 配偶的兄弟姐妹及其配偶, 子女的配偶及其父母, 三代以内旁系血亲的配偶
    {"岳父", K::in_law}, {"岳母", K::in_law}, {"公公", K::in_law}, {"婆婆", K::in_law},
    {"配偶的兄", K::in_law}, {"配偶的弟", K::in_law}, {"配偶的姐", K::in_law}, {"配偶的妹", K::in_law},
    {"连襟", K::in_law}, {"妯娌", K::in_law},
    {"儿媳", K::in_law}, {"女婿", K::in_law}, {"儿媳的父母", K::in_law}, {"女婿的父母", K::in_law},
    {"嫂子", K::in_law}, {"弟媳", K::in_law}, {"姐夫", K::in_law}, {"妹夫", K::in_law},
    {"伯母", K::in_law}, {"婶母", K::in_law}, {"姑父", K::in_law}, {"舅母", K::in_law}, {"姨父", K::in_law},
    {"堂嫂", K::in_law}, {"堂弟媳", K::in_law}, {"堂姐夫", K::in_law}, {"堂妹夫", K::in_law},
    {"表嫂", K::in_law}, {"表弟媳", K::in_law}, {"表姐夫", K::in_law}, {"表妹夫", K::in_law},
    {"侄媳", K::in_law}, {"侄女婿", K::in_law}, {"外甥媳", K::in_law}, {"外甥女婿", K::in_law},
    // 重要社会关系
    {"其他", K::other},
};

}  // namespace

template <>
std::span<const Term<KinshipClass>> terms<KinshipClass>()
{
    return kinship_terms;
}

std::span<const RelativeTitle> relative_titles() { return titles; }

KinshipClass kinship_class_of(std::string_view title)
{
    for (const auto& t : titles)
        if (t.zh == title) return t.kinship;
    return KinshipClass::other;
}

}  // namespace xuncha::model
