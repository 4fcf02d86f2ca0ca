#pragma once
// A stored file (a photo, the scan of a signed pledge). The bytes live inside the database, so a backup
// or a move of the database file keeps them; their SHA-256 is checked whenever they are read.

#include "model/ids.h"

#include <memory>
#include <string>

namespace xuncha::model {

struct Attachment {
    AttachmentId id;
    std::string file_name;   // as the user chose it: "王晓燕廉洁承诺书.pdf"
    std::string media_type;  // "image/jpeg", "application/pdf"
    std::string sha256;      // lower-case hex of the content, set by the database layer
    long long size = 0;      // bytes
    // The bytes: set for a new attachment (id 0) to be saved, or after an explicit load; null otherwise.
    std::shared_ptr<const std::string> content;

    // Equal when they describe the same stored file; whether the bytes are loaded does not matter.
    bool operator==(const Attachment& other) const
    {
        return id == other.id && file_name == other.file_name && media_type == other.media_type &&
               sha256 == other.sha256 && size == other.size;
    }
};

// Photos and scans larger than this are refused (a scanned A4 page at 300 dpi is well under it).
inline constexpr long long max_attachment_size = 20LL * 1024 * 1024;

// The media type for a file name's extension (jpg, jpeg, png, gif, bmp, tif, tiff, pdf); "" when unknown.
std::string media_type_for(const std::string& file_name);

}  // namespace xuncha::model
