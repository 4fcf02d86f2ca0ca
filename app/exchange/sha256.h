#pragma once
// SHA-256 (FIPS 180-4), to check attachments in exchange documents against their stated hash.

#include <string>
#include <string_view>

namespace xuncha::app {

// The digest of `bytes` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace xuncha::app
