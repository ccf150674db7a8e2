#pragma once

#include <optional>
#include <string_view>

namespace cw::numbers {

// Strict number parsing for importers: optional sign, digits, one decimal separator
// ('.' or, with decimalComma, ','), no thousands separators, no spaces, no exponent
// surprises ("1e3" is refused), finite. Empty text is not a number.
std::optional<double> parseDecimal(std::string_view text, bool decimalComma = false);

// A non-negative whole number (a count). "-3", "2.5", "" and "12a" are refused.
std::optional<long long> parseCount(std::string_view text);

} // namespace cw::numbers
