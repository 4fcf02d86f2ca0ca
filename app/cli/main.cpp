#include "app/cli/cli.h"

#include <iostream>

int main(int argc, char** argv)
{
    return xuncha::app::run_cli(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
