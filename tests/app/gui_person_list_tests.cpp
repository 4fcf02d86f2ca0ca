// The person list adapter: filters and orders as the user expects, over plain summaries.
#include "app/gui/person_list_model.h"
#include "app/gui/wx_text.h"
#include "model/pinyin.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace xuncha;
using app::PersonColumn;
using app::PersonFilter;
using model::MembershipStatus;
using model::PersonSummary;

namespace {

const model::PoolId leaders{1};
const model::PoolId talents{2};
const model::SpecialtyId audit{7};
const model::SpecialtyId finance{8};

PersonSummary person(long long id, const std::string& name, model::Rank rank,
                     std::vector<model::MembershipSummary> memberships, std::vector<model::SpecialtyId> specialties = {})
{
    PersonSummary p;
    p.id = model::PersonId{id};
    p.name = name;
    const auto reading = model::name_pinyin(name);
    p.name_pinyin = reading.syllables;
    p.name_initials = reading.initials;
    p.rank = rank;
    p.memberships = std::move(memberships);
    p.specialties = std::move(specialties);
    return p;
}

std::vector<PersonSummary> sample()
{
    using model::Rank;
    return {
        person(1, "王五", Rank::section, {{leaders, MembershipStatus::active}}, {audit}),
        person(2, "张三", Rank::staff, {{talents, MembershipStatus::active}}, {finance}),
        person(3, "李四", Rank::deputy_division, {{leaders, MembershipStatus::exited}, {talents, MembershipStatus::active}}),
        person(4, "张伟", Rank::deputy_section, {{talents, MembershipStatus::suspended}}, {audit, finance}),
        person(5, "赵六", Rank::none, {}),
    };
}

std::vector<std::string> shown_names(const app::PersonListModel& model)
{
    std::vector<std::string> names;
    for (unsigned row = 0; row < model.shown_count(); ++row) names.push_back(model.at_row(row)->name);
    return names;
}

std::unique_ptr<app::PersonListModel, void (*)(app::PersonListModel*)> make_model()
{
    // wxDataViewModel is reference counted: release it rather than delete it.
    auto model = std::unique_ptr<app::PersonListModel, void (*)(app::PersonListModel*)>(
        new app::PersonListModel, [](app::PersonListModel* m) { m->DecRef(); });
    const std::vector<model::Pool> pools{{leaders, "组长库", model::PoolKind::leader, {}, 1},
                                         {talents, "人才库", model::PoolKind::talent, {}, 2}};
    const std::vector<model::Specialty> specialties{{audit, "审计", 1}, {finance, "财政/财会", 2}};
    model->set_people(sample(), pools, specialties, {});
    return model;
}

}  // namespace

TEST_CASE("the person list shows everybody by pinyin order until a filter is chosen", "[gui][list]")
{
    auto model = make_model();
    CHECK(model->total_count() == 5);
    CHECK(shown_names(*model) == std::vector<std::string>{"李四", "王五", "张三", "张伟", "赵六"});
}

TEST_CASE("typing zhang or zs in the search keeps only the matching people", "[gui][list]")
{
    auto model = make_model();
    PersonFilter filter;
    filter.query = "zhang";
    model->set_filter(filter);
    CHECK(shown_names(*model) == std::vector<std::string>{"张三", "张伟"});
    filter.query = "zs";
    model->set_filter(filter);
    CHECK(shown_names(*model) == std::vector<std::string>{"张三"});
    filter.query = "张";
    model->set_filter(filter);
    CHECK(model->shown_count() == 2);
    filter.query = "qian";
    model->set_filter(filter);
    CHECK(model->shown_count() == 0);
}

TEST_CASE("a pool shows its members with their status there, and the status filter narrows it", "[gui][list]")
{
    auto model = make_model();
    PersonFilter filter;
    filter.pool = leaders;
    model->set_filter(filter);
    CHECK(shown_names(*model) == std::vector<std::string>{"李四", "王五"});
    CHECK(model->text(0, PersonColumn::status) == wxString::FromUTF8("出库"));
    CHECK(model->text(1, PersonColumn::status) == wxString::FromUTF8("在库"));
    filter.status = MembershipStatus::active;
    model->set_filter(filter);
    CHECK(shown_names(*model) == std::vector<std::string>{"王五"});

    // All people: the status column names every pool, with the status where it is not 在库.
    model->set_filter(PersonFilter{});
    const auto row = model->row_of(model::PersonId{3});
    REQUIRE(row);
    CHECK(model->text(*row, PersonColumn::status) == wxString::FromUTF8("组长库（出库）、人才库"));
}

TEST_CASE("the specialty filter keeps people with that specialty", "[gui][list]")
{
    auto model = make_model();
    PersonFilter filter;
    filter.specialty = finance;
    model->set_filter(filter);
    CHECK(shown_names(*model) == std::vector<std::string>{"张三", "张伟"});
    CHECK(model->text(1, PersonColumn::specialties) == wxString::FromUTF8("审计、财政/财会"));
}

TEST_CASE("sorting by rank puts the highest rank first and keeps the filter", "[gui][list]")
{
    auto model = make_model();
    model->sort(PersonColumn::rank, true);
    CHECK(shown_names(*model) == std::vector<std::string>{"李四", "王五", "张伟", "张三", "赵六"});
    model->sort(PersonColumn::rank, false);
    CHECK(shown_names(*model).front() == "赵六");
    PersonFilter filter;
    filter.query = "zhang";
    model->set_filter(filter);
    model->sort(PersonColumn::rank, true);
    CHECK(shown_names(*model) == std::vector<std::string>{"张伟", "张三"});
}

TEST_CASE("a hundred thousand people are filtered in one pass with the right count", "[gui][list]")
{
    std::vector<PersonSummary> people;
    const char* names[] = {"张三", "李四", "王五", "张伟", "赵六", "章程", "孙七", "周八"};
    people.reserve(100000);
    for (long long i = 0; i < 100000; ++i)
        people.push_back(person(i + 1, names[i % 8], model::Rank::staff, {{talents, MembershipStatus::active}}));
    auto model = std::unique_ptr<app::PersonListModel, void (*)(app::PersonListModel*)>(
        new app::PersonListModel, [](app::PersonListModel* m) { m->DecRef(); });
    model->set_people(std::move(people), {}, {}, {});
    PersonFilter filter;
    filter.query = "zhang";  // 张三, 张伟 and 章程
    model->set_filter(filter);
    CHECK(model->shown_count() == 37500);
    filter.query = "zw";
    model->set_filter(filter);
    CHECK(model->shown_count() == 12500);
}

TEST_CASE("sorting orders long texts that share their first characters exactly, empty ones last", "[gui][list]")
{
    // Posts of five characters and more share their first 15 bytes: the precomputed sort keys cannot
    // tell them apart and the full comparison must.
    const std::vector<std::string> posts{"县委常委、组织部部长", "", "县委常委、宣传部部长", "县委常委", "科员",
                                         "县委常委、组织部副部长", "", "县委常委、统战部部长"};
    std::vector<PersonSummary> people;
    for (std::size_t i = 0; i < posts.size(); ++i) {
        people.push_back(person(static_cast<long long>(i) + 1, "张伟", model::Rank::staff, {}));
        people.back().post = posts[i];
    }
    const auto posts_in = [&](const std::vector<std::size_t>& order) {
        std::vector<std::string> result;
        for (const auto index : order) result.push_back(people[index].post);
        return result;
    };
    std::vector<std::string> expected;
    for (const auto& post : posts)
        if (!post.empty()) expected.push_back(post);
    std::sort(expected.begin(), expected.end());
    expected.insert(expected.end(), 2, "");
    CHECK(posts_in(app::sort_people(people, PersonColumn::post, true, {})) == expected);
    std::reverse(expected.begin(), expected.end());
    CHECK(posts_in(app::sort_people(people, PersonColumn::post, false, {})) == expected);
}

TEST_CASE("sorting by name orders by pinyin, then by the characters, then by id", "[gui][list]")
{
    // 张伟 and 章伟 read alike; the two 张伟 keep their id order in both directions. The readings of
    // 欧阳修远 and 欧阳修元明 share their first 16 letters: the reading decides, not the characters.
    std::vector<PersonSummary> people{person(1, "章伟", model::Rank::staff, {}), person(2, "张伟", model::Rank::staff, {}),
                                      person(3, "李四", model::Rank::staff, {}), person(4, "张伟", model::Rank::staff, {}),
                                      person(5, "欧阳修远", model::Rank::staff, {}),
                                      person(6, "欧阳修元明", model::Rank::staff, {})};
    const auto ids_in = [&](const std::vector<std::size_t>& order) {
        std::vector<long long> ids;
        for (const auto index : order) ids.push_back(people[index].id.value());
        return ids;
    };
    CHECK(ids_in(app::sort_people(people, PersonColumn::name, true, {})) == std::vector<long long>{3, 5, 6, 2, 4, 1});
    CHECK(ids_in(app::sort_people(people, PersonColumn::name, false, {})) == std::vector<long long>{1, 2, 4, 6, 5, 3});
}

// ---- Names first (PersonRepository::list_names), the rows in view completed as they are shown ----

namespace {

// 300 people, whole, and the same as names only (with what the filters need), as the two reads give them.
struct NamesAndWhole {
    std::vector<PersonSummary> whole;
    std::vector<PersonSummary> names;
};

NamesAndWhole names_and_whole()
{
    const char* names[] = {"张三", "李四", "王五", "张伟", "赵六", "章程", "孙七", "周八", "吴九", "郑十"};
    NamesAndWhole people;
    for (long long i = 0; i < 300; ++i) {
        auto p = person(i + 1, names[i % 10], i % 3 == 0 ? model::Rank::section : model::Rank::staff,
                        {{i % 2 ? leaders : talents, MembershipStatus::active}}, {i % 4 ? audit : finance});
        p.unit_name = "第" + std::to_string(i + 1) + "单位";
        p.post = "科员";
        people.whole.push_back(p);
        PersonSummary named;
        named.id = p.id;
        named.name = p.name;
        named.name_pinyin = p.name_pinyin;
        named.name_initials = p.name_initials;
        named.memberships = p.memberships;
        named.specialties = p.specialties;
        people.names.push_back(named);
    }
    return people;
}

}  // namespace

TEST_CASE("while the list holds names only, the rows in view are read whole a page at a time", "[gui][list]")
{
    const auto people = names_and_whole();
    std::vector<std::vector<model::PersonId>> asked;
    bool readable = true;
    const app::PersonListModel::Completer complete = [&](const std::vector<model::PersonId>& ids) {
        asked.push_back(ids);
        std::vector<PersonSummary> rows;
        if (!readable) return rows;
        for (const auto id : ids) rows.push_back(people.whole[static_cast<std::size_t>(id.value() - 1)]);
        return rows;
    };
    auto model = std::unique_ptr<app::PersonListModel, void (*)(app::PersonListModel*)>(
        new app::PersonListModel, [](app::PersonListModel* m) { m->DecRef(); });
    model->set_people(people.names, {}, {}, {}, {}, complete);
    REQUIRE(model->names_only());
    REQUIRE(model->total_count() == 300);

    // The names need nothing more.
    for (unsigned row = 0; row < 300; ++row) CHECK_FALSE(model->text(row, PersonColumn::name).empty());
    CHECK(asked.empty());

    // The first cell of another column reads the rows around it in one go; the rows near it need no
    // more reads, and show what the whole people show.
    const auto whole_unit = [&](unsigned row) {
        return app::to_wx(people.whole[static_cast<std::size_t>(model->at_row(row)->id.value() - 1)].unit_name);
    };
    CHECK(model->text(0, PersonColumn::unit) == whole_unit(0));
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].size() <= 100);
    CHECK(asked[0].size() >= 30);  // a screenful at least
    for (unsigned row = 0; row < 30; ++row) {
        CHECK(model->text(row, PersonColumn::unit) == whole_unit(row));
        CHECK(model->text(row, PersonColumn::post) == wxString::FromUTF8("科员"));
    }
    CHECK(asked.size() == 1);
    // Scrolled further down: the next page.
    CHECK(model->text(250, PersonColumn::unit) == whole_unit(250));
    REQUIRE(asked.size() == 2);
    CHECK(std::find(asked[1].begin(), asked[1].end(), model->at_row(250)->id) != asked[1].end());

    // Rows that cannot be read stay empty, and are not asked for again with each cell.
    readable = false;
    CHECK(model->text(150, PersonColumn::unit).empty());
    CHECK(model->text(150, PersonColumn::post).empty());
    CHECK(asked.size() == 3);

    // Search and the filters work on names: they hold what they need.
    PersonFilter filter;
    filter.query = "zhang";
    filter.pool = leaders;
    model->set_filter(filter);
    CHECK(model->shown_count() == 60);  // 张三, 张伟, 章程: 90; 张伟 and 章程 are in the leader pool
    filter = PersonFilter{};
    filter.specialty = finance;
    model->set_filter(filter);
    CHECK(model->shown_count() == 75);

    // Only the name order is possible until the whole people come; then every order is.
    CHECK_THROWS_AS(model->sort(PersonColumn::rank, true), std::logic_error);
    CHECK_THROWS_AS(model->sort(PersonColumn::name, false), std::logic_error);
    model->set_people(people.whole, {}, {}, {});
    CHECK_FALSE(model->names_only());
    model->sort(PersonColumn::rank, true);
    CHECK(model->at_row(0)->rank == model::Rank::section);
    CHECK(model->shown_count() == 75);  // the filter kept
    const auto before = asked.size();
    for (unsigned row = 0; row < model->shown_count(); ++row) CHECK_FALSE(model->text(row, PersonColumn::unit).empty());
    CHECK(asked.size() == before);
}
