#pragma once
// Base64 (RFC 4648, standard alphabet, with padding) for attachments inside exchange documents.

#include <optional>
#include <string>
#include <string_view>

namespace xuncha::app {

std::string base64_encode(std::string_view bytes);

// Strict: the standard alphabet, "=" padding to a multiple of four, no whitespace, no other characters.
// nullopt for anything else.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace xuncha::app
