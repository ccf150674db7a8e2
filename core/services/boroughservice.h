#pragma once

#include "analysis/funnel.h"
#include "analysis/measureseries.h"
#include "domain/area.h"
#include "services/scorecardservice.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace cw {

class Database;

// One borough's line in the borough comparison of a measure.
struct BoroughRow
{
    QString code; // GSS code
    QString name;
    std::optional<TilePosition> tile;
    MeasurePoint latest; // as the scorecard shows it (rolling 12 months for monthly counts)
    // Residents in the mid-year estimate for `populationYear` (the calendar year in the middle
    // of the latest period, or the nearest earlier year published: `populationEarlier`).
    std::optional<double> population;
    int populationYear = 0;
    bool populationEarlier = false;
    std::optional<double> rate; // per 1,000 residents (count measures with a population)
    ChangeSummary change;       // from the scorecard: percent (counts) or points (proportions), flag
    TrajectoryStatus status = TrajectoryStatus::InsufficientData; // effective status of the row
    QString statusReason;
    std::optional<double> funnelZ; // when the borough is on the funnel plot
    Funnel::Position position = Funnel::Position::Within;
    QList<MeasurePoint> series; // the last 36 points at the scorecard grain, for small multiples
};

// A measure across the boroughs: the rows, and the funnel plot of the boroughs against London.
struct BoroughComparison
{
    Measure measure;
    QString planCode;
    std::optional<Period> latestPeriod; // the latest period most boroughs share
    QList<BoroughRow> rows;             // by borough name
    // What the funnel compares: rates per 1,000 residents (count measures), survey proportions
    // with their bases, or nothing (other measures; `funnelNote` says why).
    enum class Basis { Rate, Proportion, None } basis = Basis::None;
    Funnel::Plot funnel;
    bool populationMissing = false; // a rate measure but the workspace holds no population
    QString funnelNote;             // how the limits were set, or why there is no funnel
    QString populationNote;         // which years' populations are used
};

// Decimal places that show rates per 1,000 to about three significant figures at the London
// level: 2 for robbery (3.11), 4 for homicide (0.0123).
int rateDecimals(const BoroughComparison &comparison);

// Compares the boroughs on a measure: value, rate per 1,000 residents (the population is the
// indicator `ons.mye:Population`), change and status (as the scorecard computes them for each
// borough), and exceptions by funnel limits.
class BoroughService : public QObject
{
    Q_OBJECT

public:
    BoroughService(Database &db, const ScorecardService &scorecards, QObject *parent = nullptr);

    // `options.areaCode` is ignored (every local authority is tried; those without data are left
    // out). Errors name the plan or measure that is missing.
    Result<BoroughComparison> compare(const QString &measureCode, const ScorecardOptions &options) const;

    // The local authorities of the workspace (with tile positions), by name.
    Result<QList<Area>> boroughs() const;

private:
    Database &m_db;
    const ScorecardService &m_scorecards;
};

} // namespace cw
