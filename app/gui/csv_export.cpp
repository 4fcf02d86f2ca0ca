#include "app/gui/csv_export.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace xuncha::app {

namespace {

bool is_number(const std::string& text, std::size_t from)
{
    if (from >= text.size()) return false;
    bool digit = false;
    for (std::size_t i = from; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') digit = true;
        else if (c != '.') return false;
    }
    return digit;
}

std::string cell(const std::string& value)
{
    std::string text = value;
    // Formula injection: a remark typed as "=HYPERLINK(...)" must stay text.
    if (!text.empty() && (text[0] == '=' || text[0] == '@' ||
                          ((text[0] == '+' || text[0] == '-') && text.size() > 1 && !is_number(text, 1))))
        text.insert(0, 1, '\'');
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

}  // namespace

std::string csv_document(const std::vector<std::vector<std::string>>& rows)
{
    std::string document = "\xEF\xBB\xBF";
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0) document += ',';
            document += cell(row[i]);
        }
        document += "\r\n";
    }
    return document;
}

void write_file_replacing(const std::filesystem::path& file, const std::string& content)
{
    const std::filesystem::path partial = file.string() + ".part";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error(file.string() + ": " + std::strerror(errno));
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        out.close();
        if (!out) {
            const std::string reason = std::strerror(errno);
            std::error_code ignored;
            std::filesystem::remove(partial, ignored);
            throw std::runtime_error(file.string() + ": " + reason);
        }
    }
    std::error_code error;
    std::filesystem::rename(partial, file, error);
    if (error) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        throw std::runtime_error(file.string() + ": " + error.message());
    }
}

}  // namespace xuncha::app
