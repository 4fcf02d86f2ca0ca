#pragma once
// Toolbar and navigation icons: the SVGs of assets/icons, embedded at build time.

#include <wx/bmpbndl.h>

#include <string_view>

namespace xuncha::app {

// The SVG text of assets/icons/<name>.svg; empty when there is no such icon.
std::string_view embedded_svg(std::string_view name);

// The icon at `size` logical pixels (scaled for the display); an empty bundle for an unknown name.
wxBitmapBundle icon_bundle(std::string_view name, const wxSize& size = wxSize(24, 24));

}  // namespace xuncha::app
