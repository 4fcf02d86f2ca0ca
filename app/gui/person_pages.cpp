#include "app/gui/person_pages.h"

#include "app/gui/membership_dialog.h"
#include "app/gui/messages.h"
#include "app/gui/transition_dialog.h"
#include "app/gui/unit_picker.h"
#include "app/gui/unit_tree.h"
#include "model/id_number.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/dataview.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/statbmp.h>
#include <wx/statbox.h>

#include <algorithm>

namespace xuncha::app {

using model::Field;
using model::Person;

wxFlexGridSizer* make_form_grid(wxWindow* parent, int columns)
{
    auto* grid = new wxFlexGridSizer(columns, parent->FromDIP(wxSize(10, 6)));
    for (int c = 1; c < columns; c += 2) grid->AddGrowableCol(c, 1);
    return grid;
}

bool earlier(const std::optional<model::Date>& a, const std::optional<model::Date>& b)
{
    if (!a || !b) return a.has_value() && !b.has_value();
    return *a < *b;
}

namespace {

wxString period_cell(const std::optional<model::Date>& start, const std::optional<model::Date>& end)
{
    const wxString from = start ? to_wx(model::to_year_month(*start)) : wxString(wxS("?"));
    return from + wxS(" - ") + (end ? to_wx(model::to_year_month(*end)) : _("to date"));
}

// 基本信息: identity and personal data.
class BasicPage : public PersonEditorPage {
public:
    BasicPage(wxWindow* parent, const PageEnv& env, int index)
        : PersonEditorPage(parent, env.problems, index), m_load(env.context.load_attachment)
    {
        auto* grid = make_form_grid(this, 4);
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

        grid->AddSpacer(0);
        m_reserve = new wxCheckBox(this, wxID_ANY, _("Reserve cadre"));
        m_reserve->SetName(wxS("reserve_cadre"));
        grid->Add(m_reserve, wxSizerFlags());

        auto* remark_grid = make_form_grid(this, 2);
        m_frontline = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 48)),
                                     wxTE_MULTILINE);
        m_frontline->SetName(wxS("frontline_experience"));
        m_frontline->SetHint(_("e.g. 2018-2021 first secretary in a village"));
        add_field(this, *remark_grid, _("Front-line experience"), m_frontline, m_problems,
                  Field::frontline_experience, m_page_index);
        m_remark = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 48)),
                                  wxTE_MULTILINE);
        add_field(this, *remark_grid, _("Remark"), m_remark, m_problems, Field::remark, m_page_index);

        // The photo, top right as on a cadre registration form.
        auto* photo = new wxBoxSizer(wxVERTICAL);
        m_photo = new wxStaticBitmap(this, wxID_ANY, wxBitmapBundle(), wxDefaultPosition, photo_size(),
                                     wxBORDER_SIMPLE);
        m_photo->SetName(wxS("photo"));
        m_photo->SetMinSize(photo_size());
        photo->Add(m_photo, wxSizerFlags().CentreHorizontal());
        m_photo_note = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                        wxALIGN_CENTRE_HORIZONTAL | wxST_NO_AUTORESIZE);
        m_photo_note->SetMinSize(wxSize(photo_size().x, -1));
        m_photo_note->SetForegroundColour(wxColour(110, 110, 110));
        photo->Add(m_photo_note, wxSizerFlags().Expand().Border(wxTOP, 2));
        auto* choose = new wxButton(this, wxID_ANY, _("Choose Photo..."));
        choose->SetName(wxS("photo_choose"));
        photo->Add(choose, wxSizerFlags().Expand().Border(wxTOP, 4));
        m_photo_remove = new wxButton(this, wxID_ANY, _("Remove Photo"));
        m_photo_remove->SetName(wxS("photo_remove"));
        photo->Add(m_photo_remove, wxSizerFlags().Expand().Border(wxTOP, 4));
        wxStaticText* photo_line = make_problem_line(this);
        photo_line->SetName(wxS("photo_problem"));
        photo->Add(photo_line, wxSizerFlags().Border(wxTOP, 2));
        m_problems.add(Field::photo, m_photo, photo_line, m_page_index);
        m_photo_line = photo_line;

        auto* upper = new wxBoxSizer(wxHORIZONTAL);
        upper->Add(grid, wxSizerFlags(1).Expand());
        upper->Add(photo, wxSizerFlags().Border(wxLEFT, FromDIP(16)));
        auto* top = new wxBoxSizer(wxVERTICAL);
        top->Add(upper, wxSizerFlags().Expand().DoubleBorder());
        top->Add(remark_grid, wxSizerFlags(1).Expand().DoubleBorder(wxLEFT | wxRIGHT | wxBOTTOM));
        SetSizer(top);

        choose->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose_photo(); });
        m_photo_remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            m_photo_value.reset();
            show_photo();
        });
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
        m_reserve->SetValue(person.reserve_cadre);
        m_frontline->ChangeValue(to_wx(person.frontline_experience));
        m_photo_value = person.photo;
        show_photo();
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
        person.reserve_cadre = m_reserve->GetValue();
        person.frontline_experience = read_text(*m_frontline);
        person.photo = m_photo_value;
        if (m_revealed) {
            std::string id = read_text(*m_id_number);
            std::transform(id.begin(), id.end(), id.begin(), [](char c) { return c == 'x' ? 'X' : c; });
            person.id_number = id;
        } else {
            person.id_number = m_id_original;
        }
    }

private:
    wxSize photo_size() const { return FromDIP(wxSize(105, 140)); }

    void choose_photo()
    {
        wxFileDialog chooser(this, _("Choose a Photo"), wxString(), wxString(),
                             _("Images (*.jpg;*.jpeg;*.png;*.gif;*.bmp;*.tif;*.tiff)|*.jpg;*.JPG;*.jpeg;*.JPEG;*.png;"
                               "*.PNG;*.gif;*.GIF;*.bmp;*.BMP;*.tif;*.TIF;*.tiff;*.TIFF|All files (*)|*"),
                             wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (chooser.ShowModal() != wxID_OK) return;
        const AttachmentRead read = read_attachment_file(chosen_path(chooser), true);
        if (!read.attachment) {
            // The photo stays as it was; the refusal is said at the photo.
            m_photo_line->SetLabel(read.problem);
            m_photo_line->Wrap(FromDIP(220));
            m_photo_line->Show();
            Layout();
            return;
        }
        m_photo_line->SetLabel(wxString());
        m_photo_line->Hide();
        m_photo_value = read.attachment;
        show_photo();
    }

    void show_photo()
    {
        wxBitmap bitmap;
        wxString note;
        if (m_photo_value) {
            try {
                const auto content = attachment_content(*m_photo_value, m_load);
                if (content) bitmap = attachment_thumbnail(*content, photo_size());
                if (!bitmap.IsOk()) note = _("The photo cannot be shown.");
            } catch (const std::exception&) {
                note = _("The photo cannot be read from the database.");
            }
        } else {
            note = _("No photo");
        }
        m_photo->SetBitmap(bitmap.IsOk() ? wxBitmapBundle(bitmap) : wxBitmapBundle());
        m_photo->SetMinSize(photo_size());
        m_photo_note->SetLabel(note);
        m_photo_remove->Enable(m_photo_value.has_value());
        Layout();
    }

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
    wxCheckBox* m_reserve = nullptr;
    wxTextCtrl* m_frontline = nullptr;
    wxStaticBitmap* m_photo = nullptr;
    wxStaticText* m_photo_note = nullptr;
    wxStaticText* m_photo_line = nullptr;
    wxButton* m_photo_remove = nullptr;
    AttachmentLoader m_load;
    std::optional<model::Attachment> m_photo_value;
    std::string m_id_original;
    bool m_revealed = true;
};

// 学历专长与职称: full-time and in-service education, professional title and its level, expertise,
// specialties.
class EducationPage : public PersonEditorPage {
public:
    EducationPage(wxWindow* parent, const PageEnv& env, int index)
        : PersonEditorPage(parent, env.problems, index), m_specialties(env.context.specialties)
    {
        auto* left = new wxBoxSizer(wxVERTICAL);
        left->Add(make_education_box(_("Full-time education"), m_fulltime, Field::fulltime_education),
                  wxSizerFlags().Expand());
        left->Add(make_education_box(_("In-service education"), m_inservice, Field::inservice_education),
                  wxSizerFlags().Expand().Border(wxTOP));
        auto* grid = make_form_grid(this, 4);
        m_title = new wxTextCtrl(this, wxID_ANY);
        m_title->SetName(wxS("professional_title"));
        m_title->SetHint(_("e.g. senior accountant"));
        add_field(this, *grid, _("Professional title"), m_title, m_problems, Field::professional_title,
                  m_page_index);
        m_level = new TermChoice<model::TitleLevel>(this);
        m_level->SetName(wxS("professional_title_level"));
        grid->Add(new wxStaticText(this, wxID_ANY, _("Title level")), wxSizerFlags().Border(wxTOP, 4).Right());
        grid->Add(m_level, wxSizerFlags().Expand());
        auto* expertise_grid = make_form_grid(this, 2);
        m_expertise = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 60)),
                                     wxTE_MULTILINE);
        m_expertise->SetName(wxS("expertise"));
        add_field(this, *expertise_grid, _("Expertise"), m_expertise, m_problems, Field::expertise, m_page_index);
        left->Add(grid, wxSizerFlags().Expand().Border(wxTOP));
        left->Add(expertise_grid, wxSizerFlags().Expand().Border(wxTOP));

        auto* right = new wxBoxSizer(wxVERTICAL);
        right->Add(new wxStaticText(this, wxID_ANY, _("Specialties")), wxSizerFlags());
        wxArrayString names;
        for (const auto& specialty : m_specialties) names.Add(to_wx(specialty.name));
        m_checklist = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(180, 260)), names);
        m_checklist->SetName(wxS("specialties"));
        right->Add(m_checklist, wxSizerFlags(1).Expand().Border(wxTOP, 4));
        wxStaticText* line = make_problem_line(this);
        right->Add(line, wxSizerFlags());
        m_problems.add(Field::specialties, m_checklist, line, m_page_index);

        auto* top = new wxBoxSizer(wxHORIZONTAL);
        top->Add(left, wxSizerFlags(1).Expand().DoubleBorder());
        top->Add(right, wxSizerFlags().Expand().DoubleBorder(wxTOP | wxBOTTOM | wxRIGHT));
        SetSizer(top);
    }

    wxString title() const override { return _("Education, Specialties and Title"); }

    void to_window(const Person& person) override
    {
        set_education(m_fulltime, person.fulltime_education);
        set_education(m_inservice, person.inservice_education);
        m_title->ChangeValue(to_wx(person.professional_title));
        m_level->set_value(person.professional_title_level);
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
        person.professional_title_level = m_level->value();
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
        auto* grid = make_form_grid(owner, 4);
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
    TermChoice<model::TitleLevel>* m_level = nullptr;
    wxTextCtrl* m_expertise = nullptr;
    wxCheckListBox* m_checklist = nullptr;
};

// 工作经历: the current unit and post, then the posts held before.
class WorkHistoryPage : public PersonEditorPage {
public:
    WorkHistoryPage(wxWindow* parent, const PageEnv& env, int index)
        : PersonEditorPage(parent, env.problems, index), m_units(env.context.units)
    {
        auto* current = new wxStaticBoxSizer(wxVERTICAL, this, _("Current unit and post"));
        wxWindow* box = current->GetStaticBox();
        auto* grid = make_form_grid(box, 4);
        m_unit = new UnitPickerCtrl(box, env.context.units);
        m_unit->SetName(wxS("unit"));
        add_field(box, *grid, _("Work unit"), m_unit, m_problems, Field::unit, m_page_index);
        m_department = new wxTextCtrl(box, wxID_ANY);
        m_department->SetName(wxS("department"));
        add_field(box, *grid, _("Department"), m_department, m_problems, Field::department, m_page_index);
        m_post = new wxTextCtrl(box, wxID_ANY);
        m_post->SetName(wxS("post"));
        add_field(box, *grid, _("Post"), m_post, m_problems, Field::post, m_page_index);
        m_rank = new TermChoice<model::Rank>(box);
        add_field(box, *grid, _("Rank"), m_rank, m_problems, Field::rank, m_page_index);
        grid->AddSpacer(0);
        m_leader = new wxCheckBox(box, wxID_ANY, _("Holds a leadership post"));
        grid->Add(m_leader, wxSizerFlags());
        current->Add(grid, wxSizerFlags().Expand().Border());

        m_list_ui = new RecordList(this, _("Work history"),
                                   {{_("Period"), 130}, {_("Unit"), 190}, {_("Department"), 110}, {_("Post"), 130},
                                    {_("Leadership"), 120}},
                                   wxS("work_history"), 200);
        const std::vector<model::Unit>* units = &m_units;
        m_list = std::make_unique<SubRecordList<model::WorkHistoryEntry>>(
            *m_list_ui,
            SubRecordList<model::WorkHistoryEntry>::Spec{
                &Person::work_history,
                {Field::work_history_unit, Field::work_history_post, Field::work_history_start,
                 Field::work_history_end},
                [this](const model::WorkHistoryEntry& w) {
                    wxString role;
                    if (w.principal_head) role = _("Principal head");
                    else if (w.leadership_member) role = _("Leadership team");
                    return std::vector<wxString>{period_cell(w.start, w.end), unit_text(w.unit_id, w.unit_name),
                                                 to_wx(w.department), to_wx(w.post), role};
                },
                dialog_editor<WorkHistoryDialog, model::WorkHistoryEntry>(units),
                [] { return model::WorkHistoryEntry{}; },
                {},
                [](const auto& a, const auto& b) { return earlier(a.start, b.start); }},
            env.current, env.context.today, m_problems, m_page_index);

        auto* top = new wxBoxSizer(wxVERTICAL);
        top->Add(current, wxSizerFlags().Expand().DoubleBorder());
        top->Add(m_list_ui, wxSizerFlags(1).Expand().DoubleBorder(wxLEFT | wxRIGHT | wxBOTTOM));
        SetSizer(top);
    }

    wxString title() const override { return _("Work History"); }

    void to_window(const Person& person) override
    {
        m_unit->set_value(person.unit_id);
        m_department->ChangeValue(to_wx(person.department));
        m_post->ChangeValue(to_wx(person.post));
        m_rank->set_value(person.rank);
        m_leader->SetValue(person.holds_leadership_post);
        m_list->to_window(person);
    }

    void from_window(Person& person, std::vector<UnreadableField>&) override
    {
        person.unit_id = m_unit->value();
        person.department = read_text(*m_department);
        person.post = read_text(*m_post);
        person.rank = m_rank->value();
        person.holds_leadership_post = m_leader->GetValue();
        m_list->from_window(person);
    }

private:
    wxString unit_text(const std::optional<model::UnitId>& id, const std::string& name) const
    {
        return id ? to_wx(unit_path(m_units, *id)) : to_wx(name);
    }

    const std::vector<model::Unit>& m_units;
    UnitPickerCtrl* m_unit = nullptr;
    wxTextCtrl* m_department = nullptr;
    wxTextCtrl* m_post = nullptr;
    TermChoice<model::Rank>* m_rank = nullptr;
    wxCheckBox* m_leader = nullptr;
    RecordList* m_list_ui = nullptr;
    std::unique_ptr<SubRecordList<model::WorkHistoryEntry>> m_list;
};

// 入库记录: the pools the person belongs to, each with the steps of its lifecycle; "办理" takes the next step.
class MembershipPage : public PersonEditorPage {
public:
    MembershipPage(wxWindow* parent, const PageEnv& env, int index)
        : PersonEditorPage(parent, env.problems, index), m_context(env.context), m_current(env.current)
    {
        m_list_ui = new RecordList(this, _("Pool membership"),
                                   {{_("Pool"), 110}, {_("Status"), 80}, {_("Entry method"), 90},
                                    {_("Entry date"), 95}, {_("Exit date"), 95}, {_("Exit reason"), 150}},
                                   wxS("memberships"), 130);
        m_list = std::make_unique<SubRecordList<model::PoolMembership>>(
            *m_list_ui,
            SubRecordList<model::PoolMembership>::Spec{
                &Person::memberships,
                {Field::membership_pool, Field::membership_entry_date, Field::membership_exit_date,
                 Field::membership_exit_reason},
                [this](const model::PoolMembership& m) {
                    return std::vector<wxString>{
                        pool_name(m.pool_id), term_label(m.status),
                        m.entry_method == model::EntryMethod::unspecified ? wxString() : term_label(m.entry_method),
                        to_wx(model::to_iso(m.entry_date)), to_wx(model::to_iso(m.exit_date)),
                        to_wx(m.exit_reason)};
                },
                [this](wxWindow* owner, const model::PoolMembership& value,
                       SubRecordList<model::PoolMembership>::Check check,
                       std::vector<model::Problem> initial) -> std::optional<model::PoolMembership> {
                    const bool adding = !value.id.is_saved() && value.steps.empty();
                    MembershipDialog dialog(owner, value, m_context.pools, std::move(check), adding,
                                            std::move(initial));
                    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
                    model::PoolMembership result = dialog.membership();
                    // A new recommendation starts its lifecycle record.
                    if (adding && result.status == model::MembershipStatus::recommended && result.steps.empty())
                        result.steps.push_back(model::MembershipStep{{}, std::nullopt,
                                                                     model::MembershipStatus::recommended,
                                                                     m_context.today, {}, {}, {}, {}});
                    return result;
                },
                [this] { return new_membership(); },
                [this](const model::PoolMembership& m) {
                    const wxString question = wxString::Format(
                        _("Remove the membership in %s? To record that the person left the pool, use "
                          "\"Process...\" and move it to exited instead."),
                        pool_name(m.pool_id));
                    return message_box(this, question, _("Remove Membership"),
                                       wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION) == wxYES;
                },
                {}},
            env.current, env.context.today, m_problems, m_page_index);
        m_list_ui->add_button(_("Process..."), wxS("process"), [this](int row) { process(row); })
            ->SetToolTip(_("Take the next step: review, vetting, approval, entry, suspension or exit"));
        m_list_ui->on_select = [this](int row) { show_steps(row); };

        m_steps = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 130)),
                                         wxDV_ROW_LINES);
        m_steps->SetName(wxS("membership_steps"));
        for (const auto& [title, width] : std::initializer_list<std::pair<wxString, int>>{
                 {_("Date"), 90}, {_("From"), 70}, {_("To"), 70}, {_("Decided by"), 130},
                 {_("Document number"), 130}, {_("Remark"), 110}, {_("Override reason"), 140}})
            m_steps->AppendTextColumn(title, wxDATAVIEW_CELL_INERT, FromDIP(width));
        m_steps_caption = new wxStaticText(this, wxID_ANY, wxString());
        m_steps_caption->SetFont(m_steps_caption->GetFont().Bold());

        auto* top = new wxBoxSizer(wxVERTICAL);
        top->Add(m_list_ui, wxSizerFlags(1).Expand().DoubleBorder());
        auto* caption_row = new wxBoxSizer(wxVERTICAL);
        caption_row->Add(m_steps_caption, wxSizerFlags().Border(wxBOTTOM, 4));
        top->Add(caption_row, wxSizerFlags().DoubleBorder(wxLEFT | wxRIGHT | wxTOP));
        top->Add(m_steps, wxSizerFlags(1).Expand().DoubleBorder(wxLEFT | wxRIGHT | wxBOTTOM));
        SetSizer(top);
    }

    wxString title() const override { return _("Membership Records"); }

    void to_window(const Person& person) override
    {
        m_list->to_window(person);
        if (!person.memberships.empty()) m_list_ui->select(0);
    }

    void from_window(Person& person, std::vector<UnreadableField>&) override { m_list->from_window(person); }

private:
    wxString pool_name(model::PoolId id) const
    {
        for (const auto& pool : m_context.pools)
            if (pool.id == id) return to_wx(pool.name);
        return {};
    }

    model::PoolMembership new_membership() const
    {
        model::PoolMembership membership;
        membership.status = model::MembershipStatus::recommended;
        // Offer the first pool the person is not yet in.
        const auto& current = m_list->items();
        for (const auto& pool : m_context.pools) {
            const bool in =
                std::any_of(current.begin(), current.end(), [&](const auto& m) { return m.pool_id == pool.id; });
            if (!in) {
                membership.pool_id = pool.id;
                break;
            }
        }
        return membership;
    }

    void show_steps(int row)
    {
        m_steps->DeleteAllItems();
        const auto& items = m_list->items();
        if (row < 0 || static_cast<std::size_t>(row) >= items.size()) {
            m_steps_caption->SetLabel(_("Steps: select a membership above"));
            return;
        }
        const auto& membership = items[static_cast<std::size_t>(row)];
        m_steps_caption->SetLabel(wxString::Format(_("Steps in %s"), pool_name(membership.pool_id)));
        for (const auto& step : membership.steps) {
            wxVector<wxVariant> cells;
            cells.push_back(wxVariant(to_wx(model::to_iso(step.date))));
            cells.push_back(wxVariant(step.from ? term_label(*step.from) : wxString()));
            cells.push_back(wxVariant(term_label(step.to)));
            cells.push_back(wxVariant(to_wx(step.decided_by)));
            cells.push_back(wxVariant(to_wx(step.document_number)));
            cells.push_back(wxVariant(to_wx(step.remark)));
            cells.push_back(wxVariant(to_wx(step.override_reason)));
            m_steps->AppendItem(cells);
        }
    }

    void process(int row)
    {
        const auto& items = m_list->items();
        if (row < 0 || static_cast<std::size_t>(row) >= items.size()) return;
        const auto& membership = items[static_cast<std::size_t>(row)];
        const auto pool = std::find_if(m_context.pools.begin(), m_context.pools.end(),
                                       [&](const auto& p) { return p.id == membership.pool_id; });
        if (pool == m_context.pools.end()) return;
        if (model::allowed_transitions(membership.status).empty()) {
            message_box(this, _("No further step is possible from this status."), _("Process Membership"),
                        wxOK | wxICON_INFORMATION);
            return;
        }
        TransitionDialog dialog(this, membership, m_current(), *pool, m_context.settings.entry, m_context.today);
        if (dialog.ShowModal() != wxID_OK) return;
        m_list->set_item(static_cast<std::size_t>(row), dialog.membership());
    }

    const PersonEditorContext& m_context;
    PersonSource m_current;
    RecordList* m_list_ui = nullptr;
    std::unique_ptr<SubRecordList<model::PoolMembership>> m_list;
    wxStaticText* m_steps_caption = nullptr;
    wxDataViewListCtrl* m_steps = nullptr;
};

}  // namespace

std::vector<PersonEditorPage*> make_person_pages(wxNotebook& notebook, const PageEnv& env)
{
    std::vector<PersonEditorPage*> pages;
    pages.push_back(new BasicPage(&notebook, env, 0));
    pages.push_back(new WorkHistoryPage(&notebook, env, 1));
    pages.push_back(make_relatives_page(&notebook, env, 2));
    pages.push_back(new EducationPage(&notebook, env, 3));
    pages.push_back(new MembershipPage(&notebook, env, 4));
    pages.push_back(make_training_page(&notebook, env, 5));
    pages.push_back(make_integrity_page(&notebook, env, 6));
    pages.push_back(make_pledge_page(&notebook, env, 7));
    pages.push_back(make_secondment_page(&notebook, env, 8));
    return pages;
}

}  // namespace xuncha::app
