// The person editor's tabs, driven as an office worker does: on the demo county, a record is added or
// changed on every tab, OK is pressed, and each change must be in the database and in the audit log.
#include "gui_test_support.h"

#include "app/gui/attachment_file.h"
#include "app/gui/main_frame.h"
#include "app/gui/membership_dialog.h"
#include "app/gui/messages.h"
#include "app/gui/people_page.h"
#include "app/gui/person_dialog.h"
#include "app/gui/person_editing.h"
#include "app/gui/record_dialog.h"
#include "app/gui/training_dialog.h"
#include "app/gui/transition_dialog.h"
#include "app/gui/wx_text.h"
#include "db/audit_repository.h"
#include "db/person_repository.h"
#include "db/settings_repository.h"
#include "db/training_repository.h"
#include "model/kinship.h"
#include "model/lifecycle.h"

#include <catch2/catch.hpp>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/dataview.h>
#include <wx/filedlg.h>
#include <wx/image.h>
#include <wx/notebook.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <fstream>

using namespace xuncha;
using test::post_menu;
using test::read_file;
using model::Field;
using test::ExpectDialog;

namespace {

wxString u8(const char* text)
{
    return wxString::FromUTF8(text);
}

template <class T = wxWindow>
T* child(wxWindow& parent, const char* name)
{
    return dynamic_cast<T*>(wxWindow::FindWindowByName(u8(name), &parent));
}

// Types into a text field or an editable combo box; false (and a failed check) when it is not there.
bool type_text(wxWindow& parent, const char* name, const char* text)
{
    if (auto* field = child<wxTextCtrl>(parent, name)) {
        field->SetValue(u8(text));
        return true;
    }
    if (auto* combo = child<wxComboBox>(parent, name)) {
        combo->SetValue(u8(text));
        return true;
    }
    FAIL_CHECK("no text field named " << name);
    return false;
}

bool choose(wxWindow& parent, const char* name, int index)
{
    auto* choice = child<wxChoice>(parent, name);
    if (!choice) {
        FAIL_CHECK("no choice named " << name);
        return false;
    }
    choice->SetSelection(index);
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    event.SetInt(index);
    choice->ProcessWindowEvent(event);
    return true;
}

template <class E>
int term_index(E value)
{
    const auto all = model::terms<E>();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].value == value) return static_cast<int>(i);
    return -1;
}

void show_tab(app::PersonDialog& dialog, int tab)
{
    dialog.notebook()->SetSelection(static_cast<std::size_t>(tab));
    test::settle(100);
}

void shot(wxWindow& window, const std::string& name)
{
    CHECK(test::save_screenshot(window, test::screenshot_dir() / (name + ".png")));
}

// Opens a sub-record dialog with the named button, fills it with `fill`, presses OK. True when the
// dialog accepted the entry and closed.
bool add_record(wxWindow& parent, const char* button, const std::function<void(app::RecordDialog&)>& fill,
                const std::string& screenshot = {})
{
    bool accepted = false;
    wxTEST_DIALOG(CHECK(test::click_button(parent, u8(button))),
                  ExpectDialog<app::RecordDialog>([&](app::RecordDialog& dialog) {
                      dialog.Show();
                      test::settle(100);
                      fill(dialog);
                      if (!screenshot.empty()) shot(dialog, screenshot);
                      test::press_ok(dialog);
                      accepted = !dialog.IsShown();
                      if (!accepted) FAIL_CHECK(button << ": " << dialog.all_problems().utf8_string());
                      dialog.Hide();
                      return accepted ? wxID_OK : wxID_CANCEL;
                  }));
    return accepted;
}

void write_file(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

bool has_change(const model::AuditEntry& entry, const std::string& prefix)
{
    return std::any_of(entry.changes.begin(), entry.changes.end(),
                       [&](const model::FieldChange& c) { return c.field.rfind(prefix, 0) == 0; });
}

}  // namespace

TEST_CASE("a record added or changed on every tab of the person editor reaches the database and the audit log",
          "[gui][editor]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    db::Database& database = frame.database();

    // The entry rules' source is shown when a rule is set aside.
    const std::string rules_source = "青禾县巡察人才库管理办法（青巡办发〔2023〕1号）第六条";
    {
        auto settings = db::SettingsRepository(database).load();
        settings.entry.source = rules_source;
        db::Transaction tx(database);
        db::SettingsRepository(database).save(tx, settings);
        tx.commit();
    }

    // Someone below 正科 and not in the leader pool: entering it breaks the entry rule.
    const auto leader_pool = std::find_if(frame.pools().begin(), frame.pools().end(),
                                          [](const auto& p) { return p.kind == model::PoolKind::leader; });
    REQUIRE(leader_pool != frame.pools().end());
    const int leader_index = static_cast<int>(leader_pool - frame.pools().begin());
    const model::PoolId leader_id = leader_pool->id;  // frame.pools() is replaced when the frame reloads
    const auto& people = frame.people_page().list_model().people();
    const auto candidate = std::find_if(people.begin(), people.end(), [&](const model::PersonSummary& p) {
        return p.rank != model::Rank::none && !model::rank_at_least(p.rank, model::Rank::section) &&
               std::none_of(p.memberships.begin(), p.memberships.end(),
                            [&](const auto& m) { return m.pool_id == leader_id; });
    });
    REQUIRE(candidate != people.end());
    const model::PersonId id = candidate->id;
    REQUIRE(frame.people_page().select_person(id));
    db::PersonRepository repository(database);
    const auto before = repository.find(id);
    REQUIRE(before);

    // The files the user chooses: a photo, a scanned pledge, and two the editor must refuse.
    const auto photo_path = dir.path() / "证件照.png";
    {
        wxImage image(90, 120);
        image.SetRGB(wxRect(0, 0, 90, 120), 70, 110, 170);
        image.SetRGB(wxRect(30, 20, 30, 40), 240, 220, 200);
        REQUIRE(image.SaveFile(wxString::FromUTF8(photo_path.string()), wxBITMAP_TYPE_PNG));
    }
    const auto scan_path = dir.path() / "廉洁承诺书扫描件.pdf";
    const std::string scan_bytes = "%PDF-1.4\n% a scanned pledge for the test\n%%EOF\n";
    write_file(scan_path, scan_bytes);
    const auto text_path = dir.path() / "简历.txt";
    write_file(text_path, "not a photo");
    const auto huge_path = dir.path() / "huge.jpg";
    write_file(huge_path, "");
    std::filesystem::resize_file(huge_path, static_cast<std::uintmax_t>(model::max_attachment_size) + 1);

    // A year the person has no assessment for yet (one per year).
    int assessment_year = 2025;
    while (std::any_of(before->assessments.begin(), before->assessments.end(),
                       [&](const auto& a) { return a.year == assessment_year; }))
        --assessment_year;

    bool accepted = false;
    wxString photo_refusal_type, photo_refusal_size, kinship_shown, breaches_shown, refusal_shown, counts_shown;
    wxTEST_DIALOG(post_menu(frame, app::id_edit_person), ExpectDialog<app::PersonDialog>([&](app::PersonDialog& dialog) {
        dialog.Show();
        test::settle(300);

        // 基本信息: 后备干部, 一线工作经历 and a photo (a text file and a huge image are refused first).
        show_tab(dialog, 0);
        auto* reserve = child<wxCheckBox>(dialog, "reserve_cadre");
        if (!reserve) return wxID_CANCEL;
        reserve->SetValue(!before->reserve_cadre);
        type_text(dialog, "frontline_experience", "2019-2021 驻禾丰村第一书记");
        wxTEST_DIALOG(test::click_button(dialog, wxS("photo_choose")),
                      wxExpectModal<wxFileDialog>(wxString::FromUTF8(text_path.string())));
        photo_refusal_type = child<wxStaticText>(dialog, "photo_problem")->GetLabel();
        wxTEST_DIALOG(test::click_button(dialog, wxS("photo_choose")),
                      wxExpectModal<wxFileDialog>(wxString::FromUTF8(huge_path.string())));
        photo_refusal_size = child<wxStaticText>(dialog, "photo_problem")->GetLabel();
        wxTEST_DIALOG(test::click_button(dialog, wxS("photo_choose")),
                      wxExpectModal<wxFileDialog>(wxString::FromUTF8(photo_path.string())));
        shot(dialog, "editor_tab1_basic");

        // 工作经历: a post at a unit that is not a unit record.
        show_tab(dialog, 1);
        CHECK(add_record(dialog, "work_history_add", [](app::RecordDialog& d) {
            type_text(d, "work_history_unit_text", "青禾县第一中学");
            type_text(d, "work_history_department", "教务处");
            type_text(d, "work_history_post", "教师");
            type_text(d, "work_history_start", "1998-09-01");
            type_text(d, "work_history_end", "2003-07-31");
        }, "editor_record_work_history"));
        shot(dialog, "editor_tab2_work_history");

        // 家庭成员及社会关系: a spouse working at a hospital; the kinship class is shown as the relation is typed.
        show_tab(dialog, 2);
        CHECK(add_record(dialog, "relatives_add", [&](app::RecordDialog& d) {
            type_text(d, "relative_title", "配偶");
            kinship_shown = child<wxStaticText>(d, "relative_kinship")->GetLabel();
            type_text(d, "relative_name", "李秀梅");
            type_text(d, "relative_birth_date", "1978-04-12");
            type_text(d, "relative_employer_text", "青禾县人民医院");
            type_text(d, "relative_post", "护士长");
        }, "editor_record_relative"));
        shot(dialog, "editor_tab3_relatives");

        // 学历专长与职称: the professional title and its level.
        show_tab(dialog, 3);
        type_text(dialog, "professional_title", "会计师");
        choose(dialog, "professional_title_level", term_index(model::TitleLevel::intermediate));
        shot(dialog, "editor_tab4_education");

        // 入库记录: a membership in the leader pool at 审定, then "办理" to 在库, which breaks the rank rule.
        show_tab(dialog, 4);
        wxTEST_DIALOG(CHECK(test::click_button(dialog, wxS("memberships_add"))),
                      ExpectDialog<app::MembershipDialog>([&](app::MembershipDialog& d) {
                          d.Show();
                          test::settle(100);
                          choose(d, "membership_pool", leader_index);
                          choose(d, "membership_entry_method", term_index(model::EntryMethod::recommended));
                          choose(d, "membership_status", term_index(model::MembershipStatus::approved));
                          shot(d, "editor_record_membership");
                          test::press_ok(d);
                          const bool closed = !d.IsShown();
                          d.Hide();
                          return closed ? wxID_OK : wxID_CANCEL;
                      }));
        auto* memberships = child<wxDataViewListCtrl>(dialog, "memberships_list");
        if (!memberships) return wxID_CANCEL;
        const int added = memberships->GetItemCount() - 1;
        memberships->SelectRow(static_cast<unsigned>(added));
        wxTEST_DIALOG(CHECK(test::click_button(dialog, wxS("memberships_process"))),
                      ExpectDialog<app::TransitionDialog>([&](app::TransitionDialog& d) {
                          d.Show();
                          test::settle(100);
                          choose(d, "transition_target", 0);  // 在库, the next step after 审定
                          type_text(d, "transition_date", "2026-03-01");
                          type_text(d, "transition_decided_by", "县委巡察工作领导小组");
                          type_text(d, "transition_document", "青巡组〔2026〕3号");
                          test::press_ok(d);  // no override reason yet: refused
                          breaches_shown = d.breaches_text();
                          refusal_shown = d.refusal_text();
                          shot(d, "editor_record_transition");
                          const bool refused = d.IsShown();
                          type_text(d, "transition_override", "熟悉财务审计，工作需要，经领导小组研究同意");
                          test::press_ok(d);
                          const bool closed = !d.IsShown();
                          d.Hide();
                          return refused && closed ? wxID_OK : wxID_CANCEL;
                      }));
        shot(dialog, "editor_tab5_memberships");

        // 培训与表彰: a new training created from the attendance dialog, and last year's assessment.
        show_tab(dialog, 5);
        CHECK(add_record(dialog, "trainings_add", [&](app::RecordDialog& d) {
            wxTEST_DIALOG(CHECK(test::click_button(d, wxS("training_new"))),
                          ExpectDialog<app::TrainingDialog>([&](app::TrainingDialog& t) {
                              t.Show();
                              test::settle(100);
                              auto* topic = dynamic_cast<wxTextCtrl*>(t.field_control(Field::training_topic));
                              auto* start = dynamic_cast<wxTextCtrl*>(t.field_control(Field::training_start));
                              if (!topic || !start) return wxID_CANCEL;
                              topic->SetValue(u8("2026年度巡察干部业务培训班"));
                              start->SetValue(wxS("2026-04-20"));
                              test::press_ok(t);
                              const bool closed = !t.IsShown();
                              if (!closed)
                                  FAIL_CHECK(t.problem_text(Field::training_topic).utf8_string()
                                             << t.problem_text(Field::training_start).utf8_string()
                                             << t.problem_text(Field::training_hours).utf8_string());
                              t.Hide();
                              return closed ? wxID_OK : wxID_CANCEL;
                          }));
        }, "editor_record_training"));
        CHECK(add_record(dialog, "assessments_add", [&](app::RecordDialog& d) {
            if (auto* year = child<wxSpinCtrl>(d, "assessment_year")) year->SetValue(assessment_year);
            choose(d, "assessment_result", term_index(model::AssessmentResult::excellent));
        }));
        shot(dialog, "editor_tab6_trainings");

        // 廉政意见.
        show_tab(dialog, 6);
        CHECK(add_record(dialog, "integrity_opinions_add", [](app::RecordDialog& d) {
            type_text(d, "integrity_opinion_date", "2026-02-10");
            type_text(d, "integrity_opinion_issuer", "县纪委监委党风政风监督室");
            type_text(d, "integrity_opinion_document", "青纪廉〔2026〕12号");
        }, "editor_record_integrity"));
        shot(dialog, "editor_tab7_integrity");

        // 承诺书: an integrity pledge on entering the leader pool, with its scan.
        show_tab(dialog, 7);
        CHECK(add_record(dialog, "pledges_add", [&](app::RecordDialog& d) {
            choose(d, "pledge_type", term_index(model::PledgeType::integrity));
            choose(d, "pledge_scope", term_index(model::PledgeScope::pool_entry));
            choose(d, "pledge_pool", leader_index);
            type_text(d, "pledge_signed_date", "2026-03-01");
            type_text(d, "pledge_recipient", "县委巡察办");
            wxTEST_DIALOG(CHECK(test::click_button(d, wxS("pledge_scan_choose"))),
                          wxExpectModal<wxFileDialog>(wxString::FromUTF8(scan_path.string())));
        }, "editor_record_pledge"));
        shot(dialog, "editor_tab8_pledges");

        // 抽调记录: a declined secondment; 拒绝次数 follows.
        show_tab(dialog, 8);
        CHECK(add_record(dialog, "declined_add", [](app::RecordDialog& d) {
            type_text(d, "declined_date", "2025-09-15");
            type_text(d, "declined_task", "十五届县委第二轮巡察");
            type_text(d, "declined_reason", "单位工作繁重");
        }, "editor_record_declined"));
        counts_shown = child<wxStaticText>(dialog, "secondment_counts")->GetLabel();
        shot(dialog, "editor_tab9_secondments");

        test::press_ok(dialog);
        accepted = !dialog.IsShown();
        if (!accepted) FAIL_CHECK(dialog.summary_text().utf8_string());
        dialog.Hide();
        return accepted ? wxID_OK : wxID_CANCEL;
    }));
    REQUIRE(accepted);

    // What the editor said along the way.
    CHECK(photo_refusal_type.Contains(u8("简历.txt")));
    CHECK(photo_refusal_size.Contains(wxS("huge.jpg")));
    CHECK(photo_refusal_size.Contains(wxS("MB")));
    CHECK(kinship_shown.Contains(app::term_label(model::KinshipClass::spouse)));
    CHECK(breaches_shown.Contains(app::term_label(model::EntryRuleBreach::leader_rank_below_minimum)));
    CHECK(breaches_shown.Contains(u8(rules_source.c_str())));
    CHECK(refusal_shown.Contains(app::term_label(model::TransitionRefusal::needs_override)));
    const int declined_before = static_cast<int>(before->declined_secondments.size());
    CHECK(counts_shown.Contains(wxString::Format(wxS("%d"), declined_before + 1)));

    // Every change is in the database.
    const auto after = repository.find(id);
    REQUIRE(after);
    CHECK(after->reserve_cadre == !before->reserve_cadre);
    CHECK(after->frontline_experience == "2019-2021 驻禾丰村第一书记");
    REQUIRE(after->photo);
    CHECK(after->photo->file_name == "证件照.png");
    CHECK(after->photo->media_type == "image/png");
    CHECK(after->photo->size == static_cast<long long>(std::filesystem::file_size(photo_path)));

    REQUIRE(after->work_history.size() == before->work_history.size() + 1);
    const auto school = std::find_if(after->work_history.begin(), after->work_history.end(),
                                     [](const auto& w) { return w.unit_name == "青禾县第一中学"; });
    REQUIRE(school != after->work_history.end());
    CHECK_FALSE(school->unit_id);
    CHECK(school->post == "教师");
    CHECK(school->end == model::Date(2003, 7, 31));

    const auto spouse = std::find_if(after->relatives.begin(), after->relatives.end(),
                                     [](const auto& r) { return r.name == "李秀梅"; });
    REQUIRE(spouse != after->relatives.end());
    CHECK(spouse->title == "配偶");
    CHECK(spouse->employer_name == "青禾县人民医院");

    CHECK(after->professional_title == "会计师");
    CHECK(after->professional_title_level == model::TitleLevel::intermediate);

    const auto leader = std::find_if(after->memberships.begin(), after->memberships.end(),
                                     [&](const auto& m) { return m.pool_id == leader_id; });
    REQUIRE(leader != after->memberships.end());
    CHECK(leader->status == model::MembershipStatus::active);
    CHECK(leader->entry_method == model::EntryMethod::recommended);
    REQUIRE_FALSE(leader->steps.empty());
    CHECK(leader->steps.back().to == model::MembershipStatus::active);
    CHECK(leader->steps.back().document_number == "青巡组〔2026〕3号");
    CHECK(leader->steps.back().override_reason == "熟悉财务审计，工作需要，经领导小组研究同意");

    REQUIRE(after->trainings.size() == before->trainings.size() + 1);
    const model::TrainingId training_id = after->trainings.back().training_id;
    REQUIRE(training_id.is_saved());
    const auto training = db::TrainingRepository(database).find(training_id);
    REQUIRE(training);
    CHECK(training->topic == "2026年度巡察干部业务培训班");
    const auto assessment = std::find_if(after->assessments.begin(), after->assessments.end(),
                                         [&](const auto& a) { return a.year == assessment_year; });
    REQUIRE(assessment != after->assessments.end());
    CHECK(assessment->result == model::AssessmentResult::excellent);

    REQUIRE(after->integrity_opinions.size() == before->integrity_opinions.size() + 1);
    CHECK(after->integrity_opinions.back().issuer == "县纪委监委党风政风监督室");

    REQUIRE(after->pledges.size() == before->pledges.size() + 1);
    const auto& pledge = after->pledges.back();
    CHECK(pledge.pool_id == leader_id);
    CHECK(pledge.recipient == "县委巡察办");
    REQUIRE(pledge.scan);
    CHECK(pledge.scan->file_name == "廉洁承诺书扫描件.pdf");
    CHECK(pledge.scan->size == static_cast<long long>(scan_bytes.size()));

    REQUIRE(after->declined_secondments.size() == before->declined_secondments.size() + 1);
    CHECK(after->declined_secondments.back().reason == "单位工作繁重");

    // "打开" writes the stored bytes (hash checked) to a private file for the viewer.
    const auto content = app::attachment_content(*pledge.scan, app::attachment_loader(database));
    REQUIRE(content);
    CHECK(*content == scan_bytes);
    const wxString viewed = app::write_attachment_for_viewing(*pledge.scan, *content);
    CHECK(viewed.EndsWith(u8("廉洁承诺书扫描件.pdf")));
    CHECK(read_file(std::filesystem::path(viewed.utf8_string())) == scan_bytes);

    // One audit row lists every part that changed.
    db::AuditQuery query;
    query.entity = "person";
    query.entity_id = id.value();
    const auto trail = db::AuditRepository(database).list(query);
    REQUIRE_FALSE(trail.empty());
    const auto& entry = trail.front();
    CHECK(entry.action == model::AuditAction::update);
    for (const char* part : {"reserve_cadre", "frontline_experience", "photo", "work_history", "relative",
                             "professional_title", "membership", "training", "assessment", "integrity_opinion",
                             "pledge", "declined_secondment"}) {
        INFO(part);
        CHECK(has_change(entry, part));
    }
    CHECK(std::any_of(entry.changes.begin(), entry.changes.end(), [](const model::FieldChange& c) {
        return c.new_value.find("熟悉财务审计") != std::string::npos;
    }));

    // The detail pane shows the new parts.
    frame.people_page().select_person(id);
    test::settle(300);
    const auto* detail = frame.people_page().detail_panel();
    REQUIRE(detail->shown());
    CHECK(wxWindow::FindWindowByName(wxS("detail_photo"), frame.people_page().detail_panel()) != nullptr);
    shot(frame, "editor_detail_pane");
}

TEST_CASE("an invalid sub-record keeps the person editor open with the problem at its row and its field",
          "[gui][editor]")
{
    test::TempDir dir;
    test::FrameFixture fixture(dir.path(), test::Start::demo);
    auto& frame = fixture.frame();
    db::PersonRepository repository(frame.database());

    // Someone with a dated work history entry: a birth date after its start makes that entry invalid.
    std::optional<model::Person> person;
    for (const auto& summary : frame.people_page().list_model().people()) {
        auto candidate = repository.find(summary.id);
        if (candidate && candidate->work_history.size() >= 2 &&
            std::all_of(candidate->work_history.begin(), candidate->work_history.end(),
                        [](const auto& w) { return w.start.has_value(); })) {
            person = std::move(candidate);
            break;
        }
    }
    REQUIRE(person);
    REQUIRE(frame.people_page().select_person(person->id));
    const auto audit_rows = db::AuditRepository(frame.database()).count();

    // Where model::validate reports the broken entry once the birth date moves past every start.
    model::Person broken = *person;
    broken.birth_date = model::Date(2012, 1, 1);
    broken.work_start_date.reset();
    broken.party_join_date.reset();
    broken.id_number.clear();
    int broken_index = -1;
    for (const auto& problem : model::validate(broken, boost::gregorian::day_clock::local_day()))
        if (problem.field == Field::work_history_start && broken_index < 0) broken_index = problem.index;
    REQUIRE(broken_index >= 0);

    bool stayed_open = false, record_refused = false;
    int selected_row = -1;
    wxString list_problem, record_problem, entry_problem;
    wxTEST_DIALOG(post_menu(frame, app::id_edit_person), ExpectDialog<app::PersonDialog>([&](app::PersonDialog& dialog) {
        dialog.Show();
        test::settle(200);

        // A secondment that ends before it starts is refused by its own dialog, at the end date.
        show_tab(dialog, 8);
        wxTEST_DIALOG(CHECK(test::click_button(dialog, wxS("secondments_add"))),
                      ExpectDialog<app::RecordDialog>([&](app::RecordDialog& d) {
                          d.Show();
                          test::settle(100);
                          type_text(d, "secondment_task", "十五届县委第三轮巡察");
                          type_text(d, "secondment_start", "2025-05-10");
                          type_text(d, "secondment_end", "2025-03-01");
                          test::press_ok(d);
                          record_refused = d.IsShown();
                          record_problem = d.problem_text(Field::secondment_end);
                          shot(d, "editor_record_problem");
                          d.Hide();
                          return wxID_CANCEL;
                      }));

        // A birth date after the work history's start: OK keeps the editor open, the entry's row is
        // selected and the message is under the list.
        show_tab(dialog, 0);
        if (auto* birth = dynamic_cast<wxTextCtrl*>(dialog.field_control(Field::birth_date)))
            birth->SetValue(wxS("2012-01-01"));
        for (const Field field : {Field::work_start_date, Field::party_join_date})
            if (auto* date = dynamic_cast<wxTextCtrl*>(dialog.field_control(field))) date->SetValue(wxString());
        if (!person->id_number.empty()) test::click_button(dialog, wxS("reveal_id_number"));
        type_text(dialog, "id_number", "");
        test::press_ok(dialog);
        stayed_open = dialog.IsShown();
        list_problem = dialog.problem_text(Field::work_history_start);
        if (auto* list = child<wxDataViewListCtrl>(dialog, "work_history_list")) selected_row = list->GetSelectedRow();
        show_tab(dialog, 1);
        shot(dialog, "editor_problem_at_row");

        // Opening that entry shows the problem at its field at once.
        wxTEST_DIALOG(CHECK(test::click_button(dialog, wxS("work_history_edit"))),
                      ExpectDialog<app::RecordDialog>([&](app::RecordDialog& d) {
                          d.Show();
                          test::settle(100);
                          entry_problem = d.problem_text(Field::work_history_start);
                          d.Hide();
                          return wxID_CANCEL;
                      }));
        dialog.Hide();
        return wxID_CANCEL;
    }));

    CHECK(record_refused);
    CHECK(record_problem == app::problem_message({Field::secondment_end, model::ProblemCode::end_before_start}));
    CHECK(stayed_open);
    CHECK(list_problem.Contains(wxString::Format(u8("第 %d 条"), broken_index + 1)));
    CHECK(selected_row == broken_index);
    CHECK_FALSE(entry_problem.empty());
    // Nothing was written.
    CHECK(repository.find(person->id) == person);
    CHECK(db::AuditRepository(frame.database()).count() == audit_rows);
}
