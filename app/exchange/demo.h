#pragma once
// The demo county, embedded in the programs at build time from assets/demo/.

#include "app/exchange/exchange.h"

#include <string_view>

namespace xuncha::app {

// The demo dataset as an exchange document.
std::string_view demo_dataset();

// Loads the demo county into an empty database. On a database that already holds people or units it
// writes nothing and reports a problem at "$" saying so.
ImportReport load_demo(db::Database& database);
// The same, checking dates against `today` instead of the local date.
ImportReport load_demo(db::Database& database, const model::Date& today);

}  // namespace xuncha::app
