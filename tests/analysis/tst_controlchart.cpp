#include "analysis/controlchart.h"

#include "domain/period.h"
#include "domain/plan.h"

#include <cmath>

#include <QTest>

using namespace cw;
using namespace Qt::StringLiterals;

using Series = QList<std::optional<double>>;
Q_DECLARE_METATYPE(Series)
Q_DECLARE_METATYPE(cw::XmrRule)
Q_DECLARE_METATYPE(cw::Polarity)
Q_DECLARE_METATYPE(cw::SignalNature)
Q_DECLARE_METATYPE(cw::Assurance)

namespace {
bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) < tolerance;
}

Series series(std::initializer_list<double> values)
{
    Series s;
    for (double v : values)
        s.append(v);
    return s;
}

// Rule (a): alternating 47/53 then 80.
// mean = (6·47 + 5·53 + 80)/12 = 627/12 = 52.25; MRs: ten of 6 and |80 − 47| = 33 → mean MR = 93/11
// = 8.454545 UCL = 52.25 + 2.66 × 8.454545 = 52.25 + 22.489091 = 74.739091 → 80 is beyond it. near limits
// = 52.25 ± 14.992727 → [37.257273, 67.242727]; LCL = 29.760909.
Series beyondLimit()
{
    return series({47, 53, 47, 53, 47, 53, 47, 53, 47, 53, 47, 80});
}
} // namespace

class TestControlChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limits();
    void screening();
    void signals_data();
    void signals();
    void signalNatureFollowsPolarity_data();
    void signalNatureFollowsPolarity();
    void phasesAtABreak();
    void fewerThanTenPoints();
    void missingMonths();
    void assurance_data();
    void assurance();
    void phaseStartsFromSeriesBreaks();
    void emptySeries();
};

void TestControlChart::limits()
{
    const XmrChart chart = xmrChart(beyondLimit(), {}, Polarity::LowerIsBetter);
    QCOMPARE(chart.phases.size(), 1);
    const XmrPhase &p = chart.phases.first();
    QVERIFY(p.hasLimits);
    QCOMPARE(p.points, 12);
    QVERIFY(near(p.mean, 52.25));
    QVERIFY(near(p.meanMovingRange, 93.0 / 11.0));
    QVERIFY(near(p.upperLimit, 74.739091));
    QVERIFY(near(p.lowerLimit, 29.760909));
    QVERIFY(near(p.upperNear, 67.242727));
    QVERIFY(near(p.lowerNear, 37.257273));
    QVERIFY(p.note.isEmpty());
}

void TestControlChart::screening()
{
    // 33 ≥ 3.267 × 8.454545 = 27.621 → screened; mean MR = 60/10 = 6; UCL = 52.25 + 15.96 = 68.21.
    XmrOptions options;
    options.screenMovingRanges = true;
    const XmrPhase p = xmrChart(beyondLimit(), {}, Polarity::LowerIsBetter, options).phases.first();
    QCOMPARE(p.screenedRanges, 1);
    QVERIFY(near(p.meanMovingRange, 6.0));
    QVERIFY(near(p.upperLimit, 68.21));
    QVERIFY(near(p.lowerLimit, 36.29));
}

void TestControlChart::signals_data()
{
    QTest::addColumn<Series>("values");
    QTest::addColumn<XmrRule>("rule");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<bool>("high");
    QTest::addColumn<int>("count"); // signals in all

    QTest::newRow("(a) beyond limit") << beyondLimit() << XmrRule::BeyondLimit << 11 << 11 << true << 1;
    // (b) mean = (336 + 364)/14 = 50; MRs 1,2,1,1,2,1,4,1,2,1,1,2,1 → 20/13 = 1.538462;
    // limits 50 ± 4.092308, near 50 ± 2.728205. Points 0–6 below and 7–13 above: two runs of 7
    // (the 47s at 2 and 5, and the 53s at 9 and 12, are never 2 in one window of 3).
    QTest::newRow("(b) shift") << series({48, 49, 47, 48, 49, 47, 48, 52, 51, 53, 52, 51, 53, 52})
                               << XmrRule::Shift << 7 << 13 << true << 2;
    // (c) mean = 604/12 = 50.333; MRs 4,8,6,1,1,1,1,1,1,7,3 → 34/11 = 3.090909; limits
    // [42.111515, 58.555152]. 48, 49, 50, 51, 52, 53, 54 (indices 3–9) rise 7 times in a row.
    QTest::newRow("(c) trend") << series({50, 46, 54, 48, 49, 50, 51, 52, 53, 54, 47, 50}) << XmrRule::Trend
                               << 3 << 9 << true << 1;
    // (d) mean = 707/14 = 50.5; MRs eight of 1, four of 4, one of 1 → 25/13 = 1.923077;
    // near upper = 50.5 + 1.773333 × 1.923077 = 53.910256, UCL = 55.615385. 54 at 9 and 11
    // (within a window of 3) are beyond the near limit but inside the control limit.
    QTest::newRow("(d) two of three high") << series({50, 51, 50, 49, 50, 51, 50, 49, 50, 54, 50, 54, 50, 49})
                                           << XmrRule::TwoOfThree << 9 << 11 << true << 1;
    // Mirror: mean 49.5, near lower = 49.5 − 3.410256 = 46.089744; 46 at 9 and 11.
    QTest::newRow("(d) two of three low") << series({50, 51, 50, 49, 50, 51, 50, 49, 50, 46, 50, 46, 50, 51})
                                          << XmrRule::TwoOfThree << 9 << 11 << false << 1;
}

void TestControlChart::signals()
{
    QFETCH(Series, values);
    QFETCH(XmrRule, rule);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(bool, high);
    QFETCH(int, count);
    const XmrChart chart = xmrChart(values, {}, Polarity::LowerIsBetter);
    QCOMPARE(chart.specialCauses.size(), count);
    const XmrSignal &s = chart.specialCauses.last();
    QCOMPARE(s.rule, rule);
    QCOMPARE(s.first, first);
    QCOMPARE(s.last, last);
    QCOMPARE(s.high, high);
    QCOMPARE(s.nature, high ? SignalNature::Concern : SignalNature::Improvement);
    QCOMPARE(chart.hasConcern(first, last), high);
}

void TestControlChart::signalNatureFollowsPolarity_data()
{
    QTest::addColumn<Polarity>("polarity");
    QTest::addColumn<SignalNature>("nature");
    // The shift example: the first signal is the low run 0–6.
    QTest::newRow("lower is better") << Polarity::LowerIsBetter << SignalNature::Improvement;
    QTest::newRow("higher is better") << Polarity::HigherIsBetter << SignalNature::Concern;
    QTest::newRow("none") << Polarity::None << SignalNature::Neutral;
}

void TestControlChart::signalNatureFollowsPolarity()
{
    QFETCH(Polarity, polarity);
    QFETCH(SignalNature, nature);
    const XmrChart chart =
        xmrChart(series({48, 49, 47, 48, 49, 47, 48, 52, 51, 53, 52, 51, 53, 52}), {}, polarity);
    QCOMPARE(chart.specialCauses.first().first, 0);
    QCOMPARE(chart.specialCauses.first().last, 6);
    QVERIFY(!chart.specialCauses.first().high);
    QCOMPARE(chart.specialCauses.first().nature, nature);
}

void TestControlChart::phasesAtABreak()
{
    // A counting-rule change lifts the level by 30 at index 12.
    const Series values = series({50, 51, 50, 49, 50, 51, 50, 49, 50, 51, 50, 49, //
                                  80, 81, 80, 79, 80, 81, 80, 79, 80, 81, 80, 79});
    // One phase: mean 65, MRs 22 of ±1 and one of 31 → 53/23 = 2.304348, limits [58.87, 71.13]:
    // every point is beyond a limit — the break, not the process, is speaking.
    const XmrChart joined = xmrChart(values, {}, Polarity::LowerIsBetter);
    QVERIFY(near(joined.phases.first().mean, 65.0));
    QVERIFY(near(joined.phases.first().meanMovingRange, 53.0 / 23.0));
    QCOMPARE(joined.specialCauses.count(), 24 + 2 + 2); // 24 (a), 2 runs (b), 2 merged (d)
    // Two phases: each mean ± 2.66 × 1 (MR of 1 within a phase; the jump is not a range).
    const XmrChart split = xmrChart(values, {12}, Polarity::LowerIsBetter);
    QCOMPARE(split.phases.size(), 2);
    QCOMPARE(split.phases[0].first, 0);
    QCOMPARE(split.phases[0].last, 11);
    QCOMPARE(split.phases[1].first, 12);
    QCOMPARE(split.phases[1].last, 23);
    QVERIFY(near(split.phases[0].mean, 50.0));
    QVERIFY(near(split.phases[1].mean, 80.0));
    QVERIFY(near(split.phases[1].meanMovingRange, 1.0));
    QVERIFY(near(split.phases[1].upperLimit, 82.66));
    QVERIFY(near(split.phases[1].lowerNear, 80.0 - 2.0 / 3.0 * 2.66));
    QVERIFY(split.specialCauses.isEmpty());
    QCOMPARE(split.phaseAt(15), &split.phases[1]);
    QCOMPARE(split.phaseAt(24), nullptr);
}

void TestControlChart::fewerThanTenPoints()
{
    // Break at 12 of 20: the second phase has 8 points → no limits; direction of travel instead.
    const Series values =
        series({50, 51, 50, 49, 50, 51, 50, 49, 50, 51, 50, 49, 80, 81, 80, 79, 80, 81, 80, 79});
    const XmrChart chart = xmrChart(values, {12}, Polarity::LowerIsBetter);
    QVERIFY(chart.phases[0].hasLimits);
    const XmrPhase &p = chart.phases[1];
    QVERIFY(!p.hasLimits);
    QCOMPARE(p.points, 8);
    QCOMPARE(p.note,
             u"Insufficient points for control limits (8 of 10); direction of travel shown instead."_s);
    // 80 → 79, lower is better: improving.
    QCOMPARE(p.direction, DirectionOfTravel::Improving);
    QCOMPARE(xmrChart(values, {12}, Polarity::HigherIsBetter).phases[1].direction,
             DirectionOfTravel::Worsening);
    QCOMPARE(xmrChart(values, {12}, Polarity::None).phases[1].direction, DirectionOfTravel::Falling);
    QCOMPARE(cw::assurance(p, 70, Polarity::LowerIsBetter), Assurance::NotApplicable);
    // Nine points alone: no limits, no signals, even with a wild point.
    const XmrChart short9 = xmrChart(series({5, 5, 5, 5, 5, 5, 5, 5, 500}), {}, Polarity::LowerIsBetter);
    QVERIFY(!short9.phases.first().hasLimits);
    QVERIFY(short9.specialCauses.isEmpty());
    QCOMPARE(short9.phases.first().direction, DirectionOfTravel::Worsening);
}

void TestControlChart::missingMonths()
{
    // beyondLimit() with a missing month after the fourth point: 12 present values, mean still
    // 627/12 = 52.25. No range across the gap: nine MRs of 6 and one of 33 → 87/10 = 8.7;
    // UCL = 52.25 + 2.66 × 8.7 = 75.392 → the 80 (now index 12) is still beyond.
    const Series values{47.0, 53.0, 47.0, 53.0, std::nullopt, 47.0, 53.0, 47.0, 53.0, 47.0, 53.0, 47.0, 80.0};
    const XmrChart chart = xmrChart(values, {}, Polarity::LowerIsBetter);
    const XmrPhase &p = chart.phases.first();
    QCOMPARE(p.points, 12);
    QVERIFY(near(p.mean, 52.25));
    QVERIFY(near(p.meanMovingRange, 8.7));
    QVERIFY(near(p.upperLimit, 75.392));
    QCOMPARE(chart.specialCauses.size(), 1);
    QCOMPARE(chart.specialCauses.first().first, 12);
    // A run of 7 below the centre spanning a gap still counts (the gap neither breaks nor extends it).
    const Series run{50.0, 51.0, 48.0, 49.0, 48.0, std::nullopt, 49.0,
                     48.0, 49.0, 48.0, 55.0, 53.0, 52.0,         54.0};
    const XmrChart shifted = xmrChart(run, {}, Polarity::LowerIsBetter);
    // mean = 654/13 = 50.307692: 48, 49, 48, 49, 48, 49, 48 at indices 2–9 (gap at 5) are below.
    QVERIFY(near(shifted.phases.first().mean, 654.0 / 13.0));
    bool found = false;
    for (const XmrSignal &s : shifted.specialCauses)
        found = found || (s.rule == XmrRule::Shift && s.first == 2 && s.last == 9 && !s.high);
    QVERIFY(found);
}

void TestControlChart::assurance_data()
{
    QTest::addColumn<double>("target");
    QTest::addColumn<Polarity>("polarity");
    QTest::addColumn<Assurance>("expected");
    // Limits of beyondLimit(): [29.760909, 74.739091].
    QTest::newRow("lower better, target above UCL")
        << 80.0 << Polarity::LowerIsBetter << Assurance::ConsistentlyPass;
    QTest::newRow("lower better, target below LCL")
        << 20.0 << Polarity::LowerIsBetter << Assurance::ConsistentlyFail;
    QTest::newRow("lower better, target inside") << 50.0 << Polarity::LowerIsBetter << Assurance::HitOrMiss;
    QTest::newRow("higher better, target below LCL")
        << 20.0 << Polarity::HigherIsBetter << Assurance::ConsistentlyPass;
    QTest::newRow("higher better, target above UCL")
        << 80.0 << Polarity::HigherIsBetter << Assurance::ConsistentlyFail;
    QTest::newRow("higher better, target inside") << 74.7 << Polarity::HigherIsBetter << Assurance::HitOrMiss;
    QTest::newRow("no polarity") << 80.0 << Polarity::None << Assurance::NotApplicable;
}

void TestControlChart::assurance()
{
    QFETCH(double, target);
    QFETCH(Polarity, polarity);
    QFETCH(Assurance, expected);
    const XmrPhase p = xmrChart(beyondLimit(), {}, polarity).phases.first();
    QCOMPARE(cw::assurance(p, target, polarity), expected);
}

void TestControlChart::phaseStartsFromSeriesBreaks()
{
    // Monthly periods April 2023 – March 2025; burglary's counting change from April 2024 → index 12.
    QList<Period> periods;
    for (Period p = Period::month(2023, 4); p.start() <= QDate(2025, 3, 1); p = p.next())
        periods.append(p);
    QCOMPARE(periods.size(), 24);
    const QList<SeriesBreak> breaks{{u"2024-04"_s, u"residential burglary"_s}, {u"not a period"_s, {}}};
    QCOMPARE(phaseStarts(periods, breaks), QList<int>{12});
    QCOMPARE(toName(XmrRule::TwoOfThree), u"two_of_three"_s);
    QCOMPARE(toName(Assurance::HitOrMiss), u"hit_or_miss"_s);
}

void TestControlChart::emptySeries()
{
    QVERIFY(xmrChart({}, {3}, Polarity::LowerIsBetter).phases.isEmpty());
    const XmrChart allMissing = xmrChart(Series(12, std::nullopt), {}, Polarity::LowerIsBetter);
    QCOMPARE(allMissing.phases.first().points, 0);
    QCOMPARE(allMissing.phases.first().direction, DirectionOfTravel::Unknown);
}

QTEST_GUILESS_MAIN(TestControlChart)
#include "tst_controlchart.moc"
