// The main of the test programs that need no GUI.
#include "catch_session.h"

int main(int argc, char* argv[])
{
    if (const int rc = xuncha::test::apply_catch_command_line(argc, argv)) return rc;
    return xuncha::test::run_catch();
}
