#include "app/exchange/document_reader.h"

#include "app/exchange/problem_text.h"
#include "model/kinship.h"
#include "model/validation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace xuncha::app {
namespace {

using Json = nlohmann::json;

std::string in_quotes(std::string_view text) { return "“" + std::string(text) + "”"; }

bool is_plain_key(std::string_view key)
{
    if (key.empty() || (key[0] >= '0' && key[0] <= '9')) return false;
    return std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::string member_path(const std::string& path, std::string_view key)
{
    if (is_plain_key(key)) return path + "." + std::string(key);
    return path + "[" + Json(std::string(key)).dump() + "]";
}

std::string item_path(const std::string& path, std::size_t index) { return path + "[" + std::to_string(index) + "]"; }

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

    bool empty() const { return m_list.empty(); }
    std::vector<ImportProblem> take() { return std::move(m_list); }

private:
    std::vector<ImportProblem> m_list;
    std::set<std::string> m_paths;
};

// ---- Syntax errors and duplicate keys ----

struct SyntaxError {
    std::size_t line = 1;
    std::size_t column = 1;
    std::string detail;
    bool at_end = false;
};

SyntaxError locate(std::string_view text, std::size_t byte, const std::string& what)
{
    // `byte` counts the bytes read, the offending one included.
    SyntaxError error;
    const std::size_t at = std::min(byte == 0 ? 0 : byte - 1, text.size());
    error.at_end = byte > text.size();
    const auto before = text.substr(0, at);
    error.line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    const auto line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
    error.column = model::utf8_length(before.substr(line_start)) + 1;
    // nlohmann's message repeats the position; keep only what went wrong.
    error.detail = what;
    const auto column_at = what.find("column ");
    if (column_at != std::string::npos) {
        const auto colon = what.find(": ", column_at);
        if (colon != std::string::npos) error.detail = what.substr(colon + 2);
    }
    return error;
}

// A Chinese hint for the parser's commonest complaints; its own words follow for the rest.
std::string hint(const std::string& detail)
{
    const auto has = [&](std::string_view part) { return detail.find(part) != std::string::npos; };
    if (has("UTF-8") || has("utf-8")) return "文件不是 UTF-8 编码，请另存为 UTF-8 后再导入；";
    if (has("control character")) return "文本中有未转义的换行或控制字符（换行须写作 \\n）；";
    if (has("expected ':'")) return "名称后缺少冒号；";
    if (has("unexpected") && (has("expected '}'") || has("expected ']'"))) return "可能缺少逗号，或括号不配对；";
    if (has("invalid literal")) return "无效的值（文本须加双引号，true、false、null 须小写）；";
    if (has("invalid string")) return "文本写法有误（检查引号和反斜杠）；";
    return "";
}

// A first pass over the text (no document built): syntax errors with their position, and keys given
// twice in an object, which the document parser would silently collapse into one. A SAX pass and a
// plain parse cost less than one parse with nlohmann's callback, which builds a value for every key.
class SyntaxCheck final : public nlohmann::json_sax<Json> {
public:
    SyntaxCheck(std::string_view text, Problems& problems) : m_text(text), m_problems(problems) {}

    bool null() override { return element(); }
    bool boolean(bool) override { return element(); }
    bool number_integer(Json::number_integer_t) override { return element(); }
    bool number_unsigned(Json::number_unsigned_t) override { return element(); }
    bool number_float(Json::number_float_t, const Json::string_t&) override { return element(); }
    bool string(Json::string_t&) override { return element(); }
    bool binary(Json::binary_t&) override { return element(); }
    bool start_object(std::size_t) override { return open(false); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_array() override { return close(); }

    bool key(Json::string_t& key) override
    {
        auto& frame = m_frames[m_depth - 1];
        if (std::find(frame.keys.begin(), frame.keys.end(), key) != frame.keys.end())
            m_problems.add(member_path(path(), key), "字段" + in_quotes(key) + "在同一个对象中出现了两次");
        frame.keys.push_back(key);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override
    {
        m_error = locate(m_text, position, ex.what());
        return false;
    }

    const std::optional<SyntaxError>& error() const { return m_error; }

private:
    // The path is spelt out only for a duplicate; frames are reused, so a large file costs no
    // allocations beyond the keys.
    struct Frame {
        bool array = false;
        std::size_t items = 0;          // elements begun so far (arrays)
        std::vector<std::string> keys;  // keys so far (objects); the last one is the current member
    };

    bool element()
    {
        if (m_depth > 0 && m_frames[m_depth - 1].array) ++m_frames[m_depth - 1].items;
        return true;
    }
    bool open(bool array)
    {
        element();
        if (m_frames.size() == m_depth) m_frames.emplace_back();
        auto& frame = m_frames[m_depth++];
        frame.array = array;
        frame.items = 0;
        frame.keys.clear();
        return true;
    }
    bool close()
    {
        --m_depth;
        return true;
    }
    // The path of the innermost open object.
    std::string path() const
    {
        std::string path = "$";
        for (std::size_t i = 0; i + 1 < m_depth; ++i) {
            const auto& frame = m_frames[i];
            path = frame.array ? item_path(path, frame.items - 1) : member_path(path, frame.keys.back());
        }
        return path;
    }

    std::string_view m_text;
    Problems& m_problems;
    std::vector<Frame> m_frames;
    std::size_t m_depth = 0;
    std::optional<SyntaxError> m_error;
};

// ---- Typed access to one JSON object, reporting every mismatch at its path. ----

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
    Record(Problems& problems, const Json& object, std::string path, std::initializer_list<std::string_view> known)
        : m_problems(problems), m_object(object), m_path(std::move(path))
    {
        for (const auto& [key, value] : object.items()) {
            if (std::find(known.begin(), known.end(), key) == known.end())
                m_problems.add(member_path(m_path, key), "未知字段" + in_quotes(key) + "：格式版本" +
                                                             std::to_string(exchange_format_version) +
                                                             "中没有这个字段，请检查拼写");
        }
    }

    const std::string& path() const { return m_path; }
    std::string path(std::string_view key) const { return member_path(m_path, key); }
    const Json* get(std::string_view key) const
    {
        const auto it = m_object.find(key);
        return it == m_object.end() ? nullptr : &*it;
    }

    std::string text(std::string_view key, std::string_view label, Need need = Need::optional)
    {
        const Json* value = present(key, label, need);
        if (!value) return {};
        if (!value->is_string()) {
            fail(key, std::string(label) + "应为文本（没有内容时写 \"\"）");
            return {};
        }
        return value->get<std::string>();
    }

    std::optional<model::Date> date(std::string_view key, std::string_view label)
    {
        const Json* value = get(key);
        if (!value || value->is_null()) return std::nullopt;
        if (!value->is_string()) {
            fail(key, std::string(label) + "应为“YYYY-MM-DD”格式的日期文本，没有时写 null");
            return std::nullopt;
        }
        const auto& text = value->get_ref<const std::string&>();
        auto date = model::parse_iso_date(text);
        if (!date) fail(key, std::string(label) + in_quotes(text) + "不是有效日期（格式应为 YYYY-MM-DD，如 1980-05-01）");
        return date;
    }

    bool flag(std::string_view key, std::string_view label)
    {
        const Json* value = get(key);
        if (!value) return false;
        if (!value->is_boolean()) {
            fail(key, std::string(label) + "应为 true 或 false");
            return false;
        }
        return value->get<bool>();
    }

    int integer(std::string_view key, std::string_view label)
    {
        const Json* value = get(key);
        if (!value) return 0;
        if (value->is_number_unsigned()) {
            const auto number = value->get<std::uint64_t>();
            if (number <= static_cast<std::uint64_t>(INT_MAX)) return static_cast<int>(number);
        } else if (value->is_number_integer()) {
            const auto number = value->get<std::int64_t>();
            if (number >= INT_MIN && number <= INT_MAX) return static_cast<int>(number);
        }
        fail(key, std::string(label) + "应为整数");
        return 0;
    }

    // A record's own id: a positive integer, required.
    std::optional<long long> id()
    {
        const Json* value = present("id", "编号", Need::required);
        if (!value) return std::nullopt;
        const auto number = positive(*value);
        if (!number) fail("id", "编号应为正整数");
        return number;
    }

    // A reference to a unit by its id in this file, or null.
    std::optional<long long> unit_reference(std::string_view key, std::string_view label)
    {
        const Json* value = get(key);
        if (!value || value->is_null()) return std::nullopt;
        const auto number = positive(*value);
        if (!number) fail(key, std::string(label) + "应为本文件 units 中的单位编号（正整数），没有时写 null");
        return number;
    }

    template <class E>
    std::optional<E> code(std::string_view key, std::string_view label, Need need)
    {
        const Json* value = present(key, label, need);
        if (!value) return std::nullopt;
        if (value->is_null() && need == Need::optional) return std::nullopt;
        if (!value->is_string()) {
            fail(key, std::string(label) + "应为代码文本，可用代码：" + code_list<E>());
            return std::nullopt;
        }
        const auto& text = value->get_ref<const std::string&>();
        auto result = model::from_code<E>(text);
        if (!result) fail(key, std::string(label) + "代码" + in_quotes(text) + "无效，可用代码：" + code_list<E>());
        return result;
    }

    // An array; a missing key is an empty list.
    const Json* array(std::string_view key, std::string_view label)
    {
        const Json* value = get(key);
        if (!value) return nullptr;
        if (!value->is_array()) {
            fail(key, std::string(label) + "应为数组 [...]");
            return nullptr;
        }
        return value;
    }

    // An object; a missing key leaves the defaults.
    const Json* object(std::string_view key, std::string_view label)
    {
        const Json* value = get(key);
        if (!value) return nullptr;
        if (!value->is_object()) {
            fail(key, std::string(label) + "应为对象 {...}");
            return nullptr;
        }
        return value;
    }

    void fail(std::string_view key, std::string message) { m_problems.add(path(key), std::move(message)); }

private:
    const Json* present(std::string_view key, std::string_view label, Need need)
    {
        const Json* value = get(key);
        if (!value && need == Need::required) fail(key, "缺少" + std::string(label) + "（字段" + in_quotes(key) + "）");
        if (value && value->is_null() && need == Need::required) {
            fail(key, std::string(label) + "不能为 null");
            return nullptr;
        }
        return value;
    }

    static std::optional<long long> positive(const Json& value)
    {
        if (!value.is_number_integer()) return std::nullopt;
        if (value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(LLONG_MAX))
            return std::nullopt;
        const auto number = value.get<long long>();
        return number >= 1 ? std::optional<long long>(number) : std::nullopt;
    }

    Problems& m_problems;
    const Json& m_object;
    std::string m_path;
};

// ---- The document ----

class DocumentReader {
public:
    explicit DocumentReader(const model::Date& today) : m_today(today) {}

    ReadResult read(std::string_view text)
    {
        if (std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; })) {
            m_problems.add("$", "文件是空的，没有任何内容");
            return finish();
        }
        SyntaxCheck syntax(text, m_problems);
        Json::sax_parse(text, &syntax);
        if (const auto& error = syntax.error()) {
            const auto where = "第" + std::to_string(error->line) + "行第" + std::to_string(error->column) + "列";
            m_problems = Problems();  // a duplicate key found before the error is noise now
            m_problems.add("$", error->at_end ? "JSON 语法错误：文件在" + where + "意外结束，内容不完整（" + error->detail + "）"
                                              : "JSON 语法错误：" + where + "：" + hint(error->detail) + "解析器信息：" +
                                                    error->detail);
            return finish();
        }
        const Json document = Json::parse(text);
        if (!document.is_object()) {
            m_problems.add("$", "文件内容应为一个 JSON 对象 {...}");
            return finish();
        }
        if (!read_header(document)) return finish();

        Record root(m_problems, document, "$",
                    {"format", "version", "exported_at", "note", "specialties", "pools", "units", "people"});
        m_dataset.exported_at = root.text("exported_at", "导出时间");
        m_dataset.note = root.text("note", "说明");
        if (const auto* list = root.array("specialties", "专业特长目录")) read_specialties(*list);
        if (const auto* list = root.array("pools", "库目录")) read_pools(*list);
        if (const auto* list = root.array("units", "单位")) read_units(*list);
        if (const auto* list = root.array("people", "人员")) read_people(*list);
        return finish();
    }

private:
    ReadResult finish() { return {std::move(m_dataset), m_problems.take()}; }

    // Not ours, or from a newer program: nothing else is worth reporting.
    bool read_header(const Json& document)
    {
        const auto format = document.find("format");
        if (format == document.end()) {
            m_problems.add("$.format", "缺少“format”：这不是巡察系统的交换文件");
            return false;
        }
        if (!format->is_string() || format->get<std::string>() != exchange_format_name) {
            m_problems.add("$.format", "不是巡察系统的交换文件（“format”应为“" + std::string(exchange_format_name) + "”）");
            return false;
        }
        const auto version = document.find("version");
        if (version == document.end()) {
            m_problems.add("$.version", "缺少格式版本号“version”");
            return false;
        }
        const bool integer = version->is_number_integer();
        const bool negative = integer && !version->is_number_unsigned();  // nlohmann keeps 0 and up unsigned
        if (!integer || negative || version->get<std::uint64_t>() == 0) {
            m_problems.add("$.version", "格式版本号“version”应为正整数");
            return false;
        }
        if (version->get<std::uint64_t>() > static_cast<std::uint64_t>(exchange_format_version)) {
            m_problems.add("$.version", "此文件的格式版本为 " + version->dump() + "，由更新版本的程序导出；本程序只能读取版本 " +
                                            std::to_string(exchange_format_version) + " 及以下，请升级程序后再导入");
            return false;
        }
        return true;
    }

    const Json* record_object(const Json& item, const std::string& path)
    {
        if (item.is_object()) return &item;
        m_problems.add(path, "应为对象 {...}");
        return nullptr;
    }

    void catalog_name(const std::string& name, const std::vector<std::string>& earlier, const std::string& path)
    {
        for (const auto& problem : model::validate_catalog_name(name, earlier))
            m_problems.add_if_new(describe_problem(problem, path, m_today));
    }

    void read_specialties(const Json& list)
    {
        std::vector<std::string> names;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto path = item_path("$.specialties", i);
            model::Specialty specialty;
            specialty.id = model::SpecialtyId(static_cast<long long>(i) + 1);
            if (const auto* object = record_object(list[i], path)) {
                Record record(m_problems, *object, path, {"name", "sort_order"});
                specialty.name = record.text("name", "名称", Need::required);
                specialty.sort_order = record.integer("sort_order", "排序号");
                catalog_name(specialty.name, names, path);
            }
            names.push_back(specialty.name);
            if (!specialty.name.empty()) m_specialty_ids.emplace(specialty.name, specialty.id);
            m_dataset.specialties.push_back(std::move(specialty));
        }
    }

    void read_pools(const Json& list)
    {
        std::vector<std::string> names;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto path = item_path("$.pools", i);
            model::Pool pool;
            pool.id = model::PoolId(static_cast<long long>(i) + 1);
            if (const auto* object = record_object(list[i], path)) {
                Record record(m_problems, *object, path, {"name", "kind", "description", "sort_order"});
                pool.name = record.text("name", "名称", Need::required);
                pool.kind = record.code<model::PoolKind>("kind", "库类型", Need::required).value_or(model::PoolKind::custom);
                pool.description = record.text("description", "说明");
                pool.sort_order = record.integer("sort_order", "排序号");
                catalog_name(pool.name, names, path);
                if (model::utf8_length(pool.description) > model::max_text_length)
                    record.fail("description", "说明过长（最多" + std::to_string(model::max_text_length) + "个字）");
            }
            names.push_back(pool.name);
            if (!pool.name.empty()) m_pool_ids.emplace(pool.name, pool.id);
            m_dataset.pools.push_back(std::move(pool));
        }
    }

    // Ids are checked once all are known; each duplicate names the first holder.
    template <class Id>
    void register_id(std::map<long long, std::string>& seen, const std::optional<long long>& id, const std::string& path,
                     std::string_view what, Id& target)
    {
        if (!id) return;
        const auto [it, inserted] = seen.emplace(*id, path);
        if (!inserted) {
            m_problems.add(path + ".id", std::string(what) + "编号 " + std::to_string(*id) + " 与 " + it->second + " 重复");
            m_duplicate_paths.insert(path);
        }
        target = Id(*id);
    }

    void check_unit_reference(const std::optional<model::UnitId>& reference, const std::string& path,
                              std::string_view label)
    {
        if (reference && !m_unit_ids.contains(reference->value()))
            m_problems.add(path, std::string(label) + "编号 " + std::to_string(reference->value()) +
                                     " 在本文件的 units 中不存在");
    }

    void read_units(const Json& list)
    {
        std::vector<std::string> paths;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto path = item_path("$.units", i);
            model::Unit unit;
            if (const auto* object = record_object(list[i], path)) {
                Record record(m_problems, *object, path,
                              {"id", "name", "short_name", "type", "parent", "supervisor", "jurisdiction", "remark",
                               "sort_order"});
                register_id(m_unit_ids, record.id(), path, "单位", unit.id);
                unit.name = record.text("name", "单位名称", Need::required);
                unit.short_name = record.text("short_name", "单位简称");
                unit.type = record.code<model::UnitType>("type", "单位类型", Need::required)
                                .value_or(model::UnitType::other);
                if (const auto parent = record.unit_reference("parent", "上级单位")) unit.parent_id = model::UnitId(*parent);
                if (const auto supervisor = record.unit_reference("supervisor", "主管部门"))
                    unit.supervisor_id = model::UnitId(*supervisor);
                unit.jurisdiction = record.text("jurisdiction", "所属辖区");
                unit.remark = record.text("remark", "备注");
                unit.sort_order = record.integer("sort_order", "排序号");
            }
            paths.push_back(path);
            m_dataset.units.push_back(std::move(unit));
        }

        for (std::size_t i = 0; i < m_dataset.units.size(); ++i) {
            const auto& unit = m_dataset.units[i];
            check_unit_reference(unit.parent_id, paths[i] + ".parent", "上级单位");
            check_unit_reference(unit.supervisor_id, paths[i] + ".supervisor", "主管部门");
        }
        for (std::size_t i = 0; i < m_dataset.units.size(); ++i) {
            const auto& unit = m_dataset.units[i];
            // Without a unique id the hierarchy checks would judge the wrong unit.
            if (!unit.id.is_saved() || m_duplicate_paths.contains(paths[i])) continue;
            for (const auto& problem : model::validate(unit, m_dataset.units))
                m_problems.add_if_new(describe_problem(problem, paths[i], m_today));
        }
    }

    static model::Education read_education(Record& owner, std::string_view key, std::string_view label,
                                           Problems& problems)
    {
        model::Education education;
        const auto* object = owner.object(key, label);
        if (!object) return education;
        Record record(problems, *object, owner.path(key), {"level", "degree", "school", "major"});
        const std::string l(label);
        education.level = record.code<model::EducationLevel>("level", l + "的学历", Need::optional)
                              .value_or(model::EducationLevel::none);
        education.degree =
            record.code<model::Degree>("degree", l + "的学位", Need::optional).value_or(model::Degree::none);
        education.school = record.text("school", l + "的毕业院校");
        education.major = record.text("major", l + "的专业");
        return education;
    }

    void read_specialty_names(Record& record, model::Person& person)
    {
        const auto* list = record.array("specialties", "专业特长");
        if (!list) return;
        std::set<std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto path = item_path(record.path("specialties"), i);
            const auto& item = (*list)[i];
            if (!item.is_string()) {
                m_problems.add(path, "专业特长应为名称文本");
                continue;
            }
            const auto& name = item.get_ref<const std::string&>();
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

    void read_work_history(Record& record, model::Person& person)
    {
        const auto* list = record.array("work_history", "工作经历");
        if (!list) return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto path = item_path(record.path("work_history"), i);
            model::WorkHistoryEntry entry;
            if (const auto* object = record_object((*list)[i], path)) {
                Record item(m_problems, *object, path,
                            {"unit", "unit_name", "department", "post", "start", "end", "leadership_member",
                             "principal_head"});
                if (const auto unit = item.unit_reference("unit", "单位")) entry.unit_id = model::UnitId(*unit);
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
        }
    }

    static bool known_title(std::string_view title)
    {
        const auto titles = model::relative_titles();
        return std::any_of(titles.begin(), titles.end(), [&](const model::RelativeTitle& t) { return t.zh == title; });
    }

    void read_relatives(Record& record, model::Person& person)
    {
        const auto* list = record.array("relatives", "家庭成员及社会关系");
        if (!list) return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto path = item_path(record.path("relatives"), i);
            model::Relative relative;
            if (const auto* object = record_object((*list)[i], path)) {
                Record item(m_problems, *object, path,
                            {"title", "name", "birth_date", "political_status", "employer_unit", "employer_name",
                             "post", "is_leader"});
                relative.title = item.text("title", "称谓", Need::required);
                // An unknown title would silently fall out of every kinship rule.
                if (!relative.title.empty() && !known_title(relative.title))
                    item.fail("title", "称谓" + in_quotes(relative.title) +
                                           "不在称谓表中（如配偶、父亲、母亲、儿子、女儿、兄、姐、岳父；其他社会关系写“其他”）");
                relative.name = item.text("name", "姓名", Need::required);
                relative.birth_date = item.date("birth_date", "出生日期");
                relative.political_status =
                    item.code<model::PoliticalStatus>("political_status", "政治面貌", Need::optional);
                if (const auto unit = item.unit_reference("employer_unit", "工作单位"))
                    relative.employer_unit_id = model::UnitId(*unit);
                check_unit_reference(relative.employer_unit_id, item.path("employer_unit"), "工作单位");
                relative.employer_name = item.text("employer_name", "工作单位名称");
                relative.post = item.text("post", "职务");
                relative.is_leader = item.flag("is_leader", "是否该单位领导班子成员");
            }
            person.relatives.push_back(std::move(relative));
        }
    }

    void read_memberships(Record& record, model::Person& person)
    {
        const auto* list = record.array("memberships", "入库记录");
        if (!list) return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto path = item_path(record.path("memberships"), i);
            model::PoolMembership membership;
            if (const auto* object = record_object((*list)[i], path)) {
                Record item(m_problems, *object, path,
                            {"pool", "status", "entry_date", "exit_date", "exit_reason", "remark"});
                const auto pool = item.text("pool", "所在库", Need::required);
                if (!pool.empty()) {
                    const auto it = m_pool_ids.find(pool);
                    if (it == m_pool_ids.end())
                        item.fail("pool", "库" + in_quotes(pool) + "不在文件的 pools 目录中");
                    else
                        membership.pool_id = it->second;
                }
                membership.status = item.code<model::MembershipStatus>("status", "入库状态", Need::required)
                                         .value_or(model::MembershipStatus::active);
                membership.entry_date = item.date("entry_date", "入库日期");
                membership.exit_date = item.date("exit_date", "出库日期");
                membership.exit_reason = item.text("exit_reason", "出库原因");
                membership.remark = item.text("remark", "备注");
                if (model::utf8_length(membership.remark) > model::max_text_length)
                    item.fail("remark", "备注过长（最多" + std::to_string(model::max_text_length) + "个字）");
            }
            person.memberships.push_back(std::move(membership));
        }
    }

    void read_people(const Json& list)
    {
        std::map<long long, std::string> person_ids;
        std::map<std::string, std::string> id_numbers;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto path = item_path("$.people", i);
            model::Person person;
            const auto* object = record_object(list[i], path);
            if (!object) {
                m_dataset.people.push_back(std::move(person));
                continue;
            }
            Record record(m_problems, *object, path,
                          {"id", "name", "gender", "ethnicity", "birth_date", "native_place", "birth_place",
                           "political_status", "party_join_date", "work_start_date", "fulltime_education",
                           "inservice_education", "professional_title", "expertise", "unit", "department", "post",
                           "rank", "holds_leadership_post", "mobile", "id_number", "health", "remark", "specialties",
                           "work_history", "relatives", "memberships"});
            register_id(person_ids, record.id(), path, "人员", person.id);
            person.name = record.text("name", "姓名", Need::required);
            person.gender =
                record.code<model::Gender>("gender", "性别", Need::optional).value_or(model::Gender::unspecified);
            person.ethnicity = record.text("ethnicity", "民族");
            person.birth_date = record.date("birth_date", "出生日期");
            person.native_place = record.text("native_place", "籍贯");
            person.birth_place = record.text("birth_place", "出生地");
            person.political_status = record.code<model::PoliticalStatus>("political_status", "政治面貌", Need::required)
                                          .value_or(model::PoliticalStatus::masses);
            person.party_join_date = record.date("party_join_date", "入党时间");
            person.work_start_date = record.date("work_start_date", "参加工作时间");
            person.fulltime_education = read_education(record, "fulltime_education", "全日制教育", m_problems);
            person.inservice_education = read_education(record, "inservice_education", "在职教育", m_problems);
            person.professional_title = record.text("professional_title", "专业技术职务");
            person.expertise = record.text("expertise", "熟悉专业有何专长");
            if (const auto unit = record.unit_reference("unit", "工作单位")) person.unit_id = model::UnitId(*unit);
            check_unit_reference(person.unit_id, record.path("unit"), "工作单位");
            person.department = record.text("department", "部门");
            person.post = record.text("post", "职务");
            person.rank = record.code<model::Rank>("rank", "职级", Need::optional).value_or(model::Rank::none);
            person.holds_leadership_post = record.flag("holds_leadership_post", "是否领导职务");
            person.mobile = record.text("mobile", "手机号码");
            person.id_number = record.text("id_number", "身份证号");
            person.health = record.text("health", "健康状况");
            person.remark = record.text("remark", "备注");
            read_specialty_names(record, person);
            read_work_history(record, person);
            read_relatives(record, person);
            read_memberships(record, person);

            if (!person.id_number.empty()) {
                auto key = person.id_number;
                std::replace(key.begin(), key.end(), 'x', 'X');
                const auto [it, inserted] = id_numbers.emplace(key, path);
                if (!inserted) record.fail("id_number", "身份证号与 " + it->second + " 的相同");
            }
            for (const auto& problem : model::validate(person, m_today))
                m_problems.add_if_new(describe_problem(problem, path, m_today));
            m_dataset.people.push_back(std::move(person));
        }
    }

    model::Date m_today;
    Problems m_problems;
    Dataset m_dataset;
    std::map<std::string, model::SpecialtyId> m_specialty_ids;
    std::map<std::string, model::PoolId> m_pool_ids;
    std::map<long long, std::string> m_unit_ids;  // id → path of the unit that holds it
    std::set<std::string> m_duplicate_paths;
};

}  // namespace

ReadResult read_document(std::string_view text, const model::Date& today)
{
    return DocumentReader(today).read(text);
}

}  // namespace xuncha::app
