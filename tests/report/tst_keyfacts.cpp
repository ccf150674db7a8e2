// Key facts in plain English from worked examples: rises and falls, significant or not, small
// numbers (absolute change), proportions in points, no comparison, no data; and the period
// phrases.
#include "report/keyfacts.h"

#include <QTest>

using namespace cw;

class TestKeyFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentence_data();
    void sentence();
    void numbersComeFromTheChange();
    void periodPhrases();
};

namespace {

ChangeSummary counts(double current, double previous, std::optional<double> percent, ChangeFlag flag)
{
    ChangeSummary c;
    c.comparison = QStringLiteral("12 months to January 2025 against 12 months to January 2024");
    c.current = current;
    c.previous = previous;
    c.percent = percent;
    c.test = QStringLiteral("Poisson z");
    c.flag = flag;
    return c;
}

} // namespace

void TestKeyFacts::sentence_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("area");
    QTest::addColumn<double>("current");
    QTest::addColumn<double>("previous");
    QTest::addColumn<double>("percent"); // NaN: absent
    QTest::addColumn<double>("points");  // NaN: absent
    QTest::addColumn<int>("flag");
    QTest::addColumn<QString>("expected");
    const double none = qQNaN();

    // 24,310 against 26,424: (24,310 − 26,424) / 26,424 = −8.0%; z = 2(√24310 − √26424) = −13.3.
    QTest::newRow("significant fall")
        << "Robbery" << int(Unit::Count) << "" << 24310.0 << 26424.0 << -8.0 << none
        << int(ChangeFlag::SignificantImprovement)
        << "Robbery fell 8% in the 12 months to January 2025 compared with the previous "
           "12 months (24,310 against 26,424); the fall is statistically significant.";
    // 1,180 against 1,176: +0.34% → "0.3%"; z = 2(√1180 − √1176) = 0.12, not significant.
    QTest::newRow("small rise, one decimal")
        << "Robbery" << int(Unit::Count) << "Westminster" << 1180.0 << 1176.0 << 0.34 << none
        << int(ChangeFlag::NoSignificantChange)
        << "Robbery in Westminster rose 0.3% in the 12 months to January 2025 compared with the previous 12 "
           "months "
           "(1,180 against 1,176); the rise is not statistically significant.";
    // Below the small-number base (20): no percentage, the absolute change instead (16 − 12 = 4).
    QTest::newRow("small numbers")
        << "Homicide" << int(Unit::Count) << "Camden" << 16.0 << 12.0 << none << none
        << int(ChangeFlag::NoSignificantChange)
        << "Homicide in Camden rose by 4 in the 12 months to January 2025 compared with "
           "the previous 12 months (16 against 12); the rise is not statistically "
           "significant.";
    // Proportions: 67.0% against 64.9% is +2.1 points.
    QTest::newRow("proportion in points")
        << "Trust in the MPS" << int(Unit::Percent) << "London" << 67.0 << 64.9 << none << 2.1
        << int(ChangeFlag::SignificantImprovement)
        << "Trust in the MPS in London rose 2.1 points to 67.0% in the 12 months to January 2025 compared "
           "with the "
           "previous 12 months (64.9%); the rise is statistically significant.";
    QTest::newRow("unchanged")
        << "Homicide" << int(Unit::Count) << "" << 12.0 << 12.0 << 0.0 << none
        << int(ChangeFlag::NoSignificantChange)
        << "Homicide was unchanged at 12 in the 12 months to January 2025 compared with the "
           "previous 12 months.";
    // 0 against 0 aside, InsufficientData with two values: too few data to test.
    QTest::newRow("insufficient data")
        << "Exploitation" << int(Unit::Count) << "" << 3.0 << 1.0 << none << none
        << int(ChangeFlag::InsufficientData)
        << "Exploitation rose by 2 in the 12 months to January 2025 compared with the "
           "previous 12 months (3 against 1); there are too few data to test the "
           "change.";
}

void TestKeyFacts::sentence()
{
    QFETCH(QString, title);
    QFETCH(int, unit);
    QFETCH(QString, area);
    QFETCH(double, current);
    QFETCH(double, previous);
    QFETCH(double, percent);
    QFETCH(double, points);
    QFETCH(int, flag);
    QFETCH(QString, expected);
    ChangeSummary change =
        counts(current, previous, qIsNaN(percent) ? std::nullopt : std::optional(percent), ChangeFlag(flag));
    if (!qIsNaN(points)) {
        change.points = points;
        change.test = QStringLiteral("two-proportion z");
    }
    KeyFactInput input;
    input.measureTitle = title;
    input.unit = Unit(unit);
    input.areaName = area;
    input.currentLabel = QStringLiteral("the 12 months to January 2025");
    input.previousLabel = QStringLiteral("the previous 12 months");
    const KeyFact fact = generateKeyFact(input, change, std::nullopt);
    QCOMPARE(fact.text, expected);
}

void TestKeyFacts::numbersComeFromTheChange()
{
    KeyFactInput input;
    input.measureTitle = QStringLiteral("Robbery");
    input.areaCode = QStringLiteral("E23000001");
    input.currentLabel = QStringLiteral("the 12 months to January 2025");
    input.previousLabel = QStringLiteral("the previous 12 months");
    ChangeSummary change = counts(24310, 26424, -8.0, ChangeFlag::SignificantImprovement);
    change.pValue = 0.0001;
    MeasurePoint latest;
    latest.period = Period::rolling12(2025, 1);
    latest.value = 24310;
    const KeyFact fact = generateKeyFact(input, change, latest);
    QCOMPARE(fact.areaCode, QStringLiteral("E23000001"));
    QCOMPARE(fact.latestPeriod, QStringLiteral("R12:2025-01"));
    QCOMPARE(*fact.latestValue, 24310.0);
    QCOMPARE(*fact.current, 24310.0);
    QCOMPARE(*fact.previous, 26424.0);
    QCOMPARE(*fact.percent, -8.0);
    QCOMPARE(*fact.pValue, 0.0001);
    QCOMPARE(fact.flag, QStringLiteral("significant_improvement"));
    QCOMPARE(fact.testName, QStringLiteral("Poisson z"));

    // No current value at all: says there are no data, with no numbers.
    const KeyFact empty = generateKeyFact(input, ChangeSummary{}, std::nullopt);
    QCOMPARE(empty.text, QStringLiteral("There are no data for Robbery."));
    QVERIFY(!empty.current);
    QCOMPARE(empty.flag, QStringLiteral("insufficient_data"));

    // A current value without an earlier period to compare with.
    ChangeSummary first;
    first.current = 120;
    const KeyFact alone = generateKeyFact(input, first, std::nullopt);
    QCOMPARE(alone.text,
             QStringLiteral("Robbery was 120 in the 12 months to January 2025; there is no earlier "
                            "period to compare it with."));
}

void TestKeyFacts::periodPhrases()
{
    QCOMPARE(periodPhrase(Period::rolling12(2025, 1)), QStringLiteral("the 12 months to January 2025"));
    QCOMPARE(previousPeriodPhrase(Period::rolling12(2025, 1), Period::rolling12(2024, 1)),
             QStringLiteral("the previous 12 months"));
    QCOMPARE(previousPeriodPhrase(Period::quarter(2025, 1), Period::quarter(2024, 1)),
             QStringLiteral("Q1 2024"));
    QCOMPARE(periodPhrase(Period::financialYear(2024)), QStringLiteral("2024/25"));
    QCOMPARE(periodPhrase(Period::month(2025, 1)), QStringLiteral("January 2025"));
}

QTEST_GUILESS_MAIN(TestKeyFacts)
#include "tst_keyfacts.moc"
