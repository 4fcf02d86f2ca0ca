#pragma once
// xuncha-cli: `xuncha-cli [--db PATH|postgresql://...] COMMAND [OPTIONS]`. Output for people on stdout,
// errors on stderr in Chinese, naming what is wrong; exit 0 on success, 1 on failure, 2 on bad usage.

#include <ostream>
#include <string>
#include <vector>

namespace xuncha::app {

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace xuncha::app
