#include "app/exchange/json_writer.h"

#include "app/exchange/utf8.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <stdexcept>

namespace xuncha::app {

JsonWriter::JsonWriter(std::size_t reserve) { m_out.reserve(reserve); }

namespace {

// The top-level object and the arrays in it put each member or element on a line of its own; anything
// deeper is written on its record's line.
constexpr std::size_t line_levels = 2;

}  // namespace

void JsonWriter::newline_and_indent()
{
    if (m_levels.size() > line_levels) return;
    m_out += '\n';
    m_out.append(m_levels.size() * 2, ' ');
}

void JsonWriter::close(char bracket)
{
    const bool on_lines = !m_levels.back().empty && m_levels.size() <= line_levels;
    m_levels.pop_back();
    if (on_lines) {
        m_out += '\n';
        m_out.append(m_levels.size() * 2, ' ');
    }
    m_out += bracket;
}

void JsonWriter::before_value()
{
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (m_levels.empty()) return;
    auto& level = m_levels.back();
    assert(level.array && "a member value needs key() first");
    if (!level.empty) m_out += ',';
    level.empty = false;
    newline_and_indent();
}

void JsonWriter::begin_object()
{
    before_value();
    m_out += '{';
    m_levels.push_back({false, true});
}

void JsonWriter::begin_array()
{
    before_value();
    m_out += '[';
    m_levels.push_back({true, true});
}

void JsonWriter::end_object()
{
    assert(!m_levels.empty() && !m_levels.back().array);
    close('}');
}

void JsonWriter::end_array()
{
    assert(!m_levels.empty() && m_levels.back().array);
    close(']');
}

void JsonWriter::key(std::string_view name)
{
    assert(!m_levels.empty() && !m_levels.back().array && !m_after_key);
    auto& level = m_levels.back();
    if (!level.empty) m_out += ',';
    level.empty = false;
    newline_and_indent();
    // The format's keys are plain ASCII names: nothing to escape or check.
    assert(std::all_of(name.begin(), name.end(), [](char c) { return c > 0x20 && c != '"' && c != '\\' && c < 0x7F; }));
    m_out += '"';
    m_out.append(name);
    m_out += m_levels.size() > line_levels ? "\":" : "\": ";
    m_after_key = true;
}

void JsonWriter::value(std::string_view text)
{
    before_value();
    append_string(text);
}

void JsonWriter::append_string(std::string_view text)
{
    m_out += '"';
    // One pass: runs of ordinary bytes are copied at once; quotes, backslashes and control characters
    // are escaped the way nlohmann's serializer does it (\u00XX in lower-case hex); bytes from 0x80 on
    // must form valid UTF-8.
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t run = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = bytes[i];
        if (c >= 0x80) {
            const auto length = utf8_sequence_length(text, i);
            if (length == 0) throw std::invalid_argument("exchange: text that is not valid UTF-8");
            i += length;
            continue;
        }
        if (c >= 0x20 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        m_out.append(text.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\b': m_out += "\\b"; break;
        case '\f': m_out += "\\f"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            m_out += "\\u00";
            m_out += hex[c >> 4];
            m_out += hex[c & 0xF];
        }
        }
        ++i;
    }
    m_out.append(text.data() + run, text.size() - run);
    m_out += '"';
}

void JsonWriter::value(const model::Date& date)
{
    before_value();
    // "YYYY-MM-DD" without the cost of a formatted print: dates are most of an export's values.
    const auto ymd = date.year_month_day();
    char text[12] = {'"'};
    const int year = ymd.year;
    text[1] = static_cast<char>('0' + year / 1000 % 10);
    text[2] = static_cast<char>('0' + year / 100 % 10);
    text[3] = static_cast<char>('0' + year / 10 % 10);
    text[4] = static_cast<char>('0' + year % 10);
    text[5] = '-';
    text[6] = static_cast<char>('0' + ymd.month / 10);
    text[7] = static_cast<char>('0' + ymd.month % 10);
    text[8] = '-';
    text[9] = static_cast<char>('0' + ymd.day / 10);
    text[10] = static_cast<char>('0' + ymd.day % 10);
    text[11] = '"';
    m_out.append(text, sizeof text);
}

void JsonWriter::value(long long number)
{
    before_value();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    m_out.append(digits, result.ptr);
}

void JsonWriter::value(bool flag)
{
    before_value();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null()
{
    before_value();
    m_out += "null";
}

std::string JsonWriter::take()
{
    assert(m_levels.empty());
    m_out += '\n';
    std::string out = std::move(m_out);
    m_out.clear();
    return out;
}

JsonWriter JsonWriter::continuation(std::size_t reserve) const
{
    assert(!m_levels.empty() && m_levels.back().array && !m_after_key);
    JsonWriter writer(reserve);
    writer.m_levels = m_levels;
    // Its elements follow others: each begins with a comma.
    writer.m_levels.back().empty = false;
    writer.m_continued_depth = m_levels.size();
    return writer;
}

std::string JsonWriter::take_elements()
{
    assert(m_continued_depth != 0 && m_levels.size() == m_continued_depth && !m_after_key);
    std::string out = std::move(m_out);
    m_out.clear();
    return out;
}

void JsonWriter::append_elements(std::string_view elements)
{
    assert(!m_levels.empty() && m_levels.back().array && !m_after_key);
    assert((elements.empty() || !m_levels.back().empty) && "a continuation's elements follow one of this writer's");
    m_out.append(elements);
}

}  // namespace xuncha::app
