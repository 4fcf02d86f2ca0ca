#pragma once
// 公民身份号码 (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit sequence (odd: male),
// check character by ISO 7064 MOD 11-2.

#include "model/date.h"

#include <optional>
#include <string>
#include <string_view>

namespace xuncha::model {

enum class IdNumberError {
    none,
    bad_format,        // not 17 digits followed by a digit or X
    bad_birth_date,    // the embedded date is not a real day
    bad_checksum,      // the 18th character does not match
};

struct IdNumberInfo {
    IdNumberError error = IdNumberError::none;
    std::optional<Date> birth_date;  // when the format and date are good
    bool male = false;               // from the sequence digit
};

// Checks an 18-character number (a lower-case x is accepted as X).
IdNumberInfo check_id_number(std::string_view number);

// The check character for the first 17 digits; '\0' if they are not 17 digits.
char id_number_check_char(std::string_view first17);

// "110105********002X": first 6 and last 4 characters kept. Short input is masked whole.
std::string mask_id_number(std::string_view number);

}  // namespace xuncha::model
