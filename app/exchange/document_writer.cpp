#include "app/exchange/document_writer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace xuncha::app {
namespace {

using Json = nlohmann::ordered_json;

Json date_value(const std::optional<model::Date>& date)
{
    return date ? Json(model::to_iso(*date)) : Json(nullptr);
}

template <class Id>
Json id_value(const std::optional<Id>& id)
{
    return id ? Json(id->value()) : Json(nullptr);
}

Json education_value(const model::Education& education)
{
    Json out;
    out["level"] = model::code_of(education.level);
    out["degree"] = model::code_of(education.degree);
    out["school"] = education.school;
    out["major"] = education.major;
    return out;
}

class Writer {
public:
    explicit Writer(const Dataset& dataset) : m_dataset(dataset)
    {
        for (std::size_t i = 0; i < dataset.specialties.size(); ++i)
            m_specialty_position.emplace(dataset.specialties[i].id, i);
        for (std::size_t i = 0; i < dataset.pools.size(); ++i) m_pool_position.emplace(dataset.pools[i].id, i);
        for (const auto& unit : dataset.units) m_unit_ids.insert(unit.id);
    }

    Json document() const
    {
        Json out;
        out["format"] = exchange_format_name;
        out["version"] = exchange_format_version;
        out["exported_at"] = m_dataset.exported_at;
        if (!m_dataset.note.empty()) out["note"] = m_dataset.note;

        out["specialties"] = Json::array();
        for (const auto& specialty : m_dataset.specialties) {
            Json item;
            item["name"] = specialty.name;
            item["sort_order"] = specialty.sort_order;
            out["specialties"].push_back(std::move(item));
        }
        out["pools"] = Json::array();
        for (const auto& pool : m_dataset.pools) {
            Json item;
            item["name"] = pool.name;
            item["kind"] = model::code_of(pool.kind);
            item["description"] = pool.description;
            item["sort_order"] = pool.sort_order;
            out["pools"].push_back(std::move(item));
        }
        out["units"] = Json::array();
        for (const auto& unit : m_dataset.units) out["units"].push_back(unit_value(unit));
        out["people"] = Json::array();
        for (const auto& person : m_dataset.people) out["people"].push_back(person_value(person));
        return out;
    }

private:
    Json unit_ref(const std::optional<model::UnitId>& id) const
    {
        if (id && !m_unit_ids.contains(*id))
            throw std::invalid_argument("exchange: reference to unit " + std::to_string(id->value()) +
                                        " which the dataset does not contain");
        return id_value(id);
    }

    Json unit_value(const model::Unit& unit) const
    {
        Json out;
        out["id"] = unit.id.value();
        out["name"] = unit.name;
        out["short_name"] = unit.short_name;
        out["type"] = model::code_of(unit.type);
        out["parent"] = unit_ref(unit.parent_id);
        out["supervisor"] = unit_ref(unit.supervisor_id);
        out["jurisdiction"] = unit.jurisdiction;
        out["remark"] = unit.remark;
        out["sort_order"] = unit.sort_order;
        return out;
    }

    Json person_value(const model::Person& person) const
    {
        Json out;
        out["id"] = person.id.value();
        out["name"] = person.name;
        out["gender"] = model::code_of(person.gender);
        out["ethnicity"] = person.ethnicity;
        out["birth_date"] = date_value(person.birth_date);
        out["native_place"] = person.native_place;
        out["birth_place"] = person.birth_place;
        out["political_status"] = model::code_of(person.political_status);
        out["party_join_date"] = date_value(person.party_join_date);
        out["work_start_date"] = date_value(person.work_start_date);
        out["fulltime_education"] = education_value(person.fulltime_education);
        out["inservice_education"] = education_value(person.inservice_education);
        out["professional_title"] = person.professional_title;
        out["expertise"] = person.expertise;
        out["unit"] = unit_ref(person.unit_id);
        out["department"] = person.department;
        out["post"] = person.post;
        out["rank"] = model::code_of(person.rank);
        out["holds_leadership_post"] = person.holds_leadership_post;
        out["mobile"] = person.mobile;
        out["id_number"] = person.id_number;
        out["health"] = person.health;
        out["remark"] = person.remark;

        auto specialties = person.specialties;
        std::stable_sort(specialties.begin(), specialties.end(), [&](model::SpecialtyId a, model::SpecialtyId b) {
            return specialty_position(a) < specialty_position(b);
        });
        out["specialties"] = Json::array();
        for (const auto id : specialties) out["specialties"].push_back(m_dataset.specialties[specialty_position(id)].name);

        out["work_history"] = Json::array();
        for (const auto& entry : person.work_history) {
            Json item;
            item["unit"] = unit_ref(entry.unit_id);
            item["unit_name"] = entry.unit_name;
            item["department"] = entry.department;
            item["post"] = entry.post;
            item["start"] = date_value(entry.start);
            item["end"] = date_value(entry.end);
            item["leadership_member"] = entry.leadership_member;
            item["principal_head"] = entry.principal_head;
            out["work_history"].push_back(std::move(item));
        }

        out["relatives"] = Json::array();
        for (const auto& relative : person.relatives) {
            Json item;
            item["title"] = relative.title;
            item["name"] = relative.name;
            item["birth_date"] = date_value(relative.birth_date);
            item["political_status"] =
                relative.political_status ? Json(model::code_of(*relative.political_status)) : Json(nullptr);
            item["employer_unit"] = unit_ref(relative.employer_unit_id);
            item["employer_name"] = relative.employer_name;
            item["post"] = relative.post;
            item["is_leader"] = relative.is_leader;
            out["relatives"].push_back(std::move(item));
        }

        auto memberships = person.memberships;
        std::stable_sort(memberships.begin(), memberships.end(),
                         [&](const model::PoolMembership& a, const model::PoolMembership& b) {
                             return pool_position(a.pool_id) < pool_position(b.pool_id);
                         });
        out["memberships"] = Json::array();
        for (const auto& membership : memberships) {
            Json item;
            item["pool"] = m_dataset.pools[pool_position(membership.pool_id)].name;
            item["status"] = model::code_of(membership.status);
            item["entry_date"] = date_value(membership.entry_date);
            item["exit_date"] = date_value(membership.exit_date);
            item["exit_reason"] = membership.exit_reason;
            item["remark"] = membership.remark;
            out["memberships"].push_back(std::move(item));
        }
        return out;
    }

    std::size_t specialty_position(model::SpecialtyId id) const
    {
        const auto it = m_specialty_position.find(id);
        if (it == m_specialty_position.end())
            throw std::invalid_argument("exchange: reference to specialty " + std::to_string(id.value()) +
                                        " which the dataset does not contain");
        return it->second;
    }

    std::size_t pool_position(model::PoolId id) const
    {
        const auto it = m_pool_position.find(id);
        if (it == m_pool_position.end())
            throw std::invalid_argument("exchange: reference to pool " + std::to_string(id.value()) +
                                        " which the dataset does not contain");
        return it->second;
    }

    const Dataset& m_dataset;
    std::unordered_map<model::SpecialtyId, std::size_t> m_specialty_position;
    std::unordered_map<model::PoolId, std::size_t> m_pool_position;
    std::unordered_set<model::UnitId> m_unit_ids;
};

}  // namespace

std::string write_document(const Dataset& dataset)
{
    // Strict UTF-8 on the way out: a bad byte from the database is a bug to hear about, not to hide.
    return Writer(dataset).document().dump(2) + "\n";
}

}  // namespace xuncha::app
