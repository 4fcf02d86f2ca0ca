#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "catch_session.h"

namespace xuncha::test {
namespace {

Catch::Session& session()
{
    static Catch::Session instance;
    return instance;
}

}  // namespace

int apply_catch_command_line(int argc, char* argv[]) { return session().applyCommandLine(argc, argv); }

bool catch_only_lists()
{
    const auto& config = session().configData();
    return config.showHelp || config.listTests || config.listTestNamesOnly || config.listTags ||
           config.listReporters;
}

int run_catch() { return session().run(); }

}  // namespace xuncha::test
