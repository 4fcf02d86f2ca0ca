#include "model/pinyin.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace xuncha::model;

TEST_CASE("names get space-separated syllables and initials", "[pinyin]")
{
    const auto zhang = name_pinyin("张三");
    CHECK(zhang.syllables == "zhang san");
    CHECK(zhang.initials == "zs");
    CHECK(name_pinyin("欧阳修").syllables == "ou yang xiu");
    CHECK(name_pinyin("阿依古丽·买买提").initials == "ayglmmt");
    CHECK(name_pinyin("").syllables.empty());
}

TEST_CASE("surnames use their surname readings", "[pinyin]")
{
    CHECK(name_pinyin("单雄信").syllables.starts_with("shan/"));
    CHECK(name_pinyin("曾国藩").syllables.starts_with("zeng/"));
    CHECK(name_pinyin("解缙").syllables.starts_with("xie/"));
    CHECK(name_pinyin("仇英").syllables.starts_with("qiu/"));
    CHECK(name_pinyin("王国藩").syllables == "wang guo fan");
    CHECK(name_pinyin("万俟卨").syllables.rfind("mo qi", 0) == 0);
    CHECK(name_pinyin("长孙无忌").syllables.rfind("zhang sun", 0) == 0);
}

namespace {

bool finds(const char* query, const char* name)
{
    const auto pinyin = name_pinyin(name);
    return NameQuery(query).matches(name, pinyin.syllables, pinyin.initials);
}

}  // namespace

TEST_CASE("a search finds a name by full pinyin, initials, or a mix", "[pinyin]")
{
    for (const char* query : {"zhang", "zhangsan", "zhangs", "zs", "zhs", "san", "s", "z", "ZHANG", "zhang san", "张",
                              "三", "张三"}) {
        INFO(query);
        CHECK(finds(query, "张三"));
    }
    for (const char* query : {"hang", "zhangsi", "zsx", "sz", "an", "李", "zhangsann"}) {
        INFO(query);
        CHECK_FALSE(finds(query, "张三"));
    }
}

TEST_CASE("ü is found by v or u, and surname readings are searchable", "[pinyin]")
{
    CHECK(finds("lv", "吕布"));
    CHECK(finds("lu", "吕布"));
    CHECK(finds("shan", "单雄信"));
    CHECK(name_pinyin("单雄信").initials == "sxx");
    CHECK(finds("zeng", "曾国藩"));
    CHECK(finds("zgf", "曾国藩"));
}

TEST_CASE("an empty search finds everyone", "[pinyin]")
{
    CHECK(NameQuery("").empty());
    CHECK(NameQuery("  ").empty());
    CHECK(finds("", "张三"));
}

TEST_CASE("a polyphonic character is found by each of its name readings", "[pinyin]")
{
    CHECK(name_pinyin("宋长青").syllables == "song chang/zhang qing");
    CHECK(name_pinyin("宋长青").initials == "scq");
    CHECK(finds("changqing", "宋长青"));
    CHECK(finds("scq", "宋长青"));
    CHECK(finds("zhangqing", "宋长青"));
    CHECK(finds("chaoyang", "李朝阳"));
    CHECK(finds("zhaoyang", "李朝阳"));
    CHECK(name_pinyin("单田芳").syllables == "shan/dan/chan tian fang");  // the surname reading first
    CHECK(finds("dtf", "单田芳"));
    CHECK_FALSE(finds("changq", "宋长江"));
}

TEST_CASE("a thread whose transliterators were prepared elsewhere reads names as any other", "[pinyin]")
{
    // Each thread has its own ICU transliterators; prepare_name_pinyin() builds a new thread's on a
    // third one. Both readings, surname and given name, must come out as without it.
    NamePinyin prepared;
    NamePinyin twice;
    std::thread([&] {
        prepare_name_pinyin();
        prepare_name_pinyin();  // a second call changes nothing
        prepared = name_pinyin("单雄信");
        twice = name_pinyin("曾长乐");
    }).join();
    CHECK(prepared.syllables == name_pinyin("单雄信").syllables);
    CHECK(prepared.syllables.starts_with("shan/"));
    CHECK(prepared.initials == "sxx");
    CHECK(twice.syllables == name_pinyin("曾长乐").syllables);
}
