#include "model/id_number.h"

#include <catch2/catch.hpp>

using namespace xuncha::model;

TEST_CASE("valid ID numbers pass and give the embedded birth date and sex", "[id_number]")
{
    const auto a = check_id_number("11010519491231002X");
    CHECK(a.error == IdNumberError::none);
    CHECK(a.birth_date == Date(1949, 12, 31));
    CHECK_FALSE(a.male);  // sequence 002: even

    const auto b = check_id_number("440524188001010014");
    CHECK(b.error == IdNumberError::none);
    CHECK(b.birth_date == Date(1880, 1, 1));
    CHECK(b.male);  // sequence 001: odd

    CHECK(check_id_number("11010519491231002x").error == IdNumberError::none);
}

TEST_CASE("the check character follows ISO 7064 MOD 11-2", "[id_number]")
{
    CHECK(id_number_check_char("11010519491231002") == 'X');
    CHECK(id_number_check_char("44052418800101001") == '4');
    CHECK(id_number_check_char("4405241880010100") == '\0');
    CHECK(id_number_check_char("4405241880010100a") == '\0');
}

TEST_CASE("malformed ID numbers are named by what is wrong with them", "[id_number]")
{
    CHECK(check_id_number("110105194912310021").error == IdNumberError::bad_checksum);
    CHECK(check_id_number("440524188001010015").error == IdNumberError::bad_checksum);
    CHECK(check_id_number("11010519491231002").error == IdNumberError::bad_format);
    CHECK(check_id_number("11010519491231002XX").error == IdNumberError::bad_format);
    CHECK(check_id_number("1101051949123100AX").error == IdNumberError::bad_format);
    CHECK(check_id_number("11010519491231002Y").error == IdNumberError::bad_format);
    CHECK(check_id_number("110105194902300021").error == IdNumberError::bad_birth_date);
}

TEST_CASE("ID numbers are masked except the area code and the last four characters", "[id_number]")
{
    CHECK(mask_id_number("11010519491231002X") == "110105********002X");
    CHECK(mask_id_number("12345") == "*****");
    CHECK(mask_id_number("") == "");
    CHECK(mask_id_number("身份证号码一二三四五六七八") == "********");
}
