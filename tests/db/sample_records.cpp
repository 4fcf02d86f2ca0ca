#include "sample_records.h"

#include "db/catalog_repository.h"
#include "db/unit_repository.h"

#include <catch2/catch.hpp>

namespace xuncha::test {

model::Date day(const char* iso)
{
    const auto date = model::parse_iso_date(iso);
    REQUIRE(date);
    return *date;
}

model::Unit unit_named(const std::string& name, std::optional<model::UnitId> parent)
{
    model::Unit unit;
    unit.name = name;
    unit.parent_id = parent;
    return unit;
}

SampleCatalog make_catalog(db::Database& database)
{
    SampleCatalog catalog;
    db::UnitRepository units(database);
    db::Transaction tx(database);

    catalog.county = unit_named("示范县委");
    catalog.county.short_name = "县委";
    catalog.county.type = model::UnitType::party_committee;
    catalog.county.jurisdiction = "示范县";
    units.create(tx, catalog.county);

    catalog.town = unit_named("城关镇", catalog.county.id);
    catalog.town.type = model::UnitType::township;
    catalog.town.jurisdiction = "示范县";
    catalog.town.sort_order = 1;
    units.create(tx, catalog.town);

    catalog.village = unit_named("东关村", catalog.town.id);
    catalog.village.type = model::UnitType::village;
    catalog.village.supervisor_id = catalog.county.id;
    catalog.village.sort_order = 2;
    units.create(tx, catalog.village);
    tx.commit();

    db::CatalogRepository catalogues(database);
    catalog.specialties = catalogues.specialties();
    catalog.pools = catalogues.pools();
    REQUIRE(catalog.specialties.size() >= 7);
    REQUIRE(catalog.pools.size() == 3);
    return catalog;
}

model::Person full_person(const SampleCatalog& catalog)
{
    model::Person p;
    p.name = "王秀英";
    p.gender = model::Gender::female;
    p.ethnicity = "回族";
    p.birth_date = day("1949-12-31");
    p.native_place = "北京市朝阳区";
    p.birth_place = "北京市东城区";
    p.political_status = model::PoliticalStatus::party_member;
    p.party_join_date = day("1975-07-01");
    p.work_start_date = day("1968-09-01");
    p.fulltime_education = {model::EducationLevel::bachelor, model::Degree::bachelor, "北京大学", "法学"};
    p.inservice_education = {model::EducationLevel::master, model::Degree::master, "中央党校", "政治学"};
    p.professional_title = "高级经济师";
    p.expertise = "财务审计、案件查办";
    p.unit_id = catalog.town.id;
    p.department = "纪委";
    p.post = "纪委书记";
    p.rank = model::Rank::section;
    p.holds_leadership_post = true;
    p.mobile = "13800138000";
    p.id_number = "11010519491231002X";
    p.health = "健康";
    p.remark = "曾参加两轮巡察";
    p.specialties = {catalog.specialties[0].id, catalog.specialties[6].id};

    model::WorkHistoryEntry current;
    current.unit_id = catalog.town.id;
    current.department = "纪委";
    current.post = "纪委书记";
    current.start = day("2015-03-01");
    current.leadership_member = true;
    current.principal_head = false;
    model::WorkHistoryEntry earlier;
    earlier.unit_name = "示范县审计局（已撤销）";
    earlier.department = "财政审计股";
    earlier.post = "股长";
    earlier.start = day("2005-01-01");
    earlier.end = day("2015-02-28");
    earlier.principal_head = true;
    p.work_history = {current, earlier};

    model::Relative spouse;
    spouse.title = "配偶";
    spouse.name = "李建国";
    spouse.birth_date = day("1948-05-04");
    spouse.political_status = model::PoliticalStatus::party_member;
    spouse.employer_unit_id = catalog.village.id;
    spouse.post = "党支部书记";
    spouse.is_leader = true;
    model::Relative son;
    son.title = "儿子";
    son.name = "李明";
    son.employer_name = "示范县第一中学";
    son.post = "教师";
    p.relatives = {spouse, son};

    model::PoolMembership leader;
    leader.pool_id = catalog.pools[0].id;
    leader.status = model::MembershipStatus::active;
    leader.entry_date = day("2020-06-01");
    leader.remark = "县委巡察办推荐";
    model::PoolMembership expert;
    expert.pool_id = catalog.pools[2].id;
    expert.status = model::MembershipStatus::exited;
    expert.entry_date = day("2018-01-01");
    expert.exit_date = day("2021-12-31");
    expert.exit_reason = "岗位变动";
    p.memberships = {leader, expert};
    return p;
}

model::Person plain_person(const std::string& name, const std::string& id_number, model::UnitId unit)
{
    model::Person p;
    p.name = name;
    p.id_number = id_number;
    p.unit_id = unit;
    return p;
}

}  // namespace xuncha::test
