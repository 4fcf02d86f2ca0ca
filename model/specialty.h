#pragma once
// 专业特长: a user-editable catalogue, seeded with the specialties local rules name.

#include "model/ids.h"

#include <string>
#include <string_view>
#include <vector>

namespace xuncha::model {

struct Specialty {
    SpecialtyId id;
    std::string name;
    int sort_order = 0;

    bool operator==(const Specialty&) const = default;
};

// The seed list of domain.md §2, in display order.
std::vector<std::string_view> default_specialty_names();

}  // namespace xuncha::model
