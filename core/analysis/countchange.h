#pragma once

#include "analysis/changeflag.h"
#include "domain/enums.h"

#include <QString>

#include <optional>

namespace cw {

class Period;

// Two-period comparison of counts with equal exposure (rolling 12 months against the previous
// 12, a quarter against the same quarter a year earlier, a financial year against the one before).
// Percentages here are percent (0–100), e.g. −20.0 for a fall of a fifth.

enum class CountTest { PoissonZ, ExactBinomial };

struct CountChangeOptions
{
    // The test used for the flag when both counts reach `minimumBase`. Below the base the exact
    // test is always used: the normal approximation is poor there (0 against 5 gives
    // z = −4.47, yet the exact two-sided p is 0.0625).
    CountTest test = CountTest::PoissonZ;
    // |z| must exceed this; counts are over-dispersed, so the bar is set high. Note that under
    // the null hypothesis 2(√current − √previous) has standard deviation √2, not 1 (each 2√X has
    // variance ≈ 1), so |z| > 3 is the same bar as a standard normal |z| > 2.12.
    double zThreshold = 3.0;
    // The exact test flags when p < alpha. The default, 2(1 − Φ(3/√2)) = 0.0339, is the
    // two-sided tail of |z| > 3 above, so both tests are equally strict.
    double alpha = 0.0338948535246893;
    qint64 minimumBase = 20; // below this in either period: absolute change only, no percentage
};

struct CountChange
{
    QString comparison; // e.g. "12 months to September 2024 against 12 months to September 2023"
    qint64 current = 0;
    qint64 previous = 0;
    std::optional<double> percent; // percent change (0–100 scale); absent below the base or from 0
    qint64 absoluteChange = 0;     // current − previous
    CountTest test = CountTest::PoissonZ;
    QString testName;     // "Poisson z" or "exact binomial" (translated)
    double statistic = 0; // z for Poisson z; the current count for the exact test
    double pValue = 1;    // two-sided; for Poisson z it is 2(1 − Φ(|z|/√2))
    double poissonZ = 0;  // 2(√current − √previous), always computed
    double exactP = 1;    // exact two-sided binomial p, always computed
    bool smallNumbers = false;
    ChangeFlag flag = ChangeFlag::InsufficientData;
};

// Compares `current` with `previous` (equal exposure). Negative counts or 0 against 0 give
// ChangeFlag::InsufficientData. Never throws.
CountChange compareCounts(const QString &comparison, qint64 current, qint64 previous, Polarity polarity,
                          const CountChangeOptions &options = {});

// z = 2(√current − √previous): the variance-stabilised difference of two Poisson counts.
double poissonZ(qint64 current, qint64 previous);

// Two-sided p of current ~ Binomial(current + previous, 0.5): 2 × the smaller tail, at most 1.
double exactBinomialP(qint64 current, qint64 previous);

// "<current label> against <previous label>" (translated), for CountChange::comparison.
QString comparisonLabel(const Period &current, const Period &previous);

} // namespace cw
