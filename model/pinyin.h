#pragma once
// Pinyin for name search: "zhang", "zhangs", "zs" and "张" all find 张三.
// Computed once when a person is saved (ICU Han-Latin/Names, ~20 µs a name), matched per keystroke.

#include <string>
#include <string_view>

namespace xuncha::model {

struct NamePinyin {
    // Lower-case ASCII, one syllable per Han character, space separated: "zhang san". A character read in
    // several ways in names lists its readings with '/', the preferred first: "song chang/zhang qing".
    std::string syllables;
    std::string initials;  // first letter of each syllable's preferred reading: "zs"
};

// Surname readings follow ICU's Han-Latin/Names (单 shan, 曾 zeng, 解 xie); other characters ICU's most
// common reading, plus the other readings of the polyphonic characters common in names (长 chang/zhang,
// 乐 le/yue), so that a search finds the name whichever reading the user has in mind. Latin letters and
// digits run together into one syllable; other characters (the "·" in minority names) are dropped.
NamePinyin name_pinyin(std::string_view utf8_name);

// ICU's transliterators take about 0.25 s to build, on the first name_pinyin() of each thread. This
// starts building this thread's on another thread, so that a caller that will need them after other
// work (an import reading its document) does not wait for them then. Does nothing when this thread
// has them already.
void prepare_name_pinyin();

// A prepared search query: lower-cased, trimmed; 'v' stands for 'ü' as pinyin keyboards type it.
class NameQuery {
public:
    explicit NameQuery(std::string_view text);

    bool empty() const { return m_text.empty(); }

    // True when the query is a substring of the name (Chinese input), or, for a Latin query, when it
    // spells consecutive syllables of the name, each by a prefix of one of its readings (the whole
    // syllable, its first letters, or just its initial): "zhang", "zhangsan", "zhangs", "zs", "zhs", "san".
    bool matches(std::string_view name, std::string_view syllables, std::string_view initials) const;

private:
    std::string m_text;
    bool m_latin = true;
};

}  // namespace xuncha::model
