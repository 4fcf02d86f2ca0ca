#pragma once
// Plain-text tables for the terminal, aligned by display width (a Chinese character takes two columns).

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace xuncha::app {

// Terminal columns taken by UTF-8 text: East Asian wide and fullwidth characters count two.
std::size_t display_width(std::string_view text);

class TextTable {
public:
    explicit TextTable(std::vector<std::string> headers) : m_headers(std::move(headers)) {}

    void add_row(std::vector<std::string> cells) { m_rows.push_back(std::move(cells)); }
    std::size_t row_count() const { return m_rows.size(); }
    void print(std::ostream& out) const;

private:
    std::vector<std::string> m_headers;
    std::vector<std::vector<std::string>> m_rows;
};

}  // namespace xuncha::app
