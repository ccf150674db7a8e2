// Times the scorecard and the measure explorer in process on a workspace (see
// bench/scorecard-bench, which builds a demo workspace and runs this), against a plain SELECT
// of the same observations through the same Qt SQL driver.
//
// usage: cw-scorecard-bench WORKSPACE [--runs N]
#include "domain/plan.h"
#include "services/observationcache.h"
#include "services/scorecardservice.h"
#include "storage/database.h"
#include "storage/planrepository.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace cw;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The fastest of `runs` runs of `job` (which is timed whole), in milliseconds.
double fastest(int runs, const std::function<void()> &job)
{
    double best = -1;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        job();
        const double ms = msSince(timer);
        if (best < 0 || ms < best)
            best = ms;
    }
    return best;
}

struct Stats
{
    double total = 0;
    double max = 0;
    QString maxAt;
    int count = 0;
    void add(double ms, const QString &what)
    {
        total += ms;
        ++count;
        if (ms > max) {
            max = ms;
            maxAt = what;
        }
    }
    double mean() const { return count ? total / count : 0; }
};

QString line(const QString &label, double ms)
{
    return QStringLiteral("  %1 %2 ms").arg(label, -44).arg(ms, 9, 'f', 2);
}

QString targetLine(const QString &what, double ms, double target)
{
    return QStringLiteral("  target: %1 under %2 ms: %3")
        .arg(what)
        .arg(target)
        .arg(ms < target ? QStringLiteral("met") : QStringLiteral("NOT met"));
}

void check(bool ok, const QString &what)
{
    if (!ok) {
        std::fprintf(stderr, "cw-scorecard-bench: %s failed\n", qPrintable(what));
        std::exit(1);
    }
}

QStringList indicatorKeys(const QList<Measure> &measures)
{
    QSet<QString> keys;
    for (const Measure &m : measures) {
        for (const FormulaTerm &t : m.formula.terms)
            keys.insert(t.indicatorKey);
    }
    QStringList list(keys.begin(), keys.end());
    list.sort();
    return list;
}

// A plain SELECT of the observations (every vintage, as the table holds them) of `keys` in
// `area`, reading every column of every row; returns the rows read.
qint64 plainSelect(const Database &db, const QStringList &keys, const QString &area)
{
    QString in;
    QVariantList binds{area};
    for (const QString &key : keys) {
        in += in.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        binds.append(key);
    }
    QSqlQuery q = db.exec(
        QStringLiteral(
            "SELECT i.indicator_key, a.code, o.period_kind, o.period_start, o.period_end, o.value, "
            "o.denominator, o.sample_size, o.batch_id FROM observation o JOIN indicator i ON i.id = "
            "o.indicator_id JOIN area a ON a.id = o.area_id WHERE a.code = ? AND i.indicator_key IN (") +
            in + QLatin1Char(')'),
        binds);
    qint64 rows = 0;
    double sink = 0;
    while (q.next()) {
        for (int c = 0; c < 9; ++c)
            sink += double(q.value(c).toString().size());
        ++rows;
    }
    return sink >= 0 ? rows : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 3;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size()) {
        runs = std::max(1, args.at(i + 1).toInt());
        args.remove(i, 2);
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: cw-scorecard-bench WORKSPACE [--runs N]\n");
        return 2;
    }
    auto opened = Workspace::open(args.constFirst());
    check(opened.ok(), QStringLiteral("opening the workspace"));
    Workspace &ws = *opened.value();
    const Database &db = ws.database();
    const ScorecardService &scorecards = ws.scorecards();
    ObservationCache &cache = ws.observations();

    QList<Plan> plans;
    for (const Plan &p : PlanRepository(db).all()) {
        if (p.builtin)
            plans.append(p);
    }
    QStringList areas;
    QSqlQuery q = db.exec(QStringLiteral("SELECT DISTINCT a.code FROM observation o JOIN area a ON a.id = "
                                         "o.area_id ORDER BY a.code"));
    while (q.next())
        areas.append(q.value(0).toString());
    const QString force = QStringLiteral("E23000001");
    QStringList boroughs = areas;
    boroughs.removeAll(force);
    int measureCount = 0;
    for (const Plan &p : plans) {
        for (const Priority &pr : p.priorities)
            measureCount += int(pr.measures.size());
    }

    const auto everything = [&] {
        for (const Plan &p : plans) {
            ScorecardOptions o;
            o.planCode = p.code;
            check(scorecards.scorecards(o, areas).ok(), QStringLiteral("scorecards"));
        }
    };

    // Cold: the cache is loaded (one query) as part of the first call.
    double coldLoad = -1;
    double coldAll = -1;
    for (int r = 0; r < runs; ++r) {
        cache.invalidate();
        QElapsedTimer timer;
        timer.start();
        const auto snapshot = cache.snapshot();
        const double load = msSince(timer);
        everything();
        const double all = msSince(timer);
        if (coldAll < 0 || all < coldAll) {
            coldAll = all;
            coldLoad = load;
        }
    }
    const auto snapshot = cache.snapshot();
    const double warmAll = fastest(runs, everything);

    // One plan in one area at a time (what the Scorecard page computes).
    Stats single;
    for (const Plan &p : plans) {
        for (const QString &area : areas) {
            ScorecardOptions o;
            o.planCode = p.code;
            o.areaCode = area;
            single.add(
                fastest(runs, [&] { check(scorecards.scorecard(o).ok(), QStringLiteral("scorecard")); }),
                p.code + QLatin1Char(' ') + area);
        }
    }
    double singleSerialAll = single.total;

    // Switching the explorer to another measure (force area), and one measure in every borough.
    Stats switching;
    Stats inBoroughs;
    Stats inBoroughsOneByOne;
    for (const Plan &p : plans) {
        for (const Priority &pr : p.priorities) {
            for (const Measure &m : pr.measures) {
                ScorecardOptions o;
                o.planCode = p.code;
                o.areaCode = force;
                switching.add(
                    fastest(runs,
                            [&] { check(scorecards.measure(m.code, o).ok(), QStringLiteral("measure")); }),
                    p.code + QLatin1Char(' ') + m.code);
                inBoroughs.add(fastest(runs,
                                       [&] {
                                           check(scorecards.measureInAreas(m.code, o, boroughs).ok(),
                                                 QStringLiteral("measureInAreas"));
                                       }),
                               p.code + QLatin1Char(' ') + m.code);
                inBoroughsOneByOne.add(fastest(runs,
                                               [&] {
                                                   for (const QString &b : boroughs) {
                                                       ScorecardOptions ob = o;
                                                       ob.areaCode = b;
                                                       check(scorecards.measure(m.code, ob).ok(),
                                                             QStringLiteral("measure"));
                                                   }
                                               }),
                                       p.code + QLatin1Char(' ') + m.code);
            }
        }
    }

    // The plain SELECT of the same observations: per plan × area, and per measure (force area).
    qint64 selectRows = 0;
    const double selectAll = fastest(runs, [&] {
        selectRows = 0;
        for (const Plan &p : plans) {
            QList<Measure> measures;
            for (const Priority &pr : p.priorities)
                measures += pr.measures;
            const QStringList keys = indicatorKeys(measures);
            for (const QString &area : areas)
                selectRows += plainSelect(db, keys, area);
        }
    });
    Stats selectMeasure;
    for (const Plan &p : plans) {
        for (const Priority &pr : p.priorities) {
            for (const Measure &m : pr.measures) {
                const QStringList keys = indicatorKeys({m});
                selectMeasure.add(fastest(runs, [&] { plainSelect(db, keys, force); }), m.code);
            }
        }
    }

    out() << QStringLiteral(
                 "workspace: %1 observations (%2 current, in %3 series), %4 plan(s) with %5 measures, "
                 "%6 area(s); %7 thread(s); fastest of %8 run(s)\n")
                 .arg(db.scalar(QStringLiteral("SELECT COUNT(*) FROM observation")).toLongLong())
                 .arg(snapshot->observationCount())
                 .arg(snapshot->seriesCount())
                 .arg(plans.size())
                 .arg(measureCount)
                 .arg(areas.size())
                 .arg(QThread::idealThreadCount())
                 .arg(runs);
    out() << QStringLiteral("\n(a) every built-in measure x every area (%1 plan x area scorecards)\n")
                 .arg(plans.size() * areas.size());
    out() << line(QStringLiteral("cold (cache load included)"), coldAll) << '\n';
    out() << line(QStringLiteral("  of which loading the cache (one query)"), coldLoad) << '\n';
    out() << line(QStringLiteral("warm"), warmAll) << '\n';
    out() << line(QStringLiteral("sum of the fastest single plan x area calls"), singleSerialAll) << '\n';
    out() << line(QStringLiteral("plain SELECT of the same observations"), selectAll)
          << QStringLiteral("  (%1 rows, one SELECT per plan x area)\n").arg(selectRows);
    out() << QStringLiteral("  ratio: warm %1x, cold %2x the plain SELECT\n")
                 .arg(warmAll / selectAll, 0, 'f', 2)
                 .arg(coldAll / selectAll, 0, 'f', 2);
    out() << targetLine(QStringLiteral("warm"), warmAll, 100) << '\n';
    out() << targetLine(QStringLiteral("cold"), coldAll, 100) << '\n';
    out() << QStringLiteral("\n(b) one plan in one area (warm)\n");
    out() << line(QStringLiteral("mean"), single.mean()) << '\n';
    out() << line(QStringLiteral("max (") + single.maxAt + QLatin1Char(')'), single.max) << '\n';
    out() << QStringLiteral(
                 "\n(c) switching the explorer: ScorecardService::measure, each measure in %1 (warm)\n")
                 .arg(force);
    out() << line(QStringLiteral("mean"), switching.mean()) << '\n';
    out() << line(QStringLiteral("max (") + switching.maxAt + QLatin1Char(')'), switching.max) << '\n';
    out() << line(QStringLiteral("plain SELECT of its observations, mean"), selectMeasure.mean()) << '\n';
    out() << QStringLiteral("  ratio: %1x the plain SELECT (means)\n")
                 .arg(switching.mean() / selectMeasure.mean(), 0, 'f', 2);
    out() << targetLine(QStringLiteral("slowest switch"), switching.max, 50) << '\n';
    out() << QStringLiteral("\n(d) one measure in all %1 boroughs (warm)\n").arg(boroughs.size());
    out() << line(QStringLiteral("measureInAreas, mean"), inBoroughs.mean()) << '\n';
    out() << line(QStringLiteral("measureInAreas, max (") + inBoroughs.maxAt + QLatin1Char(')'),
                  inBoroughs.max)
          << '\n';
    out() << line(QStringLiteral("measure() per borough, mean"), inBoroughsOneByOne.mean()) << '\n';
    out() << line(QStringLiteral("measure() per borough, max (") + inBoroughsOneByOne.maxAt +
                      QLatin1Char(')'),
                  inBoroughsOneByOne.max)
          << '\n';
    out().flush();
    return 0;
}
