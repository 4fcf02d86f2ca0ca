#pragma once
// CSV for Excel (pitfalls): UTF-8 with a BOM so that Excel reads the Chinese, CRLF line ends, cells
// quoted when they hold a comma, a quote or a line break; a cell Excel would run as a formula (=, +,
// -, @ followed by text) is written with a leading apostrophe.

#include <filesystem>
#include <string>
#include <vector>

namespace xuncha::app {

// The whole file's bytes; the first row is the header.
std::string csv_document(const std::vector<std::vector<std::string>>& rows);

// Writes `content` next to `file` and renames it into place, so that a failure never leaves half a
// file. Throws std::runtime_error naming the file and the reason (in the system's words).
void write_file_replacing(const std::filesystem::path& file, const std::string& content);

}  // namespace xuncha::app
