#include "app/cli/cli.h"

#include "app/cli/default_paths.h"
#include "app/cli/text_table.h"
#include "app/exchange/demo.h"
#include "app/exchange/exchange.h"
#include "db/attachment_repository.h"
#include "db/audit_repository.h"
#include "db/catalog_repository.h"
#include "db/database.h"
#include "db/person_repository.h"
#include "db/unit_repository.h"
#include "model/pinyin.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <span>

namespace xuncha::app {
namespace {

using json = nlohmann::ordered_json;

constexpr const char* usage_text = R"(用法: xuncha-cli [--db 数据库] 命令 [选项]

数据库:
  --db PATH                SQLite 数据库文件（默认: ~/.local/share/xuncha/xuncha.sqlite）
  --db postgresql://...    PostgreSQL 服务器（libpq 连接串）

命令:
  init                     创建数据库或升级到本程序的版本
  demo                     向空数据库载入演示数据（虚构的青禾县）
  people list              列出人员  [--pool 库名] [--search 姓名或拼音] [--json]
  units list               列出单位（按隶属关系缩进）  [--json]
  audit                    查看操作日志  [--entity person|unit|specialty|pool] [--id N] [--limit N] [--json]
  export-json FILE         把全部数据导出为交换文件（JSON）
  import-json FILE         从交换文件导入（先全部校验，有任何问题则不写入）
  verify                   检查数据库中的附件（照片、扫描件）是否完好

其他:
  --help                   显示本帮助；"命令 --help" 显示该命令的帮助
  --version                显示版本
)";

struct CommandHelp {
    const char* name;
    const char* text;
};

constexpr CommandHelp command_help[] = {
    {"init", "用法: xuncha-cli [--db 数据库] init\n\n创建数据库（文件所在文件夹须已存在），或把旧版本的数据库升级到本程序的版本。\n"
             "升级 SQLite 文件前会在旁边写一份备份（文件名.v旧版本号.bak）。\n"},
    {"demo", "用法: xuncha-cli [--db 数据库] demo\n\n向空数据库载入演示数据：虚构的青禾县，约 60 个单位、250 名人员。\n"
             "数据库中已有人员或单位时不载入。\n"},
    {"people", "用法: xuncha-cli [--db 数据库] people list [--pool 库名] [--search 文字] [--json]\n\n"
               "  --pool 库名     只列出该库的人员（如 组长库、人才库、专家库）\n"
               "  --search 文字   按姓名、全拼或拼音首字母查找（如 zhang、zs）\n"
               "  --json          以 JSON 输出\n"},
    {"units", "用法: xuncha-cli [--db 数据库] units list [--json]\n\n按隶属关系列出全部单位。\n"},
    {"audit", "用法: xuncha-cli [--db 数据库] audit [--entity 类型] [--id N] [--limit N] [--json]\n\n"
              "  --entity 类型   person（人员）、unit（单位）、specialty（专业特长）、pool（库）\n"
              "  --id N          只看该记录的日志\n"
              "  --limit N       最多显示 N 条（最新的在前）\n"
              "  --json          以 JSON 输出\n"},
    {"export-json", "用法: xuncha-cli [--db 数据库] export-json FILE\n\n把全部数据写入 FILE（交换格式，见 docs/exchange-format.md）。\n"
                    "文件含完整身份证号等敏感信息，请妥善保管。\n"},
    {"import-json", "用法: xuncha-cli [--db 数据库] import-json FILE\n\n先校验 FILE 的全部内容；有任何问题时列出每个问题的位置和原因，不写入任何数据。\n"},
    {"verify", "用法: xuncha-cli [--db 数据库] verify\n\n逐个核对数据库中保存的附件（照片、承诺书扫描件）与保存时记录的校验值（SHA-256）。\n"
               "全部完好时退出码为 0；有损坏的附件时逐个列出并以退出码 1 结束，数据库不作任何修改。\n"},
};

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Options after the command words: flags and "--name value" pairs.
class Options {
public:
    Options(std::span<const std::string> args, std::initializer_list<std::string_view> flags,
            std::initializer_list<std::string_view> valued)
    {
        for (std::size_t i = 0; i < args.size(); ++i) {
            const std::string& arg = args[i];
            if (std::find(flags.begin(), flags.end(), arg) != flags.end()) {
                m_flags.push_back(arg);
            } else if (std::find(valued.begin(), valued.end(), arg) != valued.end()) {
                if (i + 1 >= args.size()) throw UsageError("选项 " + arg + " 缺少取值");
                m_values[arg] = args[++i];
            } else if (arg.starts_with("--")) {
                throw UsageError("不认识的选项 " + arg);
            } else {
                m_positional.push_back(arg);
            }
        }
    }

    bool has(std::string_view flag) const { return std::find(m_flags.begin(), m_flags.end(), flag) != m_flags.end(); }
    std::optional<std::string> value(const std::string& name) const
    {
        const auto it = m_values.find(name);
        return it == m_values.end() ? std::nullopt : std::optional<std::string>(it->second);
    }
    const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::vector<std::string> m_flags;
    std::map<std::string, std::string> m_values;
    std::vector<std::string> m_positional;
};

long long parse_count(const std::string& option, const std::string& text)
{
    long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0)
        throw UsageError("选项 " + option + " 需要一个非负整数，而不是“" + text + "”");
    return value;
}

std::string describe(const db::DbError& error)
{
    using C = db::DbError::Category;
    const std::string& subject = error.subject();
    switch (error.category()) {
    case C::missing_directory: return "文件夹“" + subject + "”不存在。请先创建它，或用 --db 指定其他位置。";
    case C::read_only: return "无法写入“" + subject + "”：文件或其所在文件夹是只读的。";
    case C::not_a_database: return "“" + subject + "”不是数据库文件，未做任何改动。";
    case C::foreign_database: return "“" + subject + "”是其他程序的数据库，不是巡察人员库，未做任何改动。";
    case C::newer_schema: return "“" + subject + "”由更新版本的巡察人员库程序写入，本程序无法打开，未做任何改动。请升级程序。";
    case C::connection: return "无法连接数据库“" + subject + "”。";
    case C::constraint: return "数据不符合数据库规则（" + subject + "），未写入。";
    case C::in_use: return "“" + subject + "”仍被其他记录引用，不能删除。";
    case C::not_found: return "找不到记录“" + subject + "”。";
    case C::corrupt: return "“" + subject + "”的内容已损坏（与保存时的校验值不符）。请从备份恢复。";
    case C::query: break;
    }
    return "数据库操作失败。";
}

std::string gender_text(model::Gender gender) { return std::string(model::zh_name(gender)); }

struct Context {
    std::string target;
    std::ostream& out;
    std::ostream& err;

    std::unique_ptr<db::Database> open(bool create = true) const
    {
        db::OpenOptions options;
        options.create_if_missing = create;
        return db::Database::open(target, options);
    }
};

int cmd_init(const Context& ctx, std::span<const std::string> args)
{
    const Options options(args, {}, {});
    if (!options.positional().empty()) throw UsageError("init 不接受参数");
    const auto database = ctx.open();
    ctx.out << "数据库已就绪: " << database->display_target() << "（结构版本 " << database->schema_version() << "）\n";
    if (database->backup_path()) ctx.out << "升级前的备份: " << *database->backup_path() << '\n';
    return 0;
}

void print_problems(const Context& ctx, const ImportReport& report)
{
    for (const auto& problem : report.problems) ctx.err << problem.path << ": " << problem.message << '\n';
    ctx.err << "共 " << report.problems.size() << " 个问题，未写入任何数据。\n";
}

int cmd_demo(const Context& ctx, std::span<const std::string> args)
{
    const Options options(args, {}, {});
    if (!options.positional().empty()) throw UsageError("demo 不接受参数");
    const auto database = ctx.open();
    const auto report = load_demo(*database);
    if (!report.ok()) {
        print_problems(ctx, report);
        return 1;
    }
    ctx.out << "已载入演示数据: " << report.units << " 个单位, " << report.people << " 名人员。\n";
    return 0;
}

int cmd_people(const Context& ctx, std::span<const std::string> args)
{
    if (args.empty() || args[0] != "list") throw UsageError("people 后面应是 list");
    const Options options(args.subspan(1), {"--json"}, {"--pool", "--search"});
    if (!options.positional().empty()) throw UsageError("多余的参数 " + options.positional().front());

    const auto database = ctx.open(false);
    db::CatalogRepository catalog(*database);
    const auto pools = catalog.pools();
    std::map<model::PoolId, std::string> pool_names;
    for (const auto& pool : pools) pool_names[pool.id] = pool.name;
    std::map<model::SpecialtyId, std::string> specialty_names;
    for (const auto& specialty : catalog.specialties()) specialty_names[specialty.id] = specialty.name;

    std::optional<model::PoolId> pool_filter;
    if (const auto name = options.value("--pool")) {
        const auto pool = catalog.find_pool_by_name(*name);
        if (!pool) {
            std::string known;
            for (const auto& p : pools) known += (known.empty() ? "" : "、") + p.name;
            ctx.err << "没有名为“" << *name << "”的库。现有的库: " << known << '\n';
            return 1;
        }
        pool_filter = pool->id;
    }
    const model::NameQuery query(options.value("--search").value_or(""));

    std::vector<model::PersonSummary> people;
    for (auto& person : db::PersonRepository(*database).list()) {
        if (pool_filter && std::none_of(person.memberships.begin(), person.memberships.end(),
                                        [&](const model::MembershipSummary& m) { return m.pool_id == *pool_filter; }))
            continue;
        if (!query.matches(person.name, person.name_pinyin, person.name_initials)) continue;
        people.push_back(std::move(person));
    }

    const auto pools_text = [&](const model::PersonSummary& person) {
        std::string text;
        for (const auto& m : person.memberships) {
            if (pool_filter && m.pool_id != *pool_filter) continue;
            if (!text.empty()) text += "、";
            text += pool_names[m.pool_id] + "（" + std::string(model::zh_name(m.status)) + "）";
        }
        return text;
    };

    if (options.has("--json")) {
        json list = json::array();
        for (const auto& person : people) {
            json specialties = json::array();
            for (const auto id : person.specialties) specialties.push_back(specialty_names[id]);
            json memberships = json::array();
            for (const auto& m : person.memberships)
                memberships.push_back({{"pool", pool_names[m.pool_id]}, {"status", model::code_of(m.status)},
                                       {"status_name", model::zh_name(m.status)}});
            list.push_back({{"id", person.id.value()},
                            {"name", person.name},
                            {"gender", model::code_of(person.gender)},
                            {"birth_date", model::to_iso(person.birth_date)},
                            {"political_status", model::zh_name(person.political_status)},
                            {"education", model::zh_name(person.education)},
                            {"unit_id", person.unit_id ? json(person.unit_id->value()) : json(nullptr)},
                            {"unit", person.unit_name},
                            {"post", person.post},
                            {"rank", model::code_of(person.rank)},
                            {"rank_name", model::zh_name(person.rank)},
                            {"specialties", specialties},
                            {"memberships", memberships}});
        }
        ctx.out << list.dump(2) << '\n';
        return 0;
    }

    TextTable table({"编号", "姓名", "性别", "出生年月", "工作单位", "职务", "职级", "入库情况"});
    for (const auto& person : people)
        table.add_row({std::to_string(person.id.value()), person.name, gender_text(person.gender),
                       person.birth_date ? model::to_year_month(*person.birth_date) : "", person.unit_name, person.post,
                       std::string(model::zh_name(person.rank)), pools_text(person)});
    table.print(ctx.out);
    ctx.out << "共 " << people.size() << " 人\n";
    return 0;
}

int cmd_units(const Context& ctx, std::span<const std::string> args)
{
    if (args.empty() || args[0] != "list") throw UsageError("units 后面应是 list");
    const Options options(args.subspan(1), {"--json"}, {});
    if (!options.positional().empty()) throw UsageError("多余的参数 " + options.positional().front());

    const auto database = ctx.open(false);
    const auto units = db::UnitRepository(*database).list();
    std::map<model::UnitId, const model::Unit*> by_id;
    for (const auto& unit : units) by_id[unit.id] = &unit;
    const auto name_of = [&](const std::optional<model::UnitId>& id) {
        if (!id) return std::string();
        const auto it = by_id.find(*id);
        return it == by_id.end() ? std::string() : it->second->name;
    };

    if (options.has("--json")) {
        json list = json::array();
        for (const auto& unit : units)
            list.push_back({{"id", unit.id.value()},
                            {"name", unit.name},
                            {"short_name", unit.short_name},
                            {"type", model::code_of(unit.type)},
                            {"type_name", model::zh_name(unit.type)},
                            {"parent_id", unit.parent_id ? json(unit.parent_id->value()) : json(nullptr)},
                            {"parent", name_of(unit.parent_id)},
                            {"supervisor_id", unit.supervisor_id ? json(unit.supervisor_id->value()) : json(nullptr)},
                            {"supervisor", name_of(unit.supervisor_id)},
                            {"jurisdiction", unit.jurisdiction}});
        ctx.out << list.dump(2) << '\n';
        return 0;
    }

    // Depth-first from the roots, children in list order; a unit whose parent is missing counts as a root.
    std::multimap<long long, const model::Unit*> children;
    for (const auto& unit : units) {
        const bool root = !unit.parent_id || !by_id.contains(*unit.parent_id);
        children.emplace(root ? 0 : unit.parent_id->value(), &unit);
    }
    TextTable table({"编号", "单位", "类型", "主管部门"});
    std::function<void(long long, int)> walk = [&](long long parent, int depth) {
        const auto [first, last] = children.equal_range(parent);
        for (auto it = first; it != last; ++it) {
            const auto& unit = *it->second;
            table.add_row({std::to_string(unit.id.value()), std::string(static_cast<std::size_t>(depth) * 2, ' ') + unit.name,
                           std::string(model::zh_name(unit.type)), name_of(unit.supervisor_id)});
            walk(unit.id.value(), depth + 1);
        }
    };
    walk(0, 0);
    table.print(ctx.out);
    ctx.out << "共 " << units.size() << " 个单位\n";
    return 0;
}

const char* entity_name(const std::string& entity)
{
    if (entity == "person") return "人员";
    if (entity == "unit") return "单位";
    if (entity == "specialty") return "专业特长";
    if (entity == "pool") return "库";
    return nullptr;
}

int cmd_audit(const Context& ctx, std::span<const std::string> args)
{
    const Options options(args, {"--json"}, {"--entity", "--id", "--limit"});
    if (!options.positional().empty()) throw UsageError("多余的参数 " + options.positional().front());
    db::AuditQuery query;
    if (const auto entity = options.value("--entity")) {
        if (!entity_name(*entity)) throw UsageError("--entity 应是 person、unit、specialty 或 pool，而不是“" + *entity + "”");
        query.entity = *entity;
    }
    if (const auto id = options.value("--id")) query.entity_id = parse_count("--id", *id);
    if (const auto limit = options.value("--limit")) query.limit = static_cast<std::size_t>(parse_count("--limit", *limit));

    const auto database = ctx.open(false);
    const auto entries = db::AuditRepository(*database).list(query);
    if (options.has("--json")) {
        json list = json::array();
        for (const auto& entry : entries) {
            json changes = json::array();
            for (const auto& c : entry.changes) changes.push_back({{"field", c.field}, {"old", c.old_value}, {"new", c.new_value}});
            list.push_back({{"id", entry.id},
                            {"at", entry.at},
                            {"operator", entry.operator_name},
                            {"entity", entry.entity},
                            {"entity_id", entry.entity_id},
                            {"label", entry.entity_label},
                            {"action", model::code_of(entry.action)},
                            {"changes", changes}});
        }
        ctx.out << list.dump(2) << '\n';
        return 0;
    }
    for (const auto& entry : entries) {
        const char* kind = entity_name(entry.entity);
        ctx.out << entry.at << "  " << entry.operator_name << "  " << model::zh_name(entry.action) << ' '
                << (kind ? kind : entry.entity.c_str()) << " #" << entry.entity_id << ' ' << entry.entity_label << '\n';
        for (const auto& c : entry.changes) {
            ctx.out << "    " << c.field << ": ";
            if (entry.action == model::AuditAction::update)
                ctx.out << (c.old_value.empty() ? "（空）" : c.old_value) << " → " << (c.new_value.empty() ? "（空）" : c.new_value);
            else
                ctx.out << (entry.action == model::AuditAction::create ? c.new_value : c.old_value);
            ctx.out << '\n';
        }
    }
    ctx.out << "共 " << entries.size() << " 条记录\n";
    return 0;
}

std::string single_file_argument(std::span<const std::string> args, const char* command)
{
    const Options options(args, {}, {});
    if (options.positional().size() != 1) throw UsageError(std::string(command) + " 需要且只需要一个文件名");
    return options.positional().front();
}

int cmd_export(const Context& ctx, std::span<const std::string> args)
{
    const auto file = single_file_argument(args, "export-json");
    const auto database = ctx.open(false);
    try {
        export_dataset_to_file(*database, file);
    } catch (const std::ios_base::failure&) {
        ctx.err << "无法写入文件“" << file << "”。请检查文件夹是否存在、是否有写入权限。\n";
        return 1;
    }
    ctx.out << "已导出到 " << file << '\n';
    return 0;
}

int cmd_import(const Context& ctx, std::span<const std::string> args)
{
    const auto file = single_file_argument(args, "import-json");
    const auto database = ctx.open();
    const auto report = import_dataset_from_file(*database, file);
    if (!report.ok()) {
        print_problems(ctx, report);
        return 1;
    }
    ctx.out << "已导入 " << report.units << " 个单位, " << report.people << " 名人员";
    if (report.specialties_created || report.pools_created)
        ctx.out << "（新建 " << report.specialties_created << " 个专业特长, " << report.pools_created << " 个库）";
    ctx.out << "。\n";
    return 0;
}

int cmd_verify(const Context& ctx, std::span<const std::string> args)
{
    const Options options(args, {}, {});
    if (!options.positional().empty()) throw UsageError("verify 不接受参数");
    const auto database = ctx.open(false);
    db::AttachmentRepository attachments(*database);
    const auto damaged = attachments.verify_all();
    if (damaged.empty()) {
        ctx.out << "附件检查完毕：全部附件与保存时记录的校验值一致。\n";
        return 0;
    }
    for (const auto id : damaged) {
        // load() refuses the damaged bytes and names the file.
        std::string name;
        try {
            attachments.load(id);
        } catch (const db::DbError& error) {
            name = error.subject();
        }
        ctx.err << "已损坏: " << (name.empty() ? "（无文件名）" : "“" + name + "”") << "（附件 #" << id.value() << "）\n";
    }
    ctx.err << "共 " << damaged.size() << " 个附件的内容与保存时记录的校验值不符，可能已损坏。请从备份恢复数据库。\n";
    return 1;
}

using Command = int (*)(const Context&, std::span<const std::string>);

const std::map<std::string, Command, std::less<>>& commands()
{
    static const std::map<std::string, Command, std::less<>> table{
        {"init", cmd_init},     {"demo", cmd_demo},           {"people", cmd_people},          {"units", cmd_units},
        {"audit", cmd_audit},   {"export-json", cmd_export},  {"import-json", cmd_import},   {"verify", cmd_verify},
    };
    return table;
}

}  // namespace

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    std::string target;
    std::size_t i = 0;
    for (; i < args.size() && args[i].starts_with("--"); ++i) {
        if (args[i] == "--help" || args[i] == "-h") {
            out << usage_text;
            return 0;
        }
        if (args[i] == "--version") {
            out << "xuncha-cli 0.1（数据库结构版本 " << db::Database::latest_schema_version() << "）\n";
            return 0;
        }
        if (args[i] == "--db") {
            if (i + 1 >= args.size()) {
                err << "错误: --db 后面缺少数据库文件或连接串\n\n" << usage_text;
                return 2;
            }
            target = args[++i];
            continue;
        }
        err << "错误: 不认识的选项 " << args[i] << "\n\n" << usage_text;
        return 2;
    }
    if (i >= args.size()) {
        err << "错误: 缺少命令\n\n" << usage_text;
        return 2;
    }
    const std::string& name = args[i];
    const auto command = commands().find(name);
    if (command == commands().end()) {
        err << "错误: 不认识的命令“" << name << "”\n\n" << usage_text;
        return 2;
    }
    const std::span<const std::string> rest(args.data() + i + 1, args.size() - i - 1);
    if (std::find(rest.begin(), rest.end(), "--help") != rest.end()) {
        for (const auto& help : command_help)
            if (name == help.name) out << help.text;
        return 0;
    }
    if (target.empty()) {
        // The default location is ours to create; a folder the user names must already exist.
        const auto path = default_database_path();
        std::error_code ignored;
        std::filesystem::create_directories(path.parent_path(), ignored);
        target = path.string();
    }

    const Context ctx{target, out, err};
    try {
        return command->second(ctx, rest);
    } catch (const UsageError& e) {
        err << "错误: " << e.what() << "\n\n";
        for (const auto& help : command_help)
            if (name == help.name) err << help.text;
        return 2;
    } catch (const db::DbError& e) {
        err << "错误: " << describe(e) << "\n详情: " << e.detail() << '\n';
        return 1;
    }
}

}  // namespace xuncha::app
