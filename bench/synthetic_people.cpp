#include "bench/synthetic_people.h"

#include "model/id_number.h"
#include "model/validation.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

namespace xuncha::bench {
namespace {

constexpr std::array<std::string_view, 40> surnames{
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
    "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "单"};
constexpr std::array<std::string_view, 48> given{
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平",
    "刚", "桂", "英", "华", "文", "建", "国", "红", "志", "海", "波", "辉", "玲", "燕", "鹏", "宇", "浩", "凯", "晨", "欣",
    "婷", "雪", "琳", "晓", "博", "彬", "峰", "慧"};
constexpr std::array<std::string_view, 8> titles{"配偶", "父亲", "母亲", "儿子", "女儿", "兄", "姐", "岳父"};
constexpr int data_now_year = 2024;
constexpr std::array<std::string_view, 6> posts{"科员", "副科长", "科长", "副主任", "主任", "副局长"};

// Unique per serial whatever the birth date: the serial picks the area code (36xxxx) and the
// sequence code, whose last digit is odd for men and even for women (GB 11643).
std::string make_id_number(const model::Date& birth, bool male, std::size_t serial)
{
    char first17[32];  // 17 digits; room for what the compiler cannot rule out
    std::snprintf(first17, sizeof first17, "36%04d%04d%02d%02d%03d", static_cast<int>(serial / 500 % 10000),
                  static_cast<int>(birth.year()), static_cast<int>(birth.month()), static_cast<int>(birth.day()),
                  static_cast<int>(serial % 500 * 2 + (male ? 1 : 0)));
    return std::string(first17) + model::id_number_check_char(first17);
}

}  // namespace

std::vector<model::Person> synthetic_people(std::size_t count, const std::vector<model::UnitId>& units,
                                            const std::vector<model::SpecialtyId>& specialties,
                                            const std::vector<model::PoolId>& pools, std::uint64_t seed,
                                            std::size_t first_serial)
{
    SplitMix64 random(seed);
    std::vector<model::Person> people;
    people.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        model::Person p;
        p.name = std::string(surnames[random.below(surnames.size())]) + std::string(given[random.below(given.size())]);
        if (random.below(2)) p.name += given[random.below(given.size())];
        const bool male = random.below(2) == 0;
        p.gender = male ? model::Gender::male : model::Gender::female;
        p.birth_date = model::Date(static_cast<unsigned short>(1966 + random.below(32)),
                                   static_cast<unsigned short>(1 + random.below(12)),
                                   static_cast<unsigned short>(1 + random.below(28)));
        p.id_number = make_id_number(*p.birth_date, male, first_serial + i);
        p.work_start_date = model::add_years(*p.birth_date, 22);
        p.party_join_date = model::add_years(*p.birth_date, 25);
        p.fulltime_education.level = model::EducationLevel::bachelor;
        p.fulltime_education.degree = model::Degree::bachelor;
        p.fulltime_education.school = "江西师范大学";
        p.unit_id = units[random.below(units.size())];
        p.post = std::string(posts[random.below(posts.size())]);
        p.rank = model::terms<model::Rank>()[2 + random.below(10)].value;
        p.mobile = "139" + std::to_string(10000000 + random.below(89999999));
        p.specialties = {specialties[random.below(specialties.size() / 2)],
                         specialties[specialties.size() / 2 + random.below(specialties.size() / 2)]};
        // Three posts sharing the years up to a fixed "now" (not today: the data must not change with the
        // day it is generated), the last one still held; no date lies in the future.
        const int span = std::max(1, (data_now_year - static_cast<int>(p.work_start_date->year())) / 3);
        for (int w = 0; w < 3; ++w) {
            model::WorkHistoryEntry entry;
            entry.unit_id = units[random.below(units.size())];
            entry.post = std::string(posts[static_cast<std::size_t>(w) * 2]);
            entry.start = model::add_years(*p.work_start_date, w * span);
            if (w < 2) entry.end = model::add_years(*p.work_start_date, w * span + span) - boost::gregorian::days(1);
            entry.leadership_member = w == 2 && random.below(4) == 0;
            p.work_history.push_back(std::move(entry));
        }
        for (int r = 0; r < 4; ++r) {
            model::Relative relative;
            relative.title = std::string(titles[static_cast<std::size_t>(r) * 2 + random.below(2)]);
            relative.name = std::string(surnames[random.below(surnames.size())]) + std::string(given[random.below(given.size())]);
            relative.employer_name = "某单位";
            relative.post = "职员";
            p.relatives.push_back(std::move(relative));
        }
        model::PoolMembership membership;
        membership.pool_id = pools[random.below(pools.size())];
        membership.entry_date = model::Date(2020, 1, 1);
        p.memberships.push_back(membership);
        people.push_back(std::move(p));
    }
    return people;
}

namespace {

model::Date ymd(int y, int m, int d)
{
    return model::Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

// Bytes that stand for a photo or a scan: only their size and variety matter here.
std::shared_ptr<const std::string> filler_bytes(SplitMix64& random, std::size_t size, std::string_view magic)
{
    std::string bytes(magic);
    bytes.reserve(size);
    while (bytes.size() < size) {
        const auto word = random.next();
        for (int i = 0; i < 8 && bytes.size() < size; ++i) bytes += static_cast<char>(word >> (8 * i));
    }
    return std::make_shared<const std::string>(std::move(bytes));
}

model::Attachment synthetic_attachment(std::string file_name, std::string media_type,
                                       std::shared_ptr<const std::string> bytes)
{
    model::Attachment attachment;
    attachment.file_name = std::move(file_name);
    attachment.media_type = std::move(media_type);
    attachment.size = static_cast<long long>(bytes->size());
    attachment.content = std::move(bytes);
    return attachment;
}

constexpr std::array<std::string_view, 4> commendation_titles{"全县优秀巡察干部", "优秀共产党员", "年度考核嘉奖",
                                                              "先进工作者"};
constexpr std::array<std::string_view, 4> decline_reasons{"单位工作繁重", "身体原因", "家中老人需要照顾",
                                                          "参加脱产培训"};

}  // namespace

std::vector<model::Training> synthetic_trainings(std::size_t count)
{
    std::vector<model::Training> trainings;
    for (std::size_t i = 0; i < count; ++i) {
        model::Training training;
        const int year = 2019 + static_cast<int>(i % 6);
        training.topic = std::to_string(year) + "年度巡察干部业务培训班（" + std::to_string(i + 1) + "）";
        training.type = "巡察业务培训";
        training.start = ymd(year, 3 + static_cast<int>(i / 6 % 8), 10);
        training.end = *training.start + boost::gregorian::days(2);
        training.hours = 24;
        training.organiser = "县委巡察办";
        trainings.push_back(std::move(training));
    }
    return trainings;
}

void add_synthetic_records(std::vector<model::Person>& people, const std::vector<model::TrainingId>& trainings,
                           std::uint64_t seed, std::size_t attachment_every)
{
    using S = model::MembershipStatus;
    SplitMix64 random(seed);
    for (std::size_t i = 0; i < people.size(); ++i) {
        auto& p = people[i];
        p.professional_title_level = i % 5 == 0 ? model::TitleLevel::intermediate : model::TitleLevel::none;
        p.reserve_cadre = random.below(8) == 0;
        if (random.below(6) == 0) p.frontline_experience = "2018.03—2021.03 驻村第一书记";

        // The membership synthetic_people() made (在库 since 2020-01-01), with the steps that led there.
        for (auto& membership : p.memberships) {
            const auto entry = *membership.entry_date;
            const auto before = [&](int days) { return entry - boost::gregorian::days(days); };
            membership.entry_method = model::EntryMethod::recommended;
            membership.reviewed_on = ymd(2023, 12, 20);
            const std::array<std::pair<std::optional<S>, S>, 5> path{{{std::nullopt, S::recommended},
                                                                      {S::recommended, S::qualification_review},
                                                                      {S::qualification_review, S::vetting},
                                                                      {S::vetting, S::approved},
                                                                      {S::approved, S::active}}};
            for (std::size_t k = 0; k < path.size(); ++k) {
                model::MembershipStep step;
                step.from = path[k].first;
                step.to = path[k].second;
                step.date = before(static_cast<int>(path.size() - 1 - k) * 20);
                step.decided_by = k == 3 ? "县委巡察工作领导小组" : "县委巡察办";
                if (k >= 3) step.document_number = "青巡办发〔2019〕" + std::to_string(k) + "号";
                membership.steps.push_back(std::move(step));
            }
        }

        // Two trainings attended (distinct ones), a commendation for some.
        const auto first = random.below(trainings.size());
        for (std::size_t k = 0; k < std::min<std::size_t>(2, trainings.size()); ++k) {
            model::TrainingAttendance attendance;
            attendance.training_id = trainings[(first + k) % trainings.size()];
            attendance.attendance = random.below(10) == 0 ? model::Attendance::excused : model::Attendance::attended;
            p.trainings.push_back(attendance);
        }
        if (random.below(3) == 0) {
            model::Commendation commendation;
            commendation.date = ymd(2022, 1 + static_cast<int>(random.below(12)), 15);
            commendation.title = std::string(commendation_titles[random.below(commendation_titles.size())]);
            commendation.awarding_body = "中共某县委";
            commendation.document_number = "某发〔2022〕" + std::to_string(1 + random.below(30)) + "号";
            p.commendations.push_back(std::move(commendation));
        }

        for (int year = 2021; year <= 2023; ++year) {
            model::AnnualAssessment assessment;
            assessment.year = year;
            assessment.result = random.below(8) == 0 ? model::AssessmentResult::excellent : model::AssessmentResult::competent;
            p.assessments.push_back(assessment);
        }
        for (int year = 2023; year <= 2024 - static_cast<int>(random.below(2)); ++year) {
            model::IntegrityOpinion opinion;
            opinion.date = ymd(year, 3, 1 + static_cast<int>(random.below(28)));
            opinion.issuer = "县纪委监委党风政风监督室";
            opinion.document_number = "某纪廉函〔" + std::to_string(year) + "〕3号";
            opinion.content = "未发现影响使用的问题";
            p.integrity_opinions.push_back(std::move(opinion));
        }

        for (const auto type : {model::PledgeType::integrity, model::PledgeType::confidentiality}) {
            model::Pledge pledge;
            pledge.type = type;
            pledge.pool_id = p.memberships.at(0).pool_id;
            pledge.signed_date = p.memberships.at(0).entry_date;
            pledge.recipient = "县委巡察办";
            p.pledges.push_back(std::move(pledge));
        }

        // Two rounds a year apart (never overlapping), sometimes one declined in between.
        const int first_year = 2021 + static_cast<int>(random.below(2));
        for (int k = 0; k < 2; ++k) {
            model::Secondment secondment;
            secondment.task = "第" + std::to_string(first_year - 2020 + k * 2) + "轮巡察";
            secondment.group_name = "第" + std::to_string(1 + random.below(4)) + "巡察组";
            secondment.role = random.below(5) == 0 ? "副组长" : "成员";
            secondment.seconding_body = "县委组织部";
            secondment.notice_number = "某组干〔" + std::to_string(first_year + k) + "〕8号";
            secondment.notice_date = ymd(first_year + k, 3, 3);
            secondment.start = ymd(first_year + k, 3, 10);
            secondment.end = ymd(first_year + k, 4, 30);
            secondment.evaluation = model::AssessmentResult::competent;
            p.secondments.push_back(std::move(secondment));
        }
        if (random.below(4) == 0) {
            model::DeclinedSecondment declined;
            declined.date = ymd(first_year, 9, 1);
            declined.task = "第" + std::to_string(first_year - 2020 + 1) + "轮巡察";
            declined.reason = std::string(decline_reasons[random.below(decline_reasons.size())]);
            p.declined_secondments.push_back(std::move(declined));
        }

        if (attachment_every != 0 && i % attachment_every == 0) {
            p.photo = synthetic_attachment(p.name + ".jpg", "image/jpeg", filler_bytes(random, 2048, "\xFF\xD8\xFF"));
            p.pledges[0].scan =
                synthetic_attachment(p.name + "廉洁承诺书.pdf", "application/pdf", filler_bytes(random, 3072, "%PDF-1.4\n"));
        }
    }
}

void require_valid(const std::vector<model::Person>& people)
{
    const model::Date today = boost::gregorian::day_clock::local_day();
    std::set<std::string> id_numbers;
    for (const auto& person : people)
        if (!person.id_number.empty() && !id_numbers.insert(person.id_number).second)
            throw std::runtime_error("synthetic ID number " + person.id_number + " is given twice");
    for (const auto& person : people) {
        const auto problems = model::validate(person, today);
        if (problems.empty()) continue;
        std::string text = "synthetic person " + person.name + " (" + person.id_number + ") is not valid: ";
        for (const auto& problem : problems)
            text += "field " + std::to_string(static_cast<int>(problem.field)) + " code " +
                    std::to_string(static_cast<int>(problem.code)) + " index " + std::to_string(problem.index) + "; ";
        throw std::runtime_error(text);
    }
}

std::vector<model::Unit> synthetic_units(std::size_t count)
{
    std::vector<model::Unit> units;
    model::Unit root;
    root.name = "某县";
    root.type = model::UnitType::party_committee;
    units.push_back(root);
    for (std::size_t i = 1; i < count; ++i) {
        model::Unit unit;
        unit.name = "单位" + std::to_string(i);
        unit.type = i % 3 == 0 ? model::UnitType::township : model::UnitType::county_department;
        units.push_back(unit);  // parent set by the caller once the root has its id
    }
    return units;
}

}  // namespace xuncha::bench
