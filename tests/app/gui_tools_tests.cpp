// The main window's issue-3 commands end to end on the demo county, as an office worker uses them:
// list columns, bulk actions on a multiple selection, export, history and the audit log, the annual
// review, the rule settings and trainings. Screenshots go to <build>/screenshots.
#include "gui_test_support.h"

#include "app/gui/add_to_pool_dialog.h"
#include "app/gui/annual_review_dialog.h"
#include "app/gui/audit_log_dialog.h"
#include "app/gui/bulk_transition_dialog.h"
#include "app/gui/column_settings_dialog.h"
#include "app/gui/export_selection_dialog.h"
#include "app/gui/form.h"
#include "app/gui/history_dialog.h"
#include "app/gui/main_frame.h"
#include "app/gui/people_page.h"
#include "app/gui/record_training_dialog.h"
#include "app/gui/settings.h"
#include "app/gui/settings_dialog.h"
#include "app/gui/training_dialog.h"
#include "app/gui/trainings_dialog.h"
#include "app/gui/wx_text.h"
#include "db/attachment_repository.h"
#include "db/audit_repository.h"
#include "db/internal/database_impl.h"
#include "db/person_repository.h"
#include "db/settings_repository.h"
#include "db/training_repository.h"
#include "db/unit_repository.h"
#include "model/annual_review.h"
#include "model/id_number.h"

#include <catch2/catch.hpp>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/config.h>
#include <wx/dataview.h>
#include <wx/filepicker.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/spinctrl.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace xuncha;
using test::post_menu;
using test::today;
using test::membership_in;
using test::read_file;
using app::PersonColumn;
using model::MembershipStatus;
using test::ExpectDialog;

namespace {

// A copy: the frame replaces its pool list on every reload.
model::Pool pool_of_kind(app::MainFrame& frame, model::PoolKind kind)
{
    const auto& pools = frame.pools();
    const auto it = std::find_if(pools.begin(), pools.end(), [&](const auto& p) { return p.kind == kind; });
    REQUIRE(it != pools.end());
    return *it;
}

std::vector<wxString> column_titles(wxDataViewCtrl& list)
{
    std::vector<wxString> titles;
    for (unsigned i = 0; i < list.GetColumnCount(); ++i) titles.push_back(list.GetColumn(i)->GetTitle());
    return titles;
}

// Captures a message box's text and answers it.
ExpectDialog<wxMessageDialog> capture_message(wxString& message, wxString& details, int answer = wxID_OK)
{
    return ExpectDialog<wxMessageDialog>([&message, &details, answer](wxMessageDialog& box) {
        message = box.GetMessage();
        details = box.GetExtendedMessage();
        return answer;
    });
}

}  // namespace

TEST_CASE("hiding and showing list columns changes the list and is remembered by the columns' keys", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    auto& page = frame.people_page();
    CHECK(page.shown_columns() == app::default_person_columns());
    CHECK(page.list_ctrl()->GetColumnCount() == app::default_person_columns().size());

    bool accepted = false;
    wxTEST_DIALOG(post_menu(frame, app::id_columns),
                  ExpectDialog<app::ColumnSettingsDialog>([&](app::ColumnSettingsDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      dialog.set_shown(PersonColumn::mobile, false);
                      dialog.set_shown(PersonColumn::ethnicity, true);
                      dialog.set_shown(PersonColumn::declined_count, true);
                      test::save_screenshot(dialog, test::screenshot_dir() / "column_settings.png");
                      test::press_ok(dialog);
                      accepted = !dialog.IsShown();
                      dialog.Hide();
                      return accepted ? wxID_OK : wxID_CANCEL;
                  }));
    REQUIRE(accepted);
    const auto& shown = page.shown_columns();
    CHECK(std::find(shown.begin(), shown.end(), PersonColumn::mobile) == shown.end());
    CHECK(std::find(shown.begin(), shown.end(), PersonColumn::ethnicity) != shown.end());
    const auto titles = column_titles(*page.list_ctrl());
    CHECK(std::find(titles.begin(), titles.end(), wxString::FromUTF8("手机")) == titles.end());
    CHECK(std::find(titles.begin(), titles.end(), wxString::FromUTF8("民族")) != titles.end());
    CHECK(std::find(titles.begin(), titles.end(), wxString::FromUTF8("拒绝次数")) != titles.end());
    // The list shows the data of the new column.
    const auto& list = page.list_model();
    REQUIRE(list.shown_count() > 0);
    CHECK_FALSE(list.text(0, PersonColumn::ethnicity).empty());
    test::settle(200);
    CHECK(test::save_screenshot(frame, test::screenshot_dir() / "main_columns.png"));

    // Persisted by stable keys, not titles: a new session reads the same columns.
    const wxString stored = wxConfigBase::Get()->Read(wxS("/Lists/people/Columns"), wxString());
    CHECK(stored.Contains(wxS("ethnicity")));
    CHECK(stored.Contains(wxS("declined_count")));
    CHECK_FALSE(stored.Contains(wxS("mobile")));
    app::Settings settings(*wxConfigBase::Get());
    const auto keys = settings.shown_columns("people");
    REQUIRE(keys);
    CHECK(app::columns_from_keys(*keys) == shown);
}

TEST_CASE("three selected people are added to a pool at once, and one already there is named", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    auto& page = frame.people_page();
    const model::Pool talents = pool_of_kind(frame, model::PoolKind::talent);
    std::vector<model::PersonId> outside;
    std::optional<model::PersonId> inside;
    for (const auto& person : page.list_model().people()) {
        const bool in_pool = app::membership_in(person, talents.id) != nullptr;
        if (!in_pool && outside.size() < 3) outside.push_back(person.id);
        if (in_pool && !inside) inside = person.id;
    }
    REQUIRE(outside.size() == 3);
    REQUIRE(inside);
    auto selection = outside;
    selection.push_back(*inside);
    REQUIRE(page.select_people(selection) == 4);
    CHECK(page.selected_people().size() == 4);
    CHECK_FALSE(page.selected_person());  // editing needs exactly one
    const auto audit_before = db::AuditRepository(frame.database()).count();

    wxString message, details;
    wxTEST_DIALOG(post_menu(frame, app::id_add_to_pool),
                  ExpectDialog<app::AddToPoolDialog>([&](app::AddToPoolDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      const auto& pools = frame.pools();
                      const auto index = std::find_if(pools.begin(), pools.end(),
                                                      [&](const auto& p) { return p.id == talents.id; }) -
                                         pools.begin();
                      dialog.pool_choice()->SetSelection(static_cast<int>(index));
                      test::save_screenshot(dialog, test::screenshot_dir() / "add_to_pool.png");
                      test::press_ok(dialog);
                      const bool accepted = !dialog.IsShown();
                      dialog.Hide();
                      return accepted ? wxID_OK : wxID_CANCEL;
                  }),
                  capture_message(message, details));
    CHECK(message.Contains(wxString::FromUTF8("3")));
    CHECK(message.Contains(app::to_wx(talents.name)));
    CHECK(details.Contains(wxString::FromUTF8("已在该库中")));

    db::PersonRepository people(frame.database());
    for (const auto id : outside) {
        const auto person = people.find(id);
        REQUIRE(person);
        const auto* m = membership_in(*person, talents.id);
        REQUIRE(m);
        CHECK(m->status == MembershipStatus::active);
        CHECK(m->entry_date == today());
        CHECK(m->steps.size() == 1);
        db::AuditQuery query;
        query.entity = "person";
        query.entity_id = id.value();
        const auto trail = db::AuditRepository(frame.database()).list(query);
        REQUIRE_FALSE(trail.empty());
        CHECK(trail.front().action == model::AuditAction::update);
        CHECK(std::any_of(trail.front().changes.begin(), trail.front().changes.end(),
                          [](const auto& c) { return c.field.rfind("membership", 0) == 0; }));
    }
    // One audit row per person changed, nothing for the one left out; the selection is kept.
    CHECK(db::AuditRepository(frame.database()).count() == audit_before + 3);
    CHECK(page.selected_people().size() == 4);
}

TEST_CASE("suspending the selected members of a pool records the decision on each", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    auto& page = frame.people_page();
    const model::Pool talents = pool_of_kind(frame, model::PoolKind::talent);
    frame.show_pool(talents.id);
    std::vector<model::PersonId> active;
    const auto& list = page.list_model();
    for (unsigned row = 0; row < list.shown_count() && active.size() < 3; ++row) {
        const auto* m = app::membership_in(*list.at_row(row), talents.id);
        if (m && m->status == MembershipStatus::active) active.push_back(list.at_row(row)->id);
    }
    REQUIRE(active.size() == 3);
    REQUIRE(page.select_people(active) == 3);

    wxString message, details;
    wxTEST_DIALOG(post_menu(frame, app::id_suspend),
                  ExpectDialog<app::BulkTransitionDialog>([&](app::BulkTransitionDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      dialog.decided_by_field()->ChangeValue(wxString::FromUTF8("县委巡察工作领导小组"));
                      dialog.document_field()->ChangeValue(wxString::FromUTF8("青巡组〔2026〕5号"));
                      test::save_screenshot(dialog, test::screenshot_dir() / "suspend.png");
                      test::press_ok(dialog);
                      const bool accepted = !dialog.IsShown();
                      dialog.Hide();
                      return accepted ? wxID_OK : wxID_CANCEL;
                  }),
                  capture_message(message, details));
    CHECK(message.Contains(wxS("3")));
    CHECK(details.empty());
    db::PersonRepository people(frame.database());
    for (const auto id : active) {
        const auto person = people.find(id);
        REQUIRE(person);
        const auto* m = membership_in(*person, talents.id);
        REQUIRE(m);
        CHECK(m->status == MembershipStatus::suspended);
        REQUIRE_FALSE(m->steps.empty());
        CHECK(m->steps.back().to == MembershipStatus::suspended);
        CHECK(m->steps.back().document_number == "青巡组〔2026〕5号");
        CHECK(m->steps.back().decided_by == "县委巡察工作领导小组");
        const auto row = list.row_of(id);
        REQUIRE(row);
        CHECK(list.text(*row, PersonColumn::status) == wxString::FromUTF8("暂停"));
    }
}

TEST_CASE("the selection exports as CSV with a BOM, the shown columns and masked ID numbers", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    auto& page = frame.people_page();
    db::PersonRepository repository(frame.database());
    std::vector<model::PersonId> chosen;
    std::vector<std::string> full_ids;
    for (const auto& summary : page.list_model().people()) {
        const auto person = repository.find(summary.id);
        if (!person || person->id_number.empty()) continue;
        chosen.push_back(person->id);
        full_ids.push_back(person->id_number);
        if (chosen.size() == 3) break;
    }
    REQUIRE(chosen.size() == 3);
    REQUIRE(page.select_people(chosen) == 3);
    const auto file = dir.path() / "selection.csv";

    wxTEST_DIALOG(post_menu(frame, app::id_export_selection),
                  ExpectDialog<app::ExportSelectionDialog>([&](app::ExportSelectionDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      dialog.file_picker()->SetPath(app::to_wx(file.string()));
                      dialog.id_check()->SetValue(true);
                      test::save_screenshot(dialog, test::screenshot_dir() / "export_selection.png");
                      test::press_ok(dialog);
                      const bool accepted = !dialog.IsShown();
                      dialog.Hide();
                      return accepted ? wxID_OK : wxID_CANCEL;
                  }));
    REQUIRE(std::filesystem::exists(file));
    const std::string csv = read_file(file);
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    std::vector<std::string> lines;
    std::istringstream in(csv.substr(3));
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    REQUIRE(lines.size() == 4);
    std::string header;
    for (const auto column : page.shown_columns()) {
        if (!header.empty()) header += ",";
        header += app::from_wx(app::person_column_title(column));
    }
    CHECK(lines[0] == header + ",身份证号（脱敏）");
    // Rows come in list order; each is one of the chosen people, with the masked number only.
    std::size_t matched = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        const auto person = repository.find(chosen[i]);
        for (std::size_t line = 1; line < lines.size(); ++line) {
            if (lines[line].rfind(person->name + ",", 0) != 0) continue;
            INFO(lines[line]);
            ++matched;
            CHECK(lines[line].size() > full_ids[i].size());
            CHECK(lines[line].substr(lines[line].size() - full_ids[i].size()) == model::mask_id_number(full_ids[i]));
            CHECK(lines[line].find(full_ids[i]) == std::string::npos);
        }
    }
    CHECK(matched == 3);
    CHECK(csv.find("********") != std::string::npos);
}

TEST_CASE("the change history shows an edit's old and new value, and the audit log finds it", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    auto& page = frame.people_page();
    page.select_row(0);
    const auto id = page.selected_person();
    REQUIRE(id);
    db::PersonRepository repository(frame.database());
    auto person = repository.find(*id);
    REQUIRE(person);
    const std::string old_post = person->post;
    const std::string new_post = old_post == "巡察专员" ? "巡察联络员" : "巡察专员";
    person->post = new_post;
    {
        db::Transaction tx(frame.database());
        repository.update(tx, *person);
        tx.commit();
    }
    frame.reload();
    REQUIRE(page.select_person(*id));

    std::size_t rows = 0;
    bool found = false;
    wxString title;
    wxTEST_DIALOG(post_menu(frame, app::id_person_history),
                  ExpectDialog<app::HistoryDialog>([&](app::HistoryDialog& dialog) {
                      dialog.Show();
                      test::settle(300);
                      title = dialog.GetTitle();
                      test::save_screenshot(dialog, test::screenshot_dir() / "history.png");
                      const auto& model = dialog.list_model();
                      rows = model.row_count();
                      for (unsigned row = 0; row < model.row_count(); ++row)
                          if (model.text(row, app::AuditListModel::col_field) == wxString::FromUTF8("职务") &&
                              model.text(row, app::AuditListModel::col_old) == app::to_wx(old_post) &&
                              model.text(row, app::AuditListModel::col_new) == app::to_wx(new_post))
                              found = true;
                      // Newest first: the edit is the first entry, the creation the last.
                      CHECK(model.text(0, app::AuditListModel::col_action) == wxString::FromUTF8("修改"));
                      dialog.Hide();
                      return wxID_CLOSE;
                  }));
    CHECK(title.Contains(app::to_wx(person->name)));
    CHECK(rows >= 2);
    CHECK(found);

    std::size_t edits = 0, matching = 0, others = 0;
    wxTEST_DIALOG(post_menu(frame, app::id_audit_log), ExpectDialog<app::AuditLogDialog>([&](app::AuditLogDialog& dialog) {
                      dialog.Show();
                      test::settle(300);
                      dialog.action_choice()->SetSelection(2);  // 修改
                      wxCommandEvent choice(wxEVT_CHOICE, dialog.action_choice()->GetId());
                      dialog.action_choice()->ProcessWindowEvent(choice);
                      edits = dialog.list_model().shown_entries();
                      for (unsigned row = 0; row < dialog.list_model().row_count(); ++row)
                          if (dialog.list_model().entry_at(row)->action != model::AuditAction::update) ++others;
                      dialog.search_ctrl()->SetValue(app::to_wx(new_post));
                      test::settle(100);
                      matching = dialog.list_model().shown_entries();
                      test::save_screenshot(dialog, test::screenshot_dir() / "audit_log.png");
                      dialog.Hide();
                      return wxID_CLOSE;
                  }));
    CHECK(edits >= 1);
    CHECK(others == 0);  // the action filter shows changes only
    CHECK(matching == 1);
}

TEST_CASE("the annual review lists the demo's findings and marking one reviewed removes it", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    db::PersonRepository repository(frame.database());
    const auto people = repository.load_all();
    const auto units = db::UnitRepository(frame.database()).list();
    const auto expected = model::annual_review(people, frame.pools(), units, repository.last_updates(),
                                               db::SettingsRepository(frame.database()).load(), today());
    REQUIRE_FALSE(expected.empty());

    std::size_t shown = 0, after = 0;
    app::MembershipTarget target;
    std::size_t target_rows_after = 1;
    wxString result, evidence;
    std::string longest_detail;
    wxTEST_DIALOG(post_menu(frame, app::id_annual_review),
                  ExpectDialog<app::AnnualReviewDialog>([&](app::AnnualReviewDialog& dialog) {
                      dialog.Show();
                      test::settle(300);
                      shown = dialog.list_model().rows().size();
                      // The finding with the longest evidence, which the list cuts and the line below shows.
                      unsigned longest = 0;
                      for (unsigned row = 0; row < dialog.list_model().shown_count(); ++row)
                          if (dialog.list_model().at_row(row)->finding.detail.size() >
                              dialog.list_model().at_row(longest)->finding.detail.size())
                              longest = row;
                      dialog.select_rows({longest});
                      evidence = dynamic_cast<wxStaticText*>(wxWindow::FindWindowByName(wxS("review_evidence"), &dialog))
                                     ->GetLabel();
                      evidence.Replace(wxS("\n"), wxString());
                      longest_detail = dialog.list_model().at_row(longest)->finding.detail;
                      test::save_screenshot(dialog, test::screenshot_dir() / "annual_review.png");
                      REQUIRE(dialog.select_rows({0}) == 1);
                      const auto targets = dialog.selected_targets();
                      REQUIRE(targets.size() == 1);
                      target = targets.front();
                      dialog.perform(app::AnnualReviewDialog::Action::mark_reviewed);
                      after = dialog.list_model().rows().size();
                      target_rows_after = static_cast<std::size_t>(
                          std::count_if(dialog.list_model().rows().begin(), dialog.list_model().rows().end(),
                                        [&](const auto& r) {
                                            return r.finding.person_id == target.person && r.finding.pool_id == target.pool;
                                        }));
                      result = dialog.result_text();
                      dialog.Hide();
                      return wxID_CLOSE;
                  }));
    CHECK(shown == expected.size());
    CHECK(evidence.Contains(app::to_wx(longest_detail)));
    CHECK(after < shown);
    CHECK(target_rows_after == 0);
    CHECK(result.Contains(wxString::FromUTF8("已审核")));
    const auto person = repository.find(target.person);
    REQUIRE(person);
    const auto* m = membership_in(*person, target.pool);
    REQUIRE(m);
    CHECK(m->reviewed_on == today());
}

TEST_CASE("the office rules are edited in the settings dialog and kept in the database", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    const auto before = db::SettingsRepository(frame.database()).load();
    const std::string source = "青禾县巡察人才库管理办法（青巡办发〔2026〕1号）第六条";

    wxTEST_DIALOG(post_menu(frame, app::id_settings), ExpectDialog<app::SettingsDialog>([&](app::SettingsDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      const char* names[] = {"settings_general.png", "settings_entry.png", "settings_review.png"};
                      for (std::size_t page = 0; page < dialog.notebook()->GetPageCount() && page < 3; ++page) {
                          dialog.notebook()->SetSelection(page);
                          test::save_screenshot(dialog, test::screenshot_dir() / names[page]);
                      }
                      dialog.leader_rank_choice()->set_value(model::Rank::deputy_division);
                      dialog.stale_months_field()->SetValue(18);
                      dialog.entry_source_field()->ChangeValue(app::to_wx(source));
                      test::press_ok(dialog);
                      const bool accepted = !dialog.IsShown();
                      dialog.Hide();
                      return accepted ? wxID_OK : wxID_CANCEL;
                  }));
    auto expected = before;
    expected.entry.leader_min_rank = model::Rank::deputy_division;
    expected.review.stale_months = 18;
    expected.entry.source = source;
    CHECK(db::SettingsRepository(frame.database()).load() == expected);
    db::AuditQuery query;
    query.entity = "settings";
    CHECK_FALSE(db::AuditRepository(frame.database()).list(query).empty());

    // Opened again, the dialog shows what was saved.
    model::OfficeSettings shown;
    wxTEST_DIALOG(post_menu(frame, app::id_settings), ExpectDialog<app::SettingsDialog>([&](app::SettingsDialog& dialog) {
                      shown = dialog.office();
                      return wxID_CANCEL;
                  }));
    CHECK(shown == expected);
}

TEST_CASE("a training is added, attended by the selected people, and cannot be removed while attended", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    const std::string topic = "2026年度巡察干部业务能力提升培训班";
    std::size_t trainings_before = 0;

    wxTEST_DIALOG(post_menu(frame, app::id_trainings),
                  ExpectDialog<app::TrainingsDialog>([&](app::TrainingsDialog& dialog) {
                      trainings_before = dialog.entries().size();
                      dialog.add();
                      return wxID_CLOSE;
                  }),
                  ExpectDialog<app::TrainingDialog>([&](app::TrainingDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      dynamic_cast<wxTextCtrl*>(dialog.field_control(model::Field::training_topic))
                          ->ChangeValue(app::to_wx(topic));
                      dynamic_cast<wxSpinCtrl*>(dialog.field_control(model::Field::training_hours))->SetValue(16);
                      test::save_screenshot(dialog, test::screenshot_dir() / "training_dialog.png");
                      test::press_ok(dialog);
                      const bool accepted = !dialog.IsShown();
                      dialog.Hide();
                      return accepted ? wxID_OK : wxID_CANCEL;
                  }));
    const auto trainings = db::TrainingRepository(frame.database()).list();
    REQUIRE(trainings.size() == trainings_before + 1);
    const auto training = std::find_if(trainings.begin(), trainings.end(), [&](const auto& t) { return t.topic == topic; });
    REQUIRE(training != trainings.end());
    CHECK(training->hours == 16);

    // Two selected people attended it.
    auto& page = frame.people_page();
    std::vector<model::PersonId> chosen{page.list_model().at_row(0)->id, page.list_model().at_row(1)->id};
    REQUIRE(page.select_people(chosen) == 2);
    wxString message, details;
    wxTEST_DIALOG(post_menu(frame, app::id_record_training),
                  ExpectDialog<app::RecordTrainingDialog>([&](app::RecordTrainingDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      const auto index = training - trainings.begin();
                      dialog.training_choice()->SetSelection(static_cast<int>(index));
                      test::save_screenshot(dialog, test::screenshot_dir() / "record_training.png");
                      test::press_ok(dialog);
                      const bool accepted = !dialog.IsShown();
                      dialog.Hide();
                      return accepted ? wxID_OK : wxID_CANCEL;
                  }),
                  capture_message(message, details));
    CHECK(message.Contains(app::to_wx(topic)));
    db::PersonRepository repository(frame.database());
    for (const auto id : chosen) {
        const auto person = repository.find(id);
        REQUIRE(person);
        CHECK(std::any_of(person->trainings.begin(), person->trainings.end(),
                          [&](const auto& t) { return t.training_id == training->id; }));
    }

    // Removing it is refused with a clear message, and it stays.
    std::size_t attendees = 0;
    wxString refusal, refusal_details, confirm, confirm_details;
    wxTEST_DIALOG(post_menu(frame, app::id_trainings),
                  ExpectDialog<app::TrainingsDialog>([&](app::TrainingsDialog& dialog) {
                      dialog.Show();
                      test::settle(200);
                      const auto& entries = dialog.entries();
                      const auto it = std::find_if(entries.begin(), entries.end(),
                                                   [&](const auto& e) { return e.training.id == training->id; });
                      REQUIRE(it != entries.end());
                      attendees = it->attendees;
                      dialog.select(static_cast<std::size_t>(it - entries.begin()));
                      test::save_screenshot(dialog, test::screenshot_dir() / "trainings.png");
                      dialog.remove();
                      dialog.Hide();
                      return wxID_CLOSE;
                  }),
                  capture_message(confirm, confirm_details, wxID_YES), capture_message(refusal, refusal_details));
    CHECK(attendees == 2);
    CHECK(confirm.Contains(app::to_wx(topic)));
    CHECK(refusal.Contains(wxString::FromUTF8("不能删除")));
    CHECK(db::TrainingRepository(frame.database()).list().size() == trainings_before + 1);
}

TEST_CASE("the attachment check finds every photo and scan intact, then names a damaged one and its owner", "[gui]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();

    wxString verdict;
    wxTEST_DIALOG(post_menu(frame, app::id_check_attachments), ExpectDialog<wxMessageDialog>([&](wxMessageDialog& box) {
                      verdict = box.GetMessage();
                      return wxID_OK;
                  }));
    CHECK(verdict.Contains(wxString::FromUTF8("完好无损")));

    // One scan's bytes changed behind the program's back, as a disk fault would.
    long long id = 0;
    std::string file_name;
    std::string owner;
    db::internal::session_of(frame.database())
        << "SELECT a.id, a.file_name, p.name FROM attachment a JOIN person p ON p.id = a.person_id "
           "WHERE a.id <> coalesce(p.photo_attachment_id, 0) ORDER BY a.id DESC LIMIT 1",
        soci::into(id), soci::into(file_name), soci::into(owner);
    REQUIRE(id != 0);
    db::internal::session_of(frame.database()) << "UPDATE attachment SET content = x'00' WHERE id = " << id;
    wxString details;
    wxTEST_DIALOG(post_menu(frame, app::id_check_attachments), ExpectDialog<wxMessageDialog>([&](wxMessageDialog& box) {
                      verdict = box.GetMessage();
                      details = box.GetExtendedMessage();
                      return wxID_OK;
                  }));
    CHECK(verdict.Contains(wxString::FromUTF8("有 1 个附件")));
    CHECK(verdict.Contains(wxString::FromUTF8("从备份恢复")));
    // Whose scan it is, so that the office knows which record to restore.
    CHECK(details.Contains(app::to_wx(owner + "的承诺书扫描件“" + file_name + "”")));
}
