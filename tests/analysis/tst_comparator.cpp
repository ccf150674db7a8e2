// The comparator flag: ratio of rate ratios on the log scale, worked examples.
#include "analysis/comparator.h"

#include <QTest>

#include <cmath>

using namespace cw;
using namespace Qt::StringLiterals;

class TestComparator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notSignificantIsSame();
    void significantRiseIsWorseForLowerIsBetter();
    void polarityTurnsTheFlag();
    void withinToleranceIsSameEvenWhenSignificant();
    void toleranceIsConfigurable();
    void zeroCountIsNotAvailable();
    void missingPeerOrYearIsNotAvailable();
    void noPolarityIsNotAvailable();
    void ratesAndChanges();
};

namespace {

ComparatorCounts counts(const QString &name, std::optional<double> current, std::optional<double> previous,
                        std::optional<double> population = std::nullopt)
{
    return {name, name, current, previous, population};
}

} // namespace

void TestComparator::notSignificantIsSame()
{
    // Subject 1,100 against 1,000 (+10.0%), peer 52,000 against 50,000 (+4.0%).
    // L = ln((1100/1000) / (52000/50000)) = ln(1.1 / 1.04) = ln(1.057692) = 0.056089
    // SE = √(1/1100 + 1/1000 + 1/52000 + 1/50000) = √(0.00090909 + 0.001 + 0.00001923 + 0.00002)
    //    = √0.00194832 = 0.044140;  z = 0.056089 / 0.044140 = 1.2707 ≤ 3 → same,
    // although the changes are 6 points apart.
    const PeerComparison r =
        comparePeer(counts(u"Met"_s, 1100, 1000), counts(u"E&W"_s, 52000, 50000), Polarity::LowerIsBetter);
    QCOMPARE(r.flag, ComparatorFlag::Same);
    QVERIFY(std::abs(*r.logRatio - 0.056089) < 1e-6);
    QVERIFY(std::abs(*r.standardError - 0.044140) < 1e-6);
    QVERIFY(std::abs(*r.z - 1.2707) < 1e-4);
    QVERIFY(std::abs(*r.percentChange - 4.0) < 1e-12);
    QVERIFY(r.reason.contains(u"Not significantly different"_s));
}

void TestComparator::significantRiseIsWorseForLowerIsBetter()
{
    // Subject 12,000 against 10,000 (+20.0%), peer 100,000 against 100,000 (0.0%).
    // L = ln(1.2 / 1.0) = 0.182322
    // SE = √(1/12000 + 1/10000 + 2/100000) = √(0.000083333 + 0.0001 + 0.00002) = √0.000203333 = 0.014260
    // z = 0.182322 / 0.014260 = 12.786 > 3, and 20 points apart > 2 → the subject rose more:
    // worse for a crime count.
    const PeerComparison r = comparePeer(counts(u"Met"_s, 12000, 10000), counts(u"E&W"_s, 100000, 100000),
                                         Polarity::LowerIsBetter);
    QCOMPARE(r.flag, ComparatorFlag::Worse);
    QVERIFY(std::abs(*r.z - 12.786) < 1e-3);
    QVERIFY(r.reason.contains(u"20.0"_s));
}

void TestComparator::polarityTurnsTheFlag()
{
    // The same counts (z = 12.786) for a measure where more is better (e.g. reporting).
    const PeerComparison higher = comparePeer(counts(u"Met"_s, 12000, 10000),
                                              counts(u"E&W"_s, 100000, 100000), Polarity::HigherIsBetter);
    QCOMPARE(higher.flag, ComparatorFlag::Better);
    // Subject fell 20% (8,000 against 10,000) while the peer held: L = ln(0.8) = −0.223144,
    // SE = √(1/8000 + 1/10000 + 2/100000) = √0.000245 = 0.015652, z = −14.256 → better for a crime count.
    const PeerComparison fell =
        comparePeer(counts(u"Met"_s, 8000, 10000), counts(u"E&W"_s, 100000, 100000), Polarity::LowerIsBetter);
    QCOMPARE(fell.flag, ComparatorFlag::Better);
    QVERIFY(std::abs(*fell.z + 14.256) < 1e-3);
}

void TestComparator::withinToleranceIsSameEvenWhenSignificant()
{
    // Subject 515,000 against 500,000 (+3.0%), peer 5,050,000 against 5,000,000 (+1.0%).
    // L = ln(1.03 / 1.01) = ln(1.019802) = 0.019608
    // SE = √(1/515000 + 1/500000 + 1/5050000 + 1/5000000) = √(1.9417e-6 + 2e-6 + 1.9802e-7 + 2e-7)
    //    = √4.3398e-6 = 0.0020832;  z = 9.413 > 3: significant, but the changes are only
    // 2.0 points apart (≤ 2) → same.
    const PeerComparison r = comparePeer(counts(u"Met"_s, 515000, 500000), counts(u"E&W"_s, 5050000, 5000000),
                                         Polarity::LowerIsBetter);
    QVERIFY(*r.z > 9.4 && *r.z < 9.42);
    QCOMPARE(r.flag, ComparatorFlag::Same);
    QVERIFY(r.reason.contains(u"Within 2.0 percentage points"_s));
}

void TestComparator::toleranceIsConfigurable()
{
    // As above (2.0 points apart, z = 9.41) with a tolerance of 1 point: worse.
    ComparatorOptions options;
    options.tolerancePoints = 1.0;
    const PeerComparison r = comparePeer(counts(u"Met"_s, 515000, 500000), counts(u"E&W"_s, 5050000, 5000000),
                                         Polarity::LowerIsBetter, options);
    QCOMPARE(r.flag, ComparatorFlag::Worse);
    // And a z threshold of 10 makes it "not significantly different" again.
    options.zThreshold = 10.0;
    QCOMPARE(comparePeer(counts(u"Met"_s, 515000, 500000), counts(u"E&W"_s, 5050000, 5000000),
                         Polarity::LowerIsBetter, options)
                 .flag,
             ComparatorFlag::Same);
}

void TestComparator::zeroCountIsNotAvailable()
{
    // Homicide-like small numbers: a zero leaves ln(a/b) undefined (1/0 in the SE too).
    const PeerComparison r =
        comparePeer(counts(u"Met"_s, 0, 3), counts(u"E&W"_s, 600, 700), Polarity::LowerIsBetter);
    QCOMPARE(r.flag, ComparatorFlag::NotAvailable);
    QVERIFY(!r.z);
    QVERIFY(r.reason.contains(u"zero"_s));
    const PeerComparison peerZero =
        comparePeer(counts(u"Met"_s, 5, 3), counts(u"Force"_s, 4, 0), Polarity::LowerIsBetter);
    QCOMPARE(peerZero.flag, ComparatorFlag::NotAvailable);
    QVERIFY(!peerZero.percentChange); // from 0: no percentage
}

void TestComparator::missingPeerOrYearIsNotAvailable()
{
    // Greater Manchester Police published ".." for the year to September 2019.
    const PeerComparison peer =
        comparePeer(counts(u"Met"_s, 37879, 33174),
                    counts(u"Greater Manchester Police"_s, std::nullopt, 7497), Polarity::LowerIsBetter);
    QCOMPARE(peer.flag, ComparatorFlag::NotAvailable);
    QVERIFY(peer.reason.contains(u"Greater Manchester Police has no figure for the matched period"_s));
    // The subject without the year-earlier period.
    const PeerComparison year = comparePeer(counts(u"Met"_s, 37879, std::nullopt),
                                            counts(u"E&W"_s, 82542, 80947), Polarity::LowerIsBetter);
    QCOMPARE(year.flag, ComparatorFlag::NotAvailable);
    QVERIFY(year.reason.contains(u"a year earlier"_s));
}

void TestComparator::noPolarityIsNotAvailable()
{
    const PeerComparison r =
        comparePeer(counts(u"Met"_s, 12000, 10000), counts(u"E&W"_s, 100000, 100000), Polarity::None);
    QCOMPARE(r.flag, ComparatorFlag::NotAvailable);
    QVERIFY(r.z); // the statistic is still shown
}

void TestComparator::ratesAndChanges()
{
    // Met robbery, year ending September 2019: 37,879 offences, mid-2018 population 8,899,400:
    // 37879 / 8899400 × 1000 = 4.2564 per 1,000. Change on 33,174: (37879 − 33174) / 33174 = +14.183%.
    QVERIFY(std::abs(*ratePer1000(37879.0, 8899400.0) - 4.25635) < 1e-5);
    QVERIFY(std::abs(*percentChange(37879.0, 33174.0) - 14.1828) < 1e-4);
    QVERIFY(!ratePer1000(37879.0, std::nullopt));
    QVERIFY(!percentChange(5.0, 0.0));
    QCOMPARE(toName(ComparatorFlag::NotAvailable), u"not_available"_s);
}

QTEST_GUILESS_MAIN(TestComparator)
#include "tst_comparator.moc"
