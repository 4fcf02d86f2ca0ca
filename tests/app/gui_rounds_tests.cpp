// Issue 4 in the main window on the demo county: the round editor with a group, the round's state
// changes, the conflict matrix of the demo round with its explanations, "why can't this person go to X",
// "who must avoid this unit", the avoidance rule settings, unit leaders and flags, and coverage.
// Screenshots go to <build>/screenshots.
#include "gui_test_support.h"

#include "app/gui/avoidance_case_dialog.h"
#include "app/gui/avoidance_findings_dialog.h"
#include "app/gui/conflict_matrix_dialog.h"
#include "app/gui/coverage_dialog.h"
#include "app/gui/main_frame.h"
#include "app/gui/people_page.h"
#include "app/gui/record_list.h"
#include "app/gui/round_dialog.h"
#include "app/gui/round_state_dialog.h"
#include "app/gui/rounds_page.h"
#include "app/gui/settings_dialog.h"
#include "app/gui/unit_dialog.h"
#include "app/gui/units_page.h"
#include "app/gui/wx_text.h"
#include "db/avoidance_case_repository.h"
#include "db/person_repository.h"
#include "db/round_repository.h"
#include "db/settings_repository.h"
#include "db/unit_repository.h"

#include <catch2/catch.hpp>

#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/dataview.h>
#include <wx/grid.h>
#include <wx/notebook.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>

#include <algorithm>

using namespace xuncha;
using test::post_menu;
using test::ExpectDialog;

namespace {

// Presses OK; the dialog's answer as ShowModal would give it.
int ok_or_cancel(wxDialog& dialog)
{
    test::press_ok(dialog);
    const bool accepted = !dialog.IsShown();
    dialog.Hide();
    return accepted ? wxID_OK : wxID_CANCEL;
}

// People in a pool (在库), in list order.
std::vector<model::PersonId> pool_people(app::MainFrame& frame, std::size_t count)
{
    std::vector<model::PersonId> ids;
    for (const auto& p : frame.people_page().list_model().people()) {
        const bool active = std::any_of(p.memberships.begin(), p.memberships.end(),
                                        [](const auto& m) { return m.status == model::MembershipStatus::active; });
        if (active) ids.push_back(p.id);
        if (ids.size() == count) break;
    }
    return ids;
}

// The demo round to check: the newest one with groups.
model::Round demo_round(app::MainFrame& frame)
{
    const auto rounds = db::RoundRepository(frame.database()).list();
    const auto it = std::find_if(rounds.begin(), rounds.end(), [](const auto& r) { return !r.groups.empty(); });
    REQUIRE(it != rounds.end());
    return *it;
}

}  // namespace

TEST_CASE("a round is added in the round editor with a group of two members covering a unit", "[gui][rounds]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    const auto rounds_before = db::RoundRepository(frame.database()).list().size();
    const auto units = db::UnitRepository(frame.database()).list();
    REQUIRE(units.size() >= 2);
    const auto people = pool_people(frame, 2);
    REQUIRE(people.size() == 2);
    frame.show_rounds();
    test::settle(200);
    test::save_screenshot(frame, test::screenshot_dir() / "rounds_page.png");

    wxString first_try_problems;
    wxTEST_DIALOG(post_menu(frame, app::id_add_round),
                  ExpectDialog<app::RoundDialog>([&](app::RoundDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      dialog.term_field()->SetValue(16);
                      dialog.number_field()->SetValue(1);
                      dialog.planned_entry_field()->ChangeValue(wxS("2027-03-01"));
                      // No group may be left without a unit: OK is refused and says so at the group list.
                      model::Group empty;
                      empty.number = 2;
                      dialog.add_group(empty);
                      test::press_ok(dialog);
                      first_try_problems = dialog.problem_text(model::Field::group_units);
                      REQUIRE(dialog.IsShown());
                      dialog.group_list()->on_remove(0);
                      dialog.group_list()->on_edit(-1);  // the group dialog, answered below
                      test::settle(100);
                      test::save_screenshot(dialog, test::screenshot_dir() / "round_dialog.png");
                      return ok_or_cancel(dialog);
                  }),
                  ExpectDialog<app::GroupDialog>([&](app::GroupDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      dialog.add_unit(units[0].id);
                      dialog.add_unit(units[1].id);
                      dialog.add_member(model::GroupMember{people[0], model::GroupRole::leader,
                                                           {model::GroupDuty::branch_secretary}});
                      dialog.add_member(model::GroupMember{people[1], model::GroupRole::member,
                                                           {model::GroupDuty::petitions}});
                      test::settle(100);
                      test::save_screenshot(dialog, test::screenshot_dir() / "group_dialog.png");
                      return ok_or_cancel(dialog);
                  }));
    CHECK_FALSE(first_try_problems.empty());

    const auto rounds = db::RoundRepository(frame.database()).list();
    REQUIRE(rounds.size() == rounds_before + 1);
    const auto it = std::find_if(rounds.begin(), rounds.end(), [](const auto& r) { return r.term == 16; });
    REQUIRE(it != rounds.end());
    CHECK(it->number == 1);
    CHECK(it->state == model::RoundState::draft);
    CHECK(it->planned_entry == model::Date(2027, 3, 1));
    REQUIRE(it->groups.size() == 1);
    const auto& group = it->groups.front();
    CHECK(group.number == 1);
    CHECK(group.unit_ids == std::vector<model::UnitId>{units[0].id, units[1].id});
    REQUIRE(group.members.size() == 2);
    CHECK(group.members[0].person_id == people[0]);
    CHECK(group.members[0].role == model::GroupRole::leader);
    CHECK(group.members[0].duties == std::vector<model::GroupDuty>{model::GroupDuty::branch_secretary});
    // The list shows it by its title, and the navigation counts it.
    const auto& page = frame.rounds_page();
    REQUIRE(page.selected_round() == it->id);
    wxVariant title;
    page.list_ctrl()->GetValue(title, static_cast<unsigned>(page.list_ctrl()->GetSelectedRow()), 0);
    CHECK(title.GetString() == app::to_wx(model::round_title(*it)));
    CHECK(title.GetString().Contains(wxString::FromUTF8("十六届")));
}

TEST_CASE("a round's state changes only along its workflow and each refusal is shown in words", "[gui][rounds]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    // A new draft round without groups cannot go to review.
    model::Round round;
    round.term = 16;
    round.number = 9;
    {
        db::Transaction tx(frame.database());
        db::RoundRepository(frame.database()).create(tx, round);
        tx.commit();
    }
    frame.reload();
    frame.show_rounds();
    frame.rounds_page().select_round(round.id);
    REQUIRE(frame.rounds_page().selected_round() == round.id);

    std::vector<model::RoundState> offered;
    wxString refusal;
    wxTEST_DIALOG(post_menu(frame, app::id_round_state),
                  ExpectDialog<app::RoundStateDialog>([&](app::RoundStateDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      offered = dialog.targets();
                      dialog.choose(0);
                      refusal = dialog.refusal_text();
                      test::save_screenshot(dialog, test::screenshot_dir() / "round_state_refused.png");
                      return ok_or_cancel(dialog);
                  }));
    CHECK(offered == model::allowed_round_transitions(model::RoundState::draft));
    CHECK(refusal == app::term_label(model::RoundTransitionRefusal::no_groups));
    CHECK(db::RoundRepository(frame.database()).find(round.id)->state == model::RoundState::draft);

    // With a group it moves on to the leading group's review.
    model::Group group;
    group.unit_ids.push_back(db::UnitRepository(frame.database()).list().front().id);
    group.members.push_back(model::GroupMember{pool_people(frame, 1).front(), model::GroupRole::leader, {}});
    round = *db::RoundRepository(frame.database()).find(round.id);
    round.groups.push_back(group);
    {
        db::Transaction tx(frame.database());
        db::RoundRepository(frame.database()).update(tx, round);
        tx.commit();
    }
    frame.reload();
    frame.rounds_page().select_round(round.id);
    wxTEST_DIALOG(post_menu(frame, app::id_round_state),
                  ExpectDialog<app::RoundStateDialog>([&](app::RoundStateDialog& dialog) {
                      dialog.Show();
                      test::settle(100);
                      dialog.choose(0);
                      refusal = dialog.refusal_text();
                      return ok_or_cancel(dialog);
                  }));
    CHECK(refusal.empty());
    CHECK(db::RoundRepository(frame.database()).find(round.id)->state == model::RoundState::group_review);
}

TEST_CASE("the conflict matrix shows the demo round's conflicts with their explanations", "[gui][rounds]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    const model::Round round = demo_round(frame);
    frame.show_rounds();
    frame.rounds_page().select_round(round.id);
    REQUIRE(frame.rounds_page().selected_round() == round.id);
    test::settle(200);
    test::save_screenshot(frame, test::screenshot_dir() / "rounds_page_demo.png");

    std::size_t hard = 0;
    std::size_t members = 0;
    std::size_t all_rows = 0;
    std::size_t member_rows = 0;
    bool hard_rows_have_hard_cells = true;
    wxString explanation;
    wxString quiet_cell;
    wxTEST_DIALOG(post_menu(frame, app::id_conflict_matrix),
                  ExpectDialog<app::ConflictMatrixDialog>([&](app::ConflictMatrixDialog& dialog) {
                      dialog.SetSize(wxSize(1240, 900));
                      dialog.Move(0, 0);
                      dialog.Show();
                      test::settle(300);
                      const auto& matrix = dialog.matrix();
                      hard = matrix.hard_count();
                      for (const auto& p : matrix.people()) members += p.member ? 1 : 0;
                      all_rows = dialog.shown_rows().size();
                      // The first hard cell, clicked: its explanation chain.
                      for (int row = 0; row < static_cast<int>(dialog.shown_rows().size()) && explanation.empty(); ++row)
                          for (std::size_t col = 0; col < matrix.units().size(); ++col) {
                              const auto* cell = matrix.cell(dialog.shown_rows()[static_cast<std::size_t>(row)], col);
                              if (cell && cell->hard) {
                                  dialog.grid()->SetGridCursor(row, static_cast<int>(col));
                                  dialog.grid()->MakeCellVisible(row, static_cast<int>(col));
                                  explanation = dialog.explanation_text();
                                  break;
                              }
                          }
                      test::settle(200);
                      test::save_screenshot(dialog, test::screenshot_dir() / "conflict_matrix.png");
                      // A cell without findings says so.
                      for (int row = 0; row < static_cast<int>(dialog.shown_rows().size()) && quiet_cell.empty(); ++row)
                          for (std::size_t col = 0; col < matrix.units().size(); ++col)
                              if (!matrix.cell(dialog.shown_rows()[static_cast<std::size_t>(row)], col)) {
                                  dialog.choose_cell(row, static_cast<int>(col));
                                  quiet_cell = dialog.explanation_text();
                                  break;
                              }
                      app::MatrixFilter filter;
                      filter.members_only = true;
                      dialog.set_filter(filter);
                      member_rows = dialog.shown_rows().size();
                      test::settle(200);
                      test::save_screenshot(dialog, test::screenshot_dir() / "conflict_matrix_members.png");
                      filter = {};
                      filter.hard_only = true;
                      dialog.set_filter(filter);
                      for (const auto person : dialog.shown_rows()) {
                          bool any = false;
                          for (std::size_t col = 0; col < matrix.units().size(); ++col)
                              if (const auto* cell = matrix.cell(person, col); cell && cell->hard) any = true;
                          hard_rows_have_hard_cells = hard_rows_have_hard_cells && any;
                      }
                      dialog.notebook()->SetSelection(1);
                      test::settle(200);
                      test::save_screenshot(dialog, test::screenshot_dir() / "conflict_matrix_groups.png");
                      dialog.notebook()->SetSelection(2);
                      test::settle(200);
                      test::save_screenshot(dialog, test::screenshot_dir() / "conflict_matrix_cases.png");
                      dialog.Hide();
                      return wxID_CLOSE;
                  }));
    CHECK(hard > 0);
    CHECK(members > 0);
    CHECK(member_rows == members);
    CHECK(all_rows > members);
    CHECK(hard_rows_have_hard_cells);
    CHECK(explanation.Contains(wxString::FromUTF8("规则")));
    CHECK(explanation.Contains(wxString::FromUTF8("→")));
    CHECK(quiet_cell.Contains(wxString::FromUTF8("不触及任何回避规则")));
}

TEST_CASE("a finding of the matrix is recorded as an avoidance case of the round", "[gui][rounds]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    const model::Round round = demo_round(frame);
    const auto cases_before = db::AvoidanceCaseRepository(frame.database()).list_for_round(round.id).size();
    frame.show_rounds();
    frame.rounds_page().select_round(round.id);

    model::PersonId person;
    wxTEST_DIALOG(post_menu(frame, app::id_conflict_matrix),
                  ExpectDialog<app::ConflictMatrixDialog>([&](app::ConflictMatrixDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      const auto& matrix = dialog.matrix();
                      for (int row = 0; row < static_cast<int>(dialog.shown_rows().size()) && !person.is_saved(); ++row)
                          for (std::size_t col = 0; col < matrix.units().size(); ++col)
                              if (const auto* cell = matrix.cell(dialog.shown_rows()[static_cast<std::size_t>(row)], col);
                                  cell && cell->hard) {
                                  dialog.choose_cell(row, static_cast<int>(col));
                                  person = matrix.people()[dialog.shown_rows()[static_cast<std::size_t>(row)]].id;
                                  break;
                              }
                      REQUIRE(person.is_saved());
                      dialog.add_case(true);  // answered below
                      dialog.Hide();
                      return wxID_CLOSE;
                  }),
                  ExpectDialog<app::AvoidanceCaseDialog>([&](app::AvoidanceCaseDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      dialog.decision_choice()->set_value(model::CaseDecision::avoid);
                      dialog.decided_by_field()->ChangeValue(wxString::FromUTF8("县委巡察工作领导小组"));
                      dialog.decided_on_field()->ChangeValue(app::to_wx(model::to_iso(boost::gregorian::day_clock::local_day())));
                      test::save_screenshot(dialog, test::screenshot_dir() / "avoidance_case_dialog.png");
                      return ok_or_cancel(dialog);
                  }));
    const auto cases = db::AvoidanceCaseRepository(frame.database()).list_for_round(round.id);
    REQUIRE(cases.size() == cases_before + 1);
    const auto it = std::find_if(cases.begin(), cases.end(), [&](const auto& c) { return c.person_id == person; });
    REQUIRE(it != cases.end());
    CHECK(it->trigger == model::CaseTrigger::screening);
    CHECK(it->decision == model::CaseDecision::avoid);
    CHECK(it->rule.has_value());
    CHECK(it->facts.find("→") != std::string::npos);
}

TEST_CASE("a person's avoidance check says why they may not inspect their own unit", "[gui][avoidance]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    auto& page = frame.people_page();
    std::optional<model::PersonSummary> chosen;
    for (unsigned row = 0; row < page.list_model().shown_count() && !chosen; ++row)
        if (page.list_model().at_row(row)->unit_id) chosen = *page.list_model().at_row(row);
    REQUIRE(chosen);
    REQUIRE(page.select_person(chosen->id));

    std::vector<model::Finding> findings;
    wxString explanation;
    wxTEST_DIALOG(post_menu(frame, app::id_check_person),
                  ExpectDialog<app::AvoidanceFindingsDialog>([&](app::AvoidanceFindingsDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      dialog.choose_unit(chosen->unit_id);
                      findings = dialog.findings();
                      explanation = dialog.explanation_text();
                      test::settle(100);
                      test::save_screenshot(dialog, test::screenshot_dir() / "person_avoidance_check.png");
                      dialog.Hide();
                      return wxID_CLOSE;
                  }));
    REQUIRE_FALSE(findings.empty());
    CHECK(std::all_of(findings.begin(), findings.end(), [&](const auto& f) { return f.person_id == chosen->id; }));
    CHECK(std::any_of(findings.begin(), findings.end(),
                      [](const auto& f) { return f.rule == model::AvoidanceRuleCode::own_unit; }));
    CHECK(explanation.Contains(wxString::FromUTF8("规则1")));
}

TEST_CASE("everyone who works in a unit is listed among those who must avoid it", "[gui][avoidance]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    const auto& people = frame.people_page().list_model().people();
    std::optional<model::UnitId> unit;
    for (const auto& p : people)
        if (p.unit_id) {
            unit = p.unit_id;
            break;
        }
    REQUIRE(unit);
    std::vector<model::PersonId> staff;
    for (const auto& p : people)
        if (p.unit_id == unit) staff.push_back(p.id);
    frame.show_units();
    frame.units_page().select_unit(*unit);
    REQUIRE(frame.units_page().selected_unit() == unit);

    std::vector<model::Finding> findings;
    wxTEST_DIALOG(post_menu(frame, app::id_unit_avoiders),
                  ExpectDialog<app::AvoidanceFindingsDialog>([&](app::AvoidanceFindingsDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      findings = dialog.findings();
                      test::save_screenshot(dialog, test::screenshot_dir() / "unit_avoiders.png");
                      dialog.Hide();
                      return wxID_CLOSE;
                  }));
    for (const auto id : staff)
        CHECK(std::any_of(findings.begin(), findings.end(), [&](const auto& f) {
            return f.person_id == id && f.rule == model::AvoidanceRuleCode::own_unit && f.unit_id == unit;
        }));
}

TEST_CASE("the avoidance rules are edited on their settings tab and kept in the database", "[gui][avoidance]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    const auto before = db::SettingsRepository(frame.database()).load();
    using model::AvoidanceRuleCode;

    bool only_listed_parameters = true;
    wxTEST_DIALOG(post_menu(frame, app::id_settings), ExpectDialog<app::SettingsDialog>([&](app::SettingsDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      dialog.notebook()->SetSelection(dialog.notebook()->GetPageCount() - 1);
                      test::settle(200);
                      test::save_screenshot(dialog, test::screenshot_dir() / "settings_avoidance.png");
                      // Rule 1 has no parameters; rule 2 a look-back and a total.
                      only_listed_parameters = dialog.rule_look_back(AvoidanceRuleCode::own_unit) == nullptr &&
                                               dialog.rule_look_back(AvoidanceRuleCode::past_employment) != nullptr &&
                                               dialog.rule_total_years(AvoidanceRuleCode::past_employment) != nullptr;
                      dialog.rule_enabled(AvoidanceRuleCode::home_town)->SetValue(false);
                      dialog.rule_severity(AvoidanceRuleCode::earlier_round)->set_value(model::Severity::hard);
                      dialog.rule_look_back(AvoidanceRuleCode::past_employment)->SetValue(5);
                      auto* in_law = dialog.rule_kinship(AvoidanceRuleCode::relative_leader, model::KinshipClass::in_law);
                      REQUIRE(in_law);
                      in_law->SetValue(false);
                      return ok_or_cancel(dialog);
                  }));
    CHECK(only_listed_parameters);
    auto expected = before;
    expected.avoidance.rule(AvoidanceRuleCode::home_town).enabled = false;
    expected.avoidance.rule(AvoidanceRuleCode::earlier_round).severity = model::Severity::hard;
    expected.avoidance.rule(AvoidanceRuleCode::past_employment).look_back_years = 5;
    auto& classes = expected.avoidance.rule(AvoidanceRuleCode::relative_leader).kinship_classes;
    classes.erase(std::remove(classes.begin(), classes.end(), model::KinshipClass::in_law), classes.end());
    const auto saved = db::SettingsRepository(frame.database()).load();
    CHECK(saved.avoidance == expected.avoidance);
    CHECK(saved == expected);
}

TEST_CASE("a unit's leadership members and profile flags are edited in the unit dialog", "[gui][units]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    const auto units = db::UnitRepository(frame.database()).list();
    const auto target = std::find_if(units.begin(), units.end(), [](const auto& u) {
        return std::find(u.profile_flags.begin(), u.profile_flags.end(), "资金量大") == u.profile_flags.end();
    });
    REQUIRE(target != units.end());
    const auto leaders_before = target->leaders.size();
    const auto person = frame.people_page().list_model().people().front().id;
    frame.show_units();
    frame.units_page().select_unit(target->id);

    wxTEST_DIALOG(post_menu(frame, app::id_edit_unit), ExpectDialog<app::UnitDialog>([&](app::UnitDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      model::UnitLeader linked;
                      linked.person_id = person;
                      linked.name = frame.people_page().list_model().people().front().name;
                      linked.post = "党委书记";
                      linked.start = model::Date(2021, 3, 1);
                      linked.principal_head = true;
                      dialog.add_leader(linked);
                      model::UnitLeader named;
                      named.name = "王某";
                      named.post = "副局长";
                      named.start = model::Date(2019, 6, 1);
                      named.end = model::Date(2023, 5, 31);
                      dialog.add_leader(named);
                      dialog.add_flag("资金量大");
                      dialog.add_flag("重点工程多");
                      test::settle(100);
                      test::save_screenshot(dialog, test::screenshot_dir() / "unit_dialog_leaders.png");
                      return ok_or_cancel(dialog);
                  }));
    const auto saved = db::UnitRepository(frame.database()).find(target->id);
    REQUIRE(saved);
    REQUIRE(saved->leaders.size() == leaders_before + 2);
    const auto& linked = saved->leaders[leaders_before];
    CHECK(linked.person_id == person);
    CHECK(linked.principal_head);
    CHECK(linked.post == "党委书记");
    const auto& named = saved->leaders[leaders_before + 1];
    CHECK(named.name == "王某");
    CHECK_FALSE(named.person_id);
    CHECK(named.end == model::Date(2023, 5, 31));
    auto flags = target->profile_flags;
    flags.push_back("资金量大");
    flags.push_back("重点工程多");
    auto saved_flags = saved->profile_flags;
    std::sort(flags.begin(), flags.end());
    std::sort(saved_flags.begin(), saved_flags.end());
    CHECK(saved_flags == flags);
    test::settle(100);
    test::save_screenshot(frame, test::screenshot_dir() / "units_page_leaders.png");
}

TEST_CASE("a unit's details list the rounds that inspected it", "[gui][units]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    const auto rounds = db::RoundRepository(frame.database()).list();
    const auto archived = std::find_if(rounds.begin(), rounds.end(),
                                       [](const auto& r) { return r.state == model::RoundState::archived; });
    REQUIRE(archived != rounds.end());
    const auto inspected = archived->groups.front().unit_ids.front();
    frame.show_units();
    frame.units_page().select_unit(inspected);
    test::settle(100);
    CHECK(wxWindow::FindWindowByLabel(app::to_wx(model::round_title(*archived)), &frame.units_page()));
    CHECK(wxWindow::FindWindowByLabel(app::to_wx(model::group_display_name(archived->groups.front())),
                                      &frame.units_page()));
    CHECK_FALSE(wxWindow::FindWindowByLabel(wxString::FromUTF8("尚无巡察记录。"), &frame.units_page()));
    test::save_screenshot(frame, test::screenshot_dir() / "units_page_history.png");

    // A unit no round covers says so.
    const auto units = db::UnitRepository(frame.database()).list();
    const auto never = std::find_if(units.begin(), units.end(), [&](const auto& u) {
        return model::inspections_of(u.id, rounds).empty();
    });
    REQUIRE(never != units.end());
    frame.units_page().select_unit(never->id);
    test::settle(50);
    CHECK(wxWindow::FindWindowByLabel(wxString::FromUTF8("尚无巡察记录。"), &frame.units_page()));
}

TEST_CASE("coverage shows which units the term's rounds have inspected and which not yet", "[gui][rounds]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    const auto rounds = db::RoundRepository(frame.database()).list();
    REQUIRE_FALSE(rounds.empty());
    const int term = rounds.front().term;
    std::vector<model::UnitId> ids;
    for (const auto& unit : db::UnitRepository(frame.database()).list()) ids.push_back(unit.id);
    const auto expected = model::coverage(ids, rounds, term);
    const auto covered = static_cast<std::size_t>(
        std::count_if(expected.begin(), expected.end(), [](const auto& c) { return c.covered(); }));

    wxString summary;
    unsigned shown_uncovered = 0;
    frame.show_units();
    wxTEST_DIALOG(post_menu(frame, app::id_coverage), ExpectDialog<app::CoverageDialog>([&](app::CoverageDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      dialog.set_term(term);
                      summary = dialog.summary_text();
                      test::save_screenshot(dialog, test::screenshot_dir() / "coverage.png");
                      dialog.uncovered_only()->SetValue(true);
                      wxCommandEvent toggle(wxEVT_CHECKBOX, dialog.uncovered_only()->GetId());
                      toggle.SetEventObject(dialog.uncovered_only());
                      dialog.uncovered_only()->ProcessWindowEvent(toggle);
                      shown_uncovered = static_cast<unsigned>(dialog.list_ctrl()->GetItemCount());
                      dialog.Hide();
                      return wxID_CLOSE;
                  }));
    CHECK(summary.Contains(wxString::Format(wxS("%zu / %zu"), covered, ids.size())));
    CHECK(shown_uncovered == ids.size() - covered);
}
