# Fails when the zh_CN catalogue misses a string of the GUI sources (and of app/text, whose labels
# both programs show) or has fuzzy entries.
# Usage: cmake -DSOURCE_DIR=... -DXGETTEXT=... -DMSGMERGE=... -DMSGFMT=... -DWORK_DIR=... -P check_translations.cmake
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/app/gui/*.cpp" "${SOURCE_DIR}/app/gui/*.h"
     "${SOURCE_DIR}/app/text/*.cpp" "${SOURCE_DIR}/app/text/*.h")
list(SORT sources)
execute_process(
  COMMAND "${XGETTEXT}" --language=C++ --from-code=UTF-8 --keyword=_ --keyword=wxPLURAL:1,2
          --keyword=XUNCHA_PLURAL:1,2 --keyword=wxTRANSLATE --keyword=XUNCHA_N_ --output=${WORK_DIR}/xuncha.pot ${sources}
  WORKING_DIRECTORY "${SOURCE_DIR}"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "xgettext failed")
endif()
execute_process(
  COMMAND "${MSGMERGE}" --quiet --no-fuzzy-matching --output-file=${WORK_DIR}/merged.po
          "${SOURCE_DIR}/app/gui/po/zh_CN.po" ${WORK_DIR}/xuncha.pot
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "msgmerge failed")
endif()
execute_process(
  COMMAND "${MSGFMT}" --check --statistics --output-file=/dev/null ${WORK_DIR}/merged.po
  RESULT_VARIABLE result
  ERROR_VARIABLE statistics
  OUTPUT_VARIABLE statistics_out)
string(STRIP "${statistics}${statistics_out}" statistics)
message(STATUS "zh_CN: ${statistics}")
if(NOT result EQUAL 0 OR statistics MATCHES "untranslated|fuzzy")
  message(FATAL_ERROR "app/gui/po/zh_CN.po is incomplete (${statistics}); run scripts/refresh-pot.sh and translate")
endif()
