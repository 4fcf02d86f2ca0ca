#include "app/text/message_catalog.h"

#include <cstdint>
#include <fstream>
#include <iterator>
#include <system_error>

namespace xuncha::app {

namespace {

constexpr std::uint32_t mo_magic = 0x950412de;
constexpr std::uint32_t mo_magic_swapped = 0xde120495;

std::uint32_t swapped(std::uint32_t value)
{
    return (value >> 24) | ((value >> 8) & 0xff00) | ((value << 8) & 0xff0000) | (value << 24);
}

}  // namespace

std::optional<MessageCatalog> MessageCatalog::load(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    MessageCatalog catalog;
    catalog.m_bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return std::nullopt;
    const std::string& bytes = catalog.m_bytes;

    bool swap = false;
    const auto word = [&](std::size_t at, std::uint32_t& out) {
        if (at > bytes.size() || bytes.size() - at < 4) return false;
        std::uint32_t value = 0;
        for (int i = 3; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
        out = swap ? swapped(value) : value;
        return true;
    };
    std::uint32_t magic = 0;
    if (!word(0, magic)) return std::nullopt;
    if (magic == mo_magic_swapped) swap = true;
    else if (magic != mo_magic) return std::nullopt;
    std::uint32_t revision = 0, count = 0, originals = 0, translations = 0;
    if (!word(4, revision) || (revision >> 16) > 1 || !word(8, count) || !word(12, originals) ||
        !word(16, translations))
        return std::nullopt;
    // A string of the file: (length, offset) at `entry`, within the file.
    const auto string_at = [&](std::size_t entry, std::string_view& out) {
        std::uint32_t length = 0, offset = 0;
        if (!word(entry, length) || !word(entry + 4, offset)) return false;
        if (offset > bytes.size() || bytes.size() - offset < length) return false;
        out = std::string_view(bytes).substr(offset, length);
        return true;
    };
    for (std::uint32_t i = 0; i < count; ++i) {
        std::string_view original, translation;
        if (!string_at(originals + std::size_t{8} * i, original) ||
            !string_at(translations + std::size_t{8} * i, translation))
            return std::nullopt;
        // The header (empty id) and untranslated entries give nothing to look up. A plural entry's id
        // is "singular\0plural": looked up by its singular, it would give the first form.
        if (original.empty() || translation.empty()) continue;
        catalog.m_messages.emplace(original.substr(0, original.find('\0')), translation.substr(0, translation.find('\0')));
    }
    return catalog;
}

std::optional<MessageCatalog> MessageCatalog::find_zh_cn()
{
    std::error_code error;
    const auto program = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) return std::nullopt;
    const std::filesystem::path relative = "zh_CN/LC_MESSAGES/xuncha.mo";
    auto dir = program.parent_path();
    for (int up = 0; up <= 3; ++up) {
        if (auto catalog = load(dir / "locale" / relative)) return catalog;
        if (!dir.has_parent_path() || dir.parent_path() == dir) break;
        dir = dir.parent_path();
    }
    return load(program.parent_path() / ".." / "share" / "locale" / relative);
}

std::string_view MessageCatalog::translate(std::string_view msgid) const
{
    const auto it = m_messages.find(msgid);
    return it != m_messages.end() ? it->second : msgid;
}

}  // namespace xuncha::app
