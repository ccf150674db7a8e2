#include "analysis/countchange.h"

#include <algorithm>
#include <cmath>

#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/normal.hpp>

#include <QCoreApplication>

#include "domain/period.h"

namespace cw {

double poissonZ(qint64 current, qint64 previous)
{
    return 2.0 * (std::sqrt(static_cast<double>(current)) - std::sqrt(static_cast<double>(previous)));
}

double exactBinomialP(qint64 current, qint64 previous)
{
    const qint64 trials = current + previous;
    if (trials <= 0)
        return 1.0;
    const boost::math::binomial_distribution<double> dist(static_cast<double>(trials), 0.5);
    const auto k = static_cast<double>(current);
    const double lower = boost::math::cdf(dist, k);                                            // P(X ≤ k)
    const double upper = k > 0 ? boost::math::cdf(boost::math::complement(dist, k - 1)) : 1.0; // P(X ≥ k)
    // With p = 0.5 the distribution is symmetric, so doubling the smaller tail equals the
    // "as or less likely" two-sided p that R's binom.test reports.
    return std::min(1.0, 2.0 * std::min(lower, upper));
}

QString comparisonLabel(const Period &current, const Period &previous)
{
    return QCoreApplication::translate("cw::CountChange", "%1 against %2")
        .arg(current.label(), previous.label());
}

CountChange compareCounts(const QString &comparison, qint64 current, qint64 previous, Polarity polarity,
                          const CountChangeOptions &options)
{
    CountChange result;
    result.comparison = comparison;
    result.current = current;
    result.previous = previous;
    result.absoluteChange = current - previous;
    result.test = options.test;
    if (current < 0 || previous < 0 || current + previous == 0) {
        result.flag = ChangeFlag::InsufficientData;
        result.testName = QCoreApplication::translate("cw::CountChange", "none (no events in either period)");
        return result;
    }

    result.smallNumbers = current < options.minimumBase || previous < options.minimumBase;
    if (!result.smallNumbers && previous > 0)
        result.percent = 100.0 * static_cast<double>(current - previous) / static_cast<double>(previous);

    result.poissonZ = poissonZ(current, previous);
    result.exactP = exactBinomialP(current, previous);

    bool significant = false;
    if (options.test == CountTest::PoissonZ && !result.smallNumbers) {
        const boost::math::normal_distribution<double> normal;
        result.testName = QCoreApplication::translate("cw::CountChange", "Poisson z");
        result.statistic = result.poissonZ;
        result.pValue =
            2.0 *
            boost::math::cdf(boost::math::complement(normal, std::abs(result.poissonZ) / std::sqrt(2.0)));
        significant = std::abs(result.poissonZ) > options.zThreshold;
    } else {
        result.test = CountTest::ExactBinomial;
        result.testName = QCoreApplication::translate("cw::CountChange", "exact binomial");
        result.statistic = static_cast<double>(current);
        result.pValue = result.exactP;
        significant = result.exactP < options.alpha;
    }
    result.flag = changeFlagFor(static_cast<double>(result.absoluteChange), significant, polarity);
    return result;
}

} // namespace cw
