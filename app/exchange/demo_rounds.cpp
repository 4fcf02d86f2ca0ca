#include "app/exchange/demo_rounds.h"

#include "app/exchange/demo_rng.h"
#include "model/kinship.h"
#include "model/pool.h"
#include "model/rank.h"
#include "model/round.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace xuncha::app {
namespace {

using model::Date;
using model::Person;
using model::Unit;

// The draft round goes in on this day; its look-backs count from it.
const Date draft_entry = ymd(2027, 3, 15);
const Date draft_withdrawal = ymd(2027, 4, 30);

constexpr std::string_view authorising_body = "中共青禾县委巡察工作领导小组";
constexpr std::string_view dispatching_body = "中共青禾县委员会";

const std::vector<std::string_view> draft_group_names = {"第一巡察组", "第二巡察组", "第三巡察组", "第四巡察组"};

class RoundMaker {
public:
    RoundMaker(Dataset& dataset, const Date& as_of, std::uint64_t seed)
        : m_dataset(dataset), m_as_of(as_of), m_rng(seed)
    {
        for (const auto& pool : dataset.pools)
            if (pool.kind == model::PoolKind::leader) m_leader_pool = pool.id;
        for (std::size_t i = 0; i < dataset.people.size(); ++i) m_person_index.emplace(dataset.people[i].id, i);
    }

    void run()
    {
        add_flags();
        make_earlier_rounds();
        make_draft_round();
        make_cases();
    }

private:
    Unit& unit_named(std::string_view short_name)
    {
        for (auto& unit : m_dataset.units)
            if (unit.short_name == short_name) return unit;
        throw std::logic_error("demo: no unit " + std::string(short_name));
    }

    const Unit& unit(model::UnitId id) const
    {
        for (const auto& u : m_dataset.units)
            if (u.id == id) return u;
        throw std::logic_error("demo: no unit id");
    }

    const Person& person(model::PersonId id) const { return m_dataset.people[m_person_index.at(id)]; }

    bool in_pool(const Person& p) const
    {
        return std::any_of(p.memberships.begin(), p.memberships.end(),
                           [](const auto& m) { return m.status == model::MembershipStatus::active; });
    }

    bool in_leader_pool(const Person& p) const
    {
        return std::any_of(p.memberships.begin(), p.memberships.end(), [&](const auto& m) {
            return m.status == model::MembershipStatus::active && m_leader_pool && m.pool_id == *m_leader_pool;
        });
    }

    // Units a county round inspects: departments, institutions, companies, schools, hospitals, townships
    // and subdistricts; not the 巡察办 and 纪委监委 themselves, and villages are left to 村(社区)巡察.
    bool inspectable(const Unit& u) const
    {
        using T = model::UnitType;
        if (u.name.find("巡察") != std::string::npos || u.name.find("纪律检查") != std::string::npos) return false;
        switch (u.type) {
        case T::county_department:
        case T::public_institution:
        case T::state_enterprise:
        case T::school:
        case T::hospital:
        case T::township:
        case T::subdistrict: return true;
        default: return false;
        }
    }

    void add_flags()
    {
        const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> flags = {
            {"县财政局", {"资金量大"}},
            {"县住建局", {"资金量大", "项目多"}},
            {"县城投集团", {"资金量大", "项目多"}},
            {"县水利局", {"资金量大", "项目多"}},
            {"县人民医院", {"资金量大"}},
            {"县发改局", {"项目多"}},
            {"县自然资源局", {"项目多", "信访多"}},
            {"县农业农村局", {"项目多", "乡村振兴重点"}},
            {"县信访局", {"信访多"}},
            {"城关镇", {"信访多"}},
            {"河东街道", {"信访多", "征地拆迁"}},
            {"柳河镇", {"乡村振兴重点"}},
            {"云岭乡", {"乡村振兴重点"}},
        };
        for (const auto& [name, list] : flags) {
            auto& u = unit_named(name);
            for (const auto flag : list) u.profile_flags.emplace_back(flag);
        }
    }

    // ---- The ten earlier rounds, as the secondment records tell them ----

    void make_earlier_rounds()
    {
        struct Seen {
            Date start;
            Date end;
        };
        std::map<std::string, Seen> tasks;
        for (const auto& p : m_dataset.people)
            for (const auto& s : p.secondments)
                if (s.start && s.end) tasks.emplace(s.task, Seen{*s.start, *s.end});
        std::vector<std::pair<Date, std::string>> order;
        for (const auto& [task, seen] : tasks) order.emplace_back(seen.start, task);
        std::sort(order.begin(), order.end());

        std::vector<model::UnitId> queue;
        for (const auto& u : m_dataset.units)
            if (inspectable(u)) queue.push_back(u.id);
        for (std::size_t i = queue.size(); i > 1; --i)
            std::swap(queue[i - 1], queue[static_cast<std::size_t>(m_rng.below(static_cast<int>(i)))]);

        for (std::size_t r = 0; r < order.size(); ++r) {
            const auto& [start, task] = order[r];
            model::Round round;
            round.id = model::RoundId(static_cast<long long>(r) + 1);
            round.term = 15;
            round.number = static_cast<int>(r) + 1;
            round.committee = "县委";
            round.mode = model::RoundMode::regular;
            round.state = model::RoundState::archived;
            round.planned_entry = start;
            round.planned_withdrawal = tasks.at(task).end;
            round.entry_date = start;
            round.withdrawal_date = tasks.at(task).end;
            if (model::round_title(round) != task) throw std::logic_error("demo: round title " + task);
            for (std::size_t g = 0; g < draft_group_names.size(); ++g) {
                model::Group group;
                group.number = static_cast<int>(g) + 1;
                group.authorising_body = std::string(authorising_body);
                group.dispatching_body = std::string(dispatching_body);
                for (std::size_t i = 0; i < m_dataset.people.size(); ++i) {
                    const auto& p = m_dataset.people[i];
                    for (const auto& s : p.secondments) {
                        if (s.task != task || s.group_name != draft_group_names[g]) continue;
                        model::GroupMember member;
                        member.person_id = p.id;
                        member.role = model::from_zh_name<model::GroupRole>(s.role).value_or(model::GroupRole::member);
                        if (member.role == model::GroupRole::leader) member.duties = {model::GroupDuty::branch_secretary};
                        if (member.role == model::GroupRole::liaison) member.duties = {model::GroupDuty::information_officer};
                        group.members.push_back(std::move(member));
                    }
                }
                if (group.members.empty()) continue;
                std::stable_sort(group.members.begin(), group.members.end(),
                                 [](const auto& a, const auto& b) { return a.role < b.role; });
                group.id = model::GroupId(++m_next_group);
                // One unit a group, none of whose members works there or in a unit under it.
                for (std::size_t q = 0; q < queue.size(); ++q) {
                    if (conflicts_with_own_unit(group, queue[q])) continue;
                    group.unit_ids.push_back(queue[q]);
                    for (const auto& member : group.members) m_inspected_by[queue[q]].insert(member.person_id);
                    queue.erase(queue.begin() + static_cast<std::ptrdiff_t>(q));
                    break;
                }
                if (group.unit_ids.empty()) continue;
                round.groups.push_back(std::move(group));
            }
            m_dataset.rounds.push_back(std::move(round));
        }
        m_uncovered = queue;
    }

    bool conflicts_with_own_unit(const model::Group& group, model::UnitId target) const
    {
        for (const auto& member : group.members) {
            const auto& p = person(member.person_id);
            if (!p.unit_id) continue;
            if (*p.unit_id == target) return true;
            const auto& own = unit(*p.unit_id);
            if (own.parent_id == target || own.supervisor_id == target) return true;
            const auto& inspected = unit(target);
            if (inspected.parent_id == *p.unit_id) return true;
        }
        return false;
    }

    // ---- The draft round: groups that meet real conflicts ----

    struct Plant {
        model::PersonId person;
        model::UnitId unit;
    };

    // One conflict of each kind found in the records, each a different person and unit.
    std::vector<Plant> find_plants()
    {
        std::vector<Plant> plants;
        std::set<model::PersonId> people;
        std::set<model::UnitId> units;
        const auto usable = [&](const Person& p, model::UnitId u) {
            return in_pool(p) && !people.contains(p.id) && !units.contains(u) && p.unit_id != u &&
                   inspectable(unit(u)) && !in_leader_pool(p);
        };
        const auto plant = [&](const Person& p, model::UnitId u) {
            plants.push_back({p.id, u});
            people.insert(p.id);
            units.insert(u);
        };
        const auto first = [&](auto&& match) {
            for (const auto& p : m_dataset.people) {
                if (const auto u = match(p); u && usable(p, *u)) {
                    plant(p, *u);
                    return;
                }
            }
        };
        // A relative leads the unit (rule 4).
        first([&](const Person& p) -> std::optional<model::UnitId> {
            for (const auto& r : p.relatives)
                if (r.employer_unit_id && r.is_leader && model::kinship_class_of(r.title) != model::KinshipClass::other)
                    return r.employer_unit_id;
            return std::nullopt;
        });
        // A spouse works there, not in its leadership (rule 5).
        first([&](const Person& p) -> std::optional<model::UnitId> {
            for (const auto& r : p.relatives)
                if (r.title == "配偶" && r.employer_unit_id && !r.is_leader) return r.employer_unit_id;
            return std::nullopt;
        });
        // Worked there until less than three years before the round goes in (rule 2).
        first([&](const Person& p) -> std::optional<model::UnitId> {
            for (const auto& w : p.work_history)
                if (w.unit_id && w.unit_id != p.unit_id && w.end && *w.end >= ymd(2024, 6, 1)) return w.unit_id;
            return std::nullopt;
        });
        // Inspected the unit in an earlier round (rule 10).
        for (const auto& [u, inspectors] : m_inspected_by) {
            bool done = false;
            for (const auto id : inspectors) {
                const auto& p = person(id);
                if (usable(p, u)) {
                    plant(p, u);
                    done = true;
                    break;
                }
            }
            if (done) break;
        }
        // Home town in the township (rule 9).
        first([&](const Person& p) -> std::optional<model::UnitId> {
            for (const auto& u : m_dataset.units)
                if (u.type == model::UnitType::township && p.native_place == u.name) return u.id;
            return std::nullopt;
        });
        return plants;
    }

    void make_draft_round()
    {
        model::Round round;
        round.id = model::RoundId(static_cast<long long>(m_dataset.rounds.size()) + 1);
        round.term = 15;
        round.number = static_cast<int>(m_dataset.rounds.size()) + 1;
        round.committee = "县委";
        round.mode = model::RoundMode::regular;
        round.state = model::RoundState::draft;
        round.planned_entry = draft_entry;
        round.planned_withdrawal = draft_withdrawal;
        round.remark = "草拟中：组成人员待领导小组审核";

        const std::size_t group_count = 4;
        std::vector<model::Group> groups(group_count);
        std::set<model::PersonId> taken;
        std::set<model::UnitId> covered;
        for (std::size_t g = 0; g < group_count; ++g) {
            groups[g].number = static_cast<int>(g) + 1;
            groups[g].authorising_body = std::string(authorising_body);
            groups[g].dispatching_body = std::string(dispatching_body);
        }
        const auto plants = find_plants();
        for (std::size_t i = 0; i < plants.size(); ++i) {
            auto& group = groups[i % group_count];
            group.unit_ids.push_back(plants[i].unit);
            covered.insert(plants[i].unit);
            group.members.push_back({plants[i].person, model::GroupRole::member, {}});
            taken.insert(plants[i].person);
        }
        // A married couple, both 在库, in one group (the in-group check).
        for (const auto& p : m_dataset.people) {
            if (!in_pool(p) || taken.contains(p.id) || in_leader_pool(p)) continue;
            const auto spouse = std::find_if(p.relatives.begin(), p.relatives.end(), [](const auto& r) { return r.title == "配偶"; });
            if (spouse == p.relatives.end()) continue;
            const auto other = std::find_if(m_dataset.people.begin(), m_dataset.people.end(), [&](const Person& o) {
                return o.name == spouse->name && o.birth_date == spouse->birth_date;
            });
            if (other == m_dataset.people.end() || !in_pool(*other) || taken.contains(other->id) || in_leader_pool(*other))
                continue;
            auto& group = groups[2 % group_count];
            group.members.push_back({p.id, model::GroupRole::member, {}});
            group.members.push_back({other->id, model::GroupRole::member, {}});
            taken.insert(p.id);
            taken.insert(other->id);
            break;
        }
        // Units not yet inspected in this term fill the groups up to two or three units.
        for (std::size_t g = 0, q = 0; g < group_count && q < m_uncovered.size(); ++q) {
            if (covered.contains(m_uncovered[q])) continue;
            groups[g].unit_ids.push_back(m_uncovered[q]);
            covered.insert(m_uncovered[q]);
            if (groups[g].unit_ids.size() >= (g % 2 == 0 ? 3u : 2u)) ++g;
        }

        // 组长 from the leader pool, then a 副组长, members and a 联络员: those used least in earlier rounds.
        std::map<model::PersonId, int> used;
        for (const auto& earlier : m_dataset.rounds)
            for (const auto& group : earlier.groups)
                for (const auto& member : group.members) ++used[member.person_id];
        const auto pick = [&](auto&& fits) -> std::optional<model::PersonId> {
            std::vector<std::pair<std::pair<int, std::uint64_t>, model::PersonId>> ranked;
            for (const auto& p : m_dataset.people)
                if (in_pool(p) && !taken.contains(p.id) && fits(p)) ranked.push_back({{used[p.id], m_rng.next()}, p.id});
            if (ranked.empty()) return std::nullopt;
            std::sort(ranked.begin(), ranked.end());
            taken.insert(ranked.front().second);
            return ranked.front().second;
        };
        for (auto& group : groups) {
            // Staff who work in a covered unit, or under one, are not picked at random.
            const auto clear = [&](const Person& p) {
                for (const auto u : group.unit_ids) {
                    if (p.unit_id == u) return false;
                    if (p.unit_id && (unit(*p.unit_id).parent_id == u || unit(u).parent_id == *p.unit_id)) return false;
                }
                return true;
            };
            std::vector<model::GroupMember> members;
            if (const auto id = pick([&](const Person& p) { return in_leader_pool(p) && clear(p); }))
                members.push_back({*id, model::GroupRole::leader, {model::GroupDuty::branch_secretary}});
            if (const auto id = pick([&](const Person& p) { return model::rank_level(p.rank) >= 3 && clear(p); }))
                members.push_back({*id, model::GroupRole::deputy, {model::GroupDuty::petitions}});
            for (auto& planted : group.members) members.push_back(planted);
            while (members.size() < 6) {
                const auto id = pick([&](const Person& p) { return !in_leader_pool(p) && clear(p); });
                if (!id) break;
                members.push_back({*id, model::GroupRole::member, {}});
            }
            if (const auto id = pick([&](const Person& p) { return model::rank_level(p.rank) <= 2 && clear(p); }))
                members.push_back({*id, model::GroupRole::liaison, {model::GroupDuty::information_officer}});
            if (members.size() > 2) members[2].duties = {model::GroupDuty::lead_finance_audit};
            group.members = std::move(members);
            group.id = model::GroupId(++m_next_group);
        }
        round.groups = std::move(groups);
        m_dataset.rounds.push_back(std::move(round));
    }

    // ---- Avoidance cases ----

    void make_cases()
    {
        const auto& draft = m_dataset.rounds.back();
        const auto& latest = m_dataset.rounds[m_dataset.rounds.size() - 2];

        // A 回避事项申报 filed early for the draft round: a cousin contracts for the unit (rule 6).
        {
            // The first unit with many projects, and the group's last member before the 联络员.
            const model::Group* group = &draft.groups.back();
            model::UnitId target = group->unit_ids.front();
            bool found = false;
            for (const auto& g : draft.groups)
                for (const auto u : g.unit_ids) {
                    const auto& flags = unit(u).profile_flags;
                    if (found || std::find(flags.begin(), flags.end(), "项目多") == flags.end()) continue;
                    group = &g;
                    target = u;
                    found = true;
                }
            const auto& member = group->members[group->members.size() - 2];
            model::AvoidanceCase c;
            c.round_id = draft.id;
            c.group_id = group->id;
            c.person_id = member.person_id;
            c.unit_id = target;
            c.trigger = model::CaseTrigger::self_declared;
            c.rule = model::AvoidanceRuleCode::declared_interest;
            c.facts = "本人表兄系" + unit(*c.unit_id).name + "在建项目的施工承包方负责人";
            c.raised_on = m_as_of - days(5);
            c.decision = model::CaseDecision::pending;
            m_dataset.avoidance_cases.push_back(std::move(c));
        }
        // In the latest archived round the inspected unit raised a tie; the office found none (rule 8).
        {
            const auto& group = latest.groups.front();
            const auto& member = group.members.back();
            model::AvoidanceCase c;
            c.round_id = latest.id;
            c.group_id = group.id;
            c.person_id = member.person_id;
            c.unit_id = group.unit_ids.front();
            c.trigger = model::CaseTrigger::inspected_unit;
            c.rule = model::AvoidanceRuleCode::education_tie;
            c.facts = "被巡察单位反映：该同志与本单位一名班子成员系高中同学";
            c.raised_on = *latest.entry_date + days(2);
            c.decision = model::CaseDecision::not_required;
            c.decided_by = "县委巡察工作领导小组办公室";
            c.decided_on = *latest.entry_date + days(4);
            c.acknowledged_on = *latest.entry_date + days(5);
            c.remark = "经核实二人毕业后无往来，不影响公正履职";
            m_dataset.avoidance_cases.push_back(std::move(c));
        }
        // A standing declaration outside any round, decided by the organisation (rule 11).
        {
            const auto& member = draft.groups.front().members.back();
            model::AvoidanceCase c;
            c.person_id = member.person_id;
            c.unit_id = unit_named("县城投集团").id;
            c.trigger = model::CaseTrigger::self_declared;
            c.rule = model::AvoidanceRuleCode::declared_relationship;
            c.facts = "本人配偶之弟在县城投集团工程部任项目经理";
            c.raised_on = ymd(2025, 12, 1);
            c.decision = model::CaseDecision::avoid;
            c.decided_by = "县委巡察工作领导小组";
            c.decided_on = ymd(2025, 12, 8);
            c.document_number = "青巡组〔2025〕12号";
            c.acknowledged_on = ymd(2025, 12, 9);
            m_dataset.avoidance_cases.push_back(std::move(c));
        }
        // In the order the database lists them (standing ones first, then by round), so that the demo
        // exports as the embedded file.
        auto& cases = m_dataset.avoidance_cases;
        std::stable_sort(cases.begin(), cases.end(), [](const model::AvoidanceCase& a, const model::AvoidanceCase& b) {
            const auto key = [](const model::AvoidanceCase& c) { return c.round_id ? c.round_id->value() : 0LL; };
            return key(a) < key(b);
        });
    }

    Dataset& m_dataset;
    Date m_as_of;
    DemoRng m_rng;
    std::optional<model::PoolId> m_leader_pool;
    std::map<model::PersonId, std::size_t> m_person_index;
    std::map<model::UnitId, std::set<model::PersonId>> m_inspected_by;
    std::vector<model::UnitId> m_uncovered;
    long long m_next_group = 0;
};

}  // namespace

void add_demo_rounds(Dataset& dataset, const model::Date& as_of, std::uint64_t seed)
{
    RoundMaker(dataset, as_of, seed).run();
}

}  // namespace xuncha::app
