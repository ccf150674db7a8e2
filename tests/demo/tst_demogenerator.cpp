// The demo workspace: deterministic, every measure's indicators for London and each MPS
// borough over at least 10 years, force totals that add up, realistic magnitudes, labelled.
#include "domain/population.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isLabelledAndSizeable();
    void coversEveryIndicatorForLondonAndBoroughs();
    void forceTotalIsSumOfBoroughs();
    void magnitudesAreRealistic();
    void burglaryFollowsTheSeriesBreak();
    void isDeterministic();
    void populationsForTheBoroughs();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestDemoGenerator::initTestCase()
{
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("demo.cwb")), CreateOptions{true});
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
}

void TestDemoGenerator::isLabelledAndSizeable()
{
    const auto info = m_ws->info();
    QVERIFY(info->demo);
    QCOMPARE(info->batches, 1);
    QVERIFY(info->observations > 100000);
    const Database &db = m_ws->database();
    QCOMPARE(db.scalar(QStringLiteral("SELECT label FROM import_batch")).toString(),
             QStringLiteral("Illustrative demo data"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT observations_written FROM import_batch")).toLongLong(),
             info->observations);
}

void TestDemoGenerator::coversEveryIndicatorForLondonAndBoroughs()
{
    const Database &db = m_ws->database();
    // Every indicator named by a formula has data...
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT COUNT(DISTINCT indicator_key) FROM measure_term WHERE indicator_key "
                                 "NOT IN (SELECT indicator_key FROM indicator)"))
            .toInt(),
        0);
    // ...for the 32 boroughs and the force area (33 areas), over at least 10 years.
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT i.indicator_key, COUNT(DISTINCT o.area_id), MIN(o.period_start), "
                       "MAX(o.period_end) FROM indicator i JOIN observation o ON o.indicator_id = i.id "
                       "GROUP BY i.indicator_key"));
    int indicators = 0;
    while (q.next()) {
        ++indicators;
        QCOMPARE(q.value(1).toInt(), 33);
        const QDate first = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        const QDate last = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        if (!q.value(0).toString().contains(QLatin1String("BURGLARY")))
            QVERIFY2(first.daysTo(last) > 3650, qPrintable(q.value(0).toString()));
    }
    QVERIFY(indicators >= 30);
}

void TestDemoGenerator::forceTotalIsSumOfBoroughs()
{
    const Database &db = m_ws->database();
    const QString key = QStringLiteral("mps.borough:ROBBERY/ROBBERY OF PERSONAL PROPERTY");
    const auto sum = [&](const QString &areaFilter) {
        return db
            .scalar(QStringLiteral(
                        "SELECT SUM(o.value) FROM observation o JOIN indicator i ON i.id = o.indicator_id "
                        "JOIN area a ON a.id = o.area_id WHERE i.indicator_key = ? AND o.period_start = "
                        "'2024-06-01' AND ") +
                        areaFilter,
                    {key})
            .toDouble();
    };
    const double force = sum(QStringLiteral("a.code = 'E23000001'"));
    const double boroughs = sum(QStringLiteral("a.kind = 'local_authority'"));
    QVERIFY(force > 0);
    QCOMPARE(force, boroughs);
    // The City of London is policed by its own force, not the MPS.
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM observation o JOIN area a ON a.id = o.area_id "
                                      "WHERE a.code = 'E09000001'"))
                 .toInt(),
             0);
}

void TestDemoGenerator::magnitudesAreRealistic()
{
    const Database &db = m_ws->database();
    auto yearTotal = [&](const QString &key) {
        return db
            .scalar(QStringLiteral(
                        "SELECT SUM(o.value) FROM observation o JOIN indicator i ON i.id = o.indicator_id "
                        "JOIN area a ON a.id = o.area_id WHERE i.indicator_key = ? AND a.code = 'E23000001' "
                        "AND o.period_start BETWEEN '2023-01-01' AND '2023-12-01'"),
                    {key})
            .toDouble();
    };
    const double robbery = yearTotal(QStringLiteral("mps.borough:ROBBERY/ROBBERY OF PERSONAL PROPERTY"));
    QVERIFY2(robbery > 15000 && robbery < 45000, qPrintable(QString::number(robbery)));
    const double homicide = yearTotal(QStringLiteral("mps.borough:VIOLENCE AGAINST THE PERSON/HOMICIDE"));
    QVERIFY2(homicide > 60 && homicide < 200, qPrintable(QString::number(homicide)));
    // Survey proportions are fractions with a base near 400 per borough.
    QSqlQuery pas =
        db.exec(QStringLiteral("SELECT MIN(o.value), MAX(o.value), MIN(o.sample_size), MAX(o.sample_size), "
                               "MIN(o.period_kind), MAX(o.period_kind) FROM observation o JOIN indicator i "
                               "ON i.id = o.indicator_id JOIN area a ON a.id = o.area_id WHERE "
                               "i.indicator_key = 'pas:\"Good Job\" local' AND a.kind = 'local_authority'"));
    QVERIFY(pas.next());
    QVERIFY(pas.value(0).toDouble() > 0.2 && pas.value(1).toDouble() < 0.9);
    QVERIFY(pas.value(2).toInt() >= 380 && pas.value(3).toInt() <= 440);
    QCOMPARE(pas.value(4).toString(), QStringLiteral("rolling_12"));
    QCOMPARE(pas.value(5).toString(), QStringLiteral("rolling_12"));
}

void TestDemoGenerator::burglaryFollowsTheSeriesBreak()
{
    const Database &db = m_ws->database();
    auto range = [&](const QString &key) {
        QSqlQuery q =
            db.exec(QStringLiteral("SELECT MIN(o.period_start), MAX(o.period_start) FROM observation o JOIN "
                                   "indicator i ON i.id = o.indicator_id WHERE i.indicator_key = ?"),
                    {key});
        q.next();
        return qMakePair(q.value(0).toString(), q.value(1).toString());
    };
    QCOMPARE(range(QStringLiteral("mps.borough:BURGLARY/BURGLARY IN A DWELLING")).second,
             QStringLiteral("2024-01-01"));
    QCOMPARE(range(QStringLiteral("mps.borough:BURGLARY/BURGLARY - RESIDENTIAL")).first,
             QStringLiteral("2024-02-01"));
}

void TestDemoGenerator::isDeterministic()
{
    auto again = Workspace::create(m_dir.filePath(QStringLiteral("demo2.cwb")), CreateOptions{true});
    QVERIFY(again.ok());
    const QString checksum =
        QStringLiteral("SELECT COUNT(*), SUM(value * (id % 97)), SUM(COALESCE(sample_size, 0)) "
                       "FROM observation");
    QSqlQuery a = m_ws->database().exec(checksum);
    QSqlQuery b = again.value()->database().exec(checksum);
    QVERIFY(a.next() && b.next());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(a.value(i).toDouble(), b.value(i).toDouble());
}

// One mid-year population per calendar year 2011–2025 for each of the 32 boroughs and the force
// area: 15 × 33 = 495 observations; the force's is the sum of the boroughs'; London without the
// City had about 8.2 million residents in 2011 and about 9.6 million in 2024.
void TestDemoGenerator::populationsForTheBoroughs()
{
    const Database &db = m_ws->database();
    const QString key = QLatin1String(populationIndicatorKey);
    const QString from = QStringLiteral(
        " FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN area a ON a.id = o.area_id "
        "WHERE i.indicator_key = ? AND o.period_kind = 'calendar_year'");
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*)") + from, {key}).toInt(), 495);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(DISTINCT a.code)") + from, {key}).toInt(), 33);
    for (const QString &year : {QStringLiteral("2011-01-01"), QStringLiteral("2025-01-01")}) {
        const double force = db.scalar(QStringLiteral("SELECT SUM(o.value)") + from +
                                           QStringLiteral(" AND a.code = 'E23000001' AND o.period_start = ?"),
                                       {key, year})
                                 .toDouble();
        const double boroughs =
            db.scalar(QStringLiteral("SELECT SUM(o.value)") + from +
                          QStringLiteral(" AND a.kind = 'local_authority' AND o.period_start = ?"),
                      {key, year})
                .toDouble();
        QCOMPARE(force, boroughs);
        QVERIFY2(force > 7.5e6 && force < 1.05e7, qPrintable(QString::number(force)));
    }
    // Every borough between 100,000 and 700,000 residents, as London boroughs are.
    QVERIFY(db.scalar(QStringLiteral("SELECT MIN(o.value)") + from +
                          QStringLiteral(" AND a.kind = 'local_authority'"),
                      {key})
                .toDouble() > 100000);
    QVERIFY(db.scalar(QStringLiteral("SELECT MAX(o.value)") + from +
                          QStringLiteral(" AND a.kind = 'local_authority'"),
                      {key})
                .toDouble() < 700000);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
