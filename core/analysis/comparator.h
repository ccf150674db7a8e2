#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace cw {

// Comparator flag (statistics.md, "Comparators"): did the subject's count change better,
// the same or worse than a peer's over the same matched periods (a rolling 12 months
// against the 12 months a year earlier)?
//
// The test. With a = subject now, b = subject a year earlier, c = peer now, d = peer a year
// earlier, the ratio of the two rate ratios on the log scale is
//     L = ln((a / b) / (c / d)),   SE = √(1/a + 1/b + 1/c + 1/d),   z = L / SE
// (each count Poisson; the log of a count has variance ≈ 1/count). Exposure cancels: each
// area is compared with itself a year earlier, so populations are not needed for the test.
//
// The threshold. Under the Poisson model z is standard normal, but recorded crime counts are
// over-dispersed (their year-to-year variation is several times the Poisson variance: series
// move together with recording practice, reporting and events). We therefore flag a
// difference only when |z| > 3 (default `zThreshold`), the same bar statistics.md sets for
// two-period counts; with Poisson counts alone it would be p ≈ 0.0027.
//
// "Same". The flag is "same" when the difference is not significant (|z| ≤ 3) OR when the
// two percentage changes differ by no more than `tolerancePoints` (default 2 percentage
// points): with national counts in the tens of thousands, tiny differences are "significant"
// and not worth a flag. Otherwise the measure's polarity decides: for a LowerIsBetter measure
// a smaller rise (or bigger fall) than the peer's is "better". Never exact equality.
//
// Not available (with the reason in words): a missing count in either period for the
// subject or the peer, a zero count (the log ratio is undefined), a negative count, or a
// measure with no polarity.

enum class ComparatorFlag { Better, Same, Worse, NotAvailable };

QString toName(ComparatorFlag flag);              // "better", "same", "worse", "not_available"
QString comparatorFlagLabel(ComparatorFlag flag); // translated, for people

struct ComparatorOptions
{
    double zThreshold = 3.0;      // |z| must exceed this to differ (see above)
    double tolerancePoints = 2.0; // percentage changes this close are "same" whatever z says
};

// One area's counts for the matched period and the same period a year earlier.
struct ComparatorCounts
{
    QString areaCode;
    QString name;
    std::optional<double> current;
    std::optional<double> previous;
    std::optional<double> population; // residents, for the rate per 1,000 (context only)
};

struct PeerComparison
{
    QString areaCode;
    QString name;
    std::optional<double> current;
    std::optional<double> previous;
    std::optional<double> percentChange; // (current − previous) / previous × 100
    std::optional<double> ratePer1000;   // current / population × 1,000
    std::optional<double> logRatio;      // L above
    std::optional<double> standardError; // SE above
    std::optional<double> z;
    ComparatorFlag flag = ComparatorFlag::NotAvailable;
    QString reason; // why, in words (translated)
};

// Compares the subject with one peer.
PeerComparison comparePeer(const ComparatorCounts &subject, const ComparatorCounts &peer, Polarity polarity,
                           const ComparatorOptions &options = {});

// The subject's own percentage change and rate per 1,000 (absent when not computable).
std::optional<double> percentChange(const std::optional<double> &current,
                                    const std::optional<double> &previous);
std::optional<double> ratePer1000(const std::optional<double> &count,
                                  const std::optional<double> &population);

} // namespace cw
