#include "app/gui/text_wrap.h"

#include <wx/stattext.h>
#include <wx/window.h>

#include <vector>

namespace xuncha::app {

namespace {

bool is_cjk(wxUniChar c)
{
    const auto v = c.GetValue();
    return (v >= 0x2E80 && v <= 0x9FFF) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFF00 && v <= 0xFFEF) ||
           (v >= 0x3000 && v <= 0x303F);
}

// Characters a line must not start with, and ones it must not end with.
bool closes(wxUniChar c)
{
    static const wxString closing = wxString::FromUTF8("，。、；：？！）》」』”’…—,.;:?!)]%");
    return closing.Find(c) != wxNOT_FOUND;
}

bool opens(wxUniChar c)
{
    static const wxString opening = wxString::FromUTF8("（《「『“‘([");
    return opening.Find(c) != wxNOT_FOUND;
}

// Pieces that stay together on a line: a CJK character (with the punctuation that must follow it), a
// word of other text, or a space.
std::vector<wxString> pieces(const wxString& paragraph)
{
    std::vector<wxString> out;
    wxString pending_open;
    for (auto it = paragraph.begin(); it != paragraph.end(); ++it) {
        const wxUniChar c = *it;
        if (c == ' ') {
            out.push_back(pending_open + wxS(" "));
            pending_open.clear();
            continue;
        }
        if (opens(c)) {
            pending_open += c;
            continue;
        }
        if (closes(c) && !out.empty() && pending_open.empty()) {
            out.back() += c;
            continue;
        }
        // Other text continues its word, also across ASCII punctuation ("exchange-format.md").
        if (is_cjk(c) || out.empty() || out.back().empty() || out.back().Last() == ' ' || is_cjk(out.back().Last())) {
            out.push_back(pending_open + c);
        } else {
            out.back() += pending_open + c;
        }
        pending_open.clear();
    }
    if (!pending_open.empty()) out.push_back(pending_open);
    return out;
}

}  // namespace

wxString wrap_text(const wxWindow& window, const wxString& text, int width)
{
    wxString result;
    const wxArrayString paragraphs = wxSplit(text, '\n', '\0');
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        if (p > 0) result += wxS("\n");
        wxString line;
        for (const auto& piece : pieces(paragraphs[p])) {
            const wxString candidate = line + piece;
            if (!line.empty() && window.GetTextExtent(candidate).x > width) {
                line.Trim(true);
                result += line + wxS("\n");
                line = piece;
                line.Trim(false);
            } else {
                line = candidate;
            }
        }
        result += line;
    }
    return result;
}

void set_wrapped_label(wxStaticText& label, const wxString& text, int width)
{
    label.SetLabel(wrap_text(label, text, width));
}

}  // namespace xuncha::app
