// MainFrame's commands for issue 4: rounds and their state, the conflict matrix with the round's
// avoidance cases, "why can't this person go to X", "who must avoid this unit", and coverage per 届.
// Each write is one transaction; the engine is built on facts read fresh for each check.
#include "app/gui/main_frame.h"

#include "app/exchange/avoidance_check.h"
#include "app/gui/avoidance_findings_dialog.h"
#include "app/gui/conflict_matrix_dialog.h"
#include "app/gui/coverage_dialog.h"
#include "app/gui/guarded.h"
#include "app/gui/messages.h"
#include "app/gui/people_page.h"
#include "app/gui/person_picker.h"
#include "app/gui/round_dialog.h"
#include "app/gui/round_state_dialog.h"
#include "app/gui/rounds_page.h"
#include "app/gui/units_page.h"
#include "app/gui/wx_text.h"
#include "db/avoidance_case_repository.h"
#include "db/round_repository.h"

#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

#include <algorithm>
#include <unordered_set>

namespace xuncha::app {

namespace {

// The facts with the engine built on them (the engine holds a reference to the facts).
struct Checker {
    AvoidanceData data;
    model::AvoidanceRules rules;
    std::unique_ptr<model::AvoidanceEngine> engine;
};

// Reads the facts and builds the engine; for a round's check with the rules that round uses.
std::unique_ptr<Checker> make_checker(db::Database& database, const model::Date& as_of,
                                      const model::Round* round = nullptr)
{
    auto checker = std::make_unique<Checker>();
    checker->data = load_avoidance_data(database, round ? std::optional(round->id) : std::nullopt);
    checker->rules = round ? model::rules_for(*round, checker->data.rules) : checker->data.rules;
    checker->engine = std::make_unique<model::AvoidanceEngine>(checker->rules, as_of, checker->data.facts);
    return checker;
}

MatrixPerson matrix_person(const std::vector<model::PersonSummary>& people, model::PersonId id)
{
    MatrixPerson row;
    row.id = id;
    if (const auto* summary = find_summary(people, id)) {
        row.name = summary->name;
        row.name_pinyin = summary->name_pinyin;
        row.name_initials = summary->name_initials;
        row.unit_name = summary->unit_name;
    } else {
        row.name = "#" + std::to_string(id.value());
    }
    return row;
}

}  // namespace

const model::Round* MainFrame::find_round(model::RoundId id) const
{
    const auto it = std::find_if(m_rounds.begin(), m_rounds.end(), [&](const auto& r) { return r.id == id; });
    return it == m_rounds.end() ? nullptr : &*it;
}

bool MainFrame::save_round(model::Round& round, const wxString& failure)
{
    return guarded(this, failure, [&] {
        db::Transaction tx(*m_database);
        db::RoundRepository repository(*m_database);
        if (round.id.is_saved()) repository.update(tx, round);
        else repository.create(tx, round);
        tx.commit();
    });
}

void MainFrame::add_round()
{
    model::Round round;
    // The next round of the newest term, by the same committee.
    if (!m_rounds.empty()) {
        const auto newest = std::max_element(m_rounds.begin(), m_rounds.end(), [](const auto& a, const auto& b) {
            return std::pair(a.term, a.number) < std::pair(b.term, b.number);
        });
        round.term = newest->term;
        round.number = newest->number + 1;
        round.committee = newest->committee;
    }
    RoundDialog dialog(this, round, m_units, m_people_page->list_model().people());
    if (dialog.ShowModal() != wxID_OK) return;
    model::Round created = dialog.round();
    const bool saved = save_round(created, _("The round could not be saved. Nothing was written."));
    reload();
    if (!saved) return;
    show_rounds();
    m_rounds_page->select_round(created.id);
    SetStatusText(wxString::Format(_("Added %s."), to_wx(model::round_title(created))), 0);
}

void MainFrame::edit_round()
{
    const auto id = m_rounds_page->selected_round();
    const model::Round* found = id ? find_round(*id) : nullptr;
    if (!found) return;
    const model::Round original = *found;
    RoundDialog dialog(this, original, m_units, m_people_page->list_model().people());
    if (dialog.ShowModal() != wxID_OK || dialog.round() == original) return;
    model::Round edited = dialog.round();
    const bool saved = save_round(edited, _("The changes could not be saved."));
    reload();
    m_rounds_page->select_round(edited.id);
    if (saved) SetStatusText(wxString::Format(_("Saved the changes to %s."), to_wx(model::round_title(edited))), 0);
}

void MainFrame::remove_round()
{
    const auto id = m_rounds_page->selected_round();
    const model::Round* found = id ? find_round(*id) : nullptr;
    if (!found) return;
    const wxString title = to_wx(model::round_title(*found));
    wxMessageDialog confirm(this, wxString::Format(_("Remove %s?"), title), _("Remove Round"),
                            wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    confirm.SetExtendedMessage(_("Its groups and their members go with it. A round whose avoidance cases are "
                                 "recorded cannot be removed. The removal is recorded in the audit log."));
    confirm.SetYesNoLabels(_("Remove"), _("Keep"));
    if (confirm.ShowModal() != wxID_YES) return;
    try {
        db::Transaction tx(*m_database);
        db::RoundRepository(*m_database).remove(tx, *id);
        tx.commit();
        SetStatusText(wxString::Format(_("Removed %s."), title), 0);
    } catch (const db::DbError& error) {
        if (error.category() == db::DbError::Category::in_use)
            message_box(this,
                        wxString::Format(_("%s cannot be removed: avoidance cases are recorded for it. Nothing was "
                                           "removed."),
                                         title),
                        _("Remove Round"), wxOK | wxICON_WARNING);
        else
            show_db_error(this, error, wxString::Format(_("%s could not be removed."), title));
    } catch (const std::exception& error) {
        show_unexpected_error(this, error, wxString::Format(_("%s could not be removed."), title));
    }
    reload();
}

void MainFrame::change_round_state()
{
    const auto id = m_rounds_page->selected_round();
    const model::Round* found = id ? find_round(*id) : nullptr;
    if (!found) return;
    RoundStateDialog dialog(this, *found);
    if (dialog.ShowModal() != wxID_OK) return;
    model::Round changed = dialog.round();
    const bool saved = save_round(changed, _("The round's state could not be changed. Nothing was written."));
    reload();
    m_rounds_page->select_round(changed.id);
    if (saved)
        SetStatusText(wxString::Format(_("%s is now: %s."), to_wx(model::round_title(changed)), term_label(changed.state)),
                      0);
}

void MainFrame::show_conflict_matrix()
{
    const auto id = m_rounds_page->selected_round();
    const model::Round* found = id ? find_round(*id) : nullptr;
    if (!found) return;
    model::Round round = *found;
    const auto& people = m_people_page->list_model().people();
    const model::Date as_of = model::evaluation_date(round, today());

    std::unique_ptr<Checker> checker;
    std::vector<model::Finding> findings;
    {
        wxBusyCursor busy;
        if (!guarded(this, _("The avoidance check could not read the database."), [&] {
                checker = make_checker(*m_database, as_of, &round);
                findings = model::check_round(*checker->engine, round, round_candidates(checker->data, round));
            }))
            return;
    }
    // Until the round is announced, each check records the rules it used (the round's snapshot).
    if (model::takes_snapshot(round) && (round.rules_snapshot != checker->rules || !round.checked_on)) {
        model::Round checked = round;
        checked.rules_snapshot = checker->rules;
        checked.checked_on = today();
        if (save_round(checked, _("The rules the check used could not be recorded with the round.")))
            round = checked;
        reload();
        m_rounds_page->select_round(round.id);
    }

    // Rows: the round's members group by group, then everyone else in the pools by name.
    std::vector<MatrixPerson> rows;
    std::unordered_set<model::PersonId> listed;
    std::vector<model::UnitId> units;
    for (const auto& group : round.groups) {
        for (const auto unit : group.unit_ids)
            if (std::find(units.begin(), units.end(), unit) == units.end()) units.push_back(unit);
        for (const auto& member : group.members) {
            if (!listed.insert(member.person_id).second) continue;
            MatrixPerson row = matrix_person(people, member.person_id);
            row.member = true;
            row.group_label = model::group_display_name(group) + " " + from_wx(term_label(member.role));
            rows.push_back(std::move(row));
        }
    }
    std::vector<MatrixPerson> pool;
    for (const auto candidate : checker->data.pool_people)
        if (!listed.count(candidate)) pool.push_back(matrix_person(people, candidate));
    std::stable_sort(pool.begin(), pool.end(),
                     [](const auto& a, const auto& b) { return a.name_pinyin < b.name_pinyin; });
    std::move(pool.begin(), pool.end(), std::back_inserter(rows));

    ConflictMatrixDialog::CaseCallbacks cases;
    cases.load = [this, round_id = round.id]() -> std::optional<std::vector<model::AvoidanceCase>> {
        std::optional<std::vector<model::AvoidanceCase>> loaded;
        guarded(this, _("The avoidance cases could not be read from the database."),
                [&] { loaded = db::AvoidanceCaseRepository(*m_database).list_for_round(round_id); });
        return loaded;
    };
    cases.save = [this](wxWindow* parent, model::AvoidanceCase& avoidance_case) {
        return guarded(parent, _("The avoidance case could not be saved. Nothing was written."), [&] {
            db::Transaction tx(*m_database);
            db::AvoidanceCaseRepository repository(*m_database);
            if (avoidance_case.id.is_saved()) repository.update(tx, avoidance_case);
            else repository.create(tx, avoidance_case);
            tx.commit();
        });
    };
    cases.remove = [this](wxWindow* parent, const model::AvoidanceCase& avoidance_case) {
        return guarded(parent, _("The avoidance case could not be removed."), [&] {
            db::Transaction tx(*m_database);
            db::AvoidanceCaseRepository(*m_database).remove(tx, avoidance_case.id);
            tx.commit();
        });
    };
    cases.recheck = [this, round, as_of]() -> std::optional<std::vector<model::Finding>> {
        std::optional<std::vector<model::Finding>> again;
        wxBusyCursor busy;
        guarded(this, _("The avoidance check could not read the database."), [&] {
            const auto fresh = make_checker(*m_database, as_of, &round);
            again = model::check_round(*fresh->engine, round, round_candidates(fresh->data, round));
        });
        return again;
    };
    ConflictMatrixDialog dialog(this, round, ConflictMatrix(std::move(rows), std::move(units), std::move(findings)),
                                as_of, today(), m_units, people, std::move(cases));
    dialog.ShowModal();
}

void MainFrame::check_person_avoidance()
{
    const auto id = m_people_page->selected_person();
    if (!id) return;
    const auto& people = m_people_page->list_model().people();
    std::unique_ptr<Checker> checker;
    {
        wxBusyCursor busy;
        if (!guarded(this, _("The avoidance check could not read the database."),
                     [&] { checker = make_checker(*m_database, today()); }))
            return;
    }
    const model::AvoidanceEngine& engine = *checker->engine;
    const model::PersonId person = *id;
    AvoidanceFindingsDialog dialog(
        this, person_label(people, person),
        [&engine, person](const std::vector<model::UnitId>& units) { return engine.check({person}, units); }, today(),
        m_units, people);
    dialog.ShowModal();
}

void MainFrame::show_unit_avoiders()
{
    const auto id = m_units_page->selected_unit();
    if (!id) return;
    const auto it = std::find_if(m_units.begin(), m_units.end(), [&](const auto& u) { return u.id == *id; });
    if (it == m_units.end()) return;
    const model::Unit unit = *it;
    std::vector<model::Finding> findings;
    {
        wxBusyCursor busy;
        if (!guarded(this, _("The avoidance check could not read the database."), [&] {
                const auto checker = make_checker(*m_database, today());
                findings = checker->engine->check_all({unit.id});
            }))
            return;
    }
    AvoidanceFindingsDialog dialog(this, unit, std::move(findings), today(), m_units,
                                   m_people_page->list_model().people());
    dialog.ShowModal();
}

void MainFrame::show_coverage()
{
    CoverageDialog dialog(this, m_units, m_rounds);
    dialog.ShowModal();
}

}  // namespace xuncha::app
