#pragma once
// 设置: the interface language (applies after a restart) and the database opened at start.

#include "app/gui/wx_text.h"

#include <wx/dialog.h>

#include <string>

class wxRadioBox;
class wxTextCtrl;

namespace xuncha::app {

struct SettingsValues {
    UiLanguage language = UiLanguage::chinese;
    std::string startup_database;  // empty: the default file

    bool operator==(const SettingsValues&) const = default;
};

class SettingsDialog : public wxDialog {
public:
    SettingsDialog(wxWindow* parent, SettingsValues values, const std::string& default_database);

    const SettingsValues& values() const { return m_values; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    SettingsValues m_values;
    wxRadioBox* m_language = nullptr;
    wxTextCtrl* m_database = nullptr;
};

}  // namespace xuncha::app
