#pragma once
// Bound buffers for SOCI: nullable values (SOCI has no std::optional exchange), and conversions
// between model values and their stored form (vocabulary codes, ISO dates, 0/1 flags).

#include "db/db_error.h"
#include "model/date.h"
#include "model/ids.h"
#include "model/vocabulary.h"

#include <soci/soci.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace xuncha::db::internal {

// A nullable text column: ISO dates, optional codes.
struct NullableText {
    std::string value;
    soci::indicator indicator = soci::i_null;

    void set(const std::optional<model::Date>& date)
    {
        if (date) {
            value = model::to_iso(*date);
            indicator = soci::i_ok;
        }
        else {
            clear();
        }
    }
    void set_code(std::optional<std::string_view> code)
    {
        if (code) {
            value = std::string(*code);
            indicator = soci::i_ok;
        }
        else {
            clear();
        }
    }
    void clear()
    {
        value.clear();
        indicator = soci::i_null;
    }
    bool is_null() const { return indicator == soci::i_null; }
};

// A nullable reference column.
struct NullableId {
    long long value = 0;
    soci::indicator indicator = soci::i_null;

    template <class Tag>
    void set(const std::optional<model::Id<Tag>>& id)
    {
        value = id ? id->value() : 0;
        indicator = id ? soci::i_ok : soci::i_null;
    }
    template <class Tag>
    std::optional<model::Id<Tag>> get() const
    {
        if (indicator == soci::i_null) return std::nullopt;
        return model::Id<Tag>(value);
    }
};

// A BLOB (SQLite) or bytea (PostgreSQL) column, for writing. SQLite binds `data` in place; SOCI hands
// PostgreSQL its parameters as text, so there the bytes travel as bytea's hex input form in
// `postgresql_text` (see postgresql_bytea_text() in dialect.h), filled only for that backend.
struct Bytes {
    std::shared_ptr<const std::string> data;
    std::string postgresql_text;
};

// A stored date back to a value; a malformed one means the database was edited by hand.
inline std::optional<model::Date> to_date(std::string_view text, const char* column)
{
    if (text.empty()) return std::nullopt;
    auto date = model::parse_iso_date(text);
    if (!date)
        throw DbError(DbError::Category::query,
                      "The stored date \"" + std::string(text) + "\" in " + column + " is not a valid date.");
    return date;
}

inline std::optional<model::Date> to_date(const NullableText& text, const char* column)
{
    return text.is_null() ? std::nullopt : to_date(text.value, column);
}

template <class E>
E decode(std::string_view code, const char* column)
{
    if (const auto value = model::from_code<E>(code)) return *value;
    throw DbError(DbError::Category::query,
                  "The stored code \"" + std::string(code) + "\" in " + column + " is not one this program knows.");
}

inline std::string encode(auto value) { return std::string(model::code_of(value)); }

// Placeholders are the column names without underscores (":birthdate"): no name is then the
// start of another one followed by '_', which SOCI's parser is known to confuse.
inline std::string placeholder(std::string_view column)
{
    std::string name;
    for (const char c : column)
        if (c != '_') name += c;
    return name;
}

// Row structs describe their columns once, in visit(f), calling f(column, buffer) for each; the
// helpers below turn that into SQL text and into SOCI exchanges, so the two cannot drift apart.

struct ColumnText {
    std::string names;         // "a, b"
    std::string placeholders;  // ":a, :b"
    std::string assignments;   // "a = :a, b = :b"

    void operator()(std::string_view column, const auto&)
    {
        const std::string separator = names.empty() ? "" : ", ";
        names += separator + std::string(column);
        placeholders += separator + ":" + placeholder(column);
        assignments += separator + std::string(column) + " = :" + placeholder(column);
    }
};

template <class Row>
ColumnText column_text()
{
    Row row;
    ColumnText text;
    row.visit(text);
    return text;
}

// Binds each column's buffer as a use() parameter named after the column.
struct UseBinder {
    soci::statement& statement;

    template <class T>
    void operator()(std::string_view column, T& value)
    {
        statement.exchange(soci::use(value, placeholder(column)));
    }
    void operator()(std::string_view column, NullableText& value)
    {
        statement.exchange(soci::use(value.value, value.indicator, placeholder(column)));
    }
    void operator()(std::string_view column, NullableId& value)
    {
        statement.exchange(soci::use(value.value, value.indicator, placeholder(column)));
    }
    void operator()(std::string_view column, Bytes& value)
    {
        statement.exchange(soci::use(value.postgresql_text, placeholder(column)));
    }
};

// Binds each column's buffer as an into() target, in visiting order.
struct IntoBinder {
    soci::statement& statement;

    template <class T>
    void operator()(std::string_view, T& value)
    {
        statement.exchange(soci::into(value));
    }
    void operator()(std::string_view, NullableText& value) { statement.exchange(soci::into(value.value, value.indicator)); }
    void operator()(std::string_view, NullableId& value) { statement.exchange(soci::into(value.value, value.indicator)); }
};

// Finishes a statement whose exchanges were added one by one.
inline void prepare_statement(soci::statement& statement, const std::string& sql)
{
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
}

// Runs "SELECT [id, ]<Row's columns> <rest>" (`rest`: FROM, WHERE, ORDER BY; `key`, when given, binds
// :key) and calls each(id, row) for every result row, id 0 when `with_id` is false. The row buffer is
// reused: `each` copies out what it keeps.
template <class Row, class Each>
void select_rows(soci::session& session, bool with_id, const std::string& rest, std::optional<long long> key, Each each)
{
    Row row;
    long long id = 0;
    long long bound_key = key.value_or(0);
    soci::statement select(session);
    if (with_id) select.exchange(soci::into(id));
    IntoBinder into{select};
    row.visit(into);
    if (key) select.exchange(soci::use(bound_key, "key"));
    prepare_statement(select, std::string("SELECT ") + (with_id ? "id, " : "") + column_text<Row>().names + " " + rest);
    select.execute();
    while (select.fetch()) each(id, row);
}

}  // namespace xuncha::db::internal
