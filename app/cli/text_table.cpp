#include "app/cli/text_table.h"

#include <algorithm>

namespace xuncha::app {
namespace {

bool is_wide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

}  // namespace

std::size_t display_width(std::string_view text)
{
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = 1;
        char32_t c = byte;
        if (byte >= 0xF0) {
            length = 4;
            c = byte & 0x07;
        } else if (byte >= 0xE0) {
            length = 3;
            c = byte & 0x0F;
        } else if (byte >= 0xC0) {
            length = 2;
            c = byte & 0x1F;
        }
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
            c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        width += is_wide(c) ? 2 : 1;
        i += length;
    }
    return width;
}

void TextTable::print(std::ostream& out) const
{
    std::vector<std::size_t> widths(m_headers.size(), 0);
    const auto measure = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], display_width(cells[i]));
    };
    measure(m_headers);
    for (const auto& row : m_rows) measure(row);

    const auto print_row = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (std::size_t i = 0; i < widths.size(); ++i) {
            const std::string& cell = i < cells.size() ? cells[i] : std::string();
            line += cell;
            if (i + 1 < widths.size()) line.append(widths[i] - display_width(cell) + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out << line << '\n';
    };
    print_row(m_headers);
    std::vector<std::string> rule;
    for (const auto w : widths) rule.emplace_back(w, '-');
    print_row(rule);
    for (const auto& row : m_rows) print_row(row);
}

}  // namespace xuncha::app
