#include "app/exchange/base64.h"

#include <array>
#include <cstdint>

namespace xuncha::app {
namespace {

constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

constexpr std::array<std::int8_t, 256> decoding_table()
{
    std::array<std::int8_t, 256> table{};
    for (auto& entry : table) entry = -1;
    for (int i = 0; i < 64; ++i) table[static_cast<unsigned char>(alphabet[i])] = static_cast<std::int8_t>(i);
    return table;
}

constexpr auto decoding = decoding_table();

}  // namespace

std::string base64_encode(std::string_view bytes)
{
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    const auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])); };
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const auto group = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
        out += alphabet[group >> 18];
        out += alphabet[(group >> 12) & 63];
        out += alphabet[(group >> 6) & 63];
        out += alphabet[group & 63];
    }
    if (i + 1 == bytes.size()) {
        const auto group = byte(i) << 16;
        out += alphabet[group >> 18];
        out += alphabet[(group >> 12) & 63];
        out += "==";
    } else if (i + 2 == bytes.size()) {
        const auto group = byte(i) << 16 | byte(i + 1) << 8;
        out += alphabet[group >> 18];
        out += alphabet[(group >> 12) & 63];
        out += alphabet[(group >> 6) & 63];
        out += '=';
    }
    return out;
}

std::optional<std::string> base64_decode(std::string_view text)
{
    if (text.size() % 4 != 0) return std::nullopt;
    if (text.empty()) return std::string();
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t last = text.size() - 4;  // the final group, which may carry padding
    std::string out(last / 4 * 3, '\0');
    auto* to = out.data();
    for (std::size_t i = 0; i < last; i += 4) {
        const int a = decoding[in[i]], b = decoding[in[i + 1]], c = decoding[in[i + 2]], d = decoding[in[i + 3]];
        if ((a | b | c | d) < 0) return std::nullopt;
        const auto group = static_cast<std::uint32_t>(a << 18 | b << 12 | c << 6 | d);
        *to++ = static_cast<char>(group >> 16);
        *to++ = static_cast<char>((group >> 8) & 0xFF);
        *to++ = static_cast<char>(group & 0xFF);
    }
    const int padding = in[last + 3] != '=' ? 0 : in[last + 2] == '=' ? 2 : 1;
    std::uint32_t group = 0;
    for (int k = 0; k < 4; ++k) {
        if (k >= 4 - padding) {
            group <<= 6;
            continue;
        }
        const auto value = decoding[in[last + static_cast<std::size_t>(k)]];
        if (value < 0) return std::nullopt;
        group = group << 6 | static_cast<std::uint32_t>(value);
    }
    // Bits below the last whole byte must be zero, so that each content has one spelling.
    if ((padding == 1 && (group & 0xFF) != 0) || (padding == 2 && (group & 0xFFFF) != 0)) return std::nullopt;
    out += static_cast<char>(group >> 16);
    if (padding < 2) out += static_cast<char>((group >> 8) & 0xFF);
    if (padding < 1) out += static_cast<char>(group & 0xFF);
    return out;
}

}  // namespace xuncha::app
