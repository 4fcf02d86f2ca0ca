#pragma once
// UTF-8 checks for the exchange format's reader and writer.

#include <cstddef>
#include <string_view>

namespace xuncha::app {

// The length of the well-formed UTF-8 sequence that starts at text[at] (1 to 4), or 0 when the bytes
// there are not one (a stray continuation byte, an overlong form, a surrogate, beyond U+10FFFF, cut short).
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

bool is_valid_utf8(std::string_view text);

}  // namespace xuncha::app
