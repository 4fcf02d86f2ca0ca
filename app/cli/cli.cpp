#include "app/cli/cli.h"

#include "app/cli/default_paths.h"
#include "app/cli/text_table.h"
#include "app/exchange/avoidance_check.h"
#include "app/exchange/demo.h"
#include "app/exchange/exchange.h"
#include "app/text/audit_labels.h"
#include "app/text/message_catalog.h"
#include "db/attachment_repository.h"
#include "db/audit_repository.h"
#include "db/catalog_repository.h"
#include "db/database.h"
#include "db/person_repository.h"
#include "db/round_repository.h"
#include "db/unit_repository.h"
#include "model/pinyin.h"
#include "model/round.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <nlohmann/json.hpp>

#include <charconv>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
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
  units coverage           本届巡察覆盖情况（全覆盖）  [--term N] [--json]
  rounds list              列出巡察轮次  [--json]
  rounds show ID           查看一个轮次的巡察组、所巡察单位和组员  [--json]
  check --round ID         回避检查：本轮次所巡察单位 × 在库人员和组员  [--as-of 日期] [--json]
  check --person ID --unit ID
                           回避检查：某人能否巡察某单位  [--as-of 日期] [--json]
  audit                    查看操作日志  [--entity 类型] [--id N] [--limit N] [--json]
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
    {"units", "用法: xuncha-cli [--db 数据库] units list [--json]\n"
              "      xuncha-cli [--db 数据库] units coverage [--term N] [--json]\n\n"
              "  list            按隶属关系列出全部单位\n"
              "  coverage        一届（五年）内每个单位是否已被巡察（已进驻的轮次才算），以及由哪些轮次巡察\n"
              "  --term N        统计第 N 届（默认：各轮次中最新的一届）\n"
              "  --json          以 JSON 输出\n"},
    {"rounds", "用法: xuncha-cli [--db 数据库] rounds list [--json]\n"
               "      xuncha-cli [--db 数据库] rounds show ID [--json]\n\n"
               "  list            列出全部巡察轮次（最新的在前）\n"
               "  show ID         显示编号为 ID 的轮次：各巡察组、所巡察单位、组员及其职务和分工\n"
               "  --json          以 JSON 输出\n"},
    {"check", "用法: xuncha-cli [--db 数据库] check --round ID [--as-of 日期] [--json]\n"
              "      xuncha-cli [--db 数据库] check --person ID --unit ID [--as-of 日期] [--json]\n\n"
              "按本单位设置中的回避规则检查，列出每一条回避情形：人员、单位、规则、硬性回避或提示，以及依据。\n"
              "  --round ID      检查该轮次：每个在库人员和每名组员 × 该轮次所巡察的每个单位，另查同组成员间的亲属关系\n"
              "  --person ID     检查这个人（与 --unit 同用）\n"
              "  --unit ID       对这个单位\n"
              "  --as-of 日期    按该日期（YYYY-MM-DD）计算；默认为轮次的计划进驻日期，没有时（或不指定轮次时）为今天\n"
              "  --json          以 JSON 输出\n"
              "有回避情形不算出错：检查完成即以退出码 0 结束。\n"},
    {"audit", "用法: xuncha-cli [--db 数据库] audit [--entity 类型] [--id N] [--limit N] [--json]\n\n"
              "  --entity 类型   person（人员）、unit（单位）、specialty（专业特长）、pool（库）、\n"
              "                  training（培训）、settings（规则设置）、attachment（附件）、\n"
              "                  round（巡察轮次）、avoidance_case（回避事项）\n"
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

int units_coverage(const Context& ctx, std::span<const std::string> args);

int cmd_units(const Context& ctx, std::span<const std::string> args)
{
    if (!args.empty() && args[0] == "coverage") return units_coverage(ctx, args.subspan(1));
    if (args.empty() || args[0] != "list") throw UsageError("units 后面应是 list 或 coverage");
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

// ---- Rounds, coverage and the avoidance check ----

model::Date today() { return boost::gregorian::day_clock::local_day(); }

model::Date parse_date_option(const std::string& option, const std::string& text)
{
    const auto date = model::parse_iso_date(text);
    if (!date) throw UsageError("选项 " + option + " 需要 YYYY-MM-DD 格式的有效日期（如 2027-03-15），而不是“" + text + "”");
    return *date;
}

long long parse_id(const std::string& what, const std::string& text)
{
    long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 1)
        throw UsageError(what + " 应为正整数编号，而不是“" + text + "”");
    return value;
}

json optional_date(const std::optional<model::Date>& date) { return date ? json(model::to_iso(*date)) : json(nullptr); }

std::string date_text(const std::optional<model::Date>& date) { return date ? model::to_iso(*date) : "—"; }

// Names of units and people for the listings, "#id" when a record is gone.
struct Names {
    std::map<model::UnitId, std::string> units;
    std::map<model::PersonId, std::string> people;

    static Names load(db::Database& database)
    {
        Names names;
        for (const auto& unit : db::UnitRepository(database).list()) names.units[unit.id] = unit.name;
        for (const auto& person : db::PersonRepository(database).list()) names.people[person.id] = person.name;
        return names;
    }
    std::string unit(model::UnitId id) const
    {
        const auto it = units.find(id);
        return it == units.end() ? "#" + std::to_string(id.value()) : it->second;
    }
    std::string person(model::PersonId id) const
    {
        const auto it = people.find(id);
        return it == people.end() ? "#" + std::to_string(id.value()) : it->second;
    }
};

std::string duties_text(const std::vector<model::GroupDuty>& duties)
{
    std::string text;
    for (const auto duty : duties) {
        if (!text.empty()) text += "、";
        text += model::zh_name(duty);
    }
    return text;
}

std::size_t member_count(const model::Round& round)
{
    std::size_t count = 0;
    for (const auto& group : round.groups) count += group.members.size();
    return count;
}

std::size_t unit_count(const model::Round& round)
{
    std::set<model::UnitId> units;
    for (const auto& group : round.groups) units.insert(group.unit_ids.begin(), group.unit_ids.end());
    return units.size();
}

json round_summary_json(const model::Round& round)
{
    return {{"id", round.id.value()},
            {"title", model::round_title(round)},
            {"term", round.term},
            {"number", round.number},
            {"committee", round.committee},
            {"mode", model::code_of(round.mode)},
            {"mode_name", model::zh_name(round.mode)},
            {"state", model::code_of(round.state)},
            {"state_name", model::zh_name(round.state)},
            {"planned_entry", optional_date(round.planned_entry)},
            {"planned_withdrawal", optional_date(round.planned_withdrawal)},
            {"entry_date", optional_date(round.entry_date)},
            {"withdrawal_date", optional_date(round.withdrawal_date)},
            {"groups", round.groups.size()},
            {"units", unit_count(round)},
            {"members", member_count(round)}};
}

int rounds_list(const Context& ctx, std::span<const std::string> args)
{
    const Options options(args, {"--json"}, {});
    if (!options.positional().empty()) throw UsageError("多余的参数 " + options.positional().front());
    const auto database = ctx.open(false);
    const auto rounds = db::RoundRepository(*database).list();
    if (options.has("--json")) {
        json list = json::array();
        for (const auto& round : rounds) list.push_back(round_summary_json(round));
        ctx.out << list.dump(2) << '\n';
        return 0;
    }
    TextTable table({"编号", "轮次", "方式", "状态", "计划进驻", "实际进驻", "组数", "单位数", "人数"});
    for (const auto& round : rounds)
        table.add_row({std::to_string(round.id.value()), model::round_title(round), std::string(model::zh_name(round.mode)),
                       std::string(model::zh_name(round.state)), date_text(round.planned_entry), date_text(round.entry_date),
                       std::to_string(round.groups.size()), std::to_string(unit_count(round)),
                       std::to_string(member_count(round))});
    table.print(ctx.out);
    ctx.out << "共 " << rounds.size() << " 个轮次\n";
    return 0;
}

int round_not_found(const Context& ctx, long long id)
{
    ctx.err << "错误: 没有编号为 " << id << " 的巡察轮次。用 xuncha-cli rounds list 查看现有轮次。\n";
    return 1;
}

int rounds_show(const Context& ctx, std::span<const std::string> args)
{
    const Options options(args, {"--json"}, {});
    if (options.positional().size() != 1) throw UsageError("rounds show 需要且只需要一个轮次编号");
    const auto id = parse_id("轮次编号", options.positional().front());
    const auto database = ctx.open(false);
    const auto round = db::RoundRepository(*database).find(model::RoundId(id));
    if (!round) return round_not_found(ctx, id);
    const auto names = Names::load(*database);

    if (options.has("--json")) {
        auto result = round_summary_json(*round);
        result["remark"] = round->remark;
        json groups = json::array();
        for (const auto& group : round->groups) {
            json units = json::array();
            for (const auto unit : group.unit_ids) units.push_back({{"id", unit.value()}, {"name", names.unit(unit)}});
            json members = json::array();
            for (const auto& member : group.members) {
                json duties = json::array();
                for (const auto duty : member.duties)
                    duties.push_back({{"code", model::code_of(duty)}, {"name", model::zh_name(duty)}});
                members.push_back({{"person_id", member.person_id.value()},
                                   {"name", names.person(member.person_id)},
                                   {"role", model::code_of(member.role)},
                                   {"role_name", model::zh_name(member.role)},
                                   {"duties", duties}});
            }
            groups.push_back({{"id", group.id.value()},
                              {"number", group.number},
                              {"name", model::group_display_name(group)},
                              {"authorising_body", group.authorising_body},
                              {"dispatching_body", group.dispatching_body},
                              {"units", units},
                              {"members", members}});
        }
        result["groups"] = groups;
        ctx.out << result.dump(2) << '\n';
        return 0;
    }

    ctx.out << model::round_title(*round) << "（编号 " << round->id.value() << "）\n"
            << "方式: " << model::zh_name(round->mode) << "    状态: " << model::zh_name(round->state) << '\n'
            << "计划进驻: " << date_text(round->planned_entry) << "    计划撤点: " << date_text(round->planned_withdrawal)
            << '\n'
            << "实际进驻: " << date_text(round->entry_date) << "    实际撤点: " << date_text(round->withdrawal_date) << '\n';
    if (!round->remark.empty()) ctx.out << "备注: " << round->remark << '\n';
    for (const auto& group : round->groups) {
        ctx.out << '\n' << model::group_display_name(group);
        std::string units;
        for (const auto unit : group.unit_ids) units += (units.empty() ? "" : "、") + names.unit(unit);
        ctx.out << "  巡察: " << (units.empty() ? "（未指定）" : units) << '\n';
        if (!group.authorising_body.empty() || !group.dispatching_body.empty())
            ctx.out << "授权主体: " << group.authorising_body << "    派出主体: " << group.dispatching_body << '\n';
        TextTable table({"编号", "姓名", "组内职务", "分工"});
        for (const auto& member : group.members)
            table.add_row({std::to_string(member.person_id.value()), names.person(member.person_id),
                           std::string(model::zh_name(member.role)), duties_text(member.duties)});
        table.print(ctx.out);
    }
    ctx.out << "\n共 " << round->groups.size() << " 个巡察组, " << unit_count(*round) << " 个单位, " << member_count(*round)
            << " 名组员\n";
    return 0;
}

int cmd_rounds(const Context& ctx, std::span<const std::string> args)
{
    if (!args.empty() && args[0] == "list") return rounds_list(ctx, args.subspan(1));
    if (!args.empty() && args[0] == "show") return rounds_show(ctx, args.subspan(1));
    throw UsageError("rounds 后面应是 list 或 show");
}

int units_coverage(const Context& ctx, std::span<const std::string> args)
{
    const Options options(args, {"--json"}, {"--term"});
    if (!options.positional().empty()) throw UsageError("多余的参数 " + options.positional().front());
    std::optional<int> term;
    if (const auto text = options.value("--term")) {
        const auto value = parse_id("届次（--term）", *text);
        if (value > 99) throw UsageError("届次（--term）应在1至99之间，而不是“" + *text + "”");
        term = static_cast<int>(value);
    }
    const auto database = ctx.open(false);
    const auto rounds = db::RoundRepository(*database).list();
    if (!term) {
        if (rounds.empty()) {
            ctx.err << "错误: 数据库中还没有巡察轮次，无法确定届次。请用 --term N 指定届次。\n";
            return 1;
        }
        term = std::max_element(rounds.begin(), rounds.end(), [](const model::Round& a, const model::Round& b) {
                   return a.term < b.term;
               })->term;
    }
    const auto units = db::UnitRepository(*database).list();
    std::vector<model::UnitId> ids;
    for (const auto& unit : units) ids.push_back(unit.id);
    const auto coverage = model::coverage(ids, rounds, *term);
    std::map<model::RoundId, std::string> titles;
    for (const auto& round : rounds) titles[round.id] = model::round_title(round);
    const auto titles_of = [&](const std::vector<model::RoundId>& list) {
        std::string text;
        for (const auto id : list) text += (text.empty() ? "" : "、") + titles[id];
        return text;
    };
    const auto covered = static_cast<std::size_t>(
        std::count_if(coverage.begin(), coverage.end(), [](const model::UnitCoverage& c) { return c.covered(); }));
    const auto term_name = model::chinese_number(*term) + "届";

    if (options.has("--json")) {
        json list = json::array();
        for (std::size_t i = 0; i < coverage.size(); ++i) {
            const auto round_list = [&](const std::vector<model::RoundId>& ids_) {
                json result = json::array();
                for (const auto id : ids_) result.push_back({{"id", id.value()}, {"title", titles[id]}});
                return result;
            };
            list.push_back({{"unit_id", units[i].id.value()},
                            {"unit", units[i].name},
                            {"type", model::code_of(units[i].type)},
                            {"covered", coverage[i].covered()},
                            {"inspected_in", round_list(coverage[i].inspected_in)},
                            {"planned_in", round_list(coverage[i].planned_in)}});
        }
        const json result = {{"term", *term}, {"term_name", term_name}, {"covered", covered},
                             {"total", units.size()}, {"units", list}};
        ctx.out << result.dump(2) << '\n';
        return 0;
    }
    TextTable table({"编号", "单位", "类型", "覆盖情况", "已巡察的轮次", "计划中的轮次"});
    for (std::size_t i = 0; i < coverage.size(); ++i)
        table.add_row({std::to_string(units[i].id.value()), units[i].name, std::string(model::zh_name(units[i].type)),
                       coverage[i].covered() ? "已覆盖" : "未覆盖", titles_of(coverage[i].inspected_in),
                       titles_of(coverage[i].planned_in)});
    table.print(ctx.out);
    ctx.out << term_name << "已覆盖 " << covered << " / " << units.size() << " 个单位（未覆盖 " << units.size() - covered
            << " 个）\n";
    return 0;
}

json finding_json(const model::Finding& finding, const Names& names)
{
    return {{"person_id", finding.person_id.value()},
            {"person", names.person(finding.person_id)},
            {"unit_id", finding.unit_id ? json(finding.unit_id->value()) : json(nullptr)},
            {"unit", finding.unit_id ? json(names.unit(*finding.unit_id)) : json(nullptr)},
            {"other_person_id", finding.other_person_id ? json(finding.other_person_id->value()) : json(nullptr)},
            {"other_person", finding.other_person_id ? json(names.person(*finding.other_person_id)) : json(nullptr)},
            {"rule", model::code_of(finding.rule)},
            {"rule_number", model::rule_number(finding.rule)},
            {"severity", model::code_of(finding.severity)},
            {"severity_name", model::zh_name(finding.severity)},
            {"evidence", finding.evidence},
            {"explanation", model::explanation(finding)}};
}

void print_findings(const Context& ctx, const std::vector<model::Finding>& findings, const Names& names)
{
    std::size_t hard = 0;
    std::set<model::PersonId> people;
    for (const auto& finding : findings) {
        if (finding.severity == model::Severity::hard) ++hard;
        people.insert(finding.person_id);
        ctx.out << "[" << model::zh_name(finding.severity) << "] " << names.person(finding.person_id) << "（#"
                << finding.person_id.value() << "）";
        if (finding.unit_id)
            ctx.out << " — " << names.unit(*finding.unit_id) << "（#" << finding.unit_id->value() << "）";
        if (finding.other_person_id)
            ctx.out << " — 同组 " << names.person(*finding.other_person_id) << "（#" << finding.other_person_id->value()
                    << "）";
        ctx.out << "  规则" << model::rule_number(finding.rule) << " " << model::code_of(finding.rule) << '\n'
                << "    " << model::explanation(finding) << '\n';
    }
    if (findings.empty())
        ctx.out << "没有发现回避情形。\n";
    else
        ctx.out << "共 " << findings.size() << " 条回避情形（硬性回避 " << hard << " 条，提示 " << findings.size() - hard
                << " 条），涉及 " << people.size() << " 人\n";
}

int cmd_check(const Context& ctx, std::span<const std::string> args)
{
    const Options options(args, {"--json"}, {"--round", "--person", "--unit", "--as-of"});
    if (!options.positional().empty()) throw UsageError("多余的参数 " + options.positional().front());
    const auto round_text = options.value("--round");
    const auto person_text = options.value("--person");
    const auto unit_text = options.value("--unit");
    if (round_text && (person_text || unit_text)) throw UsageError("--round 不能与 --person、--unit 同时使用");
    if (!round_text && !(person_text && unit_text))
        throw UsageError(person_text || unit_text ? "--person 与 --unit 须同时指定" : "请指定 --round ID，或 --person ID 与 --unit ID");
    std::optional<model::Date> as_of;
    if (const auto text = options.value("--as-of")) as_of = parse_date_option("--as-of", *text);
    const bool as_json = options.has("--json");

    const auto database = ctx.open(false);
    const auto names = Names::load(*database);
    if (round_text) {
        const auto id = parse_id("轮次编号（--round）", *round_text);
        const auto check = check_round(*database, model::RoundId(id), today(), as_of);
        if (!check) return round_not_found(ctx, id);
        if (as_json) {
            json findings = json::array();
            for (const auto& finding : check->findings) findings.push_back(finding_json(finding, names));
            const json result = {{"round", {{"id", id}, {"title", model::round_title(check->round)}}},
                                 {"as_of", model::to_iso(check->as_of)},
                                 {"candidates", check->candidates.size()},
                                 {"findings", findings}};
            ctx.out << result.dump(2) << '\n';
            return 0;
        }
        ctx.out << model::round_title(check->round) << "：回避检查（按 " << model::to_iso(check->as_of) << " 计算，"
                << check->candidates.size() << " 名人员 × " << unit_count(check->round) << " 个单位）\n\n";
        print_findings(ctx, check->findings, names);
        return 0;
    }

    const auto person_id = model::PersonId(parse_id("人员编号（--person）", *person_text));
    const auto unit_id = model::UnitId(parse_id("单位编号（--unit）", *unit_text));
    const auto data = load_avoidance_data(*database);
    if (!data.person(person_id)) {
        ctx.err << "错误: 没有编号为 " << person_id.value() << " 的人员。用 xuncha-cli people list 查看人员编号。\n";
        return 1;
    }
    if (!data.unit(unit_id)) {
        ctx.err << "错误: 没有编号为 " << unit_id.value() << " 的单位。用 xuncha-cli units list 查看单位编号。\n";
        return 1;
    }
    const auto date = as_of.value_or(today());
    const auto findings = check_person_unit(data, person_id, unit_id, date);
    if (as_json) {
        json list = json::array();
        for (const auto& finding : findings) list.push_back(finding_json(finding, names));
        const json result = {{"person", {{"id", person_id.value()}, {"name", names.person(person_id)}}},
                             {"unit", {{"id", unit_id.value()}, {"name", names.unit(unit_id)}}},
                             {"as_of", model::to_iso(date)},
                             {"findings", list}};
        ctx.out << result.dump(2) << '\n';
        return 0;
    }
    ctx.out << names.person(person_id) << " — " << names.unit(unit_id) << "：回避检查（按 " << model::to_iso(date)
            << " 计算）\n\n";
    print_findings(ctx, findings, names);
    return 0;
}

// The audit trail's codes in Chinese, from the GUI's catalogue; English labels when the program runs
// without it (an unusual install), never bare codes.
class AuditText {
public:
    AuditText() : m_catalog(MessageCatalog::find_zh_cn()) {}

    std::string entity(std::string_view code) const
    {
        const char* msgid = audit_entity_msgid(code);
        return std::string(msgid ? translate(msgid) : code);
    }

    // "work_history.12.post" → 工作经历 › 职务
    std::string field(std::string_view entity, std::string_view code) const
    {
        return audit_field_text(entity, code, [this](std::string_view msgid) { return std::string(translate(msgid)); });
    }

private:
    std::string_view translate(std::string_view msgid) const { return m_catalog ? m_catalog->translate(msgid) : msgid; }

    std::optional<MessageCatalog> m_catalog;
};

int cmd_audit(const Context& ctx, std::span<const std::string> args)
{
    const Options options(args, {"--json"}, {"--entity", "--id", "--limit"});
    if (!options.positional().empty()) throw UsageError("多余的参数 " + options.positional().front());
    db::AuditQuery query;
    if (const auto entity = options.value("--entity")) {
        if (!audit_entity_msgid(*entity))
            throw UsageError("--entity 应是 " + std::string(audit_entity_codes) + " 之一，而不是“" + *entity + "”");
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
    const AuditText text;
    for (const auto& entry : entries) {
        ctx.out << audit_local_time(entry.at) << "  " << entry.operator_name << "  " << model::zh_name(entry.action) << ' '
                << text.entity(entry.entity) << " #" << entry.entity_id << ' ' << entry.entity_label << '\n';
        for (const auto& c : entry.changes) {
            ctx.out << "    " << text.field(entry.entity, c.field) << "：";
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
    for (const auto& attachment : damaged)
        ctx.err << "已损坏: " << attachment.person_name << (attachment.photo ? "的照片" : "的承诺书扫描件") << "“"
                << attachment.file_name << "”（人员 #" << attachment.person.value() << "，附件 #"
                << attachment.id.value() << "）\n";
    ctx.err << "共 " << damaged.size() << " 个附件的内容与保存时记录的校验值不符，可能已损坏。请从备份恢复数据库。\n";
    return 1;
}

using Command = int (*)(const Context&, std::span<const std::string>);

const std::map<std::string, Command, std::less<>>& commands()
{
    static const std::map<std::string, Command, std::less<>> table{
        {"init", cmd_init},     {"demo", cmd_demo},           {"people", cmd_people},          {"units", cmd_units},
        {"audit", cmd_audit},   {"export-json", cmd_export},  {"import-json", cmd_import},   {"verify", cmd_verify},
        {"rounds", cmd_rounds}, {"check", cmd_check},
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
