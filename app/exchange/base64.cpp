#include "app/exchange/base64.h"

#include <openssl/evp.h>

#include <array>
#include <climits>
#include <cstdint>

namespace xuncha::app {
namespace {

// OpenSSL's block functions take an int length: large attachments go through in whole groups of this many
// bytes (encoding) or characters (decoding).
constexpr std::size_t encode_chunk = 3 * (std::size_t{1} << 20);
constexpr std::size_t decode_chunk = 4 * (std::size_t{1} << 20);
static_assert(encode_chunk <= INT_MAX && decode_chunk <= INT_MAX);

// The value of each byte in the standard alphabet, -1 (all bits set) for any other.
constexpr std::array<std::int8_t, 256> alphabet_values = [] {
    std::array<std::int8_t, 256> values{};
    values.fill(-1);
    constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (std::size_t i = 0; i < alphabet.size(); ++i)
        values[static_cast<unsigned char>(alphabet[i])] = static_cast<std::int8_t>(i);
    return values;
}();

int alphabet_value(char c) { return alphabet_values[static_cast<unsigned char>(c)]; }

// Whether every byte is in the alphabet: one pass without branches (photos run to megabytes).
bool in_alphabet(std::string_view text)
{
    std::int8_t all = 0;
    for (const char c : text) all |= alphabet_values[static_cast<unsigned char>(c)];
    return all >= 0;
}

unsigned char* bytes_of(std::string& text) { return reinterpret_cast<unsigned char*>(text.data()); }
const unsigned char* bytes_of(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }

}  // namespace

std::string base64_encode(std::string_view bytes)
{
    std::string out((bytes.size() + 2) / 3 * 4, '\0');
    std::size_t written = 0;
    for (std::size_t at = 0; at < bytes.size(); at += encode_chunk) {
        const auto part = bytes.substr(at, encode_chunk);
        // Each call also writes a NUL after its output: over the next part's first character, or, for the
        // last part, onto the string's own terminator, which is NUL already.
        written += static_cast<std::size_t>(
            EVP_EncodeBlock(bytes_of(out) + written, bytes_of(part), static_cast<int>(part.size())));
    }
    return out;
}

std::optional<std::string> base64_decode(std::string_view text)
{
    // OpenSSL's decoder is lenient (it skips surrounding whitespace and accepts any padding bits), so the
    // strict format is checked first.
    if (text.size() % 4 != 0) return std::nullopt;
    if (text.empty()) return std::string();
    const std::size_t padding = text.ends_with("==") ? 2 : text.ends_with('=') ? 1 : 0;
    const auto data = text.substr(0, text.size() - padding);
    if (!in_alphabet(data)) return std::nullopt;
    // Bits below the last whole byte must be zero, so that each content has one spelling ("QQ==", not "QR==").
    if (padding > 0 && (alphabet_value(data.back()) & (padding == 1 ? 0x3 : 0xF)) != 0) return std::nullopt;

    std::string out(text.size() / 4 * 3, '\0');
    std::size_t written = 0;
    for (std::size_t at = 0; at < text.size(); at += decode_chunk) {
        const auto part = text.substr(at, decode_chunk);
        const int length = EVP_DecodeBlock(bytes_of(out) + written, bytes_of(part), static_cast<int>(part.size()));
        if (length < 0) return std::nullopt;  // not after the check above; refused rather than guessed at
        written += static_cast<std::size_t>(length);
    }
    // The padding decodes to zero bytes that are not part of the content.
    out.resize(out.size() - padding);
    return out;
}

}  // namespace xuncha::app
