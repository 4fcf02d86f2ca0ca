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
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <ios>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <system_error>
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

// Problems only the database can show: names the file would duplicate there.
void check_against_database(db::Database& database, const Dataset& dataset, std::vector<ImportProblem>& problems)
{
    const auto reported = [&](const std::string& path) {
        return std::any_of(problems.begin(), problems.end(),
                           [&](const ImportProblem& problem) { return problem.path == path; });
    };
    std::set<std::string> top_level;
    for (const auto& unit : db::UnitRepository(database).list())
        if (!unit.parent_id) top_level.insert(unit.name);
    for (std::size_t i = 0; i < dataset.units.size(); ++i) {
        const auto& unit = dataset.units[i];
        const auto path = "$.units[" + std::to_string(i) + "].name";
        if (!unit.parent_id && top_level.contains(unit.name) && !reported(path))
            problems.push_back({path, "数据库中已有同名的顶层单位“" + unit.name + "”（导入只新增记录，不合并已有单位）"});
    }

    // A round is named by its committee, term and number: the database may not have it already.
    if (!dataset.rounds.empty()) {
        std::set<std::tuple<std::string, int, int>> stored;
        for (const auto& round : db::RoundRepository(database).list())
            stored.emplace(round.committee, round.term, round.number);
        for (std::size_t i = 0; i < dataset.rounds.size(); ++i) {
            const auto& round = dataset.rounds[i];
            const auto path = "$.rounds[" + std::to_string(i) + "].number";
            if (stored.contains({round.committee, round.term, round.number}) && !reported(path))
                problems.push_back({path, "数据库中已有轮次“" + model::round_title(round) + "”（导入只新增记录，不合并已有轮次）"});
        }
    }

    // ID numbers are unique in the database too.
    std::map<std::string, std::size_t> wanted;
    for (std::size_t i = 0; i < dataset.people.size(); ++i) {
        auto number = dataset.people[i].id_number;
        std::replace(number.begin(), number.end(), 'x', 'X');
        if (!number.empty()) wanted.emplace(number, i);
    }
    db::PersonRepository people(database);
    if (wanted.empty() || people.count() == 0) return;
    for (const auto& stored : people.load_all()) {
        auto number = stored.id_number;
        std::replace(number.begin(), number.end(), 'x', 'X');
        const auto it = number.empty() ? wanted.end() : wanted.find(number);
        if (it == wanted.end()) continue;
        const auto path = "$.people[" + std::to_string(it->second) + "].id_number";
        if (!reported(path)) problems.push_back({path, "身份证号与数据库中已有人员“" + stored.name + "”的相同"});
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

void write_dataset(db::Database& database, Dataset& dataset, ImportReport& report)
{
    db::Transaction tx(database);
    db::CatalogRepository catalog(database);

    std::unordered_map<model::SpecialtyId, model::SpecialtyId> specialty_ids;
    {
        std::map<std::string, model::SpecialtyId> existing;
        for (const auto& specialty : catalog.specialties()) existing.emplace(specialty.name, specialty.id);
        for (const auto& specialty : dataset.specialties) {
            auto it = existing.find(specialty.name);
            if (it == existing.end()) {
                auto created = specialty;
                created.id = {};
                catalog.create(tx, created);
                ++report.specialties_created;
                it = existing.emplace(created.name, created.id).first;
            }
            specialty_ids.emplace(specialty.id, it->second);
        }
    }

    std::unordered_map<model::PoolId, model::PoolId> pool_ids;
    {
        std::map<std::string, model::PoolId> existing;
        for (const auto& pool : catalog.pools()) existing.emplace(pool.name, pool.id);
        for (const auto& pool : dataset.pools) {
            auto it = existing.find(pool.name);
            if (it == existing.end()) {
                auto created = pool;
                created.id = {};
                catalog.create(tx, created);
                ++report.pools_created;
                it = existing.emplace(created.name, created.id).first;
            }
            pool_ids.emplace(pool.id, it->second);
        }
    }

    std::unordered_map<model::TrainingId, model::TrainingId> training_ids;
    db::TrainingRepository trainings(database);
    for (auto& training : dataset.trainings) {
        const auto file_id = training.id;
        training.id = {};
        trainings.create(tx, training);
        training_ids.emplace(file_id, training.id);
    }

    // Units in one batch, parents and 主管部门 first; create_all maps their references to new ids.
    std::vector<model::Unit> units;
    units.reserve(dataset.units.size());
    for (const auto position : dependency_order(dataset.units)) units.push_back(dataset.units[position]);
    std::vector<model::UnitId> file_ids;
    for (const auto& unit : units) file_ids.push_back(unit.id);
    // Leaders linked to a person wait for the people (who come later, as they work in units); the link
    // is added once they exist.
    std::vector<std::pair<std::size_t, std::vector<std::optional<model::PersonId>>>> linked_leaders;
    for (std::size_t i = 0; i < units.size(); ++i) {
        std::vector<std::optional<model::PersonId>> links;
        for (auto& leader : units[i].leaders) {
            leader.id = {};
            links.push_back(leader.person_id);
            leader.person_id.reset();
        }
        if (std::any_of(links.begin(), links.end(), [](const auto& link) { return link.has_value(); }))
            linked_leaders.emplace_back(i, std::move(links));
    }
    db::UnitRepository unit_repository(database);
    unit_repository.create_all(tx, units);
    std::unordered_map<model::UnitId, model::UnitId> unit_ids;
    for (std::size_t i = 0; i < units.size(); ++i) unit_ids.emplace(file_ids[i], units[i].id);
    const auto to_database = [&](std::optional<model::UnitId>& reference) {
        if (reference) reference = unit_ids.at(*reference);
    };

    std::vector<model::PersonId> file_people;
    file_people.reserve(dataset.people.size());
    for (auto& person : dataset.people) {
        file_people.push_back(person.id);
        person.id = {};
        person.name_pinyin.clear();
        person.name_initials.clear();
        to_database(person.unit_id);
        for (auto& id : person.specialties) id = specialty_ids.at(id);
        for (auto& entry : person.work_history) to_database(entry.unit_id);
        for (auto& relative : person.relatives) to_database(relative.employer_unit_id);
        for (auto& membership : person.memberships) membership.pool_id = pool_ids.at(membership.pool_id);
        for (auto& attendance : person.trainings) attendance.training_id = training_ids.at(attendance.training_id);
        for (auto& pledge : person.pledges) {
            if (pledge.pool_id) pledge.pool_id = pool_ids.at(*pledge.pool_id);
            if (pledge.scan) ++report.attachments;
        }
        if (person.photo) ++report.attachments;
    }
    db::PersonRepository(database).create_all(tx, dataset.people);
    std::unordered_map<model::PersonId, model::PersonId> person_ids;
    for (std::size_t i = 0; i < dataset.people.size(); ++i) person_ids.emplace(file_people[i], dataset.people[i].id);
    const auto person_id = [&](model::PersonId file_id) { return person_ids.at(file_id); };

    for (const auto& [position, links] : linked_leaders) {
        auto unit = unit_repository.find(units[position].id);
        if (!unit || unit->leaders.size() != links.size())
            throw std::logic_error("import: the leaders of a unit just created did not come back as written");
        for (std::size_t j = 0; j < links.size(); ++j)
            if (links[j]) unit->leaders[j].person_id = person_id(*links[j]);
        unit_repository.update(tx, *unit);
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
            for (auto& unit_id : group.unit_ids) unit_id = unit_ids.at(unit_id);
            for (auto& group_member : group.members) group_member.person_id = person_id(group_member.person_id);
        }
    }
    db::RoundRepository(database).create_all(tx, dataset.rounds);
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
    db::AvoidanceCaseRepository(database).create_all(tx, dataset.avoidance_cases);

    report.settings = write_settings(database, tx, dataset.settings);
    tx.commit();
    report.units = dataset.units.size();
    report.people = dataset.people.size();
    report.trainings = dataset.trainings.size();
    report.rounds = dataset.rounds.size();
    report.avoidance_cases = dataset.avoidance_cases.size();
}

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
    const auto text = export_dataset(database);
    // Written beside the target and renamed over it, so a failure never leaves a half-written backup.
    auto partial = file;
    partial += ".part";
    const auto message = [&](int error) { return "无法写入文件“" + file.string() + "”：" + errno_text(error); };
    const auto fail = [&](int error) {
        ::unlink(partial.c_str());
        throw FileWriteError(message(error), error);
    };
    const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int error = errno;
        throw FileWriteError(message(error), error);
    }
    std::size_t written = 0;
    while (written < text.size()) {
        const auto n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int error = errno;
            ::close(fd);
            fail(error);
        }
        written += static_cast<std::size_t>(n);
    }
    const int synced = ::fsync(fd) == 0 ? 0 : errno;
    const int closed = ::close(fd) == 0 ? 0 : errno;
    if (synced != 0 || closed != 0) fail(synced != 0 ? synced : closed);
    if (::rename(partial.c_str(), file.c_str()) != 0) fail(errno);
}

ImportReport import_dataset(db::Database& database, std::string_view json_text)
{
    return import_dataset(database, json_text, local_today());
}

ImportReport import_dataset(db::Database& database, std::string_view json_text, const model::Date& today)
{
    // The people's pinyin is worked out as they are written, on this thread, after the whole document
    // has been read: ICU's first use (0.25 s) is over by then.
    model::prepare_name_pinyin();
    ImportReport report;
    auto read = read_document(json_text, today);
    report.problems = std::move(read.problems);
    // A document that could not be read leaves nothing to compare with the database.
    if (report.problems.empty() || !read.dataset.people.empty() || !read.dataset.units.empty())
        check_against_database(database, read.dataset, report.problems);
    if (!report.problems.empty()) return report;
    try {
        write_dataset(database, read.dataset, report);
    }
    catch (const db::DbError& error) {
        if (error.category() != db::DbError::Category::constraint) throw;
        report = ImportReport{};
        report.problems.push_back({"$", "数据库拒绝了写入，没有导入任何内容：" +
                                            (error.subject().empty() ? std::string() : error.subject() + "：") +
                                            error.detail()});
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
