#pragma once

#include "analysis/measureseries.h"
#include "domain/enums.h"
#include "domain/pack.h"
#include "services/scorecardservice.h"

#include <QString>

namespace cw {

// What a key fact is generated from: one measure in one area, its change summary (the
// comparison made, with its test and flag) and its latest value.
struct KeyFactInput
{
    QString measureTitle; // e.g. "Robbery"; used as the sentence's subject
    Unit unit = Unit::Count;
    Polarity polarity = Polarity::LowerIsBetter;
    QString areaCode;
    QString areaName;      // e.g. "London" or "Camden"; empty: not mentioned
    QString currentLabel;  // e.g. "the 12 months to January 2025"
    QString previousLabel; // e.g. "the previous 12 months"
};

// Writes a key fact in plain English, UK style, e.g.
//   "Robbery fell 8% in the 12 months to January 2025 compared with the previous 12 months
//    (24,310 against 26,424); the fall is statistically significant."
// Counts: a percentage (rounded to a whole number, or one decimal below 1%) when both periods
// reach the small-number base, else the absolute change ("rose by 4, from 12 to 16").
// Proportions and ratios: the change in percentage points ("rose 2.1 points to 67%").
// "is statistically significant" / "is not statistically significant" follows the flag;
// InsufficientData says so and gives no change. Fills the numbers of the result from `change`.
KeyFact generateKeyFact(const KeyFactInput &input, const ChangeSummary &change,
                        const std::optional<MeasurePoint> &latest);

// How a period reads in a key fact: "the 12 months to January 2025", "Q1 2025", "2024/25",
// "January 2025".
QString periodPhrase(const Period &period);
// How the period compared with reads: "the previous 12 months" for a rolling year against the
// one just before it, otherwise periodPhrase(previous).
QString previousPeriodPhrase(const Period &current, const Period &previous);

} // namespace cw
