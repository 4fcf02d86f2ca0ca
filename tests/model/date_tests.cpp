#include "model/date.h"

#include <catch2/catch.hpp>

using namespace xuncha::model;

TEST_CASE("ISO dates are read strictly and impossible days are refused", "[date]")
{
    CHECK(parse_iso_date("2024-02-29") == Date(2024, 2, 29));
    CHECK(parse_iso_date("1980-05-01") == Date(1980, 5, 1));
    CHECK_FALSE(parse_iso_date("2023-02-29"));
    CHECK_FALSE(parse_iso_date("2024-02-30"));
    CHECK_FALSE(parse_iso_date("2024-13-01"));
    CHECK_FALSE(parse_iso_date("2024-2-3"));
    CHECK_FALSE(parse_iso_date("2024/02/03"));
    CHECK_FALSE(parse_iso_date("2024-02-03 "));
    CHECK_FALSE(parse_iso_date(""));
    CHECK_FALSE(parse_iso_date("abcd-ef-gh"));
}

TEST_CASE("dates are accepted in the forms office staff type", "[date]")
{
    const Date may_first(1980, 5, 1);
    for (const char* text : {"1980-05-01", "1980-5-1", "1980.05.01", "1980.5.1", "1980/5/1", "19800501",
                             "1980年5月1日", "1980年05月01日", " 1980-05-01 "}) {
        INFO(text);
        CHECK(parse_user_date(text) == may_first);
    }
    for (const char* text : {"", "1980", "1980-05", "1980-5/1", "1980.13.01", "1980-02-30", "80-5-1", "1980年5月",
                             "19800532", "1980-05-01x", "五月一日"}) {
        INFO(text);
        CHECK_FALSE(parse_user_date(text));
    }
}

TEST_CASE("dates print as ISO text and as the year and month official lists show", "[date]")
{
    CHECK(to_iso(Date(1980, 5, 1)) == "1980-05-01");
    CHECK(to_iso(std::optional<Date>{}).empty());
    CHECK(to_year_month(Date(1980, 5, 1)) == "1980.05");
}

TEST_CASE("age counts completed years and a 29 February birthday is reached on 28 February", "[date]")
{
    CHECK(age_on(Date(1980, 5, 1), Date(2020, 4, 30)) == 39);
    CHECK(age_on(Date(1980, 5, 1), Date(2020, 5, 1)) == 40);
    CHECK(age_on(Date(2000, 2, 29), Date(2018, 2, 27)) == 17);
    CHECK(age_on(Date(2000, 2, 29), Date(2018, 2, 28)) == 18);
    CHECK(age_on(Date(2000, 2, 29), Date(2020, 2, 28)) == 19);
    CHECK(age_on(Date(2000, 2, 29), Date(2020, 2, 29)) == 20);
}

TEST_CASE("adding years keeps the calendar day, 29 February becoming 28 February", "[date]")
{
    CHECK(add_years(Date(2021, 3, 15), -3) == Date(2018, 3, 15));
    CHECK(add_years(Date(2024, 2, 29), -3) == Date(2021, 2, 28));
    CHECK(add_years(Date(2024, 2, 29), 4) == Date(2028, 2, 29));
}
