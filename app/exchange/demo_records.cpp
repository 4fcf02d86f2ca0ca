#include "app/exchange/demo_records.h"

#include "app/exchange/demo_files.h"
#include "app/exchange/demo_rng.h"
#include "app/exchange/sha256.h"
#include "model/lifecycle.h"
#include "model/rank.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace xuncha::app {
namespace {

using model::Date;
using model::MembershipStatus;
using model::Person;
using model::PoolMembership;

int year_of(const Date& date) { return static_cast<int>(date.year()); }

constexpr std::string_view office = "县委巡察办";
constexpr std::string_view leading_group = "县委巡察工作领导小组";
constexpr std::string_view rules_document = "《青禾县委巡察人才库管理办法》（青巡办发〔2023〕2号）";

// Decisions of one month go out under one document, numbered by month so that numbers grow with dates.
std::string document_number(std::string_view prefix, const Date& date, int offset = 0)
{
    return std::string(prefix) + "〔" + std::to_string(year_of(date)) + "〕" +
           std::to_string(static_cast<int>(date.month()) + offset) + "号";
}

struct Round {
    std::string_view name;
    Date start;
    Date end;
};

// The earlier rounds of the present Party committee term; each sent three groups.
const std::vector<Round>& rounds()
{
    static const std::vector<Round> list = {
        {"十五届县委第一轮巡察", ymd(2021, 10, 11), ymd(2021, 11, 26)},
        {"十五届县委第二轮巡察", ymd(2022, 4, 11), ymd(2022, 5, 27)},
        {"十五届县委第三轮巡察", ymd(2022, 9, 13), ymd(2022, 10, 28)},
        {"十五届县委第四轮巡察", ymd(2023, 3, 20), ymd(2023, 5, 5)},
        {"十五届县委第五轮巡察", ymd(2023, 9, 11), ymd(2023, 10, 27)},
        {"十五届县委第六轮巡察", ymd(2024, 3, 25), ymd(2024, 5, 10)},
        {"十五届县委第七轮巡察", ymd(2024, 9, 9), ymd(2024, 10, 25)},
        {"十五届县委第八轮巡察", ymd(2025, 3, 24), ymd(2025, 5, 9)},
        {"十五届县委第九轮巡察", ymd(2025, 9, 15), ymd(2025, 10, 31)},
        {"十五届县委第十轮巡察", ymd(2026, 4, 7), ymd(2026, 5, 22)},
    };
    return list;
}

const std::vector<std::string_view> group_names = {"第一巡察组", "第二巡察组", "第三巡察组"};

model::TitleLevel title_level(std::string_view title)
{
    if (title.empty()) return model::TitleLevel::none;
    // 高级会计师, 高级工程师, 中学高级教师, 副主任医师, 主任记者 are 副高级; 会计师, 一级教师, 主治医师, 记者 中级.
    if (title.find("高级") != std::string_view::npos || title.starts_with("副主任") || title.starts_with("主任"))
        return model::TitleLevel::associate_senior;
    return model::TitleLevel::intermediate;
}

class RecordMaker {
public:
    RecordMaker(Dataset& dataset, const Date& as_of, std::uint64_t seed)
        : m_dataset(dataset), m_people(dataset.people), m_as_of(as_of), m_rng(seed)
    {
        for (const auto& pool : dataset.pools) m_pools.emplace(pool.kind, pool);
        for (const auto& specialty : dataset.specialties) m_specialty_names.emplace(specialty.id, specialty.name);
        for (const auto& unit : dataset.units) m_units.emplace(unit.id, &unit);
    }

    void run()
    {
        make_settings();
        make_trainings();
        for (auto& person : m_people) profile(person);
        for (auto& person : m_people)
            for (auto& membership : person.memberships) lifecycle(person, membership);
        make_secondments();
        choose_special_cases();
        for (std::size_t i = 0; i < m_people.size(); ++i) {
            assessments(i);
            integrity_opinions(i);
            commendations(i);
            pool_pledges(i);
            attendance(i);
        }
        add_attachments();
    }

private:
    const model::Pool& pool(model::PoolKind kind) const { return m_pools.at(kind); }

    bool has_specialty(const Person& person, std::string_view name) const
    {
        return std::any_of(person.specialties.begin(), person.specialties.end(),
                           [&](model::SpecialtyId id) { return m_specialty_names.at(id) == name; });
    }

    std::string unit_name(const Person& person) const
    {
        return person.unit_id ? m_units.at(*person.unit_id)->name : std::string();
    }

    std::string short_unit_name(const Person& person) const
    {
        if (!person.unit_id) return {};
        const auto& unit = *m_units.at(*person.unit_id);
        return unit.short_name.empty() ? unit.name : unit.short_name;
    }

    // ---- Settings and trainings ----

    void make_settings()
    {
        model::OfficeSettings settings;
        settings.entry.leader_min_rank = model::Rank::section;
        settings.entry.expert_min_rank = model::Rank::deputy_section;
        settings.entry.expert_min_title = model::TitleLevel::intermediate;
        settings.entry.max_age = 55;
        settings.entry.source = std::string(rules_document) + "第七条、第八条（示范数据，文件为虚构）";
        settings.review.stale_months = 12;
        settings.review.declined_threshold = 2;
        settings.review.declined_years = 3;
        settings.review.max_age = 58;
        settings.review.require_integrity_opinion = true;
        settings.review.jurisdiction = "青禾县";
        settings.review.source = std::string(rules_document) + "第十五条至第十七条（示范数据，文件为虚构）";
        m_settings = settings;
        m_dataset.settings = settings;
    }

    void make_trainings()
    {
        const auto add = [&](std::string_view topic, std::string_view type, Date start, std::optional<Date> end,
                             int hours, std::string_view organiser, std::string_view remark) {
            model::Training training;
            training.id = model::TrainingId(static_cast<long long>(m_dataset.trainings.size()) + 1);
            training.topic = std::string(topic);
            training.type = std::string(type);
            training.start = start;
            training.end = end;
            training.hours = hours;
            training.organiser = std::string(organiser);
            training.remark = std::string(remark);
            m_dataset.trainings.push_back(training);
        };
        // In date order, as the database lists them.
        add("2024年度巡察干部业务培训班", "巡察业务培训", ymd(2024, 3, 18), ymd(2024, 3, 20), 24,
            "中共青禾县委巡察工作领导小组办公室", "在县委党校举办，结业测试合格");
        add("《中国共产党巡视工作条例》专题辅导", "专题讲座", ymd(2024, 9, 12), std::nullopt, 3,
            "中共青禾县委巡察工作领导小组办公室", "");
        add("2025年度巡察干部业务培训班", "巡察业务培训", ymd(2025, 3, 17), ymd(2025, 3, 19), 24,
            "中共青禾县委巡察工作领导小组办公室", "在县委党校举办，结业测试合格");
        add("巡察财务审计业务专题培训", "巡察业务培训", ymd(2025, 6, 10), ymd(2025, 6, 11), 12,
            "中共青禾县委巡察工作领导小组办公室、青禾县审计局", "面向财会、审计、工程专业人员");
        add("2026年度巡察干部业务培训班", "巡察业务培训", ymd(2026, 3, 16), ymd(2026, 3, 18), 24,
            "中共青禾县委巡察工作领导小组办公室", "在县委党校举办，结业测试合格");
    }

    // ---- The person's own fields ----

    void profile(Person& person)
    {
        person.professional_title_level = title_level(person.professional_title);
        const int age = model::age_on(*person.birth_date, m_as_of);
        const int level = model::rank_level(person.rank);
        if (age <= 45 && level >= 3 && person.political_status == model::PoliticalStatus::party_member &&
            m_rng.percent(30))
            person.reserve_cadre = true;

        if (m_rng.percent(16)) {
            const int first_year = std::max(year_of(*person.work_start_date) + 1, 2015);
            std::vector<const model::Unit*> villages;
            for (const auto& unit : m_dataset.units)
                if (unit.type == model::UnitType::village) villages.push_back(&unit);
            const auto& village = *m_rng.pick(villages);
            const auto& township = *m_units.at(*village.parent_id);
            const int kind = m_rng.below(4);
            const int year = std::min(first_year + m_rng.below(4), 2022);
            switch (kind) {
            case 0:
                person.frontline_experience = std::to_string(year) + ".03—" + std::to_string(year + 3) + ".03 任" +
                                              township.short_name + village.name + "驻村第一书记";
                break;
            case 1:
                person.frontline_experience = std::to_string(year) + ".06—" + std::to_string(year + 2) +
                                              ".06 县乡村振兴驻村工作队队员（" + village.name + "）";
                break;
            case 2: person.frontline_experience = "2020.01—2020.05 抽调县新冠肺炎疫情防控指挥部，参加一线防控工作"; break;
            default:
                person.frontline_experience = std::to_string(year) + ".03—" + std::to_string(year + 1) +
                                              ".03 在县信访局接访窗口轮岗";
            }
        }
    }

    // ---- Membership: 入库方式, the steps of those admitted recently, the last annual review ----

    model::MembershipStep step(std::optional<MembershipStatus> from, MembershipStatus to, const Date& date,
                               std::string decided_by, std::string document, std::string remark = {})
    {
        model::MembershipStep s;
        s.from = from;
        s.to = to;
        s.date = date;
        s.decided_by = std::move(decided_by);
        s.document_number = std::move(document);
        s.remark = std::move(remark);
        return s;
    }

    // Entry rules are checked on entering 审定 and 在库; a breach needs a recorded reason.
    void override_if_needed(const Person& person, const model::PoolMembership& membership, model::MembershipStep& s)
    {
        if (s.to != MembershipStatus::approved && s.to != MembershipStatus::active) return;
        const auto& own_pool = *std::find_if(m_dataset.pools.begin(), m_dataset.pools.end(),
                                             [&](const model::Pool& p) { return p.id == membership.pool_id; });
        if (!model::entry_rule_breaches(person, own_pool, m_settings.entry, *s.date).empty())
            s.override_reason = "业务骨干，经县委巡察工作领导小组研究同意破格入库";
    }

    void lifecycle(const Person& person, PoolMembership& membership)
    {
        const bool leader_pool = membership.pool_id == pool(model::PoolKind::leader).id;
        const bool expert_pool = membership.pool_id == pool(model::PoolKind::expert).id;
        membership.entry_method = leader_pool   ? m_rng.weighted<model::EntryMethod>({{model::EntryMethod::recommended, 70},
                                                                                     {model::EntryMethod::assigned, 30}})
                                  : expert_pool ? m_rng.weighted<model::EntryMethod>({{model::EntryMethod::recommended, 85},
                                                                                      {model::EntryMethod::self, 15}})
                                                : m_rng.weighted<model::EntryMethod>({{model::EntryMethod::recommended, 75},
                                                                                      {model::EntryMethod::self, 20},
                                                                                      {model::EntryMethod::assigned, 5}});
        const std::string recommender = membership.entry_method == model::EntryMethod::self ? "本人自荐"
                                        : membership.entry_method == model::EntryMethod::assigned
                                            ? "县委组织部"
                                            : short_unit_name(person);

        const bool pipeline = !membership.entry_date;
        if (pipeline) {
            // Recommended this year and still on the way in: the steps up to where it stands.
            Date date = m_rng.date_between(ymd(2026, 5, 18), ymd(2026, 6, 12));
            membership.steps.push_back(step(std::nullopt, MembershipStatus::recommended, date, recommender, "",
                                            "2026年度人才库补充推荐"));
            const std::vector<std::pair<MembershipStatus, std::string>> next = {
                {MembershipStatus::qualification_review, std::string(office)},
                {MembershipStatus::vetting, "县委组织部、县纪委监委"},
                {MembershipStatus::approved, std::string(leading_group)}};
            for (const auto& [status, who] : next) {
                if (membership.steps.back().to == membership.status) break;
                date += days(m_rng.between(12, 25));
                auto s = step(membership.steps.back().to, status, date, who,
                              status == MembershipStatus::approved ? document_number("青巡组", date) : "");
                override_if_needed(person, membership, s);
                membership.steps.push_back(std::move(s));
            }
            return;
        }

        const Date entry = *membership.entry_date;
        if (entry >= ymd(2024, 1, 1)) {
            const Date recommended = entry - days(m_rng.between(75, 95));
            const Date reviewed = entry - days(m_rng.between(50, 65));
            const Date vetted = entry - days(m_rng.between(28, 42));
            const Date approved = entry - days(m_rng.between(7, 18));
            membership.steps.push_back(step(std::nullopt, MembershipStatus::recommended, recommended, recommender, ""));
            membership.steps.push_back(step(MembershipStatus::recommended, MembershipStatus::qualification_review,
                                            reviewed, std::string(office), "", "符合入库资格条件"));
            membership.steps.push_back(step(MembershipStatus::qualification_review, MembershipStatus::vetting, vetted,
                                            "县委组织部、县纪委监委", "", "考察合格，廉政意见无异议"));
            auto approve = step(MembershipStatus::vetting, MembershipStatus::approved, approved,
                                std::string(leading_group), document_number("青巡组", approved));
            override_if_needed(person, membership, approve);
            auto enter = step(MembershipStatus::approved, MembershipStatus::active, entry, std::string(office),
                              document_number("青巡办发", entry, 2));
            override_if_needed(person, membership, enter);
            membership.steps.push_back(std::move(approve));
            membership.steps.push_back(std::move(enter));
            if (membership.status == MembershipStatus::suspended) {
                const Date since = m_rng.date_between(entry + days(30), m_as_of - days(20));
                membership.steps.push_back(step(MembershipStatus::active, MembershipStatus::suspended, since,
                                                std::string(office), "", membership.remark));
            } else if (membership.status == MembershipStatus::exited) {
                membership.steps.push_back(step(MembershipStatus::active, MembershipStatus::exited,
                                                *membership.exit_date, std::string(leading_group),
                                                document_number("青巡组", *membership.exit_date), membership.exit_reason));
            }
        }
        // The last yearly review (December 2025) kept most of the members as they were.
        if ((membership.status == MembershipStatus::active || membership.status == MembershipStatus::suspended) &&
            entry <= ymd(2025, 11, 30) && m_rng.percent(90))
            membership.reviewed_on = ymd(2025, 12, 26);
    }

    // When the membership stopped counting for secondments: exit, suspension (its step, else mid-2025).
    std::optional<Date> unavailable_from(const PoolMembership& membership) const
    {
        if (membership.status == MembershipStatus::exited) return membership.exit_date;
        if (membership.status != MembershipStatus::suspended) return std::nullopt;
        if (!membership.steps.empty()) return membership.steps.back().date;
        return ymd(2025, 7, 1);
    }

    // In `pool` (any pool when null) from before `from` until after `until`.
    bool member_during(const Person& person, std::optional<model::PoolId> pool_id, const Date& from,
                       const Date& until) const
    {
        for (const auto& membership : person.memberships) {
            if (pool_id && membership.pool_id != *pool_id) continue;
            if (!membership.entry_date || *membership.entry_date > from) continue;
            const auto end = unavailable_from(membership);
            if (end && *end <= until) continue;
            return true;
        }
        return false;
    }

    // ---- Secondments and declined secondments ----

    std::string seconding_body(const Person& person) const
    {
        const bool discipline = unit_name(person).find("纪律检查") != std::string::npos || has_specialty(person, "纪检监察");
        return discipline ? "县纪委监委" : "县委组织部";
    }

    // Candidates in `pool` for a round, used least so far first (fairness across rounds), ties at random.
    std::vector<std::size_t> candidates(const Round& round, std::optional<model::PoolId> pool_id,
                                        const std::set<std::size_t>& taken, int min_level, int max_level)
    {
        std::vector<std::pair<std::pair<int, std::uint64_t>, std::size_t>> ranked;
        for (std::size_t i = 0; i < m_people.size(); ++i) {
            if (taken.contains(i)) continue;
            const auto& person = m_people[i];
            const int level = model::rank_level(person.rank);
            if (level < min_level || level > max_level) continue;
            if (!member_during(person, pool_id, round.start - days(10), round.end)) continue;
            ranked.push_back({{m_used[i], m_rng.next()}, i});
        }
        std::sort(ranked.begin(), ranked.end());
        std::vector<std::size_t> result;
        for (const auto& entry : ranked) result.push_back(entry.second);
        return result;
    }

    void decline(std::size_t index, std::size_t round_index, std::string_view reason)
    {
        const auto& round = rounds()[round_index];
        model::DeclinedSecondment declined;
        declined.date = round.start - days(m_rng.between(8, 12));
        declined.task = std::string(round.name);
        declined.reason = std::string(reason);
        m_people[index].declined_secondments.push_back(std::move(declined));
    }

    void make_secondments()
    {
        const auto leader_pool = pool(model::PoolKind::leader).id;
        const auto talent_pool = pool(model::PoolKind::talent).id;
        m_used.assign(m_people.size(), 0);

        // Who declines which round: one member three times, one twice, a few once.
        std::map<std::size_t, std::vector<std::pair<std::size_t, std::string_view>>> declines;  // round → people
        {
            std::vector<std::size_t> long_members;
            for (std::size_t i = 0; i < m_people.size(); ++i)
                if (member_during(m_people[i], talent_pool, ymd(2024, 8, 1), m_as_of)) long_members.push_back(i);
            const auto three = long_members.at(long_members.size() / 3);
            const auto two = long_members.at(long_members.size() * 2 / 3);
            declines[6].push_back({three, "单位工作繁重，无法脱产"});
            declines[7].push_back({three, "正在承办全县重点项目，单位不同意抽调"});
            declines[8].push_back({three, "家中老人住院需要照顾"});
            declines[7].push_back({two, "参加市委党校中青年干部培训班"});
            declines[9].push_back({two, "单位工作繁重，无法脱产"});
            m_declined_three = three;
            static const std::vector<std::string_view> reasons = {
                "单位工作繁重，无法脱产", "身体原因（术后休养）", "家中老人病重需要照顾", "正在参加上级脱产培训",
                "已被市纪委监委借调办案"};
            for (std::size_t r = 1; r < rounds().size(); r += 2) {
                std::set<std::size_t> none;
                const auto pool_members = candidates(rounds()[r], talent_pool, none, 0, 9);
                for (const auto i : pool_members) {
                    if (i == three || i == two) continue;
                    declines[r].push_back({i, m_rng.pick(reasons)});
                    break;
                }
            }
        }

        for (std::size_t r = 0; r < rounds().size(); ++r) {
            const auto& round = rounds()[r];
            std::set<std::size_t> taken;
            for (const auto& [person, reason] : declines[r]) {
                decline(person, r, reason);
                taken.insert(person);
            }
            for (std::size_t g = 0; g < group_names.size(); ++g) {
                std::vector<std::pair<std::size_t, std::string_view>> group;
                const auto add_first = [&](const std::vector<std::size_t>& list, std::string_view role) {
                    for (const auto i : list) {
                        if (taken.contains(i)) continue;
                        group.push_back({i, role});
                        taken.insert(i);
                        return;
                    }
                };
                add_first(candidates(round, leader_pool, taken, 4, 9), "组长");
                add_first(candidates(round, std::nullopt, taken, 3, 9), "副组长");
                const int members = m_rng.between(3, 4);
                for (int k = 0; k < members; ++k) add_first(candidates(round, std::nullopt, taken, 0, 9), "成员");
                add_first(candidates(round, talent_pool, taken, 0, 2), "联络员");

                // At most one 优秀 in a group (≤20%); one 基本称职 in the whole term.
                const auto excellent = static_cast<std::size_t>(m_rng.below(static_cast<int>(group.size())));
                for (std::size_t k = 0; k < group.size(); ++k) {
                    const auto [i, role] = group[k];
                    auto& person = m_people[i];
                    model::Secondment s;
                    s.task = std::string(round.name);
                    s.group_name = std::string(group_names[g]);
                    s.role = std::string(role);
                    s.seconding_body = seconding_body(person);
                    const Date notice = round.start - days(6);
                    s.notice_number = document_number(s.seconding_body == "县纪委监委" ? "青纪干" : "青组干", notice, 10);
                    s.notice_date = notice;
                    s.start = round.start;
                    s.end = round.end;
                    s.evaluation = k == excellent && group.size() >= 5 ? model::AssessmentResult::excellent
                                   : (r == 4 && g == 1 && role == "成员" && !m_basic_evaluation_given)
                                       ? model::AssessmentResult::basically
                                       : model::AssessmentResult::competent;
                    if (s.evaluation == model::AssessmentResult::basically) {
                        m_basic_evaluation_given = true;
                        s.remark = "工作主动性不足，所承担的问题线索核查未按期完成";
                    }
                    person.secondments.push_back(std::move(s));
                    ++m_used[i];
                    // A round's pledges: signed at the mobilisation meeting (the latest round only: the
                    // office kept them on paper before).
                    if (r + 1 == rounds().size()) round_pledges(person, round, group_names[g]);
                }
            }
        }
    }

    void round_pledges(Person& person, const Round& round, std::string_view group)
    {
        for (const auto type : {model::PledgeType::integrity, model::PledgeType::confidentiality,
                                model::PledgeType::avoidance_declaration}) {
            model::Pledge pledge;
            pledge.type = type;
            pledge.scope = model::PledgeScope::round;
            pledge.round_name = std::string(round.name);
            pledge.signed_date = round.start;
            pledge.recipient = std::string(group);
            if (type == model::PledgeType::avoidance_declaration) pledge.remark = "无应回避事项";
            person.pledges.push_back(std::move(pledge));
        }
    }

    // ---- Who gives the annual review something to find ----

    void choose_special_cases()
    {
        const auto talent_pool = pool(model::PoolKind::talent).id;
        std::vector<std::size_t> active;
        for (std::size_t i = 0; i < m_people.size(); ++i) {
            if (i == m_declined_three) continue;
            for (const auto& m : m_people[i].memberships)
                if (m.pool_id == talent_pool && m.status == MembershipStatus::active && m.entry_date &&
                    *m.entry_date < ymd(2025, 1, 1))
                    active.push_back(i);
        }
        m_incompetent = active.at(active.size() / 5);
        m_basically = active.at(active.size() * 2 / 5);
        m_concern = active.at(active.size() * 3 / 5);
        for (std::size_t k = 0; k < 6; ++k) m_no_opinion.insert(active.at(active.size() * (12 + k * 13) / 100 + 1));
        m_no_opinion.erase(m_concern);
    }

    // ---- Assessments, integrity opinions, commendations ----

    void assessments(std::size_t index)
    {
        auto& person = m_people[index];
        for (int year = 2023; year <= 2025; ++year) {
            model::AnnualAssessment assessment;
            assessment.year = year;
            assessment.result = m_rng.percent(13) ? model::AssessmentResult::excellent : model::AssessmentResult::competent;
            if (index == m_incompetent && year == 2025) {
                assessment.result = model::AssessmentResult::incompetent;
                assessment.remark = "全年两次受到通报批评，年度考核确定为不称职等次";
            }
            if (index == m_basically && year == 2024) {
                assessment.result = model::AssessmentResult::basically;
                assessment.remark = "工作作风不够扎实，年度考核确定为基本称职等次";
            }
            person.assessments.push_back(std::move(assessment));
        }
    }

    model::IntegrityOpinion opinion(const Date& date)
    {
        model::IntegrityOpinion o;
        o.date = date;
        o.issuer = "县纪委监委党风政风监督室";
        o.document_number = document_number("青纪廉函", date);
        o.clear = true;
        o.content = "经查，未发现该同志有受到党纪政务处分、被立案审查调查等情况，未收到反映其问题的信访举报。";
        return o;
    }

    void integrity_opinions(std::size_t index)
    {
        auto& person = m_people[index];
        if (person.memberships.empty()) return;
        const auto& first = person.memberships.front();
        if (!first.entry_date) {
            // On the way in: the opinion is part of 考察/政审.
            for (const auto& s : first.steps)
                if (s.to == MembershipStatus::vetting) person.integrity_opinions.push_back(opinion(*s.date + days(3)));
            return;
        }
        if (*first.entry_date < ymd(2025, 3, 1) && m_rng.percent(80))
            person.integrity_opinions.push_back(opinion(m_rng.date_between(ymd(2025, 2, 10), ymd(2025, 6, 20))));
        if (m_no_opinion.contains(index)) return;  // none this year: the annual review asks for one
        auto current = opinion(m_rng.date_between(ymd(2026, 1, 12), ymd(2026, 6, 26)));
        if (index == m_concern) {
            current.clear = false;
            current.content = "该同志2025年11月因履职不到位受到诫勉，影响期内不宜抽调参加巡察工作。";
            current.remark = "影响期至2026年11月";
        }
        person.integrity_opinions.push_back(std::move(current));
    }

    void commendations(std::size_t index)
    {
        auto& person = m_people[index];
        const auto add = [&](const Date& date, std::string title, std::string body, model::CommendationLevel level,
                             std::string document) {
            model::Commendation c;
            c.date = date;
            c.title = std::move(title);
            c.awarding_body = std::move(body);
            c.level = level;
            c.document_number = std::move(document);
            person.commendations.push_back(std::move(c));
        };
        for (const auto& s : person.secondments) {
            if (s.evaluation != model::AssessmentResult::excellent || !m_rng.percent(50)) continue;
            const Date date = ymd(year_of(*s.end) + 1, 1, m_rng.between(15, 28));
            if (date > m_as_of) continue;  // this year's are not out yet
            add(date, std::to_string(year_of(*s.end)) + "年度全县优秀巡察干部", "中共青禾县委巡察工作领导小组",
                model::CommendationLevel::county, document_number("青巡组", date));
            break;
        }
        for (const auto& a : person.assessments) {
            if (a.result != model::AssessmentResult::excellent || person.rank == model::Rank::none || !m_rng.percent(40))
                continue;
            const Date date = ymd(a.year + 1, 3, m_rng.between(5, 25));
            add(date, std::to_string(a.year) + "年度考核优秀，予以嘉奖", "青禾县人民政府",
                model::CommendationLevel::county, document_number("青政人", date, 20));
        }
        if (person.political_status == model::PoliticalStatus::party_member && m_rng.percent(6)) {
            const Date date = m_rng.percent(50) ? ymd(2024, 6, 28) : ymd(2025, 6, 27);
            add(date, "全县优秀共产党员", "中共青禾县委", model::CommendationLevel::county, document_number("青发", date));
        }
        if (unit_name(person).find("纪律检查") != std::string::npos && m_rng.percent(12)) {
            const Date date = ymd(2025, 1, 20);
            add(date, "全市纪检监察系统先进个人", "中共禾州市纪委、禾州市监委", model::CommendationLevel::municipal,
                "禾纪发〔2025〕3号");
        }
        std::sort(person.commendations.begin(), person.commendations.end(),
                  [](const model::Commendation& a, const model::Commendation& b) { return *a.date < *b.date; });
    }

    // ---- Pledges signed on entering a pool (required since the 2023 rules) ----

    void pool_pledges(std::size_t index)
    {
        auto& person = m_people[index];
        std::vector<model::Pledge> pledges;
        for (const auto& membership : person.memberships) {
            if (!membership.entry_date || *membership.entry_date < ymd(2023, 3, 1)) continue;
            for (const auto type : {model::PledgeType::integrity, model::PledgeType::confidentiality}) {
                model::Pledge pledge;
                pledge.type = type;
                pledge.scope = model::PledgeScope::pool_entry;
                pledge.pool_id = membership.pool_id;
                pledge.signed_date = *membership.entry_date;
                pledge.recipient = std::string(office);
                pledges.push_back(std::move(pledge));
            }
        }
        // Before the round's pledges, which came later.
        person.pledges.insert(person.pledges.begin(), pledges.begin(), pledges.end());
    }

    // ---- Training attendance ----

    void attendance(std::size_t index)
    {
        auto& person = m_people[index];
        const bool money = has_specialty(person, "财政/财会") || has_specialty(person, "审计") ||
                           has_specialty(person, "工程/项目/招投标");
        for (const auto& training : m_dataset.trainings) {
            if (!member_during(person, std::nullopt, *training.start, *training.start)) continue;
            const bool annual = training.topic.find("年度巡察干部业务培训班") != std::string::npos;
            const bool finance = training.topic.find("财务审计") != std::string::npos;
            if (!annual && !(finance ? money && m_rng.percent(75) : m_rng.percent(45))) continue;
            model::TrainingAttendance a;
            a.training_id = training.id;
            a.attendance = annual ? m_rng.weighted<model::Attendance>({{model::Attendance::attended, 80},
                                                                       {model::Attendance::partial, 6},
                                                                       {model::Attendance::excused, 10},
                                                                       {model::Attendance::absent, 4}})
                                  : model::Attendance::attended;
            if (a.attendance == model::Attendance::excused) a.remark = "因工作原因请假";
            if (a.attendance == model::Attendance::partial) a.remark = "参加了前两天的课程";
            person.trainings.push_back(std::move(a));
        }
    }

    // ---- Photos and scans: a few, to show them without making the file large ----

    static model::Attachment attachment(std::string file_name, std::string media_type, std::string bytes)
    {
        model::Attachment a;
        a.file_name = std::move(file_name);
        a.media_type = std::move(media_type);
        a.sha256 = sha256_hex(bytes);
        a.size = static_cast<long long>(bytes.size());
        a.content = std::make_shared<const std::string>(std::move(bytes));
        return a;
    }

    void add_attachments()
    {
        int photos = 0;
        int scans = 0;
        for (std::size_t i = 7; i < m_people.size(); i += 29) {
            auto& person = m_people[i];
            person.photo = attachment(person.name + ".png", "image/png", demo_portrait_png(photos++));
        }
        for (std::size_t i = 3; i < m_people.size() && scans < 6; i += 11) {
            auto& person = m_people[i];
            for (auto& pledge : person.pledges) {
                if (pledge.scope != model::PledgeScope::pool_entry) continue;
                const bool integrity = pledge.type == model::PledgeType::integrity;
                pledge.scan = attachment(person.name + (integrity ? "廉洁承诺书.pdf" : "保密承诺书.pdf"), "application/pdf",
                                         demo_scan_pdf(integrity ? "Lianjie chengnuoshu - Qinghe demo data, fictitious"
                                                                 : "Baomi chengnuoshu - Qinghe demo data, fictitious",
                                                       scans));
                ++scans;
                break;
            }
        }
    }

    Dataset& m_dataset;
    std::vector<Person>& m_people;
    Date m_as_of;
    DemoRng m_rng;
    model::OfficeSettings m_settings;
    std::map<model::PoolKind, model::Pool> m_pools;
    std::map<model::SpecialtyId, std::string> m_specialty_names;
    std::map<model::UnitId, const model::Unit*> m_units;
    std::vector<int> m_used;  // secondments per person so far
    bool m_basic_evaluation_given = false;
    std::size_t m_declined_three = 0;
    std::size_t m_incompetent = 0;
    std::size_t m_basically = 0;
    std::size_t m_concern = 0;
    std::set<std::size_t> m_no_opinion;
};

}  // namespace

void add_demo_records(Dataset& dataset, const model::Date& as_of, std::uint64_t seed)
{
    RecordMaker(dataset, as_of, seed).run();
}

}  // namespace xuncha::app
