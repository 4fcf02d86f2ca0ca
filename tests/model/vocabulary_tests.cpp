#include "model/audit.h"
#include "model/kinship.h"
#include "model/person.h"
#include "model/pool.h"
#include "model/rank.h"
#include "model/specialty.h"
#include "model/unit.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace xuncha::model;

namespace {

// Every term of a vocabulary has a unique code and Chinese name, and codes read back to the same value.
template <class E>
void check_vocabulary()
{
    std::set<std::string_view> codes;
    std::set<std::string_view> names;
    std::set<E> values;
    for (const auto& t : terms<E>()) {
        CHECK(codes.insert(t.code).second);
        CHECK(values.insert(t.value).second);
        if (!t.zh.empty()) CHECK(names.insert(t.zh).second);
        CHECK_FALSE(t.en.empty());
        CHECK(from_code<E>(t.code) == t.value);
        CHECK(code_of(t.value) == t.code);
        if (!t.zh.empty()) CHECK(from_zh_name<E>(t.zh) == t.value);
    }
    CHECK_FALSE(from_code<E>("no-such-code"));
}

}  // namespace

TEST_CASE("every vocabulary has unique codes and names that read back", "[vocabulary]")
{
    check_vocabulary<Gender>();
    check_vocabulary<PoliticalStatus>();
    check_vocabulary<EducationLevel>();
    check_vocabulary<Degree>();
    check_vocabulary<Rank>();
    check_vocabulary<UnitType>();
    check_vocabulary<PoolKind>();
    check_vocabulary<MembershipStatus>();
    check_vocabulary<KinshipClass>();
    check_vocabulary<AuditAction>();
}

TEST_CASE("grades rank with the leadership post they are equivalent to", "[rank]")
{
    CHECK(rank_at_least(Rank::section, Rank::section));
    CHECK(rank_at_least(Rank::principal_staff_2, Rank::section));
    CHECK(rank_at_least(Rank::principal_staff_1, Rank::section));
    CHECK_FALSE(rank_at_least(Rank::principal_staff_3, Rank::section));
    CHECK(rank_at_least(Rank::principal_staff_3, Rank::deputy_section));
    CHECK_FALSE(rank_at_least(Rank::staff_1, Rank::deputy_section));
    CHECK(rank_at_least(Rank::deputy_division, Rank::section));
    CHECK_FALSE(rank_at_least(Rank::none, Rank::clerk));
    CHECK(rank_level(Rank::bureau) > rank_level(Rank::division));
    CHECK(zh_name(Rank::section) == "正科级");
}

TEST_CASE("relative titles map to the four kinship classes of the avoidance rules", "[kinship]")
{
    CHECK(kinship_class_of("配偶") == KinshipClass::spouse);
    for (const char* title : {"父亲", "母亲", "儿子", "女儿", "祖父", "外孙女"}) CHECK(kinship_class_of(title) == KinshipClass::lineal);
    for (const char* title : {"兄", "弟", "姐", "妹", "堂兄", "表妹", "侄子", "外甥", "姑母"})
        CHECK(kinship_class_of(title) == KinshipClass::collateral);
    for (const char* title : {"岳父", "公公", "儿媳", "女婿", "姐夫", "嫂子"}) CHECK(kinship_class_of(title) == KinshipClass::in_law);
    CHECK(kinship_class_of("其他") == KinshipClass::other);
    CHECK(kinship_class_of("同学") == KinshipClass::other);

    std::set<std::string_view> seen;
    for (const auto& t : relative_titles()) {
        CHECK_FALSE(t.zh.empty());
        CHECK(seen.insert(t.zh).second);
    }
    CHECK(relative_titles().back().zh == "其他");
}

TEST_CASE("a new database is seeded with the three pools and the specialties local rules name", "[catalog]")
{
    const auto pools = default_pools();
    REQUIRE(pools.size() == 3);
    CHECK(pools[0].kind == PoolKind::leader);
    CHECK(pools[1].kind == PoolKind::talent);
    CHECK(pools[2].kind == PoolKind::expert);
    const auto specialties = default_specialty_names();
    CHECK(specialties.size() == 14);
    CHECK(std::find(specialties.begin(), specialties.end(), "纪检监察") != specialties.end());
    CHECK(std::find(specialties.begin(), specialties.end(), "组织人事") != specialties.end());
}
