// PlanService: edits run in one transaction, are validated, refuse built-in plans, and emit
// precise change events.
#include "services/planservice.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestPlanService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void builtinPlansAreReadOnly();
    void copyMakesAnEditablePlan();
    void updateMeasurePersistsAndSignals();
    void invalidEditsAreRefused_data();
    void invalidEditsAreRefused();
    void insertAndRemoveKeepPositions();
    void removePriorityTakesItsMeasures();
    void unusedCodes();

private:
    Plan copyOf2025();

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_counter = 0;
};

void TestPlanService::init()
{
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("w%1.cwb").arg(++m_counter)));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
}

void TestPlanService::cleanup()
{
    m_ws.reset();
}

Plan TestPlanService::copyOf2025()
{
    PlanService &service = m_ws->plans();
    const Plan builtin = service.plans()->first();
    auto copy = service.copyPlan(builtin.id, QStringLiteral("MY-PLAN"), QStringLiteral("My plan"));
    return copy.ok() ? copy.value() : Plan{};
}

void TestPlanService::builtinPlansAreReadOnly()
{
    PlanService &service = m_ws->plans();
    QSignalSpy failed(&service, &PlanService::failed);
    const Plan builtin = service.plans()->first();
    QVERIFY(builtin.builtin);
    Measure m = builtin.priorities.first().measures.first();
    m.title = QStringLiteral("Changed");
    const auto result = service.updateMeasure(m);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("Built-in plans cannot be edited")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(service.measure(m.id)->title, QStringLiteral("Knife crime with injury"));
    QVERIFY(!service.removeMeasure(m.id).ok());
    QVERIFY(!service.removePlan(builtin.id).ok());
}

void TestPlanService::copyMakesAnEditablePlan()
{
    PlanService &service = m_ws->plans();
    QSignalSpy inserted(&service, &PlanService::planInserted);
    const Plan copy = copyOf2025();
    QVERIFY(copy.id != 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2); // after the two built-in plans
    QVERIFY(!copy.builtin);
    QCOMPARE(copy.copiedFrom, QStringLiteral("PCP-2025-29"));
    QCOMPARE(copy.priorities.size(), 3);
    QCOMPARE(copy.priorities.at(1).measures.at(0).baseline.value.value_or(0), 46.0);
    QVERIFY(copy.priorities.at(0).measures.at(0).id !=
            service.plans()->first().priorities.at(0).measures.at(0).id);
    // The same code twice is refused.
    QVERIFY(!service.copyPlan(copy.id, QStringLiteral("MY-PLAN"), QStringLiteral("Again")).ok());
}

void TestPlanService::updateMeasurePersistsAndSignals()
{
    PlanService &service = m_ws->plans();
    const Plan copy = copyOf2025();
    Measure m = copy.priorities.first().measures.at(1); // robbery
    QSignalSpy changed(&service, &PlanService::measureChanged);
    m.title = QStringLiteral("Robbery of personal property");
    m.baseline.value = 30123.0;
    m.target =
        Target{TargetKind::PercentChange, -10.0, QStringLiteral("2029-03"), 2.5, QStringLiteral("Down 10%")};
    m.polarity = Polarity::LowerIsBetter;
    QVERIFY(service.updateMeasure(m).ok());
    QCOMPARE(changed.count(), 1);
    const Measure stored = service.measure(m.id).value();
    QCOMPARE(stored, m);
    QCOMPARE(stored.target.tolerance.value_or(0), 2.5);
    QCOMPARE(stored.formula.terms.size(), 2);
}

void TestPlanService::invalidEditsAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty title") << QStringLiteral("title") << QString() << QStringLiteral("needs a title");
    QTest::newRow("empty code") << QStringLiteral("code") << QStringLiteral("  ")
                                << QStringLiteral("needs a code");
    QTest::newRow("duplicate code") << QStringLiteral("code") << QStringLiteral("HOMICIDE")
                                    << QStringLiteral("already has the code HOMICIDE");
    QTest::newRow("bad baseline period")
        << QStringLiteral("baseline") << QStringLiteral("2024-13") << QStringLiteral("is not a period");
    QTest::newRow("bad target date") << QStringLiteral("target") << QStringLiteral("next year")
                                     << QStringLiteral("is not a period");
}

void TestPlanService::invalidEditsAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    PlanService &service = m_ws->plans();
    const Plan copy = copyOf2025();
    const Measure before = copy.priorities.first().measures.at(1);
    Measure m = before;
    if (field == QLatin1String("title"))
        m.title = value;
    else if (field == QLatin1String("code"))
        m.code = value;
    else if (field == QLatin1String("baseline"))
        m.baseline.period = value;
    else
        m.target.period = value;
    const auto result = service.updateMeasure(m);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QCOMPARE(service.measure(m.id).value(), before);
}

void TestPlanService::insertAndRemoveKeepPositions()
{
    PlanService &service = m_ws->plans();
    const Plan copy = copyOf2025();
    const Priority p1 = copy.priorities.first();
    Measure m;
    m.code = QStringLiteral("NEW");
    m.title = QStringLiteral("New measure");
    QSignalSpy inserted(&service, &PlanService::measureInserted);
    auto added = service.insertMeasure(p1.id, m, 1);
    QVERIFY(added.ok());
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    auto codesOf = [&] {
        QStringList codes;
        const Priority priority = service.priority(p1.id).value();
        for (const Measure &x : priority.measures)
            codes.append(x.code);
        return codes;
    };
    QStringList codes = codesOf();
    QCOMPARE(codes.mid(0, 3),
             (QStringList{QStringLiteral("KNIFE-INJ"), QStringLiteral("NEW"), QStringLiteral("ROBBERY")}));
    QVERIFY(service.removeMeasure(added->id).ok());
    codes = codesOf();
    QCOMPARE(codes.size(), 7);
    QCOMPARE(codes.at(1), QStringLiteral("ROBBERY"));
    // Restoring with the same id puts it back exactly.
    auto restored = service.insertMeasure(p1.id, added.value(), 1);
    QVERIFY(restored.ok());
    QCOMPARE(restored->id, added->id);
    QCOMPARE(service.priority(p1.id)->measures.at(1).code, QStringLiteral("NEW"));
}

void TestPlanService::removePriorityTakesItsMeasures()
{
    PlanService &service = m_ws->plans();
    const Plan copy = copyOf2025();
    const Priority p2 = copy.priorities.at(1);
    QVERIFY(service.removePriority(p2.id).ok());
    QCOMPARE(service.plan(copy.id)->priorities.size(), 2);
    QVERIFY(!service.measure(p2.measures.first().id).ok());
    QVERIFY(service.insertPriority(copy.id, p2, 1).ok());
    const Plan back = service.plan(copy.id).value();
    QCOMPARE(back.priorities.at(1), p2);
}

void TestPlanService::unusedCodes()
{
    PlanService &service = m_ws->plans();
    QCOMPARE(service.unusedPlanCode(QStringLiteral("PCP-2025-29")), QStringLiteral("PCP-2025-29-COPY"));
    const Plan copy = copyOf2025();
    QCOMPARE(service.unusedMeasureCode(copy.priorities.first().id, QStringLiteral("ROBBERY")),
             QStringLiteral("ROBBERY-2"));
    QCOMPARE(service.unusedMeasureCode(copy.priorities.first().id, QStringLiteral("FRESH")),
             QStringLiteral("FRESH"));
}

QTEST_GUILESS_MAIN(TestPlanService)
#include "tst_planservice.moc"
