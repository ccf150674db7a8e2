#pragma once

#include "domain/enums.h"
#include "domain/period.h"

#include <QString>

#include <optional>

namespace cw {

// Numbers in a measure's own unit, for people, in the current locale: counts as whole numbers
// ("12,345"), percentages with one decimal ("56.8%"), points as "+1.2 pts". Values are in the
// units of MeasurePoint (percent 0–100 for percentage measures).
class MeasureFormat
{
public:
    static QString value(double value, Unit unit);
    // The value, or `missing` (an en dash by default) when absent.
    static QString value(const std::optional<double> &value, Unit unit, const QString &missing = {});
    // A signed change: "+8.2%" (percent change), "−1.5 pts" (points).
    static QString percentChange(double percent);
    static QString pointsChange(double points);
    static QString pValue(double p); // "p < 0.001", "p = 0.042"
    // A period in few words, for tables: "Dec 2025", "Q4 2025", "2024/25", "year to Dec 2025".
    static QString shortPeriod(const Period &period);
    // The same for a period key; the key itself when it is not one.
    static QString shortPeriod(const QString &key);
};

} // namespace cw
