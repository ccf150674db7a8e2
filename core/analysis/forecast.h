#pragma once

#include "domain/period.h"

#include <QList>
#include <QString>

#include <optional>

namespace cw {

// Seasonal forecast of a monthly series to a target date ("annual forecasts of crime against
// which we will compare performance"). Values are in the series' own units.
//
// Method (chosen over seasonal-naive with drift because it uses every year of history rather than
// one, so a single odd month does not carry into the forecast): ordinary least squares of
//     y_t = a + b·t + s_{month(t)} + e_t      (s_January = 0; 13 parameters, 12 without trend)
// on the months up to the origin. The 95% prediction interval is
//     ŷ₀ ± t_{0.975, n−p} · s · √(1 + x₀ᵀ(XᵀX)⁻¹x₀),
// s² = residual sum of squares / (n − p). Missing months are simply left out of the fit.

struct MonthlyValue
{
    Period month; // must be a Month period
    std::optional<double> value;
};

struct ForecastOptions
{
    double level = 0.95;    // prediction interval coverage
    int minimumMonths = 24; // present months needed up to the origin (two of each month of the year)
    bool trend = true;      // false: month-of-year means only
};

struct ForecastPoint
{
    Period month;
    double forecast = 0;
    double lower = 0;
    double upper = 0;
    std::optional<double> observed; // from the series, for months after the origin
    bool outside = false;           // observed lies outside [lower, upper]
};

struct Forecast
{
    bool valid = false;
    QString note; // why no forecast (translated)
    Period origin;
    int fittedMonths = 0;
    int degreesOfFreedom = 0;
    double trendPerMonth = 0;
    double residualSd = 0;
    QList<ForecastPoint> points; // every month after the origin up to the horizon

    int outsideCount() const;
};

// Fits on the months of `series` up to and including `origin` and forecasts each month from the
// one after `origin` to `horizon`. Observed values after the origin are attached and flagged when
// outside the interval. Invalid (with a note) when the periods are not months, fewer than
// `minimumMonths` values are present, a month of the year never occurs, or horizon ≤ origin.
Forecast seasonalForecast(const QList<MonthlyValue> &series, const Period &origin, const Period &horizon,
                          const ForecastOptions &options = {});

} // namespace cw
