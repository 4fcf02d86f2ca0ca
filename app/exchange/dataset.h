#pragma once
// The exchange document as values: what a file holds before it meets a database.

#include "model/person.h"
#include "model/pool.h"
#include "model/settings.h"
#include "model/specialty.h"
#include "model/training.h"
#include "model/unit.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace xuncha::app {

inline constexpr std::string_view exchange_format_name = "xuncha-exchange";
// Version 1: catalogues, units, people with work history, relatives and memberships.
// Version 2: the office settings, trainings, and the person's other records: photo, 后备干部, 一线工作经历,
// title level, membership steps, attendance, commendations, assessments, integrity opinions, pledges
// with scans, secondments and declined secondments; attachments travel inside the document in base64.
// A reader accepts every version up to its own; later versions only add keys and sections (version 3
// is to add `rounds` and `groups`).
inline constexpr int exchange_format_version = 2;

// Ids of units, people and trainings are the document's own: units, people and work history refer to
// units by them, attendance records to trainings. People refer to specialties and pools by the ids of
// the entries in `specialties` and `pools`; the file spells those references as names. Attachments
// (a photo, a pledge's scan) carry their bytes in `content`; their ids mean nothing here.
struct Dataset {
    std::string exported_at;  // "2026-11-28T17:30:05Z"; empty when not known
    std::string note;         // free text about the file ("虚构数据"); not stored in the database
    // The office's rule settings; absent from version 1 files (then the database's stay as they are).
    std::optional<model::OfficeSettings> settings;
    std::vector<model::Specialty> specialties;
    std::vector<model::Pool> pools;
    std::vector<model::Training> trainings;
    std::vector<model::Unit> units;
    std::vector<model::Person> people;

    bool operator==(const Dataset&) const = default;
};

// Positions in `units` such that every unit comes after its parent and its 主管部门, and otherwise the
// lowest id first. Units caught in a cycle (which validation refuses) come last, by id.
std::vector<std::size_t> dependency_order(std::span<const model::Unit> units);

}  // namespace xuncha::app
