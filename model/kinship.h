#pragma once
// Relatives' titles (称谓) and the kinship classes of the 公务员回避规定 (2020) art. 5.

#include "model/vocabulary.h"

#include <span>
#include <string_view>

namespace xuncha::model {

enum class KinshipClass {
    spouse,      // 夫妻关系
    lineal,      // 直系血亲
    collateral,  // 三代以内旁系血亲
    in_law,      // 近姻亲
    other,       // 其他 (important social relations; never counts for kinship rules)
};

template <>
std::span<const Term<KinshipClass>> terms<KinshipClass>();

struct RelativeTitle {
    std::string_view zh;  // 配偶, 父亲, 堂兄, 岳父...
    KinshipClass kinship;
};

// Every title offered in the editor, grouped by class, 其他 last.
std::span<const RelativeTitle> relative_titles();

// Class of a title; unknown titles are KinshipClass::other.
KinshipClass kinship_class_of(std::string_view title);

}  // namespace xuncha::model
