#include "app/exchange/exchange.h"

#include "app/exchange/dataset.h"
#include "app/exchange/document_reader.h"
#include "app/exchange/document_writer.h"
#include "db/attachment_repository.h"
#include "db/avoidance_case_repository.h"
#include "db/catalog_repository.h"
#include "db/person_repository.h"
#include "db/round_repository.h"
#include "db/settings_repository.h"
#include "db/training_repository.h"
#include "db/unit_repository.h"
#include "model/pinyin.h"
#include "model/round.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <ios>
#include <map>
#include <iterator>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <tuple>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>

namespace xuncha::app {
namespace {

namespace fs = std::filesystem;

std::string iso_utc(std::chrono::system_clock::time_point when)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

model::Date local_today() { return boost::gregorian::day_clock::local_day(); }

template <class T>
void sort_by_id(std::vector<T>& items)
{
    std::sort(items.begin(), items.end(), [](const T& a, const T& b) { return a.id < b.id; });
}

// Looks `id` up in a map of database ids to file ids; a reference to a missing row is a bug.
template <class Id>
Id file_id_of(const std::unordered_map<Id, Id>& ids, Id id, const char* what)
{
    const auto it = ids.find(id);
    if (it == ids.end())
        throw std::logic_error(std::string("export: ") + what + " " + std::to_string(id.value()) +
                               " is referred to but missing");
    return it->second;
}

// A second connection for load_all() to read half the people's records on: it sees what `database`
// does while the export's transaction keeps others from writing (SQLite only). Without one (":memory:",
// or it cannot be opened) the export reads everything on the one connection.
std::unique_ptr<db::Database> helper_connection(db::Database& database)
{
    if (database.backend() != db::Backend::sqlite) return nullptr;
    try {
        return database.open_another();
    }
    catch (const db::DbError&) {
        return nullptr;
    }
}

// Database rows → document values: trainings, units, people, rounds and groups are numbered 1, 2, ... in
// the order written, attachments loaded with their bytes.
Dataset dataset_from_database(db::Database& database)
{
    // A transaction that is never committed: one consistent snapshot to read from (SQLite), nothing written.
    db::Transaction snapshot(database);
    Dataset dataset;
    dataset.exported_at = iso_utc(database.now());
    dataset.settings = db::SettingsRepository(database).load();

    db::CatalogRepository catalog(database);
    dataset.specialties = catalog.specialties();
    sort_by_id(dataset.specialties);
    dataset.pools = catalog.pools();
    sort_by_id(dataset.pools);

    std::unordered_map<model::TrainingId, model::TrainingId> file_training;
    dataset.trainings = db::TrainingRepository(database).list();
    for (std::size_t i = 0; i < dataset.trainings.size(); ++i) {
        auto& training = dataset.trainings[i];
        const model::TrainingId file_id(static_cast<long long>(i) + 1);
        file_training.emplace(training.id, file_id);
        training.id = file_id;
    }

    const auto units = db::UnitRepository(database).list();
    const auto order = dependency_order(units);
    std::unordered_map<model::UnitId, model::UnitId> file_unit;
    for (std::size_t i = 0; i < order.size(); ++i)
        file_unit.emplace(units[order[i]].id, model::UnitId(static_cast<long long>(i) + 1));
    const auto to_file = [&](std::optional<model::UnitId>& reference) {
        if (!reference) return;
        const auto it = file_unit.find(*reference);
        if (it == file_unit.end())
            throw std::logic_error("export: unit " + std::to_string(reference->value()) + " is referred to but missing");
        reference = it->second;
    };
    for (const auto position : order) {
        auto unit = units[position];
        unit.id = file_unit.at(unit.id);
        to_file(unit.parent_id);
        to_file(unit.supervisor_id);
        dataset.units.push_back(std::move(unit));
    }

    // A scan may serve two pledges of one person: its bytes are read once.
    db::AttachmentRepository attachments(database);
    std::unordered_map<model::AttachmentId, std::shared_ptr<const std::string>> contents;
    const auto load = [&](std::optional<model::Attachment>& attachment) {
        if (!attachment || attachment->content) return;
        auto& content = contents[attachment->id];
        if (!content) content = attachments.load(attachment->id).content;
        attachment->content = content;
    };

    dataset.people = db::PersonRepository(database).load_all(helper_connection(database).get());
    std::unordered_map<model::PersonId, model::PersonId> file_person;
    long long next_id = 1;
    for (auto& person : dataset.people) {
        file_person.emplace(person.id, model::PersonId(next_id));
        person.id = model::PersonId(next_id++);
        to_file(person.unit_id);
        for (auto& entry : person.work_history) to_file(entry.unit_id);
        for (auto& relative : person.relatives) to_file(relative.employer_unit_id);
        for (auto& attendance : person.trainings) {
            const auto it = file_training.find(attendance.training_id);
            if (it == file_training.end())
                throw std::logic_error("export: training " + std::to_string(attendance.training_id.value()) +
                                       " is referred to but missing");
            attendance.training_id = it->second;
        }
        load(person.photo);
        for (auto& pledge : person.pledges) load(pledge.scan);
    }
    const auto person_to_file = [&](std::optional<model::PersonId>& reference) {
        if (reference) reference = file_id_of(file_person, *reference, "person");
    };
    for (auto& unit : dataset.units)
        for (auto& leader : unit.leaders) {
            leader.id = {};
            person_to_file(leader.person_id);
        }

    // Rounds oldest first, so that the file reads as the term went; groups numbered across the file.
    dataset.rounds = db::RoundRepository(database).list();
    std::stable_sort(dataset.rounds.begin(), dataset.rounds.end(), [](const model::Round& a, const model::Round& b) {
        return std::tie(a.term, a.number, a.id) < std::tie(b.term, b.number, b.id);
    });
    std::unordered_map<model::RoundId, model::RoundId> file_round;
    std::unordered_map<model::GroupId, model::GroupId> file_group;
    long long next_group = 1;
    for (std::size_t i = 0; i < dataset.rounds.size(); ++i) {
        auto& round = dataset.rounds[i];
        const model::RoundId round_id(static_cast<long long>(i) + 1);
        file_round.emplace(round.id, round_id);
        round.id = round_id;
        for (auto& group : round.groups) {
            const model::GroupId group_id(next_group++);
            file_group.emplace(group.id, group_id);
            group.id = group_id;
            for (auto& unit_id : group.unit_ids) unit_id = file_id_of(file_unit, unit_id, "unit");
            for (auto& group_member : group.members)
                group_member.person_id = file_id_of(file_person, group_member.person_id, "person");
        }
    }

    dataset.avoidance_cases = db::AvoidanceCaseRepository(database).list();
    for (auto& avoidance_case : dataset.avoidance_cases) {
        avoidance_case.id = {};
        if (avoidance_case.round_id) avoidance_case.round_id = file_id_of(file_round, *avoidance_case.round_id, "round");
        if (avoidance_case.group_id) avoidance_case.group_id = file_id_of(file_group, *avoidance_case.group_id, "group");
        avoidance_case.person_id = file_id_of(file_person, avoidance_case.person_id, "person");
        to_file(avoidance_case.unit_id);
        person_to_file(avoidance_case.replacement_id);
    }
    return dataset;
}

// What the database already holds that a document may not add again, read before the import writes
// anything: top-level unit names, rounds (committee, term, number), ID numbers (an 'x' as 'X') with
// their holders' names.
struct StoredKeys {
    std::set<std::string> top_level_units;
    std::set<std::tuple<std::string, int, int>> rounds;
    std::map<std::string, std::string> id_numbers;

    explicit StoredKeys(db::Database& database)
    {
        for (const auto& unit : db::UnitRepository(database).list())
            if (!unit.parent_id) top_level_units.insert(unit.name);
        for (const auto& round : db::RoundRepository(database).list())
            rounds.emplace(round.committee, round.term, round.number);
        for (auto& [number, name] : db::PersonRepository(database).id_numbers())
            id_numbers.emplace(normalized_id_number(std::move(number)), std::move(name));
    }

    static std::string normalized_id_number(std::string number)
    {
        std::replace(number.begin(), number.end(), 'x', 'X');
        return number;
    }
};

// Problems only the database can show: names the file would duplicate there.
void check_against_database(const StoredKeys& stored, const Dataset& dataset, std::vector<ImportProblem>& problems)
{
    const auto reported = [&](const std::string& path) {
        return std::any_of(problems.begin(), problems.end(),
                           [&](const ImportProblem& problem) { return problem.path == path; });
    };
    for (std::size_t i = 0; i < dataset.units.size(); ++i) {
        const auto& unit = dataset.units[i];
        const auto path = "$.units[" + std::to_string(i) + "].name";
        if (!unit.parent_id && stored.top_level_units.contains(unit.name) && !reported(path))
            problems.push_back({path, "数据库中已有同名的顶层单位“" + unit.name + "”（导入只新增记录，不合并已有单位）"});
    }

    // A round is named by its committee, term and number: the database may not have it already.
    for (std::size_t i = 0; i < dataset.rounds.size(); ++i) {
        const auto& round = dataset.rounds[i];
        const auto path = "$.rounds[" + std::to_string(i) + "].number";
        if (stored.rounds.contains({round.committee, round.term, round.number}) && !reported(path))
            problems.push_back({path, "数据库中已有轮次“" + model::round_title(round) + "”（导入只新增记录，不合并已有轮次）"});
    }

    // ID numbers are unique in the database too.
    if (stored.id_numbers.empty()) return;
    for (std::size_t i = 0; i < dataset.people.size(); ++i) {
        const auto& number = dataset.people[i].id_number;
        if (number.empty()) continue;
        const auto it = stored.id_numbers.find(StoredKeys::normalized_id_number(number));
        if (it == stored.id_numbers.end()) continue;
        const auto path = "$.people[" + std::to_string(i) + "].id_number";
        if (!reported(path)) problems.push_back({path, "身份证号与数据库中已有人员“" + it->second + "”的相同"});
    }
}

SettingsOutcome write_settings(db::Database& database, db::Transaction& tx, const std::optional<model::OfficeSettings>& wanted)
{
    if (!wanted) return SettingsOutcome::not_in_file;
    db::SettingsRepository repository(database);
    const auto current = repository.load();
    if (current == *wanted) return SettingsOutcome::unchanged;
    if (current != model::OfficeSettings{}) return SettingsOutcome::kept;
    repository.save(tx, *wanted);
    return SettingsOutcome::applied;
}

// Writes a document's dataset in the caller's transaction, in three steps as its parts come: the
// catalogues and units, then the people (in runs), then the rest. The file's ids are mapped to the new
// rows' as they go.
class DatasetWriter {
public:
    DatasetWriter(db::Database& database, db::Transaction& tx, ImportReport& report)
        : m_database(database), m_tx(tx), m_report(report)
    {
    }

    bool catalogues_written() const { return m_catalogues_written; }

    // Specialties and pools (matched by name), trainings, units; a unit leader's person is linked by rest().
    void catalogues(const Dataset& dataset)
    {
        db::CatalogRepository catalog(m_database);
        match_by_name(catalog, catalog.specialties(), dataset.specialties, m_specialty_ids, m_report.specialties_created);
        match_by_name(catalog, catalog.pools(), dataset.pools, m_pool_ids, m_report.pools_created);

        db::TrainingRepository trainings(m_database);
        for (auto training : dataset.trainings) {
            const auto file_id = training.id;
            training.id = {};
            trainings.create(m_tx, training);
            m_training_ids.emplace(file_id, training.id);
        }

        // Units in one batch, parents and 主管部门 first; create_all maps their references to new ids.
        m_units.reserve(dataset.units.size());
        for (const auto position : dependency_order(dataset.units)) m_units.push_back(dataset.units[position]);
        std::vector<model::UnitId> file_ids;
        for (const auto& unit : m_units) file_ids.push_back(unit.id);
        // Leaders linked to a person wait for the people (who come later, as they work in units); the
        // link is added once they exist.
        for (std::size_t i = 0; i < m_units.size(); ++i) {
            std::vector<std::optional<model::PersonId>> links;
            for (auto& leader : m_units[i].leaders) {
                leader.id = {};
                links.push_back(leader.person_id);
                leader.person_id.reset();
            }
            if (std::any_of(links.begin(), links.end(), [](const auto& link) { return link.has_value(); }))
                m_linked_leaders.emplace_back(i, std::move(links));
        }
        db::UnitRepository(m_database).create_all(m_tx, m_units);
        for (std::size_t i = 0; i < m_units.size(); ++i) m_unit_ids.emplace(file_ids[i], m_units[i].id);
        m_catalogues_written = true;
    }

    // The next people in the document's order; they keep their new ids.
    void people(std::vector<model::Person>& people)
    {
        std::vector<model::PersonId> file_ids;
        file_ids.reserve(people.size());
        for (auto& person : people) {
            file_ids.push_back(person.id);
            person.id = {};
            person.name_pinyin.clear();
            person.name_initials.clear();
            to_database(person.unit_id);
            for (auto& id : person.specialties) id = m_specialty_ids.at(id);
            for (auto& entry : person.work_history) to_database(entry.unit_id);
            for (auto& relative : person.relatives) to_database(relative.employer_unit_id);
            for (auto& membership : person.memberships) membership.pool_id = m_pool_ids.at(membership.pool_id);
            for (auto& attendance : person.trainings) attendance.training_id = m_training_ids.at(attendance.training_id);
            for (auto& pledge : person.pledges) {
                if (pledge.pool_id) pledge.pool_id = m_pool_ids.at(*pledge.pool_id);
                if (pledge.scan) ++m_report.attachments;
            }
            if (person.photo) ++m_report.attachments;
        }
        db::PersonRepository(m_database).create_all(m_tx, people);
        for (std::size_t i = 0; i < people.size(); ++i) m_person_ids.emplace(file_ids[i], people[i].id);
        m_report.people += people.size();
    }

    // Unit leaders' people, rounds with their groups, avoidance cases and the settings.
    void rest(Dataset& dataset)
    {
        db::UnitRepository unit_repository(m_database);
        for (const auto& [position, links] : m_linked_leaders) {
            auto unit = unit_repository.find(m_units[position].id);
            if (!unit || unit->leaders.size() != links.size())
                throw std::logic_error("import: the leaders of a unit just created did not come back as written");
            for (std::size_t j = 0; j < links.size(); ++j)
                if (links[j]) unit->leaders[j].person_id = person_id(*links[j]);
            unit_repository.update(m_tx, *unit);
        }

        // Rounds with their groups; create_all gives rounds and groups new ids, in the order written.
        std::vector<model::RoundId> file_rounds;
        std::vector<std::vector<model::GroupId>> file_groups;
        for (auto& round : dataset.rounds) {
            file_rounds.push_back(round.id);
            file_groups.emplace_back();
            round.id = {};
            for (auto& group : round.groups) {
                file_groups.back().push_back(group.id);
                group.id = {};
                for (auto& unit_id : group.unit_ids) unit_id = m_unit_ids.at(unit_id);
                for (auto& group_member : group.members) group_member.person_id = person_id(group_member.person_id);
            }
        }
        db::RoundRepository(m_database).create_all(m_tx, dataset.rounds);
        std::unordered_map<model::RoundId, model::RoundId> round_ids;
        std::unordered_map<model::GroupId, model::GroupId> group_ids;
        for (std::size_t i = 0; i < dataset.rounds.size(); ++i) {
            round_ids.emplace(file_rounds[i], dataset.rounds[i].id);
            for (std::size_t j = 0; j < dataset.rounds[i].groups.size(); ++j)
                group_ids.emplace(file_groups[i][j], dataset.rounds[i].groups[j].id);
        }

        for (auto& avoidance_case : dataset.avoidance_cases) {
            avoidance_case.id = {};
            if (avoidance_case.round_id) avoidance_case.round_id = round_ids.at(*avoidance_case.round_id);
            if (avoidance_case.group_id) avoidance_case.group_id = group_ids.at(*avoidance_case.group_id);
            avoidance_case.person_id = person_id(avoidance_case.person_id);
            to_database(avoidance_case.unit_id);
            if (avoidance_case.replacement_id) avoidance_case.replacement_id = person_id(*avoidance_case.replacement_id);
        }
        db::AvoidanceCaseRepository(m_database).create_all(m_tx, dataset.avoidance_cases);

        m_report.settings = write_settings(m_database, m_tx, dataset.settings);
        m_report.units = dataset.units.size();
        m_report.trainings = dataset.trainings.size();
        m_report.rounds = dataset.rounds.size();
        m_report.avoidance_cases = dataset.avoidance_cases.size();
    }

private:
    // Catalogue entries (specialties, pools) are the stored ones of the same name, created when missing.
    template <class Entry, class Id>
    void match_by_name(db::CatalogRepository& catalog, const std::vector<Entry>& stored,
                       const std::vector<Entry>& wanted, std::unordered_map<Id, Id>& ids, std::size_t& created_count)
    {
        std::map<std::string, Id> existing;
        for (const auto& entry : stored) existing.emplace(entry.name, entry.id);
        for (const auto& entry : wanted) {
            auto it = existing.find(entry.name);
            if (it == existing.end()) {
                auto created = entry;
                created.id = {};
                catalog.create(m_tx, created);
                ++created_count;
                it = existing.emplace(created.name, created.id).first;
            }
            ids.emplace(entry.id, it->second);
        }
    }

    void to_database(std::optional<model::UnitId>& reference) const
    {
        if (reference) reference = m_unit_ids.at(*reference);
    }
    model::PersonId person_id(model::PersonId file_id) const { return m_person_ids.at(file_id); }

    db::Database& m_database;
    db::Transaction& m_tx;
    ImportReport& m_report;
    bool m_catalogues_written = false;
    std::unordered_map<model::SpecialtyId, model::SpecialtyId> m_specialty_ids;
    std::unordered_map<model::PoolId, model::PoolId> m_pool_ids;
    std::unordered_map<model::TrainingId, model::TrainingId> m_training_ids;
    std::unordered_map<model::UnitId, model::UnitId> m_unit_ids;
    std::unordered_map<model::PersonId, model::PersonId> m_person_ids;
    std::vector<model::Unit> m_units;  // as created, in dependency order
    std::vector<std::pair<std::size_t, std::vector<std::optional<model::PersonId>>>> m_linked_leaders;
};

// A document's parts, handed from the thread that reads it to the one that writes them: the
// catalogues, then the people in runs of a few hundred (a run is one PersonRepository::create_all,
// with its own audit thread).
class Handover : public ReadListener {
public:
    struct Part {
        std::optional<Dataset> catalogues;
        std::vector<model::Person> people;
        bool stopped = false;  // read before a problem was found: not to be written
        bool end() const { return !catalogues && people.empty(); }
    };

    void catalogues_read(const Dataset& dataset) override
    {
        Dataset catalogues;
        catalogues.specialties = dataset.specialties;
        catalogues.pools = dataset.pools;
        catalogues.trainings = dataset.trainings;
        catalogues.units = dataset.units;
        {
            const std::lock_guard lock(m_mutex);
            m_catalogues = std::move(catalogues);
        }
        m_wake.notify_one();
    }

    void person_read(model::Person&& person) override
    {
        bool wake = false;
        {
            const std::lock_guard lock(m_mutex);
            m_people.push_back(std::move(person));
            wake = m_people.size() == run;
        }
        if (wake) m_wake.notify_one();
    }

    void stopped() override { close(true); }

    // The reading is over (whether or not it stopped).
    void close(bool stopped = false)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
            m_stopped = m_stopped || stopped;
        }
        m_wake.notify_one();
    }

    // Waits for the next part to write; an empty one once the reading is over. After a stop, the people
    // still waiting come marked as stopped.
    Part next()
    {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [&] { return m_stopped || m_closed || m_catalogues || m_people.size() >= run; });
        Part part;
        part.stopped = m_stopped;
        if (m_catalogues && !m_stopped) {
            part.catalogues = std::move(m_catalogues);
            m_catalogues.reset();
            return part;
        }
        part.people.swap(m_people);
        return part;
    }

private:
    static constexpr std::size_t run = 256;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Dataset> m_catalogues;
    std::vector<model::Person> m_people;
    bool m_closed = false;
    bool m_stopped = false;
};

// A file that cannot be written: an I/O failure, whose what() is the whole Chinese message.
class FileWriteError : public std::ios_base::failure {
public:
    FileWriteError(const std::string& message, int error)
        : std::ios_base::failure(message, std::error_code(error, std::generic_category())), m_message(message)
    {
    }
    const char* what() const noexcept override { return m_message.c_str(); }

private:
    std::string m_message;
};

std::string errno_text(int error)
{
    switch (error) {
    case ENOENT: return "文件或文件夹不存在";
    case EACCES:
    case EPERM: return "没有权限";
    case EISDIR: return "这是一个文件夹，不是文件";
    case ENOSPC: return "磁盘空间不足";
    case EROFS: return "所在位置只读";
    default: return std::strerror(error);
    }
}

// The bytes of a file to import, read in one go. A backup is tens of megabytes: a large one goes into
// memory aligned for transparent huge pages, which the kernel maps and clears in 2 MiB steps instead of
// 4 KiB ones (82 MB: 0.02 s instead of 0.12 s into a std::string). Not zero-filled first.
class FileBuffer {
public:
    explicit FileBuffer(std::size_t size)
    {
        constexpr std::size_t huge = std::size_t{2} << 20;
        if (size >= 2 * huge) {
            const auto rounded = (size + huge - 1) / huge * huge;
            m_data = static_cast<char*>(std::aligned_alloc(huge, rounded));
            if (m_data) ::madvise(m_data, rounded, MADV_HUGEPAGE);  // a hint; refused is fine
        }
        if (!m_data) m_data = static_cast<char*>(std::malloc(std::max<std::size_t>(size, 1)));
        if (!m_data) throw std::bad_alloc();
    }
    ~FileBuffer() { std::free(m_data); }
    FileBuffer(const FileBuffer&) = delete;
    FileBuffer& operator=(const FileBuffer&) = delete;

    char* data() { return m_data; }

private:
    char* m_data = nullptr;
};

}  // namespace

std::string export_dataset(db::Database& database)
{
    return write_document(dataset_from_database(database));
}

void export_dataset_to_file(db::Database& database, const std::filesystem::path& file)
{
    // Written beside the target and renamed over it, so a failure never leaves a half-written backup.
    auto partial = file;
    partial += ".part";
    const auto message = [&](int error) { return "无法写入文件“" + file.string() + "”：" + errno_text(error); };
    const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int error = errno;
        throw FileWriteError(message(error), error);
    }
    try {
        // Each piece goes to the file as soon as it is written, and to the disk in the background: the
        // fsync at the end then waits for the last pieces only.
        off_t offset = 0;
        write_document(dataset_from_database(database), [&](std::string_view piece) {
            std::size_t written = 0;
            while (written < piece.size()) {
                const auto n = ::write(fd, piece.data() + written, piece.size() - written);
                if (n < 0) {
                    if (errno == EINTR) continue;
                    const int error = errno;
                    throw FileWriteError(message(error), error);
                }
                written += static_cast<std::size_t>(n);
            }
            ::sync_file_range(fd, offset, static_cast<off_t>(piece.size()), SYNC_FILE_RANGE_WRITE);  // a hint
            offset += static_cast<off_t>(piece.size());
        });
        if (::fsync(fd) != 0) {
            const int error = errno;
            throw FileWriteError(message(error), error);
        }
    }
    catch (...) {
        ::close(fd);
        ::unlink(partial.c_str());
        throw;
    }
    const int closed = ::close(fd) == 0 ? 0 : errno;
    if (closed != 0 || ::rename(partial.c_str(), file.c_str()) != 0) {
        const int error = closed != 0 ? closed : errno;
        ::unlink(partial.c_str());
        throw FileWriteError(message(error), error);
    }
}

ImportReport import_dataset(db::Database& database, std::string_view json_text)
{
    return import_dataset(database, json_text, local_today());
}

ImportReport import_dataset(db::Database& database, std::string_view json_text, const model::Date& today)
{
    // The people's pinyin is worked out as they are written; ICU's first use (0.25 s) starts now, on
    // another thread, while the first people are read.
    model::prepare_name_pinyin();
    ImportReport report;
    // One transaction from the first read of what is stored to the commit. The document is read on a
    // second thread, and what it has read without a problem is written meanwhile: if any problem turns
    // up (or the database refuses a row), the transaction is rolled back and nothing stays.
    db::Transaction tx(database);
    const StoredKeys stored(database);
    // Into a database without people (a backup restored into a new one, the usual case), the indexes
    // of their records are built once at the commit rather than kept up to date row by row.
    db::PersonRepository(database).begin_bulk_load(tx);
    DatasetWriter writer(database, tx, report);
    Handover handover;
    ReadResult read;
    std::exception_ptr read_failure;
    std::thread reading([&] {
        try {
            read = read_document(json_text, today, &handover);
        }
        catch (...) {
            read_failure = std::current_exception();
        }
        handover.close();
    });
    std::vector<model::Person> written;  // the people handed over, in the document's order
    std::optional<db::DbError> refused;
    try {
        for (auto part = handover.next(); !part.end(); part = handover.next()) {
            // After a problem or a refusal the rest is only kept, to find the problems that explain it.
            if (!refused && !part.stopped) {
                try {
                    if (part.catalogues)
                        writer.catalogues(*part.catalogues);
                    else
                        writer.people(part.people);
                }
                catch (const db::DbError& error) {
                    if (error.category() != db::DbError::Category::constraint) throw;
                    refused = error;
                }
            }
            std::move(part.people.begin(), part.people.end(), std::back_inserter(written));
        }
    }
    catch (...) {
        reading.join();
        throw;
    }
    reading.join();
    if (read_failure) std::rethrow_exception(read_failure);

    auto& dataset = read.dataset;
    // The people handed over come first in the document; the reader keeps the ones after a problem.
    if (!written.empty()) {
        std::move(dataset.people.begin(), dataset.people.end(), std::back_inserter(written));
        dataset.people = std::move(written);
    }
    // A document that could not be read leaves nothing to compare with the database.
    if (read.problems.empty() || !dataset.people.empty() || !dataset.units.empty())
        check_against_database(stored, dataset, read.problems);
    if (!read.problems.empty()) {
        ImportReport refused_report;
        refused_report.problems = std::move(read.problems);
        return refused_report;
    }

    const auto refusal = [](const db::DbError& error) {
        ImportReport refused_report;
        refused_report.problems.push_back({"$", "数据库拒绝了写入，没有导入任何内容：" +
                                                    (error.subject().empty() ? std::string() : error.subject() + "：") +
                                                    error.detail()});
        return refused_report;
    };
    if (refused) return refusal(*refused);
    try {
        // A document without people told nothing while it was read. Without a problem every person
        // was handed over, and written.
        if (!writer.catalogues_written()) writer.catalogues(dataset);
        writer.rest(dataset);
        tx.commit();
    }
    catch (const db::DbError& error) {
        if (error.category() != db::DbError::Category::constraint) throw;
        return refusal(error);
    }
    return report;
}

ImportReport import_dataset_from_file(db::Database& database, const std::filesystem::path& file)
{
    return import_dataset_from_file(database, file, local_today());
}

ImportReport import_dataset_from_file(db::Database& database, const std::filesystem::path& file,
                                      const model::Date& today)
{
    const auto unreadable = [&](const std::string& why) {
        ImportReport report;
        report.problems.push_back({"$", "无法读取文件“" + file.string() + "”：" + why});
        return report;
    };
    std::error_code error;
    const auto status = fs::status(file, error);
    if (error || !fs::exists(status)) return unreadable(error ? errno_text(error.value()) : errno_text(ENOENT));
    if (fs::is_directory(status)) return unreadable(errno_text(EISDIR));

    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return unreadable(errno_text(errno));
    struct stat stat_buffer {};
    if (::fstat(fd, &stat_buffer) != 0) {
        const int stat_error = errno;
        ::close(fd);
        return unreadable(errno_text(stat_error));
    }
    const auto size = static_cast<std::size_t>(stat_buffer.st_size);
    FileBuffer text(size);
    std::size_t got = 0;
    int read_error = 0;
    while (got < size) {
        const auto n = ::read(fd, text.data() + got, size - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) read_error = errno;
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    if (read_error != 0) return unreadable(errno_text(read_error));
    if (got < size) return unreadable("读取时出错（文件在读取时变短了）");
    return import_dataset(database, std::string_view(text.data(), size), today);
}

}  // namespace xuncha::app
