#pragma once
// The selected person, read-only: every field laid out, the ID number masked until "Show" is pressed,
// then memberships, work history and relatives.

#include "model/person.h"
#include "model/specialty.h"
#include "model/unit.h"

#include <wx/scrolwin.h>

#include <optional>
#include <vector>

namespace xuncha::app {

struct DetailLookups {
    const std::vector<model::Unit>* units = nullptr;
    const std::vector<model::Pool>* pools = nullptr;
    const std::vector<model::Specialty>* specialties = nullptr;
};

class PersonDetailPanel : public wxScrolledWindow {
public:
    PersonDetailPanel(wxWindow* parent, DetailLookups lookups);

    // Shows `person`, or an invitation to choose one.
    void show(const std::optional<model::Person>& person);
    const std::optional<model::Person>& shown() const { return m_person; }

private:
    void rebuild();
    wxString unit_name(const std::optional<model::UnitId>& id, const std::string& fallback) const;

    DetailLookups m_lookups;
    std::optional<model::Person> m_person;
    bool m_id_revealed = false;
};

}  // namespace xuncha::app
