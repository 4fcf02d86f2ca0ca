#include "app/gui/audit_list_model.h"

#include "app/gui/audit_text.h"
#include "app/gui/wx_text.h"

#include <wx/intl.h>

namespace xuncha::app {

AuditListModel::AuditListModel() : wxDataViewVirtualListModel(0) {}

void AuditListModel::set_entries(std::vector<model::AuditEntry> entries)
{
    m_entries = std::move(entries);
    rebuild();
}

void AuditListModel::set_filter(AuditFilter filter)
{
    if (filter == m_filter) return;
    m_filter = std::move(filter);
    rebuild();
}

bool AuditListModel::passes(const model::AuditEntry& entry) const
{
    if (m_filter.action && entry.action != *m_filter.action) return false;
    if (!m_filter.operator_name.empty() && entry.operator_name != m_filter.operator_name) return false;
    if (!m_filter.from_day.empty() || !m_filter.to_day.empty()) {
        const std::string day = audit_local_day(entry.at);
        if (!m_filter.from_day.empty() && day < m_filter.from_day) return false;
        if (!m_filter.to_day.empty() && day > m_filter.to_day) return false;
    }
    if (m_filter.text.empty()) return true;
    const wxString needle = to_wx(m_filter.text).Lower();
    const auto contains = [&](const wxString& haystack) { return haystack.Lower().Find(needle) != wxNOT_FOUND; };
    if (contains(to_wx(entry.entity_label)) || contains(to_wx(entry.operator_name))) return true;
    for (const auto& change : entry.changes)
        if (contains(audit_field_label(entry.entity, change.field)) || contains(to_wx(change.old_value)) ||
            contains(to_wx(change.new_value)))
            return true;
    return false;
}

void AuditListModel::rebuild()
{
    m_rows.clear();
    m_shown_entries = 0;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const auto& entry = m_entries[i];
        if (!passes(entry)) continue;
        const bool odd = m_shown_entries % 2 == 1;
        ++m_shown_entries;
        if (entry.changes.empty()) {
            m_rows.push_back(Row{i, -1, true, odd});
            continue;
        }
        for (std::size_t c = 0; c < entry.changes.size(); ++c)
            m_rows.push_back(Row{i, static_cast<int>(c), c == 0, odd});
    }
    Reset(static_cast<unsigned>(m_rows.size()));
}

const model::AuditEntry* AuditListModel::entry_at(unsigned row) const
{
    return row < m_rows.size() ? &m_entries[m_rows[row].entry] : nullptr;
}

wxString AuditListModel::text(unsigned row, unsigned column) const
{
    if (row >= m_rows.size()) return {};
    const Row& r = m_rows[row];
    const model::AuditEntry& entry = m_entries[r.entry];
    const model::FieldChange* change = r.change >= 0 ? &entry.changes[static_cast<std::size_t>(r.change)] : nullptr;
    switch (column) {
    case col_time: return r.first ? to_wx(audit_local_time(entry.at)) : wxString();
    case col_operator: return r.first ? to_wx(entry.operator_name) : wxString();
    case col_action: return r.first ? term_label(entry.action) : wxString();
    case col_record:
        return r.first ? audit_entity_label(entry.entity) + wxString::FromUTF8("：") + to_wx(entry.entity_label)
                       : wxString();
    case col_field: return change ? audit_field_label(entry.entity, change->field) : wxString();
    case col_old: return change ? to_wx(change->old_value) : wxString();
    case col_new: return change ? to_wx(change->new_value) : wxString();
    default: return {};
    }
}

void AuditListModel::GetValueByRow(wxVariant& variant, unsigned row, unsigned col) const
{
    variant = text(row, col);
}

bool AuditListModel::GetAttrByRow(unsigned row, unsigned, wxDataViewItemAttr& attr) const
{
    // Rows of every other entry get a light background, so that an entry's fields read as one block.
    if (row >= m_rows.size() || !m_rows[row].odd_entry) return false;
    attr.SetBackgroundColour(wxColour(242, 246, 252));
    return true;
}

wxDataViewCtrl* make_audit_list(wxWindow* parent, AuditListModel* model, bool with_record)
{
    auto* list = new wxDataViewCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                    wxDV_SINGLE | wxDV_HORIZ_RULES | wxDV_VERT_RULES);
    list->AssociateModel(model);
    const auto add = [&](const wxString& title, unsigned column, int width) {
        list->AppendTextColumn(title, column, wxDATAVIEW_CELL_INERT, list->FromDIP(width), wxALIGN_LEFT,
                               wxDATAVIEW_COL_RESIZABLE);
    };
    add(_("When"), AuditListModel::col_time, 150);
    add(_("Who"), AuditListModel::col_operator, 80);
    add(_("Action"), AuditListModel::col_action, 60);
    if (with_record) add(_("Record"), AuditListModel::col_record, 150);
    add(_("Field"), AuditListModel::col_field, 160);
    add(_("Old value"), AuditListModel::col_old, with_record ? 190 : 220);
    add(_("New value"), AuditListModel::col_new, with_record ? 220 : 250);
    return list;
}

}  // namespace xuncha::app
