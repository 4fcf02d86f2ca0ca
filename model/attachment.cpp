#include "model/attachment.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace xuncha::model {

std::string media_type_for(const std::string& file_name)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> types{{
        {"jpg", "image/jpeg"},
        {"jpeg", "image/jpeg"},
        {"png", "image/png"},
        {"gif", "image/gif"},
        {"bmp", "image/bmp"},
        {"tif", "image/tiff"},
        {"tiff", "image/tiff"},
        {"pdf", "application/pdf"},
    }};
    const auto dot = file_name.rfind('.');
    if (dot == std::string::npos) return {};
    std::string extension = file_name.substr(dot + 1);
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    for (const auto& [ext, type] : types)
        if (ext == extension) return std::string(type);
    return {};
}

}  // namespace xuncha::model
