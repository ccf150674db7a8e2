#include "analysis/countchange.h"

#include "domain/period.h"

#include <cmath>

#include <QTest>

using namespace cw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(cw::Polarity)
Q_DECLARE_METATYPE(cw::ChangeFlag)
Q_DECLARE_METATYPE(cw::CountTest)

namespace {
bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) < tolerance;
}
} // namespace

class TestCountChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void worked_data();
    void worked();
    void exactTestOption();
    void thresholdIsConfigurable();
    void smallNumberBaseIsConfigurable();
    void negativeCounts();
    void labels();
};

void TestCountChange::worked_data()
{
    QTest::addColumn<qint64>("current");
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<Polarity>("polarity");
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("exactP");
    QTest::addColumn<bool>("hasPercent");
    QTest::addColumn<double>("percent");
    QTest::addColumn<CountTest>("test");
    QTest::addColumn<ChangeFlag>("flag");

    const auto lower = Polarity::LowerIsBetter;
    const auto higher = Polarity::HigherIsBetter;
    // z = 2(√120 − √80) = 2(10.954451 − 8.944272) = 4.020358 > 3 → significant; +50%.
    // Exact: P(X ≥ 120 | Binomial(200, 0.5)) × 2 = 0.005685.
    QTest::newRow("120 vs 80, crime up")
        << qint64(120) << qint64(80) << lower << 4.020358 << 0.005685156 << true << 50.0
        << CountTest::PoissonZ << ChangeFlag::SignificantDeterioration;
    // z = 2(√80 − √120) = −4.020358; a fall of 40/120 = 33.3%.
    QTest::newRow("80 vs 120, crime down")
        << qint64(80) << qint64(120) << lower << -4.020358 << 0.005685156 << true << -33.333333
        << CountTest::PoissonZ << ChangeFlag::SignificantImprovement;
    QTest::newRow("120 vs 80, higher better")
        << qint64(120) << qint64(80) << higher << 4.020358 << 0.005685156 << true << 50.0
        << CountTest::PoissonZ << ChangeFlag::SignificantImprovement;
    QTest::newRow("120 vs 80, no polarity")
        << qint64(120) << qint64(80) << Polarity::None << 4.020358 << 0.005685156 << true << 50.0
        << CountTest::PoissonZ << ChangeFlag::SignificantChange;
    // z = 2(√110 − √100) = 2(10.488088 − 10) = 0.976177 < 3 → a 10% rise that is noise.
    QTest::newRow("110 vs 100") << qint64(110) << qint64(100) << lower << 0.976177 << 0.53466154 << true
                                << 10.0 << CountTest::PoissonZ << ChangeFlag::NoSignificantChange;
    // z = 2(√1000 − √1100) = 2(31.622777 − 33.166248) = −3.086943, |z| > 3 → a 9.1% fall flagged.
    QTest::newRow("1000 vs 1100") << qint64(1000) << qint64(1100) << lower << -3.086943 << 0.030720708 << true
                                  << -9.090909 << CountTest::PoissonZ << ChangeFlag::SignificantImprovement;
    // z = 2(√1000 − √1090) = 2(31.622777 − 33.015148) = −2.784742, |z| < 3 → not flagged.
    QTest::newRow("1000 vs 1090") << qint64(1000) << qint64(1090) << lower << -2.784742 << 0.0515351406
                                  << true << -8.256881 << CountTest::PoissonZ
                                  << ChangeFlag::NoSignificantChange;
    // Small numbers: 15 < 20, so no percentage and the exact test decides.
    // z = 2(√15 − √40) = 2(3.872983 − 6.324555) = −4.903144; exact p = 2 P(X ≤ 15 | 55, 0.5) = 0.001016
    // < 0.0339 → significant.
    QTest::newRow("15 vs 40 small") << qint64(15) << qint64(40) << lower << -4.903144 << 0.0010158472 << false
                                    << 0.0 << CountTest::ExactBinomial << ChangeFlag::SignificantImprovement;
    // 0 vs 5: z = 2(0 − 2.236068) = −4.472 would cry wolf; exact p = 2 × 0.5⁵ = 0.0625 → not significant.
    QTest::newRow("0 vs 5") << qint64(0) << qint64(5) << lower << -4.472136 << 0.0625 << false << 0.0
                            << CountTest::ExactBinomial << ChangeFlag::NoSignificantChange;
    QTest::newRow("5 vs 0") << qint64(5) << qint64(0) << lower << 4.472136 << 0.0625 << false << 0.0
                            << CountTest::ExactBinomial << ChangeFlag::NoSignificantChange;
    // 0 vs 0: nothing to test.
    QTest::newRow("0 vs 0") << qint64(0) << qint64(0) << lower << 0.0 << 1.0 << false << 0.0
                            << CountTest::PoissonZ << ChangeFlag::InsufficientData;
}

void TestCountChange::worked()
{
    QFETCH(qint64, current);
    QFETCH(qint64, previous);
    QFETCH(Polarity, polarity);
    QFETCH(double, z);
    QFETCH(double, exactP);
    QFETCH(bool, hasPercent);
    QFETCH(double, percent);
    QFETCH(CountTest, test);
    QFETCH(ChangeFlag, flag);

    const CountChange r = compareCounts(u"test"_s, current, previous, polarity);
    QCOMPARE(r.current, current);
    QCOMPARE(r.previous, previous);
    QCOMPARE(r.absoluteChange, current - previous);
    QVERIFY2(near(r.poissonZ, z), qPrintable(QString::number(r.poissonZ, 'f', 8)));
    QVERIFY2(near(r.exactP, exactP, 1e-5), qPrintable(QString::number(r.exactP, 'g', 10)));
    QCOMPARE(r.percent.has_value(), hasPercent);
    if (hasPercent)
        QVERIFY(near(*r.percent, percent));
    QCOMPARE(r.flag, flag);
    if (flag == ChangeFlag::InsufficientData)
        return;
    QCOMPARE(r.test, test);
    if (test == CountTest::PoissonZ) {
        QCOMPARE(r.testName, u"Poisson z"_s);
        QVERIFY(near(r.statistic, z));
        // p = 2(1 − Φ(|z|/√2)): z has standard deviation √2 under the null.
        QVERIFY(near(r.pValue, std::erfc(std::abs(z) / 2.0), 1e-6));
    } else {
        QCOMPARE(r.testName, u"exact binomial"_s);
        QCOMPARE(r.statistic, double(current));
        QVERIFY(near(r.pValue, exactP, 1e-5));
    }
}

void TestCountChange::exactTestOption()
{
    // 120 vs 80 with the exact test: p = 0.005685 < 0.0339 → significant, as with z.
    CountChangeOptions options;
    options.test = CountTest::ExactBinomial;
    CountChange r = compareCounts(u"x"_s, 120, 80, Polarity::LowerIsBetter, options);
    QCOMPARE(r.test, CountTest::ExactBinomial);
    QVERIFY(near(r.pValue, 0.005685156, 1e-7));
    QCOMPARE(r.flag, ChangeFlag::SignificantDeterioration);
    // A stricter alpha of 0.001 no longer flags it.
    options.alpha = 0.001;
    r = compareCounts(u"x"_s, 120, 80, Polarity::LowerIsBetter, options);
    QCOMPARE(r.flag, ChangeFlag::NoSignificantChange);
    // The default alpha is the tail of |z| > 3: 2(1 − Φ(3/√2)) = erfc(1.5) = 0.033895.
    QVERIFY(near(CountChangeOptions{}.alpha, std::erfc(1.5), 1e-12));
}

void TestCountChange::thresholdIsConfigurable()
{
    // 1000 vs 1100 gives |z| = 3.087: flagged at 3, not at 3.5.
    CountChangeOptions options;
    options.zThreshold = 3.5;
    QCOMPARE(compareCounts(u"x"_s, 1000, 1100, Polarity::LowerIsBetter, options).flag,
             ChangeFlag::NoSignificantChange);
    options.zThreshold = 3.0;
    QCOMPARE(compareCounts(u"x"_s, 1000, 1100, Polarity::LowerIsBetter, options).flag,
             ChangeFlag::SignificantImprovement);
}

void TestCountChange::smallNumberBaseIsConfigurable()
{
    // 30 vs 12: 12 < 20 → absolute change +18 only. With a base of 10 the percentage is 150%.
    CountChange r = compareCounts(u"x"_s, 30, 12, Polarity::LowerIsBetter);
    QVERIFY(r.smallNumbers);
    QVERIFY(!r.percent);
    QCOMPARE(r.absoluteChange, qint64(18));
    CountChangeOptions options;
    options.minimumBase = 10;
    r = compareCounts(u"x"_s, 30, 12, Polarity::LowerIsBetter, options);
    QVERIFY(!r.smallNumbers);
    QVERIFY(near(*r.percent, 150.0));
    // z = 2(√30 − √12) = 2(5.477226 − 3.464102) = 4.026248 > 3.
    QVERIFY(near(r.statistic, 4.026248));
    QCOMPARE(r.flag, ChangeFlag::SignificantDeterioration);
    // Exactly at the base is not "below" it.
    QVERIFY(!compareCounts(u"x"_s, 20, 20, Polarity::LowerIsBetter).smallNumbers);
}

void TestCountChange::negativeCounts()
{
    QCOMPARE(compareCounts(u"x"_s, -1, 10, Polarity::LowerIsBetter).flag, ChangeFlag::InsufficientData);
}

void TestCountChange::labels()
{
    const CountChange r =
        compareCounts(comparisonLabel(Period::rolling12(2024, 9), Period::rolling12(2023, 9)), 100, 100,
                      Polarity::LowerIsBetter);
    QCOMPARE(r.comparison, u"12 months to September 2024 against 12 months to September 2023"_s);
    QCOMPARE(toName(ChangeFlag::SignificantImprovement), u"significant_improvement"_s);
    QCOMPARE(toName(ChangeFlag::InsufficientData), u"insufficient_data"_s);
    QCOMPARE(displayName(ChangeFlag::NoSignificantChange), u"No significant change"_s);
}

QTEST_GUILESS_MAIN(TestCountChange)
#include "tst_countchange.moc"
