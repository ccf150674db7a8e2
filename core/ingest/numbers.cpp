#include "ingest/numbers.h"

#include <charconv>
#include <cmath>
#include <string>

namespace cw::numbers {

std::optional<double> parseDecimal(std::string_view text, bool decimalComma)
{
    if (text.empty() || text.size() > 64)
        return std::nullopt;
    const char separator = decimalComma ? ',' : '.';
    std::string normal;
    normal.reserve(text.size());
    bool digits = false;
    bool seenSeparator = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            digits = true;
            normal.push_back(c);
        } else if ((c == '-' || c == '+') && i == 0) {
            if (c == '-')
                normal.push_back(c);
        } else if (c == separator && !seenSeparator) {
            seenSeparator = true;
            normal.push_back('.');
        } else {
            return std::nullopt;
        }
    }
    if (!digits)
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(normal.data(), normal.data() + normal.size(), value);
    if (error != std::errc() || end != normal.data() + normal.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<long long> parseCount(std::string_view text)
{
    if (text.empty() || text.size() > 18)
        return std::nullopt;
    long long value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace cw::numbers
