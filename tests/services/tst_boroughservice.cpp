// BoroughService on the demo workspace: one row per MPS borough, rates per 1,000 residents
// worked out from the stored figures, the funnel of rates (and of survey proportions), and what
// happens when the population of the latest year, or any population, is missing.
#include "domain/population.h"
#include "services/boroughservice.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cw;

class TestBoroughService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneRowPerMpsBorough();
    void rateIsValuePerThousandResidents();
    void funnelOfRates();
    void surveyMeasureUsesProportions();
    void unknownMeasureIsAnError();
    // These two change the workspace: they run last, in this order.
    void earlierPopulationWhenTheLatestIsMissing();
    void noPopulationExplainsHowToImportIt();

private:
    BoroughComparison robbery() const;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

namespace {

ScorecardOptions planOptions()
{
    ScorecardOptions options;
    options.planCode = QStringLiteral("PCP-2025-29");
    return options;
}

const BoroughRow *rowFor(const BoroughComparison &c, const QString &code)
{
    for (const BoroughRow &row : c.rows) {
        if (row.code == code)
            return &row;
    }
    return nullptr;
}

} // namespace

void TestBoroughService::initTestCase()
{
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("demo.cwb")), CreateOptions{true});
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
}

BoroughComparison TestBoroughService::robbery() const
{
    const auto result = m_ws->boroughs().compare(QStringLiteral("ROBBERY"), planOptions());
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return result.value();
}

// The demo data covers the 32 boroughs the MPS polices; the City of London has none.
void TestBoroughService::oneRowPerMpsBorough()
{
    const BoroughComparison c = robbery();
    QCOMPARE(c.rows.size(), 32);
    QVERIFY(!rowFor(c, QStringLiteral("E09000001")));
    QCOMPARE(c.measure.code, QStringLiteral("ROBBERY"));
    QCOMPARE(c.basis, BoroughComparison::Basis::Rate);
    QVERIFY(c.latestPeriod.has_value());
    QCOMPARE(c.latestPeriod->key(), QStringLiteral("R12:2025-12"));
    for (const BoroughRow &row : c.rows) {
        QVERIFY(row.tile.has_value());
        QCOMPARE(row.series.size(), 36);
        QCOMPARE(row.series.last().value, row.latest.value);
        QVERIFY(row.population.has_value());
        QCOMPARE(row.populationYear, 2025);
        QVERIFY(!row.populationEarlier);
    }
    // By name: Barking and Dagenham first, Westminster last.
    QCOMPARE(c.rows.first().name, QStringLiteral("Barking and Dagenham"));
    QCOMPARE(c.rows.last().name, QStringLiteral("Westminster"));
}

// Camden (E09000007), 12 months to December 2025: the robbery count is the sum of both robbery
// indicators over January–December 2025, read here straight from the observations; the
// population is the 2025 mid-year figure; rate = count / population × 1,000.
void TestBoroughService::rateIsValuePerThousandResidents()
{
    const Database &db = m_ws->database();
    const double count =
        db.scalar(QStringLiteral("SELECT SUM(o.value) FROM observation o JOIN indicator i ON i.id = "
                                 "o.indicator_id JOIN area a ON a.id = o.area_id WHERE a.code = 'E09000007' "
                                 "AND i.indicator_key LIKE 'mps.borough:ROBBERY/%' AND o.period_kind = "
                                 "'month' AND o.period_start BETWEEN '2025-01-01' AND '2025-12-01'"))
            .toDouble();
    const double population =
        db.scalar(QStringLiteral("SELECT o.value FROM observation o JOIN indicator i ON i.id = "
                                 "o.indicator_id JOIN area a ON a.id = o.area_id WHERE a.code = 'E09000007' "
                                 "AND i.indicator_key = ? AND o.period_start = '2025-01-01'"),
                  {QLatin1String(populationIndicatorKey)})
            .toDouble();
    QVERIFY(count > 100);
    QVERIFY(population > 100000 && population < 600000);
    const BoroughComparison comparison = robbery(); // the rows point into it
    const BoroughRow *camden = rowFor(comparison, QStringLiteral("E09000007"));
    QVERIFY(camden);
    QCOMPARE(camden->latest.value, count);
    QCOMPARE(*camden->population, population);
    // e.g. 1,000 robberies among 250,000 residents → 1,000 / 250,000 × 1,000 = 4.0 per 1,000.
    QVERIFY(std::abs(*camden->rate - count / population * 1000.0) < 1e-9);
    QVERIFY2(*camden->rate > 1 && *camden->rate < 15, qPrintable(QString::number(*camden->rate)));
}

// London rate = Σ counts / Σ populations × 1,000 over the 32 boroughs; boroughs' counts are
// large, so the demo's differences between boroughs make the data over-dispersed.
void TestBoroughService::funnelOfRates()
{
    const BoroughComparison c = robbery();
    QVERIFY(c.funnel.valid);
    QCOMPARE(c.funnel.points.size(), 32);
    double counts = 0;
    double people = 0;
    for (const BoroughRow &row : c.rows) {
        counts += row.latest.value;
        people += *row.population;
        QVERIFY(row.funnelZ.has_value());
    }
    QVERIFY(std::abs(c.funnel.target - counts / people * 1000.0) < 1e-9);
    QCOMPARE(c.funnel.adjustment, Funnel::Adjustment::Additive);
    QVERIFY2(c.funnelNote.contains(QStringLiteral("over-dispersion")), qPrintable(c.funnelNote));
    // Each row's position agrees with the limits at its population.
    for (const BoroughRow &row : c.rows) {
        const bool above = *row.rate > c.funnel.limit(*row.population, 0.95, true);
        const bool below = *row.rate < c.funnel.limit(*row.population, 0.95, false);
        QCOMPARE(Funnel::isException(row.position), above || below);
    }
}

void TestBoroughService::surveyMeasureUsesProportions()
{
    const auto result = m_ws->boroughs().compare(QStringLiteral("PAS-TRUST"), planOptions());
    QVERIFY(result.ok());
    QCOMPARE(result->rows.size(), 32);
    QCOMPARE(result->basis, BoroughComparison::Basis::Proportion);
    QVERIFY(result->funnel.valid);
    QCOMPARE(result->funnel.kind, Funnel::Kind::Proportion);
    for (const BoroughRow &row : result->rows) {
        QVERIFY(!row.rate.has_value());
        QVERIFY(row.latest.sampleSize.has_value());
        QVERIFY(row.change.points.has_value() || row.change.flag == ChangeFlag::InsufficientData);
    }
    // The target is the base-weighted mean of the boroughs' proportions (0–1).
    QVERIFY(result->funnel.target > 0.5 && result->funnel.target < 0.95);
}

void TestBoroughService::unknownMeasureIsAnError()
{
    const auto result = m_ws->boroughs().compare(QStringLiteral("NO-SUCH"), planOptions());
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("NO-SUCH")));
}

void TestBoroughService::earlierPopulationWhenTheLatestIsMissing()
{
    m_ws->database().exec(QStringLiteral(
        "DELETE FROM observation WHERE period_kind = 'calendar_year' AND period_start = '2025-01-01'"));
    const BoroughComparison c = robbery();
    const BoroughRow *camden = rowFor(c, QStringLiteral("E09000007"));
    QCOMPARE(camden->populationYear, 2024);
    QVERIFY(camden->populationEarlier);
    QVERIFY2(c.populationNote.contains(QStringLiteral("32 of the boroughs")), qPrintable(c.populationNote));
    QVERIFY(c.funnel.valid);
}

void TestBoroughService::noPopulationExplainsHowToImportIt()
{
    m_ws->database().exec(QStringLiteral("DELETE FROM observation WHERE period_kind = 'calendar_year'"));
    const BoroughComparison c = robbery();
    QCOMPARE(c.rows.size(), 32);
    QVERIFY(c.populationMissing);
    QVERIFY(!c.funnel.valid);
    QVERIFY(!c.rows.first().rate.has_value());
    QVERIFY2(c.funnelNote.contains(QStringLiteral("population")), qPrintable(c.funnelNote));
    QVERIFY2(c.funnelNote.contains(QStringLiteral("Import")), qPrintable(c.funnelNote));
}

QTEST_GUILESS_MAIN(TestBoroughService)
#include "tst_boroughservice.moc"
