#include "app/gui/person_pages.h"

#include "app/gui/membership_dialog.h"
#include "app/gui/messages.h"
#include "app/gui/unit_picker.h"
#include "model/id_number.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/statbox.h>

#include <algorithm>

namespace xuncha::app {

using model::Field;
using model::Person;

namespace {

wxFlexGridSizer* make_grid(wxWindow* parent, int columns)
{
    auto* grid = new wxFlexGridSizer(columns, parent->FromDIP(wxSize(10, 6)));
    for (int c = 1; c < columns; c += 2) grid->AddGrowableCol(c, 1);
    return grid;
}

// 基本信息: identity and personal data.
class BasicPage : public PersonEditorPage {
public:
    BasicPage(wxWindow* parent, FieldProblems& problems, int index) : PersonEditorPage(parent, problems, index)
    {
        auto* grid = make_grid(this, 4);
        const wxSize wide = FromDIP(wxSize(200, -1));
        m_name = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wide);
        add_field(this, *grid, _("Name"), m_name, m_problems, Field::name, m_page_index);
        m_gender = new TermChoice<model::Gender>(this);
        add_field(this, *grid, _("Gender"), m_gender, m_problems, Field::gender, m_page_index);
        m_ethnicity = new wxTextCtrl(this, wxID_ANY);
        add_field(this, *grid, _("Ethnicity"), m_ethnicity, m_problems, Field::ethnicity, m_page_index);
        m_birth = make_date_field(this);
        add_field(this, *grid, _("Date of birth"), m_birth, m_problems, Field::birth_date, m_page_index);
        m_native = new wxTextCtrl(this, wxID_ANY);
        add_field(this, *grid, _("Native place"), m_native, m_problems, Field::native_place, m_page_index);
        m_birth_place = new wxTextCtrl(this, wxID_ANY);
        add_field(this, *grid, _("Place of birth"), m_birth_place, m_problems, Field::birth_place, m_page_index);
        m_political = new TermChoice<model::PoliticalStatus>(this);
        add_field(this, *grid, _("Political status"), m_political, m_problems, Field::political_status,
                  m_page_index);
        m_party = make_date_field(this);
        add_field(this, *grid, _("Joined the Party"), m_party, m_problems, Field::party_join_date, m_page_index);
        m_work_start = make_date_field(this);
        add_field(this, *grid, _("Started work"), m_work_start, m_problems, Field::work_start_date, m_page_index);
        m_health = new wxTextCtrl(this, wxID_ANY);
        add_field(this, *grid, _("Health"), m_health, m_problems, Field::health, m_page_index);

        // The ID number is sensitive: shown masked until the user asks to see and change it.
        auto* id_row = new wxPanel(this);
        auto* id_sizer = new wxBoxSizer(wxHORIZONTAL);
        m_id_number = new wxTextCtrl(id_row, wxID_ANY);
        m_id_number->SetName(wxS("id_number"));
        id_sizer->Add(m_id_number, wxSizerFlags(1).Expand());
        m_reveal = new wxButton(id_row, wxID_ANY, _("Show"));
        m_reveal->SetName(wxS("reveal_id_number"));
        m_reveal->SetToolTip(_("Show the full ID number to check or change it"));
        id_sizer->Add(m_reveal, wxSizerFlags().Border(wxLEFT, 4));
        id_row->SetSizer(id_sizer);
        wxStaticText* id_line = add_field(this, *grid, _("ID number"), id_row, m_problems, Field::id_number,
                                          m_page_index);
        m_problems.add(Field::id_number, m_id_number, id_line, m_page_index);
        m_reveal->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { reveal_id_number(); });

        m_mobile = new wxTextCtrl(this, wxID_ANY);
        add_field(this, *grid, _("Mobile"), m_mobile, m_problems, Field::mobile, m_page_index);

        auto* remark_grid = make_grid(this, 2);
        m_remark = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 60)),
                                  wxTE_MULTILINE);
        add_field(this, *remark_grid, _("Remark"), m_remark, m_problems, Field::remark, m_page_index);

        auto* top = new wxBoxSizer(wxVERTICAL);
        top->Add(grid, wxSizerFlags().Expand().DoubleBorder());
        top->Add(remark_grid, wxSizerFlags(1).Expand().DoubleBorder(wxLEFT | wxRIGHT | wxBOTTOM));
        SetSizer(top);
    }

    wxString title() const override { return _("Basic Information"); }

    void to_window(const Person& person) override
    {
        m_name->ChangeValue(to_wx(person.name));
        m_gender->set_value(person.gender);
        m_ethnicity->ChangeValue(to_wx(person.ethnicity));
        set_date(*m_birth, person.birth_date);
        m_native->ChangeValue(to_wx(person.native_place));
        m_birth_place->ChangeValue(to_wx(person.birth_place));
        m_political->set_value(person.political_status);
        set_date(*m_party, person.party_join_date);
        set_date(*m_work_start, person.work_start_date);
        m_health->ChangeValue(to_wx(person.health));
        m_mobile->ChangeValue(to_wx(person.mobile));
        m_remark->ChangeValue(to_wx(person.remark));
        m_id_original = person.id_number;
        m_revealed = person.id_number.empty();
        m_id_number->ChangeValue(m_revealed ? to_wx(person.id_number) : to_wx(model::mask_id_number(person.id_number)));
        m_id_number->SetEditable(m_revealed);
        m_reveal->Show(!m_revealed);
        Layout();
    }

    void from_window(Person& person, std::vector<UnreadableField>& unreadable) override
    {
        person.name = read_text(*m_name);
        person.gender = m_gender->value();
        person.ethnicity = read_text(*m_ethnicity);
        person.birth_date = read_date(*m_birth, Field::birth_date, -1, unreadable);
        person.native_place = read_text(*m_native);
        person.birth_place = read_text(*m_birth_place);
        person.political_status = m_political->value();
        person.party_join_date = read_date(*m_party, Field::party_join_date, -1, unreadable);
        person.work_start_date = read_date(*m_work_start, Field::work_start_date, -1, unreadable);
        person.health = read_text(*m_health);
        person.mobile = read_text(*m_mobile);
        person.remark = read_text(*m_remark);
        if (m_revealed) {
            std::string id = read_text(*m_id_number);
            std::transform(id.begin(), id.end(), id.begin(), [](char c) { return c == 'x' ? 'X' : c; });
            person.id_number = id;
        } else {
            person.id_number = m_id_original;
        }
    }

private:
    void reveal_id_number()
    {
        m_revealed = true;
        m_id_number->ChangeValue(to_wx(m_id_original));
        m_id_number->SetEditable(true);
        m_reveal->Hide();
        Layout();
        m_id_number->SetFocus();
    }

    wxTextCtrl* m_name = nullptr;
    TermChoice<model::Gender>* m_gender = nullptr;
    wxTextCtrl* m_ethnicity = nullptr;
    wxTextCtrl* m_birth = nullptr;
    wxTextCtrl* m_native = nullptr;
    wxTextCtrl* m_birth_place = nullptr;
    TermChoice<model::PoliticalStatus>* m_political = nullptr;
    wxTextCtrl* m_party = nullptr;
    wxTextCtrl* m_work_start = nullptr;
    wxTextCtrl* m_health = nullptr;
    wxTextCtrl* m_id_number = nullptr;
    wxButton* m_reveal = nullptr;
    wxTextCtrl* m_mobile = nullptr;
    wxTextCtrl* m_remark = nullptr;
    std::string m_id_original;
    bool m_revealed = true;
};

// 学历与专业: full-time and in-service education, title, expertise, specialties.
class EducationPage : public PersonEditorPage {
public:
    EducationPage(wxWindow* parent, FieldProblems& problems, int index, const PersonEditorContext& context)
        : PersonEditorPage(parent, problems, index), m_specialties(context.specialties)
    {
        auto* left = new wxBoxSizer(wxVERTICAL);
        left->Add(make_education_box(_("Full-time education"), m_fulltime, Field::fulltime_education),
                  wxSizerFlags().Expand());
        left->Add(make_education_box(_("In-service education"), m_inservice, Field::inservice_education),
                  wxSizerFlags().Expand().Border(wxTOP));
        auto* grid = make_grid(this, 2);
        m_title = new wxTextCtrl(this, wxID_ANY);
        add_field(this, *grid, _("Professional title"), m_title, m_problems, Field::professional_title,
                  m_page_index);
        m_expertise = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 60)),
                                     wxTE_MULTILINE);
        add_field(this, *grid, _("Expertise"), m_expertise, m_problems, Field::expertise, m_page_index);
        left->Add(grid, wxSizerFlags().Expand().Border(wxTOP));

        auto* right = new wxBoxSizer(wxVERTICAL);
        right->Add(new wxStaticText(this, wxID_ANY, _("Specialties")), wxSizerFlags());
        wxArrayString names;
        for (const auto& specialty : m_specialties) names.Add(to_wx(specialty.name));
        m_checklist = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(180, 260)), names);
        right->Add(m_checklist, wxSizerFlags(1).Expand().Border(wxTOP, 4));
        wxStaticText* line = make_problem_line(this);
        right->Add(line, wxSizerFlags());
        m_problems.add(Field::specialties, m_checklist, line, m_page_index);

        auto* top = new wxBoxSizer(wxHORIZONTAL);
        top->Add(left, wxSizerFlags(1).Expand().DoubleBorder());
        top->Add(right, wxSizerFlags().Expand().DoubleBorder(wxTOP | wxBOTTOM | wxRIGHT));
        SetSizer(top);
    }

    wxString title() const override { return _("Education and Specialties"); }

    void to_window(const Person& person) override
    {
        set_education(m_fulltime, person.fulltime_education);
        set_education(m_inservice, person.inservice_education);
        m_title->ChangeValue(to_wx(person.professional_title));
        m_expertise->ChangeValue(to_wx(person.expertise));
        for (std::size_t i = 0; i < m_specialties.size(); ++i) {
            const bool has = std::find(person.specialties.begin(), person.specialties.end(), m_specialties[i].id) !=
                             person.specialties.end();
            m_checklist->Check(static_cast<unsigned>(i), has);
        }
    }

    void from_window(Person& person, std::vector<UnreadableField>&) override
    {
        person.fulltime_education = read_education(m_fulltime);
        person.inservice_education = read_education(m_inservice);
        person.professional_title = read_text(*m_title);
        person.expertise = read_text(*m_expertise);
        // Checked ones in catalogue order; ids the catalogue no longer lists are kept as they were.
        std::vector<model::SpecialtyId> chosen;
        for (std::size_t i = 0; i < m_specialties.size(); ++i)
            if (m_checklist->IsChecked(static_cast<unsigned>(i))) chosen.push_back(m_specialties[i].id);
        for (const auto id : person.specialties) {
            const bool listed = std::any_of(m_specialties.begin(), m_specialties.end(),
                                            [&](const auto& s) { return s.id == id; });
            if (!listed) chosen.push_back(id);
        }
        person.specialties = chosen;
    }

private:
    struct EducationFields {
        TermChoice<model::EducationLevel>* level = nullptr;
        TermChoice<model::Degree>* degree = nullptr;
        wxTextCtrl* school = nullptr;
        wxTextCtrl* major = nullptr;
    };

    wxSizer* make_education_box(const wxString& caption, EducationFields& fields, Field field)
    {
        auto* box = new wxStaticBoxSizer(wxVERTICAL, this, caption);
        wxWindow* owner = box->GetStaticBox();
        auto* grid = make_grid(owner, 4);
        fields.level = new TermChoice<model::EducationLevel>(owner);
        add_field(owner, *grid, _("Education"), fields.level, m_problems, field, m_page_index);
        fields.degree = new TermChoice<model::Degree>(owner);
        grid->Add(new wxStaticText(owner, wxID_ANY, _("Degree")), wxSizerFlags().Border(wxTOP, 4).Right());
        grid->Add(fields.degree, wxSizerFlags().Expand());
        fields.school = new wxTextCtrl(owner, wxID_ANY);
        grid->Add(new wxStaticText(owner, wxID_ANY, _("School")), wxSizerFlags().Border(wxTOP, 4).Right());
        grid->Add(fields.school, wxSizerFlags().Expand());
        fields.major = new wxTextCtrl(owner, wxID_ANY);
        grid->Add(new wxStaticText(owner, wxID_ANY, _("Major")), wxSizerFlags().Border(wxTOP, 4).Right());
        grid->Add(fields.major, wxSizerFlags().Expand());
        box->Add(grid, wxSizerFlags().Expand().Border());
        return box;
    }

    static void set_education(EducationFields& fields, const model::Education& education)
    {
        fields.level->set_value(education.level);
        fields.degree->set_value(education.degree);
        fields.school->ChangeValue(to_wx(education.school));
        fields.major->ChangeValue(to_wx(education.major));
    }

    static model::Education read_education(const EducationFields& fields)
    {
        return model::Education{fields.level->value(), fields.degree->value(), read_text(*fields.school),
                                read_text(*fields.major)};
    }

    const std::vector<model::Specialty>& m_specialties;
    EducationFields m_fulltime;
    EducationFields m_inservice;
    wxTextCtrl* m_title = nullptr;
    wxTextCtrl* m_expertise = nullptr;
    wxCheckListBox* m_checklist = nullptr;
};

// 工作单位与职务.
class WorkPage : public PersonEditorPage {
public:
    WorkPage(wxWindow* parent, FieldProblems& problems, int index, const PersonEditorContext& context)
        : PersonEditorPage(parent, problems, index)
    {
        auto* grid = make_grid(this, 2);
        m_unit = new UnitPickerCtrl(this, context.units);
        add_field(this, *grid, _("Work unit"), m_unit, m_problems, Field::unit, m_page_index);
        m_department = new wxTextCtrl(this, wxID_ANY);
        add_field(this, *grid, _("Department"), m_department, m_problems, Field::department, m_page_index);
        m_post = new wxTextCtrl(this, wxID_ANY);
        add_field(this, *grid, _("Post"), m_post, m_problems, Field::post, m_page_index);
        m_rank = new TermChoice<model::Rank>(this);
        add_field(this, *grid, _("Rank"), m_rank, m_problems, Field::rank, m_page_index);
        grid->AddSpacer(0);
        m_leader = new wxCheckBox(this, wxID_ANY, _("Holds a leadership post"));
        grid->Add(m_leader, wxSizerFlags());

        auto* top = new wxBoxSizer(wxVERTICAL);
        top->Add(grid, wxSizerFlags().Expand().DoubleBorder());
        SetSizer(top);
    }

    wxString title() const override { return _("Unit and Post"); }

    void to_window(const Person& person) override
    {
        m_unit->set_value(person.unit_id);
        m_department->ChangeValue(to_wx(person.department));
        m_post->ChangeValue(to_wx(person.post));
        m_rank->set_value(person.rank);
        m_leader->SetValue(person.holds_leadership_post);
    }

    void from_window(Person& person, std::vector<UnreadableField>&) override
    {
        person.unit_id = m_unit->value();
        person.department = read_text(*m_department);
        person.post = read_text(*m_post);
        person.rank = m_rank->value();
        person.holds_leadership_post = m_leader->GetValue();
    }

private:
    UnitPickerCtrl* m_unit = nullptr;
    wxTextCtrl* m_department = nullptr;
    wxTextCtrl* m_post = nullptr;
    TermChoice<model::Rank>* m_rank = nullptr;
    wxCheckBox* m_leader = nullptr;
};

// 入库信息: the pools the person belongs to.
class MembershipPage : public PersonEditorPage {
public:
    MembershipPage(wxWindow* parent, FieldProblems& problems, int index, const PersonEditorContext& context)
        : PersonEditorPage(parent, problems, index), m_context(context)
    {
        m_list = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(560, 200)));
        m_list->AppendTextColumn(_("Pool"), wxDATAVIEW_CELL_INERT, FromDIP(110));
        m_list->AppendTextColumn(_("Status"), wxDATAVIEW_CELL_INERT, FromDIP(80));
        m_list->AppendTextColumn(_("Entry date"), wxDATAVIEW_CELL_INERT, FromDIP(95));
        m_list->AppendTextColumn(_("Exit date"), wxDATAVIEW_CELL_INERT, FromDIP(95));
        m_list->AppendTextColumn(_("Exit reason"), wxDATAVIEW_CELL_INERT, FromDIP(160));

        auto* buttons = new wxBoxSizer(wxVERTICAL);
        auto* add = new wxButton(this, wxID_ANY, _("Add..."));
        auto* edit = new wxButton(this, wxID_ANY, _("Edit..."));
        auto* remove = new wxButton(this, wxID_ANY, _("Remove"));
        buttons->Add(add, wxSizerFlags().Expand());
        buttons->Add(edit, wxSizerFlags().Expand().Border(wxTOP, 4));
        buttons->Add(remove, wxSizerFlags().Expand().Border(wxTOP, 4));

        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(m_list, wxSizerFlags(1).Expand());
        row->Add(buttons, wxSizerFlags().Border(wxLEFT));
        wxStaticText* line = make_problem_line(this);
        for (const Field field : {Field::membership_pool, Field::membership_entry_date, Field::membership_exit_date,
                                  Field::membership_exit_reason})
            m_problems.add(field, m_list, line, m_page_index);

        auto* top = new wxBoxSizer(wxVERTICAL);
        top->Add(new wxStaticText(this, wxID_ANY,
                                  _("Pools the person belongs to. Someone who leaves a pool keeps the entry, "
                                    "marked as exited, with the date and the reason.")),
                 wxSizerFlags().Border());
        top->Add(row, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM));
        top->Add(line, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM));
        SetSizer(top);

        add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit_entry(-1); });
        edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit_entry(m_list->GetSelectedRow()); });
        m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED,
                     [this](wxDataViewEvent&) { edit_entry(m_list->GetSelectedRow()); });
        remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove_entry(m_list->GetSelectedRow()); });
        edit->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(m_list->GetSelectedRow() != wxNOT_FOUND); });
        remove->Bind(wxEVT_UPDATE_UI,
                     [this](wxUpdateUIEvent& e) { e.Enable(m_list->GetSelectedRow() != wxNOT_FOUND); });
    }

    wxString title() const override { return _("Pool Membership"); }

    void to_window(const Person& person) override
    {
        m_snapshot = person;
        m_memberships = person.memberships;
        refresh();
    }

    void from_window(Person& person, std::vector<UnreadableField>&) override { person.memberships = m_memberships; }

private:
    wxString pool_name(model::PoolId id) const
    {
        for (const auto& pool : m_context.pools)
            if (pool.id == id) return to_wx(pool.name);
        return {};
    }

    void refresh()
    {
        m_list->DeleteAllItems();
        for (const auto& m : m_memberships) {
            wxVector<wxVariant> row;
            row.push_back(wxVariant(pool_name(m.pool_id)));
            row.push_back(wxVariant(term_label(m.status)));
            row.push_back(wxVariant(to_wx(model::to_iso(m.entry_date))));
            row.push_back(wxVariant(to_wx(model::to_iso(m.exit_date))));
            row.push_back(wxVariant(to_wx(m.exit_reason)));
            m_list->AppendItem(row);
        }
    }

    void edit_entry(int row)
    {
        if (m_context.pools.empty()) return;
        const bool adding = row < 0 || static_cast<std::size_t>(row) >= m_memberships.size();
        model::PoolMembership membership;
        if (adding) {
            membership.entry_date = m_context.today;
            // Offer the first pool the person is not yet in.
            for (const auto& pool : m_context.pools) {
                const bool in = std::any_of(m_memberships.begin(), m_memberships.end(),
                                            [&](const auto& m) { return m.pool_id == pool.id; });
                if (!in) {
                    membership.pool_id = pool.id;
                    break;
                }
            }
        } else {
            membership = m_memberships[static_cast<std::size_t>(row)];
        }
        const std::size_t index = adding ? m_memberships.size() : static_cast<std::size_t>(row);
        const auto check = [this, index](const model::PoolMembership& candidate) {
            Person person = m_snapshot;
            person.memberships = m_memberships;
            if (index < person.memberships.size()) person.memberships[index] = candidate;
            else person.memberships.push_back(candidate);
            std::vector<model::Problem> mine;
            for (const auto& problem : model::validate(person, m_context.today))
                if (problem.index == static_cast<int>(index) &&
                    (problem.field == Field::membership_pool || problem.field == Field::membership_entry_date ||
                     problem.field == Field::membership_exit_date || problem.field == Field::membership_exit_reason))
                    mine.push_back(problem);
            return mine;
        };
        MembershipDialog dialog(this, membership, m_context.pools, check);
        if (dialog.ShowModal() != wxID_OK) return;
        if (adding) m_memberships.push_back(dialog.membership());
        else m_memberships[index] = dialog.membership();
        refresh();
        m_list->SelectRow(static_cast<unsigned>(index));
    }

    void remove_entry(int row)
    {
        if (row < 0 || static_cast<std::size_t>(row) >= m_memberships.size()) return;
        const auto& m = m_memberships[static_cast<std::size_t>(row)];
        const wxString question =
            wxString::Format(_("Remove the membership in %s? To record that the person left the pool, edit the "
                               "entry and set its status to exited instead."),
                             pool_name(m.pool_id));
        if (message_box(this, question, _("Remove Membership"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION) != wxYES)
            return;
        m_memberships.erase(m_memberships.begin() + row);
        refresh();
    }

    const PersonEditorContext& m_context;
    Person m_snapshot;
    std::vector<model::PoolMembership> m_memberships;
    wxDataViewListCtrl* m_list = nullptr;
};

}  // namespace

std::vector<PersonEditorPage*> make_person_pages(wxNotebook& notebook, FieldProblems& problems,
                                                 const PersonEditorContext& context)
{
    std::vector<PersonEditorPage*> pages;
    pages.push_back(new BasicPage(&notebook, problems, 0));
    pages.push_back(new EducationPage(&notebook, problems, 1, context));
    pages.push_back(new WorkPage(&notebook, problems, 2, context));
    pages.push_back(new MembershipPage(&notebook, problems, 3, context));
    return pages;
}

}  // namespace xuncha::app
