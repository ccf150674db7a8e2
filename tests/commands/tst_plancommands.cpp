// Undo commands on plans: every edit can be undone and redone, ids stay stable across
// undo/redo, and a refused edit leaves nothing on the stack.
#include "commands/copyplancommand.h"
#include "commands/editmeasurecommand.h"
#include "commands/insertmeasurecommand.h"
#include "commands/insertprioritycommand.h"
#include "services/planservice.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cw;

class TestPlanCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void copyPlanUndoRedo();
    void editMeasureUndoRedo();
    void refusedEditLeavesNothingToUndo();
    void insertMeasureThenEditThenUndoAll();
    void removeMeasureRestoresPositionAndId();
    void removePriorityRestoresMeasures();

private:
    qint64 copyPlan();

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_counter = 0;
};

void TestPlanCommands::init()
{
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("c%1.cwb").arg(++m_counter)));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
}

void TestPlanCommands::cleanup()
{
    m_ws.reset();
}

qint64 TestPlanCommands::copyPlan()
{
    const qint64 source = m_ws->plans().plans()->first().id;
    auto *command =
        new CopyPlanCommand(m_ws->plans(), source, QStringLiteral("COPY"), QStringLiteral("Copy"));
    m_ws->undoStack().push(command);
    return m_ws->plans().plans()->last().id;
}

void TestPlanCommands::copyPlanUndoRedo()
{
    QUndoStack &stack = m_ws->undoStack();
    const qint64 id = copyPlan();
    QCOMPARE(m_ws->plans().plans()->size(), 3);
    stack.undo();
    QCOMPARE(m_ws->plans().plans()->size(), 2);
    stack.redo();
    QCOMPARE(m_ws->plans().plans()->size(), 3);
    QCOMPARE(m_ws->plans().plans()->last().id, id); // same id after redo
    QCOMPARE(m_ws->plans().plans()->last().priorities.size(), 3);
}

void TestPlanCommands::editMeasureUndoRedo()
{
    const qint64 planId = copyPlan();
    PlanService &service = m_ws->plans();
    const Measure before = service.plan(planId)->priorities.at(0).measures.at(1);
    Measure after = before;
    after.title = QStringLiteral("Robbery (all)");
    after.polarity = Polarity::HigherIsBetter;
    m_ws->undoStack().push(new EditMeasureCommand(service, before, after));
    QCOMPARE(service.measure(before.id)->title, QStringLiteral("Robbery (all)"));
    QCOMPARE(m_ws->undoStack().undoText(), QStringLiteral("Edit measure ROBBERY"));
    m_ws->undoStack().undo();
    QCOMPARE(service.measure(before.id).value(), before);
    m_ws->undoStack().redo();
    QCOMPARE(service.measure(before.id)->polarity, Polarity::HigherIsBetter);
}

void TestPlanCommands::refusedEditLeavesNothingToUndo()
{
    PlanService &service = m_ws->plans();
    const Measure builtin = service.plans()->first().priorities.first().measures.first();
    Measure after = builtin;
    after.title = QStringLiteral("Not allowed");
    const int count = m_ws->undoStack().count();
    m_ws->undoStack().push(new EditMeasureCommand(service, builtin, after));
    QCOMPARE(m_ws->undoStack().count(), count);
    QCOMPARE(service.measure(builtin.id)->title, builtin.title);
}

void TestPlanCommands::insertMeasureThenEditThenUndoAll()
{
    const qint64 planId = copyPlan();
    PlanService &service = m_ws->plans();
    const qint64 priorityId = service.plan(planId)->priorities.at(2).id;
    Measure m;
    m.code = QStringLiteral("NEW");
    m.title = QStringLiteral("New");
    auto *insert = new InsertMeasureCommand(service, priorityId, m, 0);
    m_ws->undoStack().push(insert);
    const qint64 id = insert->measureId();
    QVERIFY(id != 0);
    Measure edited = service.measure(id).value();
    edited.title = QStringLiteral("Renamed");
    m_ws->undoStack().push(new EditMeasureCommand(service, service.measure(id).value(), edited));
    m_ws->undoStack().undo();
    m_ws->undoStack().undo();
    QVERIFY(!service.measure(id).ok());
    m_ws->undoStack().redo();
    m_ws->undoStack().redo(); // the edit refers to the same id, so it still applies
    QCOMPARE(service.measure(id)->title, QStringLiteral("Renamed"));
    QCOMPARE(service.priority(priorityId)->measures.first().id, id);
}

void TestPlanCommands::removeMeasureRestoresPositionAndId()
{
    const qint64 planId = copyPlan();
    PlanService &service = m_ws->plans();
    const Priority p = service.plan(planId)->priorities.at(0);
    const Measure third = p.measures.at(2);
    m_ws->undoStack().push(new RemoveMeasureCommand(service, third, 2));
    QCOMPARE(service.priority(p.id)->measures.size(), p.measures.size() - 1);
    m_ws->undoStack().undo();
    QCOMPARE(service.priority(p.id).value(), p);
}

void TestPlanCommands::removePriorityRestoresMeasures()
{
    const qint64 planId = copyPlan();
    PlanService &service = m_ws->plans();
    const Plan before = service.plan(planId).value();
    m_ws->undoStack().push(new RemovePriorityCommand(service, before.priorities.at(0), 0));
    QCOMPARE(service.plan(planId)->priorities.size(), 2);
    m_ws->undoStack().undo();
    QCOMPARE(service.plan(planId).value(), before);
    Priority fresh;
    fresh.code = QStringLiteral("P4");
    fresh.title = QStringLiteral("Neighbourhood policing");
    m_ws->undoStack().push(new InsertPriorityCommand(service, planId, fresh, 3));
    QCOMPARE(service.plan(planId)->priorities.size(), 4);
    m_ws->undoStack().undo();
    QCOMPARE(service.plan(planId).value(), before);
}

QTEST_GUILESS_MAIN(TestPlanCommands)
#include "tst_plancommands.moc"
