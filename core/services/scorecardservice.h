#pragma once

#include "analysis/changeflag.h"
#include "analysis/controlchart.h"
#include "analysis/forecast.h"
#include "analysis/measureseries.h"
#include "analysis/trajectory.h"
#include "domain/plan.h"
#include "domain/statusoverride.h"
#include "util/result.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <optional>

namespace cw {

class ComparatorService;
class Database;
class ObservationCache;

// The change part of a status: the default comparison for the measure (rolling 12 months
// against the previous 12 for counts; this year's survey window against last year's, which
// do not overlap, for proportions), its test and flag.
struct ChangeSummary
{
    QString comparison;
    std::optional<double> current;
    std::optional<double> previous;
    std::optional<double> percent; // percent change (counts) — absent below the small-number base
    std::optional<double> points;  // difference in percentage points (proportions)
    QString test;                  // "Poisson z", "exact binomial", "two-proportion z"
    std::optional<double> statistic;
    std::optional<double> pValue;
    ChangeFlag flag = ChangeFlag::InsufficientData;
    QString note;
};

// The control-chart part: the latest phase's centre and limits, signals in the latest phase,
// and assurance against the target. For monthly counts the chart is over the months (so the
// values are monthly counts); otherwise over the scorecard's points.
struct SpcSummary
{
    bool hasLimits = false;
    double mean = 0;
    double lower = 0;
    double upper = 0;
    QStringList signalNames; // e.g. "beyond_limit:concern"
    Assurance assurance = Assurance::NotApplicable;
    QString note;
};

// Comparison with England and Wales and the comparator forces on matched periods.
struct ComparatorSummary
{
    QString flag = QStringLiteral("not_available"); // better | same | worse | not_available
    QString note;
};

// One measure's line on the scorecard, with every part of its status.
struct ScorecardRow
{
    Measure measure;
    QString priorityCode;
    QString priorityTitle;
    QString areaCode;
    std::optional<MeasurePoint> latest; // in the measure's units, at the scorecard grain
    std::optional<double> baselineValue;
    QString baselinePeriod;
    bool baselineFromData = false; // the Plan published none; computed from the data
    std::optional<double> targetValue;
    Trajectory trajectory;
    TrajectoryAssessment status;
    ChangeSummary change;
    SpcSummary spc;
    ComparatorSummary comparator;
    QList<double> sparkline; // the last 24 points at the scorecard grain
    // Officer judgement in force (status.officerStatus/officerNote carry it too; status.status
    // and status.reason stay the computed ones). Absent when none, or the newest entry is a clear.
    std::optional<StatusOverride> statusOverride;
};

struct ScorecardOptions
{
    QString planCode;                               // empty: the first plan (the newest built-in one)
    QString areaCode = QStringLiteral("E23000001"); // the force area by default
    QString asOf;                                   // month key "YYYY-MM": ignore data after it
    qint64 asOfBatch = 0;                           // reproduce the data as of a batch (0: current)
    // Officer overrides apply when made by the end of the `asOf` month (UTC) and, with
    // `asOfBatch`, before the next batch was imported: a past view never shows a later judgement.
};

// A measure in full, for the explorer and `cwb measure`.
struct MeasureDetail
{
    ScorecardRow row;
    QList<MeasurePoint> points;              // at the scorecard grain (rolling 12 months for monthly counts)
    QList<MeasurePoint> monthly;             // the natural grain (monthly counts), when different
    XmrChart chart;                          // over `monthly` when present, else over `points`
    QList<std::optional<double>> trajectory; // trajectory value per point of `points`
    // Seasonal forecast of `monthly` with its 95% prediction interval (see measureForecast());
    // invalid, with a note, when there is none.
    Forecast forecast;
};

// Performance against the Plan: series, trajectory, status, change, control chart.
class ScorecardService : public QObject
{
    Q_OBJECT

public:
    // `cache` (may be null: always read the database) must outlive the service; the current
    // vintage is read from it, an earlier one (options.asOfBatch) from the database.
    explicit ScorecardService(Database &db, const ObservationCache *cache = nullptr,
                              QObject *parent = nullptr);

    Result<QList<ScorecardRow>> scorecard(const ScorecardOptions &options) const;
    // The scorecard in each of `areaCodes` (options.areaCode is ignored), in that order.
    Result<QList<QList<ScorecardRow>>> scorecards(const ScorecardOptions &options,
                                                  const QStringList &areaCodes) const;

    Result<MeasureDetail> measure(const QString &measureCode, const ScorecardOptions &options) const;
    // One measure in each of `areaCodes` (options.areaCode is ignored), in that order.
    Result<QList<MeasureDetail>> measureInAreas(const QString &measureCode, const ScorecardOptions &options,
                                                const QStringList &areaCodes) const;

    // Forgets the plans read so far (the workspace calls it when the plan service changes a
    // plan, priority or measure); the next call reads them again.
    void invalidatePlans();

    // Where the comparator part of a status comes from (may be null: "not available"). It
    // must outlive the service or be reset first.
    void setComparators(const ComparatorService *comparators) { m_comparators = comparators; }

private:
    QList<Plan> plans() const; // read once, then kept until invalidatePlans()
    void fillComparator(ScorecardRow &row, const ScorecardOptions &options) const;

    Database &m_db;
    const ObservationCache *m_cache = nullptr;
    const ComparatorService *m_comparators = nullptr;
    mutable QMutex m_plansMutex;
    mutable std::optional<QList<Plan>> m_plans;
};

} // namespace cw
