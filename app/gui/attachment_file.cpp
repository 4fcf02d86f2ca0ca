#include "app/gui/attachment_file.h"

#include "app/gui/messages.h"
#include "app/gui/wx_text.h"
#include "db/db_error.h"

#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/mstream.h>
#include <wx/utils.h>
#include <wx/wfstream.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace xuncha::app {

namespace {

wxString size_text(long long bytes)
{
    if (bytes >= 1024 * 1024) return wxString::Format(_("%.1f MB"), static_cast<double>(bytes) / (1024.0 * 1024.0));
    if (bytes >= 1024) return wxString::Format(_("%.0f KB"), static_cast<double>(bytes) / 1024.0);
    return wxString::Format(_("%lld bytes"), bytes);
}

}  // namespace

AttachmentRead read_attachment_file(const wxString& path, bool images_only)
{
    AttachmentRead read;
    const wxFileName file(path);
    const wxString shown = file.GetFullName();
    if (!file.FileExists()) {
        read.problem = wxString::Format(_("The file %s does not exist."), shown);
        return read;
    }
    const std::string media_type = model::media_type_for(from_wx(file.GetFullName()));
    const bool image = media_type.rfind("image/", 0) == 0;
    if (media_type.empty() || (images_only && !image)) {
        read.problem = images_only
                           ? wxString::Format(_("%s is not a photo xuncha can store: choose a JPEG, PNG, GIF, BMP "
                                                "or TIFF image."),
                                              shown)
                           : wxString::Format(_("%s is not a file type xuncha can store: choose a PDF or an image "
                                                "(JPEG, PNG, GIF, BMP, TIFF)."),
                                              shown);
        return read;
    }
    // The size is checked before reading, so a huge file is never loaded.
    const wxULongLong size = file.GetSize();
    if (size == wxInvalidSize) {
        read.problem = wxString::Format(_("The file %s cannot be read."), shown);
        return read;
    }
    if (size.GetValue() > static_cast<unsigned long long>(model::max_attachment_size)) {
        read.problem = wxString::Format(_("%s is %s; files over %s are not stored. Scan at a lower resolution "
                                          "or compress the file."),
                                        shown, size_text(static_cast<long long>(size.GetValue())),
                                        size_text(model::max_attachment_size));
        return read;
    }
    std::ifstream in(from_wx(file.GetFullPath()), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
        read.problem = wxString::Format(_("The file %s cannot be read."), shown);
        return read;
    }
    if (image && !attachment_thumbnail(bytes, wxSize(8, 8)).IsOk()) {
        read.problem = wxString::Format(_("%s is not a readable image."), shown);
        return read;
    }
    model::Attachment attachment;
    attachment.file_name = from_wx(shown);
    attachment.media_type = media_type;
    attachment.size = static_cast<long long>(bytes.size());
    attachment.content = std::make_shared<const std::string>(std::move(bytes));
    read.attachment = std::move(attachment);
    return read;
}

std::shared_ptr<const std::string> attachment_content(const model::Attachment& attachment,
                                                      const AttachmentLoader& load)
{
    if (attachment.content) return attachment.content;
    if (!load) return nullptr;
    return load(attachment);
}

wxBitmap attachment_thumbnail(const std::string& content, const wxSize& box)
{
    if (content.empty()) return wxBitmap();
    wxMemoryInputStream stream(content.data(), content.size());
    wxLogNull quiet;  // a broken image is reported by the caller, not by a log box
    wxImage image;
    if (!image.LoadFile(stream, wxBITMAP_TYPE_ANY) || !image.IsOk()) return wxBitmap();
    const double scale = std::min(static_cast<double>(box.x) / image.GetWidth(),
                                  static_cast<double>(box.y) / image.GetHeight());
    if (scale < 1.0)
        image.Rescale(std::max(1, static_cast<int>(image.GetWidth() * scale)),
                      std::max(1, static_cast<int>(image.GetHeight() * scale)), wxIMAGE_QUALITY_HIGH);
    return wxBitmap(image);
}

wxString write_attachment_for_viewing(const model::Attachment& attachment, const std::string& content)
{
    // One private folder per process; the file keeps its name so the viewer knows its type. The
    // folder goes when the program ends: scans and photos are sensitive.
    struct ViewingFolder {
        std::filesystem::path path;
        ~ViewingFolder()
        {
            std::error_code ignored;
            if (!path.empty()) std::filesystem::remove_all(path, ignored);
        }
    };
    static ViewingFolder viewing;
    wxFileName folder = wxFileName::DirName(wxFileName::GetTempDir());
    folder.AppendDir(wxString::Format(wxS("xuncha-attachments-%ld"), static_cast<long>(getpid())));
    if (!folder.DirExists() && !folder.Mkdir(0700, wxPATH_MKDIR_FULL))
        throw std::runtime_error("cannot create " + from_wx(folder.GetFullPath()));
    viewing.path = std::filesystem::path(from_wx(folder.GetPath()));
    wxString name = to_wx(attachment.file_name);
    name.Replace(wxS("/"), wxS("_"));
    if (name.empty()) name = wxS("attachment");
    wxFileName file(folder.GetPath(), name);
    std::ofstream out(from_wx(file.GetFullPath()), std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) throw std::runtime_error("cannot write " + from_wx(file.GetFullPath()));
    return file.GetFullPath();
}

void open_attachment(wxWindow* parent, const model::Attachment& attachment, const AttachmentLoader& load)
{
    const wxString name = to_wx(attachment.file_name);
    try {
        const auto content = attachment_content(attachment, load);
        if (!content) {
            message_box(parent, wxString::Format(_("%s cannot be opened here."), name), _("Open Attachment"),
                        wxOK | wxICON_WARNING);
            return;
        }
        const wxString path = write_attachment_for_viewing(attachment, *content);
        if (!wxLaunchDefaultApplication(path))
            message_box(parent,
                        wxString::Format(_("No program is set up to open %s. A copy was saved as:\n%s"), name, path),
                        _("Open Attachment"), wxOK | wxICON_INFORMATION);
    } catch (const db::DbError& error) {
        show_db_error(parent, error, wxString::Format(_("%s could not be read from the database."), name));
    } catch (const std::exception& error) {
        show_unexpected_error(parent, error, wxString::Format(_("%s could not be opened."), name));
    }
}

wxString chosen_path(const wxFileDialog& dialog)
{
    // wxGTK reads the path from the GTK widget; a dialog answered without being shown (by a modal
    // dialog hook, as the GUI tests do) only has the path given to SetPath().
    const wxString path = dialog.GetPath();
    return path.empty() ? dialog.wxFileDialogBase::GetPath() : path;
}

wxString attachment_label(const model::Attachment& attachment)
{
    return wxString::Format(wxS("%s (%s)"), to_wx(attachment.file_name), size_text(attachment.size));
}

}  // namespace xuncha::app
