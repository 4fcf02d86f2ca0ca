// MainFrame's commands beyond editing one record: the bulk actions on the selected people, the
// change history and the audit log, the annual review, trainings. Each write is one transaction.
#include "app/gui/main_frame.h"

#include "app/gui/add_to_pool_dialog.h"
#include "app/gui/audit_log_dialog.h"
#include "app/gui/bulk_edit.h"
#include "app/gui/csv_export.h"
#include "app/gui/export_selection_dialog.h"
#include "app/gui/guarded.h"
#include "app/gui/history_dialog.h"
#include "app/gui/messages.h"
#include "app/gui/people_page.h"
#include "app/gui/record_training_dialog.h"
#include "app/gui/bulk_transition_dialog.h"
#include "app/gui/wx_text.h"
#include "db/attachment_repository.h"
#include "db/audit_repository.h"
#include "db/person_repository.h"
#include "db/settings_repository.h"
#include "db/training_repository.h"
#include "model/id_number.h"

#include <wx/dataview.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/stdpaths.h>

#include <algorithm>
#include <unordered_map>

namespace xuncha::app {

namespace {

const model::Pool* find_pool(const std::vector<model::Pool>& pools, model::PoolId id)
{
    const auto it = std::find_if(pools.begin(), pools.end(), [&](const auto& p) { return p.id == id; });
    return it == pools.end() ? nullptr : &*it;
}

// The result of a bulk action: what was done, and who was left out and why.
void report_bulk(wxWindow* parent, const wxString& title, const wxString& done, const BulkPlan& plan,
                 const std::vector<model::Pool>& pools)
{
    if (plan.skipped.empty()) {
        message_box(parent, done, title, wxOK | wxICON_INFORMATION);
        return;
    }
    const wxString left_out = wxString::Format(
        XUNCHA_PLURAL("%zu was left out:", "%zu were left out:", plan.skipped.size()), plan.skipped.size());
    message_box(parent, done + wxS("\n") + left_out, title, wxOK | wxICON_WARNING,
                skipped_list_text(plan.skipped, pools));
}

}  // namespace

wxMenu* MainFrame::person_context_menu()
{
    auto* menu = new wxMenu;
    const std::size_t selected = m_people_page->selected_count();
    if (selected == 1) {
        menu->Append(id_edit_person, _("&Edit Person..."));
        menu->Append(id_person_history, _("Change &History..."));
        menu->Append(id_check_person, _("Avoidance &Check..."));
        menu->AppendSeparator();
    }
    menu->Append(id_add_to_pool, _("Add to &Pool..."));
    menu->Append(id_suspend, _("&Suspend..."));
    menu->Append(id_record_training, _("Record &Training Attendance..."));
    menu->Append(id_export_selection, _("E&xport Selection..."));
    if (selected == 1) {
        menu->AppendSeparator();
        menu->Append(id_remove_person, _("&Remove Person"));
    }
    return menu;
}

std::optional<std::vector<model::Person>> MainFrame::load_selected(const std::vector<model::PersonId>& ids,
                                                                   std::vector<model::PersonId>& missing)
{
    std::optional<std::vector<model::Person>> people;
    wxBusyCursor busy;
    guarded(this, _("The selected people could not be read from the database. Nothing was changed."),
            [&] { people = load_people(*m_database, ids, missing); });
    return people;
}

std::optional<model::OfficeSettings> MainFrame::load_office_settings()
{
    std::optional<model::OfficeSettings> office;
    guarded(this, _("The rule settings could not be read from the database."),
            [&] { office = db::SettingsRepository(*m_database).load(); });
    return office;
}

bool MainFrame::save_bulk(const std::vector<model::PersonId>& ids, BulkPlan& plan, const wxString& failure)
{
    const bool saved = plan.changed.empty() || guarded(this, failure, [&] { save_people(*m_database, plan.changed); });
    reload();
    m_people_page->select_people(ids);
    m_people_page->refresh_detail();
    return saved;
}

void MainFrame::announce_bulk(const wxString& title, const wxString& done, const BulkPlan& plan)
{
    SetStatusText(done, 0);
    report_bulk(this, title, done, plan, m_pools);
}

void MainFrame::add_to_pool()
{
    const auto ids = m_people_page->selected_people();
    if (ids.empty() || m_pools.empty()) return;
    AddToPoolDialog dialog(this, m_pools, m_people_page->pool(), ids.size(), today());
    if (dialog.ShowModal() != wxID_OK) return;
    const AddToPoolRequest request = dialog.request();
    const model::Pool* pool = find_pool(m_pools, request.pool);
    if (!pool) return;
    const model::Pool chosen = *pool;
    const auto office = load_office_settings();
    if (!office) return;
    std::vector<model::PersonId> missing;
    const auto people = load_selected(ids, missing);
    if (!people) return;
    BulkPlan plan = plan_add_to_pool(*people, missing, chosen, request, office->entry, today());
    if (!save_bulk(ids, plan, _("The people could not be added to the pool. Nothing was written."))) return;
    const wxString done = wxString::Format(
        XUNCHA_PLURAL("%zu person was added to %s.", "%zu people were added to %s.", plan.changed.size()),
        plan.changed.size(), to_wx(chosen.name));
    announce_bulk(_("Add to Pool"), done, plan);
}

void MainFrame::suspend_selected()
{
    const auto ids = m_people_page->selected_people();
    if (ids.empty() || m_pools.empty()) return;
    BulkTransitionDialog dialog(this, model::MembershipStatus::suspended, ids.size(), today(), m_pools,
                            m_people_page->pool());
    if (dialog.ShowModal() != wxID_OK || !dialog.pool()) return;
    const model::Pool* pool = find_pool(m_pools, *dialog.pool());
    if (!pool) return;
    const model::Pool chosen = *pool;
    const auto office = load_office_settings();
    if (!office) return;
    std::vector<model::PersonId> missing;
    const auto people = load_selected(ids, missing);
    if (!people) return;
    std::vector<MembershipTarget> targets;
    for (const auto id : ids) targets.push_back({id, chosen.id});
    BulkPlan plan = plan_transition(*people, missing, targets, m_pools, dialog.step(), std::string(), office->entry,
                                    today());
    if (!save_bulk(ids, plan, _("The memberships could not be suspended. Nothing was written."))) return;
    const wxString done = wxString::Format(
        XUNCHA_PLURAL("%zu person was suspended in %s.", "%zu people were suspended in %s.", plan.changed.size()),
        plan.changed.size(), to_wx(chosen.name));
    announce_bulk(_("Suspend"), done, plan);
}

void MainFrame::record_training()
{
    const auto ids = m_people_page->selected_people();
    if (ids.empty()) return;
    std::vector<model::Training> trainings;
    if (!guarded(this, _("The trainings could not be read from the database."),
                 [&] { trainings = db::TrainingRepository(*m_database).list(); }))
        return;
    if (trainings.empty()) {
        message_box(this, _("No training has been recorded yet. Add it first under Tools > Trainings."),
                    _("Record Training Attendance"), wxOK | wxICON_INFORMATION);
        return;
    }
    RecordTrainingDialog dialog(this, trainings, ids.size());
    if (dialog.ShowModal() != wxID_OK) return;
    const auto training = std::find_if(trainings.begin(), trainings.end(),
                                       [&](const auto& t) { return t.id == dialog.training(); });
    if (training == trainings.end()) return;
    std::vector<model::PersonId> missing;
    const auto people = load_selected(ids, missing);
    if (!people) return;
    BulkPlan plan = plan_record_training(*people, missing, dialog.training(), dialog.attendance(), dialog.remark(),
                                         today());
    if (!save_bulk(ids, plan, _("The attendance could not be recorded. Nothing was written."))) return;
    const wxString done = wxString::Format(
        XUNCHA_PLURAL("%s was recorded for %zu person.", "%s was recorded for %zu people.", plan.changed.size()),
        to_wx(training->topic), plan.changed.size());
    announce_bulk(_("Record Training Attendance"), done, plan);
}

void MainFrame::export_selection()
{
    std::vector<model::PersonId> ids;
    auto table = m_people_page->selection_table(ids);
    if (ids.empty()) return;
    wxFileName suggestion(wxStandardPaths::Get().GetDocumentsDir(), _("people") + wxS(".csv"));
    ExportSelectionDialog dialog(this, ids.size(), suggestion.GetFullPath());
    if (dialog.ShowModal() != wxID_OK) return;
    if (dialog.include_id_numbers()) {
        // Full records are read for the ID numbers, which are written masked only.
        std::vector<model::PersonId> missing;
        const auto people = load_selected(ids, missing);
        if (!people) return;
        std::unordered_map<model::PersonId, std::string> masked;
        for (const auto& person : *people)
            if (!person.id_number.empty()) masked[person.id] = model::mask_id_number(person.id_number);
        table.front().push_back(from_wx(_("ID number (masked)")));
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const auto it = masked.find(ids[i]);
            table[i + 1].push_back(it == masked.end() ? std::string() : it->second);
        }
    }
    try {
        write_file_replacing(dialog.path(), csv_document(table));
    } catch (const std::exception& error) {
        message_box(this, _("The file could not be written. Nothing was exported."), _("Export Selection"),
                    wxOK | wxICON_ERROR, to_wx(error.what()));
        return;
    }
    SetStatusText(wxString::Format(XUNCHA_PLURAL("Exported %zu person to %s.", "Exported %zu people to %s.",
                                                 ids.size()),
                                   ids.size(), to_wx(dialog.path().string())),
                  0);
}

void MainFrame::show_history()
{
    const auto id = m_people_page->selected_person();
    if (!id) return;
    const auto row = m_people_page->list_model().row_of(*id);
    const auto* summary = row ? m_people_page->list_model().at_row(*row) : nullptr;
    if (!summary) return;
    std::vector<model::AuditEntry> entries;
    if (!guarded(this, _("The change history could not be read from the database."), [&] {
            db::AuditQuery query;
            query.entity = "person";
            query.entity_id = id->value();
            query.newest_first = true;
            entries = db::AuditRepository(*m_database).list(query);
        }))
        return;
    HistoryDialog dialog(this, to_wx(summary->name), std::move(entries));
    dialog.ShowModal();
}

void MainFrame::check_attachments()
{
    std::vector<wxString> damaged;  // "王晓燕的承诺书扫描件“廉洁承诺书.pdf”（附件 #12）"
    if (!guarded(this, _("The attachments could not be checked."), [&] {
            wxBusyCursor busy;
            for (const auto& attachment : db::AttachmentRepository(*m_database).verify_all())
                damaged.push_back(wxString::Format(attachment.photo ? _("%s's photo \"%s\" (attachment #%lld)")
                                                                    : _("%s's pledge scan \"%s\" (attachment #%lld)"),
                                                   to_wx(attachment.person_name), to_wx(attachment.file_name),
                                                   attachment.id.value()));
        }))
        return;
    if (damaged.empty()) {
        message_box(this, _("Every photo and scan matches the checksum recorded when it was stored."),
                    _("Check Attachments"), wxOK | wxICON_INFORMATION);
        return;
    }
    wxString list;
    for (const auto& line : damaged) list += line + wxS("\n");
    message_box(this,
                wxString::Format(XUNCHA_PLURAL("%zu attachment no longer matches the checksum recorded when it was "
                                               "stored: it may be damaged. Restore the database from a backup.",
                                               "%zu attachments no longer match the checksum recorded when they were "
                                               "stored: they may be damaged. Restore the database from a backup.",
                                               damaged.size()),
                                 damaged.size()),
                _("Check Attachments"), wxOK | wxICON_ERROR, list);
}

void MainFrame::show_audit_log()
{
    AuditLogDialog dialog(this, [this](const db::AuditQuery& query) {
        std::optional<std::vector<model::AuditEntry>> entries;
        wxBusyCursor busy;
        guarded(this, _("The audit log could not be read from the database."),
                [&] { entries = db::AuditRepository(*m_database).list(query); });
        return entries;
    });
    dialog.ShowModal();
}

std::optional<ReviewReport> MainFrame::run_annual_review()
{
    std::optional<ReviewReport> report;
    wxBusyCursor busy;
    guarded(this, _("The annual review could not read the records."), [&] {
        db::PersonRepository people_repository(*m_database);
        const auto people = people_repository.load_all();
        const auto updates = people_repository.last_updates();
        const auto office = db::SettingsRepository(*m_database).load();
        const model::Date day = today();
        const auto findings = model::annual_review(people, m_pools, m_units, updates, office, day);

        std::unordered_map<model::UnitId, const model::Unit*> units;
        for (const auto& unit : m_units) units.emplace(unit.id, &unit);
        std::unordered_map<model::PersonId, const model::Person*> by_id;
        ReviewReport result;
        result.today = day;
        for (const auto& person : people) {
            by_id.emplace(person.id, &person);
            for (const auto& m : person.memberships)
                if (m.status == model::MembershipStatus::active || m.status == model::MembershipStatus::suspended)
                    ++result.members;
        }
        for (const auto& finding : findings) {
            ReviewRow row;
            row.finding = finding;
            if (const auto it = by_id.find(finding.person_id); it != by_id.end()) {
                const model::Person& person = *it->second;
                row.person_name = person.name;
                std::string unit;
                if (person.unit_id)
                    if (const auto u = units.find(*person.unit_id); u != units.end()) unit = u->second->name;
                row.unit_and_post = unit.empty() ? person.post : person.post.empty() ? unit : unit + " " + person.post;
            }
            if (const auto* pool = find_pool(m_pools, finding.pool_id)) row.pool_name = pool->name;
            result.rows.push_back(std::move(row));
        }
        report = std::move(result);
    });
    return report;
}

std::optional<wxString> MainFrame::review_action(wxWindow* parent, AnnualReviewDialog::Action action,
                                                 const std::vector<MembershipTarget>& targets)
{
    using Action = AnnualReviewDialog::Action;
    if (targets.empty()) return std::nullopt;
    model::MembershipStep step;
    std::string exit_reason;
    if (action != Action::mark_reviewed) {
        BulkTransitionDialog dialog(parent,
                                action == Action::exit ? model::MembershipStatus::exited
                                                       : model::MembershipStatus::suspended,
                                targets.size(), today());
        if (dialog.ShowModal() != wxID_OK) return std::nullopt;
        step = dialog.step();
        exit_reason = dialog.exit_reason();
    }
    const auto office = load_office_settings();
    if (!office) return std::nullopt;
    std::vector<model::PersonId> ids;
    for (const auto& target : targets)
        if (std::find(ids.begin(), ids.end(), target.person) == ids.end()) ids.push_back(target.person);
    std::vector<model::PersonId> missing;
    const auto people = load_selected(ids, missing);
    if (!people) return std::nullopt;
    BulkPlan plan = action == Action::mark_reviewed
                        ? plan_mark_reviewed(*people, missing, targets, today())
                        : plan_transition(*people, missing, targets, m_pools, step, exit_reason, office->entry, today());
    if (!plan.changed.empty() &&
        !guarded(parent, _("The memberships could not be changed. Nothing was written."),
                 [&] { save_people(*m_database, plan.changed); }))
        return std::nullopt;
    const std::size_t n = plan.memberships_changed;
    wxString done;
    switch (action) {
    case Action::suspend:
        done = wxString::Format(XUNCHA_PLURAL("%zu membership was suspended.", "%zu memberships were suspended.", n), n);
        break;
    case Action::exit:
        done = wxString::Format(XUNCHA_PLURAL("%zu membership was moved to Exited.",
                                              "%zu memberships were moved to Exited.", n),
                                n);
        break;
    case Action::mark_reviewed:
        done = wxString::Format(XUNCHA_PLURAL("%zu membership was marked reviewed for this year.",
                                              "%zu memberships were marked reviewed for this year.", n),
                                n);
        break;
    }
    if (!plan.skipped.empty()) report_bulk(parent, _("Annual Review"), done, plan, m_pools);
    return done;
}

void MainFrame::annual_review()
{
    AnnualReviewDialog::Callbacks callbacks;
    callbacks.run = [this] { return run_annual_review(); };
    callbacks.act = [this](wxWindow* parent, AnnualReviewDialog::Action action,
                           const std::vector<MembershipTarget>& targets) {
        return review_action(parent, action, targets);
    };
    AnnualReviewDialog dialog(this, std::move(callbacks));
    dialog.ShowModal();
    reload();
    m_people_page->refresh_detail();
}

std::optional<std::vector<TrainingListEntry>> MainFrame::load_trainings()
{
    std::optional<std::vector<TrainingListEntry>> entries;
    guarded(this, _("The trainings could not be read from the database."), [&] {
        // Attendance is a sub-record of the person: counted over everybody's records.
        std::unordered_map<model::TrainingId, std::size_t> counts;
        for (const auto& person : db::PersonRepository(*m_database).load_all())
            for (const auto& attendance : person.trainings) ++counts[attendance.training_id];
        std::vector<TrainingListEntry> list;
        for (auto& training : db::TrainingRepository(*m_database).list()) {
            const auto it = counts.find(training.id);
            list.push_back(TrainingListEntry{std::move(training), it == counts.end() ? std::size_t{0} : it->second});
        }
        entries = std::move(list);
    });
    return entries;
}

bool MainFrame::save_training(wxWindow* parent, model::Training& training)
{
    return guarded(parent, _("The training could not be saved. Nothing was changed."), [&] {
        db::Transaction tx(*m_database);
        db::TrainingRepository repository(*m_database);
        if (training.id.is_saved()) repository.update(tx, training);
        else repository.create(tx, training);
        tx.commit();
        SetStatusText(wxString::Format(_("Saved the training %s."), to_wx(training.topic)), 0);
    });
}

bool MainFrame::remove_training(wxWindow* parent, const TrainingListEntry& entry)
{
    const wxString topic = to_wx(entry.training.topic);
    try {
        db::Transaction tx(*m_database);
        db::TrainingRepository(*m_database).remove(tx, entry.training.id);
        tx.commit();
        SetStatusText(wxString::Format(_("Removed the training %s."), topic), 0);
        return true;
    } catch (const db::DbError& error) {
        if (error.category() == db::DbError::Category::in_use) {
            message_box(parent,
                        wxString::Format(_("The training \"%s\" cannot be removed: it is on the record of people who "
                                           "attended it. Remove it from their records first. Nothing was removed."),
                                         topic),
                        _("Remove Training"), wxOK | wxICON_WARNING);
        } else {
            show_db_error(parent, error, wxString::Format(_("The training \"%s\" could not be removed."), topic));
        }
    } catch (const std::exception& error) {
        show_unexpected_error(parent, error, wxString::Format(_("The training \"%s\" could not be removed."), topic));
    }
    return false;
}

void MainFrame::manage_trainings()
{
    TrainingsDialog::Callbacks callbacks;
    callbacks.load = [this] { return load_trainings(); };
    callbacks.save = [this](wxWindow* parent, model::Training& training) { return save_training(parent, training); };
    callbacks.remove = [this](wxWindow* parent, const TrainingListEntry& entry) {
        return remove_training(parent, entry);
    };
    TrainingsDialog dialog(this, std::move(callbacks), today());
    dialog.ShowModal();
    reload();
    m_people_page->refresh_detail();
}

}  // namespace xuncha::app
