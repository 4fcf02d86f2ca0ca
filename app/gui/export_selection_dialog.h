#pragma once
// 导出所选: where to write the selected rows (their shown columns) as CSV for Excel, and whether to add
// the ID number column, masked (110105********002X): full ID numbers never leave through this path.

#include <wx/dialog.h>

#include <filesystem>

class wxCheckBox;
class wxFilePickerCtrl;
class wxStaticText;

namespace xuncha::app {

class ExportSelectionDialog : public wxDialog {
public:
    ExportSelectionDialog(wxWindow* parent, std::size_t people, const wxString& default_path);

    const std::filesystem::path& path() const { return m_path; }
    bool include_id_numbers() const { return m_include_id; }

    // The controls, for tests.
    wxFilePickerCtrl* file_picker() const { return m_file; }
    wxCheckBox* id_check() const { return m_id; }

    bool TransferDataFromWindow() override;

private:
    std::filesystem::path m_path;
    bool m_include_id = false;
    wxFilePickerCtrl* m_file = nullptr;
    wxCheckBox* m_id = nullptr;
    wxStaticText* m_problem = nullptr;
};

}  // namespace xuncha::app
