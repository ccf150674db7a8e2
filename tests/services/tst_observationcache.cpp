// ObservationCache: the current vintage in memory is the same series SQLite gives (on the demo
// workspace, every indicator in every area), and it follows imports, revisions and removed
// batches; the scorecard read from it equals the scorecard read from SQLite.
#include "services/analysisservice.h"
#include "services/importservice.h"
#include "services/observationcache.h"
#include "services/scorecardservice.h"
#include "storage/database.h"
#include "storage/observationrepository.h"
#include "workspace/workspace.h"

#include <QFile>

#include <algorithm>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestObservationCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeriesAsSqliteOnDemo();
    void scorecardSameFromCacheAndSqlite();
    void asOfTheNewestBatchFromCacheOrSqlite();
    void refreshedAfterImportAndRemove();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

QString TestObservationCache::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    return path;
}

namespace {

// The cached points as the repository's SeriesPoint would show them (minus the batch).
QStringList describe(const QList<IndicatorPoint> &points)
{
    QStringList out;
    for (const IndicatorPoint &p : points)
        out.append(QStringLiteral("%1=%2/%3/%4")
                       .arg(p.period.key())
                       .arg(p.value, 0, 'g', 17)
                       .arg(p.denominator ? QString::number(*p.denominator, 'g', 17) : QStringLiteral("-"))
                       .arg(p.sampleSize ? QString::number(*p.sampleSize) : QStringLiteral("-")));
    return out;
}

QStringList describe(const QList<SeriesPoint> &points)
{
    QList<IndicatorPoint> converted;
    for (const SeriesPoint &p : points)
        converted.append({*Period::parse(p.period), p.value, p.denominator, p.sampleSize});
    std::stable_sort(converted.begin(), converted.end(),
                     [](const IndicatorPoint &a, const IndicatorPoint &b) { return a.period < b.period; });
    return describe(converted);
}

} // namespace

void TestObservationCache::sameSeriesAsSqliteOnDemo()
{
    CreateOptions options;
    options.demo = true;
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("demo.cwb")), options);
    QVERIFY(ws.ok());
    const Database &db = ws.value()->database();
    const auto snapshot = ws.value()->observations().snapshot();
    const qint64 current = db.scalar(QStringLiteral("SELECT COUNT(*) FROM observation")).toLongLong();
    QVERIFY(current > 100000); // 15 years × 33 areas × the built-in measures' indicators
    QCOMPARE(snapshot->observationCount(), current);

    QSqlQuery pairs =
        db.exec(QStringLiteral("SELECT DISTINCT i.indicator_key, a.code FROM observation o JOIN "
                               "indicator i ON i.id = o.indicator_id JOIN area a ON a.id = o.area_id"));
    const ObservationRepository repository(db);
    int compared = 0;
    while (pairs.next()) {
        const QString key = pairs.value(0).toString();
        const QString area = pairs.value(1).toString();
        const QStringList cached = describe(snapshot->series(key, area));
        QVERIFY(!cached.isEmpty());
        QCOMPARE(cached, describe(repository.series(key, area)));
        ++compared;
    }
    QCOMPARE(qsizetype(compared), snapshot->seriesCount());
    QVERIFY(snapshot->series(QStringLiteral("no.such:indicator"), QStringLiteral("E23000001")).isEmpty());
}

void TestObservationCache::scorecardSameFromCacheAndSqlite()
{
    CreateOptions options;
    options.demo = true;
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("demo2.cwb")), options);
    QVERIFY(ws.ok());
    const ScorecardService uncached(ws.value()->database(), nullptr);
    for (const QString &area : {QStringLiteral("E23000001"), QStringLiteral("E09000007")}) {
        ScorecardOptions o;
        o.areaCode = area;
        const auto fromCache = ws.value()->scorecards().scorecard(o);
        const auto fromSqlite = uncached.scorecard(o);
        QVERIFY(fromCache.ok() && fromSqlite.ok());
        QCOMPARE(fromCache->size(), fromSqlite->size());
        for (qsizetype i = 0; i < fromCache->size(); ++i) {
            const ScorecardRow &a = fromCache->at(i);
            const ScorecardRow &b = fromSqlite->at(i);
            QCOMPARE(a.latest.has_value(), b.latest.has_value());
            if (a.latest) {
                QCOMPARE(a.latest->period, b.latest->period);
                QCOMPARE(a.latest->value, b.latest->value);
            }
            QCOMPARE(a.sparkline, b.sparkline);
            QCOMPARE(a.status.status, b.status.status);
            QCOMPARE(a.change.flag, b.change.flag);
        }
    }
}

// As of the newest batch is the current vintage: with the cache loaded the service reads it from
// memory, without (or with a later batch) from SQLite. Robbery in three areas, as an approved
// pack asks for it, must come out the same both ways.
void TestObservationCache::asOfTheNewestBatchFromCacheOrSqlite()
{
    CreateOptions options;
    options.demo = true;
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("demo3.cwb")), options);
    QVERIFY(ws.ok());
    const auto batches = ws.value()->imports().batches();
    QVERIFY(batches.ok() && !batches->isEmpty());
    qint64 newest = 0;
    for (const Batch &b : *batches)
        newest = std::max(newest, b.id);
    ScorecardOptions o;
    o.asOfBatch = newest;
    const QStringList areas{QStringLiteral("E23000001"), QStringLiteral("E09000033"),
                            QStringLiteral("E09000028")};
    ws.value()->observations().invalidate();
    const auto fromSqlite = ws.value()->scorecards().measureInAreas(QStringLiteral("ROBBERY"), o, areas);
    QVERIFY(!ws.value()->observations().isLoaded()); // a one-off read does not load every observation
    ws.value()->observations().snapshot();
    QVERIFY(ws.value()->observations().isLoaded());
    const auto fromCache = ws.value()->scorecards().measureInAreas(QStringLiteral("ROBBERY"), o, areas);
    QVERIFY(fromSqlite.ok() && fromCache.ok());
    QCOMPARE(fromCache->size(), areas.size());
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const MeasureDetail &a = fromCache->at(i);
        const MeasureDetail &b = fromSqlite->at(i);
        QVERIFY(!a.points.isEmpty());
        QCOMPARE(a.points.size(), b.points.size());
        for (qsizetype p = 0; p < a.points.size(); ++p) {
            QCOMPARE(a.points.at(p).period, b.points.at(p).period);
            QCOMPARE(a.points.at(p).value, b.points.at(p).value);
        }
        QCOMPARE(a.row.status.status, b.row.status.status);
        QCOMPARE(a.row.change.flag, b.row.change.flag);
    }
}

void TestObservationCache::refreshedAfterImportAndRemove()
{
    auto created = Workspace::create(m_dir.filePath(QStringLiteral("i.cwb")));
    QVERIFY(created.ok());
    Workspace &ws = *created.value();
    const QString key = QStringLiteral("test:Burglary");
    const QString barnet = QStringLiteral("E09000003");
    const auto values = [&] {
        QStringList out;
        for (const IndicatorPoint &p : ws.observations().snapshot()->series(key, barnet))
            out.append(p.period.key() + QLatin1Char('=') + QString::number(p.value));
        return out;
    };
    QVERIFY(values().isEmpty());
    QVERIFY(ws.observations().isLoaded());

    const ImportReport first =
        ws.imports().importFile(write(QStringLiteral("v1.csv"), "indicator,area,period,value\n"
                                                                "test:Burglary,E09000003,2024-02,110\n"
                                                                "test:Burglary,E09000003,2024-01,100\n"),
                                {});
    QCOMPARE(first.status, ImportReport::Status::Imported);
    QVERIFY(!ws.observations().isLoaded()); // dropped by the import
    QCOMPARE(values(), (QStringList{QStringLiteral("2024-01=100"), QStringLiteral("2024-02=110")}));

    // A revision of February and a new March: the newest vintage wins.
    const ImportReport second =
        ws.imports().importFile(write(QStringLiteral("v2.csv"), "indicator,area,period,value\n"
                                                                "test:Burglary,E09000003,2024-02,115\n"
                                                                "test:Burglary,E09000003,2024-03,120\n"),
                                {});
    QCOMPARE(second.status, ImportReport::Status::Imported);
    QCOMPARE(values(), (QStringList{QStringLiteral("2024-01=100"), QStringLiteral("2024-02=115"),
                                    QStringLiteral("2024-03=120")}));
    // As of the first batch, the analysis still reads SQLite.
    Measure m;
    m.code = QStringLiteral("T");
    m.formula.terms = {FormulaTerm{key, TermRole::Numerator, 1.0}};
    const auto asOfFirst = ws.analysis().inputs(m, barnet, first.batchId);
    QVERIFY(asOfFirst.ok());
    QCOMPARE(asOfFirst->value(key).size(), 2);
    QCOMPARE(asOfFirst->value(key).at(1).value, 110.0);

    // Removing the revision restores February's first vintage and drops March.
    QVERIFY(ws.imports().removeBatch(second.batchId).ok());
    QVERIFY(!ws.observations().isLoaded());
    QCOMPARE(values(), (QStringList{QStringLiteral("2024-01=100"), QStringLiteral("2024-02=110")}));

    // A batch another connection wrote is announced: that too drops the snapshot.
    const auto before = ws.observations().snapshot();
    ws.imports().announceBatch(first.batchId);
    QVERIFY(!ws.observations().isLoaded());
    QCOMPARE(before->series(key, barnet).size(), 2); // a held snapshot stays readable
}

QTEST_GUILESS_MAIN(TestObservationCache)
#include "tst_observationcache.moc"
