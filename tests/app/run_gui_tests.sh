#!/bin/sh
# Runs a GUI test program under a private X server, as ctest's gui_* entries do:
#   tests/app/run_gui_tests.sh <build>/bin/gui_tests [catch options]
# NO_AT_BRIDGE: no accessibility bus under Xvfb; timeout: an unexpected modal dialog would block.
# Under AddressSanitizer, fontconfig's caches held until exit are not reported as leaks.
here=$(cd "$(dirname "$0")" && pwd)
LSAN_OPTIONS="suppressions=$here/gui_lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
# XUNCHA_XVFB_SERVER: the display number to look for a free one from (ctest gives each entry its own).
exec env NO_AT_BRIDGE=1 LANG=C.UTF-8 timeout 300 xvfb-run -a -n "${XUNCHA_XVFB_SERVER:-99}" \
  -s '-screen 0 1280x1024x24' "$@"
