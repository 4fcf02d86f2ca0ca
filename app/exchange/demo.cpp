#include "app/exchange/demo.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstddef>
#include <string>

namespace xuncha::app {

// Generated from assets/demo/county.json at build time (cmake/EmbedFile.cmake).
namespace embedded {
extern const std::string_view demo_county_chunks[];
extern const std::size_t demo_county_chunk_count;
}  // namespace embedded

std::string_view demo_dataset()
{
    static const std::string text = [] {
        std::string joined;
        for (std::size_t i = 0; i < embedded::demo_county_chunk_count; ++i)
            joined += embedded::demo_county_chunks[i];
        return joined;
    }();
    return text;
}

ImportReport load_demo(db::Database& database)
{
    return load_demo(database, boost::gregorian::day_clock::local_day());
}

ImportReport load_demo(db::Database& database, const model::Date& today)
{
    if (!database.is_empty()) {
        ImportReport report;
        report.problems.push_back({"$", "数据库中已有人员或单位；示范数据只能载入空数据库，未写入任何内容"});
        return report;
    }
    return import_dataset(database, demo_dataset(), today);
}

}  // namespace xuncha::app
