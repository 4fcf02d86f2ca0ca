# Compiler flags shared by every xuncha target: warnings, sanitizers.
add_library(xuncha_flags INTERFACE)
target_compile_options(xuncha_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                              -Wold-style-cast -Wcast-align -Woverloaded-virtual)
if(XUNCHA_WARNINGS_AS_ERRORS)
  target_compile_options(xuncha_flags INTERFACE -Werror)
endif()
if(XUNCHA_SANITIZE)
  # vptr checks need type information that Debian's SOCI and wx libraries were not built with.
  target_compile_options(xuncha_flags INTERFACE -fsanitize=address,undefined -fno-sanitize=vptr
                                                -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(xuncha_flags INTERFACE -fsanitize=address,undefined -fno-sanitize=vptr)
endif()
