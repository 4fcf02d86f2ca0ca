#pragma once
// Catch2's implementation is compiled once, in catch_session.cpp, for every test program: the non-GUI
// programs' main (catch_main.cpp) and the GUI tests' own, which starts wx between parsing the command
// line and running the tests. Catch2 v2 declares Catch::Session only where it compiles the
// implementation, hence these functions.

namespace xuncha::test {

// Parses Catch's command line; a non-zero result is the exit code of a wrong command line.
int apply_catch_command_line(int argc, char* argv[]);
// Whether the command line only asks for help or lists (tests, tags, reporters): nothing runs.
bool catch_only_lists();
// Runs the selected tests; the exit code.
int run_catch();

}  // namespace xuncha::test
