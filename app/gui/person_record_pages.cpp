// The person editor's tabs that are lists of sub-records: relatives, trainings and commendations,
// integrity opinions, pledges, secondments.
#include "app/gui/person_pages.h"

#include "app/gui/messages.h"
#include "app/gui/unit_tree.h"
#include "model/kinship.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <memory>

namespace xuncha::app {

using model::Field;
using model::Person;

namespace {

wxString date_cell(const std::optional<model::Date>& date)
{
    return to_wx(model::to_iso(date));
}

wxString period_text(const std::optional<model::Date>& start, const std::optional<model::Date>& end,
                     const wxString& open_end)
{
    if (!start && !end) return {};
    return date_cell(start) + wxS(" - ") + (end ? date_cell(end) : open_end);
}

wxStaticText* make_explanation(wxWindow* parent, const wxString& text)
{
    auto* note = new wxStaticText(parent, wxID_ANY, text);
    note->SetForegroundColour(wxColour(100, 100, 100));
    return note;
}

// 家庭成员及社会关系.
class RelativesPage : public PersonEditorPage {
public:
    RelativesPage(wxWindow* parent, const PageEnv& env, int index)
        : PersonEditorPage(parent, env.problems, index), m_units(env.context.units)
    {
        m_ui = new RecordList(this, wxString(),
                              {{_("Relation"), 70}, {_("Kinship"), 120}, {_("Name"), 80}, {_("Born"), 70},
                               {_("Political status"), 90}, {_("Employer"), 170}, {_("Post"), 100}},
                              wxS("relatives"), 300);
        const std::vector<model::Unit>* units = &m_units;
        m_list = std::make_unique<SubRecordList<model::Relative>>(
            *m_ui,
            SubRecordList<model::Relative>::Spec{
                &Person::relatives,
                {Field::relative_title, Field::relative_name, Field::relative_birth_date, Field::relative_employer},
                [this](const model::Relative& r) {
                    wxString post = to_wx(r.post);
                    if (r.is_leader) post += (post.empty() ? wxString() : wxS(" ")) + _("(leader)");
                    return std::vector<wxString>{
                        to_wx(r.title), term_label(model::kinship_class_of(r.title)), to_wx(r.name),
                        r.birth_date ? to_wx(model::to_year_month(*r.birth_date)) : wxString(),
                        r.political_status ? term_label(*r.political_status) : wxString(),
                        r.employer_unit_id ? to_wx(unit_path(m_units, *r.employer_unit_id)) : to_wx(r.employer_name),
                        post};
                },
                dialog_editor<RelativeDialog, model::Relative>(units),
                [] { return model::Relative{}; },
                {},
                {}},
            env.current, env.context.today, m_problems, m_page_index);

        auto* top = new wxBoxSizer(wxVERTICAL);
        top->Add(make_explanation(this, _("Family members and important social relations. The kinship class "
                                          "follows from the relation and decides which avoidance rules apply.")),
                 wxSizerFlags().DoubleBorder(wxLEFT | wxRIGHT | wxTOP));
        top->Add(m_ui, wxSizerFlags(1).Expand().DoubleBorder());
        SetSizer(top);
    }

    wxString title() const override { return _("Family and Social Relations"); }
    void to_window(const Person& person) override { m_list->to_window(person); }
    void from_window(Person& person, std::vector<UnreadableField>&) override { m_list->from_window(person); }

private:
    const std::vector<model::Unit>& m_units;
    RecordList* m_ui = nullptr;
    std::unique_ptr<SubRecordList<model::Relative>> m_list;
};

// 培训与表彰: trainings attended, commendations, annual assessments.
class TrainingPage : public PersonEditorPage {
public:
    TrainingPage(wxWindow* parent, const PageEnv& env, int index)
        : PersonEditorPage(parent, env.problems, index), m_catalog(env.trainings)
    {
        m_trainings_ui = new RecordList(this, _("Trainings attended"),
                                        {{_("Date"), 90}, {_("Topic"), 230}, {_("Training type"), 90}, {_("Hours"), 50},
                                         {_("Organiser"), 120}, {_("Attendance"), 80}},
                                        wxS("trainings"), 110);
        TrainingCatalog* catalog = &m_catalog;
        m_trainings = std::make_unique<SubRecordList<model::TrainingAttendance>>(
            *m_trainings_ui,
            SubRecordList<model::TrainingAttendance>::Spec{
                &Person::trainings,
                {Field::training},
                [this](const model::TrainingAttendance& a) {
                    const model::Training* t = m_catalog.find(a.training_id);
                    if (!t) return std::vector<wxString>{wxString(), _("(unknown training)")};
                    return std::vector<wxString>{date_cell(t->start), to_wx(t->topic), to_wx(t->type),
                                                 wxString::Format(wxS("%d"), t->hours), to_wx(t->organiser),
                                                 term_label(a.attendance)};
                },
                dialog_editor<TrainingAttendanceDialog, model::TrainingAttendance>(catalog, env.context.today),
                [] { return model::TrainingAttendance{}; },
                {},
                [this](const auto& a, const auto& b) {
                    const model::Training* x = m_catalog.find(a.training_id);
                    const model::Training* y = m_catalog.find(b.training_id);
                    return earlier(x ? x->start : std::nullopt, y ? y->start : std::nullopt);
                }},
            env.current, env.context.today, m_problems, m_page_index);

        m_commendations_ui = new RecordList(this, _("Commendations"),
                                            {{_("Date"), 90}, {_("Commendation"), 220}, {_("Awarded by"), 150},
                                             {_("Level"), 70}, {_("Document number"), 130}},
                                            wxS("commendations"), 90);
        m_commendations = std::make_unique<SubRecordList<model::Commendation>>(
            *m_commendations_ui,
            SubRecordList<model::Commendation>::Spec{
                &Person::commendations,
                {Field::commendation_title, Field::commendation_date, Field::commendation_awarding_body},
                [](const model::Commendation& c) {
                    return std::vector<wxString>{date_cell(c.date), to_wx(c.title), to_wx(c.awarding_body),
                                                 term_label(c.level), to_wx(c.document_number)};
                },
                dialog_editor<CommendationDialog, model::Commendation>(),
                [] { return model::Commendation{}; },
                {},
                [](const auto& a, const auto& b) { return earlier(a.date, b.date); }},
            env.current, env.context.today, m_problems, m_page_index);

        m_assessments_ui = new RecordList(this, _("Annual assessments"),
                                          {{_("Year"), 70}, {_("Result"), 100}, {_("Remark"), 300}},
                                          wxS("assessments"), 90);
        const model::Date today = env.context.today;
        m_assessments = std::make_unique<SubRecordList<model::AnnualAssessment>>(
            *m_assessments_ui,
            SubRecordList<model::AnnualAssessment>::Spec{
                &Person::assessments,
                {Field::assessment_year},
                [](const model::AnnualAssessment& a) {
                    return std::vector<wxString>{wxString::Format(wxS("%d"), a.year), term_label(a.result),
                                                 to_wx(a.remark)};
                },
                dialog_editor<AssessmentDialog, model::AnnualAssessment>(),
                // The usual entry is last year's result, recorded early in the year.
                [today] {
                    model::AnnualAssessment a;
                    a.year = static_cast<int>(today.year()) - 1;
                    return a;
                },
                {},
                // The latest year first: it is the one asked about.
                [](const auto& a, const auto& b) { return a.year > b.year; }},
            env.current, env.context.today, m_problems, m_page_index);

        auto* top = new wxBoxSizer(wxVERTICAL);
        top->Add(m_trainings_ui, wxSizerFlags(4).Expand().DoubleBorder());
        top->Add(m_commendations_ui, wxSizerFlags(3).Expand().DoubleBorder(wxLEFT | wxRIGHT | wxBOTTOM));
        top->Add(m_assessments_ui, wxSizerFlags(3).Expand().DoubleBorder(wxLEFT | wxRIGHT | wxBOTTOM));
        SetSizer(top);
    }

    wxString title() const override { return _("Trainings and Commendations"); }

    void to_window(const Person& person) override
    {
        m_trainings->to_window(person);
        m_commendations->to_window(person);
        m_assessments->to_window(person);
    }

    void from_window(Person& person, std::vector<UnreadableField>&) override
    {
        m_trainings->from_window(person);
        m_commendations->from_window(person);
        m_assessments->from_window(person);
    }

private:
    TrainingCatalog& m_catalog;
    RecordList* m_trainings_ui = nullptr;
    RecordList* m_commendations_ui = nullptr;
    RecordList* m_assessments_ui = nullptr;
    std::unique_ptr<SubRecordList<model::TrainingAttendance>> m_trainings;
    std::unique_ptr<SubRecordList<model::Commendation>> m_commendations;
    std::unique_ptr<SubRecordList<model::AnnualAssessment>> m_assessments;
};

// 廉政意见.
class IntegrityPage : public PersonEditorPage {
public:
    IntegrityPage(wxWindow* parent, const PageEnv& env, int index) : PersonEditorPage(parent, env.problems, index)
    {
        m_ui = new RecordList(this, wxString(),
                              {{_("Date"), 90}, {_("Issued by"), 190}, {_("Document number"), 130},
                               {_("Conclusion"), 90}, {_("Opinion"), 220}},
                              wxS("integrity_opinions"), 300);
        m_list = std::make_unique<SubRecordList<model::IntegrityOpinion>>(
            *m_ui,
            SubRecordList<model::IntegrityOpinion>::Spec{
                &Person::integrity_opinions,
                {Field::integrity_opinion_date, Field::integrity_opinion_issuer},
                [](const model::IntegrityOpinion& o) {
                    return std::vector<wxString>{date_cell(o.date), to_wx(o.issuer), to_wx(o.document_number),
                                                 o.clear ? _("No problem") : _("Problem raised"), to_wx(o.content)};
                },
                dialog_editor<IntegrityOpinionDialog, model::IntegrityOpinion>(),
                [] { return model::IntegrityOpinion{}; },
                {},
                [](const auto& a, const auto& b) { return earlier(a.date, b.date); }},
            env.current, env.context.today, m_problems, m_page_index);
        auto* top = new wxBoxSizer(wxVERTICAL);
        top->Add(make_explanation(this, _("The discipline inspection body's written opinions on the person's "
                                          "integrity. The annual review looks for one dated this year.")),
                 wxSizerFlags().DoubleBorder(wxLEFT | wxRIGHT | wxTOP));
        top->Add(m_ui, wxSizerFlags(1).Expand().DoubleBorder());
        SetSizer(top);
    }

    wxString title() const override { return _("Integrity Opinions"); }
    void to_window(const Person& person) override { m_list->to_window(person); }
    void from_window(Person& person, std::vector<UnreadableField>&) override { m_list->from_window(person); }

private:
    RecordList* m_ui = nullptr;
    std::unique_ptr<SubRecordList<model::IntegrityOpinion>> m_list;
};

// 承诺书: pledges with their scans; "打开" shows the stored scan.
class PledgePage : public PersonEditorPage {
public:
    PledgePage(wxWindow* parent, const PageEnv& env, int index)
        : PersonEditorPage(parent, env.problems, index), m_pools(env.context.pools),
          m_load(env.context.load_attachment)
    {
        m_ui = new RecordList(this, wxString(),
                              {{_("Pledge type"), 110}, {_("Signed for"), 190}, {_("Signed on"), 90},
                               {_("Received by"), 120}, {_("Scanned copy"), 200}},
                              wxS("pledges"), 300);
        const std::vector<model::Pool>* pools = &m_pools;
        m_list = std::make_unique<SubRecordList<model::Pledge>>(
            *m_ui,
            SubRecordList<model::Pledge>::Spec{
                &Person::pledges,
                {Field::pledge_pool, Field::pledge_round, Field::pledge_signed_date, Field::pledge_recipient,
                 Field::pledge_scan},
                [this](const model::Pledge& p) {
                    wxString scope = term_label(p.scope);
                    const wxString detail = p.scope == model::PledgeScope::round ? to_wx(p.round_name)
                                                                                 : pool_name(p.pool_id);
                    if (!detail.empty()) scope = wxString::Format(_("%s: %s"), scope, detail);
                    return std::vector<wxString>{term_label(p.type), scope, date_cell(p.signed_date),
                                                 to_wx(p.recipient),
                                                 p.scan ? attachment_label(*p.scan) : _("(no scan)")};
                },
                dialog_editor<PledgeDialog, model::Pledge>(pools, m_load),
                [this] {
                    model::Pledge pledge;
                    if (!m_pools.empty()) pledge.pool_id = m_pools.front().id;
                    return pledge;
                },
                {},
                [](const auto& a, const auto& b) { return earlier(a.signed_date, b.signed_date); }},
            env.current, env.context.today, m_problems, m_page_index);
        m_ui->add_button(_("Open Scan"), wxS("open"), [this](int row) {
            const auto& pledge = m_list->items()[static_cast<std::size_t>(row)];
            if (pledge.scan) open_attachment(this, *pledge.scan, m_load);
            else
                message_box(this, _("This pledge has no scanned copy."), _("Open Attachment"),
                            wxOK | wxICON_INFORMATION);
        });
        auto* top = new wxBoxSizer(wxVERTICAL);
        top->Add(make_explanation(this, _("Integrity and confidentiality pledges and avoidance declarations, "
                                          "signed on entering a pool or for a round, with the signed paper "
                                          "scanned.")),
                 wxSizerFlags().DoubleBorder(wxLEFT | wxRIGHT | wxTOP));
        top->Add(m_ui, wxSizerFlags(1).Expand().DoubleBorder());
        SetSizer(top);
    }

    wxString title() const override { return _("Pledges"); }
    void to_window(const Person& person) override { m_list->to_window(person); }
    void from_window(Person& person, std::vector<UnreadableField>&) override { m_list->from_window(person); }

private:
    wxString pool_name(const std::optional<model::PoolId>& id) const
    {
        for (const auto& pool : m_pools)
            if (id == pool.id) return to_wx(pool.name);
        return {};
    }

    const std::vector<model::Pool>& m_pools;
    AttachmentLoader m_load;
    RecordList* m_ui = nullptr;
    std::unique_ptr<SubRecordList<model::Pledge>> m_list;
};

// 抽调记录: secondments and declined secondments; 拒绝次数 is counted, never typed.
class SecondmentPage : public PersonEditorPage {
public:
    SecondmentPage(wxWindow* parent, const PageEnv& env, int index)
        : PersonEditorPage(parent, env.problems, index), m_today(env.context.today)
    {
        m_secondments_ui = new RecordList(this, _("Secondments"),
                                          {{_("Round or task"), 200}, {_("Group"), 100}, {_("Role"), 70},
                                           {_("Seconded by"), 100}, {_("Period"), 170}, {_("Evaluation"), 70}},
                                          wxS("secondments"), 170);
        m_secondments = std::make_unique<SubRecordList<model::Secondment>>(
            *m_secondments_ui,
            SubRecordList<model::Secondment>::Spec{
                &Person::secondments,
                {Field::secondment_task, Field::secondment_start, Field::secondment_end,
                 Field::secondment_notice_date},
                [](const model::Secondment& s) {
                    return std::vector<wxString>{to_wx(s.task), to_wx(s.group_name), to_wx(s.role),
                                                 to_wx(s.seconding_body), period_text(s.start, s.end, _("to date")),
                                                 s.evaluation ? term_label(*s.evaluation) : wxString()};
                },
                dialog_editor<SecondmentDialog, model::Secondment>(),
                [] { return model::Secondment{}; },
                {},
                [](const auto& a, const auto& b) { return earlier(a.start, b.start); }},
            env.current, env.context.today, m_problems, m_page_index);

        m_declined_ui = new RecordList(this, _("Declined secondments"),
                                       {{_("Date"), 90}, {_("Round or task"), 200}, {_("Reason"), 300}},
                                       wxS("declined"), 110);
        m_declined = std::make_unique<SubRecordList<model::DeclinedSecondment>>(
            *m_declined_ui,
            SubRecordList<model::DeclinedSecondment>::Spec{
                &Person::declined_secondments,
                {Field::declined_date, Field::declined_reason},
                [](const model::DeclinedSecondment& d) {
                    return std::vector<wxString>{date_cell(d.date), to_wx(d.task), to_wx(d.reason)};
                },
                dialog_editor<DeclinedSecondmentDialog, model::DeclinedSecondment>(),
                [] { return model::DeclinedSecondment{}; },
                {},
                [](const auto& a, const auto& b) { return earlier(a.date, b.date); }},
            env.current, env.context.today, m_problems, m_page_index);

        m_counts = new wxStaticText(this, wxID_ANY, wxString());
        m_counts->SetName(wxS("secondment_counts"));
        m_counts->SetFont(m_counts->GetFont().Bold());
        m_secondments->on_change = [this] { show_counts(); };
        m_declined->on_change = [this] { show_counts(); };

        auto* top = new wxBoxSizer(wxVERTICAL);
        top->Add(m_counts, wxSizerFlags().DoubleBorder(wxLEFT | wxRIGHT | wxTOP));
        top->Add(m_secondments_ui, wxSizerFlags(3).Expand().DoubleBorder());
        top->Add(m_declined_ui, wxSizerFlags(2).Expand().DoubleBorder(wxLEFT | wxRIGHT | wxBOTTOM));
        SetSizer(top);
    }

    wxString title() const override { return _("Secondments"); }

    void to_window(const Person& person) override
    {
        m_secondments->to_window(person);
        m_declined->to_window(person);
    }

    void from_window(Person& person, std::vector<UnreadableField>&) override
    {
        m_secondments->from_window(person);
        m_declined->from_window(person);
    }

private:
    void show_counts()
    {
        if (!m_secondments || !m_declined) return;
        Person counted;
        counted.declined_secondments = m_declined->items();
        m_counts->SetLabel(wxString::Format(_("Inspections taken part in: %zu    Times declined: %d"),
                                            m_secondments->items().size(),
                                            model::declined_count(counted, m_today)));
    }

    model::Date m_today;
    wxStaticText* m_counts = nullptr;
    RecordList* m_secondments_ui = nullptr;
    RecordList* m_declined_ui = nullptr;
    std::unique_ptr<SubRecordList<model::Secondment>> m_secondments;
    std::unique_ptr<SubRecordList<model::DeclinedSecondment>> m_declined;
};

}  // namespace

PersonEditorPage* make_relatives_page(wxWindow* parent, const PageEnv& env, int index)
{
    return new RelativesPage(parent, env, index);
}

PersonEditorPage* make_training_page(wxWindow* parent, const PageEnv& env, int index)
{
    return new TrainingPage(parent, env, index);
}

PersonEditorPage* make_integrity_page(wxWindow* parent, const PageEnv& env, int index)
{
    return new IntegrityPage(parent, env, index);
}

PersonEditorPage* make_pledge_page(wxWindow* parent, const PageEnv& env, int index)
{
    return new PledgePage(parent, env, index);
}

PersonEditorPage* make_secondment_page(wxWindow* parent, const PageEnv& env, int index)
{
    return new SecondmentPage(parent, env, index);
}

}  // namespace xuncha::app
