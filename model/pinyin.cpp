#include "model/pinyin.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <memory>
#include <unordered_map>
#include <vector>

namespace xuncha::model {
namespace {

// Two-character surnames, whose readings ICU's Names rules know only as a pair (万俟 mo qi, 长孙 zhang sun).
constexpr std::array<std::string_view, 37> compound_surnames{
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
    "令狐", "端木", "万俟", "单于", "轩辕", "闻人", "呼延", "独孤", "南宫", "西门", "百里", "东郭", "太史",
    "申屠", "澹台", "公冶", "宗政", "濮阳", "淳于", "仲孙", "赫连", "钟离", "闾丘", "司空"};

// ICU transliterators are costly to build and not to be shared across threads without care: one set per
// thread, with a cache per character, since a county's names use a few thousand characters at most.
class Transliterators {
public:
    Transliterators()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_names.reset(icu::Transliterator::createInstance("Han-Latin/Names; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        status = U_ZERO_ERROR;
        m_plain.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    }

    // Space-separated ASCII syllables of `text`, read as a surname or as an ordinary word.
    std::string read(std::string_view text, bool as_surname)
    {
        auto& cache = as_surname ? m_surname_cache : m_plain_cache;
        const std::string key(text);
        if (const auto it = cache.find(key); it != cache.end()) return it->second;
        auto* transliterator = as_surname ? m_names.get() : m_plain.get();
        std::string result;
        if (transliterator) {
            auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
            transliterator->transliterate(unicode);
            unicode.toUTF8String(result);
        }
        cache.emplace(key, result);
        return result;
    }

private:
    std::unique_ptr<icu::Transliterator> m_names;
    std::unique_ptr<icu::Transliterator> m_plain;
    std::unordered_map<std::string, std::string> m_surname_cache;
    std::unordered_map<std::string, std::string> m_plain_cache;
};

Transliterators& transliterators()
{
    thread_local Transliterators instance;
    return instance;
}

struct Piece {
    std::string text;  // one code point (UTF-8)
    bool han;
};

std::vector<Piece> split_code_points(std::string_view name)
{
    std::vector<Piece> pieces;
    int32_t i = 0;
    const auto length = static_cast<int32_t>(name.size());
    while (i < length) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(name.data(), i, length, c);
        if (c < 0) continue;  // invalid UTF-8 byte: skip it
        UErrorCode status = U_ZERO_ERROR;
        const bool han = uscript_getScript(c, &status) == USCRIPT_HAN;
        pieces.push_back({std::string(name.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start))), han});
    }
    return pieces;
}

// Keeps lower-case ASCII letters and digits; everything else ends a syllable.
void append_syllables(const std::string& reading, std::vector<std::string>& syllables)
{
    std::string current;
    for (const char raw : reading) {
        const char c = (raw >= 'A' && raw <= 'Z') ? static_cast<char>(raw - 'A' + 'a') : raw;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            current += c;
        } else if (!current.empty()) {
            syllables.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) syllables.push_back(std::move(current));
}

std::vector<std::string> split_syllables(const std::string& reading)
{
    std::vector<std::string> syllables;
    append_syllables(reading, syllables);
    return syllables;
}

}  // namespace

NamePinyin name_pinyin(std::string_view utf8_name)
{
    auto& translit = transliterators();
    const auto pieces = split_code_points(utf8_name);
    std::vector<std::string> syllables;

    std::size_t i = 0;
    if (pieces.size() >= 2 && pieces[0].han && pieces[1].han) {
        const std::string pair = pieces[0].text + pieces[1].text;
        const bool compound = std::find(compound_surnames.begin(), compound_surnames.end(), pair) != compound_surnames.end();
        if (compound) {
            const auto read = split_syllables(translit.read(pair, true));
            if (read.size() == 2) {
                syllables.insert(syllables.end(), read.begin(), read.end());
                i = 2;
            }
        }
    }
    if (i == 0 && !pieces.empty() && pieces[0].han) {
        append_syllables(translit.read(pieces[0].text, true), syllables);
        i = 1;
    }
    // Latin letters and digits run together into one syllable ("A" in 阿A); Han characters are one each.
    std::string latin_run;
    for (; i < pieces.size(); ++i) {
        if (pieces[i].han) {
            append_syllables(latin_run, syllables);
            latin_run.clear();
            append_syllables(translit.read(pieces[i].text, false), syllables);
        } else if (pieces[i].text.size() == 1) {
            latin_run += pieces[i].text;
        } else {
            append_syllables(latin_run, syllables);  // "·" and other separators end a run
            latin_run.clear();
        }
    }
    append_syllables(latin_run, syllables);

    NamePinyin result;
    for (const auto& s : syllables) {
        if (!result.syllables.empty()) result.syllables += ' ';
        result.syllables += s;
        result.initials += s.front();
    }
    return result;
}

NameQuery::NameQuery(std::string_view text)
{
    for (const char raw : text) {
        const auto byte = static_cast<unsigned char>(raw);
        if (byte >= 0x80) m_latin = false;
        if (raw == ' ' || raw == '\t' || raw == '\'') continue;
        char c = (raw >= 'A' && raw <= 'Z') ? static_cast<char>(raw - 'A' + 'a') : raw;
        m_text += c;
    }
    if (m_latin)
        for (auto& c : m_text)
            if (c == 'v') c = 'u';  // ü is typed as v; the stored pinyin writes it u
}

namespace {

// Does query[q..] spell syllables[s..] in order, each by a non-empty prefix of it?
bool spells(std::string_view query, std::size_t q, const std::array<std::string_view, 16>& syllables,
            std::size_t count, std::size_t s)
{
    if (q == query.size()) return true;
    if (s == count) return false;
    const auto syllable = syllables[s];
    const std::size_t longest = std::min(syllable.size(), query.size() - q);
    for (std::size_t len = longest; len >= 1; --len)
        if (query.compare(q, len, syllable.substr(0, len)) == 0 && spells(query, q + len, syllables, count, s + 1))
            return true;
    return false;
}

}  // namespace

bool NameQuery::matches(std::string_view name, std::string_view syllables, std::string_view initials) const
{
    if (m_text.empty()) return true;
    if (!m_latin) return name.find(m_text) != std::string_view::npos;
    // Every match starts at a syllable, so the query's first letter must be an initial.
    if (initials.find(m_text.front()) == std::string_view::npos) return false;

    std::array<std::string_view, 16> parts{};
    std::size_t count = 0;
    std::size_t start = 0;
    while (start < syllables.size() && count < parts.size()) {
        const auto end = syllables.find(' ', start);
        const auto stop = end == std::string_view::npos ? syllables.size() : end;
        if (stop > start) parts[count++] = syllables.substr(start, stop - start);
        start = stop + 1;
    }
    for (std::size_t s = 0; s < count; ++s)
        if (parts[s].front() == m_text.front() && spells(m_text, 0, parts, count, s)) return true;
    return false;
}

}  // namespace xuncha::model
