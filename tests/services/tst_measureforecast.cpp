// measureForecast(): which months the explorer's forecast is fitted on and runs to, worked on
// a small series, and which observed months it flags as outside its interval.
#include "services/measurecomputation.h"

#include <QTest>

using namespace cw;

namespace {

Measure monthlyCount()
{
    Measure m;
    m.code = QStringLiteral("T");
    m.formula.kind = FormulaKind::Sum;
    m.frequency = Frequency::Monthly;
    m.unit = Unit::Count;
    m.target.period = QStringLiteral("2025-03");
    return m;
}

// April 2021 … March 2024 (36 months, i = 0 … 35): 100, plus 10 in every December, plus noise
// (7i mod 5) − 2 ∈ {−2 … 2}, which has a 5-month cycle and so is not a month-of-year effect;
// then April 2024 = 100 and May 2024 = 150.
QList<MeasurePoint> series()
{
    QList<MeasurePoint> points;
    Period month = Period::month(2021, 4);
    for (int i = 0; i < 36; ++i, month = month.next()) {
        const int m = month.start().month();
        points.append({month, 100.0 + (m == 12 ? 10.0 : 0.0) + double((7 * i) % 5 - 2), std::nullopt, 0});
    }
    points.append({Period::month(2024, 4), 100, std::nullopt, 0});
    points.append({Period::month(2024, 5), 150, std::nullopt, 0});
    return points;
}

} // namespace

class TestMeasureForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workedExample();
    void horizonIsTheLaterOfTargetAndYearEnd();
    void onlyMonthlyCounts();
};

void TestMeasureForecast::workedExample()
{
    const Plan plan;
    const Forecast f = measureForecast(plan, monthlyCount(), series());
    QVERIFY2(f.valid, qPrintable(f.note));
    // Latest month May 2024: fitted to the last March before it, 36 months (Apr 2021 – Mar 2024).
    QCOMPARE(f.origin, Period::month(2024, 3));
    QCOMPARE(f.fittedMonths, 36);
    // To the target, March 2025: April 2024 … March 2025.
    QCOMPARE(f.points.size(), 12);
    QCOMPARE(f.points.first().month, Period::month(2024, 4));
    QCOMPARE(f.points.last().month, Period::month(2025, 3));
    // The level is 100 and December 10 higher; each month's noise averages −2 … 2 over three
    // years (April: i = 0, 12, 24 → −2, 2, 1, mean 1/3), so forecasts lie within 2 of that, and
    // the noise (sd ≈ 1.4) gives an interval several points wide but well under 50.
    QVERIFY(qAbs(f.points.at(0).forecast - 100.0) < 2);
    QVERIFY(qAbs(f.points.at(1).forecast - 100.0) < 2);
    QVERIFY(qAbs(f.points.at(8).forecast - 110.0) < 2);
    QCOMPARE(f.points.at(8).month, Period::month(2024, 12));
    for (const ForecastPoint &p : f.points) {
        QVERIFY(p.upper - p.lower > 2);
        QVERIFY(p.upper - p.lower < 20);
    }
    // April observed 100: inside. May observed 150: outside (flagged).
    QCOMPARE(f.points.at(0).observed, std::optional<double>(100.0));
    QVERIFY(!f.points.at(0).outside);
    QCOMPARE(f.points.at(1).observed, std::optional<double>(150.0));
    QVERIFY(f.points.at(1).outside);
    QCOMPARE(f.outsideCount(), 1);
    QVERIFY(!f.points.at(2).observed); // June: not observed yet
}

void TestMeasureForecast::horizonIsTheLaterOfTargetAndYearEnd()
{
    Measure m = monthlyCount();
    m.target.period = QStringLiteral("2020-03"); // long past: forecast to the end of 2024/25
    Plan plan;
    plan.endPeriod = QStringLiteral("2019-03");
    Forecast f = measureForecast(plan, m, series());
    QVERIFY(f.valid);
    QCOMPARE(f.points.last().month, Period::month(2025, 3));
    // No target month: the Plan's end.
    m.target.period.clear();
    plan.endPeriod = QStringLiteral("2026-03");
    f = measureForecast(plan, m, series());
    QCOMPARE(f.points.last().month, Period::month(2026, 3));
    QCOMPARE(f.points.size(), 24);
}

void TestMeasureForecast::onlyMonthlyCounts()
{
    Measure m = monthlyCount();
    m.formula.kind = FormulaKind::Proportion;
    m.unit = Unit::Percent;
    const Forecast f = measureForecast(Plan(), m, series());
    QVERIFY(!f.valid);
    QVERIFY(!f.note.isEmpty());
    // Too short a series: not valid either (fewer than 24 months before the origin).
    const Forecast shortSeries = measureForecast(Plan(), monthlyCount(), series().mid(20));
    QVERIFY(!shortSeries.valid);
}

QTEST_GUILESS_MAIN(TestMeasureForecast)
#include "tst_measureforecast.moc"
