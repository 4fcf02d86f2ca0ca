#pragma once
// Small files for the demo county's attachments: a portrait placeholder (PNG) and the "scan" of a
// signed pledge (a one-page PDF). Generated, deterministic, a few kilobytes each; nobody's likeness.

#include <string>
#include <string_view>

namespace xuncha::app {

// A 48 × 64 grey-scale PNG: a head-and-shoulders silhouette on a plain background; `variant` changes
// the shades.
std::string demo_portrait_png(int variant);

// An A4 PDF page drawn like a scanned form: a title bar, lines of "text", a signature and a red seal,
// with `caption` (ASCII) printed at the foot.
std::string demo_scan_pdf(std::string_view caption, int variant);

}  // namespace xuncha::app
