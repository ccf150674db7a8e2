#include "analysis/forecast.h"

#include <array>
#include <cmath>

#include <QTest>

using namespace cw;
using namespace Qt::StringLiterals;

namespace {
bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) < tolerance;
}

// Month-of-year effects, January to December.
constexpr std::array<double, 12> kSeason{0, 5, -3, 8, 2, -6, 4, 1, -2, 7, -5, 3};

// 36 months, January 2021 – December 2023: y = 100 + 2t + season + noise·e, t = 0 in January 2021,
// e = +1, −2, +1 in the three years. For each month of the year e sums to 0 and Σ t·e =
// m − 2(m + 12) + (m + 24) = 0, so e is orthogonal to the intercept, trend and month columns:
// least squares recovers the trend and seasons exactly and the residuals are e itself.
QList<MonthlyValue> history(double noise)
{
    QList<MonthlyValue> s;
    for (int t = 0; t < 36; ++t) {
        const double e = (t / 12 == 1) ? -2.0 : 1.0;
        s.append({Period::month(2021 + t / 12, t % 12 + 1), 100.0 + 2.0 * t + kSeason[t % 12] + noise * e});
    }
    return s;
}
} // namespace

class TestForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recoversTrendAndInterval();
    void flagsObservedOutsideInterval();
    void missingMonths();
    void withoutTrend();
    void refusals();
};

void TestForecast::recoversTrendAndInterval()
{
    // RSS = 12 × (1 + 4 + 1) = 72; n − p = 36 − 13 = 23; s = √(72/23) = 1.769303.
    // For a new month m at t₀ the leverage is 1/3 (three years of that month) + (t₀ − t̄_m)²/Sxx,
    // Sxx = 12 × (12² + 0 + 12²) = 3456 (trend within months). In 2024, t₀ − t̄_m = 24 →
    // 576/3456 = 1/6 → half-width = t(0.975, 23) · s · √(1 + 1/2) = 2.068658 × 1.769303 × 1.224745
    // = 4.482668. In 2025, t₀ − t̄_m = 36 → 1296/3456 = 0.375 → √1.708333 → 4.783847.
    const Forecast f = seasonalForecast(history(1.0), Period::month(2023, 12), Period::month(2025, 3));
    QVERIFY2(f.valid, qPrintable(f.note));
    QCOMPARE(f.fittedMonths, 36);
    QCOMPARE(f.degreesOfFreedom, 23);
    QVERIFY(near(f.trendPerMonth, 2.0));
    QVERIFY(near(f.residualSd, 1.769303474));
    QCOMPARE(f.points.size(), 15); // January 2024 – March 2025
    // January 2024, t = 36: 100 + 72 + 0 = 172 ± 4.482668.
    QCOMPARE(f.points[0].month, Period::month(2024, 1));
    QVERIFY(near(f.points[0].forecast, 172.0));
    QVERIFY(near(f.points[0].upper - f.points[0].forecast, 4.482668, 1e-5));
    // December 2024, t = 47: 100 + 94 + 3 = 197, same half-width.
    QVERIFY(near(f.points[11].forecast, 197.0));
    QVERIFY(near(f.points[11].forecast - f.points[11].lower, 4.482668, 1e-5));
    // March 2025, t = 50: 100 + 100 − 3 = 197 ± 4.783847.
    QCOMPARE(f.points[14].month, Period::month(2025, 3));
    QVERIFY(near(f.points[14].forecast, 197.0));
    QVERIFY(near(f.points[14].upper - f.points[14].forecast, 4.783847, 1e-5));
    QCOMPARE(f.outsideCount(), 0);
}

void TestForecast::flagsObservedOutsideInterval()
{
    // Forecast from December 2023 and compare with what happened in 2024.
    QList<MonthlyValue> s = history(1.0);
    s.append({Period::month(2024, 1), 175.0});        // forecast 172 ± 4.48 → [167.52, 176.48]: inside
    s.append({Period::month(2024, 2), 190.0});        // 100 + 74 + 5 = 179 → [174.52, 183.48]: outside
    s.append({Period::month(2024, 3), std::nullopt}); // not yet published
    s.append({Period::month(2024, 4), 175.0}); // 100 + 78 + 8 = 186 → [181.52, 190.48]: outside (low)
    const Forecast f = seasonalForecast(s, Period::month(2023, 12), Period::month(2024, 12));
    QVERIFY(f.valid);
    QCOMPARE(f.fittedMonths, 36); // months after the origin are not fitted
    QCOMPARE(*f.points[0].observed, 175.0);
    QVERIFY(!f.points[0].outside);
    QVERIFY(near(f.points[1].forecast, 179.0));
    QVERIFY(f.points[1].outside);
    QVERIFY(!f.points[2].observed);
    QVERIFY(!f.points[2].outside);
    QVERIFY(f.points[3].outside);
    QCOMPARE(f.outsideCount(), 2);
}

void TestForecast::missingMonths()
{
    // Noise-free history with June 2022 and November 2023 missing: 34 months fitted, the model
    // is still exact (trend 2, residual 0), so the forecast is the truth with a zero-width interval.
    QList<MonthlyValue> s = history(0.0);
    s[17].value.reset();
    s[34].value.reset();
    const Forecast f = seasonalForecast(s, Period::month(2023, 12), Period::month(2024, 6));
    QVERIFY(f.valid);
    QCOMPARE(f.fittedMonths, 34);
    QCOMPARE(f.degreesOfFreedom, 21);
    QVERIFY(near(f.trendPerMonth, 2.0));
    QVERIFY(near(f.residualSd, 0.0));
    // June 2024, t = 41: 100 + 82 − 6 = 176.
    QVERIFY(near(f.points[5].forecast, 176.0));
    QVERIFY(near(f.points[5].upper, 176.0));
}

void TestForecast::withoutTrend()
{
    // Month means only: January = mean of 101 (t=0, +1), 122 (t=12, −2) and 149 (t=24, +1)
    // = 372/3 = 124; 12 parameters, 24 degrees of freedom.
    ForecastOptions options;
    options.trend = false;
    const Forecast f =
        seasonalForecast(history(1.0), Period::month(2023, 12), Period::month(2024, 1), options);
    QVERIFY(f.valid);
    QCOMPARE(f.degreesOfFreedom, 24);
    QCOMPARE(f.trendPerMonth, 0.0);
    QVERIFY(near(f.points[0].forecast, 124.0));
}

void TestForecast::refusals()
{
    // 23 months is fewer than two years.
    QList<MonthlyValue> shortSeries = history(1.0).mid(0, 23);
    Forecast f = seasonalForecast(shortSeries, Period::month(2022, 11), Period::month(2023, 12));
    QVERIFY(!f.valid);
    QCOMPARE(f.note, u"Too few months before the origin for a seasonal forecast."_s);
    QCOMPARE(f.fittedMonths, 23);
    // Every March missing: its effect cannot be estimated.
    QList<MonthlyValue> noMarch = history(1.0);
    for (MonthlyValue &v : noMarch) {
        if (v.month.start().month() == 3)
            v.value.reset();
    }
    f = seasonalForecast(noMarch, Period::month(2023, 12), Period::month(2024, 12));
    QVERIFY(!f.valid);
    QCOMPARE(f.note, u"Some month of the year has no data before the origin."_s);
    // Quarters and a horizon before the origin are refused.
    QVERIFY(!seasonalForecast(history(1.0), Period::quarter(2023, 4), Period::month(2024, 12)).valid);
    f = seasonalForecast(history(1.0), Period::month(2023, 12), Period::month(2023, 6));
    QCOMPARE(f.note, u"The target date is not after the forecast origin."_s);
    // The origin limits the fit: from December 2022, only 24 months are used.
    f = seasonalForecast(history(1.0), Period::month(2022, 12), Period::month(2023, 1));
    QVERIFY(f.valid);
    QCOMPARE(f.fittedMonths, 24);
    QVERIFY(f.points[0].observed);
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
