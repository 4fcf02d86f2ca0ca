# Precompiled headers: the big third-party headers every source file of a target parses again (Catch2,
# SOCI, wxWidgets, Boost.Date_Time) plus the standard headers and the domain's own. On this project's
# 2-core build machine they were a third of each test file's compile time, and the test script builds
# everything twice (dev and asan).
#   xuncha_precompile(TARGET [extra headers...])
set(XUNCHA_COMMON_PCH
  <algorithm> <array> <filesystem> <functional> <map> <memory> <optional> <set> <string> <string_view>
  <unordered_map> <utility> <vector>
  <boost/date_time/gregorian/gregorian_types.hpp>)

function(xuncha_precompile target)
  target_precompile_headers(${target} PRIVATE ${XUNCHA_COMMON_PCH} ${ARGN})
endfunction()
