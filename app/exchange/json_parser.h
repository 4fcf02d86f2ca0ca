#pragma once
// A JSON parser for exchange documents that reads one record at a time.
//
// nlohmann::json takes seconds over a 10,000-person document (about 45 MB/s, and a tree of maps for
// the whole file); this parser walks the top-level object member by member and the big arrays element
// by element, parsing each element into a flat, reusable JsonTape whose strings point into the text.
// It reports the first syntax error with its byte offset and a Chinese explanation, keys given twice
// in one object with their JSON path, and text that is not UTF-8.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace xuncha::app {

enum class JsonType : std::uint8_t { null, boolean, number, string, array, object };

class JsonTape;
class JsonElementIterator;
class JsonMemberIterator;

// A value inside a JsonTape; valid while the tape and the parsed text live and the tape is not cleared.
class JsonValue {
public:
    JsonValue(const JsonTape& tape, std::uint32_t index) : m_tape(&tape), m_index(index) {}

    const JsonTape& tape() const { return *m_tape; }
    std::uint32_t index() const { return m_index; }

    JsonType type() const;
    bool is_null() const { return type() == JsonType::null; }
    bool is_boolean() const { return type() == JsonType::boolean; }
    bool is_number() const { return type() == JsonType::number; }
    bool is_string() const { return type() == JsonType::string; }
    bool is_array() const { return type() == JsonType::array; }
    bool is_object() const { return type() == JsonType::object; }

    bool boolean() const;
    std::string_view string() const;  // decoded text
    // A number written without fraction or exponent that fits a long long; nullopt otherwise.
    std::optional<long long> integer() const;
    // Written without fraction or exponent (whatever its size).
    bool is_whole_number() const;
    std::string_view number_text() const;  // the number as written

    // Members (objects) or elements (arrays).
    std::size_t size() const;
    // The member of that name (the first, if the document gives it twice).
    std::optional<JsonValue> find(std::string_view key) const;

    template <class It>
    struct Range {
        It first;
        It last;
        It begin() const { return first; }
        It end() const { return last; }
    };

    Range<JsonElementIterator> elements() const;  // of an array
    Range<JsonMemberIterator> members() const;    // of an object

private:
    const JsonTape* m_tape;
    std::uint32_t m_index;
};

struct JsonMember {
    std::string_view key;
    JsonValue value;
};

class JsonElementIterator {
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = JsonValue;
    using difference_type = std::ptrdiff_t;
    JsonElementIterator() = default;
    JsonElementIterator(const JsonTape* tape, std::uint32_t index) : m_tape(tape), m_index(index) {}
    JsonValue operator*() const { return {*m_tape, m_index}; }
    JsonElementIterator& operator++();
    bool operator==(const JsonElementIterator& other) const { return m_index == other.m_index; }

private:
    const JsonTape* m_tape = nullptr;
    std::uint32_t m_index = 0;
};

class JsonMemberIterator {
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = JsonMember;
    using difference_type = std::ptrdiff_t;
    JsonMemberIterator() = default;
    JsonMemberIterator(const JsonTape* tape, std::uint32_t index) : m_tape(tape), m_index(index) {}
    JsonMember operator*() const;
    JsonMemberIterator& operator++();
    bool operator==(const JsonMemberIterator& other) const { return m_index == other.m_index; }

private:
    const JsonTape* m_tape = nullptr;
    std::uint32_t m_index = 0;  // the key's node
};

// One parsed value (a record, a section), stored as nodes in document order.
class JsonTape {
public:
    bool empty() const { return m_nodes.empty(); }
    JsonValue root() const { return {*this, 0}; }
    void clear()
    {
        m_nodes.clear();
        m_decoded.clear();
    }

private:
    friend class JsonParser;
    friend class JsonValue;
    friend class JsonElementIterator;
    friend class JsonMemberIterator;

    enum class Number : std::uint8_t { integer, whole, other };

    // An object is followed by its members, each a key node (type string) and the value's nodes; an
    // array by its elements. `end` is the index after the node's last descendant.
    struct Node {
        JsonType type = JsonType::null;
        bool flag = false;
        Number number = Number::other;
        std::uint32_t count = 0;
        std::uint32_t end = 0;
        std::string_view text;
        long long integer = 0;
    };

    std::vector<Node> m_nodes;
    std::deque<std::string> m_decoded;  // strings that had escapes; a deque keeps them in place
};

struct JsonSyntaxError {
    std::size_t offset = 0;  // byte offset of the offending character (the text's size when it ended early)
    bool at_end = false;     // the text ended before the document did
    std::string message;     // Chinese, without the position
};

// The JSON path of a member or an element: $.people[3].name, $["with space"].
std::string json_member_path(const std::string& path, std::string_view key);
std::string json_item_path(const std::string& path, std::size_t index);

class JsonParser {
public:
    // `text` must outlive the parser and every tape it fills. A UTF-8 byte order mark is skipped.
    explicit JsonParser(std::string_view text);

    // The next significant character, or '\0' at the end of the text.
    char peek();
    // Consume the '{' or '[' that peek() showed.
    void open();

    enum class Next { item, end, error };
    // In an opened object: reads ",", the key and ":" (or the closing "}").
    Next next_member(std::string& key);
    // In an opened array: reads "," (or the closing "]").
    Next next_element();

    // Parses one whole value into `tape` (cleared first). Keys given twice in one of its objects are
    // passed to `duplicate` with their path, `path` being the value's own. False on a syntax error.
    bool parse_value(JsonTape& tape, const std::string& path,
                     const std::function<void(const std::string& path, std::string_view key)>& duplicate);

    // Only whitespace may follow the document.
    bool finish();

    const std::optional<JsonSyntaxError>& error() const { return m_error; }
    std::string_view text() const { return m_text; }

private:
    struct Frame {
        bool array = false;
        std::uint32_t node = 0;
        std::string_view key;  // the current member's key (objects)
    };

    void skip_whitespace();
    bool fail(std::size_t offset, std::string message);
    bool fail_at_end();
    bool value_error(std::size_t offset);
    bool parse_any(JsonTape& tape, int depth);
    bool parse_string(JsonTape& tape, std::string_view& out);
    bool decode_string(std::size_t start, std::string& out);
    bool parse_number(JsonTape::Node& node);
    bool parse_literal(std::string_view word);
    void report_duplicate(const JsonTape& tape, std::string_view key);

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::optional<JsonSyntaxError> m_error;
    // Open arrays and objects: first those opened by open() (their `node` counts the items read so
    // far), then, during parse_value(), those of the value being parsed.
    std::vector<Frame> m_frames;
    std::size_t m_value_frames = 0;
    JsonTape m_key_tape;  // holds a top-level key that had escapes
    const std::string* m_path = nullptr;
    const std::function<void(const std::string&, std::string_view)>* m_duplicate = nullptr;
};

}  // namespace xuncha::app
