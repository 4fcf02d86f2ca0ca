#include "app/gui/record_dialogs.h"

#include "app/gui/messages.h"
#include "app/gui/training_dialog.h"
#include "app/gui/unit_picker.h"
#include "app/gui/wx_text.h"
#include "model/kinship.h"
#include "model/validation.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/combobox.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>

#include <algorithm>

namespace xuncha::app {

using model::Field;

namespace {

wxComboBox* make_combo(wxWindow* parent, const wxString& name, const std::vector<std::string_view>& suggestions)
{
    wxArrayString items;
    for (const auto s : suggestions) items.Add(to_wx(s));
    auto* combo = new wxComboBox(parent, wxID_ANY, wxString(), wxDefaultPosition, parent->FromDIP(wxSize(320, -1)),
                                 items);
    combo->SetName(name);
    return combo;
}

std::string read_combo(const wxComboBox& combo)
{
    wxString text = combo.GetValue();
    return from_wx(text.Trim(true).Trim(false));
}

}  // namespace

// ---- UnitOrTextCtrl ----

UnitOrTextCtrl::UnitOrTextCtrl(wxWindow* parent, const std::vector<model::Unit>& units, const wxString& name)
    : wxPanel(parent, wxID_ANY)
{
    SetName(name);
    auto* column = new wxBoxSizer(wxVERTICAL);
    m_picker = new UnitPickerCtrl(this, units);
    m_picker->SetName(name + wxS("_record"));
    column->Add(m_picker, wxSizerFlags().Expand());
    m_text = new wxTextCtrl(this, wxID_ANY);
    m_text->SetName(name + wxS("_text"));
    m_text->SetHint(_("or type the name when it is not in the unit list"));
    column->Add(m_text, wxSizerFlags().Expand().Border(wxTOP, 4));
    SetSizer(column);
    // A unit record wins: the typed name is only for units outside the list.
    m_text->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!m_picker->value()); });
}

void UnitOrTextCtrl::set_value(const std::optional<model::UnitId>& unit, const std::string& text)
{
    m_picker->set_value(unit);
    m_text->ChangeValue(unit ? wxString() : to_wx(text));
}

std::optional<model::UnitId> UnitOrTextCtrl::unit() const
{
    return m_picker->value();
}

std::string UnitOrTextCtrl::text() const
{
    return m_picker->value() ? std::string() : read_text(*m_text);
}

bool UnitOrTextCtrl::SetBackgroundColour(const wxColour& colour)
{
    if (m_picker) m_picker->SetBackgroundColour(colour);
    return m_text ? m_text->SetBackgroundColour(colour) : wxPanel::SetBackgroundColour(colour);
}

// ---- TrainingCatalog ----

const model::Training* TrainingCatalog::find(model::TrainingId id) const
{
    const auto it = std::find_if(trainings.begin(), trainings.end(), [&](const auto& t) { return t.id == id; });
    return it == trainings.end() ? nullptr : &*it;
}

model::TrainingId TrainingCatalog::add(model::Training training)
{
    training.id = model::TrainingId(next_provisional--);
    trainings.push_back(training);
    return training.id;
}

wxString TrainingCatalog::describe(model::TrainingId id) const
{
    const model::Training* training = find(id);
    if (!training) return _("(unknown training)");
    wxString text = training->start ? to_wx(model::to_iso(*training->start)) + wxS(" ") : wxString();
    text += to_wx(training->topic);
    if (!training->organiser.empty()) text += wxS(" (") + to_wx(training->organiser) + wxS(")");
    return text;
}

// ---- WorkHistoryDialog ----

WorkHistoryDialog::WorkHistoryDialog(wxWindow* parent, model::WorkHistoryEntry value, Check check,
                                     std::vector<model::Problem> initial, const std::vector<model::Unit>* units)
    : ValueDialog(parent, _("Work History Entry"), wxS("work_history_dialog"), std::move(value), std::move(check),
                  std::move(initial))
{
    m_unit = new UnitOrTextCtrl(this, *units, wxS("work_history_unit"));
    add_row(_("Unit"), m_unit, Field::work_history_unit);
    m_department = add_text(_("Department"), wxS("work_history_department"));
    m_post = add_text(_("Post"), wxS("work_history_post"), Field::work_history_post);
    m_start = add_date(_("From"), wxS("work_history_start"), Field::work_history_start);
    m_end = add_date(_("To"), wxS("work_history_end"), Field::work_history_end);
    m_end->SetHint(_("empty: to date"));
    m_leadership = add_check(_("Member of the leadership team"), wxS("work_history_leadership"));
    m_principal = add_check(_("Principal head"), wxS("work_history_principal"));
    finish();
}

void WorkHistoryDialog::put(const model::WorkHistoryEntry& value)
{
    m_unit->set_value(value.unit_id, value.unit_name);
    m_department->ChangeValue(to_wx(value.department));
    m_post->ChangeValue(to_wx(value.post));
    set_date(*m_start, value.start);
    set_date(*m_end, value.end);
    m_leadership->SetValue(value.leadership_member);
    m_principal->SetValue(value.principal_head);
}

void WorkHistoryDialog::take(model::WorkHistoryEntry& value, std::vector<UnreadableField>& unreadable)
{
    value.unit_id = m_unit->unit();
    value.unit_name = m_unit->text();
    value.department = read_text(*m_department);
    value.post = read_text(*m_post);
    value.start = read_date(*m_start, Field::work_history_start, -1, unreadable);
    value.end = read_date(*m_end, Field::work_history_end, -1, unreadable);
    value.leadership_member = m_leadership->GetValue();
    value.principal_head = m_principal->GetValue();
}

// ---- RelativeDialog ----

RelativeDialog::RelativeDialog(wxWindow* parent, model::Relative value, Check check,
                               std::vector<model::Problem> initial, const std::vector<model::Unit>* units)
    : ValueDialog(parent, _("Family Member or Social Relation"), wxS("relative_dialog"), std::move(value),
                  std::move(check), std::move(initial))
{
    std::vector<std::string_view> titles;
    for (const auto& title : model::relative_titles()) titles.push_back(title.zh);
    auto* title_panel = new wxPanel(this);
    auto* title_row = new wxBoxSizer(wxHORIZONTAL);
    m_title = make_combo(title_panel, wxS("relative_title"), titles);
    m_title->SetMinSize(FromDIP(wxSize(140, -1)));
    title_row->Add(m_title, wxSizerFlags());
    m_kinship = new wxStaticText(title_panel, wxID_ANY, wxString());
    m_kinship->SetName(wxS("relative_kinship"));
    title_row->Add(m_kinship, wxSizerFlags().CentreVertical().Border(wxLEFT, 10));
    title_panel->SetSizer(title_row);
    // The highlight belongs on the combo box, not on the panel around it.
    m_problems.add(Field::relative_title, m_title, add_row(_("Relation"), title_panel, Field::relative_title));
    m_name = add_text(_("Name"), wxS("relative_name"), Field::relative_name);
    m_birth = add_date(_("Date of birth"), wxS("relative_birth_date"), Field::relative_birth_date);
    m_political = new OptionalTermChoice<model::PoliticalStatus>(this);
    m_political->SetName(wxS("relative_political_status"));
    add_row(_("Political status"), m_political);
    m_employer = new UnitOrTextCtrl(this, *units, wxS("relative_employer"));
    add_row(_("Employer"), m_employer, Field::relative_employer);
    m_post = add_text(_("Post"), wxS("relative_post"));
    m_leader = add_check(_("A leader there (member of its leadership team)"), wxS("relative_is_leader"));
    add_note(_("The relation decides which avoidance rules apply: spouse, lineal relatives, collateral "
               "relatives within three generations and close in-laws count; other relations never do."));
    finish();
    m_title->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { show_kinship(); });
    m_title->Bind(wxEVT_COMBOBOX, [this](wxCommandEvent&) { show_kinship(); });
}

void RelativeDialog::show_kinship()
{
    const std::string title = read_combo(*m_title);
    m_kinship->SetLabel(title.empty() ? wxString()
                                      : wxString::Format(_("Kinship: %s"),
                                                         term_label(model::kinship_class_of(title))));
    m_kinship->GetParent()->Layout();
}

void RelativeDialog::put(const model::Relative& value)
{
    m_title->ChangeValue(to_wx(value.title));
    show_kinship();
    m_name->ChangeValue(to_wx(value.name));
    set_date(*m_birth, value.birth_date);
    m_political->set_value(value.political_status);
    m_employer->set_value(value.employer_unit_id, value.employer_name);
    m_post->ChangeValue(to_wx(value.post));
    m_leader->SetValue(value.is_leader);
}

void RelativeDialog::take(model::Relative& value, std::vector<UnreadableField>& unreadable)
{
    value.title = read_combo(*m_title);
    value.name = read_text(*m_name);
    value.birth_date = read_date(*m_birth, Field::relative_birth_date, -1, unreadable);
    value.political_status = m_political->value();
    value.employer_unit_id = m_employer->unit();
    value.employer_name = m_employer->text();
    value.post = read_text(*m_post);
    value.is_leader = m_leader->GetValue();
}

// ---- TrainingAttendanceDialog ----

TrainingAttendanceDialog::TrainingAttendanceDialog(wxWindow* parent, model::TrainingAttendance value, Check check,
                                                   std::vector<model::Problem> initial, TrainingCatalog* catalog,
                                                   model::Date today)
    : ValueDialog(parent, _("Training Attended"), wxS("training_attendance_dialog"), std::move(value),
                  std::move(check), std::move(initial)),
      m_catalog(*catalog), m_today(today)
{
    auto* panel = new wxPanel(this);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    m_training = new wxChoice(panel, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(360, -1)));
    m_training->SetName(wxS("training_choice"));
    row->Add(m_training, wxSizerFlags(1).Expand());
    auto* create = new wxButton(panel, wxID_ANY, _("New Training..."));
    create->SetName(wxS("training_new"));
    create->SetToolTip(_("A training that is not in the list yet; it is saved together with the person."));
    row->Add(create, wxSizerFlags().Border(wxLEFT, 4));
    panel->SetSizer(row);
    m_problems.add(Field::training, m_training, add_row(_("Training"), panel, Field::training));
    m_attendance = new TermChoice<model::Attendance>(this);
    m_attendance->SetName(wxS("training_attendance"));
    add_row(_("Attendance"), m_attendance);
    m_remark = add_text(_("Remark"), wxS("training_remark"));
    finish();
    create->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { new_training(); });
}

void TrainingAttendanceDialog::fill_trainings(model::TrainingId selected)
{
    // Newest first: the training just held is the one usually recorded.
    std::vector<const model::Training*> sorted;
    for (const auto& training : m_catalog.trainings) sorted.push_back(&training);
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->start > b->start; });
    m_training->Clear();
    m_offered.clear();
    for (const auto* training : sorted) {
        m_training->Append(m_catalog.describe(training->id));
        m_offered.push_back(training->id);
    }
    for (std::size_t i = 0; i < m_offered.size(); ++i)
        if (m_offered[i] == selected) m_training->SetSelection(static_cast<int>(i));
}

void TrainingAttendanceDialog::new_training()
{
    model::Training training;
    training.start = m_today;
    TrainingDialog dialog(this, training, m_today);
    if (dialog.ShowModal() != wxID_OK) return;
    fill_trainings(m_catalog.add(dialog.training()));
}

void TrainingAttendanceDialog::put(const model::TrainingAttendance& value)
{
    fill_trainings(value.training_id);
    m_attendance->set_value(value.attendance);
    m_remark->ChangeValue(to_wx(value.remark));
}

void TrainingAttendanceDialog::take(model::TrainingAttendance& value, std::vector<UnreadableField>&)
{
    const int selection = m_training->GetSelection();
    value.training_id = selection >= 0 ? m_offered[static_cast<std::size_t>(selection)] : model::TrainingId{};
    value.attendance = m_attendance->value();
    value.remark = read_text(*m_remark);
}

// ---- CommendationDialog ----

CommendationDialog::CommendationDialog(wxWindow* parent, model::Commendation value, Check check,
                                       std::vector<model::Problem> initial)
    : ValueDialog(parent, _("Commendation"), wxS("commendation_dialog"), std::move(value), std::move(check),
                  std::move(initial))
{
    m_date = add_date(_("Date"), wxS("commendation_date"), Field::commendation_date);
    m_title = add_text(_("Commendation"), wxS("commendation_title"), Field::commendation_title);
    m_body = add_text(_("Awarded by"), wxS("commendation_awarding_body"), Field::commendation_awarding_body);
    m_level = new TermChoice<model::CommendationLevel>(this);
    m_level->SetName(wxS("commendation_level"));
    add_row(_("Level"), m_level);
    m_document = add_text(_("Document number"), wxS("commendation_document"));
    m_remark = add_text(_("Remark"), wxS("commendation_remark"));
    finish();
}

void CommendationDialog::put(const model::Commendation& value)
{
    set_date(*m_date, value.date);
    m_title->ChangeValue(to_wx(value.title));
    m_body->ChangeValue(to_wx(value.awarding_body));
    m_level->set_value(value.level);
    m_document->ChangeValue(to_wx(value.document_number));
    m_remark->ChangeValue(to_wx(value.remark));
}

void CommendationDialog::take(model::Commendation& value, std::vector<UnreadableField>& unreadable)
{
    value.date = read_date(*m_date, Field::commendation_date, -1, unreadable);
    value.title = read_text(*m_title);
    value.awarding_body = read_text(*m_body);
    value.level = m_level->value();
    value.document_number = read_text(*m_document);
    value.remark = read_text(*m_remark);
}

// ---- AssessmentDialog ----

AssessmentDialog::AssessmentDialog(wxWindow* parent, model::AnnualAssessment value, Check check,
                                   std::vector<model::Problem> initial)
    : ValueDialog(parent, _("Annual Assessment"), wxS("assessment_dialog"), std::move(value), std::move(check),
                  std::move(initial))
{
    // A wide range: validation, not the control, says which years make sense.
    m_year = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(120, -1)),
                            wxSP_ARROW_KEYS, 1900, 2200, 2000);
    m_year->SetName(wxS("assessment_year"));
    add_row(_("Year"), m_year, Field::assessment_year);
    m_result = new TermChoice<model::AssessmentResult>(this);
    m_result->SetName(wxS("assessment_result"));
    add_row(_("Result"), m_result);
    m_remark = add_text(_("Remark"), wxS("assessment_remark"));
    finish();
}

void AssessmentDialog::put(const model::AnnualAssessment& value)
{
    m_year->SetValue(value.year);
    m_result->set_value(value.result);
    m_remark->ChangeValue(to_wx(value.remark));
}

void AssessmentDialog::take(model::AnnualAssessment& value, std::vector<UnreadableField>&)
{
    value.year = m_year->GetValue();
    value.result = m_result->value();
    value.remark = read_text(*m_remark);
}

// ---- IntegrityOpinionDialog ----

IntegrityOpinionDialog::IntegrityOpinionDialog(wxWindow* parent, model::IntegrityOpinion value, Check check,
                                               std::vector<model::Problem> initial)
    : ValueDialog(parent, _("Integrity Opinion"), wxS("integrity_opinion_dialog"), std::move(value),
                  std::move(check), std::move(initial))
{
    m_date = add_date(_("Date"), wxS("integrity_opinion_date"), Field::integrity_opinion_date);
    m_issuer = add_text(_("Issued by"), wxS("integrity_opinion_issuer"), Field::integrity_opinion_issuer);
    m_document = add_text(_("Document number"), wxS("integrity_opinion_document"));
    m_clear = new wxChoice(this, wxID_ANY);
    m_clear->SetName(wxS("integrity_opinion_clear"));
    m_clear->Append(_("No problem affecting use was found"));
    m_clear->Append(_("Raises a problem"));
    add_row(_("Conclusion"), m_clear);
    m_content = add_text(_("Opinion"), wxS("integrity_opinion_content"), std::nullopt, true);
    m_remark = add_text(_("Remark"), wxS("integrity_opinion_remark"));
    finish();
}

void IntegrityOpinionDialog::put(const model::IntegrityOpinion& value)
{
    set_date(*m_date, value.date);
    m_issuer->ChangeValue(to_wx(value.issuer));
    m_document->ChangeValue(to_wx(value.document_number));
    m_clear->SetSelection(value.clear ? 0 : 1);
    m_content->ChangeValue(to_wx(value.content));
    m_remark->ChangeValue(to_wx(value.remark));
}

void IntegrityOpinionDialog::take(model::IntegrityOpinion& value, std::vector<UnreadableField>& unreadable)
{
    value.date = read_date(*m_date, Field::integrity_opinion_date, -1, unreadable);
    value.issuer = read_text(*m_issuer);
    value.document_number = read_text(*m_document);
    value.clear = m_clear->GetSelection() != 1;
    value.content = read_text(*m_content);
    value.remark = read_text(*m_remark);
}

// ---- AttachmentCtrl ----

AttachmentCtrl::AttachmentCtrl(wxWindow* parent, const wxString& name, AttachmentLoader load)
    : wxPanel(parent, wxID_ANY), m_load(std::move(load))
{
    SetName(name);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    m_text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(220, -1)), wxTE_READONLY);
    m_text->SetName(name + wxS("_file"));
    row->Add(m_text, wxSizerFlags(1).Expand());
    auto* choose = new wxButton(this, wxID_ANY, _("Choose File..."));
    choose->SetName(name + wxS("_choose"));
    row->Add(choose, wxSizerFlags().Border(wxLEFT, 4));
    m_open = new wxButton(this, wxID_ANY, _("Open"));
    m_open->SetName(name + wxS("_open"));
    m_open->SetToolTip(_("Open the stored file with the system's viewer"));
    row->Add(m_open, wxSizerFlags().Border(wxLEFT, 4));
    m_remove = new wxButton(this, wxID_ANY, _("Remove"));
    m_remove->SetName(name + wxS("_remove"));
    row->Add(m_remove, wxSizerFlags().Border(wxLEFT, 4));
    SetSizer(row);

    choose->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxFileDialog chooser(this, _("Choose the Scanned File"), wxString(), wxString(),
                             _("Scans (*.pdf;*.jpg;*.jpeg;*.png;*.tif;*.tiff)|*.pdf;*.PDF;*.jpg;*.JPG;*.jpeg;*.JPEG;"
                               "*.png;*.PNG;*.tif;*.TIF;*.tiff;*.TIFF|All files (*)|*"),
                             wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (chooser.ShowModal() == wxID_OK) choose_file(chosen_path(chooser));
    });
    m_open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_value) open_attachment(this, *m_value, m_load);
    });
    m_remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        m_refusal.clear();
        set_value(std::nullopt);
    });
}

void AttachmentCtrl::set_value(const std::optional<model::Attachment>& attachment)
{
    m_value = attachment;
    show_value();
}

void AttachmentCtrl::choose_file(const wxString& path)
{
    AttachmentRead read = read_attachment_file(path, false);
    m_refusal = read.problem;
    if (read.attachment) set_value(read.attachment);
}

void AttachmentCtrl::show_value()
{
    m_text->ChangeValue(m_value ? attachment_label(*m_value) : _("(no file)"));
    m_open->Enable(m_value.has_value());
    m_remove->Enable(m_value.has_value());
}

bool AttachmentCtrl::SetBackgroundColour(const wxColour& colour)
{
    return m_text ? m_text->SetBackgroundColour(colour) : wxPanel::SetBackgroundColour(colour);
}

// ---- PledgeDialog ----

PledgeDialog::PledgeDialog(wxWindow* parent, model::Pledge value, Check check, std::vector<model::Problem> initial,
                           const std::vector<model::Pool>* pools, AttachmentLoader load)
    : ValueDialog(parent, _("Pledge"), wxS("pledge_dialog"), std::move(value), std::move(check), std::move(initial)),
      m_pools(*pools)
{
    m_type = new TermChoice<model::PledgeType>(this);
    m_type->SetName(wxS("pledge_type"));
    add_row(_("Pledge type"), m_type);
    m_scope = new TermChoice<model::PledgeScope>(this);
    m_scope->SetName(wxS("pledge_scope"));
    add_row(_("Signed for"), m_scope);
    m_pool = new wxChoice(this, wxID_ANY);
    m_pool->SetName(wxS("pledge_pool"));
    for (const auto& pool : m_pools) m_pool->Append(to_wx(pool.name));
    add_row(_("Pool"), m_pool, Field::pledge_pool);
    m_round = add_text(_("Round"), wxS("pledge_round"), Field::pledge_round);
    m_round->SetHint(_("e.g. the 3rd round of the 15th county committee"));
    m_signed = add_date(_("Signed on"), wxS("pledge_signed_date"), Field::pledge_signed_date);
    m_recipient = add_text(_("Received by"), wxS("pledge_recipient"), Field::pledge_recipient);
    m_scan = new AttachmentCtrl(this, wxS("pledge_scan"), std::move(load));
    add_row(_("Scanned copy"), m_scan, Field::pledge_scan);
    m_remark = add_text(_("Remark"), wxS("pledge_remark"));
    finish();
    m_scope->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { enable_scope(); });
}

void PledgeDialog::enable_scope()
{
    const bool pool = m_scope->value() == model::PledgeScope::pool_entry;
    m_pool->Enable(pool);
    m_round->Enable(!pool);
}

void PledgeDialog::put(const model::Pledge& value)
{
    m_type->set_value(value.type);
    m_scope->set_value(value.scope);
    m_pool->SetSelection(wxNOT_FOUND);
    for (std::size_t i = 0; i < m_pools.size(); ++i)
        if (value.pool_id == m_pools[i].id) m_pool->SetSelection(static_cast<int>(i));
    m_round->ChangeValue(to_wx(value.round_name));
    set_date(*m_signed, value.signed_date);
    m_recipient->ChangeValue(to_wx(value.recipient));
    m_scan->set_value(value.scan);
    m_remark->ChangeValue(to_wx(value.remark));
    enable_scope();
}

void PledgeDialog::take(model::Pledge& value, std::vector<UnreadableField>& unreadable)
{
    value.type = m_type->value();
    value.scope = m_scope->value();
    const int pool = m_pool->GetSelection();
    // Only the scope's own detail is kept: a round pledge names no pool, a pool pledge no round.
    value.pool_id = value.scope == model::PledgeScope::pool_entry && pool >= 0
                        ? std::optional(m_pools[static_cast<std::size_t>(pool)].id)
                        : std::nullopt;
    value.round_name = value.scope == model::PledgeScope::round ? read_text(*m_round) : std::string();
    value.signed_date = read_date(*m_signed, Field::pledge_signed_date, -1, unreadable);
    value.recipient = read_text(*m_recipient);
    value.scan = m_scan->value();
    value.remark = read_text(*m_remark);
    if (!m_scan->refusal().empty()) unreadable.push_back(UnreadableField{Field::pledge_scan, -1, m_scan->refusal()});
}

// ---- SecondmentDialog ----

SecondmentDialog::SecondmentDialog(wxWindow* parent, model::Secondment value, Check check,
                                   std::vector<model::Problem> initial)
    : ValueDialog(parent, _("Secondment"), wxS("secondment_dialog"), std::move(value), std::move(check),
                  std::move(initial))
{
    m_task = add_text(_("Round or task"), wxS("secondment_task"), Field::secondment_task);
    m_group = add_text(_("Group"), wxS("secondment_group"));
    m_group->SetHint(_("e.g. the first inspection group"));
    m_role = make_combo(this, wxS("secondment_role"), {"组长", "副组长", "成员", "联络员"});
    add_row(_("Role in the group"), m_role);
    m_body = make_combo(this, wxS("secondment_body"), {"县纪委监委", "县委组织部", "县委巡察办"});
    add_row(_("Seconded by"), m_body);
    m_notice = add_text(_("Notice number"), wxS("secondment_notice"));
    m_notice_date = add_date(_("Notice date"), wxS("secondment_notice_date"), Field::secondment_notice_date);
    m_start = add_date(_("From"), wxS("secondment_start"), Field::secondment_start);
    m_end = add_date(_("To"), wxS("secondment_end"), Field::secondment_end);
    m_end->SetHint(_("empty: still seconded"));
    m_evaluation = new OptionalTermChoice<model::AssessmentResult>(this);
    m_evaluation->SetName(wxS("secondment_evaluation"));
    add_row(_("Evaluation"), m_evaluation);
    m_remark = add_text(_("Remark"), wxS("secondment_remark"));
    finish();
}

void SecondmentDialog::put(const model::Secondment& value)
{
    m_task->ChangeValue(to_wx(value.task));
    m_group->ChangeValue(to_wx(value.group_name));
    m_role->ChangeValue(to_wx(value.role));
    m_body->ChangeValue(to_wx(value.seconding_body));
    m_notice->ChangeValue(to_wx(value.notice_number));
    set_date(*m_notice_date, value.notice_date);
    set_date(*m_start, value.start);
    set_date(*m_end, value.end);
    m_evaluation->set_value(value.evaluation);
    m_remark->ChangeValue(to_wx(value.remark));
}

void SecondmentDialog::take(model::Secondment& value, std::vector<UnreadableField>& unreadable)
{
    value.task = read_text(*m_task);
    value.group_name = read_text(*m_group);
    value.role = read_combo(*m_role);
    value.seconding_body = read_combo(*m_body);
    value.notice_number = read_text(*m_notice);
    value.notice_date = read_date(*m_notice_date, Field::secondment_notice_date, -1, unreadable);
    value.start = read_date(*m_start, Field::secondment_start, -1, unreadable);
    value.end = read_date(*m_end, Field::secondment_end, -1, unreadable);
    value.evaluation = m_evaluation->value();
    value.remark = read_text(*m_remark);
}

// ---- DeclinedSecondmentDialog ----

DeclinedSecondmentDialog::DeclinedSecondmentDialog(wxWindow* parent, model::DeclinedSecondment value, Check check,
                                                   std::vector<model::Problem> initial)
    : ValueDialog(parent, _("Declined Secondment"), wxS("declined_dialog"), std::move(value), std::move(check),
                  std::move(initial))
{
    m_date = add_date(_("Date"), wxS("declined_date"), Field::declined_date);
    m_task = add_text(_("Round or task"), wxS("declined_task"));
    m_reason = add_text(_("Reason"), wxS("declined_reason"), Field::declined_reason, true);
    finish();
}

void DeclinedSecondmentDialog::put(const model::DeclinedSecondment& value)
{
    set_date(*m_date, value.date);
    m_task->ChangeValue(to_wx(value.task));
    m_reason->ChangeValue(to_wx(value.reason));
}

void DeclinedSecondmentDialog::take(model::DeclinedSecondment& value, std::vector<UnreadableField>& unreadable)
{
    value.date = read_date(*m_date, Field::declined_date, -1, unreadable);
    value.task = read_text(*m_task);
    value.reason = read_text(*m_reason);
}

}  // namespace xuncha::app
