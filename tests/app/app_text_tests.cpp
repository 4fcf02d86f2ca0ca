// app/text: the .mo reader the command line translates the audit trail with, the shared labels, times.
#include "app/text/audit_labels.h"
#include "app/text/message_catalog.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

using namespace xuncha;
using app::MessageCatalog;

namespace {

// A .mo file as msgfmt writes it (no hash table), little- or big-endian.
std::string mo_bytes(const std::vector<std::pair<std::string, std::string>>& messages, bool big_endian = false)
{
    std::string out;
    const auto put = [&](std::uint32_t value) {
        for (int i = 0; i < 4; ++i) {
            const int shift = big_endian ? 8 * (3 - i) : 8 * i;
            out += static_cast<char>((value >> shift) & 0xff);
        }
    };
    const auto count = static_cast<std::uint32_t>(messages.size());
    const std::uint32_t originals = 28, translations = originals + 8 * count;
    std::uint32_t data = translations + 8 * count;
    put(0x950412de);
    put(0);
    put(count);
    put(originals);
    put(translations);
    put(0);
    put(data);
    std::string strings;
    const auto table = [&](bool translated) {
        for (const auto& [id, text] : messages) {
            const auto& s = translated ? text : id;
            put(static_cast<std::uint32_t>(s.size()));
            put(data + static_cast<std::uint32_t>(strings.size()));
            strings += s;
            strings += '\0';
        }
    };
    table(false);
    table(true);
    return out + strings;
}

std::filesystem::path write_temp(const std::string& name, const std::string& bytes)
{
    const auto path = std::filesystem::temp_directory_path() / (name + "-" + std::to_string(getpid()) + ".mo");
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

}  // namespace

TEST_CASE("a compiled catalogue is read in either byte order; what it lacks stays as it is", "[cli][text]")
{
    const std::vector<std::pair<std::string, std::string>> messages{
        {"", "Content-Type: text/plain; charset=UTF-8\n"}, {"Person", "人员"}, {"Work history", "工作经历"}};
    for (const bool big_endian : {false, true}) {
        INFO("big-endian " << big_endian);
        const auto path = write_temp("catalog", mo_bytes(messages, big_endian));
        const auto catalog = MessageCatalog::load(path);
        std::filesystem::remove(path);
        REQUIRE(catalog);
        CHECK(catalog->size() == 2);  // the header is no message
        CHECK(catalog->translate("Person") == "人员");
        CHECK(catalog->translate("Work history") == "工作经历");
        CHECK(catalog->translate("Post") == "Post");
    }
}

TEST_CASE("a damaged or missing catalogue is refused instead of read past its end", "[cli][text]")
{
    const auto good = mo_bytes({{"Person", "人员"}});
    CHECK_FALSE(MessageCatalog::load("/nonexistent/xuncha.mo"));
    for (const auto& [what, bytes] : std::vector<std::pair<const char*, std::string>>{
             {"empty", ""},
             {"not a catalogue", "这不是翻译文件，只是一段文字。"},
             {"cut inside the tables", good.substr(0, 40)},
             {"cut inside the strings", good.substr(0, good.size() - 5)}}) {
        INFO(what);
        const auto path = write_temp("damaged", bytes);
        CHECK_FALSE(MessageCatalog::load(path));
        std::filesystem::remove(path);
    }
}

TEST_CASE("the command line finds the zh_CN catalogue the build compiled, with the audit labels in it", "[cli][text]")
{
    const auto catalog = MessageCatalog::find_zh_cn();
    REQUIRE(catalog);
    CHECK(catalog->translate(app::audit_entity_msgid("avoidance_case")) == "回避事项");
    // Every label the audit trail can show is translated: a part left in English would show in the
    // command line's Chinese output.
    for (const auto& [entity, field] : std::vector<std::pair<const char*, const char*>>{
             {"person", "name"},
             {"person", "work_history.12.post"},
             {"person", "membership.3.step.7"},
             {"person", "relative.4.title"},
             {"unit", "leader.2.name"},
             {"round", "group.5.members"},
             {"settings", "review.declined_threshold"},
             {"avoidance_case", "acknowledged_on"}}) {
        INFO(entity << " " << field);
        const auto parts = app::audit_field_parts(entity, field);
        REQUIRE_FALSE(parts.empty());
        for (const auto& part : parts) {
            CHECK(part.msgid);
            CHECK(catalog->translate(part.text) != part.text);
        }
    }
    const auto unknown = app::audit_field_parts("person", "something_new.2.odd");
    REQUIRE(unknown.size() == 2);
    CHECK_FALSE(unknown[0].msgid);
    CHECK(unknown[0].text == "something_new");
    CHECK(unknown[1].text == "odd");

    // Joined as both programs show them: message ids through the program's catalogue, the rest as is.
    const auto zh = [&](std::string_view msgid) { return std::string(catalog->translate(msgid)); };
    CHECK(app::audit_field_text("person", "work_history.12.post", zh) == "工作经历 › 职务");
    CHECK(app::audit_field_text("person", "name", zh) == "姓名");
    CHECK(app::audit_field_text("person", "something_new.2.odd", zh) == "something_new › odd");
}

TEST_CASE("audit times are shown in local time, the day by local time too", "[cli][text]")
{
    // China Standard Time without the tz database: eight hours east of UTC.
    const char* saved = std::getenv("TZ");
    const std::string previous = saved ? saved : "";
    setenv("TZ", "CST-8", 1);
    tzset();
    CHECK(app::audit_local_time("2026-11-28T17:30:05Z") == "2026-11-29 01:30:05");
    CHECK(app::audit_local_day("2026-11-28T17:30:05Z") == "2026-11-29");
    CHECK(app::audit_local_day("2026-11-28T15:59:59Z") == "2026-11-28");
    CHECK(app::audit_local_time("yesterday") == "yesterday");
    if (saved) setenv("TZ", previous.c_str(), 1);
    else unsetenv("TZ");
    tzset();
}
