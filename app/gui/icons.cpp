#include "app/gui/icons.h"

#include <string>

namespace xuncha::app {

wxBitmapBundle icon_bundle(std::string_view name, const wxSize& size)
{
    const std::string svg(embedded_svg(name));  // NanoSVG wants a NUL-terminated buffer
    if (svg.empty()) return {};
    return wxBitmapBundle::FromSVG(svg.c_str(), size);
}

}  // namespace xuncha::app
