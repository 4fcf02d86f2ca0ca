#include "model/avoidance.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace xuncha::model {

namespace {

using C = AvoidanceRuleCode;

std::string year_month(const Date& date) { return to_iso(date).substr(0, 7); }

// "（2019-03 至今）", "（2015-06 至 2019-08）".
std::string period_text(const std::optional<Date>& start, const std::optional<Date>& end)
{
    const std::string from = start ? year_month(*start) : std::string("起始不详");
    return "（" + from + (end ? " 至 " + year_month(*end) : std::string(" 至今")) + "）";
}

// Whether a period has begun by `on`: later posts are not facts yet on the evaluation date.
bool started_by(const std::optional<Date>& start, const Date& on) { return !start || *start <= on; }

bool covers(const std::optional<Date>& start, const std::optional<Date>& end, const Date& on)
{
    return started_by(start, on) && (!end || *end >= on);
}

bool is_place(UnitType type)
{
    return type == UnitType::township || type == UnitType::subdistrict || type == UnitType::village ||
           type == UnitType::community;
}

// Findings of one person, keyed by (position of the unit in the request, rule).
class Collector {
public:
    void add(int unit_pos, C rule, std::string evidence)
    {
        auto& list = m_found[{unit_pos, static_cast<int>(rule)}];
        if (std::find(list.begin(), list.end(), evidence) == list.end()) list.push_back(std::move(evidence));
    }

    void flush(PersonId person, const std::vector<UnitId>& units, const AvoidanceRules& rules,
               std::vector<Finding>& out)
    {
        for (auto& [key, evidence] : m_found) {
            const auto code = static_cast<C>(key.second);
            out.push_back({person, units[static_cast<std::size_t>(key.first)], std::nullopt, code,
                           rules.rule(code).severity, std::move(evidence)});
        }
        m_found.clear();
    }

private:
    std::map<std::pair<int, int>, std::vector<std::string>> m_found;
};

}  // namespace

struct AvoidanceEngine::Index {
    // A post another person held, for rule 7: a current leader L of `target` was at `unit` in this period.
    struct LeaderPost {
        int target = 0;                 // index of the unit L currently leads
        const UnitLeader* leader = nullptr;
        int unit = 0;                   // index of the unit where L held the post
        std::string post;
        std::optional<Date> start;
        std::optional<Date> end;
        bool leadership = false;
    };

    AvoidanceRules rules;
    Date as_of;
    const AvoidanceFacts& facts;

    std::unordered_map<UnitId, int> unit_index;
    std::vector<std::vector<int>> ancestors;             // every unit above each unit (parent or 主管部门 links)
    std::vector<std::vector<const UnitLeader*>> current_leaders;
    std::unordered_map<PersonId, const Person*> people;
    std::unordered_set<PersonId> leader_pool;
    std::unordered_map<PersonId, std::vector<const Assignment*>> history;
    std::unordered_map<PersonId, std::vector<const AvoidanceCase*>> cases;
    std::unordered_map<PersonId, std::vector<std::pair<int, const UnitLeader*>>> leader_records;  // unit, record
    std::vector<std::vector<LeaderPost>> leader_posts_at;  // rule 7, by the unit where the post was held
    std::unordered_map<std::string, int> unit_by_name;     // names and short names (rule 8)
    std::vector<int> places;                               // townships, villages... (rule 9)
    mutable std::unordered_map<std::string, std::vector<int>> places_in_text;

    Index(const AvoidanceRules& r, const Date& date, const AvoidanceFacts& f) : rules(repaired(r)), as_of(date), facts(f)
    {
        const auto& units = facts.units;
        for (std::size_t i = 0; i < units.size(); ++i) unit_index.emplace(units[i].id, static_cast<int>(i));
        ancestors.resize(units.size());
        current_leaders.resize(units.size());
        leader_posts_at.resize(units.size());
        for (std::size_t i = 0; i < units.size(); ++i) {
            collect_ancestors(static_cast<int>(i));
            const auto& unit = units[i];
            if (!unit.name.empty()) unit_by_name.emplace(unit.name, static_cast<int>(i));
            if (!unit.short_name.empty()) unit_by_name.emplace(unit.short_name, static_cast<int>(i));
            if (is_place(unit.type)) places.push_back(static_cast<int>(i));
            for (const auto& leader : unit.leaders) {
                if (leader.person_id) leader_records[*leader.person_id].emplace_back(static_cast<int>(i), &leader);
                if (in_post_on(leader, as_of)) current_leaders[i].push_back(&leader);
            }
        }
        for (const auto& person : facts.people) people.emplace(person.id, &person);
        leader_pool.insert(facts.leader_pool.begin(), facts.leader_pool.end());
        for (const auto& a : facts.history) history[a.person_id].push_back(&a);
        for (const auto& c : facts.cases) cases[c.person_id].push_back(&c);

        // Rule 7: every post held by a current leader of some unit, by the unit where it was held.
        for (std::size_t target = 0; target < units.size(); ++target)
            for (const UnitLeader* leader : current_leaders[target]) {
                const int t = static_cast<int>(target);
                leader_posts_at[target].push_back({t, leader, t, leader->post, leader->start, leader->end, true});
                if (!leader->person_id) continue;
                const auto it = people.find(*leader->person_id);
                if (it == people.end()) continue;
                for (const auto& entry : it->second->work_history) {
                    if (!entry.unit_id || !started_by(entry.start, as_of)) continue;
                    const int at = index_of(*entry.unit_id);
                    if (at < 0) continue;
                    leader_posts_at[static_cast<std::size_t>(at)].push_back(
                        {t, leader, at, entry.post, entry.start, entry.end, entry.leadership_member || entry.principal_head});
                }
            }
    }

    int index_of(UnitId id) const
    {
        const auto it = unit_index.find(id);
        return it == unit_index.end() ? -1 : it->second;
    }

    const std::string& unit_name(int index) const { return facts.units[static_cast<std::size_t>(index)].name; }

    void collect_ancestors(int start)
    {
        std::vector<int> pending{start};
        std::vector<int>& found = ancestors[static_cast<std::size_t>(start)];
        while (!pending.empty()) {
            const int current = pending.back();
            pending.pop_back();
            const auto& unit = facts.units[static_cast<std::size_t>(current)];
            for (const auto& link : {unit.parent_id, unit.supervisor_id}) {
                if (!link) continue;
                const int above = index_of(*link);
                if (above < 0 || above == start) continue;  // a cycle (refused on save) ends here
                if (std::find(found.begin(), found.end(), above) != found.end()) continue;
                found.push_back(above);
                pending.push_back(above);
            }
        }
    }

    const std::vector<int>& places_named_in(const std::string& text) const
    {
        const auto it = places_in_text.find(text);
        if (it != places_in_text.end()) return it->second;
        std::vector<int> found;
        if (!text.empty())
            for (const int place : places) {
                const auto& unit = facts.units[static_cast<std::size_t>(place)];
                if (text.find(unit.name) != std::string::npos ||
                    (unit.short_name.size() >= 6 && text.find(unit.short_name) != std::string::npos))
                    found.push_back(place);
            }
        return places_in_text.emplace(text, std::move(found)).first->second;
    }

    bool enabled(C code) const { return rules.rule(code).enabled; }

    void check_person(const Person& person, const std::vector<int>& pos_of, const std::vector<std::vector<int>>& below,
                      Collector& out) const;
};

namespace {

std::string role_text(const WorkHistoryEntry& e)
{
    if (e.principal_head) return "（主要负责人）";
    if (e.leadership_member) return "（领导班子成员）";
    return {};
}

std::string post_text(const WorkHistoryEntry& e)
{
    std::string text = e.department;
    if (!text.empty() && !e.post.empty()) text += " ";
    return text + e.post;
}

std::string case_text(const AvoidanceCase& c)
{
    std::string text = std::string(zh_name(c.trigger));
    if (c.raised_on) text += "（" + to_iso(*c.raised_on) + "）";
    text += "：" + c.facts;
    if (c.decision != CaseDecision::pending) {
        text += "；" + std::string(zh_name(c.decision));
        if (!c.decided_by.empty()) text += "（" + c.decided_by + "）";
    }
    return text;
}

bool has_class(const AvoidanceRule& rule, KinshipClass kinship)
{
    return std::find(rule.kinship_classes.begin(), rule.kinship_classes.end(), kinship) != rule.kinship_classes.end();
}

}  // namespace

void AvoidanceEngine::Index::check_person(const Person& person, const std::vector<int>& pos_of,
                                          const std::vector<std::vector<int>>& below, Collector& out) const
{
    const auto requested = [&](int unit) { return unit >= 0 ? pos_of[static_cast<std::size_t>(unit)] : -1; };

    // Rule 1: the person's current units, and the hierarchy around them.
    if (enabled(C::own_unit)) {
        std::vector<std::pair<int, std::string>> current;  // unit, what the person does there
        if (person.unit_id) {
            const int u = index_of(*person.unit_id);
            if (u >= 0) current.emplace_back(u, person.post);
        }
        for (const auto& e : person.work_history)
            if (e.unit_id && covers(e.start, e.end, as_of)) {
                const int u = index_of(*e.unit_id);
                if (u >= 0 && std::none_of(current.begin(), current.end(), [&](const auto& c) { return c.first == u; }))
                    current.emplace_back(u, post_text(e));
            }
        for (const auto& [u, post] : current) {
            const std::string works = "本人现在 " + unit_name(u) + (post.empty() ? "" : " 任 " + post);
            if (const int p = requested(u); p >= 0) out.add(p, C::own_unit, works + "，即被巡察单位");
            for (const int above : ancestors[static_cast<std::size_t>(u)])
                if (const int p = requested(above); p >= 0)
                    out.add(p, C::own_unit, works + "，该单位隶属于被巡察单位 " + unit_name(above));
            for (const int under : below[static_cast<std::size_t>(u)])
                out.add(requested(under), C::own_unit,
                        works + "，被巡察单位 " + unit_name(under) + " 隶属于该单位或以其为主管部门");
        }
    }

    // Rules 2, 3, 7: the person's own posts.
    const auto& r2 = rules.rule(C::past_employment);
    const Date cutoff2 = add_years(as_of, -r2.look_back_years);
    std::map<int, long> days_at;  // rule 2's total, by requested unit position
    const auto& r3 = rules.rule(C::former_leader);
    const auto& r7 = rules.rule(C::leadership_overlap);
    const bool check7 = r7.enabled && (!r7.leaders_only || leader_pool.contains(person.id));
    const Date cutoff7 = add_years(as_of, -r7.look_back_years);
    for (const auto& e : person.work_history) {
        if (!e.unit_id || !started_by(e.start, as_of)) continue;
        const int u = index_of(*e.unit_id);
        if (u < 0) continue;
        const int p = requested(u);
        const std::string held = period_text(e.start, e.end) + "在 " + unit_name(u) + " 任 " + post_text(e);
        if (p >= 0 && r2.enabled) {
            if (!e.end || *e.end >= cutoff2)
                out.add(p, C::past_employment,
                        "本人" + held + (e.end && *e.end < as_of ? "，离开未满 " + std::to_string(r2.look_back_years) + " 年"
                                                               : std::string("，仍在职")));
            if (e.start) {
                const Date last = e.end && *e.end < as_of ? *e.end : as_of;
                days_at[p] += (last - *e.start).days() + 1;
            }
        }
        if (p >= 0 && r3.enabled && (r3.principal_only ? e.principal_head : e.leadership_member || e.principal_head))
            out.add(p, C::former_leader, "本人" + held + role_text(e));
        if (check7) {
            for (const auto& lp : leader_posts_at[static_cast<std::size_t>(u)]) {
                const int target = requested(lp.target);
                if (target < 0 || (lp.leader->person_id && *lp.leader->person_id == person.id)) continue;
                const bool leadership = lp.leadership || e.leadership_member || e.principal_head;
                if (!leadership) continue;
                const Date from = std::max(e.start.value_or(Date(1900, 1, 1)), lp.start.value_or(Date(1900, 1, 1)));
                const Date to = std::min(e.end.value_or(as_of), lp.end.value_or(as_of));
                if (from > to || to < cutoff7) continue;
                out.add(target, C::leadership_overlap,
                        "本人" + held + role_text(e) + "，同期 " + lp.leader->name + "（现任 " +
                            unit_name(lp.target) + " " + lp.leader->post + "）在 " + unit_name(lp.unit) + " 任 " +
                            lp.post + period_text(lp.start, lp.end));
            }
        }
    }
    if (r2.enabled && r2.total_years > 0)
        for (const auto& [p, days] : days_at) {
            const double years = static_cast<double>(days) / 365.25;
            if (years + 1e-9 < r2.total_years) continue;
            char text[32];
            std::snprintf(text, sizeof text, "%.1f", years);
            out.add(p, C::past_employment,
                    "本人在该单位累计工作 " + std::string(text) + " 年（达到 " + std::to_string(r2.total_years) + " 年）");
        }
    // Rule 3 also reads the units' own leader lists.
    if (r3.enabled)
        if (const auto it = leader_records.find(person.id); it != leader_records.end())
            for (const auto& [u, leader] : it->second)
                if (const int p = requested(u); p >= 0 && started_by(leader->start, as_of) &&
                                                (!r3.principal_only || leader->principal_head))
                    out.add(p, C::former_leader,
                            "本人" + period_text(leader->start, leader->end) + "任 " + unit_name(u) + " " +
                                leader->post + (leader->principal_head ? "（主要负责人）" : "（领导班子成员）"));

    // Rules 4 and 5: relatives.
    const auto& r4 = rules.rule(C::relative_leader);
    const auto& r5 = rules.rule(C::relative_employee);
    for (const auto& relative : person.relatives) {
        if (!relative.employer_unit_id) continue;
        const int u = index_of(*relative.employer_unit_id);
        const int p = requested(u);
        if (p < 0) continue;
        const KinshipClass kinship = kinship_class_of(relative.title);
        if (kinship == KinshipClass::other) continue;
        const std::string who = relative.title + " " + relative.name;
        if (r4.enabled && has_class(r4, kinship)) {
            const UnitLeader* listed = nullptr;
            for (const UnitLeader* leader : current_leaders[static_cast<std::size_t>(u)])
                if (leader->name == relative.name) listed = leader;
            if (listed)
                out.add(p, C::relative_leader,
                        who + " 现任 " + unit_name(u) + " " + listed->post + period_text(listed->start, listed->end));
            else if (relative.is_leader)
                out.add(p, C::relative_leader,
                        who + " 现任 " + unit_name(u) + " " + relative.post + "（领导班子成员）");
        }
        if (r5.enabled && has_class(r5, kinship))
            out.add(p, C::relative_employee,
                    who + " 在 " + unit_name(u) + " 工作" + (relative.post.empty() ? "" : "（" + relative.post + "）"));
    }

    // Rule 8: studied at the unit.
    if (enabled(C::education_tie))
        for (const auto* education : {&person.fulltime_education, &person.inservice_education}) {
            if (education->school.empty()) continue;
            const auto it = unit_by_name.find(education->school);
            if (it == unit_by_name.end()) continue;
            if (const int p = requested(it->second); p >= 0)
                out.add(p, C::education_tie,
                        std::string(education == &person.fulltime_education ? "本人全日制教育" : "本人在职教育") +
                            "就读于 " + education->school);
        }

    // Rule 9: home town.
    if (enabled(C::home_town)) {
        const bool same = person.native_place == person.birth_place;
        using Place = std::pair<const char*, const std::string*>;
        const Place home_places[] = {{same ? "籍贯、成长地" : "籍贯", &person.native_place},
                                     {"成长地", &person.birth_place}};
        for (std::size_t k = 0; k < (same ? 1u : 2u); ++k) {
            const auto& [label, text] = home_places[k];
            for (const int place : places_named_in(*text)) {
                const std::string fact = std::string("本人") + label + " " + *text;
                if (const int p = requested(place); p >= 0) out.add(p, C::home_town, fact + "，即被巡察地 " + unit_name(place));
                for (const int under : below[static_cast<std::size_t>(place)])
                    out.add(requested(under), C::home_town,
                            fact + "，被巡察单位 " + unit_name(under) + " 位于 " + unit_name(place));
            }
        }
    }

    // Rule 10: earlier rounds.
    if (enabled(C::earlier_round))
        if (const auto it = history.find(person.id); it != history.end())
            for (const Assignment* a : it->second) {
                if (a->entry_date && *a->entry_date >= as_of) continue;  // not earlier
                if (const int p = requested(index_of(a->unit_id)); p >= 0)
                    out.add(p, C::earlier_round,
                            "本人曾在 " + a->round_title + " " + a->group_name + " 任" + std::string(zh_name(a->role)) +
                                (a->entry_date ? "（" + year_month(*a->entry_date) + " 进驻）" : std::string()) +
                                "，巡察过 " + unit_name(index_of(a->unit_id)));
            }

    // Rules 6, 8, 11: what was declared or raised.
    if (const auto it = cases.find(person.id); it != cases.end())
        for (const AvoidanceCase* c : it->second) {
            if (!c->unit_id) continue;
            const int p = requested(index_of(*c->unit_id));
            if (p < 0) continue;
            const C code = c->rule.value_or(C::declared_relationship);
            if (code != C::declared_interest && code != C::education_tie && code != C::declared_relationship) continue;
            if (enabled(code)) out.add(p, code, case_text(*c));
        }
}

AvoidanceEngine::AvoidanceEngine(const AvoidanceRules& rules, const Date& as_of, const AvoidanceFacts& facts)
    : m_index(std::make_unique<Index>(rules, as_of, facts))
{
}

AvoidanceEngine::~AvoidanceEngine() = default;

const Date& AvoidanceEngine::as_of() const { return m_index->as_of; }

const AvoidanceRules& AvoidanceEngine::rules() const { return m_index->rules; }

std::vector<Finding> AvoidanceEngine::check(const std::vector<PersonId>& people, const std::vector<UnitId>& units) const
{
    const Index& index = *m_index;
    const std::size_t n = index.facts.units.size();
    // Where each unit stands in the request, and which requested units lie under each unit.
    std::vector<int> pos_of(n, -1);
    std::vector<UnitId> known_units;
    for (const auto id : units) {
        const int u = index.index_of(id);
        if (u < 0 || pos_of[static_cast<std::size_t>(u)] >= 0) continue;
        pos_of[static_cast<std::size_t>(u)] = static_cast<int>(known_units.size());
        known_units.push_back(id);
    }
    std::vector<std::vector<int>> below(n);
    for (std::size_t u = 0; u < n; ++u)
        if (pos_of[u] >= 0)
            for (const int above : index.ancestors[u]) below[static_cast<std::size_t>(above)].push_back(static_cast<int>(u));

    std::vector<Finding> findings;
    Collector collector;
    std::unordered_set<PersonId> done;
    for (const auto id : people) {
        const auto it = index.people.find(id);
        if (it == index.people.end() || !done.insert(id).second) continue;
        index.check_person(*it->second, pos_of, below, collector);
        collector.flush(id, known_units, index.rules, findings);
    }
    return findings;
}

std::vector<Finding> AvoidanceEngine::check_all(const std::vector<UnitId>& units) const
{
    std::vector<PersonId> people;
    people.reserve(m_index->facts.people.size());
    for (const auto& person : m_index->facts.people) people.push_back(person.id);
    return check(people, units);
}

std::vector<Finding> AvoidanceEngine::check_group(const Group& group) const
{
    std::vector<Finding> findings;
    const auto& rule = m_index->rules.rule(C::group_relatives);
    if (!rule.enabled) return findings;
    for (const auto& a : group.members) {
        const auto pa = m_index->people.find(a.person_id);
        if (pa == m_index->people.end()) continue;
        for (const auto& b : group.members) {
            if (a.person_id == b.person_id) continue;
            const auto pb = m_index->people.find(b.person_id);
            if (pb == m_index->people.end()) continue;
            const Person& other = *pb->second;
            for (const auto& relative : pa->second->relatives) {
                if (relative.name != other.name || !has_class(rule, kinship_class_of(relative.title))) continue;
                if (relative.birth_date && other.birth_date && *relative.birth_date != *other.birth_date) continue;
                findings.push_back({a.person_id, std::nullopt, b.person_id, C::group_relatives, rule.severity,
                                    {pa->second->name + " 的" + relative.title + " " + other.name + " 同在 " +
                                     group_display_name(group)}});
                break;
            }
        }
    }
    return findings;
}

std::string rule_label(AvoidanceRuleCode code, Severity severity)
{
    const std::string number = code == C::group_relatives ? std::string("同组") : "规则" + std::to_string(rule_number(code));
    return number + " " + std::string(zh_name(code)) + "（" + std::string(zh_name(severity)) + "）";
}

std::string explanation(const Finding& finding)
{
    std::string text;
    for (const auto& fact : finding.evidence) {
        if (!text.empty()) text += "；";
        text += fact;
    }
    return text + " → " + rule_label(finding.rule, finding.severity);
}

std::vector<Finding> check_round(const AvoidanceEngine& engine, const Round& round, const std::vector<PersonId>& candidates)
{
    std::vector<PersonId> people;
    std::unordered_set<PersonId> seen;
    std::vector<UnitId> units;
    std::unordered_set<UnitId> seen_units;
    for (const auto& group : round.groups) {
        for (const auto& member : group.members)
            if (seen.insert(member.person_id).second) people.push_back(member.person_id);
        for (const auto unit : group.unit_ids)
            if (seen_units.insert(unit).second) units.push_back(unit);
    }
    for (const auto id : candidates)
        if (seen.insert(id).second) people.push_back(id);
    auto findings = engine.check(people, units);
    for (const auto& group : round.groups) {
        auto inside = engine.check_group(group);
        findings.insert(findings.end(), std::make_move_iterator(inside.begin()), std::make_move_iterator(inside.end()));
    }
    return findings;
}

}  // namespace xuncha::model
