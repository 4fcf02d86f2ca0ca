#pragma once
// Attachments (a photo, the scan of a pledge) between files and the person editor: reading a file the
// user chose, with its size and type checked; a thumbnail; writing the stored bytes to a private
// temporary file for the system viewer.

#include "model/attachment.h"

#include <wx/bitmap.h>
#include <wx/string.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

class wxFileDialog;
class wxWindow;

namespace xuncha::app {

// The bytes of a stored attachment, read from the database with their SHA-256 checked; throws
// db::DbError when they cannot be read or do not match. Set by whoever holds the database.
using AttachmentLoader = std::function<std::shared_ptr<const std::string>(const model::Attachment&)>;

struct AttachmentRead {
    std::optional<model::Attachment> attachment;  // a new attachment (id 0) with its content
    wxString problem;                             // why the file cannot be used, when it cannot
};

// Reads `path` into a new attachment. Refuses files over model::max_attachment_size, of a type
// model::media_type_for does not know, and (when `images_only`) anything but an image.
AttachmentRead read_attachment_file(const wxString& path, bool images_only);

// The bytes of `attachment`: its own for a new one, else through `load`. Null when there is no loader.
std::shared_ptr<const std::string> attachment_content(const model::Attachment& attachment,
                                                      const AttachmentLoader& load);

// A bitmap of the image scaled to fit `box` (keeping its proportions); invalid when the bytes are not
// an image wx can read.
wxBitmap attachment_thumbnail(const std::string& content, const wxSize& box);

// Writes the bytes to a private temporary folder under the attachment's file name; returns the path,
// or throws std::runtime_error when the file cannot be written.
wxString write_attachment_for_viewing(const model::Attachment& attachment, const std::string& content);

// "Open": loads the bytes (hash checked), writes them to a temporary file and opens it with the
// system's viewer; tells the user what went wrong otherwise.
void open_attachment(wxWindow* parent, const model::Attachment& attachment, const AttachmentLoader& load);

// The file chosen in an Open dialog that returned wxID_OK.
wxString chosen_path(const wxFileDialog& dialog);

// "王晓燕廉洁承诺书.pdf (1.2 MB)".
wxString attachment_label(const model::Attachment& attachment);

}  // namespace xuncha::app
