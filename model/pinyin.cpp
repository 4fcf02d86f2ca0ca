#include "model/pinyin.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <future>
#include <memory>
#include <system_error>
#include <unordered_map>
#include <vector>

namespace xuncha::model {
namespace {

// Two-character surnames, whose readings ICU's Names rules know only as a pair (万俟 mo qi, 长孙 zhang sun).
constexpr std::array<std::string_view, 37> compound_surnames{
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
    "令狐", "端木", "万俟", "单于", "轩辕", "闻人", "呼延", "独孤", "南宫", "西门", "百里", "东郭", "太史",
    "申屠", "澹台", "公冶", "宗政", "濮阳", "淳于", "仲孙", "赫连", "钟离", "闾丘", "司空"};

// Polyphonic characters common in names. ICU reads a single character one way only; reading a whole name
// in context costs ~180 µs, too slow for bulk saves. So such a character carries all its name readings,
// the one usual in given names first.
struct Polyphone {
    std::string_view character;
    std::string_view readings;  // '/'-separated
};
constexpr std::array<Polyphone, 40> polyphones{{
    {"长", "chang/zhang"}, {"乐", "le/yue"},    {"重", "chong/zhong"}, {"行", "xing/hang"},  {"朝", "chao/zhao"},
    {"单", "dan/shan/chan"}, {"曾", "zeng/ceng"}, {"解", "jie/xie"},    {"查", "cha/zha"},    {"仇", "qiu/chou"},
    {"区", "qu/ou"},        {"朴", "pu/piao"},  {"覃", "tan/qin"},     {"翟", "zhai/di"},    {"盖", "gai/ge"},
    {"缪", "miao/mou"},     {"种", "zhong/chong"}, {"参", "shen/can"}, {"藏", "zang/cang"},  {"传", "chuan/zhuan"},
    {"调", "diao/tiao"},    {"都", "du/dou"},   {"降", "jiang/xiang"}, {"强", "qiang/jiang"}, {"省", "sheng/xing"},
    {"率", "shuai/lu"},     {"便", "bian/pian"}, {"尉", "wei/yu"},     {"员", "yuan/yun"},   {"薄", "bo/bao"},
    {"繁", "fan/po"},       {"莘", "shen/xin"}, {"召", "zhao/shao"},   {"秘", "mi/bi"},      {"谌", "chen/shen"},
    {"句", "ju/gou"},       {"柏", "bai/bo"},   {"万", "wan/mo"},      {"奇", "qi/ji"},      {"华", "hua"},
}};

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

    // The ASCII reading of `text`, as a surname or as an ordinary word.
    const std::string& read(const std::string& text, bool as_surname)
    {
        auto& cache = as_surname ? m_surname_cache : m_plain_cache;
        if (const auto it = cache.find(text); it != cache.end()) return it->second;
        auto* transliterator = as_surname ? m_names.get() : m_plain.get();
        std::string result;
        if (transliterator) {
            auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
            transliterator->transliterate(unicode);
            unicode.toUTF8String(result);
        }
        return cache.emplace(text, std::move(result)).first->second;
    }

private:
    std::unique_ptr<icu::Transliterator> m_names;
    std::unique_ptr<icu::Transliterator> m_plain;
    std::unordered_map<std::string, std::string> m_surname_cache;
    std::unordered_map<std::string, std::string> m_plain_cache;
};

// This thread's transliterators, and those being built for it on another thread (prepare_name_pinyin).
thread_local std::unique_ptr<Transliterators> this_thread_transliterators;
thread_local std::future<std::unique_ptr<Transliterators>> prepared_transliterators;

Transliterators& transliterators()
{
    if (!this_thread_transliterators) {
        this_thread_transliterators = prepared_transliterators.valid() ? prepared_transliterators.get()
                                                                        : std::make_unique<Transliterators>();
    }
    return *this_thread_transliterators;
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

// Lower-case ASCII letters and digits of `reading`, split where anything else stands.
std::vector<std::string> ascii_words(std::string_view reading)
{
    std::vector<std::string> words;
    std::string current;
    for (const char raw : reading) {
        const char c = (raw >= 'A' && raw <= 'Z') ? static_cast<char>(raw - 'A' + 'a') : raw;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            current += c;
        } else if (!current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) words.push_back(std::move(current));
    return words;
}

// One Han character's syllable: `primary` first, then its other name readings.
std::string han_syllable(const std::string& character, const std::string& primary, bool primary_first)
{
    const auto it = std::find_if(polyphones.begin(), polyphones.end(),
                                 [&](const Polyphone& p) { return p.character == character; });
    if (it == polyphones.end()) return primary;
    std::string result = primary_first ? primary : std::string();
    std::string_view rest = it->readings;
    while (!rest.empty()) {
        const auto slash = rest.find('/');
        const auto reading = rest.substr(0, slash);
        const bool seen = ("/" + result + "/").find("/" + std::string(reading) + "/") != std::string::npos;
        if (!seen) result += (result.empty() ? "" : "/") + std::string(reading);
        rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    }
    return result;
}

}  // namespace

void prepare_name_pinyin()
{
    if (this_thread_transliterators || prepared_transliterators.valid()) return;
    try {
        prepared_transliterators =
            std::async(std::launch::async, [] { return std::make_unique<Transliterators>(); });
    }
    catch (const std::system_error&) {
        // No thread to be had: the first name_pinyin() builds them, as without this call.
    }
}

NamePinyin name_pinyin(std::string_view utf8_name)
{
    auto& translit = transliterators();
    const auto pieces = split_code_points(utf8_name);
    std::vector<std::string> syllables;

    std::size_t i = 0;
    if (pieces.size() >= 2 && pieces[0].han && pieces[1].han) {
        const std::string pair = pieces[0].text + pieces[1].text;
        if (std::find(compound_surnames.begin(), compound_surnames.end(), pair) != compound_surnames.end()) {
            const auto read = ascii_words(translit.read(pair, true));
            if (read.size() == 2) {
                syllables = read;
                i = 2;
            }
        }
    }
    if (i == 0 && !pieces.empty() && pieces[0].han) {
        const auto read = ascii_words(translit.read(pieces[0].text, true));
        if (read.size() == 1) syllables.push_back(han_syllable(pieces[0].text, read.front(), true));
        i = 1;
    }
    std::string latin_run;  // Latin letters and digits run together into one syllable
    const auto end_latin_run = [&] {
        for (auto& word : ascii_words(latin_run)) syllables.push_back(std::move(word));
        latin_run.clear();
    };
    for (; i < pieces.size(); ++i) {
        if (pieces[i].han) {
            end_latin_run();
            const auto read = ascii_words(translit.read(pieces[i].text, false));
            if (read.size() == 1) syllables.push_back(han_syllable(pieces[i].text, read.front(), false));
        } else if (pieces[i].text.size() == 1) {
            latin_run += pieces[i].text;
        } else {
            end_latin_run();  // "·" and other separators
        }
    }
    end_latin_run();

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
        if (static_cast<unsigned char>(raw) >= 0x80) m_latin = false;
        if (raw == ' ' || raw == '\t' || raw == '\'') continue;
        m_text += (raw >= 'A' && raw <= 'Z') ? static_cast<char>(raw - 'A' + 'a') : raw;
    }
    if (m_latin)
        for (auto& c : m_text)
            if (c == 'v') c = 'u';  // ü is typed as v; the stored pinyin writes it u
}

namespace {

constexpr std::size_t max_syllables = 16;
using Syllables = std::array<std::string_view, max_syllables>;

// Does query[q..] spell syllables[s..] in order, each by a non-empty prefix of one of its readings?
bool spells(std::string_view query, std::size_t q, const Syllables& syllables, std::size_t count, std::size_t s)
{
    if (q == query.size()) return true;
    if (s == count) return false;
    std::string_view readings = syllables[s];
    while (!readings.empty()) {
        const auto slash = readings.find('/');
        const auto reading = readings.substr(0, slash);
        const std::size_t longest = std::min(reading.size(), query.size() - q);
        for (std::size_t len = longest; len >= 1; --len)
            if (query.compare(q, len, reading.substr(0, len)) == 0 && spells(query, q + len, syllables, count, s + 1))
                return true;
        readings = slash == std::string_view::npos ? std::string_view() : readings.substr(slash + 1);
    }
    return false;
}

}  // namespace

bool NameQuery::matches(std::string_view name, std::string_view syllables, std::string_view initials) const
{
    if (m_text.empty()) return true;
    if (!m_latin) return name.find(m_text) != std::string_view::npos;
    // A match starts at a syllable: cheap rejection when no reading begins with the query's first letter.
    const char first = m_text.front();
    if (initials.find(first) == std::string_view::npos && syllables.find('/') == std::string_view::npos) return false;

    Syllables parts{};
    std::size_t count = 0;
    std::size_t start = 0;
    while (start < syllables.size() && count < parts.size()) {
        const auto end = syllables.find(' ', start);
        const auto stop = end == std::string_view::npos ? syllables.size() : end;
        if (stop > start) parts[count++] = syllables.substr(start, stop - start);
        start = stop + 1;
    }
    for (std::size_t s = 0; s < count; ++s)
        if (spells(m_text, 0, parts, count, s)) return true;
    return false;
}

}  // namespace xuncha::model
