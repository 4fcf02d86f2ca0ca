#include "model/date.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace xuncha::model {
namespace {

std::optional<Date> make_date(int year, int month, int day)
{
    if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
    if (day > boost::gregorian::gregorian_calendar::end_of_month_day(year, month)) return std::nullopt;
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

// Reads 1..max_digits digits at `pos`; returns -1 when there are none.
int read_number(std::string_view text, std::size_t& pos, std::size_t max_digits)
{
    int value = 0;
    std::size_t count = 0;
    while (pos < text.size() && is_digit(text[pos]) && count < max_digits) {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++count;
    }
    return count == 0 ? -1 : value;
}

bool consume(std::string_view text, std::size_t& pos, std::string_view token)
{
    if (text.substr(pos, token.size()) != token) return false;
    pos += token.size();
    return true;
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!is_digit(text[i])) return std::nullopt;
    std::size_t pos = 0;
    const int year = read_number(text, pos, 4);
    pos = 5;
    const int month = read_number(text, pos, 2);
    pos = 8;
    const int day = read_number(text, pos, 2);
    return make_date(year, month, day);
}

std::optional<Date> parse_user_date(std::string_view text)
{
    text = trim(text);
    if (text.empty()) return std::nullopt;

    // 19800501
    if (text.size() == 8 && std::all_of(text.begin(), text.end(), is_digit)) {
        std::size_t pos = 0;
        const int year = read_number(text, pos, 4);
        const int month = read_number(text, pos, 2);
        const int day = read_number(text, pos, 2);
        return make_date(year, month, day);
    }

    // 1980-5-1, 1980.05.01, 1980/5/1, 1980年5月1日 (the separators must agree, except the Chinese form)
    std::size_t pos = 0;
    const int year = read_number(text, pos, 4);
    if (year < 0 || pos != 4) return std::nullopt;
    static constexpr std::array<std::string_view, 3> plain_separators{"-", ".", "/"};
    for (const auto sep : plain_separators) {
        std::size_t p = pos;
        if (!consume(text, p, sep)) continue;
        const int month = read_number(text, p, 2);
        if (month < 0 || !consume(text, p, sep)) return std::nullopt;
        const int day = read_number(text, p, 2);
        if (day < 0 || p != text.size()) return std::nullopt;
        return make_date(year, month, day);
    }
    if (consume(text, pos, "年")) {
        const int month = read_number(text, pos, 2);
        if (month < 0 || !consume(text, pos, "月")) return std::nullopt;
        const int day = read_number(text, pos, 2);
        if (day < 0) return std::nullopt;
        consume(text, pos, "日") || consume(text, pos, "号");
        if (pos != text.size()) return std::nullopt;
        return make_date(year, month, day);
    }
    return std::nullopt;
}

std::string to_iso(const Date& date)
{
    if (date.is_special()) return {};
    // Digit by digit rather than snprintf: the audit and the database write hundreds of thousands of
    // dates in a bulk create or an import. Gregorian years are 1400–9999 here: always four digits.
    const auto ymd = date.year_month_day();
    const auto year = static_cast<unsigned>(static_cast<int>(ymd.year));
    const auto month = static_cast<unsigned>(ymd.month);
    const auto day = static_cast<unsigned>(ymd.day);
    const char text[10] = {static_cast<char>('0' + year / 1000 % 10), static_cast<char>('0' + year / 100 % 10),
                           static_cast<char>('0' + year / 10 % 10),   static_cast<char>('0' + year % 10),
                           '-',
                           static_cast<char>('0' + month / 10),       static_cast<char>('0' + month % 10),
                           '-',
                           static_cast<char>('0' + day / 10),         static_cast<char>('0' + day % 10)};
    return std::string(text, sizeof text);  // short enough to need no allocation
}

std::string to_iso(const std::optional<Date>& date) { return date ? to_iso(*date) : std::string{}; }

std::string to_year_month(const Date& date)
{
    if (date.is_special()) return {};
    const auto ymd = date.year_month_day();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d.%02d", static_cast<int>(ymd.year), static_cast<int>(ymd.month));
    return buffer;
}

Date add_years(const Date& date, int years)
{
    const auto ymd = date.year_month_day();
    const int year = static_cast<int>(ymd.year) + years;
    const int last = boost::gregorian::gregorian_calendar::end_of_month_day(year, ymd.month);
    const int day = std::min<int>(ymd.day, last);
    return Date(static_cast<unsigned short>(year), ymd.month, static_cast<unsigned short>(day));
}

int age_on(const Date& birth, const Date& on)
{
    int years = static_cast<int>(on.year()) - static_cast<int>(birth.year());
    if (years > 0 && add_years(birth, years) > on) --years;
    if (years < 0) return 0;
    return years;
}

}  // namespace xuncha::model
