#include "app/gui/unit_dialog.h"

#include "app/gui/messages.h"
#include "app/gui/person_picker.h"
#include "app/gui/record_list.h"
#include "app/gui/unit_picker.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/spinctrl.h>
#include <wx/textdlg.h>

#include <algorithm>

namespace xuncha::app {

using model::Field;

namespace {

const Field leader_fields[] = {Field::unit_leader_name, Field::unit_leader_post, Field::unit_leader_start,
                               Field::unit_leader_end};

bool is_leader_field(Field field)
{
    return std::find(std::begin(leader_fields), std::end(leader_fields), field) != std::end(leader_fields);
}

wxString date_text(const std::optional<model::Date>& date)
{
    return date ? to_wx(model::to_iso(*date)) : wxString();
}

}  // namespace

// ---- UnitLeaderDialog ----

UnitLeaderDialog::UnitLeaderDialog(wxWindow* parent, model::UnitLeader value, Check check,
                                   std::vector<model::Problem> initial, std::span<const model::PersonSummary> people)
    : ValueDialog(parent, value.id.is_saved() ? _("Edit Leadership Member") : _("Add Leadership Member"),
                  wxS("unit_leader_dialog"), std::move(value), std::move(check), std::move(initial)),
      m_people(people)
{
    m_person = new PersonPickerCtrl(this, people);
    m_person->SetName(wxS("leader_person"));
    add_row(_("Person record"), m_person);
    m_name = add_text(_("Name"), wxS("leader_name"), Field::unit_leader_name);
    m_post = add_text(_("Post"), wxS("leader_post"), Field::unit_leader_post);
    m_post->SetHint(_("e.g. party secretary, director, deputy mayor"));
    m_start = add_date(_("From"), wxS("leader_start"), Field::unit_leader_start);
    m_end = add_date(_("To"), wxS("leader_end"), Field::unit_leader_end);
    m_end->SetHint(_("Empty: still in post"));
    m_principal = add_check(_("Principal head of the unit"), wxS("leader_principal"));
    m_remark = add_text(_("Remark"), wxS("leader_remark"), std::nullopt, true);
    add_note(_("Link the leader's person record when the leader is in the database: the avoidance check then "
               "also uses the leader's work history. Otherwise type the name."));
    finish();
    // A linked person's name is the record's.
    m_person->on_change = [this] {
        if (!m_person->value()) return;
        if (const auto* summary = find_summary(m_people, *m_person->value())) m_name->ChangeValue(to_wx(summary->name));
    };
}

void UnitLeaderDialog::put(const model::UnitLeader& value)
{
    m_person->set_value(value.person_id);
    m_name->ChangeValue(to_wx(value.name));
    m_post->ChangeValue(to_wx(value.post));
    set_date(*m_start, value.start);
    set_date(*m_end, value.end);
    m_principal->SetValue(value.principal_head);
    m_remark->ChangeValue(to_wx(value.remark));
}

void UnitLeaderDialog::take(model::UnitLeader& value, std::vector<UnreadableField>& unreadable)
{
    value.person_id = m_person->value();
    value.name = read_text(*m_name);
    value.post = read_text(*m_post);
    value.start = read_date(*m_start, Field::unit_leader_start, -1, unreadable);
    value.end = read_date(*m_end, Field::unit_leader_end, -1, unreadable);
    value.principal_head = m_principal->GetValue();
    value.remark = read_text(*m_remark);
}

// ---- UnitDialog ----

UnitDialog::UnitDialog(wxWindow* parent, model::Unit unit, const std::vector<model::Unit>& all,
                       std::span<const model::PersonSummary> people)
    : wxDialog(parent, wxID_ANY,
               unit.id.is_saved() ? wxString::Format(_("Edit Unit: %s"), to_wx(unit.name)) : _("Add Unit"),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_unit(std::move(unit)), m_all(all), m_people(people)
{
    SetName(wxS("unit_dialog"));
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 6)));
    grid->AddGrowableCol(1, 1);
    m_name = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(440, -1)));
    add_field(this, *grid, _("Unit name"), m_name, m_problems, Field::unit_name);
    m_short_name = new wxTextCtrl(this, wxID_ANY);
    add_field(this, *grid, _("Short name"), m_short_name, m_problems, Field::unit_short_name);
    m_type = new TermChoice<model::UnitType>(this);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Type")), wxSizerFlags().Border(wxTOP, 4).Right());
    grid->Add(m_type, wxSizerFlags().Expand());
    // A unit cannot sit under itself or its own sub-units: those are not offered.
    const auto excluded = m_unit.id.is_saved() ? std::optional(m_unit.id) : std::nullopt;
    m_parent = new UnitPickerCtrl(this, m_all, excluded);
    add_field(this, *grid, _("Parent unit"), m_parent, m_problems, Field::unit_parent);
    m_supervisor = new UnitPickerCtrl(this, m_all, excluded);
    add_field(this, *grid, _("Supervising body"), m_supervisor, m_problems, Field::unit_supervisor);
    m_jurisdiction = new wxTextCtrl(this, wxID_ANY);
    add_field(this, *grid, _("Jurisdiction"), m_jurisdiction, m_problems, Field::unit_jurisdiction);
    m_sort_order = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                                  -100000, 100000, 0);
    m_sort_order->SetToolTip(_("Position in official lists: smaller numbers come first."));
    grid->Add(new wxStaticText(this, wxID_ANY, _("Order")), wxSizerFlags().Border(wxTOP, 4).Right());
    grid->Add(m_sort_order, wxSizerFlags());

    m_leader_list = new RecordList(this, wxString(),
                                   {{_("Name"), 90}, {_("Post"), 150}, {_("From"), 90}, {_("To"), 90},
                                    {_("Principal head"), 90}},
                                   wxS("unit_leaders"), 150);
    m_leader_list->SetMinSize(FromDIP(wxSize(620, -1)));
    grid->Add(new wxStaticText(this, wxID_ANY, _("Leadership members")), wxSizerFlags().Border(wxTOP, 4).Right());
    grid->Add(m_leader_list, wxSizerFlags(1).Expand());
    for (const auto field : leader_fields)
        m_problems.add(field, m_leader_list->list(), m_leader_list->problem_line(), -1,
                       [this](int index) { m_leader_list->select(index); });
    m_leader_list->on_edit = [this](int row) { edit_leader(row); };
    m_leader_list->on_remove = [this](int row) {
        if (row < 0 || static_cast<std::size_t>(row) >= m_leaders.size()) return;
        m_leaders.erase(m_leaders.begin() + row);
        show_leaders();
    };

    // Flags: the standard ones, those other units use, and this unit's own.
    for (const auto flag : model::standard_unit_flags()) m_flag_names.emplace_back(flag);
    const auto offer = [this](const std::string& flag) {
        if (std::find(m_flag_names.begin(), m_flag_names.end(), flag) == m_flag_names.end()) m_flag_names.push_back(flag);
    };
    for (const auto& other : m_all)
        for (const auto& flag : other.profile_flags) offer(flag);
    for (const auto& flag : m_unit.profile_flags) offer(flag);
    wxArrayString flag_labels;
    for (const auto& flag : m_flag_names) flag_labels.Add(to_wx(flag));
    m_flags = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 100)), flag_labels);
    m_flags->SetName(wxS("unit_flags"));
    auto* add_flag_button = new wxButton(this, wxID_ANY, _("New Flag..."));
    add_flag_button->SetName(wxS("unit_flags_add"));
    auto* flag_row = new wxBoxSizer(wxHORIZONTAL);
    flag_row->Add(m_flags, wxSizerFlags(1).Expand());
    flag_row->Add(add_flag_button, wxSizerFlags().Border(wxLEFT));
    grid->Add(new wxStaticText(this, wxID_ANY, _("Profile flags")), wxSizerFlags().Border(wxTOP, 4).Right());
    auto* flag_column = new wxBoxSizer(wxVERTICAL);
    flag_column->Add(flag_row, wxSizerFlags().Expand());
    wxStaticText* flag_problem = make_problem_line(this);
    flag_column->Add(flag_problem, wxSizerFlags().Border(wxTOP, 2));
    grid->Add(flag_column, wxSizerFlags().Expand());
    m_problems.add(Field::unit_flag, m_flags, flag_problem);
    add_flag_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxTextEntryDialog ask(this, _("A profile flag of your office, for example many key projects:"), _("New Flag"));
        translate_standard_buttons(ask);
        if (ask.ShowModal() != wxID_OK) return;
        wxString flag = ask.GetValue();
        flag.Trim(true).Trim(false);
        if (!flag.empty()) add_flag(from_wx(flag));
    });

    m_remark = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 50)),
                              wxTE_MULTILINE);
    add_field(this, *grid, _("Remark"), m_remark, m_problems, Field::unit_remark);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, wxSizerFlags(1).Expand().DoubleBorder());
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);
    CentreOnParent();
}

void UnitDialog::add_leader(model::UnitLeader leader)
{
    m_leaders.push_back(std::move(leader));
    show_leaders();
}

void UnitDialog::add_flag(const std::string& flag)
{
    auto it = std::find(m_flag_names.begin(), m_flag_names.end(), flag);
    if (it == m_flag_names.end()) {
        m_flag_names.push_back(flag);
        m_flags->Append(to_wx(flag));
        it = m_flag_names.end() - 1;
    }
    m_flags->Check(static_cast<unsigned>(it - m_flag_names.begin()));
}

void UnitDialog::show_leaders()
{
    std::vector<std::vector<wxString>> rows;
    for (const auto& leader : m_leaders) {
        // A linked leader is shown by the record's name.
        const auto* linked = leader.person_id ? find_summary(m_people, *leader.person_id) : nullptr;
        rows.push_back({to_wx(linked ? linked->name : leader.name), to_wx(leader.post), date_text(leader.start),
                        leader.end ? date_text(leader.end) : _("now"),
                        leader.principal_head ? wxString::FromUTF8("✓") : wxString()});
    }
    m_leader_list->set_rows(rows);
}

model::Unit UnitDialog::read() const
{
    model::Unit edited = m_unit;
    edited.name = read_text(*m_name);
    edited.short_name = read_text(*m_short_name);
    edited.type = m_type->value();
    edited.parent_id = m_parent->value();
    edited.supervisor_id = m_supervisor->value();
    edited.jurisdiction = read_text(*m_jurisdiction);
    edited.sort_order = m_sort_order->GetValue();
    edited.remark = read_text(*m_remark);
    edited.leaders = m_leaders;
    edited.profile_flags.clear();
    for (std::size_t i = 0; i < m_flag_names.size(); ++i)
        if (m_flags->IsChecked(static_cast<unsigned>(i))) edited.profile_flags.push_back(m_flag_names[i]);
    return edited;
}

std::vector<model::Problem> UnitDialog::check_leader(std::size_t index, const model::UnitLeader& leader) const
{
    model::Unit unit = read();
    if (index < unit.leaders.size()) unit.leaders[index] = leader;
    else unit.leaders.push_back(leader);
    std::vector<model::Problem> mine;
    for (auto problem : model::validate(unit, m_all))
        if (problem.index == static_cast<int>(index) && is_leader_field(problem.field)) {
            problem.index = -1;
            mine.push_back(problem);
        }
    return mine;
}

void UnitDialog::edit_leader(int row)
{
    const bool adding = row < 0 || static_cast<std::size_t>(row) >= m_leaders.size();
    const std::size_t index = adding ? m_leaders.size() : static_cast<std::size_t>(row);
    const model::UnitLeader leader = adding ? model::UnitLeader{} : m_leaders[index];
    std::vector<model::Problem> initial;
    if (!adding) initial = check_leader(index, leader);
    UnitLeaderDialog dialog(this, leader, [this, index](const model::UnitLeader& l) { return check_leader(index, l); },
                            std::move(initial), m_people);
    if (dialog.ShowModal() != wxID_OK) return;
    if (adding) m_leaders.push_back(dialog.value());
    else m_leaders[index] = dialog.value();
    show_leaders();
    m_leader_list->select(static_cast<int>(index));
}

bool UnitDialog::TransferDataToWindow()
{
    m_name->ChangeValue(to_wx(m_unit.name));
    m_short_name->ChangeValue(to_wx(m_unit.short_name));
    m_type->set_value(m_unit.type);
    m_parent->set_value(m_unit.parent_id);
    m_supervisor->set_value(m_unit.supervisor_id);
    m_jurisdiction->ChangeValue(to_wx(m_unit.jurisdiction));
    m_sort_order->SetValue(m_unit.sort_order);
    m_remark->ChangeValue(to_wx(m_unit.remark));
    m_leaders = m_unit.leaders;
    show_leaders();
    for (std::size_t i = 0; i < m_flag_names.size(); ++i)
        m_flags->Check(static_cast<unsigned>(i), std::find(m_unit.profile_flags.begin(), m_unit.profile_flags.end(),
                                                           m_flag_names[i]) != m_unit.profile_flags.end());
    return true;
}

bool UnitDialog::TransferDataFromWindow()
{
    model::Unit edited = read();
    const auto problems = model::validate(edited, m_all);
    m_problems.clear();
    for (const auto& problem : problems) {
        wxString text = problem_message(problem);
        if (is_leader_field(problem.field) && problem.index >= 0 &&
            static_cast<std::size_t>(problem.index) < edited.leaders.size())
            text = to_wx(edited.leaders[static_cast<std::size_t>(problem.index)].name) + wxS(": ") +
                   field_label(problem.field) + wxS(": ") + text;
        if (!m_problems.show(problem.field, text, problem.index))
            m_problems.show(Field::unit_name, field_label(problem.field) + wxS(": ") + text);
    }
    Layout();
    Fit();
    if (!problems.empty()) return false;
    m_unit = std::move(edited);
    return true;
}

}  // namespace xuncha::app
