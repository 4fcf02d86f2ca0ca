#include "app/exchange/demo_files.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace xuncha::app {
namespace {

std::uint32_t crc32(std::string_view bytes)
{
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFU;
    for (const char byte : bytes) c = table[(c ^ static_cast<unsigned char>(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFU;
}

void append_be32(std::string& out, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xFF);
}

void append_chunk(std::string& out, std::string_view type, const std::string& data)
{
    append_be32(out, static_cast<std::uint32_t>(data.size()));
    const std::string body = std::string(type) + data;
    out += body;
    append_be32(out, crc32(body));
}

// A zlib stream of "stored" (uncompressed) deflate blocks: valid, simple, and the images are tiny.
std::string zlib_stored(const std::string& raw)
{
    std::string out = "\x78\x01";
    std::size_t at = 0;
    do {
        const std::size_t length = std::min<std::size_t>(65535, raw.size() - at);
        const bool last = at + length == raw.size();
        out += static_cast<char>(last ? 1 : 0);
        out += static_cast<char>(length & 0xFF);
        out += static_cast<char>(length >> 8);
        out += static_cast<char>(~length & 0xFF);
        out += static_cast<char>((~length >> 8) & 0xFF);
        out.append(raw, at, length);
        at += length;
    } while (at < raw.size());
    std::uint32_t a = 1;
    std::uint32_t b = 0;
    for (const char byte : raw) {
        a = (a + static_cast<unsigned char>(byte)) % 65521;
        b = (b + a) % 65521;
    }
    append_be32(out, b << 16 | a);
    return out;
}

}  // namespace

std::string demo_portrait_png(int variant)
{
    constexpr int width = 48;
    constexpr int height = 64;
    const int background = 200 + (variant * 7) % 40;  // a light, plain backdrop as ID photos have
    const int figure = 60 + (variant * 13) % 50;
    std::string raw;
    raw.reserve(static_cast<std::size_t>((width + 1) * height));
    for (int y = 0; y < height; ++y) {
        raw += '\0';  // filter: none
        for (int x = 0; x < width; ++x) {
            // Head: an ellipse; shoulders: the lower part of a wide ellipse.
            const int hx = x - width / 2;
            const int hy = y - 24;
            const bool head = hx * hx * 196 + hy * hy * 121 <= 121 * 196;
            const int sx = x - width / 2;
            const int sy = y - 70;
            const bool shoulders = sx * sx * 900 + sy * sy * 576 <= 576 * 900;
            const int shade = head ? figure + 20 : shoulders ? figure : background - y / 8;
            raw += static_cast<char>(shade);
        }
    }
    std::string png = "\x89PNG\r\n\x1a\n";
    std::string header;
    append_be32(header, width);
    append_be32(header, height);
    header += std::string("\x08\x00\x00\x00\x00", 5);  // 8-bit grey, deflate, no filter, no interlace
    append_chunk(png, "IHDR", header);
    append_chunk(png, "IDAT", zlib_stored(raw));
    append_chunk(png, "IEND", "");
    return png;
}

std::string demo_scan_pdf(std::string_view caption, int variant)
{
    // The page's drawing: grey bars for lines of text, a scribbled signature, a red seal.
    std::string content = "0.15 g 200 770 195 16 re f\n";
    int y = 720;
    for (int line = 0; line < 14; ++line, y -= 26) {
        const int indent = line % 5 == 0 ? 100 : 72;
        const int length = line % 5 == 4 ? 160 + (variant * 31 + line * 17) % 200 : 451 - (indent - 72);
        char bar[64];
        std::snprintf(bar, sizeof bar, "0.45 g %d %d %d 7 re f\n", indent, y, length);
        content += bar;
    }
    char signature[160];
    std::snprintf(signature, sizeof signature,
                  "0 0 0.35 RG 1.4 w 360 %d m 380 %d 392 %d 405 %d c 418 %d 430 %d 452 %d c S\n", 250 + variant % 7,
                  290, 230, 262, 300, 236, 258 + variant % 5);
    content += signature;
    content += "0.85 0 0 RG 2.5 w 470 200 m 470 227.6 447.6 250 420 250 c 392.4 250 370 227.6 370 200 c "
               "370 172.4 392.4 150 420 150 c 447.6 150 470 172.4 470 200 c S\n"
               "0.85 0 0 rg 420 222 m 426.5 208.9 l 441 206.8 l 430.5 196.6 l 433 182.2 l 420 189 l 407 182.2 l "
               "409.5 196.6 l 399 206.8 l 413.5 208.9 l f\n";
    content += "BT /F1 9 Tf 0.3 g 72 60 Td (" + std::string(caption) + ") Tj ET\n";

    std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const auto xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const auto offset : offsets) {
        char entry[24];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
        pdf += entry;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

}  // namespace xuncha::app
