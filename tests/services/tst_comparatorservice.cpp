// ComparatorService on the six real ONS police force area tables, imported through
// ImportService: matched periods, the lag, England and Wales made like for like when a force
// is missing, and the measures without a national comparator.
#include "reference/referencedata.h"
#include "services/comparatorservice.h"
#include "services/importservice.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cw;
using namespace Qt::StringLiterals;

class TestComparatorService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void robberyAtSeptember2019();
    void laterScorecardMonthShowsTheLag();
    void earlierAsOfMatchesAnEarlierYear();
    void noYearEarlierIsNotAvailable();
    void measureWithoutComparator();
    void mopac7SumsTheClosestColumns();
    void referenceFile();
    void badMonthIsAnError();

private:
    static Measure measure(const QString &code);
    static const PeerComparison *peer(const ComparatorResult &result, const QString &code);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

Measure TestComparatorService::measure(const QString &code)
{
    for (const Plan &plan : ReferenceData::builtinPlans()) {
        for (const Priority &priority : plan.priorities) {
            for (const Measure &m : priority.measures) {
                if (m.code == code)
                    return m;
            }
        }
    }
    return {};
}

const PeerComparison *TestComparatorService::peer(const ComparatorResult &result, const QString &code)
{
    for (const PeerComparison &row : result.peers) {
        if (row.areaCode == code)
            return &row;
    }
    return nullptr;
}

void TestComparatorService::initTestCase()
{
    const QString data = cwtest::sharedDataDir();
    if (data.isEmpty())
        QSKIP("../shared/data is absent: the real ONS police force area tables cannot be read.");
    auto ws = Workspace::create(m_dir.filePath(u"cmp.cwb"_s));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    const QDir national(data + u"/national"_s);
    for (const QString &file : national.entryList({u"*.xlsx"_s}, QDir::Files)) {
        const ImportReport report = m_ws->imports().importFile(national.filePath(file), {});
        QVERIFY2(report.status == ImportReport::Status::Imported, qPrintable(report.message));
    }
}

void TestComparatorService::cleanupTestCase()
{
    m_ws.reset();
}

void TestComparatorService::robberyAtSeptember2019()
{
    // Robbery, Table P1 (values read independently, see tst_onspfa):
    //                       YE Sep 2019   YE Sep 2018
    //   Metropolitan Police      37,879        33,174   +14.18%
    //   England and Wales        82,542        80,947   (2019 excludes Greater Manchester: "..")
    //   Greater Manchester           ..         7,497
    //   West Midlands             8,935         7,904   +13.04%
    //   West Yorkshire            3,802         3,576    +6.32%
    // England and Wales like for like: 80,947 − 7,497 = 73,450 a year earlier;
    //   82542 / 73450 − 1 = +12.38%.
    // L = ln((37879 / 33174) / (82542 / 73450)) = ln(1.141828 / 1.123785) = 0.015928
    // SE = √(1/37879 + 1/33174 + 1/82542 + 1/73450) = √8.2274e-5 = 0.0090705
    // z = 1.756 ≤ 3 → "same" (and only 1.8 points apart).
    const auto result = m_ws->comparators().compare(measure(u"ROBBERY"_s), u"E23000001"_s, u"2019-09"_s);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->matchedPeriod, u"R12:2019-09"_s);
    QCOMPARE(result->lagMonths, 0);
    QCOMPARE(*result->subjectCurrent, 37879.0);
    QCOMPARE(*result->subjectPrevious, 33174.0);
    QVERIFY(std::abs(*result->subjectChange - 14.1828) < 1e-4);
    // 37879 / 8,899,400 (mid-2018) × 1000 = 4.256 per 1,000.
    QVERIFY(std::abs(*result->subjectRate - 4.25635) < 1e-5);
    QCOMPARE(result->flag, ComparatorFlag::Same);

    const PeerComparison *ew = peer(result.value(), u"K04000001"_s);
    QVERIFY(ew);
    QCOMPARE(*ew->current, 82542.0);
    QCOMPARE(*ew->previous, 73450.0);
    QVERIFY(ew->name.contains(u"excluding Greater Manchester Police"_s));
    QVERIFY(std::abs(*ew->percentChange - 12.3785) < 1e-4);
    QVERIFY(std::abs(*ew->z - 1.7560) < 1e-4);
    QCOMPARE(ew->flag, ComparatorFlag::Same);

    const PeerComparison *gmp = peer(result.value(), u"E23000005"_s);
    QVERIFY(gmp);
    QCOMPARE(gmp->flag, ComparatorFlag::NotAvailable);
    QVERIFY(!gmp->current);

    // West Midlands: L = ln(1.141828 / (8935/7904 = 1.130440)) = 0.010024,
    // SE = √(1/37879 + 1/33174 + 1/8935 + 1/7904) = √0.00029498 = 0.017175, z = 0.5836 → same.
    const PeerComparison *wm = peer(result.value(), u"E23000014"_s);
    QVERIFY(wm);
    QVERIFY(std::abs(*wm->z - 0.583) < 1e-3);
    QCOMPARE(wm->flag, ComparatorFlag::Same);
    // West Yorkshire: L = ln(1.141828 / (3802/3576 = 1.063199)) = 0.071347,
    // SE = √(1/37879 + 1/33174 + 1/3802 + 1/3576) = √0.00059921 = 0.024479, z = 2.9147 ≤ 3 → same
    // (though 7.9 points apart).
    const PeerComparison *wy = peer(result.value(), u"E23000010"_s);
    QVERIFY(wy);
    QVERIFY(std::abs(*wy->z - 2.9147) < 1e-3);
    QCOMPARE(wy->flag, ComparatorFlag::Same);
    // The forces combined (Greater Manchester left out: no 2019 figure): 12,737 against 11,480.
    const PeerComparison *forces = peer(result.value(), u"most-similar-forces"_s);
    QVERIFY(forces);
    QCOMPARE(*forces->current, 12737.0);
    QCOMPARE(*forces->previous, 11480.0);

    QVERIFY2(
        result->note.startsWith(u"Robbery rose 14.2% in the 12 months to September 2019, against a rise of "
                                u"12.4% for England and Wales (excluding Greater Manchester Police"_s),
        qPrintable(result->note));
    QVERIFY2(result->note.contains(u"The national figures end with the scorecard's month."_s),
             qPrintable(result->note));
}

void TestComparatorService::laterScorecardMonthShowsTheLag()
{
    // The scorecard at March 2020: the newest national period held is still September 2019.
    const auto result = m_ws->comparators().compare(measure(u"ROBBERY"_s), u"E23000001"_s, u"2020-03"_s);
    QVERIFY(result.ok());
    QCOMPARE(result->matchedPeriod, u"R12:2019-09"_s);
    QCOMPARE(result->lagMonths, 6);
    QVERIFY2(result->note.contains(u"National data lag the scorecard (March 2020) by 6 months."_s),
             qPrintable(result->note));
    // Empty as-of: the latest held, no lag stated.
    const auto latest = m_ws->comparators().compare(measure(u"ROBBERY"_s), u"E23000001"_s);
    QVERIFY(latest.ok());
    QCOMPARE(latest->matchedPeriod, u"R12:2019-09"_s);
    QVERIFY2(!latest->note.contains(u"scorecard"_s), qPrintable(latest->note));
}

void TestComparatorService::earlierAsOfMatchesAnEarlierYear()
{
    // At June 2019 the newest period with its year-earlier twin is YE March 2019 (against YE
    // March 2018). Met robbery 34,341 against 32,684 (+5.07%); England and Wales 85,736
    // against 77,059 (+11.26%), all forces present in both: no adjustment.
    // L = ln((34341/32684) / (85736/77059)) = ln(1.050698 / 1.112602) = −0.057248
    // SE = √(1/34341 + 1/32684 + 1/85736 + 1/77059) = √8.4357e-5 = 0.0091846, z = −6.233:
    // the Met's robbery rose significantly less, 6.2 points apart → better.
    const auto result = m_ws->comparators().compare(measure(u"ROBBERY"_s), u"E23000001"_s, u"2019-06"_s);
    QVERIFY(result.ok());
    QCOMPARE(result->matchedPeriod, u"R12:2019-03"_s);
    QCOMPARE(result->lagMonths, 3);
    const PeerComparison *ew = peer(result.value(), u"K04000001"_s);
    QCOMPARE(*ew->current, 85736.0);
    QCOMPARE(*ew->previous, 77059.0);
    QCOMPARE(ew->name, u"England and Wales"_s);
    QVERIFY(std::abs(*ew->z + 6.233) < 1e-3);
    QCOMPARE(result->flag, ComparatorFlag::Better);
}

void TestComparatorService::noYearEarlierIsNotAvailable()
{
    // The tables start with YE March 2018: at December 2018 no period has its year-earlier twin.
    const auto result = m_ws->comparators().compare(measure(u"ROBBERY"_s), u"E23000001"_s, u"2018-12"_s);
    QVERIFY(result.ok());
    QCOMPARE(result->flag, ComparatorFlag::NotAvailable);
    QVERIFY(result->matchedPeriod.isEmpty());
    QVERIFY2(result->note.contains(u"together with the same 12 months a year earlier"_s),
             qPrintable(result->note));
    // An area with no national figures (a borough).
    const auto borough = m_ws->comparators().compare(measure(u"ROBBERY"_s), u"E09000007"_s, u"2019-09"_s);
    QVERIFY(borough.ok());
    QCOMPARE(borough->flag, ComparatorFlag::NotAvailable);
    QVERIFY2(borough->note.contains(u"import the ONS police force area tables"_s), qPrintable(borough->note));
}

void TestComparatorService::measureWithoutComparator()
{
    const auto result = m_ws->comparators().compare(measure(u"PAS-TRUST"_s), u"E23000001"_s, u"2019-09"_s);
    QVERIFY(result.ok());
    QCOMPARE(result->flag, ComparatorFlag::NotAvailable);
    QVERIFY(result->note.startsWith(u"No national comparator"_s));
    QVERIFY(result->peers.isEmpty());
}

void TestComparatorService::mopac7SumsTheClosestColumns()
{
    // MOPAC 7 from Table P1, Met, YE Sep 2019 (columns G, L, N, Q, R, V of row 44): violence
    // with injury 77,797 + robbery 37,879 + burglary 81,523 + vehicle offences 124,981 + theft
    // from the person 52,349 + criminal damage and arson 56,399 = 430,928.
    const Measure mopac7 = measure(u"MOPAC7"_s);
    const auto result = m_ws->comparators().compare(mopac7, u"E23000001"_s, u"2019-09"_s);
    QVERIFY(result.ok());
    QCOMPARE(result->matchedPeriod, u"R12:2019-09"_s);
    double sum = 0;
    for (const QString &key : {u"ons.pfa:Violence with injury"_s, u"ons.pfa:Robbery"_s, u"ons.pfa:Burglary"_s,
                               u"ons.pfa:Vehicle offences"_s, u"ons.pfa:Theft from the person"_s,
                               u"ons.pfa:Criminal damage and arson"_s}) {
        const auto points = m_ws->imports().series(key, u"E23000001"_s, u"R12:2019-09"_s, u"R12:2019-09"_s);
        QVERIFY(points.ok() && points->size() == 1);
        sum += points->constFirst().value;
    }
    QCOMPARE(sum, 430928.0);
    QCOMPARE(*result->subjectCurrent, sum);
    QVERIFY(result->definition.contains(u"Vehicle offences"_s));
}

void TestComparatorService::referenceFile()
{
    const ComparatorReference reference = ReferenceData::comparators();
    QCOMPARE(reference.peerCodes,
             (QStringList{u"K04000001"_s, u"E23000005"_s, u"E23000014"_s, u"E23000010"_s}));
    // Every measure named exists in a built-in plan, and every indicator is an ONS P1 column.
    for (const ComparatorDefinition &definition : reference.measures) {
        QVERIFY2(!measure(definition.measureCode).code.isEmpty(), qPrintable(definition.measureCode));
        for (const QString &key : definition.indicatorKeys)
            QVERIFY2(key.startsWith(u"ons.pfa:"_s), qPrintable(key));
    }
    QVERIFY(reference.find(u"robbery"_s));
    QVERIFY(!reference.find(u"PAS-TRUST"_s));
}

void TestComparatorService::badMonthIsAnError()
{
    const auto result = m_ws->comparators().compare(measure(u"ROBBERY"_s), u"E23000001"_s, u"2019/20"_s);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(u"2019/20"_s));
}

QTEST_GUILESS_MAIN(TestComparatorService)
#include "tst_comparatorservice.moc"
