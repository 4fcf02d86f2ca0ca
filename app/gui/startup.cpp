#include "app/gui/startup.h"

#include "app/gui/messages.h"
#include "db/database.h"

#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>
#include <wx/utils.h>

#include <clocale>
#include <cstring>

// glibc's: raised whenever the catalogues to search change (the gettext manual, "Being a gettext grok").
extern "C" int _nl_msg_cat_cntr;

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
    // Without a usable system locale (LANG unset, or naming one not installed) the process stays in "C",
    // where gettext ignores LANGUAGE below and text outside ASCII cannot pass through the C library.
    const char* current = std::setlocale(LC_MESSAGES, nullptr);
    if (current == nullptr || std::strcmp(current, "C") == 0 || std::strcmp(current, "POSIX") == 0)
        std::setlocale(LC_ALL, "C.UTF-8");
    // GTK's own words (the file dialogs' 取消 and 打开, their "Recent" and "Other Locations") come from
    // its gettext catalogues, which follow LANGUAGE before the system locale: they speak the
    // interface's language even on a machine set up in English. The catalogues may have been read
    // already: _nl_msg_cat_cntr tells gettext to look again.
    wxSetEnv(wxS("LANGUAGE"), language == UiLanguage::chinese ? wxS("zh_CN:zh") : wxS("en_US:en"));
    ++_nl_msg_cat_cntr;

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
