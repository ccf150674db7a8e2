#pragma once

#include "analysis/changeflag.h"
#include "domain/enums.h"
#include "domain/period.h"

#include <QString>

namespace cw {

// Survey proportions (PAS, User Satisfaction Survey, CSEW). UNITS: every proportion, interval
// bound and difference in this file is a proportion 0–1 (as survey observations are stored),
// not a percentage; multiply by 100 for display ("points" for differences).

struct ProportionOptions
{
    double designEffect = 1.0; // per survey; variance × deff, i.e. effective n = n / deff
    double confidence = 0.95;  // for intervals and (as 1 − confidence) the significance level
    double suppressBelow = 50; // n below this: suppress (no estimate shown, no test)
    double cautionBelow = 100; // n below this: show with a caution mark
};

enum class BaseQuality { Suppressed, Caution, Adequate };

// One survey result: the proportion and its unweighted base n. `baseAssumed` marks a base that
// is the survey's published typical base because the source gave none (the chart must say so).
struct SurveyResult
{
    Period period;
    double proportion = 0;
    double base = 0;
    bool baseAssumed = false;
};

struct ProportionEstimate
{
    double proportion = 0;
    double base = 0;
    double effectiveBase = 0; // base / design effect
    double lower = 0;         // Wilson score interval on the effective base
    double upper = 0;
    BaseQuality quality = BaseQuality::Adequate;
    bool baseAssumed = false;
};

// A difference a − b with its standard error and interval (used for changes and gaps).
struct ProportionDifference
{
    double difference = 0;
    double standardError = 0; // unpooled, on effective bases
    double lower = 0;
    double upper = 0;
    double z = 0;      // test statistic (see the functions for which SE it uses)
    double pValue = 1; // two-sided
    bool significant = false;
    ChangeFlag flag = ChangeFlag::InsufficientData;
    QString note; // why nothing was tested, when flag is InsufficientData
};

// Wilson score interval for `proportion` (0–1) on base `base`, with the design effect applied.
// Quality from the raw (not effective) base against the options' minimum bases.
ProportionEstimate wilsonInterval(double proportion, double base, const ProportionOptions &options = {});
ProportionEstimate estimate(const SurveyResult &result, const ProportionOptions &options = {});

// Two-proportion z-test of current against previous. The periods must not overlap: consecutive
// rolling windows share most interviews, so overlapping periods are refused (InsufficientData
// with a note), as are suppressed bases. The test uses the pooled proportion; the interval of the
// difference uses the unpooled SE. Flag by polarity.
ProportionDifference compareProportions(const SurveyResult &current, const SurveyResult &previous,
                                        Polarity polarity, const ProportionOptions &options = {});

// Gap between a group and a reference (group − reference) with its interval, treating the two
// samples as independent. When the group is part of the reference (young Black women within all
// Londoners) the true variance is smaller, so this interval is conservative. The flag is
// SignificantChange when the interval excludes 0 (a gap is not good or bad by itself).
ProportionDifference gap(const SurveyResult &group, const SurveyResult &reference,
                         const ProportionOptions &options = {});

// Change in a gap between two non-overlapping periods: difference-in-differences
// (gapNow − gapBefore), SE = √(SEnow² + SEbefore²), z = DiD / SE. A significant narrowing (|gap|
// smaller) is an improvement and a widening a deterioration.
ProportionDifference gapChange(const ProportionDifference &gapNow, const ProportionDifference &gapBefore,
                               const ProportionOptions &options = {});

// True when the two periods share any day.
bool periodsOverlap(const Period &a, const Period &b);

} // namespace cw
