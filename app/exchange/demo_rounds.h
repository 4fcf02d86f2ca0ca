#pragma once
// The demo county's rounds (format version 3): the ten earlier rounds of the 十五届县委, archived, with
// the groups and members their secondment records name; a draft round, 十五届县委第十一轮巡察, whose
// groups hold real avoidance conflicts of several rules; units' profile flags; a few avoidance cases.
// Part of xuncha-demo-gen.

#include "app/exchange/dataset.h"
#include "model/date.h"

#include <cstdint>

namespace xuncha::app {

// Adds them to `dataset`, whose units (with leaders), people and records are made already.
// Deterministic for a given dataset and seed; every date a record says happened is on or before `as_of`.
void add_demo_rounds(Dataset& dataset, const model::Date& as_of, std::uint64_t seed);

}  // namespace xuncha::app
