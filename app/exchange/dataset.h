#pragma once
// The exchange document as values: what a file holds before it meets a database.

#include "model/avoidance_case.h"
#include "model/person.h"
#include "model/pool.h"
#include "model/round.h"
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
// Version 3: units' leadership members and profile flags, the avoidance rules in the settings, rounds with
// their groups (covered units, members with roles and duties) and avoidance cases.
// A reader accepts every version up to its own; later versions only add keys and sections.
inline constexpr int exchange_format_version = 3;

// Ids of units, people, trainings, rounds and groups are the document's own: units, people and work
// history refer to units by them, attendance records to trainings, unit leaders, group members and
// avoidance cases to people, avoidance cases to rounds and groups. People refer to specialties and pools
// by the ids of the entries in `specialties` and `pools`; the file spells those references as names. Attachments
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
    std::vector<model::Round> rounds;                   // version 3
    std::vector<model::AvoidanceCase> avoidance_cases;  // version 3; their ids mean nothing here

    bool operator==(const Dataset&) const = default;
};

// Positions in `units` such that every unit comes after its parent and its 主管部门, and otherwise the
// lowest id first. Units caught in a cycle (which validation refuses) come last, by id.
std::vector<std::size_t> dependency_order(std::span<const model::Unit> units);

}  // namespace xuncha::app
