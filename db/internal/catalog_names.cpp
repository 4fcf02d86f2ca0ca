#include "db/internal/catalog_names.h"

#include "db/internal/columns.h"
#include "model/round.h"

#include <stdexcept>
#include <vector>

namespace xuncha::db::internal {

namespace {

// A name not (or no longer) in its table: the id still says which record it was.
std::string unknown_record(long long id)
{
    // Appended rather than "#" + ...: GCC 12 warns about that expression (a false -Wrestrict).
    std::string unknown = "#";
    unknown += std::to_string(id);
    return unknown;
}

}  // namespace

model::AuditNames CatalogNames::audit_names()
{
    return model::AuditNames{
        [this](model::UnitId id) { return unit(id); },
        [this](model::PoolId id) { return pool(id); },
        [this](model::SpecialtyId id) { return specialty(id); },
        [this](model::TrainingId id) { return training(id); },
        [this](model::PersonId id) { return person(id); },
        [this](model::RoundId id) { return round(id); },
    };
}

std::string CatalogNames::unit(model::UnitId id) { return lookup(m_units, "unit", "name", id.value()); }
std::string CatalogNames::pool(model::PoolId id) { return lookup(m_pools, "pool", "name", id.value()); }
std::string CatalogNames::specialty(model::SpecialtyId id)
{
    return lookup(m_specialties, "specialty", "name", id.value());
}
std::string CatalogNames::training(model::TrainingId id) { return lookup(m_trainings, "training", "topic", id.value()); }

std::string CatalogNames::person(model::PersonId id)
{
    const long long key = id.value();
    if (const auto it = m_people.find(key); it != m_people.end()) return it->second;
    std::string name;
    soci::indicator found = soci::i_null;
    m_session << "SELECT name FROM person WHERE id = :id", soci::use(key, "id"), soci::into(name, found);
    // A person not (or no longer) in the table: the id still says who it was.
    if (!m_session.got_data() || found != soci::i_ok) name = unknown_record(key);
    m_people.emplace(key, name);
    return name;
}

std::string CatalogNames::round(model::RoundId id)
{
    const long long key = id.value();
    if (const auto it = m_rounds.find(key); it != m_rounds.end()) return it->second;
    model::Round round;
    std::string mode;
    m_session << "SELECT term, number, committee, mode FROM round WHERE id = :id", soci::use(key, "id"),
        soci::into(round.term), soci::into(round.number), soci::into(round.committee), soci::into(mode);
    std::string title = unknown_record(key);
    if (m_session.got_data()) {
        round.mode = decode<model::RoundMode>(mode, "round.mode");
        title = model::round_title(round);
    }
    m_rounds.emplace(key, title);
    return title;
}

void CatalogNames::note(model::UnitId id, const std::string& name)
{
    if (m_units) (*m_units)[id.value()] = name;
}

void CatalogNames::note(model::PoolId id, const std::string& name)
{
    if (m_pools) (*m_pools)[id.value()] = name;
}

void CatalogNames::note(model::SpecialtyId id, const std::string& name)
{
    if (m_specialties) (*m_specialties)[id.value()] = name;
}

namespace {

std::string name_in(const std::unordered_map<long long, std::string>& names, long long id)
{
    const auto it = names.find(id);
    return it != names.end() ? it->second : unknown_record(id);
}

}  // namespace

const CatalogNames::Names& CatalogNames::loaded(std::optional<Names>& names, const char* table, const char* column)
{
    if (!names) {
        // The whole table at once: a few hundred rows, and create_all() asks for many of them.
        names.emplace();
        std::vector<long long> ids(1000);
        std::vector<std::string> texts(1000);
        soci::statement select = (m_session.prepare << "SELECT id, " << column << " FROM " << table, soci::into(ids),
                                  soci::into(texts));
        select.execute();
        while (select.fetch()) {
            for (std::size_t i = 0; i < ids.size(); ++i) names->emplace(ids[i], texts[i]);
            ids.resize(1000);
            texts.resize(1000);
        }
    }
    return *names;
}

std::string CatalogNames::lookup(std::optional<Names>& names, const char* table, const char* column, long long id)
{
    return name_in(loaded(names, table, column), id);
}

model::AuditNames CatalogNames::snapshot()
{
    const auto copy = [&](std::optional<Names>& names, const char* table, const char* column) {
        return std::make_shared<const Names>(loaded(names, table, column));
    };
    auto units = copy(m_units, "unit", "name");
    auto pools = copy(m_pools, "pool", "name");
    auto specialties = copy(m_specialties, "specialty", "name");
    auto trainings = copy(m_trainings, "training", "topic");
    return model::AuditNames{
        [units](model::UnitId id) { return name_in(*units, id.value()); },
        [pools](model::PoolId id) { return name_in(*pools, id.value()); },
        [specialties](model::SpecialtyId id) { return name_in(*specialties, id.value()); },
        [trainings](model::TrainingId id) { return name_in(*trainings, id.value()); },
        [](model::PersonId) -> std::string {
            throw std::logic_error("CatalogNames::snapshot() holds no people's names");
        },
        [](model::RoundId) -> std::string {
            throw std::logic_error("CatalogNames::snapshot() holds no rounds' titles");
        },
    };
}

}  // namespace xuncha::db::internal
