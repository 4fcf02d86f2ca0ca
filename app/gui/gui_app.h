#pragma once
// The composition root: settings, translations, the database, then the main window.

#include <wx/app.h>

#include <memory>

namespace xuncha::app {

class Settings;

class GuiApp : public wxApp {
public:
    GuiApp();
    ~GuiApp() override;

    bool OnInit() override;

private:
    std::unique_ptr<Settings> m_settings;
};

}  // namespace xuncha::app
