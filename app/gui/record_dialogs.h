#pragma once
// The dialogs of the person editor's sub-records, one per kind of entry. Each is a ValueDialog: built
// with the entry and the check of the whole person, it returns the edited entry.

#include "app/gui/attachment_file.h"
#include "app/gui/record_dialog.h"
#include "model/person.h"
#include "model/unit.h"

#include <vector>

class wxButton;
class wxCheckBox;
class wxComboBox;
class wxSpinCtrl;
class wxStaticBitmap;

namespace xuncha::app {

class UnitPickerCtrl;

// A unit that is a unit record when it is one, typed text otherwise (work history, a relative's employer).
class UnitOrTextCtrl : public wxPanel {
public:
    UnitOrTextCtrl(wxWindow* parent, const std::vector<model::Unit>& units, const wxString& name);

    void set_value(const std::optional<model::UnitId>& unit, const std::string& text);
    std::optional<model::UnitId> unit() const;
    std::string text() const;  // empty while a unit record is chosen

    bool SetBackgroundColour(const wxColour& colour) override;

private:
    UnitPickerCtrl* m_picker = nullptr;
    wxTextCtrl* m_text = nullptr;
};

// Trainings the editor can offer: the saved ones and those created in this editing session, which
// carry provisional negative ids until the caller saves them with the person.
struct TrainingCatalog {
    std::vector<model::Training> trainings;
    long long next_provisional = -1;

    const model::Training* find(model::TrainingId id) const;
    model::TrainingId add(model::Training training);  // assigns a provisional id
    // "2026-03-10 巡察业务培训 (县委巡察办)".
    wxString describe(model::TrainingId id) const;
};

class WorkHistoryDialog : public ValueDialog<model::WorkHistoryEntry> {
public:
    WorkHistoryDialog(wxWindow* parent, model::WorkHistoryEntry value, Check check,
                      std::vector<model::Problem> initial, const std::vector<model::Unit>* units);

private:
    void put(const model::WorkHistoryEntry& value) override;
    void take(model::WorkHistoryEntry& value, std::vector<UnreadableField>& unreadable) override;

    UnitOrTextCtrl* m_unit = nullptr;
    wxTextCtrl* m_department = nullptr;
    wxTextCtrl* m_post = nullptr;
    wxTextCtrl* m_start = nullptr;
    wxTextCtrl* m_end = nullptr;
    wxCheckBox* m_leadership = nullptr;
    wxCheckBox* m_principal = nullptr;
};

class RelativeDialog : public ValueDialog<model::Relative> {
public:
    RelativeDialog(wxWindow* parent, model::Relative value, Check check, std::vector<model::Problem> initial,
                   const std::vector<model::Unit>* units);

private:
    void put(const model::Relative& value) override;
    void take(model::Relative& value, std::vector<UnreadableField>& unreadable) override;
    void show_kinship();

    wxComboBox* m_title = nullptr;
    wxStaticText* m_kinship = nullptr;
    wxTextCtrl* m_name = nullptr;
    wxTextCtrl* m_birth = nullptr;
    OptionalTermChoice<model::PoliticalStatus>* m_political = nullptr;
    UnitOrTextCtrl* m_employer = nullptr;
    wxTextCtrl* m_post = nullptr;
    wxCheckBox* m_leader = nullptr;
};

class TrainingAttendanceDialog : public ValueDialog<model::TrainingAttendance> {
public:
    TrainingAttendanceDialog(wxWindow* parent, model::TrainingAttendance value, Check check,
                             std::vector<model::Problem> initial, TrainingCatalog* catalog, model::Date today);

private:
    void put(const model::TrainingAttendance& value) override;
    void take(model::TrainingAttendance& value, std::vector<UnreadableField>& unreadable) override;
    void fill_trainings(model::TrainingId selected);
    void new_training();

    TrainingCatalog& m_catalog;
    model::Date m_today;
    std::vector<model::TrainingId> m_offered;  // the choice's entries
    wxChoice* m_training = nullptr;
    TermChoice<model::Attendance>* m_attendance = nullptr;
    wxTextCtrl* m_remark = nullptr;
};

class CommendationDialog : public ValueDialog<model::Commendation> {
public:
    CommendationDialog(wxWindow* parent, model::Commendation value, Check check, std::vector<model::Problem> initial);

private:
    void put(const model::Commendation& value) override;
    void take(model::Commendation& value, std::vector<UnreadableField>& unreadable) override;

    wxTextCtrl* m_date = nullptr;
    wxTextCtrl* m_title = nullptr;
    wxTextCtrl* m_body = nullptr;
    TermChoice<model::CommendationLevel>* m_level = nullptr;
    wxTextCtrl* m_document = nullptr;
    wxTextCtrl* m_remark = nullptr;
};

class AssessmentDialog : public ValueDialog<model::AnnualAssessment> {
public:
    AssessmentDialog(wxWindow* parent, model::AnnualAssessment value, Check check, std::vector<model::Problem> initial);

private:
    void put(const model::AnnualAssessment& value) override;
    void take(model::AnnualAssessment& value, std::vector<UnreadableField>& unreadable) override;

    wxSpinCtrl* m_year = nullptr;
    TermChoice<model::AssessmentResult>* m_result = nullptr;
    wxTextCtrl* m_remark = nullptr;
};

class IntegrityOpinionDialog : public ValueDialog<model::IntegrityOpinion> {
public:
    IntegrityOpinionDialog(wxWindow* parent, model::IntegrityOpinion value, Check check,
                           std::vector<model::Problem> initial);

private:
    void put(const model::IntegrityOpinion& value) override;
    void take(model::IntegrityOpinion& value, std::vector<UnreadableField>& unreadable) override;

    wxTextCtrl* m_date = nullptr;
    wxTextCtrl* m_issuer = nullptr;
    wxTextCtrl* m_document = nullptr;
    wxChoice* m_clear = nullptr;
    wxTextCtrl* m_content = nullptr;
    wxTextCtrl* m_remark = nullptr;
};

// The scan of a signed paper: its name and size, Choose..., Open, Remove.
class AttachmentCtrl : public wxPanel {
public:
    AttachmentCtrl(wxWindow* parent, const wxString& name, AttachmentLoader load);

    void set_value(const std::optional<model::Attachment>& attachment);
    const std::optional<model::Attachment>& value() const { return m_value; }
    // Why the last file chosen was refused; empty when it was not.
    const wxString& refusal() const { return m_refusal; }
    // Takes the file as if chosen in the file dialog (the file dialog's path, and the tests').
    void choose_file(const wxString& path);

    bool SetBackgroundColour(const wxColour& colour) override;

private:
    void show_value();

    AttachmentLoader m_load;
    std::optional<model::Attachment> m_value;
    wxString m_refusal;
    wxTextCtrl* m_text = nullptr;
    wxButton* m_open = nullptr;
    wxButton* m_remove = nullptr;
};

class PledgeDialog : public ValueDialog<model::Pledge> {
public:
    PledgeDialog(wxWindow* parent, model::Pledge value, Check check, std::vector<model::Problem> initial,
                 const std::vector<model::Pool>* pools, AttachmentLoader load);

private:
    void put(const model::Pledge& value) override;
    void take(model::Pledge& value, std::vector<UnreadableField>& unreadable) override;
    void enable_scope();

    const std::vector<model::Pool>& m_pools;
    TermChoice<model::PledgeType>* m_type = nullptr;
    TermChoice<model::PledgeScope>* m_scope = nullptr;
    wxChoice* m_pool = nullptr;
    wxTextCtrl* m_round = nullptr;
    wxTextCtrl* m_signed = nullptr;
    wxTextCtrl* m_recipient = nullptr;
    AttachmentCtrl* m_scan = nullptr;
    wxTextCtrl* m_remark = nullptr;
};

class SecondmentDialog : public ValueDialog<model::Secondment> {
public:
    SecondmentDialog(wxWindow* parent, model::Secondment value, Check check, std::vector<model::Problem> initial);

private:
    void put(const model::Secondment& value) override;
    void take(model::Secondment& value, std::vector<UnreadableField>& unreadable) override;

    wxTextCtrl* m_task = nullptr;
    wxTextCtrl* m_group = nullptr;
    wxComboBox* m_role = nullptr;
    wxComboBox* m_body = nullptr;
    wxTextCtrl* m_notice = nullptr;
    wxTextCtrl* m_notice_date = nullptr;
    wxTextCtrl* m_start = nullptr;
    wxTextCtrl* m_end = nullptr;
    OptionalTermChoice<model::AssessmentResult>* m_evaluation = nullptr;
    wxTextCtrl* m_remark = nullptr;
};

class DeclinedSecondmentDialog : public ValueDialog<model::DeclinedSecondment> {
public:
    DeclinedSecondmentDialog(wxWindow* parent, model::DeclinedSecondment value, Check check,
                             std::vector<model::Problem> initial);

private:
    void put(const model::DeclinedSecondment& value) override;
    void take(model::DeclinedSecondment& value, std::vector<UnreadableField>& unreadable) override;

    wxTextCtrl* m_date = nullptr;
    wxTextCtrl* m_task = nullptr;
    wxTextCtrl* m_reason = nullptr;
};

}  // namespace xuncha::app
