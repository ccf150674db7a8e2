// Measure series from indicator formulas: sums across categories (with a category that starts
// at a series break), ratios, survey proportions, like-for-like aggregation, phases — on
// worked examples and on the real London Datastore file.
#include "analysis/measureseries.h"
#include "reference/referencedata.h"
#include "services/analysisservice.h"
#include "services/importservice.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cw;

namespace {

Measure measureFrom(const QString &planCode, const QString &code)
{
    for (const Plan &plan : ReferenceData::builtinPlans()) {
        if (plan.code != planCode)
            continue;
        for (const Priority &p : plan.priorities) {
            for (const Measure &m : p.measures) {
                if (m.code == code)
                    return m;
            }
        }
    }
    return {};
}

double at(const QList<MeasurePoint> &points, const QString &key)
{
    for (const MeasurePoint &p : points) {
        if (p.period.key() == key)
            return p.value;
    }
    return -1;
}

} // namespace

class TestMeasureSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sumAcrossABreak();
    void ratioAndProportion();
    void aggregatesLikeForLike();
    void realDatastoreFile();
};

void TestMeasureSeries::sumAcrossABreak()
{
    Measure m;
    m.formula.kind = FormulaKind::Sum;
    m.formula.terms = {{QStringLiteral("a:old")}, {QStringLiteral("a:new")}};
    m.breaks = {{QStringLiteral("2024-02"), QStringLiteral("rule change")}};
    MeasureSeries::Inputs in;
    in.insert(QStringLiteral("a:old"),
              {{Period::month(2024, 1), 100, {}, {}}, {Period::month(2024, 2), 60, {}, {}}});
    in.insert(QStringLiteral("a:new"),
              {{Period::month(2024, 2), 30, {}, {}}, {Period::month(2024, 3), 95, {}, {}}});
    const QList<MeasurePoint> s = MeasureSeries::build(m, in);
    QCOMPARE(s.size(), 3);
    QCOMPARE(at(s, QStringLiteral("2024-01")), 100.0);
    QCOMPARE(at(s, QStringLiteral("2024-02")), 90.0); // 60 + 30: both categories in the break month
    QCOMPARE(at(s, QStringLiteral("2024-03")), 95.0); // the old category is absent: counts as 0
    QCOMPARE(s.at(0).phase, 0);
    QCOMPARE(s.at(1).phase, 1);
    QCOMPARE(s.at(2).phase, 1);
}

void TestMeasureSeries::ratioAndProportion()
{
    Measure ratio;
    ratio.formula.kind = FormulaKind::Ratio;
    ratio.formula.terms = {{QStringLiteral("c:charged"), TermRole::Numerator, 1.0},
                           {QStringLiteral("c:offences"), TermRole::Denominator, 1.0}};
    MeasureSeries::Inputs in;
    in.insert(QStringLiteral("c:charged"),
              {{Period::quarter(2024, 1), 71, {}, {}}, {Period::quarter(2024, 2), 5, {}, {}}});
    in.insert(QStringLiteral("c:offences"),
              {{Period::quarter(2024, 1), 1000, {}, {}}, {Period::quarter(2024, 2), 0, {}, {}}});
    const auto r = MeasureSeries::build(ratio, in);
    QCOMPARE(r.size(), 1); // 71 / 1000 = 7.1%; a zero denominator gives no point
    QCOMPARE(r.first().value, 7.1);

    Measure survey;
    survey.formula.kind = FormulaKind::Proportion;
    survey.formula.terms = {{QStringLiteral("pas:Trust MPS")}};
    MeasureSeries::Inputs s;
    s.insert(QStringLiteral("pas:Trust MPS"), {{Period::rolling12(2024, 9), 0.72, {}, 12800}});
    const auto p = MeasureSeries::build(survey, s);
    QCOMPARE(p.first().value, 72.0);
    QCOMPARE(p.first().sampleSize.value_or(0), 12800);
}

void TestMeasureSeries::aggregatesLikeForLike()
{
    QList<MeasurePoint> monthly;
    for (int i = 0; i < 15; ++i) { // January 2023 .. March 2024, value = month number 1..15
        const Period p = Period::month(2023 + i / 12, i % 12 + 1);
        monthly.append({p, double(i + 1), std::nullopt, 0});
    }
    const auto quarters = MeasureSeries::aggregate(monthly, Period::Kind::Quarter);
    QCOMPARE(quarters.size(), 5);
    QCOMPARE(quarters.first().value, 6.0); // 1 + 2 + 3
    QCOMPARE(quarters.last().value, 42.0); // 13 + 14 + 15
    const auto years = MeasureSeries::aggregate(monthly, Period::Kind::FinancialYear);
    QCOMPARE(years.size(), 1);            // only 2023/24 (April 2023 .. March 2024) is complete
    QCOMPARE(years.first().value, 114.0); // 4 + 5 + … + 15 = sum(1..15) − (1+2+3) = 120 − 6
    const auto rolling = MeasureSeries::aggregate(monthly, Period::Kind::Rolling12);
    QCOMPARE(rolling.size(), 4); // December 2023 .. March 2024
    QCOMPARE(rolling.first().period.key(), QStringLiteral("R12:2023-12"));
    QCOMPARE(rolling.first().value, 78.0); // 1 + … + 12
    QCOMPARE(rolling.last().value, 114.0); // 4 + … + 15
    // A missing month breaks the rolling sums that would need it: without February 2024 only
    // the years to December 2023 and January 2024 are complete.
    monthly.removeAt(13); // February 2024
    QCOMPARE(MeasureSeries::aggregate(monthly, Period::Kind::Rolling12).size(), 2);
}

void TestMeasureSeries::realDatastoreFile()
{
    const QString data = cwtest::sharedDataDir();
    if (data.isEmpty())
        QSKIP("../shared/data is not present; the real-file checks need it.");
    QTemporaryDir dir;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("real.cwb")));
    QVERIFY(ws.ok());
    const ImportReport report = ws.value()->imports().importFile(
        data + QStringLiteral("/london-datastore/MPS_Borough_Level_Crime_recent24_202303-202502.csv"), {});
    QCOMPARE(report.status, ImportReport::Status::Imported);
    AnalysisService &analysis = ws.value()->analysis();
    // Expected values computed independently with Python's csv module over the file, summing
    // every row (all boroughs, airports and "Unknown") of the categories in each formula:
    //   BURGLARY (all minor categories) 202401 → 5080, 202402 → 4416, 202403 → 4770
    //   ROBBERY (both) 12 months to 202502 → 34104; to 202402 → 34170
    //   MOPAC 7 in 202501 → 30032; Camden robbery 202501 → 121
    const Measure burglary = measureFrom(QStringLiteral("PCP-2013-16"), QStringLiteral("MOPAC7"));
    Measure burglaryOnly = burglary;
    burglaryOnly.formula.terms.erase(
        std::remove_if(burglaryOnly.formula.terms.begin(), burglaryOnly.formula.terms.end(),
                       [](const FormulaTerm &t) {
                           return !t.indicatorKey.startsWith(QLatin1String("mps.borough:BURGLARY/"));
                       }),
        burglaryOnly.formula.terms.end());
    QCOMPARE(burglaryOnly.formula.terms.size(), 4);
    const auto b = analysis.series(burglaryOnly, QStringLiteral("E23000001")).value();
    QCOMPARE(at(b, QStringLiteral("2024-01")), 5080.0);
    QCOMPARE(at(b, QStringLiteral("2024-02")), 4416.0);
    QCOMPARE(at(b, QStringLiteral("2024-03")), 4770.0);
    QCOMPARE(b.at(0).phase, 0);
    QCOMPARE(b.last().phase, 1); // after the February 2024 break

    const Measure robbery = measureFrom(QStringLiteral("PCP-2025-29"), QStringLiteral("ROBBERY"));
    const auto monthly = analysis.series(robbery, QStringLiteral("E23000001")).value();
    QCOMPARE(monthly.size(), 24);
    const auto rolling = MeasureSeries::aggregate(monthly, Period::Kind::Rolling12);
    QCOMPARE(at(rolling, QStringLiteral("R12:2025-02")), 34104.0);
    QCOMPARE(at(rolling, QStringLiteral("R12:2024-02")), 34170.0);
    QCOMPARE(at(analysis.series(robbery, QStringLiteral("E09000007")).value(), QStringLiteral("2025-01")),
             121.0);

    const auto mopac7 = analysis.series(burglary, QStringLiteral("E23000001")).value();
    QCOMPARE(at(mopac7, QStringLiteral("2025-01")), 30032.0);
}

QTEST_GUILESS_MAIN(TestMeasureSeries)
#include "tst_measureseries.moc"
