#pragma once
// Line breaking for Chinese text: wxStaticText::Wrap() breaks only at spaces, so a Chinese sentence
// stays one long line and widens its dialog. This breaks between any two CJK characters (never before
// closing punctuation such as ，。） nor after opening ones such as （“), and at spaces in other text.

#include <wx/string.h>

class wxWindow;
class wxStaticText;

namespace xuncha::app {

// `text` with line breaks inserted so that no line is wider than `width` pixels in `window`'s font.
wxString wrap_text(const wxWindow& window, const wxString& text, int width);

// Sets the label of `label`, wrapped to `width` pixels.
void set_wrapped_label(wxStaticText& label, const wxString& text, int width);

}  // namespace xuncha::app
