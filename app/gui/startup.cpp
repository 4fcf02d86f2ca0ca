#include "app/gui/startup.h"

#include "app/gui/messages.h"
#include "db/database.h"

#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>
#include <wx/utils.h>

namespace xuncha::app {

namespace {

UiLanguage g_ui_language = UiLanguage::chinese;

}  // namespace

void set_ui_language(UiLanguage language)
{
    g_ui_language = language;
}

UiLanguage ui_language()
{
    return g_ui_language;
}

void use_xdg_layout()
{
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
}

void setup_translations(UiLanguage language)
{
    wxUILocale::UseDefault();

    // The build tree keeps the compiled catalogues in <build>/locale while the programs sit a few
    // folders below it; an installed program finds them in ../share/locale.
    const wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
    wxFileName dir = wxFileName::DirName(exe.GetPath());
    for (int up = 0; up <= 3; ++up) {
        const wxString candidate = dir.GetPath() + wxS("/locale");
        if (wxFileName::DirExists(candidate)) wxFileTranslationsLoader::AddCatalogLookupPathPrefix(candidate);
        if (dir.GetDirCount() == 0) break;
        dir.RemoveLastDir();
    }
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(exe.GetPath() + wxS("/../share/locale"));

    auto* translations = new wxTranslations;
    wxTranslations::Set(translations);
    translations->SetLanguage(language == UiLanguage::chinese ? wxLANGUAGE_CHINESE_SIMPLIFIED
                                                              : wxLANGUAGE_ENGLISH_US);
    translations->AddStdCatalog();
    translations->AddCatalog(wxS("xuncha"), wxLANGUAGE_ENGLISH_US);
    set_ui_language(language);
}

std::string default_database_path()
{
    wxString base;
    if (!wxGetEnv(wxS("XDG_DATA_HOME"), &base) || base.empty())
        base = wxFileName::GetHomeDir() + wxS("/.local/share");
    const wxString dir = base + wxS("/xuncha");
    if (!wxFileName::DirExists(dir)) wxFileName::Mkdir(dir, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    return from_wx(dir + wxS("/xuncha.sqlite"));
}

std::unique_ptr<db::Database> open_database_or_explain(wxWindow* parent, const std::string& target,
                                                       bool create_if_missing)
{
    try {
        db::OpenOptions options;
        options.create_if_missing = create_if_missing;
        return db::Database::open(target, options);
    } catch (const db::DbError& error) {
        show_db_error(parent, error, wxString::Format(_("The database %s could not be opened."), to_wx(target)));
    }
    return nullptr;
}

}  // namespace xuncha::app
