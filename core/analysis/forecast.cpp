#include "analysis/forecast.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <boost/math/distributions/students_t.hpp>

#include <QCoreApplication>
#include <QHash>

namespace cw {

namespace {

using Matrix = std::vector<std::vector<double>>;

int monthNumber(const Period &p)
{
    return p.start().year() * 12 + p.start().month() - 1;
}

// Design row: intercept, trend (centred), then month-of-year indicators for February–December.
std::vector<double> row(int t, double centre, int monthOfYear, bool trend)
{
    std::vector<double> x{1.0};
    if (trend)
        x.push_back(t - centre);
    for (int m = 1; m < 12; ++m)
        x.push_back(monthOfYear == m ? 1.0 : 0.0);
    return x;
}

// Gauss–Jordan inverse with partial pivoting; false when (near) singular.
bool invert(Matrix a, Matrix &inverse)
{
    const std::size_t n = a.size();
    inverse.assign(n, std::vector<double>(n, 0.0));
    for (std::size_t i = 0; i < n; ++i)
        inverse[i][i] = 1.0;
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t r = col + 1; r < n; ++r) {
            if (std::abs(a[r][col]) > std::abs(a[pivot][col]))
                pivot = r;
        }
        if (std::abs(a[pivot][col]) < 1e-9)
            return false;
        std::swap(a[col], a[pivot]);
        std::swap(inverse[col], inverse[pivot]);
        const double d = a[col][col];
        for (std::size_t k = 0; k < n; ++k) {
            a[col][k] /= d;
            inverse[col][k] /= d;
        }
        for (std::size_t r = 0; r < n; ++r) {
            if (r == col || a[r][col] == 0.0)
                continue;
            const double f = a[r][col];
            for (std::size_t k = 0; k < n; ++k) {
                a[r][k] -= f * a[col][k];
                inverse[r][k] -= f * inverse[col][k];
            }
        }
    }
    return true;
}

double quadratic(const Matrix &m, const std::vector<double> &x)
{
    double sum = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        for (std::size_t j = 0; j < x.size(); ++j)
            sum += x[i] * m[i][j] * x[j];
    }
    return sum;
}

Forecast refuse(Forecast f, const char *why)
{
    f.note = QCoreApplication::translate("cw::Forecast", why);
    return f;
}

} // namespace

int Forecast::outsideCount() const
{
    return static_cast<int>(
        std::count_if(points.cbegin(), points.cend(), [](const ForecastPoint &p) { return p.outside; }));
}

Forecast seasonalForecast(const QList<MonthlyValue> &series, const Period &origin, const Period &horizon,
                          const ForecastOptions &options)
{
    Forecast f;
    f.origin = origin;
    if (origin.kind() != Period::Kind::Month || horizon.kind() != Period::Kind::Month || !origin.isValid())
        return refuse(f, QT_TRANSLATE_NOOP("cw::Forecast", "Forecasts need monthly periods."));
    if (!(origin < horizon))
        return refuse(f,
                      QT_TRANSLATE_NOOP("cw::Forecast", "The target date is not after the forecast origin."));

    std::vector<int> times;
    std::vector<double> ys;
    QHash<int, double> observed; // month number → value, after the origin
    for (const MonthlyValue &v : series) {
        if (v.month.kind() != Period::Kind::Month)
            return refuse(f, QT_TRANSLATE_NOOP("cw::Forecast", "Forecasts need monthly periods."));
        if (!v.value)
            continue;
        if (v.month < origin || v.month == origin) {
            times.push_back(monthNumber(v.month));
            ys.push_back(*v.value);
        } else {
            observed.insert(monthNumber(v.month), *v.value);
        }
    }
    const int n = static_cast<int>(ys.size());
    const int p = options.trend ? 13 : 12;
    f.fittedMonths = n;
    if (n < std::max(options.minimumMonths, p + 1))
        return refuse(f, QT_TRANSLATE_NOOP("cw::Forecast",
                                           "Too few months before the origin for a seasonal forecast."));

    double centre = 0;
    for (int t : times)
        centre += t;
    centre /= n;

    Matrix xtx(p, std::vector<double>(p, 0.0));
    std::vector<double> xty(p, 0.0);
    std::vector<std::vector<double>> rows;
    for (int i = 0; i < n; ++i) {
        rows.push_back(row(times[i], centre, times[i] % 12, options.trend));
        for (int a = 0; a < p; ++a) {
            xty[a] += rows.back()[a] * ys[i];
            for (int b = 0; b < p; ++b)
                xtx[a][b] += rows.back()[a] * rows.back()[b];
        }
    }
    Matrix inverse;
    if (!invert(xtx, inverse))
        return refuse(
            f, QT_TRANSLATE_NOOP("cw::Forecast", "Some month of the year has no data before the origin."));
    std::vector<double> beta(p, 0.0);
    for (int a = 0; a < p; ++a) {
        for (int b = 0; b < p; ++b)
            beta[a] += inverse[a][b] * xty[b];
    }
    auto fitted = [&](const std::vector<double> &x) {
        double y = 0;
        for (int a = 0; a < p; ++a)
            y += beta[a] * x[a];
        return y;
    };
    double rss = 0;
    for (int i = 0; i < n; ++i)
        rss += std::pow(ys[i] - fitted(rows[i]), 2);

    f.valid = true;
    f.degreesOfFreedom = n - p;
    f.residualSd = std::sqrt(rss / f.degreesOfFreedom);
    f.trendPerMonth = options.trend ? beta[1] : 0.0;
    const boost::math::students_t_distribution<double> student(f.degreesOfFreedom);
    const double tq = boost::math::quantile(student, 0.5 + options.level / 2.0);

    for (Period m = origin.next(); !(horizon < m); m = m.next()) {
        const int t = monthNumber(m);
        const std::vector<double> x = row(t, centre, t % 12, options.trend);
        ForecastPoint point;
        point.month = m;
        point.forecast = fitted(x);
        const double half = tq * f.residualSd * std::sqrt(1.0 + quadratic(inverse, x));
        point.lower = point.forecast - half;
        point.upper = point.forecast + half;
        if (observed.contains(t)) {
            point.observed = observed.value(t);
            point.outside = *point.observed < point.lower || *point.observed > point.upper;
        }
        f.points.append(point);
    }
    return f;
}

} // namespace cw
