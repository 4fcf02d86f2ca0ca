#pragma once
// The selected person, read-only: the photo and every field laid out, the ID number masked until
// "Show" is pressed, then memberships, work history, relatives, assessments, secondments and pledges.

#include "app/gui/attachment_file.h"
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
    AttachmentLoader load_attachment;  // for the photo; none: no thumbnail
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
    wxString pool_name(const std::optional<model::PoolId>& id) const;
    wxBitmap photo_thumbnail(const model::Person& person);

    DetailLookups m_lookups;
    std::optional<model::Person> m_person;
    bool m_id_revealed = false;
    // The last photo shown, so that a rebuild (Show/Hide of the ID number) does not read it again.
    model::AttachmentId m_photo_id;
    wxBitmap m_photo;
};

}  // namespace xuncha::app
