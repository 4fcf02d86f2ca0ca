// The bulk actions' plans and their one-transaction save, the CSV writer, and the audit trail's
// labels: the parts of the main window's new commands that do not need a window.
#include "gui_test_support.h"

#include "app/gui/audit_text.h"
#include "app/gui/bulk_edit.h"
#include "app/gui/csv_export.h"
#include "app/gui/person_filter.h"
#include "app/gui/person_list_model.h"
#include "app/gui/text_wrap.h"
#include "db/audit_repository.h"
#include "db/catalog_repository.h"
#include "db/person_repository.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace xuncha;
using test::today;
using test::membership_in;
using model::MembershipStatus;

namespace {

struct DemoDatabase {
    test::TempDir dir;
    std::unique_ptr<db::Database> database = open_demo(dir.path() / "bulk.sqlite");
    std::vector<model::Pool> pools = db::CatalogRepository(*database).pools();

    static std::unique_ptr<db::Database> open_demo(const std::filesystem::path& file)
    {
        test::copy_demo_database(file);
        return db::Database::open(file.string());
    }

    const model::Pool& pool(model::PoolKind kind) const
    {
        const auto it = std::find_if(pools.begin(), pools.end(), [&](const auto& p) { return p.kind == kind; });
        REQUIRE(it != pools.end());
        return *it;
    }
};

}  // namespace

TEST_CASE("adding people to a pool leaves out those already in it and those below the entry rule", "[gui][bulk]")
{
    DemoDatabase demo;
    const auto& leaders = demo.pool(model::PoolKind::leader);
    db::PersonRepository repository(*demo.database);
    std::vector<model::Person> people;
    model::PersonId inside, junior, eligible;
    for (const auto& summary : repository.list()) {
        auto person = repository.find(summary.id);
        REQUIRE(person);
        const bool in_pool = membership_in(*person, leaders.id) != nullptr;
        if (in_pool && !inside.is_saved()) inside = person->id;
        else if (!in_pool && !model::rank_at_least(person->rank, model::Rank::section) && !junior.is_saved())
            junior = person->id;
        else if (!in_pool && model::rank_at_least(person->rank, model::Rank::section) && !eligible.is_saved())
            eligible = person->id;
        else continue;
        people.push_back(std::move(*person));
    }
    REQUIRE(people.size() == 3);

    app::AddToPoolRequest request;
    request.pool = leaders.id;
    request.status = MembershipStatus::active;
    request.date = today();
    request.decided_by = "县委巡察工作领导小组";
    request.document_number = "X巡组〔2026〕3号";
    const model::PoolEntryRules rules;  // 组长库: 正科级 or above
    const std::vector<model::PersonId> missing{model::PersonId{999999}};

    auto plan = app::plan_add_to_pool(people, missing, leaders, request, rules, today());
    REQUIRE(plan.changed.size() == 1);
    CHECK(plan.changed.front().id == eligible);
    const auto* added = membership_in(plan.changed.front(), leaders.id);
    REQUIRE(added);
    CHECK(added->status == MembershipStatus::active);
    CHECK(added->entry_date == today());
    REQUIRE(added->steps.size() == 1);
    CHECK(added->steps.front().document_number == "X巡组〔2026〕3号");
    CHECK(added->steps.front().override_reason.empty());
    REQUIRE(plan.skipped.size() == 3);
    const auto reason_of = [&](model::PersonId id) {
        const auto it = std::find_if(plan.skipped.begin(), plan.skipped.end(), [&](const auto& s) { return s.id == id; });
        REQUIRE(it != plan.skipped.end());
        return it->reason;
    };
    CHECK(reason_of(inside) == app::SkippedPerson::Reason::already_in_pool);
    CHECK(reason_of(junior) == app::SkippedPerson::Reason::breaks_entry_rules);
    CHECK(reason_of(model::PersonId{999999}) == app::SkippedPerson::Reason::not_found);
    const wxString listed = app::skipped_list_text(plan.skipped, demo.pools);
    CHECK(listed.Contains(wxString::FromUTF8("已在该库中")));

    // With an override reason the junior person enters too, and the reason is recorded in the step.
    request.override_reason = "工作需要，经领导小组研究同意";
    plan = app::plan_add_to_pool(people, {}, leaders, request, rules, today());
    REQUIRE(plan.changed.size() == 2);
    const auto overridden = std::find_if(plan.changed.begin(), plan.changed.end(),
                                         [&](const auto& p) { return p.id == junior; });
    REQUIRE(overridden != plan.changed.end());
    CHECK(membership_in(*overridden, leaders.id)->steps.front().override_reason == request.override_reason);
}

TEST_CASE("a bulk save that fails half-way writes nothing at all", "[gui][bulk]")
{
    DemoDatabase demo;
    const auto& talents = demo.pool(model::PoolKind::talent);
    db::PersonRepository repository(*demo.database);
    std::vector<model::PersonId> ids;
    // The last one is removed below: nobody a round names (the database would refuse).
    const auto in_rounds = test::people_in_rounds(*demo.database);
    for (const auto& summary : repository.list()) {
        const bool in_pool = std::any_of(summary.memberships.begin(), summary.memberships.end(),
                                         [&](const auto& m) { return m.pool_id == talents.id; });
        if (!in_pool && !in_rounds.count(summary.id)) ids.push_back(summary.id);
        if (ids.size() == 3) break;
    }
    REQUIRE(ids.size() == 3);
    std::vector<model::PersonId> missing;
    const auto people = app::load_people(*demo.database, ids, missing);
    REQUIRE(missing.empty());
    app::AddToPoolRequest request;
    request.pool = talents.id;
    request.date = today();
    auto plan = app::plan_add_to_pool(people, missing, talents, request, {}, today());
    REQUIRE(plan.changed.size() == 3);

    // Somebody else removes the last person before the save: its update fails, after two succeeded.
    {
        db::Transaction tx(*demo.database);
        repository.remove(tx, ids.back());
        tx.commit();
    }
    const auto audit_before = db::AuditRepository(*demo.database).count();
    CHECK_THROWS_AS(app::save_people(*demo.database, plan.changed), db::DbError);
    for (std::size_t i = 0; i < 2; ++i) {
        const auto person = repository.find(ids[i]);
        REQUIRE(person);
        CHECK(membership_in(*person, talents.id) == nullptr);
    }
    CHECK(db::AuditRepository(*demo.database).count() == audit_before);

    // Without the removed person the same save goes through, with one audit row per person.
    plan.changed.pop_back();
    app::save_people(*demo.database, plan.changed);
    CHECK(db::AuditRepository(*demo.database).count() == audit_before + 2);
    for (std::size_t i = 0; i < 2; ++i) CHECK(membership_in(*repository.find(ids[i]), talents.id) != nullptr);
}

TEST_CASE("suspending lists the members the lifecycle does not allow to suspend", "[gui][bulk]")
{
    DemoDatabase demo;
    db::PersonRepository repository(*demo.database);
    const auto& talents = demo.pool(model::PoolKind::talent);
    std::vector<model::Person> people;
    for (const auto& summary : repository.list()) {
        for (const auto& m : summary.memberships) {
            if (m.pool_id != talents.id) continue;
            const bool want = (m.status == MembershipStatus::active && people.size() < 2) ||
                              (m.status != MembershipStatus::active && people.size() == 2);
            if (want) people.push_back(*repository.find(summary.id));
        }
        if (people.size() == 3) break;
    }
    REQUIRE(people.size() == 3);
    std::vector<app::MembershipTarget> targets;
    for (const auto& person : people) targets.push_back({person.id, talents.id});
    model::MembershipStep step;
    step.to = MembershipStatus::suspended;
    step.date = today();
    step.decided_by = "县委巡察办";
    const auto plan = app::plan_transition(people, {}, targets, demo.pools, step, {}, {}, today());
    CHECK(plan.changed.size() == 2);
    CHECK(plan.memberships_changed == 2);
    for (const auto& person : plan.changed) {
        const auto* m = membership_in(person, talents.id);
        CHECK(m->status == MembershipStatus::suspended);
        CHECK(m->steps.back().to == MembershipStatus::suspended);
        CHECK(m->steps.back().decided_by == "县委巡察办");
    }
    REQUIRE(plan.skipped.size() == 1);
    CHECK(plan.skipped.front().reason == app::SkippedPerson::Reason::refused);
    CHECK_FALSE(plan.skipped.front().refusals.empty());
    CHECK_FALSE(app::skipped_reason_text(plan.skipped.front(), demo.pools).empty());
}

TEST_CASE("a CSV for Excel starts with a BOM, quotes what needs it and keeps formulas as text", "[gui][csv]")
{
    const std::string csv =
        app::csv_document({{"姓名", "备注"}, {"张三", "一线, \"驻村\"\n第一书记"}, {"李四", "=HYPERLINK(\"x\")"}, {"王五", "-5"}});
    CHECK(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(csv == "\xEF\xBB\xBF"
                 "姓名,备注\r\n"
                 "张三,\"一线, \"\"驻村\"\"\n第一书记\"\r\n"
                 "李四,\"'=HYPERLINK(\"\"x\"\")\"\r\n"
                 "王五,-5\r\n");
}

TEST_CASE("audit field codes read as labels in the interface language", "[gui][audit]")
{
    CHECK(app::audit_field_label("person", "name") == wxString::FromUTF8("姓名"));
    CHECK(app::audit_field_label("person", "work_history.12.post") == wxString::FromUTF8("工作经历 › 职务"));
    CHECK(app::audit_field_label("person", "membership.3.step.7") == wxString::FromUTF8("入库情况 › 决定"));
    CHECK(app::audit_field_label("person", "relative.4.title") == wxString::FromUTF8("家庭成员及社会关系 › 称谓"));
    CHECK(app::audit_field_label("person", "fulltime_education.level") == wxString::FromUTF8("全日制教育 › 学历"));
    CHECK(app::audit_field_label("unit", "name") == wxString::FromUTF8("单位名称"));
    CHECK(app::audit_field_label("person", "something_new.2.odd") == wxS("something_new › odd"));
    CHECK(app::audit_entity_label("person") == wxString::FromUTF8("人员"));
}

TEST_CASE("the new list columns show the summary's fields and a saved column list survives damage", "[gui][list]")
{
    using app::PersonColumn;
    model::PersonSummary p;
    p.id = model::PersonId{1};
    p.name = "张三";
    p.ethnicity = "回族";
    p.department = "审计科";
    p.professional_title = "高级审计师";
    p.reserve_cadre = true;
    p.secondment_count = 3;
    p.declined_count = 1;
    p.birth_date = model::Date(1980, 5, 1);
    auto list = std::unique_ptr<app::PersonListModel, void (*)(app::PersonListModel*)>(
        new app::PersonListModel, [](app::PersonListModel* m) { m->DecRef(); });
    app::PersonSortContext context;
    context.today = model::Date(2026, 4, 30);
    list->set_people({p}, {}, {}, context);
    CHECK(list->text(0, PersonColumn::ethnicity) == wxString::FromUTF8("回族"));
    CHECK(list->text(0, PersonColumn::department) == wxString::FromUTF8("审计科"));
    CHECK(list->text(0, PersonColumn::professional_title) == wxString::FromUTF8("高级审计师"));
    CHECK(list->text(0, PersonColumn::reserve_cadre) == wxString::FromUTF8("是"));
    CHECK(list->text(0, PersonColumn::secondment_count) == wxS("3"));
    CHECK(list->text(0, PersonColumn::declined_count) == wxS("1"));
    CHECK(list->text(0, PersonColumn::age) == wxS("45"));

    CHECK(app::columns_from_keys({"name", "age", "bogus", "name"}) ==
          std::vector<PersonColumn>{PersonColumn::name, PersonColumn::age});
    CHECK(app::columns_from_keys({"bogus"}) == app::default_person_columns());
    CHECK(app::columns_from_keys(app::column_keys({PersonColumn::unit, PersonColumn::declined_count})) ==
          std::vector<PersonColumn>{PersonColumn::unit, PersonColumn::declined_count});
}

TEST_CASE("a Chinese note is wrapped between characters, never before closing punctuation", "[gui][wrap]")
{
    auto* frame = new wxFrame(nullptr, wxID_ANY, wxS("wrap"));
    const wxString text = wxString::FromUTF8(
        "已在该库中的人员不再加入。状态为“审定”或“在库”时检查入库条件：不符合条件的人员不加入，除非填写破格理由；"
        "破格理由随入库记录保存。See docs/exchange-format.md for details.");
    const int width = frame->GetTextExtent(wxString::FromUTF8("已在该库中的人员不再加入。状态为")).x;
    const wxString wrapped = app::wrap_text(*frame, text, width);
    const wxArrayString lines = wxSplit(wrapped, '\n', '\0');
    CHECK(lines.size() >= 4);
    wxString joined;
    for (const auto& line : lines) {
        INFO(line.utf8_string());
        CHECK(frame->GetTextExtent(line).x <= width);
        CHECK_FALSE(line.StartsWith(wxString::FromUTF8("，")));
        CHECK_FALSE(line.StartsWith(wxString::FromUTF8("。")));
        CHECK_FALSE(line.EndsWith(wxString::FromUTF8("“")));
        joined += line;
    }
    // Nothing is lost but the spaces at the breaks; Latin words stay whole.
    wxString without_spaces = text;
    without_spaces.Replace(wxS(" "), wxString());
    wxString joined_without_spaces = joined;
    joined_without_spaces.Replace(wxS(" "), wxString());
    CHECK(joined_without_spaces == without_spaces);
    CHECK(wrapped.Contains(wxS("docs/exchange-format.md")));
    frame->Destroy();
}
