// PlanModel under QAbstractItemModelTester while plans, priorities and measures are added,
// changed and removed; setData goes through the undo stack.
#include "commands/copyplancommand.h"
#include "commands/insertmeasurecommand.h"
#include "commands/insertprioritycommand.h"
#include "models/planmodel.h"
#include "services/planservice.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cw;

class TestPlanModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheBuiltinTree();
    void followsChangesPrecisely();
    void setDataPushesUndoCommand();
    void builtinMeasuresAreNotEditable();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<PlanModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_counter = 0;
};

void TestPlanModel::init()
{
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("m%1.cwb").arg(++m_counter)));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    m_model = std::make_unique<PlanModel>(m_ws->plans(), m_ws->undoStack());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPlanModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_ws.reset();
}

void TestPlanModel::showsTheBuiltinTree()
{
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex plan = m_model->index(0, 0);
    QCOMPARE(plan.data().toString(),
             QStringLiteral("Police and Crime Plan 2025–29 (draft for consultation)"));
    QCOMPARE(m_model->kind(plan), PlanModel::NodeKind::Plan);
    QCOMPARE(m_model->rowCount(plan), 3);
    const QModelIndex robbery = m_model->index(1, 0, m_model->index(0, 0, plan));
    QCOMPARE(robbery.data().toString(), QStringLiteral("Robbery"));
    QCOMPARE(robbery.siblingAtColumn(PlanModel::CodeColumn).data().toString(), QStringLiteral("ROBBERY"));
    QCOMPARE(robbery.siblingAtColumn(PlanModel::PolarityColumn).data().toString(),
             QStringLiteral("Lower is better"));
    QVERIFY(m_model->isBuiltin(robbery));
    QCOMPARE(m_model->indexOfMeasure(m_model->id(robbery)), robbery);
    QCOMPARE(m_model->planId(robbery), m_model->id(plan));
}

void TestPlanModel::followsChangesPrecisely()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    PlanService &service = m_ws->plans();
    m_ws->undoStack().push(new CopyPlanCommand(service, m_model->id(m_model->index(0, 0)),
                                               QStringLiteral("C"), QStringLiteral("Copy")));
    QCOMPARE(m_model->rowCount(), 3);
    const QModelIndex copy = m_model->index(2, 0);
    QCOMPARE(copy.data().toString(), QStringLiteral("Copy"));
    const QModelIndex p1 = m_model->index(0, 0, copy);
    Measure m;
    m.code = QStringLiteral("X");
    m.title = QStringLiteral("Extra");
    m_ws->undoStack().push(new InsertMeasureCommand(service, m_model->id(p1), m, 2));
    QCOMPARE(m_model->rowCount(p1), 8);
    QCOMPARE(m_model->index(2, 0, p1).data().toString(), QStringLiteral("Extra"));
    Priority pr;
    pr.code = QStringLiteral("P9");
    pr.title = QStringLiteral("Added priority");
    m_ws->undoStack().push(new InsertPriorityCommand(service, m_model->id(copy), pr, 0));
    QCOMPARE(m_model->index(0, 0, copy).data().toString(), QStringLiteral("Added priority"));
    QVERIFY(
        m_model->setData(m_model->index(0, 0, m_model->index(1, 0, copy)), QStringLiteral("Knife injuries")));
    QCOMPARE(changed.count(), 1);
    while (m_ws->undoStack().canUndo())
        m_ws->undoStack().undo();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(reset.count(), 0); // never a blanket reset for a precise change
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(removed.count(), 3);
}

void TestPlanModel::setDataPushesUndoCommand()
{
    PlanService &service = m_ws->plans();
    m_ws->undoStack().push(new CopyPlanCommand(service, m_model->id(m_model->index(1, 0)),
                                               QStringLiteral("C13"), QStringLiteral("Copy of 2013")));
    const QModelIndex measure = m_model->index(0, 0, m_model->index(0, 0, m_model->index(2, 0)));
    QVERIFY(measure.flags() & Qt::ItemIsEditable);
    const int before = m_ws->undoStack().count();
    QVERIFY(m_model->setData(measure, QStringLiteral("Neighbourhood crime")));
    QCOMPARE(m_ws->undoStack().count(), before + 1);
    QCOMPARE(service.measure(m_model->id(measure))->title, QStringLiteral("Neighbourhood crime"));
    m_ws->undoStack().undo();
    QCOMPARE(measure.data().toString(), QStringLiteral("Neighbourhood crime (MOPAC 7)"));
}

void TestPlanModel::builtinMeasuresAreNotEditable()
{
    const QModelIndex measure = m_model->index(0, 0, m_model->index(0, 0, m_model->index(0, 0)));
    QVERIFY(!(measure.flags() & Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(measure, QStringLiteral("Nope")));
    QCOMPARE(m_ws->undoStack().count(), 0);
}

QTEST_GUILESS_MAIN(TestPlanModel)
#include "tst_planmodel.moc"
