#include "analysis/proportion.h"

#include <algorithm>
#include <cmath>

#include <boost/math/distributions/normal.hpp>

#include <QCoreApplication>

namespace cw {

namespace {

double criticalZ(double confidence)
{
    const boost::math::normal_distribution<double> normal;
    return boost::math::quantile(normal, 0.5 + confidence / 2.0);
}

double twoSidedP(double z)
{
    const boost::math::normal_distribution<double> normal;
    return 2.0 * boost::math::cdf(boost::math::complement(normal, std::abs(z)));
}

double deff(const ProportionOptions &options)
{
    return options.designEffect > 0 ? options.designEffect : 1.0;
}

// Fills the interval, z and p of a difference from its SE.
void finish(ProportionDifference &d, const ProportionOptions &options)
{
    const double zc = criticalZ(options.confidence);
    d.lower = d.difference - zc * d.standardError;
    d.upper = d.difference + zc * d.standardError;
    if (d.z == 0 && d.standardError > 0)
        d.z = d.difference / d.standardError;
    d.pValue = d.standardError > 0 ? twoSidedP(d.z) : 1.0;
    d.significant = d.pValue < 1.0 - options.confidence;
}

ProportionDifference refused(const QString &note)
{
    ProportionDifference d;
    d.flag = ChangeFlag::InsufficientData;
    d.note = note;
    return d;
}

} // namespace

bool periodsOverlap(const Period &a, const Period &b)
{
    return a.start() <= b.end() && b.start() <= a.end();
}

ProportionEstimate wilsonInterval(double proportion, double base, const ProportionOptions &options)
{
    ProportionEstimate e;
    e.proportion = proportion;
    e.base = base;
    e.effectiveBase = base / deff(options);
    e.quality = base < options.suppressBelow  ? BaseQuality::Suppressed
                : base < options.cautionBelow ? BaseQuality::Caution
                                              : BaseQuality::Adequate;
    if (e.effectiveBase <= 0) {
        e.lower = 0;
        e.upper = 1;
        return e;
    }
    // Wilson: (p + z²/2n ± z√(p(1−p)/n + z²/4n²)) / (1 + z²/n), n the effective base.
    const double z = criticalZ(options.confidence);
    const double n = e.effectiveBase;
    const double z2 = z * z;
    const double centre = (proportion + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z / (1 + z2 / n) * std::sqrt(proportion * (1 - proportion) / n + z2 / (4 * n * n));
    e.lower = std::max(0.0, centre - half);
    e.upper = std::min(1.0, centre + half);
    return e;
}

ProportionEstimate estimate(const SurveyResult &result, const ProportionOptions &options)
{
    ProportionEstimate e = wilsonInterval(result.proportion, result.base, options);
    e.baseAssumed = result.baseAssumed;
    return e;
}

ProportionDifference compareProportions(const SurveyResult &current, const SurveyResult &previous,
                                        Polarity polarity, const ProportionOptions &options)
{
    if (periodsOverlap(current.period, previous.period)) {
        return refused(QCoreApplication::translate(
            "cw::Proportion",
            "The periods overlap and share interviews, so they are not tested against each other."));
    }
    if (current.base < options.suppressBelow || previous.base < options.suppressBelow) {
        return refused(
            QCoreApplication::translate("cw::Proportion", "A base is below %1, so the change is not tested.")
                .arg(options.suppressBelow));
    }
    const double n1 = current.base / deff(options);
    const double n2 = previous.base / deff(options);
    const double p1 = current.proportion;
    const double p2 = previous.proportion;
    ProportionDifference d;
    d.difference = p1 - p2;
    d.standardError = std::sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
    // Under the null both periods share one proportion: pool it for the test's SE.
    const double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    const double pooledSe = std::sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    d.z = pooledSe > 0 ? d.difference / pooledSe : 0.0;
    finish(d, options);
    if (pooledSe <= 0) { // both 0% or both 100%: nothing moved
        d.pValue = 1.0;
        d.significant = false;
    }
    d.flag = changeFlagFor(d.difference, d.significant, polarity);
    return d;
}

ProportionDifference gap(const SurveyResult &group, const SurveyResult &reference,
                         const ProportionOptions &options)
{
    if (group.base < options.suppressBelow || reference.base < options.suppressBelow) {
        return refused(
            QCoreApplication::translate("cw::Proportion", "A base is below %1, so the gap is not tested.")
                .arg(options.suppressBelow));
    }
    const double n1 = group.base / deff(options);
    const double n2 = reference.base / deff(options);
    const double p1 = group.proportion;
    const double p2 = reference.proportion;
    ProportionDifference d;
    d.difference = p1 - p2;
    d.standardError = std::sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
    finish(d, options);
    d.flag = d.significant ? ChangeFlag::SignificantChange : ChangeFlag::NoSignificantChange;
    return d;
}

ProportionDifference gapChange(const ProportionDifference &gapNow, const ProportionDifference &gapBefore,
                               const ProportionOptions &options)
{
    if (gapNow.flag == ChangeFlag::InsufficientData || gapBefore.flag == ChangeFlag::InsufficientData) {
        return refused(QCoreApplication::translate(
            "cw::Proportion", "One of the gaps could not be estimated, so its change is not tested."));
    }
    ProportionDifference d;
    d.difference = gapNow.difference - gapBefore.difference;
    d.standardError = std::sqrt(gapNow.standardError * gapNow.standardError +
                                gapBefore.standardError * gapBefore.standardError);
    finish(d, options);
    const bool narrowed = std::abs(gapNow.difference) < std::abs(gapBefore.difference);
    if (!d.significant || d.difference == 0)
        d.flag = ChangeFlag::NoSignificantChange;
    else
        d.flag = narrowed ? ChangeFlag::SignificantImprovement : ChangeFlag::SignificantDeterioration;
    return d;
}

} // namespace cw
