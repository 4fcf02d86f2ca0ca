#pragma once
// 设置: the interface language (applies after a restart) and the database opened at start, kept on this
// computer; and the office's rules, kept in the database: the pools' entry rules and the annual
// review's thresholds, each with the document they come from.

#include "app/gui/wx_text.h"
#include "model/settings.h"

#include <wx/dialog.h>

#include <map>
#include <string>
#include <vector>

class wxCheckBox;
class wxComboBox;
class wxNotebook;
class wxRadioBox;
class wxSpinCtrl;
class wxTextCtrl;

namespace xuncha::app {

template <class E>
class TermChoice;

struct SettingsValues {
    UiLanguage language = UiLanguage::chinese;
    std::string startup_database;  // empty: the default file

    bool operator==(const SettingsValues&) const = default;
};

class SettingsDialog : public wxDialog {
public:
    // `jurisdictions`: the ones the units name, offered for the review's own jurisdiction.
    SettingsDialog(wxWindow* parent, SettingsValues values, model::OfficeSettings office,
                   const std::string& default_database, const std::vector<std::string>& jurisdictions = {});

    const SettingsValues& values() const { return m_values; }
    const model::OfficeSettings& office() const { return m_office; }
    // When the rules could not be read: their pages are shown greyed and left as they are.
    void disable_rules();
    wxNotebook* notebook() const { return m_notebook; }

    // Controls of the rule pages, for tests.
    TermChoice<model::Rank>* leader_rank_choice() const { return m_leader_rank; }
    wxSpinCtrl* stale_months_field() const { return m_stale_months; }
    wxTextCtrl* entry_source_field() const { return m_entry_source; }
    // The avoidance page's controls of one rule (null when the rule has no such parameter).
    wxCheckBox* rule_enabled(model::AvoidanceRuleCode code) const { return m_rules.at(code).enabled; }
    TermChoice<model::Severity>* rule_severity(model::AvoidanceRuleCode code) const { return m_rules.at(code).severity; }
    wxSpinCtrl* rule_look_back(model::AvoidanceRuleCode code) const { return m_rules.at(code).look_back; }
    wxSpinCtrl* rule_total_years(model::AvoidanceRuleCode code) const { return m_rules.at(code).total_years; }
    wxCheckBox* rule_kinship(model::AvoidanceRuleCode code, model::KinshipClass kinship) const;

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    wxWindow* build_general_page(const std::string& default_database);
    wxWindow* build_entry_page();
    wxWindow* build_review_page(const std::vector<std::string>& jurisdictions);
    wxWindow* build_avoidance_page();

    // One avoidance rule's row.
    struct RuleControls {
        wxCheckBox* enabled = nullptr;
        TermChoice<model::Severity>* severity = nullptr;
        wxSpinCtrl* look_back = nullptr;
        wxSpinCtrl* total_years = nullptr;
        std::vector<std::pair<model::KinshipClass, wxCheckBox*>> kinship;
        wxCheckBox* principal_only = nullptr;
        wxCheckBox* leaders_only = nullptr;
    };

    SettingsValues m_values;
    model::OfficeSettings m_office;
    wxNotebook* m_notebook = nullptr;
    wxRadioBox* m_language = nullptr;
    wxTextCtrl* m_database = nullptr;

    TermChoice<model::Rank>* m_leader_rank = nullptr;
    TermChoice<model::Rank>* m_expert_rank = nullptr;
    TermChoice<model::TitleLevel>* m_expert_title = nullptr;
    wxCheckBox* m_entry_age_on = nullptr;
    wxSpinCtrl* m_entry_age = nullptr;
    wxTextCtrl* m_entry_source = nullptr;

    wxSpinCtrl* m_stale_months = nullptr;
    wxSpinCtrl* m_declined_threshold = nullptr;
    wxSpinCtrl* m_declined_years = nullptr;
    wxCheckBox* m_review_age_on = nullptr;
    wxSpinCtrl* m_review_age = nullptr;
    wxCheckBox* m_integrity = nullptr;
    wxComboBox* m_jurisdiction = nullptr;
    wxTextCtrl* m_review_source = nullptr;

    std::map<model::AvoidanceRuleCode, RuleControls> m_rules;
};

}  // namespace xuncha::app
