#include "demo/demogenerator.h"

#include "domain/period.h"
#include "domain/population.h"
#include "storage/database.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <numbers>
#include <random>

namespace cw {

namespace {

// How an indicator behaves in the demo, taken from the first measure whose formula names it.
struct Profile
{
    Unit unit = Unit::Count;
    Frequency frequency = Frequency::Monthly;
    bool proportion = false;
    double london = 100.0; // typical London value per period (count, fraction, days, points, GBP)
    double trend = -0.1;   // relative change across the whole span
    QString firstMonth;    // the indicator exists only from / until these months (series breaks)
    QString lastMonth;
};

// Illustrative London-level magnitudes, of the order of the published figures.
const QHash<QString, double> &typicalLondonValues()
{
    static const QHash<QString, double> values{
        {QStringLiteral("mps.borough:ROBBERY/ROBBERY OF PERSONAL PROPERTY"), 2300},
        {QStringLiteral("mps.borough:ROBBERY/ROBBERY OF BUSINESS PROPERTY"), 190},
        {QStringLiteral("mps.borough:BURGLARY/BURGLARY - RESIDENTIAL"), 3300},
        {QStringLiteral("mps.borough:BURGLARY/BURGLARY IN A DWELLING"), 3600},
        {QStringLiteral("mps.borough:BURGLARY/BURGLARY BUSINESS AND COMMUNITY"), 1100},
        {QStringLiteral("mps.borough:BURGLARY/BURGLARY NON-DWELLING"), 1},
        {QStringLiteral("mps.borough:VIOLENCE AGAINST THE PERSON/VIOLENCE WITH INJURY"), 6100},
        {QStringLiteral("mps.borough:VIOLENCE AGAINST THE PERSON/HOMICIDE"), 10},
        {QStringLiteral("mps.borough:SEXUAL OFFENCES/RAPE"), 690},
        {QStringLiteral("mps.borough:VEHICLE OFFENCES/THEFT OR UNAUTH TAKING OF A MOTOR VEH"), 1150},
        {QStringLiteral("mps.borough:VEHICLE OFFENCES/THEFT FROM A VEHICLE"), 3100},
        {QStringLiteral("mps.borough:THEFT/THEFT FROM THE PERSON"), 3700},
        {QStringLiteral("mps.borough:ARSON AND CRIMINAL DAMAGE/CRIMINAL DAMAGE"), 4400},
        {QStringLiteral("mps.dashboard:Knife Crime with Injury/Offences"), 130},
        {QStringLiteral("mps.dashboard:Knife Crime with Injury (Personal Robbery)/Offences"), 25},
        {QStringLiteral("pas:\"Good Job\" local"), 0.52},
        {QStringLiteral("pas:Trust MPS"), 0.75},
        {QStringLiteral("manual:VAWG-CHARGE"), 0.07},
        {QStringLiteral("manual:EXPLOITATION"), 420},
        {QStringLiteral("manual:PAS-CHANGING"), 0.53},
        {QStringLiteral("manual:TRUST-GAP"), 11},
        {QStringLiteral("manual:ASB-CONCERN"), 0.23},
        {QStringLiteral("manual:CSEW-CONFIDENCE"), 0.50},
        {QStringLiteral("manual:VICTIM-SAT"), 0.64},
        {QStringLiteral("manual:REPEAT-VICTIM"), 0.26},
        {QStringLiteral("manual:REOFFENDING"), 0.24},
        {QStringLiteral("manual:CJS-CONFIDENCE"), 0.45},
        {QStringLiteral("manual:CONFIDENCE"), 0.62},
        {QStringLiteral("manual:COSTS"), 2.5e9},
        {QStringLiteral("manual:COURT-TIME"), 165},
        {QStringLiteral("manual:COMMUNITY-ORDERS"), 0.80},
        {QStringLiteral("manual:YOUTH-REOFFENDING"), 0.62},
    };
    return values;
}

double defaultValue(Unit unit, bool proportion)
{
    if (proportion)
        return 0.5;
    switch (unit) {
    case Unit::Days:
        return 150;
    case Unit::Points:
        return 10;
    case Unit::Money:
        return 1e9;
    default:
        return 100;
    }
}

QString kindName(const Profile &p)
{
    if (p.proportion)
        return QStringLiteral("proportion");
    switch (p.unit) {
    case Unit::Days:
        return QStringLiteral("days");
    case Unit::Money:
        return QStringLiteral("money");
    case Unit::Points:
        return QStringLiteral("points");
    default:
        return QStringLiteral("count");
    }
}

// A seeded source of noise whose sequence is the same on every platform (std distributions
// are not), so the demo workspace is identical wherever it is built.
class Noise
{
public:
    explicit Noise(quint32 seed)
        : m_engine(seed)
    {}
    double uniform() { return (double(m_engine()) + 0.5) / 4294967296.0; }
    double normal()
    {
        const double u1 = uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    // A count with the given mean: exact Poisson for small means (so that rare crimes such as
    // homicide are not inflated by a normal tail clipped at zero), over-dispersed normal above.
    double count(double mean)
    {
        if (mean < 30.0) {
            const double limit = std::exp(-mean);
            double product = uniform();
            int k = 0;
            while (product > limit) {
                ++k;
                product *= uniform();
            }
            return k;
        }
        return std::max(0.0, std::round(mean + std::sqrt(mean) * 1.3 * normal()));
    }

private:
    std::mt19937 m_engine;
};

QList<Period> periodsFor(const Profile &p, int firstYear, int lastYear)
{
    QList<Period> periods;
    for (int year = firstYear; year <= lastYear; ++year) {
        if (p.proportion) {
            for (int month = 3; month <= 12; month += 3)
                periods.append(Period::rolling12(year, month));
        } else if (p.frequency == Frequency::Annual) {
            if (year < lastYear)
                periods.append(Period::financialYear(year));
        } else if (p.frequency == Frequency::Quarterly) {
            for (int q = 1; q <= 4; ++q)
                periods.append(Period::quarter(year, q));
        } else {
            for (int month = 1; month <= 12; ++month)
                periods.append(Period::month(year, month));
        }
    }
    return periods;
}

// Seasonal, trending expected London value for one period (t in [0, 1] across the span).
double expected(const Profile &p, const Period &period, double t)
{
    double value = p.london * (1.0 + p.trend * (t - 0.5));
    if (p.proportion || p.unit != Unit::Count)
        return value;
    const int month = period.start().month();
    value *= 1.0 + 0.07 * std::sin(2.0 * std::numbers::pi * (month - 3) / 12.0);
    if (period.start() >= QDate(2020, 4, 1) && period.start() < QDate(2020, 7, 1))
        value *= 0.72; // the first lockdown
    return value * double(period.months());
}

// Illustrative mid-year populations for the 32 boroughs (and the force area, their sum), one per
// calendar year: each borough's size follows its share of the demo crime (so that rates per 1,000
// are of a realistic order) times its own factor (so that rates differ between boroughs, as they
// do), growing about 0.7% a year with a pause in 2020–21. London (without the City) had about
// 8.2 million residents in 2011. The noise has its own seed, so the other demo figures are
// the same with or without populations.
qint64 writePopulations(const Database &db, qint64 sourceId, qint64 batchId, const QList<Area> &boroughs,
                        const QList<double> &shares, qint64 forceId, int firstYear, int lastYear,
                        quint32 seed)
{
    const QString key = QLatin1String(populationIndicatorKey);
    QVariant existing = db.scalar(QStringLiteral("SELECT id FROM indicator WHERE indicator_key = ?"), {key});
    if (existing.isNull())
        existing = db.insert(
            QStringLiteral("INSERT INTO indicator (indicator_key, source_id, category, unit, kind) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {key, sourceId, QStringLiteral("Population"), toName(Unit::Count), QStringLiteral("count")});
    const qint64 indicatorId = existing.toLongLong();

    Noise noise(seed ^ 0x9e3779b9u);
    QList<double> sizes;
    QList<double> growth;
    double sizeTotal = 0;
    for (qsizetype b = 0; b < boroughs.size(); ++b) {
        sizes.append(shares.at(b) * std::exp(0.16 * noise.normal()));
        growth.append(0.007 + 0.004 * noise.normal());
        sizeTotal += sizes.last();
    }
    QSqlQuery insert = db.prepare(
        QStringLiteral("INSERT INTO observation (indicator_id, area_id, period_kind, period_start, "
                       "period_end, value, denominator, sample_size, batch_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?)"));
    qint64 written = 0;
    const auto write = [&](qint64 areaId, const Period &year, double value) {
        db.run(insert,
               {indicatorId, areaId, Period::kindName(year.kind()), year.start().toString(Qt::ISODate),
                year.end().toString(Qt::ISODate), value, batchId});
        ++written;
    };
    constexpr double london2011 = 8.17e6;
    for (int year = firstYear; year <= lastYear; ++year) {
        const Period period = Period::calendarYear(year);
        // Years of growth since 2011, with no growth from 2020 to 2021.
        const double years = double(year - 2011) - (year >= 2021 ? 1.0 : 0.0);
        double total = 0;
        for (qsizetype b = 0; b < boroughs.size(); ++b) {
            const double value =
                std::round(london2011 * sizes.at(b) / sizeTotal * std::pow(1.0 + growth.at(b), years));
            write(boroughs.at(b).id, period, value);
            total += value;
        }
        write(forceId, period, total);
    }
    return written;
}

} // namespace

qint64 DemoGenerator::populate(const Database &db, const QList<Plan> &plans, const QList<Area> &areas,
                               const Options &options)
{
    // Indicators named by the formulas, each with the profile of the first measure using it.
    QList<QString> keys;
    QHash<QString, Profile> profiles;
    for (const Plan &plan : plans) {
        for (const Priority &priority : plan.priorities) {
            for (const Measure &m : priority.measures) {
                for (const FormulaTerm &term : m.formula.terms) {
                    if (profiles.contains(term.indicatorKey))
                        continue;
                    Profile p;
                    p.unit = m.unit;
                    p.frequency = m.frequency;
                    p.proportion = m.formula.kind == FormulaKind::Proportion;
                    p.london =
                        typicalLondonValues().value(term.indicatorKey, defaultValue(m.unit, p.proportion));
                    p.trend = m.polarity == Polarity::HigherIsBetter ? 0.08 : -0.12;
                    if (p.proportion)
                        p.trend = m.polarity == Polarity::HigherIsBetter ? -0.06 : 0.04;
                    if (term.indicatorKey.endsWith(QLatin1String("BURGLARY IN A DWELLING")))
                        p.lastMonth = QStringLiteral("2024-01");
                    if (term.indicatorKey.endsWith(QLatin1String("BURGLARY - RESIDENTIAL")))
                        p.firstMonth = QStringLiteral("2024-02");
                    profiles.insert(term.indicatorKey, p);
                    keys.append(term.indicatorKey);
                }
            }
        }
    }

    const qint64 sourceId = [&] {
        const QVariant existing =
            db.scalar(QStringLiteral("SELECT id FROM source WHERE code = ?"), {QStringLiteral("demo")});
        if (!existing.isNull())
            return existing.toLongLong();
        return db.insert(QStringLiteral("INSERT INTO source (code, name, licence) VALUES (?, ?, ?)"),
                         {QStringLiteral("demo"), QStringLiteral("Illustrative demo data (not real figures)"),
                          QStringLiteral("Generated by Challenge Workbench")});
    }();
    const qint64 batchId = db.insert(
        QStringLiteral(
            "INSERT INTO import_batch (source_id, label, format, imported_by, imported_at, is_demo) "
            "VALUES (?, ?, ?, ?, ?, 1)"),
        {sourceId, QLatin1String(batchLabel), QStringLiteral("demo"), QStringLiteral("Challenge Workbench"),
         QStringLiteral("%1-12-31T00:00:00Z").arg(options.endYear)});

    // The MPS polices the 32 boroughs (not the City of London); the force total is their sum.
    QList<Area> boroughs;
    qint64 forceId = 0;
    for (const Area &area : areas) {
        if (area.kind == AreaKind::LocalAuthority && area.parentCode == QLatin1String("E23000001"))
            boroughs.append(area);
        if (area.code == QLatin1String("E23000001"))
            forceId = area.id;
    }

    Noise noise(options.seed);
    QList<double> shares;
    QList<double> offsets;
    double shareTotal = 0;
    for (qsizetype i = 0; i < boroughs.size(); ++i) {
        shares.append(0.55 + 0.9 * noise.uniform());
        offsets.append(0.09 * noise.normal());
        shareTotal += shares.last();
    }
    for (double &share : shares)
        share /= shareTotal;

    QSqlQuery indicatorInsert = db.prepare(QStringLiteral(
        "INSERT INTO indicator (indicator_key, source_id, category, unit, kind) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery observationInsert =
        db.prepare(QStringLiteral("INSERT INTO observation (indicator_id, area_id, period_kind, "
                                  "period_start, period_end, value, denominator, "
                                  "sample_size, batch_id) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)"));

    const int firstYear = options.endYear - options.years + 1;
    qint64 written = 0;
    for (const QString &key : keys) {
        const Profile &p = profiles[key];
        QVariant existing =
            db.scalar(QStringLiteral("SELECT id FROM indicator WHERE indicator_key = ?"), {key});
        if (existing.isNull()) {
            db.run(indicatorInsert,
                   {key, sourceId, key.section(QLatin1Char(':'), 1), toName(p.unit), kindName(p)});
            existing = indicatorInsert.lastInsertId();
        }
        const qint64 indicatorId = existing.toLongLong();
        const QList<Period> periods = periodsFor(p, firstYear, options.endYear);
        for (qsizetype k = 0; k < periods.size(); ++k) {
            const Period &period = periods.at(k);
            const QString month = period.start().toString(QStringLiteral("yyyy-MM"));
            if ((!p.firstMonth.isEmpty() && month < p.firstMonth) ||
                (!p.lastMonth.isEmpty() && month > p.lastMonth))
                continue;
            const double t = periods.size() > 1 ? double(k) / double(periods.size() - 1) : 0.0;
            const double london = expected(p, period, t);
            double total = 0;
            double sampled = 0;
            auto write = [&](qint64 areaId, double value, QVariant sample) {
                db.run(observationInsert, {indicatorId, areaId, Period::kindName(period.kind()),
                                           period.start().toString(Qt::ISODate),
                                           period.end().toString(Qt::ISODate), value, sample, batchId});
                ++written;
            };
            for (qsizetype b = 0; b < boroughs.size(); ++b) {
                double value = 0;
                QVariant sample;
                if (p.proportion) {
                    const int n = 380 + int(noise.uniform() * 60);
                    value = std::clamp(london + offsets.at(b) * 0.6 + 0.024 * noise.normal(), 0.01, 0.99);
                    value = std::round(value * 100.0) / 100.0;
                    sample = n;
                    total += value * n;
                    sampled += n;
                } else if (p.unit == Unit::Count || p.unit == Unit::Money) {
                    const double mean = london * shares.at(b);
                    value = p.unit == Unit::Money ? std::round(mean * (1.0 + 0.02 * noise.normal()))
                                                  : noise.count(mean);
                    total += value;
                } else {
                    value = std::max(0.0, london * (1.0 + offsets.at(b)) + 0.03 * london * noise.normal());
                    value = std::round(value * 10.0) / 10.0;
                    total += value / double(boroughs.size());
                }
                write(boroughs.at(b).id, value, sample);
            }
            if (p.proportion)
                write(forceId, std::round(total / sampled * 1000.0) / 1000.0, qint64(sampled));
            else
                write(forceId,
                      p.unit == Unit::Count || p.unit == Unit::Money ? total
                                                                     : std::round(total * 10.0) / 10.0,
                      QVariant());
        }
    }
    written += writePopulations(db, sourceId, batchId, boroughs, shares, forceId, firstYear, options.endYear,
                                options.seed);
    db.exec(
        QStringLiteral("UPDATE import_batch SET observations_written = ?, rows_read = ?, rows_accepted = ? "
                       "WHERE id = ?"),
        {written, written, written, batchId});
    return written;
}

} // namespace cw
