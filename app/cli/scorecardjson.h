#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cw {

struct Forecast;
struct MeasureDetail;
struct MeasurePoint;
struct ScorecardRow;
struct StatusOverride;

// QJsonObject builders for `cwb scorecard` and `cwb measure`. Keys are snake_case and stable;
// enum values use the storage names from toName(). Absent numbers are written as null, never 0.
// Values are in the measure's own units (counts, or percent 0–100). Later features may add keys
// but never rename or remove one.

// {"plan", "area", "as_of", "measures": [row, ...]}; `asOf` empty: null.
QJsonObject scorecardToJson(const QString &planCode, const QString &areaCode, const QString &asOf,
                            const QList<ScorecardRow> &rows);

// {"code", "title", "unit", "polarity", "priority": {"code", "title"}, "area",
//  "latest": {"period", "value", "sample_size"} or null, "baseline", "baseline_period",
//  "baseline_from_data", "target", "trajectory_value", "status", "status_reason",
//  "change": {...}, "spc": {"has_limits", "mean", "lower", "upper", "signals", "assurance",
//  "note"}, "comparator": {"flag", "note"}, "computed_status", "override", "sparkline": [...]}
// "status" is the effective status (the override's when there is one); "computed_status" is
// the one the data gives; "override" is null or overrideToJson().
QJsonObject scorecardRowToJson(const ScorecardRow &row);

// A forecast: {"method": "seasonal_regression", "level": 0.95, "fitted_to" (the origin month),
//  "fitted_months", "target_period" (the horizon), "trend_per_month", "residual_sd",
//  "points": [{"period", "value", "lower", "upper", "observed" (or null), "outside"}],
//  "outside": [periods observed outside the interval]}.
QJsonObject forecastToJson(const Forecast &forecast);

// An officer override in force: {"status", "note", "author", "at" (UTC, ISO 8601)}.
QJsonObject overrideToJson(const StatusOverride &entry);

// The row's keys, with "spc" in full ({"series", "phases", "signals", "assurance", "note"}) and
// "points", "monthly" (when the natural grain differs), "forecast" (forecastToJson(), or null
// with the reason in "forecast_note").
// The chart's indices ("first_index", …) refer to the array named by "spc.series": "monthly" for
// monthly counts (the chart is drawn over the months), "points" otherwise.
QJsonObject measureDetailToJson(const MeasureDetail &detail, const QString &asOf);

// The series the control chart of `detail` is drawn over: the monthly values when there are
// any (monthly counts), otherwise the points.
const QList<MeasurePoint> &chartPoints(const MeasureDetail &detail);

} // namespace cw
