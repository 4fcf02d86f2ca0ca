#pragma once
// The audit trail in a wxDataViewCtrl: one row per changed field, the time, operator and action on the
// first row of each entry. Truly virtual, like the person list, because the whole-database log may hold
// hundreds of thousands of changes; filtering keeps whole entries.

#include "model/audit.h"

#include <wx/dataview.h>

#include <optional>
#include <string>
#include <vector>

namespace xuncha::app {

struct AuditFilter {
    std::optional<model::AuditAction> action;
    std::string operator_name;  // empty: anybody
    std::string from_day;       // local "YYYY-MM-DD", inclusive; empty: no bound
    std::string to_day;
    std::string text;           // in the record's name, a field's label or a value; case-insensitive

    bool operator==(const AuditFilter&) const = default;
};

class AuditListModel : public wxDataViewVirtualListModel {
public:
    enum Column : unsigned { col_time, col_operator, col_action, col_record, col_field, col_old, col_new, col_count };

    AuditListModel();

    // Entries as the repository returns them (newest first); keeps the filter.
    void set_entries(std::vector<model::AuditEntry> entries);
    void set_filter(AuditFilter filter);
    const std::vector<model::AuditEntry>& entries() const { return m_entries; }

    std::size_t shown_entries() const { return m_shown_entries; }
    unsigned row_count() const { return static_cast<unsigned>(m_rows.size()); }
    wxString text(unsigned row, unsigned column) const;
    const model::AuditEntry* entry_at(unsigned row) const;

    // wxDataViewVirtualListModel
    unsigned GetColumnCount() const override { return col_count; }
    wxString GetColumnType(unsigned) const override { return wxS("string"); }
    void GetValueByRow(wxVariant& variant, unsigned row, unsigned col) const override;
    bool GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

private:
    struct Row {
        std::size_t entry;
        int change;      // index into the entry's changes; -1 for an entry without any
        bool first;      // the entry's first row: time, operator and action are shown there
        bool odd_entry;  // for the alternating background that groups an entry's rows
    };
    void rebuild();
    bool passes(const model::AuditEntry& entry) const;

    std::vector<model::AuditEntry> m_entries;
    std::vector<Row> m_rows;
    std::size_t m_shown_entries = 0;
    AuditFilter m_filter;
};

// A list control showing `model`'s rows; the record column only when `with_record` (the whole log).
wxDataViewCtrl* make_audit_list(wxWindow* parent, AuditListModel* model, bool with_record);

}  // namespace xuncha::app
