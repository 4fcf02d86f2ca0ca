#pragma once
// One thing wrong with an exchange document.

#include <string>

namespace xuncha::app {

// Named by its JSON path ("$.people[3].birth_date").
struct ImportProblem {
    std::string path;
    std::string message;  // Chinese, for office staff: "出生日期“1980-13-01”不是有效日期"

    bool operator==(const ImportProblem&) const = default;
};

}  // namespace xuncha::app
