#include "app/exchange/document_reader.h"

#include "app/exchange/base64.h"
#include "app/exchange/json_parser.h"
#include "app/exchange/problem_text.h"
#include "app/exchange/sha256.h"
#include "model/avoidance_rules.h"
#include "model/kinship.h"
#include "model/lifecycle.h"
#include "model/validation.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <climits>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <thread>
#include <utility>

namespace xuncha::app {
namespace {

std::string in_quotes(std::string_view text) { return "“" + std::string(text) + "”"; }

class Problems {
public:
    void add(std::string path, std::string message)
    {
        m_paths.insert(path);
        m_list.push_back({std::move(path), std::move(message)});
    }

    // The model's findings add nothing where the document's own checks already spoke: a key of the
    // wrong type leaves a default behind that the model would report a second time.
    void add_if_new(ImportProblem problem)
    {
        if (!m_paths.contains(problem.path)) add(std::move(problem.path), std::move(problem.message));
    }

    bool has(const std::string& path) const { return m_paths.contains(path); }
    bool empty() const { return m_list.empty(); }
    void clear()
    {
        m_list.clear();
        m_paths.clear();
    }
    std::vector<ImportProblem> take() { return std::move(m_list); }

private:
    std::vector<ImportProblem> m_list;
    std::set<std::string> m_paths;
};

// ---- The keys of each record, in the order the writer writes them ----

// A record's keys in the order the writer writes them, each with the version that brought it.
struct Key {
    std::string_view name;
    int since = 1;
};
using Keys = std::span<const Key>;

constexpr std::array<Key, 12> root_keys{{{"format"}, {"version"}, {"exported_at"}, {"note"}, {"settings", 2},
                                         {"specialties"}, {"pools"}, {"trainings", 2}, {"units"}, {"people"},
                                         {"rounds", 3}, {"avoidance_cases", 3}}};
constexpr std::array<Key, 2> specialty_keys{{{"name"}, {"sort_order"}}};
constexpr std::array<Key, 4> pool_keys{{{"name"}, {"kind"}, {"description"}, {"sort_order"}}};
constexpr std::array<Key, 11> unit_keys{{{"id"}, {"name"}, {"short_name"}, {"type"}, {"parent"}, {"supervisor"},
                                         {"jurisdiction"}, {"remark"}, {"sort_order"}, {"leaders", 3},
                                         {"profile_flags", 3}}};
constexpr std::array<Key, 7> leader_keys{{{"person"}, {"name"}, {"post"}, {"start"}, {"end"}, {"principal_head"},
                                          {"remark"}}};
constexpr std::array<Key, 38> person_keys{{{"id"},
                                           {"name"},
                                           {"gender"},
                                           {"ethnicity"},
                                           {"birth_date"},
                                           {"native_place"},
                                           {"birth_place"},
                                           {"political_status"},
                                           {"party_join_date"},
                                           {"work_start_date"},
                                           {"fulltime_education"},
                                           {"inservice_education"},
                                           {"professional_title"},
                                           {"professional_title_level", 2},
                                           {"expertise"},
                                           {"unit"},
                                           {"department"},
                                           {"post"},
                                           {"rank"},
                                           {"holds_leadership_post"},
                                           {"mobile"},
                                           {"id_number"},
                                           {"health"},
                                           {"remark"},
                                           {"reserve_cadre", 2},
                                           {"frontline_experience", 2},
                                           {"photo", 2},
                                           {"specialties"},
                                           {"work_history"},
                                           {"relatives"},
                                           {"memberships"},
                                           {"trainings", 2},
                                           {"commendations", 2},
                                           {"assessments", 2},
                                           {"integrity_opinions", 2},
                                           {"pledges", 2},
                                           {"secondments", 2},
                                           {"declined_secondments", 2}}};
constexpr std::array<Key, 4> education_keys{{{"level"}, {"degree"}, {"school"}, {"major"}}};
constexpr std::array<Key, 8> work_history_keys{{{"unit"}, {"unit_name"}, {"department"}, {"post"}, {"start"}, {"end"},
                                                {"leadership_member"}, {"principal_head"}}};
constexpr std::array<Key, 8> relative_keys{{{"title"}, {"name"}, {"birth_date"}, {"political_status"},
                                            {"employer_unit"}, {"employer_name"}, {"post"}, {"is_leader"}}};
constexpr std::array<Key, 9> membership_keys{{{"pool"}, {"status"}, {"entry_method", 2}, {"entry_date"},
                                              {"exit_date"}, {"exit_reason"}, {"remark"}, {"reviewed_on", 2},
                                              {"steps", 2}}};
constexpr std::array<Key, 7> step_keys{{{"from"}, {"to"}, {"date"}, {"decided_by"}, {"document_number"}, {"remark"},
                                        {"override_reason"}}};
constexpr std::array<Key, 3> settings_keys{{{"entry"}, {"review"}, {"avoidance", 3}}};
constexpr std::array<Key, 9> rule_keys{{{"code"}, {"enabled"}, {"severity"}, {"look_back_years"}, {"total_years"},
                                        {"kinship_classes"}, {"principal_only"}, {"leaders_only"}, {"source"}}};
constexpr std::array<Key, 14> round_keys{{{"id"}, {"term"}, {"number"}, {"committee"}, {"mode"}, {"state"},
                                          {"planned_entry"}, {"planned_withdrawal"}, {"entry_date"},
                                          {"withdrawal_date"}, {"remark"}, {"groups"}, {"rules_snapshot"},
                                          {"checked_on"}}};
constexpr std::array<Key, 8> group_keys{{{"id"}, {"number"}, {"name"}, {"units"}, {"authorising_body"},
                                         {"dispatching_body"}, {"members"}, {"remark"}}};
constexpr std::array<Key, 3> group_member_keys{{{"person"}, {"role"}, {"duties"}}};
constexpr std::array<Key, 15> case_keys{{{"round"}, {"group"}, {"person"}, {"unit"}, {"trigger"}, {"rule"}, {"facts"},
                                         {"raised_on"}, {"decision"}, {"decided_by"}, {"decided_on"}, {"replacement"},
                                         {"document_number"}, {"acknowledged_on"}, {"remark"}}};
constexpr std::array<Key, 5> entry_rule_keys{{{"leader_min_rank"}, {"expert_min_rank"}, {"expert_min_title"},
                                              {"max_age"}, {"source"}}};
constexpr std::array<Key, 7> review_rule_keys{{{"stale_months"}, {"declined_threshold"}, {"declined_years"},
                                               {"max_age"}, {"require_integrity_opinion"}, {"jurisdiction"},
                                               {"source"}}};
constexpr std::array<Key, 8> training_keys{{{"id"}, {"topic"}, {"type"}, {"start"}, {"end"}, {"hours"}, {"organiser"},
                                            {"remark"}}};
constexpr std::array<Key, 3> attendance_keys{{{"training"}, {"attendance"}, {"remark"}}};
constexpr std::array<Key, 6> commendation_keys{{{"date"}, {"title"}, {"awarding_body"}, {"level"},
                                                {"document_number"}, {"remark"}}};
constexpr std::array<Key, 3> assessment_keys{{{"year"}, {"result"}, {"remark"}}};
constexpr std::array<Key, 6> opinion_keys{{{"date"}, {"issuer"}, {"document_number"}, {"clear"}, {"content"},
                                           {"remark"}}};
constexpr std::array<Key, 8> pledge_keys{{{"type"}, {"scope"}, {"pool"}, {"round_name"}, {"signed_date"},
                                          {"recipient"}, {"scan"}, {"remark"}}};
constexpr std::array<Key, 10> secondment_keys{{{"task"}, {"group_name"}, {"role"}, {"seconding_body"},
                                               {"notice_number"}, {"notice_date"}, {"start"}, {"end"},
                                               {"evaluation"}, {"remark"}}};
constexpr std::array<Key, 3> declined_keys{{{"date"}, {"task"}, {"reason"}}};
constexpr std::array<Key, 5> attachment_keys{{{"file_name"}, {"media_type"}, {"sha256"}, {"size"}, {"content"}}};

// A key of a later format version in an older file.
std::string too_new(std::string_view key, int since, int version)
{
    return "字段" + in_quotes(key) + "是格式版本" + std::to_string(since) + "才有的字段，此文件的版本为" +
           std::to_string(version) + "（请把“version”改为 " + std::to_string(since) + "）";
}

// ---- Typed access to one JSON object, reporting every mismatch at its path ----

template <class E>
std::string code_list()
{
    std::string list;
    for (const auto& term : model::terms<E>()) {
        if (!list.empty()) list += "、";
        list += term.code;
    }
    return list;
}

enum class Need { optional, required };

class Record {
public:
    static constexpr std::size_t max_keys = 40;

    Record(Problems& problems, JsonValue object, std::string path, const Keys& keys, int version)
        : m_problems(problems), m_tape(&object.tape()), m_path(std::move(path)), m_keys(keys)
    {
        assert(m_keys.size() <= max_keys);
        for (const auto& member : object.members()) {
            const auto position = index_of(member.key);
            if (position < m_keys.size() && version >= m_keys[position].since) {
                // The record itself is node 0 of nothing it holds: 0 marks an absent key. A key given
                // twice keeps its first value (the duplicate is reported already).
                if (m_values[position] == 0) m_values[position] = member.value.index();
                continue;
            }
            if (position < m_keys.size())
                m_problems.add(this->path(member.key), too_new(member.key, m_keys[position].since, version));
            else
                m_problems.add(this->path(member.key), "未知字段" + in_quotes(member.key) + "：格式版本" +
                                                           std::to_string(version) + "中没有这个字段，请检查拼写");
        }
    }

    const std::string& path() const { return m_path; }
    std::string path(std::string_view key) const { return json_member_path(m_path, key); }
    std::optional<JsonValue> get(std::string_view key) const
    {
        const auto position = index_of(key);
        if (position >= m_keys.size() || m_values[position] == 0) return std::nullopt;
        return JsonValue(*m_tape, m_values[position]);
    }
    bool has(std::string_view key) const { return get(key).has_value(); }

    std::string text(std::string_view key, std::string_view label, Need need = Need::optional)
    {
        const auto value = present(key, label, need);
        if (!value) return {};
        if (!value->is_string()) {
            fail(key, std::string(label) + "应为文本（没有内容时写 \"\"）");
            return {};
        }
        return std::string(value->string());
    }

    // Text that must not be empty either.
    std::string nonempty_text(std::string_view key, std::string_view label)
    {
        auto result = text(key, label, Need::required);
        if (result.empty() && has(key) && get(key)->is_string()) fail(key, std::string(label) + "不能为空");
        return result;
    }

    std::optional<model::Date> date(std::string_view key, std::string_view label)
    {
        const auto value = get(key);
        if (!value || value->is_null()) return std::nullopt;
        if (!value->is_string()) {
            fail(key, std::string(label) + "应为“YYYY-MM-DD”格式的日期文本，没有时写 null");
            return std::nullopt;
        }
        const auto text = value->string();
        auto date = model::parse_iso_date(text);
        if (!date) fail(key, std::string(label) + in_quotes(text) + "不是有效日期（格式应为 YYYY-MM-DD，如 1980-05-01）");
        return date;
    }

    bool flag(std::string_view key, std::string_view label, bool absent = false)
    {
        const auto value = get(key);
        if (!value) return absent;
        if (!value->is_boolean()) {
            fail(key, std::string(label) + "应为 true 或 false");
            return absent;
        }
        return value->boolean();
    }

    int integer(std::string_view key, std::string_view label, int absent = 0)
    {
        const auto value = get(key);
        if (!value) return absent;
        const auto number = value->integer();
        if (number && *number >= INT_MIN && *number <= INT_MAX) return static_cast<int>(*number);
        fail(key, std::string(label) + "应为整数");
        return absent;
    }

    // An integer or null (no limit); `absent` when the key is missing.
    std::optional<int> optional_integer(std::string_view key, std::string_view label, std::optional<int> absent)
    {
        const auto value = get(key);
        if (!value) return absent;
        if (value->is_null()) return std::nullopt;
        const auto number = value->integer();
        if (number && *number >= INT_MIN && *number <= INT_MAX) return static_cast<int>(*number);
        fail(key, std::string(label) + "应为整数，没有时写 null");
        return absent;
    }

    // A record's own id: a positive integer, required.
    std::optional<long long> id()
    {
        const auto value = present("id", "编号", Need::required);
        if (!value) return std::nullopt;
        const auto number = positive(*value);
        if (!number) fail("id", "编号应为正整数");
        return number;
    }

    // A reference by id to a record of this file, or null.
    std::optional<long long> reference(std::string_view key, std::string_view label, std::string_view list,
                                       Need need = Need::optional)
    {
        const auto value = present(key, label, need);
        if (!value || value->is_null()) return std::nullopt;
        const auto number = positive(*value);
        if (!number)
            fail(key, std::string(label) + "应为本文件 " + std::string(list) + " 中的编号（正整数）" +
                          (need == Need::optional ? "，没有时写 null" : ""));
        return number;
    }

    template <class E>
    std::optional<E> code(std::string_view key, std::string_view label, Need need)
    {
        const auto value = present(key, label, need);
        if (!value) return std::nullopt;
        if (value->is_null() && need == Need::optional) return std::nullopt;
        if (!value->is_string()) {
            fail(key, std::string(label) + "应为代码文本，可用代码：" + code_list<E>());
            return std::nullopt;
        }
        const auto text = value->string();
        auto result = model::from_code<E>(text);
        if (!result) fail(key, std::string(label) + "代码" + in_quotes(text) + "无效，可用代码：" + code_list<E>());
        return result;
    }

    // An array; a missing key is an empty list.
    std::optional<JsonValue> array(std::string_view key, std::string_view label)
    {
        const auto value = get(key);
        if (!value) return std::nullopt;
        if (!value->is_array()) {
            fail(key, std::string(label) + "应为数组 [...]");
            return std::nullopt;
        }
        return value;
    }

    // An object; a missing key (or null, when `nullable`) leaves the defaults.
    std::optional<JsonValue> object(std::string_view key, std::string_view label, bool nullable = false)
    {
        const auto value = get(key);
        if (!value || (nullable && value->is_null())) return std::nullopt;
        if (!value->is_object()) {
            fail(key, std::string(label) + (nullable ? "应为对象 {...}，没有时写 null" : "应为对象 {...}"));
            return std::nullopt;
        }
        return value;
    }

    void fail(std::string_view key, std::string message) { m_problems.add(path(key), std::move(message)); }

private:
    // Keys are read and written mostly in the order of the list: the search starts after the last hit.
    std::size_t index_of(std::string_view key) const
    {
        const auto count = m_keys.size();
        for (std::size_t n = 0, i = m_hint; n < count; ++n, i = i + 1 == count ? 0 : i + 1) {
            if (m_keys[i].name == key) {
                m_hint = i + 1 == count ? 0 : i + 1;
                return i;
            }
        }
        return count;
    }

    std::optional<JsonValue> present(std::string_view key, std::string_view label, Need need)
    {
        const auto value = get(key);
        if (!value && need == Need::required) fail(key, "缺少" + std::string(label) + "（字段" + in_quotes(key) + "）");
        if (value && value->is_null() && need == Need::required) {
            fail(key, std::string(label) + "不能为 null");
            return std::nullopt;
        }
        return value;
    }

    static std::optional<long long> positive(const JsonValue& value)
    {
        const auto number = value.integer();
        return number && *number >= 1 ? number : std::nullopt;
    }

    Problems& m_problems;
    const JsonTape* m_tape;
    std::string m_path;
    Keys m_keys;
    mutable std::size_t m_hint = 0;
    std::array<std::uint32_t, max_keys> m_values{};  // node of each key's value, 0 when absent
};

// ---- The document ----

enum class Section { specialties, pools, trainings, units, people, rounds, avoidance_cases };
constexpr std::array<Section, 7> all_sections{Section::specialties, Section::pools,  Section::trainings,
                                              Section::units,       Section::people, Section::rounds,
                                              Section::avoidance_cases};

std::optional<Section> section_named(std::string_view key)
{
    if (key == "specialties") return Section::specialties;
    if (key == "pools") return Section::pools;
    if (key == "trainings") return Section::trainings;
    if (key == "units") return Section::units;
    if (key == "people") return Section::people;
    if (key == "rounds") return Section::rounds;
    if (key == "avoidance_cases") return Section::avoidance_cases;
    return std::nullopt;
}

std::string_view label_of(Section section)
{
    switch (section) {
    case Section::specialties: return "专业特长目录";
    case Section::pools: return "库目录";
    case Section::trainings: return "培训";
    case Section::units: return "单位";
    case Section::people: return "人员";
    case Section::rounds: return "巡察轮次";
    case Section::avoidance_cases: return "回避事项";
    }
    return "";
}

bool is_lower_hex(std::string_view text, std::size_t length)
{
    return text.size() == length &&
           std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// One top-level member, or one element of a top-level list, as the parsing thread read it.
struct Parsed {
    enum class Kind {
        member,           // a top-level member other than a list read element by element
        repeated_member,  // a top-level key given a second time (its value is parsed, then ignored)
        element,          // an element of the list `key`
        list_end,         // the list `key` is closed
        end,              // the document is read, or parsing stopped at a syntax error
    };
    Kind kind = Kind::end;
    std::string key;
    std::optional<Section> section;
    std::size_t index = 0;
    std::unique_ptr<JsonTape> tape;
    std::vector<std::pair<std::string, std::string>> repeated_keys;  // (path, key) given twice inside it
    std::exception_ptr error;                                        // (end) what the parsing thread threw
};

// Hands parsed values from the thread that parses the text to the one that reads them into records, in
// order: parsing is about 40% of reading a large document, so the two halves run side by side. Values
// go across in batches: waking the other thread for each of 10,000 people cost more than it saved. It
// is bounded, so that a slow reader does not let the parser hold the whole document as tapes, and
// tapes are reused.
class ParsedQueue {
public:
    // False when the reader has given up (it threw): the parser stops.
    bool push(Parsed parsed)
    {
        const bool last = parsed.kind == Parsed::Kind::end;
        m_filling.push_back(std::move(parsed));
        if (m_filling.size() < batch_size && !last) return true;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_batches.size() < batch_count || m_abandoned; });
        if (m_abandoned) return false;
        m_batches.push_back(std::move(m_filling));
        m_filling.clear();
        m_changed.notify_all();
        return true;
    }

    Parsed pop()
    {
        if (m_next == m_reading.size()) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_batches.empty(); });
            m_reading = std::move(m_batches.front());
            m_batches.pop_front();
            m_next = 0;
            m_changed.notify_all();
        }
        return std::move(m_reading[m_next++]);
    }

    void abandon()
    {
        const std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_changed.notify_all();
    }

    std::unique_ptr<JsonTape> tape()
    {
        const std::lock_guard lock(m_mutex);
        if (m_spare.empty()) return std::make_unique<JsonTape>();
        auto tape = std::move(m_spare.back());
        m_spare.pop_back();
        return tape;
    }

    void recycle(std::unique_ptr<JsonTape> tape)
    {
        const std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(tape));
    }

private:
    static constexpr std::size_t batch_size = 64;
    static constexpr std::size_t batch_count = 4;
    std::vector<Parsed> m_filling;  // the parser's next batch
    std::vector<Parsed> m_reading;  // the reader's current batch, read up to m_next
    std::size_t m_next = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Parsed>> m_batches;
    std::vector<std::unique_ptr<JsonTape>> m_spare;
    bool m_abandoned = false;
};

// The parsing thread: walks the top-level object and the lists in it, one value at a time.
void parse_members(JsonParser& parser, ParsedQueue& queue)
{
    std::string key;
    std::set<std::string> keys_seen;
    const auto parse = [&](Parsed& parsed, const std::string& path) {
        parsed.tape = queue.tape();
        return parser.parse_value(*parsed.tape, path, [&parsed](const std::string& at, std::string_view repeated) {
            parsed.repeated_keys.emplace_back(at, std::string(repeated));
        });
    };
    for (;;) {
        if (parser.next_member(key) != JsonParser::Next::item) break;
        const auto path = json_member_path("$", key);
        const auto section = section_named(key);
        Parsed member;
        member.key = key;
        member.section = section;
        if (!keys_seen.insert(key).second) {
            member.kind = Parsed::Kind::repeated_member;
            if (!parse(member, path) || !queue.push(std::move(member))) break;
            continue;
        }
        if (!section || parser.peek() != '[') {
            member.kind = Parsed::Kind::member;
            if (!parse(member, path) || !queue.push(std::move(member))) break;
            continue;
        }
        parser.open();
        for (std::size_t index = 0;; ++index) {
            if (parser.next_element() != JsonParser::Next::item) break;
            Parsed element;
            element.kind = Parsed::Kind::element;
            element.key = key;
            element.section = section;
            element.index = index;
            if (!parse(element, json_item_path(path, index)) || !queue.push(std::move(element))) break;
        }
        if (parser.error()) break;
        member.kind = Parsed::Kind::list_end;
        if (!queue.push(std::move(member))) break;
    }
    if (!parser.error()) parser.finish();
}

// The document is read in one pass: the big lists element by element, each element checked and turned
// into values as soon as it is parsed. An element whose references cannot be resolved yet (people
// before the units they refer to, anything before "format" and "version") waits, parsed, until they can.
class DocumentReader {
public:
    DocumentReader(const model::Date& today, ReadListener* listener) : m_today(today), m_listener(listener) {}

    ReadResult read(std::string_view text)
    {
        if (std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; })) {
            m_problems.add("$", "文件是空的，没有任何内容");
            return finish();
        }
        JsonParser parser(text);
        const auto duplicate = [this](const std::string& path, std::string_view key) { repeated_key(path, key); };
        if (parser.peek() != '{') {
            // Whatever it is, a syntax error in it is the first thing to hear about.
            JsonTape tape;
            if (parser.parse_value(tape, "$", duplicate)) parser.finish();
            if (parser.error()) return syntax_error(parser);
            m_problems.clear();
            m_problems.add("$", "文件内容应为一个 JSON 对象 {...}");
            return finish();
        }

        parser.open();
        ParsedQueue queue;
        std::thread parsing([&] {
            Parsed end;
            try {
                parse_members(parser, queue);
            }
            catch (...) {
                end.error = std::current_exception();
            }
            queue.push(std::move(end));
        });
        try {
            read_parsed(queue);
        }
        catch (...) {
            queue.abandon();
            parsing.join();
            throw;
        }
        parsing.join();
        if (parser.error()) return syntax_error(parser);

        // The whole document is known now: what was missing is missing.
        if (!header_ok()) {
            m_problems.clear();
            const auto [path, message] = header_problem();
            m_problems.add(path, message);
            return finish();
        }
        for (const auto section : all_sections) m_streamed.insert(section);
        drain();
        // A list this version does not have ("trainings" in a version 1 file), even an empty one.
        for (const auto section : m_listed)
            if (!section_known(section)) unknown_member(std::string(section_name(section)));
        return finish();
    }

private:
    // What the parsing thread read, in document order, until its end.
    void read_parsed(ParsedQueue& queue)
    {
        for (;;) {
            auto parsed = queue.pop();
            if (parsed.kind == Parsed::Kind::end) {
                if (parsed.error) std::rethrow_exception(parsed.error);
                return;
            }
            if (parsed.kind == Parsed::Kind::repeated_member)
                repeated_key(json_member_path("$", parsed.key), parsed.key);
            for (const auto& [path, key] : parsed.repeated_keys) repeated_key(path, key);
            switch (parsed.kind) {
            case Parsed::Kind::repeated_member: break;
            case Parsed::Kind::element:
                if (ready(*parsed.section)) {
                    read_item(*parsed.section, parsed.index, parsed.tape->root());
                    queue.recycle(std::move(parsed.tape));
                } else {
                    m_waiting.push_back({parsed.key, parsed.section, parsed.index, std::move(parsed.tape)});
                }
                break;
            case Parsed::Kind::list_end:
                m_streamed.insert(*parsed.section);
                m_listed.insert(*parsed.section);
                drain();
                break;
            case Parsed::Kind::member:
                if (parsed.key == "format" || parsed.key == "version") {
                    read_header_member(parsed.key, parsed.tape->root());
                } else if (header_ok()) {
                    read_member(parsed.key, parsed.tape->root());
                } else {
                    m_waiting.push_back({parsed.key, std::nullopt, 0, std::move(parsed.tape)});
                }
                if (parsed.section) m_streamed.insert(*parsed.section);
                drain();
                break;
            case Parsed::Kind::end: break;
            }
            if (parsed.tape) queue.recycle(std::move(parsed.tape));
        }
    }

    void repeated_key(const std::string& path, std::string_view key)
    {
        m_problems.add(path, "字段" + in_quotes(key) + "在同一个对象中出现了两次");
    }

    struct Waiting {
        std::string key;
        std::optional<Section> section;  // an element of that list; otherwise the member `key` itself
        std::size_t index = 0;
        std::unique_ptr<JsonTape> tape;
    };

    ReadResult finish()
    {
        if (m_listener && !m_problems.empty()) m_listener->stopped();
        m_listener = nullptr;
        return {std::move(m_dataset), m_problems.take()};
    }

    ReadResult syntax_error(const JsonParser& parser)
    {
        const auto& error = *parser.error();
        const auto text = parser.text();
        const auto before = text.substr(0, std::min(error.offset, text.size()));
        const auto line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
        const auto line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
        const auto column = model::utf8_length(before.substr(line_start)) + 1;
        const auto where = "第" + std::to_string(line) + "行第" + std::to_string(column) + "列";
        m_problems.clear();  // anything found before the error is noise now
        m_problems.add("$", error.at_end ? "JSON 语法错误：文件在" + where + "意外结束，内容不完整"
                                         : "JSON 语法错误：" + where + "：" + error.message);
        m_dataset = Dataset{};
        return finish();
    }

    // ---- Header: not ours, or from a newer program, and nothing else is worth reporting ----

    void read_header_member(const std::string& key, JsonValue value)
    {
        if (key == "format") {
            m_format_seen = true;
            m_format_ok = value.is_string() && value.string() == exchange_format_name;
            return;
        }
        m_version_seen = true;
        m_version_text = value.is_number() ? std::string(value.number_text()) : std::string();
        const auto number = value.integer();
        if (!value.is_whole_number() || !number || *number <= 0) {
            // A whole number too large for a long long is still a (much) newer version.
            m_version = value.is_whole_number() && !number && value.number_text()[0] != '-' ? INT_MAX : 0;
        } else {
            m_version = *number > INT_MAX ? INT_MAX : static_cast<int>(*number);
        }
    }

    bool header_ok() const
    {
        return m_format_seen && m_format_ok && m_version_seen && m_version > 0 && m_version <= exchange_format_version;
    }

    std::pair<std::string, std::string> header_problem() const
    {
        if (!m_format_seen) return {"$.format", "缺少“format”：这不是巡察系统的交换文件"};
        if (!m_format_ok)
            return {"$.format", "不是巡察系统的交换文件（“format”应为“" + std::string(exchange_format_name) + "”）"};
        if (!m_version_seen) return {"$.version", "缺少格式版本号“version”"};
        if (m_version <= 0) return {"$.version", "格式版本号“version”应为正整数"};
        return {"$.version", "此文件的格式版本为 " + m_version_text + "，由更新版本的程序导出；本程序只能读取版本 " +
                                 std::to_string(exchange_format_version) + " 及以下，请升级程序后再导入"};
    }

    // ---- Order: what each list needs before its elements can be read ----

    bool section_known(Section section) const
    {
        if (section == Section::trainings) return m_version >= 2;
        if (section == Section::rounds || section == Section::avoidance_cases) return m_version >= 3;
        return true;
    }

    bool complete(Section section) const { return m_completed.contains(section); }

    bool ready(Section section) const
    {
        if (!header_ok()) return false;
        const bool people_ready = complete(Section::specialties) && complete(Section::pools) &&
                                  complete(Section::trainings) && complete(Section::units);
        switch (section) {
        case Section::people: return people_ready;
        case Section::rounds: return people_ready && complete(Section::people);
        case Section::avoidance_cases: return people_ready && complete(Section::people) && complete(Section::rounds);
        default: return true;
        }
    }

    // Reads whatever waits and can be read now, then closes the lists that are done.
    void drain()
    {
        if (!header_ok()) return;
        for (auto it = m_waiting.begin(); it != m_waiting.end();) {
            if (it->section) {
                ++it;
                continue;
            }
            read_member(it->key, it->tape->root());
            it = m_waiting.erase(it);
        }
        for (const auto section : all_sections) {
            if (!ready(section)) continue;
            for (auto it = m_waiting.begin(); it != m_waiting.end();) {
                if (it->section != section) {
                    ++it;
                    continue;
                }
                read_item(section, it->index, it->tape->root());
                it = m_waiting.erase(it);
            }
            if (m_streamed.contains(section) && !complete(section)) {
                m_completed.insert(section);
                if (section == Section::units) check_units();
                if (section == Section::people) check_leader_people();
            }
        }
    }

    void unknown_member(const std::string& key)
    {
        const auto path = json_member_path("$", key);
        const auto position = std::find_if(root_keys.begin(), root_keys.end(), [&](const Key& k) { return k.name == key; });
        if (position != root_keys.end() && m_version < position->since)
            m_problems.add(path, too_new(key, position->since, m_version));
        else
            m_problems.add(path, "未知字段" + in_quotes(key) + "：格式版本" + std::to_string(m_version) +
                                     "中没有这个字段，请检查拼写");
    }

    // A top-level member other than a list read element by element.
    void read_member(const std::string& key, JsonValue value)
    {
        const auto path = json_member_path("$", key);
        if (const auto section = section_named(key)) {
            if (!section_known(*section)) return unknown_member(key);
            m_problems.add(path, std::string(label_of(*section)) + "应为数组 [...]");
            return;
        }
        if (key == "exported_at" || key == "note") {
            if (!value.is_string()) {
                m_problems.add(path, std::string(key == "note" ? "说明" : "导出时间") + "应为文本（没有内容时写 \"\"）");
                return;
            }
            (key == "note" ? m_dataset.note : m_dataset.exported_at) = std::string(value.string());
            return;
        }
        if (key == "settings" && m_version >= 2) {
            read_settings(value);
            return;
        }
        unknown_member(key);
    }

    void read_item(Section section, std::size_t index, JsonValue value)
    {
        if (!section_known(section)) return;  // reported once the document is read
        const auto path = json_item_path(json_member_path("$", std::string(section_name(section))), index);
        switch (section) {
        case Section::specialties: return read_specialty(index, path, value);
        case Section::pools: return read_pool(index, path, value);
        case Section::trainings: return read_training(path, value);
        case Section::units: return read_unit(path, value);
        case Section::people: return read_person(path, value);
        case Section::rounds: return read_round(path, value);
        case Section::avoidance_cases: return read_case(path, value);
        }
    }

    static std::string_view section_name(Section section)
    {
        switch (section) {
        case Section::specialties: return "specialties";
        case Section::pools: return "pools";
        case Section::trainings: return "trainings";
        case Section::units: return "units";
        case Section::people: return "people";
        case Section::rounds: return "rounds";
        case Section::avoidance_cases: return "avoidance_cases";
        }
        return "";
    }

    std::optional<JsonValue> record_object(JsonValue item, const std::string& path)
    {
        if (item.is_object()) return item;
        m_problems.add(path, "应为对象 {...}");
        return std::nullopt;
    }

    Record record(JsonValue object, const std::string& path, const Keys& keys)
    {
        return Record(m_problems, object, path, keys, m_version);
    }

    // ---- Settings ----

    void read_settings(JsonValue value)
    {
        if (!value.is_object()) {
            m_problems.add("$.settings", "规则设置应为对象 {...}");
            return;
        }
        model::OfficeSettings settings;
        auto root = record(value, "$.settings", settings_keys);
        const auto range = [](Record& owner, std::string_view key, std::string_view label, int number, int low, int high) {
            if (number < low || number > high)
                owner.fail(key, std::string(label) + "应在" + std::to_string(low) + "至" + std::to_string(high) + "之间");
        };
        if (const auto object = root.object("entry", "入库条件")) {
            auto entry = record(*object, root.path("entry"), entry_rule_keys);
            auto& rules = settings.entry;
            rules.leader_min_rank =
                entry.code<model::Rank>("leader_min_rank", "组长库最低职级", Need::optional).value_or(rules.leader_min_rank);
            rules.expert_min_rank =
                entry.code<model::Rank>("expert_min_rank", "专家库最低职级", Need::optional).value_or(rules.expert_min_rank);
            rules.expert_min_title = entry.code<model::TitleLevel>("expert_min_title", "专家库最低职称", Need::optional)
                                         .value_or(rules.expert_min_title);
            rules.max_age = entry.optional_integer("max_age", "入库年龄上限", rules.max_age);
            if (rules.max_age) range(entry, "max_age", "入库年龄上限", *rules.max_age, 18, 100);
            rules.source = entry.text("source", "依据");
            if (model::utf8_length(rules.source) > model::max_text_length)
                entry.fail("source", "依据过长（最多" + std::to_string(model::max_text_length) + "个字）");
        }
        if (const auto object = root.object("review", "年度动态调整规则")) {
            auto review = record(*object, root.path("review"), review_rule_keys);
            auto& rules = settings.review;
            rules.stale_months = review.integer("stale_months", "信息未更新月数", rules.stale_months);
            range(review, "stale_months", "信息未更新月数", rules.stale_months, 1, 120);
            rules.declined_threshold = review.integer("declined_threshold", "拒绝抽调次数", rules.declined_threshold);
            range(review, "declined_threshold", "拒绝抽调次数", rules.declined_threshold, 1, 100);
            rules.declined_years = review.integer("declined_years", "拒绝抽调统计年数", rules.declined_years);
            range(review, "declined_years", "拒绝抽调统计年数", rules.declined_years, 0, 50);
            rules.max_age = review.optional_integer("max_age", "在库年龄上限", rules.max_age);
            if (rules.max_age) range(review, "max_age", "在库年龄上限", *rules.max_age, 18, 100);
            rules.require_integrity_opinion =
                review.flag("require_integrity_opinion", "是否要求本年度廉政意见", rules.require_integrity_opinion);
            rules.jurisdiction = review.text("jurisdiction", "本地辖区");
            if (model::utf8_length(rules.jurisdiction) > model::max_text_length)
                review.fail("jurisdiction", "本地辖区过长（最多" + std::to_string(model::max_text_length) + "个字）");
            rules.source = review.text("source", "依据");
            if (model::utf8_length(rules.source) > model::max_text_length)
                review.fail("source", "依据过长（最多" + std::to_string(model::max_text_length) + "个字）");
        }
        if (const auto list = root.array("avoidance", "回避规则")) settings.avoidance = read_rules(*list, root.path("avoidance"));
        m_dataset.settings = settings;
    }

    // The avoidance rules: one object per rule, by code. A rule the list leaves out keeps its default
    // (a document may carry only the rules the office changed); the result is in code order.
    model::AvoidanceRules read_rules(JsonValue list, const std::string& path)
    {
        auto rules = model::default_avoidance_rules();
        std::map<model::AvoidanceRuleCode, std::string> seen;
        std::size_t i = 0;
        for (const auto item : list.elements()) {
            const auto item_path = json_item_path(path, i++);
            const auto object = record_object(item, item_path);
            if (!object) continue;
            auto r = record(*object, item_path, rule_keys);
            const auto code = r.code<model::AvoidanceRuleCode>("code", "规则代码", Need::required);
            if (!code) continue;
            if (const auto [it, inserted] = seen.emplace(*code, item_path); !inserted) {
                r.fail("code", "规则" + in_quotes(model::code_of(*code)) + "与 " + it->second + " 重复：每条规则只能出现一次");
                continue;
            }
            auto& rule = rules.rule(*code);
            rule.enabled = r.flag("enabled", "是否启用", rule.enabled);
            rule.severity = r.code<model::Severity>("severity", "回避性质", Need::optional).value_or(rule.severity);
            const auto years = [&](std::string_view key, std::string_view label, int& target) {
                target = r.integer(key, label, target);
                if (target < 0 || target > 50) r.fail(key, std::string(label) + "应在0至50之间");
            };
            years("look_back_years", "回溯年数", rule.look_back_years);
            years("total_years", "累计工作年数", rule.total_years);
            if (const auto classes = r.array("kinship_classes", "亲属类别")) {
                std::set<model::KinshipClass> chosen;
                std::size_t k = 0;
                for (const auto element : classes->elements()) {
                    const auto class_path = json_item_path(r.path("kinship_classes"), k++);
                    const auto kinship = element.is_string() ? model::from_code<model::KinshipClass>(element.string())
                                                             : std::nullopt;
                    if (!kinship || *kinship == model::KinshipClass::other) {
                        std::string codes;
                        for (const auto& term : model::terms<model::KinshipClass>()) {
                            if (term.value == model::KinshipClass::other) continue;
                            if (!codes.empty()) codes += "、";
                            codes += term.code;
                        }
                        m_problems.add(class_path, "亲属类别应为以下代码之一：" + codes);
                    } else if (!chosen.insert(*kinship).second) {
                        m_problems.add(class_path, "亲属类别" + in_quotes(model::code_of(*kinship)) + "重复");
                    }
                }
                rule.kinship_classes.clear();
                for (const auto& term : model::terms<model::KinshipClass>())
                    if (chosen.contains(term.value)) rule.kinship_classes.push_back(term.value);
            }
            rule.principal_only = r.flag("principal_only", "是否仅限主要负责人", rule.principal_only);
            rule.leaders_only = r.flag("leaders_only", "是否仅限组长库人员", rule.leaders_only);
            rule.source = r.text("source", "依据");
            if (model::utf8_length(rule.source) > model::max_text_length)
                r.fail("source", "依据过长（最多" + std::to_string(model::max_text_length) + "个字）");
        }
        return rules;
    }

    // ---- Catalogues ----

    void catalog_name(const std::string& name, const std::vector<std::string>& earlier, const std::string& path)
    {
        for (const auto& problem : model::validate_catalog_name(name, earlier))
            m_problems.add_if_new(describe_problem(problem, path, m_today));
    }

    void read_specialty(std::size_t index, const std::string& path, JsonValue item)
    {
        model::Specialty specialty;
        specialty.id = model::SpecialtyId(static_cast<long long>(index) + 1);
        if (const auto object = record_object(item, path)) {
            auto r = record(*object, path, specialty_keys);
            specialty.name = r.text("name", "名称", Need::required);
            specialty.sort_order = r.integer("sort_order", "排序号");
            catalog_name(specialty.name, m_specialty_names, path);
        }
        m_specialty_names.push_back(specialty.name);
        if (!specialty.name.empty()) m_specialty_ids.emplace(specialty.name, specialty.id);
        m_dataset.specialties.push_back(std::move(specialty));
    }

    void read_pool(std::size_t index, const std::string& path, JsonValue item)
    {
        model::Pool pool;
        pool.id = model::PoolId(static_cast<long long>(index) + 1);
        if (const auto object = record_object(item, path)) {
            auto r = record(*object, path, pool_keys);
            pool.name = r.text("name", "名称", Need::required);
            pool.kind = r.code<model::PoolKind>("kind", "库类型", Need::required).value_or(model::PoolKind::custom);
            pool.description = r.text("description", "说明");
            pool.sort_order = r.integer("sort_order", "排序号");
            catalog_name(pool.name, m_pool_names, path);
            if (model::utf8_length(pool.description) > model::max_text_length)
                r.fail("description", "说明过长（最多" + std::to_string(model::max_text_length) + "个字）");
        }
        m_pool_names.push_back(pool.name);
        if (!pool.name.empty()) m_pool_ids.emplace(pool.name, pool.id);
        m_dataset.pools.push_back(std::move(pool));
    }

    // Ids are unique within their list; each duplicate names the first holder.
    template <class Id>
    bool register_id(std::map<long long, std::string>& seen, const std::optional<long long>& id, const std::string& path,
                     std::string_view what, Id& target)
    {
        if (!id) return false;
        target = Id(*id);
        const auto [it, inserted] = seen.emplace(*id, path);
        if (!inserted) {
            m_problems.add(path + ".id", std::string(what) + "编号 " + std::to_string(*id) + " 与 " + it->second + " 重复");
            return false;
        }
        return true;
    }

    void read_training(const std::string& path, JsonValue item)
    {
        model::Training training;
        if (const auto object = record_object(item, path)) {
            auto r = record(*object, path, training_keys);
            register_id(m_training_ids, r.id(), path, "培训", training.id);
            training.topic = r.text("topic", "培训主题", Need::required);
            training.type = r.text("type", "培训类型");
            training.start = r.date("start", "开始日期");
            training.end = r.date("end", "结束日期");
            training.hours = r.integer("hours", "学时");
            training.organiser = r.text("organiser", "主办单位");
            training.remark = r.text("remark", "备注");
            for (const auto& problem : model::validate(training, m_today))
                m_problems.add_if_new(describe_problem(problem, path, m_today));
        }
        m_dataset.trainings.push_back(std::move(training));
    }

    // ---- Units ----

    void check_unit_reference(const std::optional<model::UnitId>& reference, const std::string& path,
                              std::string_view label)
    {
        if (reference && !m_unit_ids.contains(reference->value()))
            m_problems.add(path, std::string(label) + "编号 " + std::to_string(reference->value()) +
                                     " 在本文件的 units 中不存在");
    }

    void read_unit(const std::string& path, JsonValue item)
    {
        model::Unit unit;
        bool unique = false;
        if (const auto object = record_object(item, path)) {
            auto r = record(*object, path, unit_keys);
            unique = register_id(m_unit_ids, r.id(), path, "单位", unit.id);
            unit.name = r.text("name", "单位名称", Need::required);
            unit.short_name = r.text("short_name", "单位简称");
            unit.type = r.code<model::UnitType>("type", "单位类型", Need::required).value_or(model::UnitType::other);
            if (const auto parent = r.reference("parent", "上级单位", "units")) unit.parent_id = model::UnitId(*parent);
            if (const auto supervisor = r.reference("supervisor", "主管部门", "units"))
                unit.supervisor_id = model::UnitId(*supervisor);
            unit.jurisdiction = r.text("jurisdiction", "所属辖区");
            unit.remark = r.text("remark", "备注");
            unit.sort_order = r.integer("sort_order", "排序号");
            each_item(r, "leaders", "领导班子成员", [&](const std::string& item_path, std::optional<JsonValue> leader_object) {
                model::UnitLeader leader;
                if (leader_object) {
                    auto l = record(*leader_object, item_path, leader_keys);
                    if (const auto person = l.reference("person", "对应人员", "people")) {
                        leader.person_id = model::PersonId(*person);
                        // People come after units: checked once they are all read.
                        m_leader_people.push_back({*person, l.path("person")});
                    }
                    leader.name = l.text("name", "姓名", Need::required);
                    leader.post = l.text("post", "职务");
                    leader.start = l.date("start", "任职开始日期");
                    leader.end = l.date("end", "任职结束日期");
                    leader.principal_head = l.flag("principal_head", "是否主要负责人");
                    leader.remark = l.text("remark", "备注");
                }
                unit.leaders.push_back(std::move(leader));
            });
            if (const auto flags = r.array("profile_flags", "单位特征标签")) {
                std::size_t k = 0;
                for (const auto element : flags->elements()) {
                    const auto flag_path = json_item_path(r.path("profile_flags"), k++);
                    if (!element.is_string()) {
                        m_problems.add(flag_path, "单位特征标签应为文本（如“资金量大”）");
                        continue;
                    }
                    unit.profile_flags.emplace_back(element.string());
                }
            }
        }
        m_unit_paths.push_back(path);
        m_unit_unique.push_back(unique);
        m_dataset.units.push_back(std::move(unit));
    }

    // Once every unit is known: references, then the hierarchy.
    void check_units()
    {
        for (std::size_t i = 0; i < m_dataset.units.size(); ++i) {
            const auto& unit = m_dataset.units[i];
            check_unit_reference(unit.parent_id, m_unit_paths[i] + ".parent", "上级单位");
            check_unit_reference(unit.supervisor_id, m_unit_paths[i] + ".supervisor", "主管部门");
        }
        for (std::size_t i = 0; i < m_dataset.units.size(); ++i) {
            // Without a unique id the hierarchy checks would judge the wrong unit.
            if (!m_unit_unique[i]) continue;
            for (const auto& problem : model::validate(m_dataset.units[i], m_dataset.units))
                m_problems.add_if_new(describe_problem(problem, m_unit_paths[i], m_today));
        }
    }

    void check_leader_people()
    {
        for (const auto& [id, path] : m_leader_people) check_person_reference(id, path, "对应人员");
    }

    void check_person_reference(const std::optional<long long>& id, const std::string& path, std::string_view label)
    {
        if (id && !m_person_ids.contains(*id))
            m_problems.add(path, std::string(label) + "编号 " + std::to_string(*id) + " 在本文件的 people 中不存在");
    }

    // ---- Rounds and avoidance cases ----

    void read_round(const std::string& path, JsonValue item)
    {
        model::Round round;
        if (const auto object = record_object(item, path)) {
            auto r = record(*object, path, round_keys);
            const bool unique = register_id(m_round_ids, r.id(), path, "轮次", round.id);
            if (!r.has("term")) r.fail("term", "缺少届次（字段“term”）");
            round.term = r.integer("term", "届次", round.term);
            if (!r.has("number")) r.fail("number", "缺少轮次（字段“number”）");
            round.number = r.integer("number", "轮次", round.number);
            round.committee = r.nonempty_text("committee", "巡察主体（县委、市委）");
            round.mode = r.code<model::RoundMode>("mode", "巡察方式", Need::required).value_or(model::RoundMode::regular);
            round.state = r.code<model::RoundState>("state", "轮次状态", Need::required).value_or(model::RoundState::draft);
            round.planned_entry = r.date("planned_entry", "计划进驻日期");
            round.planned_withdrawal = r.date("planned_withdrawal", "计划撤点日期");
            round.entry_date = r.date("entry_date", "实际进驻日期");
            round.withdrawal_date = r.date("withdrawal_date", "实际撤点日期");
            round.remark = r.text("remark", "备注");
            each_item(r, "groups", "巡察组", [&](const std::string& group_path, std::optional<JsonValue> group_object) {
                round.groups.push_back(read_group(group_path, group_object, unique ? std::optional(round.id) : std::nullopt));
            });
            if (const auto snapshot = r.get("rules_snapshot"); snapshot && !snapshot->is_null()) {
                if (snapshot->is_array())
                    round.rules_snapshot = read_rules(*snapshot, r.path("rules_snapshot"));
                else
                    r.fail("rules_snapshot", "检查时的回避规则应为规则数组 [...]，没有时写 null");
            }
            round.checked_on = r.date("checked_on", "回避检查日期");
            if (round.checked_on && *round.checked_on > m_today)
                r.fail("checked_on", "回避检查日期晚于今天（" + model::to_iso(m_today) + "）");
            for (const auto& problem : model::validate(round))
                m_problems.add_if_new(describe_problem(problem, path, m_today));
        }
        m_dataset.rounds.push_back(std::move(round));
    }

    model::Group read_group(const std::string& path, std::optional<JsonValue> object, std::optional<model::RoundId> round)
    {
        model::Group group;
        if (!object) return group;
        auto g = record(*object, path, group_keys);
        const auto id = g.id();
        if (register_id(m_group_ids, id, path, "巡察组", group.id)) m_group_round.emplace(*id, round);
        if (!g.has("number")) g.fail("number", "缺少组号（字段“number”）");
        group.number = g.integer("number", "组号", group.number);
        group.name = g.text("name", "巡察组名称");
        if (const auto units = g.array("units", "所巡察的单位")) {
            std::size_t k = 0;
            for (const auto element : units->elements()) {
                const auto unit_path = json_item_path(g.path("units"), k++);
                const auto number = element.integer();
                if (!number || *number < 1) {
                    m_problems.add(unit_path, "所巡察的单位应为本文件 units 中的编号（正整数）");
                    continue;
                }
                group.unit_ids.emplace_back(*number);
                check_unit_reference(group.unit_ids.back(), unit_path, "单位");
            }
        } else if (!g.has("units")) {
            g.fail("units", "缺少所巡察的单位（字段“units”）");
        }
        group.authorising_body = g.text("authorising_body", "授权主体");
        group.dispatching_body = g.text("dispatching_body", "派出主体");
        each_item(g, "members", "巡察组成员", [&](const std::string& member_path, std::optional<JsonValue> member_object) {
            model::GroupMember group_member;
            if (member_object) {
                auto m = record(*member_object, member_path, group_member_keys);
                if (const auto person = m.reference("person", "人员", "people", Need::required)) {
                    group_member.person_id = model::PersonId(*person);
                    check_person_reference(person, m.path("person"), "人员");
                }
                group_member.role = m.code<model::GroupRole>("role", "组内职务", Need::required).value_or(model::GroupRole::member);
                if (const auto duties = m.array("duties", "组内分工")) {
                    std::size_t k = 0;
                    for (const auto element : duties->elements()) {
                        const auto duty_path = json_item_path(m.path("duties"), k++);
                        const auto duty = element.is_string() ? model::from_code<model::GroupDuty>(element.string())
                                                              : std::nullopt;
                        if (!duty)
                            m_problems.add(duty_path, "组内分工应为代码文本，可用代码：" + code_list<model::GroupDuty>());
                        else if (std::find(group_member.duties.begin(), group_member.duties.end(), *duty) !=
                                 group_member.duties.end())
                            m_problems.add(duty_path, "组内分工" + in_quotes(model::code_of(*duty)) + "重复");
                        else
                            group_member.duties.push_back(*duty);
                    }
                }
            }
            group.members.push_back(std::move(group_member));
        });
        group.remark = g.text("remark", "备注");
        return group;
    }

    void read_case(const std::string& path, JsonValue item)
    {
        model::AvoidanceCase avoidance_case;
        if (const auto object = record_object(item, path)) {
            auto r = record(*object, path, case_keys);
            const auto round = r.reference("round", "轮次", "rounds");
            if (round) {
                avoidance_case.round_id = model::RoundId(*round);
                if (!m_round_ids.contains(*round))
                    r.fail("round", "轮次编号 " + std::to_string(*round) + " 在本文件的 rounds 中不存在");
            }
            if (const auto group = r.reference("group", "巡察组", "rounds 的 groups")) {
                avoidance_case.group_id = model::GroupId(*group);
                const auto it = m_group_round.find(*group);
                if (it == m_group_round.end())
                    r.fail("group", "巡察组编号 " + std::to_string(*group) + " 在本文件各轮次的 groups 中不存在");
                else if (!round)
                    r.fail("group", "指定巡察组时须同时指定它所属的轮次（字段“round”）");
                else if (it->second && it->second->value() != *round)
                    r.fail("group", "巡察组编号 " + std::to_string(*group) + " 不属于轮次 " + std::to_string(*round));
            }
            if (const auto person = r.reference("person", "回避人员", "people", Need::required)) {
                avoidance_case.person_id = model::PersonId(*person);
                check_person_reference(person, r.path("person"), "回避人员");
            }
            if (const auto unit = r.reference("unit", "所涉单位", "units")) avoidance_case.unit_id = model::UnitId(*unit);
            check_unit_reference(avoidance_case.unit_id, r.path("unit"), "所涉单位");
            avoidance_case.trigger =
                r.code<model::CaseTrigger>("trigger", "提出方式", Need::required).value_or(model::CaseTrigger::self_declared);
            avoidance_case.rule = r.code<model::AvoidanceRuleCode>("rule", "所涉回避规则", Need::optional);
            avoidance_case.facts = r.text("facts", "事实");
            avoidance_case.raised_on = r.date("raised_on", "提出日期");
            avoidance_case.decision =
                r.code<model::CaseDecision>("decision", "处理结果", Need::optional).value_or(model::CaseDecision::pending);
            avoidance_case.decided_by = r.text("decided_by", "决定人或决定机关");
            avoidance_case.decided_on = r.date("decided_on", "决定日期");
            if (const auto replacement = r.reference("replacement", "替补人员", "people")) {
                avoidance_case.replacement_id = model::PersonId(*replacement);
                check_person_reference(replacement, r.path("replacement"), "替补人员");
            }
            avoidance_case.document_number = r.text("document_number", "文号");
            avoidance_case.acknowledged_on = r.date("acknowledged_on", "本人确认日期");
            avoidance_case.remark = r.text("remark", "备注");
            for (const auto& problem : model::validate(avoidance_case, m_today))
                m_problems.add_if_new(describe_problem(problem, path, m_today));
        }
        m_dataset.avoidance_cases.push_back(std::move(avoidance_case));
    }

    // ---- People ----

    model::Education read_education(Record& owner, std::string_view key, std::string_view label)
    {
        model::Education education;
        const auto object = owner.object(key, label);
        if (!object) return education;
        auto r = record(*object, owner.path(key), education_keys);
        const std::string l(label);
        education.level =
            r.code<model::EducationLevel>("level", l + "的学历", Need::optional).value_or(model::EducationLevel::none);
        education.degree = r.code<model::Degree>("degree", l + "的学位", Need::optional).value_or(model::Degree::none);
        education.school = r.text("school", l + "的毕业院校");
        education.major = r.text("major", l + "的专业");
        return education;
    }

    // A photo or a scan: the bytes in base64, checked against the stated size and SHA-256.
    std::optional<model::Attachment> read_attachment(Record& owner, std::string_view key, std::string_view label)
    {
        const auto object = owner.object(key, label, true);
        if (!object) return std::nullopt;
        auto r = record(*object, owner.path(key), attachment_keys);
        const std::string l(label);
        model::Attachment attachment;
        attachment.file_name = r.nonempty_text("file_name", l + "的文件名");
        attachment.media_type = r.nonempty_text("media_type", l + "的文件类型");
        attachment.sha256 = r.text("sha256", l + "的 SHA-256", Need::required);
        const bool hash_ok = r.has("sha256") && r.get("sha256")->is_string() && is_lower_hex(attachment.sha256, 64);
        if (r.has("sha256") && r.get("sha256")->is_string() && !hash_ok)
            r.fail("sha256", l + "的 SHA-256 应为64位小写十六进制数字");
        std::optional<long long> size;
        if (const auto value = r.get("size"); !value) {
            r.fail("size", "缺少" + l + "的大小（字段“size”）");
        } else if (const auto number = value->integer(); number && *number >= 0) {
            size = *number;
        } else {
            r.fail("size", l + "的大小应为字节数（非负整数）");
        }
        const auto content = r.get("content");
        if (!content) {
            r.fail("content", "缺少" + l + "的内容（字段“content”，base64 编码）");
        } else if (!content->is_string()) {
            r.fail("content", l + "的内容应为 base64 编码的文本");
        } else if (auto bytes = base64_decode(content->string()); !bytes) {
            r.fail("content", l + "的内容不是有效的 base64 编码（标准字母表，以“=”补齐，不含换行）");
        } else {
            const auto actual = static_cast<long long>(bytes->size());
            if (size && *size != actual)
                r.fail("size", l + "的内容为 " + std::to_string(actual) + " 字节，与“size”所写的 " + std::to_string(*size) +
                                   " 字节不符（文件可能不完整）");
            if (hash_ok && sha256_hex(*bytes) != attachment.sha256)
                r.fail("sha256", l + "的内容与“sha256”不符：文件已损坏或被改动");
            attachment.size = actual;
            attachment.content = std::make_shared<const std::string>(std::move(*bytes));
        }
        return attachment;
    }

    template <class Fn>
    void each_item(Record& owner, std::string_view key, std::string_view label, Fn&& read)
    {
        const auto list = owner.array(key, label);
        if (!list) return;
        std::size_t i = 0;
        for (const auto item : list->elements()) {
            const auto path = json_item_path(owner.path(key), i);
            read(path, record_object(item, path));
            ++i;
        }
    }

    void read_specialty_names(Record& r, model::Person& person)
    {
        const auto list = r.array("specialties", "专业特长");
        if (!list) return;
        std::set<std::string_view> seen;
        std::size_t i = 0;
        for (const auto item : list->elements()) {
            const auto path = json_item_path(r.path("specialties"), i++);
            if (!item.is_string()) {
                m_problems.add(path, "专业特长应为名称文本");
                continue;
            }
            const auto name = item.string();
            if (!seen.insert(name).second) {
                m_problems.add(path, "专业特长" + in_quotes(name) + "重复");
                continue;
            }
            const auto it = m_specialty_ids.find(name);
            if (it == m_specialty_ids.end()) {
                m_problems.add(path, "专业特长" + in_quotes(name) + "不在文件的 specialties 目录中");
                continue;
            }
            person.specialties.push_back(it->second);
        }
    }

    std::optional<model::PoolId> pool_by_name(Record& r, std::string_view key, const std::string& name)
    {
        const auto it = m_pool_ids.find(name);
        if (it != m_pool_ids.end()) return it->second;
        r.fail(key, "库" + in_quotes(name) + "不在文件的 pools 目录中");
        return std::nullopt;
    }

    void read_work_history(Record& r, model::Person& person)
    {
        each_item(r, "work_history", "工作经历", [&](const std::string& path, std::optional<JsonValue> object) {
            model::WorkHistoryEntry entry;
            if (object) {
                auto item = record(*object, path, work_history_keys);
                if (const auto unit = item.reference("unit", "单位", "units")) entry.unit_id = model::UnitId(*unit);
                check_unit_reference(entry.unit_id, item.path("unit"), "单位");
                entry.unit_name = item.text("unit_name", "单位名称");
                entry.department = item.text("department", "部门");
                entry.post = item.text("post", "职务");
                entry.start = item.date("start", "开始日期");
                entry.end = item.date("end", "结束日期");
                entry.leadership_member = item.flag("leadership_member", "是否领导班子成员");
                entry.principal_head = item.flag("principal_head", "是否主要负责人");
            }
            person.work_history.push_back(std::move(entry));
        });
    }

    static bool known_title(std::string_view title)
    {
        static const std::set<std::string_view, std::less<>> titles = [] {
            std::set<std::string_view, std::less<>> all;
            for (const auto& t : model::relative_titles()) all.insert(t.zh);
            return all;
        }();
        return titles.contains(title);
    }

    void read_relatives(Record& r, model::Person& person)
    {
        each_item(r, "relatives", "家庭成员及社会关系", [&](const std::string& path, std::optional<JsonValue> object) {
            model::Relative relative;
            if (object) {
                auto item = record(*object, path, relative_keys);
                relative.title = item.text("title", "称谓", Need::required);
                // An unknown title would silently fall out of every kinship rule.
                if (!relative.title.empty() && !known_title(relative.title))
                    item.fail("title", "称谓" + in_quotes(relative.title) +
                                           "不在称谓表中（如配偶、父亲、母亲、儿子、女儿、兄、姐、岳父；其他社会关系写“其他”）");
                relative.name = item.text("name", "姓名", Need::required);
                relative.birth_date = item.date("birth_date", "出生日期");
                relative.political_status =
                    item.code<model::PoliticalStatus>("political_status", "政治面貌", Need::optional);
                if (const auto unit = item.reference("employer_unit", "工作单位", "units"))
                    relative.employer_unit_id = model::UnitId(*unit);
                check_unit_reference(relative.employer_unit_id, item.path("employer_unit"), "工作单位");
                relative.employer_name = item.text("employer_name", "工作单位名称");
                relative.post = item.text("post", "职务");
                relative.is_leader = item.flag("is_leader", "是否该单位领导班子成员");
            }
            person.relatives.push_back(std::move(relative));
        });
    }

    // Steps are history: each is a transition the lifecycle allows, in date order, ending in the status.
    // Entry rules are not checked again: they were checked (or set aside, with a reason) when the step was taken.
    void check_steps(const model::PoolMembership& membership, const std::string& path,
                     const std::vector<bool>& readable)
    {
        const auto& steps = membership.steps;
        for (std::size_t j = 0; j < steps.size(); ++j) {
            if (!readable[j]) continue;
            const auto& step = steps[j];
            const auto step_path = json_item_path(path + ".steps", j);
            const auto at = [&](std::string_view key) { return json_member_path(step_path, key); };
            const auto add = [&](std::string_view key, std::string message) {
                m_problems.add_if_new({at(key), std::move(message)});
            };
            if (!step.date) {
                add("date", "缺少这一步的日期：入库记录的每一步都须有日期");
            } else if (*step.date > m_today) {
                add("date", "这一步的日期晚于今天（" + model::to_iso(m_today) + "）");
            } else if (step.date->year() < 1900) {
                add("date", "这一步的日期不合理（早于1900年）");
            } else if (j > 0 && readable[j - 1] && steps[j - 1].date && *step.date < *steps[j - 1].date) {
                add("date", "这一步的日期早于上一步（" + model::to_iso(*steps[j - 1].date) + "）：各步须按时间先后排列");
            }
            if (j == 0) {
                if (step.from)
                    add("from", "第一步的“from”应为 null：入库记录从第一步开始，之前没有状态");
            } else if (!step.from) {
                add("from", "只有第一步的“from”可以为 null；这一步应写明从哪个状态变更");
            } else if (readable[j - 1] && *step.from != steps[j - 1].to) {
                add("from", "“from”为" + in_quotes(model::zh_name(*step.from)) + "，但上一步已变为" +
                                in_quotes(model::zh_name(steps[j - 1].to)) + "，两者应一致");
            } else if (const auto refusal = model::check_transition(*step.from, step.to)) {
                add("to", "不允许从" + in_quotes(model::zh_name(*step.from)) + "变为" + in_quotes(model::zh_name(step.to)) +
                              "：" + std::string(model::zh_name(*refusal)));
            }
        }
        if (!steps.empty() && readable.back() && steps.back().to != membership.status)
            m_problems.add_if_new({json_member_path(json_item_path(path + ".steps", steps.size() - 1), "to"),
                                   "最后一步变为" + in_quotes(model::zh_name(steps.back().to)) + "，但入库状态为" +
                                       in_quotes(model::zh_name(membership.status)) + "：两者应一致"});
    }

    void read_memberships(Record& r, model::Person& person)
    {
        each_item(r, "memberships", "入库记录", [&](const std::string& path, std::optional<JsonValue> object) {
            model::PoolMembership membership;
            if (object) {
                auto item = record(*object, path, membership_keys);
                const auto pool = item.text("pool", "所在库", Need::required);
                if (!pool.empty())
                    if (const auto id = pool_by_name(item, "pool", pool)) membership.pool_id = *id;
                const bool status_ok = item.has("status");
                membership.status = item.code<model::MembershipStatus>("status", "入库状态", Need::required)
                                         .value_or(model::MembershipStatus::active);
                membership.entry_method = item.code<model::EntryMethod>("entry_method", "入库方式", Need::optional)
                                              .value_or(model::EntryMethod::unspecified);
                membership.entry_date = item.date("entry_date", "入库日期");
                membership.exit_date = item.date("exit_date", "出库日期");
                membership.exit_reason = item.text("exit_reason", "出库原因");
                membership.remark = item.text("remark", "备注");
                if (model::utf8_length(membership.remark) > model::max_text_length)
                    item.fail("remark", "备注过长（最多" + std::to_string(model::max_text_length) + "个字）");
                membership.reviewed_on = item.date("reviewed_on", "年度复核日期");
                if (membership.reviewed_on && *membership.reviewed_on > m_today)
                    item.fail("reviewed_on", "年度复核日期晚于今天（" + model::to_iso(m_today) + "）");
                std::vector<bool> readable;
                each_item(item, "steps", "入库环节", [&](const std::string& step_path, std::optional<JsonValue> step_object) {
                    model::MembershipStep step;
                    readable.push_back(step_object.has_value());
                    if (step_object) {
                        auto s = record(*step_object, step_path, step_keys);
                        step.from = s.code<model::MembershipStatus>("from", "原状态", Need::optional);
                        const bool to_present = s.has("to");
                        step.to = s.code<model::MembershipStatus>("to", "新状态", Need::required)
                                      .value_or(model::MembershipStatus::recommended);
                        // A step whose codes could not be read says nothing about the lifecycle.
                        if ((s.has("from") && !s.get("from")->is_null() && !step.from) || !to_present ||
                            !model::from_code<model::MembershipStatus>(s.get("to")->is_string() ? s.get("to")->string() : ""))
                            readable.back() = false;
                        step.date = s.date("date", "日期");
                        if (s.has("date") && !s.get("date")->is_null() && !step.date) readable.back() = false;
                        step.decided_by = s.text("decided_by", "决定人或决定机关");
                        step.document_number = s.text("document_number", "文号");
                        step.remark = s.text("remark", "备注");
                        step.override_reason = s.text("override_reason", "破格理由");
                    }
                    membership.steps.push_back(std::move(step));
                });
                if (status_ok && !membership.steps.empty() &&
                    model::from_code<model::MembershipStatus>(item.get("status")->is_string() ? item.get("status")->string() : ""))
                    check_steps(membership, path, readable);
            }
            person.memberships.push_back(std::move(membership));
        });
    }

    void read_trainings(Record& r, model::Person& person)
    {
        std::map<long long, std::size_t> attended;
        each_item(r, "trainings", "培训记录", [&](const std::string& path, std::optional<JsonValue> object) {
            model::TrainingAttendance attendance;
            if (object) {
                auto item = record(*object, path, attendance_keys);
                if (const auto id = item.reference("training", "培训", "trainings", Need::required)) {
                    attendance.training_id = model::TrainingId(*id);
                    if (!m_training_ids.contains(*id)) {
                        item.fail("training", "培训编号 " + std::to_string(*id) + " 在本文件的 trainings 中不存在");
                    } else if (const auto [it, inserted] = attended.emplace(*id, person.trainings.size()); !inserted) {
                        item.fail("training", "同一培训（编号 " + std::to_string(*id) + "）出现了两次，与第" +
                                                  std::to_string(it->second + 1) + "条重复");
                    }
                }
                attendance.attendance = item.code<model::Attendance>("attendance", "参加情况", Need::optional)
                                            .value_or(model::Attendance::attended);
                attendance.remark = item.text("remark", "备注");
            }
            person.trainings.push_back(std::move(attendance));
        });
    }

    void read_records(Record& r, model::Person& person)
    {
        each_item(r, "commendations", "表扬表彰", [&](const std::string& path, std::optional<JsonValue> object) {
            model::Commendation commendation;
            if (object) {
                auto item = record(*object, path, commendation_keys);
                commendation.date = item.date("date", "表彰日期");
                commendation.title = item.text("title", "表彰名称");
                commendation.awarding_body = item.text("awarding_body", "授予单位");
                commendation.level = item.code<model::CommendationLevel>("level", "表彰级别", Need::optional)
                                         .value_or(model::CommendationLevel::county);
                commendation.document_number = item.text("document_number", "文号");
                commendation.remark = item.text("remark", "备注");
            }
            person.commendations.push_back(std::move(commendation));
        });
        each_item(r, "assessments", "年度考核", [&](const std::string& path, std::optional<JsonValue> object) {
            model::AnnualAssessment assessment;
            if (object) {
                auto item = record(*object, path, assessment_keys);
                if (!item.has("year")) item.fail("year", "缺少考核年度（字段“year”）");
                assessment.year = item.integer("year", "考核年度");
                assessment.result = item.code<model::AssessmentResult>("result", "考核结果", Need::required)
                                        .value_or(model::AssessmentResult::competent);
                assessment.remark = item.text("remark", "备注");
            }
            person.assessments.push_back(std::move(assessment));
        });
        each_item(r, "integrity_opinions", "廉政意见", [&](const std::string& path, std::optional<JsonValue> object) {
            model::IntegrityOpinion opinion;
            if (object) {
                auto item = record(*object, path, opinion_keys);
                opinion.date = item.date("date", "出具日期");
                opinion.issuer = item.text("issuer", "出具单位");
                opinion.document_number = item.text("document_number", "文号");
                opinion.clear = item.flag("clear", "是否未发现问题", true);
                opinion.content = item.text("content", "意见内容");
                opinion.remark = item.text("remark", "备注");
            }
            person.integrity_opinions.push_back(std::move(opinion));
        });
        each_item(r, "pledges", "承诺书", [&](const std::string& path, std::optional<JsonValue> object) {
            model::Pledge pledge;
            if (object) {
                auto item = record(*object, path, pledge_keys);
                pledge.type =
                    item.code<model::PledgeType>("type", "承诺书类型", Need::required).value_or(model::PledgeType::integrity);
                pledge.scope = item.code<model::PledgeScope>("scope", "签订场合", Need::required)
                                   .value_or(model::PledgeScope::pool_entry);
                if (const auto value = item.get("pool"); value && !value->is_null()) {
                    if (!value->is_string())
                        item.fail("pool", "承诺书对应的库应为库名称文本，没有时写 null");
                    else if (const auto id = pool_by_name(item, "pool", std::string(value->string())))
                        pledge.pool_id = *id;
                }
                pledge.round_name = item.text("round_name", "巡察轮次");
                pledge.signed_date = item.date("signed_date", "签订日期");
                pledge.recipient = item.text("recipient", "接收人");
                pledge.scan = read_attachment(item, "scan", "扫描件");
                pledge.remark = item.text("remark", "备注");
            }
            person.pledges.push_back(std::move(pledge));
        });
        each_item(r, "secondments", "抽调记录", [&](const std::string& path, std::optional<JsonValue> object) {
            model::Secondment secondment;
            if (object) {
                auto item = record(*object, path, secondment_keys);
                secondment.task = item.text("task", "抽调任务");
                secondment.group_name = item.text("group_name", "所在巡察组");
                secondment.role = item.text("role", "组内职务");
                secondment.seconding_body = item.text("seconding_body", "抽调单位");
                secondment.notice_number = item.text("notice_number", "抽调通知文号");
                secondment.notice_date = item.date("notice_date", "抽调通知日期");
                secondment.start = item.date("start", "开始日期");
                secondment.end = item.date("end", "结束日期");
                secondment.evaluation = item.code<model::AssessmentResult>("evaluation", "鉴定结果", Need::optional);
                secondment.remark = item.text("remark", "备注");
            }
            person.secondments.push_back(std::move(secondment));
        });
        each_item(r, "declined_secondments", "拒绝抽调记录", [&](const std::string& path, std::optional<JsonValue> object) {
            model::DeclinedSecondment declined;
            if (object) {
                auto item = record(*object, path, declined_keys);
                declined.date = item.date("date", "日期");
                declined.task = item.text("task", "抽调任务");
                declined.reason = item.text("reason", "拒绝原因");
            }
            person.declined_secondments.push_back(std::move(declined));
        });
    }

    void read_person(const std::string& path, JsonValue item)
    {
        model::Person person;
        const auto object = record_object(item, path);
        if (!object) {
            m_dataset.people.push_back(std::move(person));
            return;
        }
        auto r = record(*object, path, person_keys);
        register_id(m_person_ids, r.id(), path, "人员", person.id);
        person.name = r.text("name", "姓名", Need::required);
        person.gender = r.code<model::Gender>("gender", "性别", Need::optional).value_or(model::Gender::unspecified);
        person.ethnicity = r.text("ethnicity", "民族");
        person.birth_date = r.date("birth_date", "出生日期");
        person.native_place = r.text("native_place", "籍贯");
        person.birth_place = r.text("birth_place", "出生地");
        person.political_status = r.code<model::PoliticalStatus>("political_status", "政治面貌", Need::required)
                                      .value_or(model::PoliticalStatus::masses);
        person.party_join_date = r.date("party_join_date", "入党时间");
        person.work_start_date = r.date("work_start_date", "参加工作时间");
        person.fulltime_education = read_education(r, "fulltime_education", "全日制教育");
        person.inservice_education = read_education(r, "inservice_education", "在职教育");
        person.professional_title = r.text("professional_title", "专业技术职务");
        person.professional_title_level =
            r.code<model::TitleLevel>("professional_title_level", "职称级别", Need::optional).value_or(model::TitleLevel::none);
        person.expertise = r.text("expertise", "熟悉专业有何专长");
        if (const auto unit = r.reference("unit", "工作单位", "units")) person.unit_id = model::UnitId(*unit);
        check_unit_reference(person.unit_id, r.path("unit"), "工作单位");
        person.department = r.text("department", "部门");
        person.post = r.text("post", "职务");
        person.rank = r.code<model::Rank>("rank", "职级", Need::optional).value_or(model::Rank::none);
        person.holds_leadership_post = r.flag("holds_leadership_post", "是否领导职务");
        person.mobile = r.text("mobile", "手机号码");
        person.id_number = r.text("id_number", "身份证号");
        person.health = r.text("health", "健康状况");
        person.remark = r.text("remark", "备注");
        person.reserve_cadre = r.flag("reserve_cadre", "是否后备干部");
        person.frontline_experience = r.text("frontline_experience", "一线工作经历");
        person.photo = read_attachment(r, "photo", "照片");
        read_specialty_names(r, person);
        read_work_history(r, person);
        read_relatives(r, person);
        read_memberships(r, person);
        read_trainings(r, person);
        read_records(r, person);

        if (!person.id_number.empty()) {
            auto key = person.id_number;
            std::replace(key.begin(), key.end(), 'x', 'X');
            const auto [it, inserted] = m_id_numbers.emplace(std::move(key), path);
            if (!inserted) r.fail("id_number", "身份证号与 " + it->second + " 的相同");
        }
        for (const auto& problem : model::validate(person, m_today))
            m_problems.add_if_new(describe_problem(problem, path, m_today));
        if (tell_listener()) {
            m_listener->person_read(std::move(person));
            return;
        }
        m_dataset.people.push_back(std::move(person));
    }

    // Whether the listener hears of what was just read: only while nothing has a problem. The first
    // person read brings the catalogues they refer to (all read by then).
    bool tell_listener()
    {
        if (!m_listener) return false;
        if (!m_problems.empty()) {
            m_listener->stopped();
            m_listener = nullptr;
            return false;
        }
        if (!m_catalogues_told) {
            m_listener->catalogues_read(m_dataset);
            m_catalogues_told = true;
        }
        return true;
    }

    model::Date m_today;
    ReadListener* m_listener;  // none once it was told of a problem
    bool m_catalogues_told = false;
    Problems m_problems;
    Dataset m_dataset;

    bool m_format_seen = false;
    bool m_format_ok = false;
    bool m_version_seen = false;
    int m_version = 0;
    std::string m_version_text;

    std::set<Section> m_streamed;   // lists read to their end (or known to be absent)
    std::set<Section> m_completed;  // and every element of them read
    std::set<Section> m_listed;     // lists the document gives as arrays
    std::vector<Waiting> m_waiting;

    std::vector<std::string> m_specialty_names;
    std::vector<std::string> m_pool_names;
    std::map<std::string, model::SpecialtyId, std::less<>> m_specialty_ids;
    std::map<std::string, model::PoolId, std::less<>> m_pool_ids;
    std::map<long long, std::string> m_unit_ids;  // id → path of the unit that holds it
    std::map<long long, std::string> m_training_ids;
    std::map<long long, std::string> m_person_ids;
    std::map<long long, std::string> m_round_ids;
    std::map<long long, std::string> m_group_ids;
    std::map<long long, std::optional<model::RoundId>> m_group_round;  // group id → its round's id (when unique)
    std::vector<std::pair<long long, std::string>> m_leader_people;    // unit leaders' person ids and paths
    std::map<std::string, std::string> m_id_numbers;
    std::vector<std::string> m_unit_paths;
    std::vector<bool> m_unit_unique;
};

}  // namespace

ReadResult read_document(std::string_view text, const model::Date& today, ReadListener* listener)
{
    return DocumentReader(today, listener).read(text);
}

}  // namespace xuncha::app
