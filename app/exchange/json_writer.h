#pragma once
// A streaming JSON writer for exchange documents, UTF-8 kept as is, without building a tree first (a
// 10,000-person export is tens of megabytes). One record per line: the top-level object's members, and
// the elements of arrays directly inside it, each begin a line indented by two spaces per level; within
// such a line the values are compact, byte for byte what nlohmann::json::dump() gives for them. (Fully
// indented, the 10,000-person document was 82 MB instead of 51 MB, and took a tenth longer to read.)

#include "model/date.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace xuncha::app {

class JsonWriter {
public:
    explicit JsonWriter(std::size_t reserve = 0);

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    // A member's name, a plain ASCII identifier (written as is); the value (or begin_*) follows.
    void key(std::string_view name);

    // Throws std::invalid_argument for text that is not valid UTF-8: the data comes from the database,
    // so a bad byte is a bug to hear about, not to hide.
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(long long number);
    void value(int number) { value(static_cast<long long>(number)); }
    void value(bool flag);
    void value(const model::Date& date);  // "YYYY-MM-DD"
    void null();

    // The document with its final newline; the writer is empty afterwards.
    std::string take();
    // For writing a long document out in pieces: the text written so far, which the writer then
    // forgets (it stays where it is in the document; take() gives the rest).
    std::size_t size() const { return m_out.size(); }
    std::string_view written() const { return m_out; }
    void forget_written() { m_out.clear(); }

    // For writing the elements of the array this writer has open on several threads: continuation()
    // gives a writer for elements that come after at least one of this one's; its take_elements() is
    // the text this writer would have written for them, which append_elements() then adds.
    JsonWriter continuation(std::size_t reserve = 0) const;
    std::string take_elements();
    void append_elements(std::string_view elements);

private:
    void before_value();
    void append_string(std::string_view text);
    void newline_and_indent();
    void close(char bracket);

    struct Level {
        bool array = false;
        bool empty = true;
    };

    std::string m_out;
    std::vector<Level> m_levels;
    bool m_after_key = false;
    std::size_t m_continued_depth = 0;  // a continuation's array level, which it never closes
};

}  // namespace xuncha::app
