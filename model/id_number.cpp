#include "model/id_number.h"

#include <algorithm>
#include <array>

namespace xuncha::model {
namespace {

bool is_decimal_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

char id_number_check_char(std::string_view first17)
{
    static constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr std::string_view check_chars = "10X98765432";
    if (first17.size() != 17) return '\0';
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i) {
        if (!is_decimal_digit(first17[i])) return '\0';
        sum += (first17[i] - '0') * weights[i];
    }
    return check_chars[static_cast<std::size_t>(sum % 11)];
}

IdNumberInfo check_id_number(std::string_view number)
{
    IdNumberInfo info;
    if (number.size() != 18) {
        info.error = IdNumberError::bad_format;
        return info;
    }
    for (std::size_t i = 0; i < 17; ++i) {
        if (!is_decimal_digit(number[i])) {
            info.error = IdNumberError::bad_format;
            return info;
        }
    }
    char last = number[17];
    if (last == 'x') last = 'X';
    if (!is_decimal_digit(last) && last != 'X') {
        info.error = IdNumberError::bad_format;
        return info;
    }
    const std::string digits(number.substr(6, 8));
    const auto birth = parse_iso_date(digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" + digits.substr(6, 2));
    if (!birth) {
        info.error = IdNumberError::bad_birth_date;
        return info;
    }
    info.birth_date = birth;
    info.male = (number[16] - '0') % 2 == 1;
    if (id_number_check_char(number.substr(0, 17)) != last) info.error = IdNumberError::bad_checksum;
    return info;
}

std::string mask_id_number(std::string_view number)
{
    // Only ASCII is kept in part: masking must never split a multi-byte character.
    const bool ascii = std::all_of(number.begin(), number.end(), [](char c) { return (c & 0x80) == 0; });
    if (!ascii || number.size() <= 10) return std::string(ascii ? number.size() : 8, '*');
    std::string masked(number);
    for (std::size_t i = 6; i + 4 < masked.size(); ++i) masked[i] = '*';
    return masked;
}

}  // namespace xuncha::model
