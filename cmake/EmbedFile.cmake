# Turns a file into a C++ source holding its bytes, so that a program needs no data file at run time.
#   cmake -DINPUT=file -DOUTPUT=file.cpp -DNAMESPACE=xuncha::app::embedded -DNAME=demo_county -P EmbedFile.cmake
# defines  const std::string_view NAME_chunks[]  and  const std::size_t NAME_chunk_count  in NAMESPACE.
# Chunks of 4 KiB stay far below any compiler's string-literal limit; every byte is written as \xHH, so
# the source is plain ASCII whatever the file holds.
foreach(var INPUT OUTPUT NAMESPACE NAME)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "EmbedFile.cmake: -D${var}=... is required")
  endif()
endforeach()

file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
set(chunk_hex_digits 8192)

set(chunks "")
set(count 0)
set(offset 0)
while(offset LESS hex_length)
  string(SUBSTRING "${hex}" ${offset} ${chunk_hex_digits} piece)
  string(LENGTH "${piece}" piece_length)
  math(EXPR bytes "${piece_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" piece "${piece}")
  string(APPEND chunks "    {\"${piece}\", ${bytes}},\n")
  math(EXPR offset "${offset} + ${chunk_hex_digits}")
  math(EXPR count "${count} + 1")
endwhile()
if(count EQUAL 0)
  set(chunks "    {\"\", 0},\n")
endif()

get_filename_component(input_name "${INPUT}" NAME)
set(source "// Generated from ${input_name} by cmake/EmbedFile.cmake at build time; do not edit.
#include <cstddef>
#include <string_view>

namespace ${NAMESPACE} {

extern const std::string_view ${NAME}_chunks[];
extern const std::size_t ${NAME}_chunk_count;

const std::string_view ${NAME}_chunks[] = {
${chunks}};
const std::size_t ${NAME}_chunk_count = ${count};

}  // namespace ${NAMESPACE}
")

# Rewritten only when it changes, so that an unchanged file does not recompile.
file(WRITE "${OUTPUT}.tmp" "${source}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
