#pragma once
// Closed vocabularies of the domain (性别, 政治面貌, 职级, 单位类型...). Each term has a stable code
// (stored in the database and in exchange files), its official Chinese name, and an English name
// for the English interface.

#include <algorithm>
#include <optional>
#include <span>
#include <string_view>

namespace xuncha::model {

template <class E>
struct Term {
    E value;
    std::string_view code;
    std::string_view zh;
    std::string_view en;
};

// Specialised for every vocabulary enum (definitions in vocabulary.cpp), in display order.
template <class E>
std::span<const Term<E>> terms();

template <class E>
const Term<E>& term(E value)
{
    const auto all = terms<E>();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Term<E>& t) { return t.value == value; });
    return it != all.end() ? *it : all.front();
}

template <class E>
std::string_view code_of(E value) { return term(value).code; }

template <class E>
std::string_view zh_name(E value) { return term(value).zh; }

template <class E>
std::optional<E> from_code(std::string_view code)
{
    for (const auto& t : terms<E>())
        if (t.code == code) return t.value;
    return std::nullopt;
}

// Accepts the Chinese name as office spreadsheets write it.
template <class E>
std::optional<E> from_zh_name(std::string_view name)
{
    for (const auto& t : terms<E>())
        if (t.zh == name) return t.value;
    return std::nullopt;
}

}  // namespace xuncha::model
