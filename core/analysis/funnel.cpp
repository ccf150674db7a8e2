#include "analysis/funnel.h"

#include <QCoreApplication>
#include <QLocale>

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::Funnel", text);
}

// The two-sided normal quantile for `coverage` (1.959964 for 0.95, 3.090232 for 0.998).
double twoSidedZ(double coverage)
{
    const boost::math::normal_distribution<double> normal;
    return boost::math::quantile(normal, 0.5 + coverage / 2.0);
}

// Quantile with linear interpolation between order statistics (R's default, type 7).
double quantile(QList<double> sorted, double p)
{
    std::sort(sorted.begin(), sorted.end());
    const double h = (double(sorted.size()) - 1.0) * p;
    const auto lo = qsizetype(std::floor(h));
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    return sorted.at(lo) + (h - double(lo)) * (sorted.at(hi) - sorted.at(lo));
}

} // namespace

double Funnel::Plot::limit(double exposure, double coverage, bool upper) const
{
    if (!valid || exposure <= 0)
        return std::nan("");
    const double scale = kind == Kind::Rate ? perUnits : 1.0;
    const double theta = target / scale; // per unit of exposure, or a proportion
    const double s2 = kind == Kind::Rate ? theta / exposure : theta * (1.0 - theta) / exposure;
    const double z = twoSidedZ(coverage);
    double value = 0;
    switch (adjustment) {
    case Adjustment::None:
        if (kind == Kind::Rate) {
            const double expected = theta * exposure;
            const double alpha = 1.0 - coverage;
            const double count = upper          ? boost::math::gamma_p_inv(expected + 1.0, 1.0 - alpha / 2.0)
                                 : expected > 0 ? boost::math::gamma_p_inv(expected, alpha / 2.0)
                                                : 0.0;
            value = count / exposure;
        } else {
            value = theta + (upper ? z : -z) * std::sqrt(s2);
        }
        break;
    case Adjustment::Additive:
        value = theta + (upper ? z : -z) * std::sqrt(s2 + tau2);
        break;
    case Adjustment::Multiplicative:
        value = theta + (upper ? z : -z) * std::sqrt(phi * s2);
        break;
    }
    value = std::max(0.0, value);
    if (kind == Kind::Proportion)
        value = std::min(1.0, value);
    return value * scale;
}

Funnel::Plot Funnel::compute(const QList<Input> &inputs, const Options &options)
{
    Plot result;
    result.kind = options.kind;
    result.perUnits = options.kind == Kind::Rate ? options.perUnits : 1.0;

    QList<Input> used;
    for (const Input &in : inputs) {
        if (in.exposure > 0 && std::isfinite(in.exposure) && std::isfinite(in.count) &&
            std::isfinite(in.value))
            used.append(in);
    }
    const auto n = used.size();
    if (n < 3) {
        result.note = tr("A funnel plot needs at least three areas with a size (residents or survey base).");
        return result;
    }

    // Target and each area's value, per unit of exposure (rates) or as a proportion.
    double numerator = 0;
    double exposureTotal = 0;
    for (const Input &in : std::as_const(used)) {
        numerator += options.kind == Kind::Rate ? in.count : in.value * in.exposure;
        exposureTotal += in.exposure;
    }
    const double theta = numerator / exposureTotal;
    if (options.kind == Kind::Proportion && (theta <= 0 || theta >= 1)) {
        result.note = tr("Every area has the same proportion (0% or 100%): there is nothing to compare.");
        return result;
    }
    if (options.kind == Kind::Rate && theta <= 0) {
        result.note = tr("No area has any events: there is nothing to compare.");
        return result;
    }
    result.target = theta * result.perUnits;

    // z-scores under the null, winsorised for the dispersion estimate.
    QList<double> y;
    QList<double> s2;
    QList<double> z;
    for (const Input &in : std::as_const(used)) {
        const double value = options.kind == Kind::Rate ? in.count / in.exposure : in.value;
        const double variance =
            options.kind == Kind::Rate ? theta / in.exposure : theta * (1.0 - theta) / in.exposure;
        y.append(value);
        s2.append(variance);
        z.append((value - theta) / std::sqrt(variance));
    }
    const double low = quantile(z, options.winsorise);
    const double high = quantile(z, 1.0 - options.winsorise);
    double sumZ2 = 0;
    for (const double zi : std::as_const(z)) {
        const double w = std::clamp(zi, low, high);
        sumZ2 += w * w;
    }
    const double I = double(n);
    result.phi = sumZ2 / I;
    const boost::math::chi_squared_distribution<double> chi(I - 1.0);
    result.chiSquareCritical = boost::math::quantile(chi, options.overdispersionLevel);
    const bool overdispersed = I * result.phi > result.chiSquareCritical;

    const QLocale locale;
    if (overdispersed && options.overdispersion == Adjustment::Additive) {
        double sumW = 0;
        double sumW2 = 0;
        for (const double v : std::as_const(s2)) {
            sumW += 1.0 / v;
            sumW2 += 1.0 / (v * v);
        }
        result.tau2 = std::max(0.0, (I * result.phi - (I - 1.0)) / (sumW - sumW2 / sumW));
        result.adjustment = Adjustment::Additive;
        const double tau = std::sqrt(result.tau2) * result.perUnits;
        result.note =
            options.kind == Kind::Rate
                ? tr("Limits widened for over-dispersion (additive random effects): φ = %1, τ = %2 "
                     "per %3 between areas.")
                      .arg(locale.toString(result.phi, 'f', 1), locale.toString(tau, 'f', 2),
                           locale.toString(result.perUnits, 'f', 0))
                : tr("Limits widened for over-dispersion (additive random effects): φ = %1, τ = %2 "
                     "points between areas.")
                      .arg(locale.toString(result.phi, 'f', 1), locale.toString(tau * 100.0, 'f', 1));
    } else if (overdispersed) {
        result.adjustment = Adjustment::Multiplicative;
        result.note = tr("Limits widened for over-dispersion (multiplicative): φ = %1.")
                          .arg(locale.toString(result.phi, 'f', 1));
    } else {
        result.note = options.kind == Kind::Rate
                          ? tr("Exact Poisson limits; the areas vary no more than chance would make them "
                               "(φ = %1).")
                                .arg(locale.toString(result.phi, 'f', 1))
                          : tr("Binomial limits (normal approximation); the areas vary no more than chance "
                               "would make them (φ = %1).")
                                .arg(locale.toString(result.phi, 'f', 1));
    }
    result.valid = true;

    for (qsizetype i = 0; i < n; ++i) {
        Point p;
        p.code = used.at(i).code;
        p.exposure = used.at(i).exposure;
        p.value = y.at(i) * result.perUnits;
        switch (result.adjustment) {
        case Adjustment::None:
            p.z = z.at(i);
            break;
        case Adjustment::Additive:
            p.z = (y.at(i) - theta) / std::sqrt(s2.at(i) + result.tau2);
            break;
        case Adjustment::Multiplicative:
            p.z = z.at(i) / std::sqrt(result.phi);
            break;
        }
        if (p.value > result.limit(p.exposure, 0.998, true))
            p.position = Position::Above998;
        else if (p.value > result.limit(p.exposure, 0.95, true))
            p.position = Position::Above95;
        else if (p.value < result.limit(p.exposure, 0.998, false))
            p.position = Position::Below998;
        else if (p.value < result.limit(p.exposure, 0.95, false))
            p.position = Position::Below95;
        result.points.append(p);
    }
    return result;
}

QString Funnel::toName(Position position)
{
    switch (position) {
    case Position::Within:
        return QStringLiteral("within");
    case Position::Above95:
        return QStringLiteral("above_95");
    case Position::Above998:
        return QStringLiteral("above_99.8");
    case Position::Below95:
        return QStringLiteral("below_95");
    case Position::Below998:
        return QStringLiteral("below_99.8");
    }
    return {};
}

QString Funnel::displayName(Position position)
{
    switch (position) {
    case Position::Within:
        return tr("within the limits");
    case Position::Above95:
        return tr("above the 95% limit");
    case Position::Above998:
        return tr("above the 99.8% limit");
    case Position::Below95:
        return tr("below the 95% limit");
    case Position::Below998:
        return tr("below the 99.8% limit");
    }
    return {};
}

} // namespace cw
