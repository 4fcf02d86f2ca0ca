#pragma once
// Calendar dates: boost::gregorian::date, stored and exchanged as ISO "YYYY-MM-DD".

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace xuncha::model {

using Date = boost::gregorian::date;

// Strict ISO 8601 calendar date, exactly "YYYY-MM-DD"; nullopt for anything else or an impossible day.
std::optional<Date> parse_iso_date(std::string_view text);

// What office staff type: 1980-05-01, 1980-5-1, 1980.05.01, 1980/5/1, 19800501, 1980年5月1日.
// Surrounding spaces are ignored. nullopt when the text is not a real day.
std::optional<Date> parse_user_date(std::string_view text);

std::string to_iso(const Date& date);                      // "1980-05-01"
std::string to_iso(const std::optional<Date>& date);       // "" for no date
std::string to_year_month(const Date& date);               // "1980.05", as official lists print 出生年月

// Whole years completed on `on` (a birthday on 29 Feb counts on 28 Feb in common years).
int age_on(const Date& birth, const Date& on);

// The same calendar day `years` later (negative: earlier); 29 Feb becomes 28 Feb in a common year.
Date add_years(const Date& date, int years);

}  // namespace xuncha::model
