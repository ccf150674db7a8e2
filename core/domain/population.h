#pragma once

namespace cw {

// The indicator that holds resident population (ONS mid-year estimates, one value per area and
// calendar year): written by the `population` importer and the demo data, read wherever rates
// per 1,000 residents are worked out. Any source may supply it (e.g. a tidy CSV), as with any
// other indicator.
inline constexpr char populationIndicatorKey[] = "ons.mye:Population";

} // namespace cw
