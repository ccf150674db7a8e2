// The built-in plans and areas carry the figures published in the Plans (see
// ../shared/reference/plan-facts.md) and survive a round trip through a workspace.
#include "reference/referencedata.h"
#include "services/planservice.h"
#include "workspace/workspace.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

namespace {

const Measure *findMeasure(const QList<Plan> &plans, const QString &planCode, const QString &code)
{
    for (const Plan &plan : plans) {
        if (plan.code != planCode)
            continue;
        for (const Priority &priority : plan.priorities) {
            for (const Measure &m : priority.measures) {
                if (m.code == code)
                    return &m;
            }
        }
    }
    return nullptr;
}

std::optional<double> figure(const Measure &m, const QString &areaCode, const QString &period)
{
    for (const PublishedFigure &f : m.figures) {
        if (f.areaCode == areaCode && f.period == period)
            return f.value;
    }
    return std::nullopt;
}

} // namespace

class TestReferenceData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void areasCoverLondonAndComparators();
    void tileGridIsOneTilePerAuthority();
    void plan2013CarriesPublishedFigures_data();
    void plan2013CarriesPublishedFigures();
    void plan2025HasThreePriorities();
    void formulasNameThePublishedIndicators();
    void plansRoundTripThroughWorkspace();
    void malformedPlanIsRefused();
};

void TestReferenceData::areasCoverLondonAndComparators()
{
    const QList<Area> areas = ReferenceData::areas();
    QSet<QString> codes;
    int authorities = 0;
    for (const Area &a : areas) {
        codes.insert(a.code);
        if (a.kind == AreaKind::LocalAuthority)
            ++authorities;
    }
    QCOMPARE(authorities, 33);
    for (int i = 1; i <= 33; ++i)
        QVERIFY(codes.contains(QStringLiteral("E090000%1").arg(i, 2, 10, QLatin1Char('0'))));
    for (const char *code :
         {"E23000001", "E23000034", "K04000001", "E23000005", "E23000014", "E23000010", "unallocated"})
        QVERIFY2(codes.contains(QLatin1String(code)), code);
    QCOMPARE(codes.size(), areas.size()); // no duplicates
}

void TestReferenceData::tileGridIsOneTilePerAuthority()
{
    QSet<QPair<int, int>> cells;
    for (const Area &a : ReferenceData::areas()) {
        if (a.kind != AreaKind::LocalAuthority) {
            QVERIFY(!a.tile);
            continue;
        }
        QVERIFY2(a.tile.has_value(), qPrintable(a.name));
        QVERIFY(a.tile->row >= 0 && a.tile->row < 6 && a.tile->column >= 0 && a.tile->column < 8);
        cells.insert({a.tile->row, a.tile->column});
    }
    QCOMPARE(cells.size(), 33);
}

void TestReferenceData::plan2013CarriesPublishedFigures_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("baseline");
    QTest::addColumn<int>("targetKind");
    QTest::addColumn<double>("target");
    QTest::addColumn<int>("polarity");
    QTest::newRow("youth reoffending") << QStringLiteral("YOUTH-REOFFENDING") << 70.8
                                       << int(TargetKind::Absolute) << 56.6 << int(Polarity::LowerIsBetter);
    QTest::newRow("court time") << QStringLiteral("COURT-TIME") << 168.0 << int(TargetKind::Absolute) << 134.0
                                << int(Polarity::LowerIsBetter);
    QTest::newRow("community orders") << QStringLiteral("COMMUNITY-ORDERS") << 77.0
                                      << int(TargetKind::Absolute) << 92.0 << int(Polarity::HigherIsBetter);
    QTest::newRow("costs") << QStringLiteral("COSTS") << 2.6e9 << int(TargetKind::PercentChange) << -20.0
                           << int(Polarity::LowerIsBetter);
}

void TestReferenceData::plan2013CarriesPublishedFigures()
{
    QFETCH(QString, code);
    QFETCH(double, baseline);
    QFETCH(int, targetKind);
    QFETCH(double, target);
    QFETCH(int, polarity);
    const QList<Plan> plans = ReferenceData::builtinPlans();
    const Measure *m = findMeasure(plans, QStringLiteral("PCP-2013-16"), code);
    QVERIFY(m);
    QCOMPARE(m->baseline.value.value_or(-1), baseline);
    QCOMPARE(int(m->target.kind), targetKind);
    QCOMPARE(m->target.value.value_or(-1), target);
    QCOMPARE(int(m->polarity), polarity);
    QVERIFY(!m->definition.isEmpty());
}

void TestReferenceData::plan2025HasThreePriorities()
{
    const QList<Plan> plans = ReferenceData::builtinPlans();
    QCOMPARE(plans.size(), 2);
    const Plan &plan = plans.first();
    QCOMPARE(plan.code, QStringLiteral("PCP-2025-29"));
    QCOMPARE(plan.priorities.size(), 3);
    QCOMPARE(plan.priorities.at(0).measures.size(), 7);
    QCOMPARE(plan.priorities.at(1).measures.size(), 6);
    QCOMPARE(plan.priorities.at(2).measures.size(), 4);
    const Measure *goodJob = findMeasure(plans, plan.code, QStringLiteral("PAS-GOOD-JOB"));
    QVERIFY(goodJob);
    QCOMPARE(goodJob->baseline.value.value_or(-1), 46.0);
    QCOMPARE(goodJob->baseline.period, QStringLiteral("R12:2024-09"));
    const Measure *csew = findMeasure(plans, plan.code, QStringLiteral("CSEW-CONFIDENCE"));
    QVERIFY(csew);
    QCOMPARE(figure(*csew, QStringLiteral("E23000001"), QStringLiteral("R12:2024-06")).value_or(-1), 49.0);
    QCOMPARE(figure(*csew, QStringLiteral("K04000001"), QStringLiteral("R12:2024-06")).value_or(-1), 48.0);
    QCOMPARE(figure(*csew, QStringLiteral("E23000005"), QStringLiteral("R12:2024-06")).value_or(-1), 43.0);
    const Measure *sat = findMeasure(plans, plan.code, QStringLiteral("VICTIM-SAT"));
    QVERIFY(sat);
    QCOMPARE(sat->baseline.value.value_or(-1), 62.0);
    // "Below current levels": no baseline value is invented before data is imported.
    const Measure *robbery = findMeasure(plans, plan.code, QStringLiteral("ROBBERY"));
    QVERIFY(robbery);
    QVERIFY(!robbery->baseline.value.has_value());
    QCOMPARE(robbery->target.kind, TargetKind::BelowBaseline);
}

void TestReferenceData::formulasNameThePublishedIndicators()
{
    const QList<Plan> plans = ReferenceData::builtinPlans();
    const Measure *mopac7 = findMeasure(plans, QStringLiteral("PCP-2013-16"), QStringLiteral("MOPAC7"));
    QVERIFY(mopac7);
    QCOMPARE(mopac7->formula.kind, FormulaKind::Sum);
    QCOMPARE(mopac7->formula.terms.size(), 11); // VWI + 2 robbery + 4 burglary + 4 others
    QCOMPARE(mopac7->breaks.size(), 1);
    QCOMPARE(mopac7->breaks.first().period, QStringLiteral("2024-02"));
    QCOMPARE(mopac7->figures.first().value.value_or(0), -18.4);
    const Measure *knife = findMeasure(plans, QStringLiteral("PCP-2025-29"), QStringLiteral("KNIFE-INJ"));
    QVERIFY(knife);
    QCOMPARE(knife->formula.terms.first().indicatorKey,
             QStringLiteral("mps.dashboard:Knife Crime with Injury/Offences"));
    const Measure *trust = findMeasure(plans, QStringLiteral("PCP-2025-29"), QStringLiteral("PAS-TRUST"));
    QVERIFY(trust);
    QCOMPARE(trust->formula.kind, FormulaKind::Proportion);
    QCOMPARE(trust->formula.terms.first().indicatorKey, QStringLiteral("pas:Trust MPS"));
}

void TestReferenceData::plansRoundTripThroughWorkspace()
{
    QTemporaryDir dir;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
    QVERIFY(ws.ok());
    auto stored = ws.value()->plans().plans();
    QVERIFY(stored.ok());
    QList<Plan> expected = ReferenceData::builtinPlans();
    QCOMPARE(stored->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        Plan got = stored->at(i);
        // Ids are assigned by the workspace; everything else must survive unchanged.
        got.id = 0;
        for (Priority &p : got.priorities) {
            p.id = 0;
            p.planId = 0;
            for (Measure &m : p.measures) {
                m.id = 0;
                m.priorityId = 0;
            }
        }
        QVERIFY2(got == expected.at(i), qPrintable(expected.at(i).code));
    }
}

void TestReferenceData::malformedPlanIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             ReferenceData::parsePlan("{\"code\": ", QStringLiteral("broken.json")));
    QVERIFY_THROWS_EXCEPTION(
        std::runtime_error,
        ReferenceData::parsePlan(R"({"code":"X","priorities":[{"code":"P","title":"T","measures":[{"code":"M",
            "unit":"furlongs","polarity":"lower","frequency":"monthly","formula":{"kind":"sum"},"target":{"kind":"monitor"}}]}]})",
                                 QStringLiteral("bad-unit.json")));
}

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
