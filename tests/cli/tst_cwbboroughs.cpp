// Runs `cwb boroughs` on a workspace holding hand-made figures (a tidy CSV), so that every
// number can be checked by hand: robbery in four boroughs over 2024, with and without the
// boroughs' populations.
#include "clitestkit.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cwtest;

class TestCwbBoroughs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutPopulationTheRatesAreMissing();
    void ratesAndTheLondonRate();
    void unknownMeasureFails();

private:
    QString workspace(bool withPopulation);
    QTemporaryDir m_dir;
    int m_count = 0;
};

namespace {

// Monthly robberies (personal property) in 2024 and residents in 2024:
// Camden 100 a month → 1,200 in the year, 240,000 residents → 1,200/240,000 × 1,000 = 5.00;
// Barnet 50 → 600, 400,000 → 1.50; Westminster 200 → 2,400, 200,000 → 12.00;
// Hackney 80 → 960, 260,000 → 3.6923. London: 5,160 / 1,100,000 × 1,000 = 4.6909.
struct Borough
{
    const char *code;
    int monthly;
    int population;
};
const Borough kBoroughs[] = {{"E09000007", 100, 240000},
                             {"E09000003", 50, 400000},
                             {"E09000033", 200, 200000},
                             {"E09000012", 80, 260000}};

QJsonObject rowFor(const QJsonObject &result, const QString &code)
{
    for (const QJsonValue &row : result.value(QStringLiteral("boroughs")).toArray()) {
        if (row.toObject().value(QStringLiteral("code")).toString() == code)
            return row.toObject();
    }
    return {};
}

} // namespace

QString TestCwbBoroughs::workspace(bool withPopulation)
{
    QTemporaryDir *dir = &m_dir;
    const QString path = dir->filePath(QStringLiteral("w%1.cwb").arg(++m_count));
    const CwbRun init = runCwb({QStringLiteral("init"), path});
    if (init.exitCode != 0)
        return {};
    QByteArray csv = "indicator,area,period,value,unit\n";
    for (const Borough &b : kBoroughs) {
        for (int month = 1; month <= 12; ++month)
            csv += "mps.borough:ROBBERY/ROBBERY OF PERSONAL PROPERTY," + QByteArray(b.code) + ",2024-" +
                   QByteArray::number(month).rightJustified(2, '0') + ',' + QByteArray::number(b.monthly) +
                   ",count\n";
        if (withPopulation)
            csv += "ons.mye:Population," + QByteArray(b.code) + ",2024," + QByteArray::number(b.population) +
                   ",count\n";
    }
    const QString file = fixture(m_dir, QStringLiteral("figures%1.csv").arg(m_count), csv);
    const CwbRun imported = runCwb({QStringLiteral("import"), path, file});
    if (imported.exitCode != 0)
        qWarning("%s", imported.err.constData());
    return imported.exitCode == 0 ? path : QString();
}

void TestCwbBoroughs::withoutPopulationTheRatesAreMissing()
{
    const QString path = workspace(false);
    QVERIFY(!path.isEmpty());
    const CwbRun run =
        runCwb({QStringLiteral("boroughs"), path, QStringLiteral("ROBBERY"), QStringLiteral("--plan"),
                QStringLiteral("PCP-2025-29"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = jsonObject(run.out);
    QCOMPARE(result.value(QStringLiteral("boroughs")).toArray().size(), 4);
    QCOMPARE(result.value(QStringLiteral("population_missing")).toBool(), true);
    QVERIFY(rowFor(result, QStringLiteral("E09000007")).value(QStringLiteral("rate_per_1000")).isNull());
    const QJsonObject funnel = result.value(QStringLiteral("funnel")).toObject();
    QCOMPARE(funnel.value(QStringLiteral("valid")).toBool(), false);
    QVERIFY(funnel.value(QStringLiteral("note")).toString().contains(QStringLiteral("population")));
}

void TestCwbBoroughs::ratesAndTheLondonRate()
{
    const QString path = workspace(true);
    QVERIFY(!path.isEmpty());
    const CwbRun run =
        runCwb({QStringLiteral("boroughs"), path, QStringLiteral("ROBBERY"), QStringLiteral("--plan"),
                QStringLiteral("PCP-2025-29"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = jsonObject(run.out);
    QCOMPARE(result.value(QStringLiteral("period")).toString(), QStringLiteral("R12:2024-12"));
    const QJsonObject camden = rowFor(result, QStringLiteral("E09000007"));
    QCOMPARE(camden.value(QStringLiteral("value")).toDouble(), 1200.0);
    QCOMPARE(camden.value(QStringLiteral("population")).toDouble(), 240000.0);
    QCOMPARE(camden.value(QStringLiteral("population_year")).toInt(), 2024);
    QVERIFY(std::abs(camden.value(QStringLiteral("rate_per_1000")).toDouble() - 5.0) < 1e-9);
    QVERIFY(
        std::abs(
            rowFor(result, QStringLiteral("E09000012")).value(QStringLiteral("rate_per_1000")).toDouble() -
            960.0 / 260.0) < 1e-9);
    const QJsonObject funnel = result.value(QStringLiteral("funnel")).toObject();
    QCOMPARE(funnel.value(QStringLiteral("valid")).toBool(), true);
    QVERIFY(std::abs(funnel.value(QStringLiteral("target")).toDouble() - 5160.0 / 1100.0) < 1e-9);
    // Rates from 1.5 to 12 per 1,000 on counts in the hundreds: far more spread than chance.
    QCOMPARE(funnel.value(QStringLiteral("adjustment")).toString(), QStringLiteral("additive"));
    // The text table names every borough.
    const CwbRun text = runCwb({QStringLiteral("boroughs"), path, QStringLiteral("ROBBERY"),
                                QStringLiteral("--plan"), QStringLiteral("PCP-2025-29")});
    QCOMPARE(text.exitCode, 0);
    for (const char *name : {"Camden", "Barnet", "Westminster", "Hackney"})
        QVERIFY2(text.outText().contains(QLatin1String(name)), qPrintable(text.outText()));
}

void TestCwbBoroughs::unknownMeasureFails()
{
    const QString path = workspace(false);
    const CwbRun run = runCwb({QStringLiteral("boroughs"), path, QStringLiteral("NO-SUCH")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errText().contains(QStringLiteral("NO-SUCH")));
}

QTEST_GUILESS_MAIN(TestCwbBoroughs)
#include "tst_cwbboroughs.moc"
