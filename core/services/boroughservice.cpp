#include "services/boroughservice.h"

#include "domain/population.h"
#include "storage/arearepository.h"
#include "storage/database.h"
#include "storage/observationrepository.h"
#include "storage/storageerror.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

// Survey base assumed when a source publishes borough proportions without one
// (statistics.md: a borough's rolling 12 months is about 400 interviews).
constexpr double typicalBoroughBase = 400;
constexpr int smallMultiplePoints = 36;

BoroughComparison::Basis basisFor(const Measure &m)
{
    if (m.formula.kind == FormulaKind::Proportion)
        return BoroughComparison::Basis::Proportion;
    if (m.formula.kind == FormulaKind::Sum && m.unit == Unit::Count)
        return BoroughComparison::Basis::Rate;
    return BoroughComparison::Basis::None;
}

// The calendar year whose mid-year estimate best matches a period: the year of its middle day
// (12 months to December 2024 → 2024; 12 months to March 2024 → 2023).
int populationYearFor(const Period &period)
{
    const QDate start = period.start();
    return start.addDays(start.daysTo(period.end()) / 2).year();
}

// The most common latest period among the rows (the newest on a tie).
std::optional<Period> commonLatest(const QList<BoroughRow> &rows)
{
    QMap<Period, int> counts;
    for (const BoroughRow &row : rows)
        ++counts[row.latest.period];
    std::optional<Period> best;
    int bestCount = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.value() >= bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

} // namespace

int rateDecimals(const BoroughComparison &comparison)
{
    double typical = 0;
    if (comparison.funnel.valid && comparison.basis == BoroughComparison::Basis::Rate) {
        typical = comparison.funnel.target;
    } else {
        for (const BoroughRow &row : comparison.rows)
            typical = std::max(typical, row.rate.value_or(0.0));
    }
    if (typical <= 0 || typical >= 1)
        return 2;
    return std::clamp(2 - int(std::floor(std::log10(typical))), 2, 6);
}

BoroughService::BoroughService(Database &db, const ScorecardService &scorecards, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_scorecards(scorecards)
{}

Result<QList<Area>> BoroughService::boroughs() const
{
    try {
        QList<Area> boroughs;
        const QList<Area> all = AreaRepository(m_db).all();
        for (const Area &area : all) {
            if (area.kind == AreaKind::LocalAuthority)
                boroughs.append(area);
        }
        std::sort(boroughs.begin(), boroughs.end(),
                  [](const Area &a, const Area &b) { return a.name.localeAwareCompare(b.name) < 0; });
        return boroughs;
    } catch (const StorageError &error) {
        return Error{tr("The boroughs could not be read."), error.detail()};
    }
}

Result<BoroughComparison> BoroughService::compare(const QString &measureCode,
                                                  const ScorecardOptions &options) const
{
    const auto areas = boroughs();
    if (!areas)
        return areas.error();

    BoroughComparison result;
    result.planCode = options.planCode;
    bool measureKnown = false;
    QStringList codes;
    for (const Area &area : *areas)
        codes.append(area.code);
    // One call for every borough: the plan and the measure are looked up once.
    const Result<QList<MeasureDetail>> details = m_scorecards.measureInAreas(measureCode, options, codes);
    if (!details)
        return details.error(); // no such plan or measure, or storage trouble
    for (qsizetype i = 0; i < areas->size(); ++i) {
        const Area &area = areas->at(i);
        const MeasureDetail *detail = &details->at(i);
        if (!measureKnown) {
            result.measure = detail->row.measure;
            measureKnown = true;
        }
        if (!detail->row.latest)
            continue;
        BoroughRow row;
        row.code = area.code;
        row.name = area.name;
        row.tile = area.tile;
        row.latest = *detail->row.latest;
        row.change = detail->row.change;
        row.status = detail->row.status.effectiveStatus();
        row.statusReason = detail->row.status.reason;
        const QList<MeasurePoint> &points = detail->points;
        row.series = points.mid(std::max<qsizetype>(0, points.size() - smallMultiplePoints));
        result.rows.append(row);
    }
    result.latestPeriod = commonLatest(result.rows);
    result.basis = basisFor(result.measure);

    // Populations (rate measures only): one read per borough, all calendar years.
    if (result.basis == BoroughComparison::Basis::Rate) {
        try {
            const ObservationRepository observations(m_db);
            int earlier = 0;
            bool any = false;
            for (BoroughRow &row : result.rows) {
                const auto stored =
                    observations.series(QLatin1String(populationIndicatorKey), row.code,
                                        Period::Kind::CalendarYear, {}, {}, options.asOfBatch);
                const int wanted = populationYearFor(row.latest.period);
                for (const SeriesPoint &p : stored) {
                    const auto period = Period::parse(p.period);
                    if (!period || period->start().year() > wanted || p.value <= 0)
                        continue;
                    if (!row.population || period->start().year() > row.populationYear) {
                        row.population = p.value;
                        row.populationYear = period->start().year();
                    }
                }
                if (row.population) {
                    any = true;
                    row.populationEarlier = row.populationYear != wanted;
                    earlier += row.populationEarlier ? 1 : 0;
                    row.rate = row.latest.value / *row.population * 1000.0;
                }
            }
            result.populationMissing = !any && !result.rows.isEmpty();
            if (earlier > 0)
                result.populationNote =
                    tr("Populations of an earlier year are used for %n of the boroughs: the estimate "
                       "for the latest period's year is not in this workspace.",
                       nullptr, earlier);
        } catch (const StorageError &error) {
            return Error{tr("The borough populations could not be read."), error.detail()};
        }
    }

    // The funnel: like with like, i.e. the boroughs whose latest period is the common one.
    QList<Funnel::Input> inputs;
    int assumedBases = 0;
    int otherPeriods = 0;
    for (const BoroughRow &row : std::as_const(result.rows)) {
        if (row.latest.period != result.latestPeriod) {
            ++otherPeriods;
            continue;
        }
        if (result.basis == BoroughComparison::Basis::Rate && row.population)
            inputs.append({row.code, row.latest.value, *row.population, 0});
        if (result.basis == BoroughComparison::Basis::Proportion) {
            const double base = row.latest.sampleSize ? double(*row.latest.sampleSize) : typicalBoroughBase;
            assumedBases += row.latest.sampleSize ? 0 : 1;
            inputs.append({row.code, 0, base, row.latest.value / 100.0});
        }
    }
    switch (result.basis) {
    case BoroughComparison::Basis::None:
        result.funnelNote = tr("A funnel plot compares counts per 1,000 residents or survey proportions; "
                               "this measure is neither.");
        break;
    case BoroughComparison::Basis::Rate:
        if (result.populationMissing) {
            result.funnelNote = tr("Rates per 1,000 residents need borough populations. Import the ONS "
                                   "mid-year estimates (File ▸ Import files…, format \"population\").");
            break;
        }
        [[fallthrough]];
    case BoroughComparison::Basis::Proportion: {
        Funnel::Options funnelOptions;
        funnelOptions.kind =
            result.basis == BoroughComparison::Basis::Rate ? Funnel::Kind::Rate : Funnel::Kind::Proportion;
        result.funnel = Funnel::compute(inputs, funnelOptions);
        result.funnelNote = result.funnel.note;
        if (assumedBases > 0)
            result.funnelNote += u' ' + tr("The source gives no survey bases: a base of %1 is assumed for "
                                           "each borough.")
                                            .arg(typicalBoroughBase);
        if (otherPeriods > 0)
            result.funnelNote +=
                u' ' + tr("Boroughs whose latest period is not %1 are left out (%n).", nullptr, otherPeriods)
                           .arg(result.latestPeriod ? result.latestPeriod->label() : QString());
        for (const Funnel::Point &p : std::as_const(result.funnel.points)) {
            for (BoroughRow &row : result.rows) {
                if (row.code == p.code) {
                    row.funnelZ = p.z;
                    row.position = p.position;
                }
            }
        }
        break;
    }
    }
    return result;
}

} // namespace cw
