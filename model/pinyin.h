#pragma once
// Pinyin for name search: "zhang", "zhangs", "zs" and "张" all find 张三.
// Computed once when a person is saved (ICU Han-Latin/Names, ~20 µs a name), matched per keystroke.

#include <string>
#include <string_view>

namespace xuncha::model {

struct NamePinyin {
    std::string syllables;  // lower-case ASCII, one syllable per character, space separated: "zhang san"
    std::string initials;   // first letter of each syllable: "zs"
};

// Surname readings follow ICU's Han-Latin/Names (单 shan, 曾 zeng, 解 xie). Non-Han characters
// (a "·" in minority names, Latin letters) are kept as their own lower-case ASCII syllables or dropped.
NamePinyin name_pinyin(std::string_view utf8_name);

// A prepared search query: lower-cased, trimmed; 'v' stands for 'ü' as pinyin keyboards type it.
class NameQuery {
public:
    explicit NameQuery(std::string_view text);

    bool empty() const { return m_text.empty(); }

    // True when the query is a substring of the name (Chinese input), or, for a Latin query, when it
    // spells consecutive syllables of the name, each in full or by its first letters, the last one
    // possibly cut short: "zhang", "zhangsan", "zhangs", "zs", "san", "s".
    bool matches(std::string_view name, std::string_view syllables, std::string_view initials) const;

private:
    std::string m_text;
    bool m_latin = true;
};

}  // namespace xuncha::model
