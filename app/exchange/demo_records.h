#pragma once
// The demo county's personnel records beyond the cadre fields (format version 2): the office settings,
// trainings and their attendance, commendations, annual assessments, integrity opinions, pledges with
// a few scans, secondments in the earlier rounds of the 十五届县委 and declined ones, 后备干部, 一线工作经历,
// photos, and the lifecycle steps of the members admitted recently. Part of xuncha-demo-gen.

#include "app/exchange/dataset.h"
#include "model/date.h"

#include <cstdint>

namespace xuncha::app {

// Adds them to `dataset`, whose units, pools and people (with their memberships) are made already.
// Deterministic for a given dataset and seed; every date is on or before `as_of`, and the records
// give the annual review of `as_of`'s year findings of each kind (a 不称职 assessment, an integrity
// concern, a missing integrity opinion, someone who declined three times).
void add_demo_records(Dataset& dataset, const model::Date& as_of, std::uint64_t seed);

}  // namespace xuncha::app
