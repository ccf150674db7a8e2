// Funnel plots (core/analysis/funnel): worked examples with the arithmetic in the comments.
// The numbers were checked independently in Python with only the math module (regularised
// incomplete gamma by its series, bisection for the inverse; type-7 quantiles as in R).
#include "analysis/funnel.h"

#include <QTest>

#include <cmath>

using namespace cw;

class TestFunnel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void poissonWithoutOverdispersion();
    void additiveRandomEffectsWhenOverdispersed();
    void multiplicativeWhenAsked();
    void exceptionsOutsideTheWidenedLimits();
    void proportions();
    void tooFewAreas();
};

namespace {

QList<Funnel::Input> rates(const QList<double> &counts, const QList<double> &populations)
{
    QList<Funnel::Input> inputs;
    for (qsizetype i = 0; i < counts.size(); ++i)
        inputs.append({QStringLiteral("A%1").arg(i), counts.at(i), populations.at(i), 0});
    return inputs;
}

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

// Counts 50, 110, 140, 200 over 10,000, 20,000, 30,000, 40,000 residents.
// Target θ = 500 / 100,000 = 0.005 = 5 per 1,000.
// z = (y − θ)/√(θ/n): A0 0; A1 (0.0055 − 0.005)/√(0.005/20,000) = 0.0005/0.0005 = 1;
// A2 (0.0046667 − 0.005)/√(0.005/30,000) = −0.000333/0.000408 = −0.8165; A3 0.
// Winsorised at the type-7 10th/90th percentiles of (−0.8165, 0, 0, 1): h = 0.3 → −0.5715,
// h = 2.7 → 0.7; Σz² = 0.5715² + 0.7² = 0.8167; φ = 0.2042; I·φ = 0.8167 < χ²₃(0.95) = 7.815:
// not over-dispersed, so exact Poisson limits. For A0, E = 0.005 × 10,000 = 50:
// upper 95% = Γ⁻¹(51; 0.975) = 65.919 events → 6.592 per 1,000 (check: P(Poisson(65.919) ≤ 50)
// = 0.025); lower 95% = Γ⁻¹(50; 0.025) = 37.111 → 3.711; 99.8%: 3.096 and 7.594 per 1,000.
void TestFunnel::poissonWithoutOverdispersion()
{
    const Funnel::Plot plot = Funnel::compute(rates({50, 110, 140, 200}, {10000, 20000, 30000, 40000}), {});
    QVERIFY(plot.valid);
    QCOMPARE(plot.adjustment, Funnel::Adjustment::None);
    QVERIFY(near(plot.target, 5.0, 1e-12));
    QVERIFY(near(plot.phi, 0.20417, 1e-4));
    QVERIFY(near(plot.chiSquareCritical, 7.8147, 1e-3));
    QVERIFY(near(plot.points.at(1).z, 1.0, 1e-9));
    QVERIFY(near(plot.points.at(2).z, -0.81650, 1e-4));
    QVERIFY(near(plot.limit(10000, 0.95, true), 6.5919, 1e-3));
    QVERIFY(near(plot.limit(10000, 0.95, false), 3.7111, 1e-3));
    QVERIFY(near(plot.limit(10000, 0.998, true), 7.5942, 1e-3));
    QVERIFY(near(plot.limit(10000, 0.998, false), 3.0959, 1e-3));
    for (const Funnel::Point &p : plot.points)
        QCOMPARE(p.position, Funnel::Position::Within);
    QVERIFY(plot.note.contains(QStringLiteral("Poisson")));
    // A rate of 7 per 1,000 at 10,000 residents (70 events) is above the 95% limit only.
    const Funnel::Plot more = Funnel::compute(rates({70, 110, 140, 200}, {10000, 20000, 30000, 40000}), {});
    QCOMPARE(more.adjustment, Funnel::Adjustment::None);
    // θ = 520/100,000 = 5.2 per 1,000; E = 52; upper 95% = Γ⁻¹(53; 0.975)/10 ≈ 6.82, 99.8% ≈ 7.83.
    QVERIFY(more.points.at(0).value > more.limit(10000, 0.95, true));
    QVERIFY(more.points.at(0).value < more.limit(10000, 0.998, true));
    QCOMPARE(more.points.at(0).position, Funnel::Position::Above95);
}

// Counts 1,200, 800, 1,500, 600, 2,000 over 100,000, 100,000, 150,000, 80,000, 200,000:
// θ = 6,100 / 630,000 = 0.0096825 (9.683 per 1,000).
// z = 7.4476, −5.4072, 1.2495, −6.2735, 1.4428; winsorised to [−5.9270, 5.0457]:
// Σz² = 5.0457² + 5.4072² + 1.2495² + 5.9270² + 1.4428² = 93.469; φ = 18.694;
// I·φ = 93.469 > χ²₄(0.95) = 9.488: over-dispersed.
// w = n/θ: Σw = 65,065,574; Σw² = 9.4825e14; τ² = (93.469 − 4)/(Σw − Σw²/Σw) = 1.7719e-6
// (τ = 1.331 per 1,000). z_D(A0) = (0.012 − 0.0096825)/√(0.0096825/100,000 + 1.7719e-6) = 1.6953.
// Limits at 100,000: 9.6825 ± 1.96 × √(9.6825e-8 + 1.7719e-6) × 1,000 = 7.003 … 12.362;
// 99.8%: 5.458 … 13.907. Every area is within the widened limits.
void TestFunnel::additiveRandomEffectsWhenOverdispersed()
{
    const Funnel::Plot plot =
        Funnel::compute(rates({1200, 800, 1500, 600, 2000}, {100000, 100000, 150000, 80000, 200000}), {});
    QVERIFY(plot.valid);
    QCOMPARE(plot.adjustment, Funnel::Adjustment::Additive);
    QVERIFY(near(plot.target, 9.68254, 1e-4));
    QVERIFY(near(plot.phi, 18.6938, 1e-3));
    QVERIFY(near(plot.tau2, 1.77195e-6, 1e-10));
    QVERIFY(near(plot.points.at(0).z, 1.69525, 1e-4));
    QVERIFY(near(plot.points.at(3).z, -1.58631, 1e-4));
    QVERIFY(near(plot.limit(100000, 0.95, false), 7.00321, 1e-4));
    QVERIFY(near(plot.limit(100000, 0.95, true), 12.36187, 1e-4));
    QVERIFY(near(plot.limit(100000, 0.998, true), 13.90698, 1e-4));
    for (const Funnel::Point &p : plot.points)
        QCOMPARE(p.position, Funnel::Position::Within);
    QVERIFY2(plot.note.contains(QStringLiteral("over-dispersion")), qPrintable(plot.note));
    QVERIFY2(plot.note.contains(QStringLiteral("18.7")), qPrintable(plot.note));
}

// The same data with the multiplicative model: limits θ ± z·√(φ·θ/n). At 100,000:
// √(18.6938 × 9.6825e-8) = 0.0013454; 95%: 9.6825 ± 1.96 × 1.3454 = 7.0456 … 12.3195;
// z(A0) = 7.4476/√18.6938 = 1.7226.
void TestFunnel::multiplicativeWhenAsked()
{
    Funnel::Options options;
    options.overdispersion = Funnel::Adjustment::Multiplicative;
    const Funnel::Plot plot = Funnel::compute(
        rates({1200, 800, 1500, 600, 2000}, {100000, 100000, 150000, 80000, 200000}), options);
    QCOMPARE(plot.adjustment, Funnel::Adjustment::Multiplicative);
    QVERIFY(near(plot.limit(100000, 0.95, false), 7.0456, 2e-3));
    QVERIFY(near(plot.limit(100000, 0.95, true), 12.3195, 2e-3));
    QVERIFY(near(plot.points.at(0).z, 1.7226, 1e-3));
    QVERIFY(plot.note.contains(QStringLiteral("multiplicative")));
}

// Twenty areas of 100,000 residents at 10 per 1,000 give or take ±0.5 (over-dispersed: Poisson
// s = √(0.01/100,000) = 0.316 per 1,000), and one at 20 per 1,000. Winsorising keeps the outlier
// from inflating τ², so it stays an exception above the 99.8% limit, while every other area is
// within. (z of the outlier ≈ (0.02 − 0.0105)/0.000316 ≈ 30 unadjusted.)
void TestFunnel::exceptionsOutsideTheWidenedLimits()
{
    QList<double> counts;
    QList<double> populations;
    for (int i = 0; i < 20; ++i) {
        counts.append(1000 + ((i % 2) ? 50 : -50));
        populations.append(100000);
    }
    counts.append(2000);
    populations.append(100000);
    const Funnel::Plot plot = Funnel::compute(rates(counts, populations), {});
    QCOMPARE(plot.adjustment, Funnel::Adjustment::Additive);
    QCOMPARE(plot.points.last().position, Funnel::Position::Above998);
    QVERIFY(Funnel::isException(plot.points.last().position));
    for (qsizetype i = 0; i < 20; ++i)
        QCOMPARE(plot.points.at(i).position, Funnel::Position::Within);
}

// Proportions 0.50, 0.60, 0.55 with bases 400, 400, 200: θ = (200 + 240 + 110)/1,000 = 0.55.
// s at 400 = √(0.55 × 0.45/400) = 0.024875; z = −2.0101, 2.0101, 0 (at 200, s = 0.035178).
// Winsorised to [−1.6080, 1.6080]: Σz² = 5.1717, φ = 1.7239; I·φ = 5.17 < χ²₂(0.95) = 5.991:
// binomial limits; at 400: 0.55 ± 1.96 × 0.024875 = 0.50125 … 0.59875, so 0.50 is below
// the 95% limit and 0.60 above it; the 99.8% limits are 0.4731 … 0.6269.
void TestFunnel::proportions()
{
    Funnel::Options options;
    options.kind = Funnel::Kind::Proportion;
    const QList<Funnel::Input> inputs = {{QStringLiteral("a"), 0, 400, 0.50},
                                         {QStringLiteral("b"), 0, 400, 0.60},
                                         {QStringLiteral("c"), 0, 200, 0.55}};
    const Funnel::Plot plot = Funnel::compute(inputs, options);
    QVERIFY(plot.valid);
    QCOMPARE(plot.adjustment, Funnel::Adjustment::None);
    QVERIFY(near(plot.target, 0.55, 1e-12));
    QVERIFY(near(plot.points.at(0).z, -2.0101, 1e-4));
    QVERIFY(near(plot.phi, 1.7239, 1e-3));
    QVERIFY(near(plot.limit(400, 0.95, false), 0.50125, 1e-4));
    QVERIFY(near(plot.limit(400, 0.998, true), 0.62687, 1e-4));
    QCOMPARE(plot.points.at(0).position, Funnel::Position::Below95);
    QCOMPARE(plot.points.at(1).position, Funnel::Position::Above95);
    QCOMPARE(plot.points.at(2).position, Funnel::Position::Within);
}

void TestFunnel::tooFewAreas()
{
    const Funnel::Plot plot = Funnel::compute(rates({10, 20, 5}, {1000, 2000, 0}), {});
    QVERIFY(!plot.valid);
    QVERIFY(!plot.note.isEmpty());
    QVERIFY(std::isnan(plot.limit(1000, 0.95, true)));
}

QTEST_GUILESS_MAIN(TestFunnel)
#include "tst_funnel.moc"
