#include "app/exchange/json_parser.h"

#include "app/exchange/utf8.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <charconv>
#include <cstring>

namespace xuncha::app {

// ---- JsonValue ----

namespace {

// Deep enough for any exchange document; a deeper one is garbage, and recursion must stop somewhere.
constexpr int max_depth = 200;

bool is_plain_key(std::string_view key)
{
    if (key.empty() || (key[0] >= '0' && key[0] <= '9')) return false;
    return std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::string quoted(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[static_cast<unsigned char>(c) >> 4];
            out += hex[static_cast<unsigned char>(c) & 0xF];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void append_utf8(std::string& out, std::uint32_t code)
{
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

const char* const not_utf8 = "文件不是 UTF-8 编码，请另存为 UTF-8 后再导入";
const char* const control_character = "文本中有未转义的换行或控制字符（文本中的换行须写作 \\n）";
const char* const missing_comma = "可能缺少逗号，或括号不配对";

}  // namespace

JsonType JsonValue::type() const { return m_tape->m_nodes[m_index].type; }
bool JsonValue::boolean() const { return m_tape->m_nodes[m_index].flag; }
std::string_view JsonValue::string() const { return m_tape->m_nodes[m_index].text; }
std::string_view JsonValue::number_text() const { return m_tape->m_nodes[m_index].text; }
std::size_t JsonValue::size() const { return m_tape->m_nodes[m_index].count; }

std::optional<long long> JsonValue::integer() const
{
    const auto& node = m_tape->m_nodes[m_index];
    if (node.type != JsonType::number || node.number != JsonTape::Number::integer) return std::nullopt;
    return node.integer;
}

bool JsonValue::is_whole_number() const
{
    const auto& node = m_tape->m_nodes[m_index];
    return node.type == JsonType::number && node.number != JsonTape::Number::other;
}

std::optional<JsonValue> JsonValue::find(std::string_view key) const
{
    for (const auto& member : members())
        if (member.key == key) return member.value;
    return std::nullopt;
}

JsonElementIterator& JsonElementIterator::operator++()
{
    m_index = m_tape->m_nodes[m_index].end;
    return *this;
}

JsonMember JsonMemberIterator::operator*() const
{
    return {m_tape->m_nodes[m_index].text, JsonValue(*m_tape, m_index + 1)};
}

JsonMemberIterator& JsonMemberIterator::operator++()
{
    m_index = m_tape->m_nodes[m_index + 1].end;
    return *this;
}

JsonValue::Range<JsonElementIterator> JsonValue::elements() const
{
    const auto& node = m_tape->m_nodes[m_index];
    assert(node.type == JsonType::array);
    return {{m_tape, m_index + 1}, {m_tape, node.end}};
}

JsonValue::Range<JsonMemberIterator> JsonValue::members() const
{
    const auto& node = m_tape->m_nodes[m_index];
    assert(node.type == JsonType::object);
    return {{m_tape, m_index + 1}, {m_tape, node.end}};
}

std::string json_member_path(const std::string& path, std::string_view key)
{
    if (is_plain_key(key)) return path + "." + std::string(key);
    return path + "[" + quoted(key) + "]";
}

std::string json_item_path(const std::string& path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

// ---- JsonParser ----

JsonParser::JsonParser(std::string_view text) : m_text(text)
{
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;
}

void JsonParser::skip_whitespace()
{
    const auto size = m_text.size();
    const char* data = m_text.data();
    while (m_pos < size) {
        // Pretty-printed documents are mostly indentation: eight spaces at a time.
        while (m_pos + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, data + m_pos, 8);
            if (word != 0x2020202020202020ULL) break;
            m_pos += 8;
        }
        if (m_pos >= size) return;
        const char c = data[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
        ++m_pos;
    }
}

bool JsonParser::fail(std::size_t offset, std::string message)
{
    if (!m_error) m_error = JsonSyntaxError{offset, false, std::move(message)};
    return false;
}

bool JsonParser::fail_at_end()
{
    if (!m_error) m_error = JsonSyntaxError{m_text.size(), true, "内容不完整"};
    return false;
}

bool JsonParser::value_error(std::size_t offset)
{
    const auto c = static_cast<unsigned char>(m_text[offset]);
    if (c >= 0x80)
        return fail(offset, utf8_sequence_length(m_text, offset) > 0 ? "此处应为一个值：文本须加双引号" : not_utf8);
    if (c == '}' || c == ']' || c == ',') return fail(offset, "此处缺少一个值（可能多了一个逗号）");
    return fail(offset, "无效的值（文本须加双引号，true、false、null 须小写）");
}

char JsonParser::peek()
{
    skip_whitespace();
    return m_pos < m_text.size() ? m_text[m_pos] : '\0';
}

void JsonParser::open()
{
    skip_whitespace();
    assert(m_pos < m_text.size() && (m_text[m_pos] == '{' || m_text[m_pos] == '['));
    ++m_pos;
    m_frames.push_back({m_text[m_pos - 1] == '[', 0, {}});
}

JsonParser::Next JsonParser::next_member(std::string& key)
{
    assert(!m_frames.empty() && !m_frames.back().array);
    // Frame::node counts the members read so far at this streamed level.
    auto& frame = m_frames.back();
    skip_whitespace();
    if (m_pos >= m_text.size()) return fail_at_end(), Next::error;
    const bool after_comma = frame.node > 0 && m_text[m_pos] == ',';
    if (frame.node > 0) {
        if (m_text[m_pos] == '}') {
            ++m_pos;
            m_frames.pop_back();
            return Next::end;
        }
        if (m_text[m_pos] != ',') return fail(m_pos, missing_comma), Next::error;
        ++m_pos;
        skip_whitespace();
        if (m_pos >= m_text.size()) return fail_at_end(), Next::error;
    } else if (m_text[m_pos] == '}') {
        ++m_pos;
        m_frames.pop_back();
        return Next::end;
    }
    if (m_text[m_pos] != '"') {
        if (after_comma && m_text[m_pos] == '}') return fail(m_pos, "多了一个逗号（最后一项后面不能有逗号）"), Next::error;
        return fail(m_pos, "名称须用双引号括起"), Next::error;
    }
    ++m_pos;
    m_key_tape.clear();
    std::string_view view;
    if (!parse_string(m_key_tape, view)) return Next::error;
    key.assign(view);
    skip_whitespace();
    if (m_pos >= m_text.size()) return fail_at_end(), Next::error;
    if (m_text[m_pos] != ':') return fail(m_pos, "名称后缺少冒号"), Next::error;
    ++m_pos;
    ++frame.node;
    return Next::item;
}

JsonParser::Next JsonParser::next_element()
{
    assert(!m_frames.empty() && m_frames.back().array);
    auto& frame = m_frames.back();
    skip_whitespace();
    if (m_pos >= m_text.size()) return fail_at_end(), Next::error;
    if (m_text[m_pos] == ']') {
        ++m_pos;
        m_frames.pop_back();
        return Next::end;
    }
    if (frame.node > 0) {
        if (m_text[m_pos] != ',') return fail(m_pos, missing_comma), Next::error;
        ++m_pos;
        skip_whitespace();
        if (m_pos >= m_text.size()) return fail_at_end(), Next::error;
        if (m_text[m_pos] == ']') return fail(m_pos, "多了一个逗号（最后一项后面不能有逗号）"), Next::error;
    }
    ++frame.node;
    return Next::item;
}

bool JsonParser::parse_value(JsonTape& tape, const std::string& path,
                             const std::function<void(const std::string&, std::string_view)>& duplicate)
{
    tape.clear();
    m_path = &path;
    m_duplicate = &duplicate;
    m_value_frames = m_frames.size();
    const bool ok = parse_any(tape, 0);
    m_frames.resize(m_value_frames);
    return ok;
}

bool JsonParser::finish()
{
    if (m_error) return false;
    skip_whitespace();
    if (m_pos < m_text.size()) return fail(m_pos, "JSON 文档结束后还有多余的内容");
    return true;
}

void JsonParser::report_duplicate(const JsonTape& tape, std::string_view key)
{
    // Frames below m_value_frames belong to the top-level walk; the path given to parse_value covers them.
    std::string path = *m_path;
    for (std::size_t i = m_value_frames; i + 1 < m_frames.size(); ++i) {
        const auto& frame = m_frames[i];
        path = frame.array ? json_item_path(path, tape.m_nodes[frame.node].count - 1) : json_member_path(path, frame.key);
    }
    (*m_duplicate)(json_member_path(path, key), key);
}

bool JsonParser::parse_any(JsonTape& tape, int depth)
{
    skip_whitespace();
    if (m_pos >= m_text.size()) return fail_at_end();
    if (depth > max_depth) return fail(m_pos, "嵌套层数过多");
    auto& nodes = tape.m_nodes;
    const auto index = static_cast<std::uint32_t>(nodes.size());
    const char c = m_text[m_pos];
    switch (c) {
    case '{': {
        nodes.emplace_back().type = JsonType::object;
        ++m_pos;
        m_frames.push_back({false, index, {}});
        skip_whitespace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
        } else {
            for (bool first = true;; first = false) {
                skip_whitespace();
                if (m_pos >= m_text.size()) return fail_at_end();
                if (m_text[m_pos] != '"') {
                    if (!first && m_text[m_pos] == '}') return fail(m_pos, "多了一个逗号（最后一项后面不能有逗号）");
                    return fail(m_pos, "名称须用双引号括起");
                }
                ++m_pos;
                std::string_view key;
                if (!parse_string(tape, key)) return false;
                // Keys given twice: nlohmann and most tools silently keep one of the values.
                for (auto i = index + 1; i < nodes.size(); i = nodes[i + 1].end) {
                    if (nodes[i].text == key) {
                        m_frames.back().key = key;
                        report_duplicate(tape, key);
                        break;
                    }
                }
                JsonTape::Node key_node;
                key_node.type = JsonType::string;
                key_node.text = key;
                key_node.end = static_cast<std::uint32_t>(nodes.size()) + 1;
                nodes.push_back(key_node);
                m_frames.back().key = key;
                skip_whitespace();
                if (m_pos >= m_text.size()) return fail_at_end();
                if (m_text[m_pos] != ':') return fail(m_pos, "名称后缺少冒号");
                ++m_pos;
                if (!parse_any(tape, depth + 1)) return false;
                ++nodes[index].count;
                skip_whitespace();
                if (m_pos >= m_text.size()) return fail_at_end();
                if (m_text[m_pos] == ',') {
                    ++m_pos;
                    continue;
                }
                if (m_text[m_pos] == '}') {
                    ++m_pos;
                    break;
                }
                return fail(m_pos, missing_comma);
            }
        }
        m_frames.pop_back();
        nodes[index].end = static_cast<std::uint32_t>(nodes.size());
        return true;
    }
    case '[': {
        nodes.emplace_back().type = JsonType::array;
        ++m_pos;
        m_frames.push_back({true, index, {}});
        skip_whitespace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
        } else {
            for (;;) {
                ++nodes[index].count;
                if (!parse_any(tape, depth + 1)) return false;
                skip_whitespace();
                if (m_pos >= m_text.size()) return fail_at_end();
                if (m_text[m_pos] == ',') {
                    ++m_pos;
                    skip_whitespace();
                    if (m_pos < m_text.size() && m_text[m_pos] == ']')
                        return fail(m_pos, "多了一个逗号（最后一项后面不能有逗号）");
                    continue;
                }
                if (m_text[m_pos] == ']') {
                    ++m_pos;
                    break;
                }
                return fail(m_pos, missing_comma);
            }
        }
        m_frames.pop_back();
        nodes[index].end = static_cast<std::uint32_t>(nodes.size());
        return true;
    }
    case '"': {
        ++m_pos;
        std::string_view text;
        if (!parse_string(tape, text)) return false;
        JsonTape::Node node;
        node.type = JsonType::string;
        node.text = text;
        node.end = index + 1;
        nodes.push_back(node);
        return true;
    }
    case 't':
    case 'f':
    case 'n': {
        const std::string_view word = c == 't' ? "true" : c == 'f' ? "false" : "null";
        if (m_text.substr(m_pos, word.size()) != word) {
            if (m_text.size() - m_pos < word.size() && word.substr(0, m_text.size() - m_pos) == m_text.substr(m_pos))
                return fail_at_end();
            return value_error(m_pos);
        }
        m_pos += word.size();
        JsonTape::Node node;
        node.type = c == 'n' ? JsonType::null : JsonType::boolean;
        node.flag = c == 't';
        node.end = index + 1;
        nodes.push_back(node);
        return true;
    }
    default:
        if (c == '-' || is_digit(c)) {
            JsonTape::Node node;
            node.type = JsonType::number;
            node.end = index + 1;
            if (!parse_number(node)) return false;
            nodes.push_back(node);
            return true;
        }
        return value_error(m_pos);
    }
}

bool JsonParser::parse_string(JsonTape& tape, std::string_view& out)
{
    // What each byte asks of the scan: 0 nothing, 1 the closing quote, 2 an escape, 3 a control
    // character, 4 the lead of a CJK character (three bytes, the common case), 5 any other non-ASCII.
    static constexpr auto classes = [] {
        std::array<std::uint8_t, 256> table{};
        for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = 3;
        table['"'] = 1;
        table['\\'] = 2;
        for (int c = 0x80; c < 0x100; ++c) table[static_cast<std::size_t>(c)] = 5;
        for (int c = 0xE1; c <= 0xEC; ++c) table[static_cast<std::size_t>(c)] = 4;
        table[0xEE] = table[0xEF] = 4;
        return table;
    }();
    const std::size_t start = m_pos;
    const auto* data = reinterpret_cast<const unsigned char*>(m_text.data());
    const std::size_t size = m_text.size();
    std::size_t at = m_pos;
    for (;;) {
        if (at >= size) {
            m_pos = at;
            return fail_at_end();
        }
        const unsigned char c = data[at];
        switch (classes[c]) {
        case 0: ++at; continue;
        case 1:
            out = m_text.substr(start, at - start);
            m_pos = at + 1;
            return true;
        case 2: {
            std::string decoded;
            if (!decode_string(start, decoded)) return false;
            tape.m_decoded.push_back(std::move(decoded));
            out = tape.m_decoded.back();
            return true;
        }
        case 3: return fail(at, control_character);
        case 4:
            if (at + 2 < size && (data[at + 1] & 0xC0) == 0x80 && (data[at + 2] & 0xC0) == 0x80) {
                at += 3;
                continue;
            }
            [[fallthrough]];
        default: {
            const auto length = utf8_sequence_length(m_text, at);
            if (length == 0) return fail(at, not_utf8);
            at += length;
        }
        }
    }
}

bool JsonParser::decode_string(std::size_t start, std::string& out)
{
    std::size_t at = start;
    const auto read_unit = [&](std::size_t from, std::uint32_t& unit) {
        // `from` is the 'u'; four hex digits follow.
        unit = 0;
        for (std::size_t i = 1; i <= 4; ++i) {
            if (from + i >= m_text.size()) return fail_at_end();
            const int digit = hex_value(m_text[from + i]);
            if (digit < 0) return fail(from + i, "\\u 后应为4位十六进制数字");
            unit = unit * 16 + static_cast<std::uint32_t>(digit);
        }
        return true;
    };
    for (;;) {
        if (at >= m_text.size()) {
            m_pos = at;
            return fail_at_end();
        }
        const auto c = static_cast<unsigned char>(m_text[at]);
        if (c == '"') {
            m_pos = at + 1;
            return true;
        }
        if (c < 0x20) return fail(at, control_character);
        if (c >= 0x80) {
            const auto length = utf8_sequence_length(m_text, at);
            if (length == 0) return fail(at, not_utf8);
            out.append(m_text.substr(at, length));
            at += length;
            continue;
        }
        if (c != '\\') {
            out += static_cast<char>(c);
            ++at;
            continue;
        }
        if (at + 1 >= m_text.size()) return fail_at_end();
        const char escape = m_text[at + 1];
        switch (escape) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            std::uint32_t unit = 0;
            if (!read_unit(at + 1, unit)) return false;
            if (unit >= 0xDC00 && unit <= 0xDFFF) return fail(at, "\\u 转义的代理对不完整（低位代理前缺少高位代理）");
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                std::uint32_t low = 0;
                if (m_text.substr(at + 6, 2) != "\\u") return fail(at, "\\u 转义的代理对不完整（高位代理后缺少低位代理）");
                if (!read_unit(at + 7, low)) return false;
                if (low < 0xDC00 || low > 0xDFFF) return fail(at, "\\u 转义的代理对不完整（高位代理后缺少低位代理）");
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                at += 6;
            }
            append_utf8(out, unit);
            at += 6;
            continue;
        }
        default: return fail(at, "文本写法有误：反斜杠后只能是 \" \\ / b f n r t u（检查引号和反斜杠）");
        }
        at += 2;
    }
}

bool JsonParser::parse_number(JsonTape::Node& node)
{
    const std::size_t start = m_pos;
    const auto digits = [&] {
        const auto from = m_pos;
        while (m_pos < m_text.size() && is_digit(m_text[m_pos])) ++m_pos;
        return m_pos > from;
    };
    const auto bad = [&] {
        if (m_pos >= m_text.size()) return fail_at_end();
        return fail(m_pos, "数字写法有误");
    };
    if (m_text[m_pos] == '-') ++m_pos;
    if (m_pos >= m_text.size()) return fail_at_end();
    if (m_text[m_pos] == '0') {
        ++m_pos;
    } else if (!digits()) {
        return bad();
    }
    bool whole = true;
    if (m_pos < m_text.size() && m_text[m_pos] == '.') {
        whole = false;
        ++m_pos;
        if (!digits()) return bad();
    }
    if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
        whole = false;
        ++m_pos;
        if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-')) ++m_pos;
        if (!digits()) return bad();
    }
    // "012", "1x": a number glued to more characters.
    if (m_pos < m_text.size()) {
        const char next = m_text[m_pos];
        if (is_digit(next) || next == '.' || (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'))
            return fail(m_pos, "数字写法有误");
    }
    node.text = m_text.substr(start, m_pos - start);
    node.number = whole ? JsonTape::Number::whole : JsonTape::Number::other;
    if (whole) {
        long long value = 0;
        const auto result = std::from_chars(node.text.data(), node.text.data() + node.text.size(), value);
        if (result.ec == std::errc() && result.ptr == node.text.data() + node.text.size()) {
            node.number = JsonTape::Number::integer;
            node.integer = value;
        }
    }
    return true;
}

}  // namespace xuncha::app
