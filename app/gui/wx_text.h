#pragma once
// The one place where UTF-8 std::string meets wxString (pitfalls: never build a wxString from a
// const char* holding Chinese), and where vocabulary terms get their label in the UI language.

#include "model/vocabulary.h"

#include <wx/string.h>
#include <wx/translation.h>

#include <string>
#include <string_view>

namespace xuncha::app {

enum class UiLanguage { chinese, english };

// Set once by the composition root after the translations are loaded; Chinese until then.
void set_ui_language(UiLanguage language);
UiLanguage ui_language();

inline wxString to_wx(std::string_view utf8)
{
    return wxString::FromUTF8(utf8.data(), utf8.size());
}

inline std::string from_wx(const wxString& text)
{
    return text.utf8_string();
}

// A vocabulary term as the user reads it: the official Chinese name, or the English one.
template <class E>
wxString term_label(const model::Term<E>& term)
{
    return to_wx(ui_language() == UiLanguage::chinese ? term.zh : term.en);
}

template <class E>
wxString term_label(E value)
{
    return term_label(model::term(value));
}

}  // namespace xuncha::app

// wxPLURAL for ASCII source strings under wxNO_IMPLICIT_WXSTRING_ENCODING (xgettext keyword
// XUNCHA_PLURAL:1,2, see scripts/refresh-pot.sh).
#define XUNCHA_PLURAL(singular, plural, n) \
    wxGetTranslation(wxASCII_STR(singular), wxASCII_STR(plural), static_cast<unsigned>(n))
