#include "analysis/proportion.h"

#include <cmath>

#include <QTest>

using namespace cw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(cw::BaseQuality)

namespace {
bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) < tolerance;
}

SurveyResult survey(const Period &period, double p, double n)
{
    SurveyResult r;
    r.period = period;
    r.proportion = p;
    r.base = n;
    return r;
}

// Non-overlapping rolling years: 12 months to September 2024 against the 12 months before.
const Period kThisYear = Period::rolling12(2024, 9);
const Period kLastYear = Period::rolling12(2023, 9);
} // namespace

class TestProportion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wilson_data();
    void wilson();
    void baseQuality_data();
    void baseQuality();
    void assumedBaseIsCarried();
    void changeLondon();
    void changeBorough();
    void overlappingPeriodsAreRefused();
    void suppressedBaseIsRefused();
    void unchangedExtremes();
    void gapAndChangeInGap();
    void gapChangeTooNoisy();
};

void TestProportion::wilson_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("n");
    QTest::addColumn<double>("deff");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");

    // z = 1.959964, z² = 3.841459. Half-width = z/(1 + z²/n) × √(p(1−p)/n + z²/4n²).
    // London R12, n = 12,800: z²/n = 0.000300; √(0.25/12800 + 3.84/(4·12800²)) = 0.0044201;
    // 1.959964 × 0.0044201 / 1.000300 = 0.008661 → 50% ± 0.9 points (statistics.md).
    QTest::newRow("London n=12800") << 0.5 << 12800.0 << 1.0 << 0.491339401 << 0.508660599;
    // Borough R12, n = 400: z²/n = 0.009604; √(0.000625 + 0.0000060) = 0.025120;
    // 1.959964 × 0.025120 / 1.009604 = 0.048765 → 50% ± 4.9 points (statistics.md).
    QTest::newRow("borough n=400") << 0.5 << 400.0 << 1.0 << 0.451234504 << 0.548765496;
    // Design effect 1.5: effective n = 400 / 1.5 = 266.7 → ± 5.96 points.
    QTest::newRow("borough deff 1.5") << 0.5 << 400.0 << 1.5 << 0.440416236 << 0.559583764;
    // Near 0%, where the normal approximation fails (it would give 0 ± 0): 0 of 60 → [0, 6.0%].
    QTest::newRow("0% of 60") << 0.0 << 60.0 << 1.0 << 0.0 << 0.060171852;
    // 2% of 60: the normal interval would go below 0 (0.02 ± 0.035); Wilson gives [0.40%, 9.38%].
    QTest::newRow("2% of 60") << 0.02 << 60.0 << 1.0 << 0.004009708 << 0.093755270;
    // PAS "good job" 46% on n = 12,800 → [45.14%, 46.86%].
    QTest::newRow("46% London") << 0.46 << 12800.0 << 1.0 << 0.451379152 << 0.468644850;
}

void TestProportion::wilson()
{
    QFETCH(double, p);
    QFETCH(double, n);
    QFETCH(double, deff);
    QFETCH(double, lower);
    QFETCH(double, upper);
    ProportionOptions options;
    options.designEffect = deff;
    const ProportionEstimate e = wilsonInterval(p, n, options);
    QVERIFY2(near(e.lower, lower, 1e-8), qPrintable(QString::number(e.lower, 'f', 10)));
    QVERIFY2(near(e.upper, upper, 1e-8), qPrintable(QString::number(e.upper, 'f', 10)));
    QVERIFY(near(e.effectiveBase, n / deff));
    QCOMPARE(e.base, n);
}

void TestProportion::baseQuality_data()
{
    QTest::addColumn<double>("n");
    QTest::addColumn<BaseQuality>("quality");
    QTest::newRow("49 suppressed") << 49.0 << BaseQuality::Suppressed;
    QTest::newRow("50 caution") << 50.0 << BaseQuality::Caution;
    QTest::newRow("99 caution") << 99.0 << BaseQuality::Caution;
    QTest::newRow("100 adequate") << 100.0 << BaseQuality::Adequate;
}

void TestProportion::baseQuality()
{
    QFETCH(double, n);
    QFETCH(BaseQuality, quality);
    QCOMPARE(wilsonInterval(0.5, n).quality, quality);
    // Configurable: with bases of 30 and 60, 49 is only a caution.
    ProportionOptions options;
    options.suppressBelow = 30;
    options.cautionBelow = 60;
    if (n == 49.0)
        QCOMPARE(wilsonInterval(0.5, n, options).quality, BaseQuality::Caution);
}

void TestProportion::assumedBaseIsCarried()
{
    SurveyResult r = survey(kThisYear, 0.62, 400);
    r.baseAssumed = true;
    QVERIFY(estimate(r).baseAssumed);
    QVERIFY(near(estimate(r).proportion, 0.62));
}

void TestProportion::changeLondon()
{
    // 46% against 50%, n = 12,800 each. Pooled p = 0.48; SE = √(0.48·0.52·2/12800) = 0.0062450;
    // z = −0.04 / 0.0062450 = −6.405 → significant deterioration (higher is better).
    const ProportionDifference d = compareProportions(
        survey(kThisYear, 0.46, 12800), survey(kLastYear, 0.50, 12800), Polarity::HigherIsBetter);
    QVERIFY(near(d.difference, -0.04));
    QVERIFY(near(d.z, -6.405126152, 1e-6));
    QVERIFY(d.pValue < 1e-9);
    // Interval from the unpooled SE 0.0062400: −4.0 ± 1.22 points.
    QVERIFY(near(d.standardError, 0.006239992, 1e-8));
    QVERIFY(near(d.lower, -0.052230160, 1e-8));
    QVERIFY(near(d.upper, -0.027769840, 1e-8));
    QCOMPARE(d.flag, ChangeFlag::SignificantDeterioration);
}

void TestProportion::changeBorough()
{
    // The same 4-point fall on n = 400: SE = √(0.48·0.52·2/400) = 0.035327; z = −1.132, p = 0.258
    // → no significant change; interval −4.0 ± 6.9 points spans 0.
    const ProportionDifference d = compareProportions(survey(kThisYear, 0.46, 400),
                                                      survey(kLastYear, 0.50, 400), Polarity::HigherIsBetter);
    QVERIFY(near(d.z, -1.132277034, 1e-6));
    QVERIFY(near(d.pValue, 0.257517982, 1e-6));
    QVERIFY(d.lower < 0 && d.upper > 0);
    QCOMPARE(d.flag, ChangeFlag::NoSignificantChange);
    // Lower is better (e.g. concern about ASB): a significant fall is an improvement.
    const ProportionDifference asb = compareProportions(
        survey(kThisYear, 0.20, 12800), survey(kLastYear, 0.23, 12800), Polarity::LowerIsBetter);
    QCOMPARE(asb.flag, ChangeFlag::SignificantImprovement);
}

void TestProportion::overlappingPeriodsAreRefused()
{
    // 12 months to September 2024 against 12 months to June 2024 share nine months of interviews.
    const ProportionDifference d =
        compareProportions(survey(kThisYear, 0.46, 12800), survey(Period::rolling12(2024, 6), 0.50, 12800),
                           Polarity::HigherIsBetter);
    QCOMPARE(d.flag, ChangeFlag::InsufficientData);
    QVERIFY(d.note.contains(u"overlap"_s));
    QVERIFY(periodsOverlap(Period::financialYear(2023), Period::rolling12(2024, 3)));
    QVERIFY(!periodsOverlap(Period::financialYear(2023), Period::financialYear(2024)));
}

void TestProportion::suppressedBaseIsRefused()
{
    const ProportionDifference d = compareProportions(survey(kThisYear, 0.46, 40),
                                                      survey(kLastYear, 0.80, 400), Polarity::HigherIsBetter);
    QCOMPARE(d.flag, ChangeFlag::InsufficientData);
    QVERIFY(d.note.contains(u"50"_s));
}

void TestProportion::unchangedExtremes()
{
    // 100% both years: pooled SE is 0, nothing to test.
    const ProportionDifference d = compareProportions(survey(kThisYear, 1.0, 200),
                                                      survey(kLastYear, 1.0, 200), Polarity::HigherIsBetter);
    QCOMPARE(d.flag, ChangeFlag::NoSignificantChange);
    QCOMPARE(d.pValue, 1.0);
}

void TestProportion::gapAndChangeInGap()
{
    // Trust: young Black women 55% (n = 1,200) against all Londoners 72% (n = 12,800).
    // gap = −0.17; SE = √(0.55·0.45/1200 + 0.72·0.28/12800) = √(0.00020625 + 0.00001575) = 0.014900
    // interval −17.0 ± 2.92 points → [−19.92, −14.08]; significant.
    const ProportionDifference now = gap(survey(kThisYear, 0.55, 1200), survey(kThisYear, 0.72, 12800));
    QVERIFY(near(now.difference, -0.17));
    QVERIFY(near(now.standardError, 0.014899664, 1e-8));
    QVERIFY(near(now.lower, -0.199202806, 1e-8));
    QVERIFY(near(now.upper, -0.140797194, 1e-8));
    QCOMPARE(now.flag, ChangeFlag::SignificantChange);
    // A year earlier: 47% against 73%, gap −0.26, SE 0.014933.
    const ProportionDifference before = gap(survey(kLastYear, 0.47, 1200), survey(kLastYear, 0.73, 12800));
    QVERIFY(near(before.standardError, 0.014932574, 1e-8));
    // DiD = −0.17 − (−0.26) = +0.09; SE = √(0.014900² + 0.014933²) = 0.021095; z = 4.266
    // interval [+4.87, +13.13] points; the gap narrowed → significant improvement.
    const ProportionDifference change = gapChange(now, before);
    QVERIFY(near(change.difference, 0.09));
    QVERIFY(near(change.standardError, 0.021094591, 1e-8));
    QVERIFY(near(change.z, 4.266496556, 1e-6));
    QVERIFY(near(change.lower, 0.048655361, 1e-8));
    QCOMPARE(change.flag, ChangeFlag::SignificantImprovement);
    // The reverse (the gap widening from −0.17 to −0.26) is a deterioration.
    QCOMPARE(gapChange(before, now).flag, ChangeFlag::SignificantDeterioration);
}

void TestProportion::gapChangeTooNoisy()
{
    // n = 300 in the group: gaps −0.17 (SE 0.028996) and −0.23 (SE 0.029133); DiD = +0.06,
    // SE = 0.041103, z = 1.460, p = 0.144 → no significant change.
    const ProportionDifference now = gap(survey(kThisYear, 0.55, 300), survey(kThisYear, 0.72, 12800));
    const ProportionDifference before = gap(survey(kLastYear, 0.50, 300), survey(kLastYear, 0.73, 12800));
    const ProportionDifference change = gapChange(now, before);
    QVERIFY(near(change.standardError, 0.041103306, 1e-8));
    QVERIFY(near(change.pValue, 0.144362481, 1e-6));
    QCOMPARE(change.flag, ChangeFlag::NoSignificantChange);
    // A suppressed group makes the gap, and so its change, untestable.
    const ProportionDifference tiny = gap(survey(kThisYear, 0.55, 30), survey(kThisYear, 0.72, 12800));
    QCOMPARE(tiny.flag, ChangeFlag::InsufficientData);
    QCOMPARE(gapChange(tiny, before).flag, ChangeFlag::InsufficientData);
}

QTEST_GUILESS_MAIN(TestProportion)
#include "tst_proportion.moc"
