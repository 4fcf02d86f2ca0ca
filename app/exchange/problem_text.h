#pragma once
// Model validation problems in the words of office staff, placed at their field in an exchange document.

#include "app/exchange/import_problem.h"
#include "model/validation.h"

#include <string>

namespace xuncha::app {

// `record_path` is where the validated record sits ("$.people[3]", "$.units[0]", "$.pools[1]");
// the problem's field and index lead from there to the key ("$.people[3].work_history[1].end").
ImportProblem describe_problem(const model::Problem& problem, const std::string& record_path,
                               const model::Date& today);

}  // namespace xuncha::app
