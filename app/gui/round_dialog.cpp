#include "app/gui/round_dialog.h"

#include "app/gui/messages.h"
#include "app/gui/person_picker.h"
#include "app/gui/record_list.h"
#include "app/gui/unit_picker.h"
#include "app/gui/unit_tree.h"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

#include <algorithm>

namespace xuncha::app {

using model::Field;

namespace {

const Field group_fields[] = {Field::group_number,  Field::group_name,
                              Field::group_units,   Field::group_members,
                              Field::group_authorising_body, Field::group_dispatching_body};

bool is_group_field(Field field)
{
    return std::find(std::begin(group_fields), std::end(group_fields), field) != std::end(group_fields);
}

wxSpinCtrl* make_spin(wxWindow* parent, int min, int max, const wxString& name)
{
    auto* spin = new wxSpinCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, parent->FromDIP(wxSize(130, -1)),
                                wxSP_ARROW_KEYS, min, max, min);
    spin->SetName(name);
    return spin;
}

}  // namespace

wxString unit_names(std::span<const model::Unit> units, const std::vector<model::UnitId>& ids)
{
    wxString text;
    for (const auto id : ids) {
        const auto it = std::find_if(units.begin(), units.end(), [&](const auto& u) { return u.id == id; });
        if (!text.empty()) text += wxString::FromUTF8("、");
        text += it == units.end() ? wxString::Format(wxS("#%lld"), static_cast<long long>(id.value()))
                                  : to_wx(it->short_name.empty() ? it->name : it->short_name);
    }
    return text;
}

wxString duty_names(const std::vector<model::GroupDuty>& duties)
{
    wxString text;
    for (const auto duty : duties) {
        if (!text.empty()) text += wxString::FromUTF8("、");
        text += term_label(duty);
    }
    return text;
}

// ---- GroupMemberDialog ----

GroupMemberDialog::GroupMemberDialog(wxWindow* parent, model::GroupMember value, Check check,
                                     std::vector<model::Problem> initial, std::span<const model::PersonSummary> people)
    : ValueDialog(parent, value.person_id.is_saved() ? _("Edit Group Member") : _("Add Group Member"),
                  wxS("group_member_dialog"), std::move(value), std::move(check), std::move(initial))
{
    m_person = new PersonPickerCtrl(this, people, false);
    m_person->SetName(wxS("member_person"));
    add_row(_("Person"), m_person, Field::group_members);
    m_role = new TermChoice<model::GroupRole>(this);
    m_role->SetName(wxS("member_role"));
    add_row(_("Role in the group"), m_role);
    wxArrayString duties;
    for (const auto& t : model::terms<model::GroupDuty>()) duties.Add(term_label(t));
    m_duties = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(320, 150)), duties);
    m_duties->SetName(wxS("member_duties"));
    add_row(_("Duties"), m_duties);
    finish();
}

void GroupMemberDialog::put(const model::GroupMember& value)
{
    m_person->set_value(value.person_id.is_saved() ? std::optional(value.person_id) : std::nullopt);
    m_role->set_value(value.role);
    const auto all = model::terms<model::GroupDuty>();
    for (std::size_t i = 0; i < all.size(); ++i)
        m_duties->Check(static_cast<unsigned>(i), std::find(value.duties.begin(), value.duties.end(), all[i].value) !=
                                                       value.duties.end());
}

void GroupMemberDialog::take(model::GroupMember& value, std::vector<UnreadableField>& unreadable)
{
    if (m_person->value()) value.person_id = *m_person->value();
    else unreadable.push_back(UnreadableField{Field::group_members, -1, _("Choose the person.")});
    value.role = m_role->value();
    value.duties.clear();
    const auto all = model::terms<model::GroupDuty>();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (m_duties->IsChecked(static_cast<unsigned>(i))) value.duties.push_back(all[i].value);
}

// ---- GroupDialog ----

GroupDialog::GroupDialog(wxWindow* parent, model::Group value, Check check, std::vector<model::Problem> initial,
                         std::span<const model::Unit> units, std::span<const model::PersonSummary> people)
    : ValueDialog(parent, value.id.is_saved() ? wxString::Format(_("Edit Group: %s"), to_wx(model::group_display_name(value)))
                                              : _("Add Group"),
                  wxS("group_dialog"), std::move(value), std::move(check), std::move(initial)),
      m_all_units(units), m_people(people)
{
    m_number = make_spin(this, 1, 99, wxS("group_number"));
    add_row(_("Group number"), m_number, Field::group_number);
    m_name = add_text(_("Group name"), wxS("group_name"), Field::group_name);
    m_name->SetHint(_("Empty: named by its number"));
    m_authorising = add_text(_("Authorising body"), wxS("group_authorising"), Field::group_authorising_body);
    m_dispatching = add_text(_("Dispatching body"), wxS("group_dispatching"), Field::group_dispatching_body);

    auto* units_panel = new wxBoxSizer(wxHORIZONTAL);
    m_unit_list = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(320, 90)));
    m_unit_list->SetName(wxS("group_units"));
    units_panel->Add(m_unit_list, wxSizerFlags(1).Expand());
    auto* unit_buttons = new wxBoxSizer(wxVERTICAL);
    auto* add_unit_button = new wxButton(this, wxID_ANY, _("Add Unit..."));
    add_unit_button->SetName(wxS("group_units_add"));
    auto* remove_unit_button = new wxButton(this, wxID_ANY, _("Remove"));
    remove_unit_button->SetName(wxS("group_units_remove"));
    unit_buttons->Add(add_unit_button, wxSizerFlags().Expand());
    unit_buttons->Add(remove_unit_button, wxSizerFlags().Expand().Border(wxTOP, 4));
    units_panel->Add(unit_buttons, wxSizerFlags().Border(wxLEFT));
    // The list box is the control that shows the units' problems.
    m_grid->Add(new wxStaticText(this, wxID_ANY, _("Units inspected (1 to 4)")), wxSizerFlags().Border(wxTOP, 4).Right());
    auto* unit_column = new wxBoxSizer(wxVERTICAL);
    unit_column->Add(units_panel, wxSizerFlags().Expand());
    wxStaticText* unit_problem = make_problem_line(this);
    unit_column->Add(unit_problem, wxSizerFlags().Border(wxTOP, 2));
    m_grid->Add(unit_column, wxSizerFlags().Expand());
    m_problems.add(Field::group_units, m_unit_list, unit_problem);

    m_member_list = new RecordList(this, wxString(),
                                   {{_("Name"), 250}, {_("Role in the group"), 90}, {_("Duties"), 230}},
                                   wxS("group_members"), 170);
    m_member_list->SetMinSize(FromDIP(wxSize(640, -1)));
    m_grid->Add(new wxStaticText(this, wxID_ANY, _("Members")), wxSizerFlags().Border(wxTOP, 4).Right());
    m_grid->Add(m_member_list, wxSizerFlags(1).Expand());
    m_problems.add(Field::group_members, m_member_list->list(), m_member_list->problem_line());
    m_remark = add_text(_("Remark"), wxS("group_remark"), std::nullopt, true);
    finish();

    add_unit_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        UnitPickerDialog picker(this, m_all_units, std::nullopt);
        if (picker.ShowModal() == wxID_OK && picker.selection()) add_unit(*picker.selection());
    });
    add_unit_button->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
        e.Enable(m_units.size() < static_cast<std::size_t>(model::max_units_per_group));
    });
    remove_unit_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const int row = m_unit_list->GetSelection();
        if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= m_units.size()) return;
        m_units.erase(m_units.begin() + row);
        show_units();
    });
    remove_unit_button->Bind(wxEVT_UPDATE_UI,
                             [this](wxUpdateUIEvent& e) { e.Enable(m_unit_list->GetSelection() != wxNOT_FOUND); });
    m_member_list->on_edit = [this](int row) { edit_member(row); };
    m_member_list->on_remove = [this](int row) {
        if (row < 0 || static_cast<std::size_t>(row) >= m_members.size()) return;
        m_members.erase(m_members.begin() + row);
        show_members();
    };
}

void GroupDialog::add_unit(model::UnitId id)
{
    if (std::find(m_units.begin(), m_units.end(), id) != m_units.end()) return;
    m_units.push_back(id);
    show_units();
}

void GroupDialog::add_member(const model::GroupMember& member)
{
    m_members.push_back(member);
    show_members();
}

void GroupDialog::show_units()
{
    m_unit_list->Clear();
    for (const auto id : m_units) m_unit_list->Append(to_wx(unit_path(m_all_units, id)));
}

void GroupDialog::show_members()
{
    std::vector<std::vector<wxString>> rows;
    for (const auto& member : m_members)
        rows.push_back({person_label(m_people, member.person_id), term_label(member.role), duty_names(member.duties)});
    m_member_list->set_rows(rows);
}

void GroupDialog::edit_member(int row)
{
    const bool adding = row < 0 || static_cast<std::size_t>(row) >= m_members.size();
    model::GroupMember member = adding ? model::GroupMember{} : m_members[static_cast<std::size_t>(row)];
    if (adding && m_members.empty()) member.role = model::GroupRole::leader;
    GroupMemberDialog dialog(this, member, {}, {}, m_people);
    if (dialog.ShowModal() != wxID_OK) return;
    if (adding) m_members.push_back(dialog.value());
    else m_members[static_cast<std::size_t>(row)] = dialog.value();
    show_members();
    m_member_list->select(adding ? static_cast<int>(m_members.size()) - 1 : row);
}

void GroupDialog::put(const model::Group& value)
{
    m_number->SetValue(value.number);
    m_name->ChangeValue(to_wx(value.name));
    m_authorising->ChangeValue(to_wx(value.authorising_body));
    m_dispatching->ChangeValue(to_wx(value.dispatching_body));
    m_units = value.unit_ids;
    m_members = value.members;
    m_remark->ChangeValue(to_wx(value.remark));
    show_units();
    show_members();
}

void GroupDialog::take(model::Group& value, std::vector<UnreadableField>&)
{
    value.number = m_number->GetValue();
    value.name = read_text(*m_name);
    value.authorising_body = read_text(*m_authorising);
    value.dispatching_body = read_text(*m_dispatching);
    value.unit_ids = m_units;
    value.members = m_members;
    value.remark = read_text(*m_remark);
}

// ---- RoundDialog ----

RoundDialog::RoundDialog(wxWindow* parent, model::Round round, std::span<const model::Unit> units,
                         std::span<const model::PersonSummary> people)
    : wxDialog(parent, wxID_ANY,
               round.id.is_saved() ? wxString::Format(_("Edit Round: %s"), to_wx(model::round_title(round)))
                                   : _("Add Round"),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_round(std::move(round)), m_units(units), m_people(people)
{
    SetName(wxS("round_dialog"));
    m_title = new wxStaticText(this, wxID_ANY, wxString());
    m_title->SetFont(m_title->GetFont().Bold().Scaled(1.2f));
    m_state = new wxStaticText(this, wxID_ANY, wxString());
    m_state->SetForegroundColour(wxColour(100, 100, 100));

    auto* grid = new wxFlexGridSizer(4, FromDIP(wxSize(10, 6)));
    grid->AddGrowableCol(1, 1);
    grid->AddGrowableCol(3, 1);
    m_term = make_spin(this, 1, 99, wxS("round_term"));
    m_term->SetToolTip(_("The Party committee's term: 15 for the 15th"));
    add_field(this, *grid, _("Term"), m_term, m_problems, Field::round_term);
    m_number = make_spin(this, 1, 99, wxS("round_number"));
    add_field(this, *grid, _("Round number"), m_number, m_problems, Field::round_number);
    m_committee = new wxTextCtrl(this, wxID_ANY);
    m_committee->SetName(wxS("round_committee"));
    add_field(this, *grid, _("Committee"), m_committee, m_problems, Field::round_committee);
    m_mode = new TermChoice<model::RoundMode>(this);
    m_mode->SetName(wxS("round_mode"));
    grid->Add(new wxStaticText(this, wxID_ANY, _("Mode")), wxSizerFlags().Border(wxTOP, 4).Right());
    grid->Add(m_mode, wxSizerFlags().Expand());
    m_planned_entry = make_date_field(this);
    m_planned_entry->SetName(wxS("round_planned_entry"));
    add_field(this, *grid, _("Planned entry"), m_planned_entry, m_problems, Field::round_planned_entry);
    m_planned_withdrawal = make_date_field(this);
    add_field(this, *grid, _("Planned withdrawal"), m_planned_withdrawal, m_problems, Field::round_planned_withdrawal);
    m_entry = make_date_field(this);
    add_field(this, *grid, _("Actual entry"), m_entry, m_problems, Field::round_entry_date);
    m_withdrawal = make_date_field(this);
    add_field(this, *grid, _("Actual withdrawal"), m_withdrawal, m_problems, Field::round_withdrawal_date);

    m_remark = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 50)), wxTE_MULTILINE);
    auto* remark_grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 6)));
    remark_grid->AddGrowableCol(1, 1);
    add_field(this, *remark_grid, _("Remark"), m_remark, m_problems, Field::round_remark);

    m_group_list = new RecordList(this, _("Groups"),
                                  {{_("Group"), 110}, {_("Units inspected"), 200}, {_("Group leader"), 190},
                                   {_("Members"), 70}},
                                  wxS("round_groups"), 170);
    m_group_list->SetMinSize(FromDIP(wxSize(680, -1)));
    for (const auto field : group_fields)
        m_problems.add(field, m_group_list->list(), m_group_list->problem_line(), -1,
                       [this](int index) { m_group_list->select(index); });
    m_group_list->on_edit = [this](int row) { edit_group(row); };
    m_group_list->on_remove = [this](int row) {
        if (row < 0 || static_cast<std::size_t>(row) >= m_groups.size()) return;
        m_groups.erase(m_groups.begin() + row);
        show_groups();
    };

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(m_title, wxSizerFlags().DoubleBorder(wxLEFT | wxRIGHT | wxTOP));
    top->Add(m_state, wxSizerFlags().DoubleBorder(wxLEFT | wxRIGHT));
    top->Add(grid, wxSizerFlags().Expand().DoubleBorder());
    top->Add(remark_grid, wxSizerFlags().Expand().DoubleBorder(wxLEFT | wxRIGHT));
    top->Add(m_group_list, wxSizerFlags(1).Expand().DoubleBorder());
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
    translate_standard_buttons(*this);
    SetSizerAndFit(top);
    SetMinSize(GetSize());
    CentreOnParent();

    // The title follows the term, number, committee and mode as they are typed or set.
    m_title->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
        std::vector<UnreadableField> ignored;
        const wxString title = to_wx(model::round_title(read(ignored)));
        if (title != m_title->GetLabel()) e.SetText(title);
    });
}

void RoundDialog::add_group(model::Group group)
{
    m_groups.push_back(std::move(group));
    show_groups();
}

model::Round RoundDialog::read(std::vector<UnreadableField>& unreadable) const
{
    model::Round edited = m_round;
    edited.term = m_term->GetValue();
    edited.number = m_number->GetValue();
    edited.committee = read_text(*m_committee);
    edited.mode = m_mode->value();
    edited.planned_entry = read_date(*m_planned_entry, Field::round_planned_entry, -1, unreadable);
    edited.planned_withdrawal = read_date(*m_planned_withdrawal, Field::round_planned_withdrawal, -1, unreadable);
    edited.entry_date = read_date(*m_entry, Field::round_entry_date, -1, unreadable);
    edited.withdrawal_date = read_date(*m_withdrawal, Field::round_withdrawal_date, -1, unreadable);
    edited.remark = read_text(*m_remark);
    edited.groups = m_groups;
    return edited;
}

void RoundDialog::show_groups()
{
    // Problems shown were about the groups as they were.
    m_problems.clear();
    std::vector<std::vector<wxString>> rows;
    for (const auto& group : m_groups) {
        wxString leader;
        for (const auto& member : group.members)
            if (member.role == model::GroupRole::leader) leader = person_label(m_people, member.person_id);
        rows.push_back({to_wx(model::group_display_name(group)), unit_names(m_units, group.unit_ids), leader,
                        wxString::Format(wxS("%zu"), group.members.size())});
    }
    m_group_list->set_rows(rows);
}

std::vector<model::Problem> RoundDialog::check_group(std::size_t index, const model::Group& candidate) const
{
    std::vector<UnreadableField> ignored;
    model::Round round = read(ignored);
    if (index < round.groups.size()) round.groups[index] = candidate;
    else round.groups.push_back(candidate);
    std::vector<model::Problem> mine;
    for (auto problem : model::validate(round))
        if (problem.index == static_cast<int>(index) && is_group_field(problem.field)) {
            problem.index = -1;  // shown at the group dialog's own fields
            mine.push_back(problem);
        }
    return mine;
}

void RoundDialog::edit_group(int row)
{
    const bool adding = row < 0 || static_cast<std::size_t>(row) >= m_groups.size();
    const std::size_t index = adding ? m_groups.size() : static_cast<std::size_t>(row);
    model::Group group;
    if (adding) {
        int next = 0;
        for (const auto& g : m_groups) next = std::max(next, g.number);
        group.number = next + 1;
        // The usual bodies; they differ in cross and elevated rounds, where the user changes them.
        const std::string committee = read_text(*m_committee);
        group.authorising_body = committee + "巡察工作领导小组";
        group.dispatching_body = committee;
    } else {
        group = m_groups[index];
    }
    std::vector<model::Problem> initial;
    if (!adding) initial = check_group(index, group);
    GroupDialog dialog(this, group, [this, index](const model::Group& g) { return check_group(index, g); },
                       std::move(initial), m_units, m_people);
    if (dialog.ShowModal() != wxID_OK) return;
    if (adding) m_groups.push_back(dialog.value());
    else m_groups[index] = dialog.value();
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const auto& a, const auto& b) { return a.number < b.number; });
    show_groups();
    const model::GroupId edited_id = dialog.value().id;
    const int edited_number = dialog.value().number;
    for (std::size_t i = 0; i < m_groups.size(); ++i)
        if ((edited_id.is_saved() && m_groups[i].id == edited_id) || (!edited_id.is_saved() && m_groups[i].number == edited_number))
            m_group_list->select(static_cast<int>(i));
}

bool RoundDialog::TransferDataToWindow()
{
    m_term->SetValue(m_round.term);
    m_number->SetValue(m_round.number);
    m_committee->ChangeValue(to_wx(m_round.committee));
    m_mode->set_value(m_round.mode);
    set_date(*m_planned_entry, m_round.planned_entry);
    set_date(*m_planned_withdrawal, m_round.planned_withdrawal);
    set_date(*m_entry, m_round.entry_date);
    set_date(*m_withdrawal, m_round.withdrawal_date);
    m_remark->ChangeValue(to_wx(m_round.remark));
    m_groups = m_round.groups;
    show_groups();
    m_title->SetLabel(to_wx(model::round_title(m_round)));
    m_state->SetLabel(wxString::Format(_("State: %s"), term_label(m_round.state)));
    return true;
}

bool RoundDialog::TransferDataFromWindow()
{
    std::vector<UnreadableField> unreadable;
    model::Round edited = read(unreadable);
    const auto problems = model::validate(edited);
    m_problems.clear();
    for (const auto& u : unreadable) m_problems.show(u.field, u.message);
    for (const auto& problem : problems) {
        const bool unread = std::any_of(unreadable.begin(), unreadable.end(),
                                        [&](const auto& u) { return u.field == problem.field; });
        if (unread) continue;
        wxString text = problem_message(problem);
        if (is_group_field(problem.field) && problem.index >= 0 &&
            static_cast<std::size_t>(problem.index) < edited.groups.size())
            text = to_wx(model::group_display_name(edited.groups[static_cast<std::size_t>(problem.index)])) + wxS(": ") +
                   field_label(problem.field) + wxS(": ") + text;
        if (!m_problems.show(problem.field, text, problem.index))
            m_problems.show(Field::round_term, field_label(problem.field) + wxS(": ") + text);
    }
    Layout();
    if (!unreadable.empty() || !problems.empty()) {
        const wxSize needed = GetBestSize();
        SetSize(wxSize(std::max(GetSize().x, needed.x), std::max(GetSize().y, needed.y)));
        return false;
    }
    m_round = std::move(edited);
    return true;
}

}  // namespace xuncha::app
