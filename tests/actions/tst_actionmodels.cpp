// ActionModel, ActionFilterModel and FollowUpModel under QAbstractItemModelTester, following
// the service's events; filters and counts per status against a fixed date.
#include "actiontestdata.h"

#include "models/actionfiltermodel.h"
#include "models/actionmodel.h"
#include "models/followupmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cw;

class TestActionModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableFollowsTheService();
    void filtersAndCounts();
    void timelineFollowsFollowUps();
};

void TestActionModels::tableFollowsTheService()
{
    MeetingFixture f;
    ActionService &actions = f.ws().actions();
    const Meeting m = f.addMeeting(0, QStringLiteral("Board"));
    const Meeting mc = f.addMeeting(5, QStringLiteral("Challenge"), MeetingKind::MopacChallenge);
    ActionModel model(actions);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2025, 4, 10));
    QCOMPARE(model.rowCount(), 0);
    const Action b =
        actions.insertAction(newAction(m.id, QStringLiteral("Board one"), QDate(2025, 3, 31))).value();
    const Action c =
        actions.insertAction(newAction(mc.id, QStringLiteral("Challenge one"), QDate(2025, 5, 1))).value();
    const Action b2 =
        actions.insertAction(newAction(m.id, QStringLiteral("Board two"), QDate(2025, 5, 1))).value();
    // Reference order: LPB-2025-001, LPB-2025-002, MC-2025-001.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.actionAt(0)->id, b.id);
    QCOMPARE(model.actionAt(1)->id, b2.id);
    QCOMPARE(model.actionAt(2)->id, c.id);
    QCOMPARE(model.index(0, ActionModel::DueColumn).data(ActionModel::OverdueRole).toBool(), true);
    QCOMPARE(model.index(0, ActionModel::DueColumn).data(ActionModel::DaysOverdueRole).toInt(), 10);
    QCOMPARE(model.index(0, ActionModel::DueColumn).data().toString(),
             QStringLiteral("2025-03-31 (10 days overdue)"));
    QVERIFY(
        actions.addFollowUp(b.id, note(QDate(2025, 4, 1), QStringLiteral("Done"), ActionStatus::Completed))
            .ok());
    QCOMPARE(model.index(0, ActionModel::StatusColumn).data().toString(), QStringLiteral("Completed"));
    QCOMPARE(model.index(0, ActionModel::DueColumn).data(ActionModel::OverdueRole).toBool(), false);
    QCOMPARE(model.index(0, ActionModel::LatestUpdateColumn).data().toString(),
             QStringLiteral("2025-04-01: Done"));
    QVERIFY(actions.removeAction(b2.id).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(b2.id), -1);
}

void TestActionModels::filtersAndCounts()
{
    MeetingFixture f;
    ActionService &actions = f.ws().actions();
    const Meeting m = f.addMeeting(0, QStringLiteral("Board"));
    const Meeting m2 = f.addMeeting(30, QStringLiteral("Board 2"));
    ActionModel model(actions);
    ActionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setToday(QDate(2025, 4, 10));
    Action late = newAction(m.id, QStringLiteral("Robbery hotspots"), QDate(2025, 3, 31));
    late.owner = {QStringLiteral("MPS"), QStringLiteral("Commander, Violent Crime")};
    late = actions.insertAction(late).value();
    const Action soon =
        actions.insertAction(newAction(m.id, QStringLiteral("Staffing"), QDate(2025, 4, 15))).value();
    const Action later =
        actions.insertAction(newAction(m2.id, QStringLiteral("Trust"), QDate(2025, 6, 1))).value();
    const Action closed =
        actions.insertAction(newAction(m2.id, QStringLiteral("Closed"), QDate(2025, 3, 1))).value();
    QVERIFY(
        actions.addFollowUp(closed.id, note(QDate(2025, 2, 1), QStringLiteral("Done"), ActionStatus::Closed))
            .ok());
    QCOMPARE(filter.rowCount(), 4);
    QSignalSpy counts(&filter, &ActionFilterModel::countsChanged);

    filter.setOverdueOnly(true); // only "late": "closed" is past due but closed
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.visibleActions().at(0).id, late.id);
    QVERIFY(counts.count() >= 1);
    filter.setOverdueOnly(false);

    filter.setDueWithinDays(7); // 10–17 April: "soon" only
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.visibleActions().at(0).id, soon.id);
    filter.setDueWithinDays(-1);

    filter.setOwner(QStringLiteral("violent"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setOwner({});

    filter.setMeetingId(m2.id);
    QCOMPARE(filter.rowCount(), 2);
    // Counts per status ignore the status filter but honour the others: meeting 2 has one open
    // ("later") and one closed.
    filter.setStatuses({ActionStatus::Closed});
    QCOMPARE(filter.rowCount(), 1);
    const auto byStatus = filter.countsByStatus();
    QCOMPARE(byStatus.value(ActionStatus::Open), 1);
    QCOMPARE(byStatus.value(ActionStatus::Closed), 1);
    QCOMPARE(byStatus.value(ActionStatus::InProgress), 0);
    filter.setStatuses({});
    filter.setMeetingId(0);

    filter.setSearch(QStringLiteral("lpb-2025-003")); // by reference
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.visibleActions().at(0).id, later.id);
    filter.setSearch(QStringLiteral("done")); // by latest update
    QCOMPARE(filter.visibleActions().at(0).id, closed.id);
    filter.setSearch({});

    // Sort by due date, latest first.
    filter.sort(ActionModel::DueColumn, Qt::DescendingOrder);
    QCOMPARE(filter.visibleActions().at(0).id, later.id);
    QCOMPARE(filter.visibleActions().at(3).id, closed.id);
}

void TestActionModels::timelineFollowsFollowUps()
{
    MeetingFixture f;
    ActionService &actions = f.ws().actions();
    const Meeting m = f.addMeeting(0, QStringLiteral("Board"));
    const Action a = actions.insertAction(newAction(m.id, QStringLiteral("A"), QDate(2025, 3, 31))).value();
    const Action other =
        actions.insertAction(newAction(m.id, QStringLiteral("B"), QDate(2025, 3, 31))).value();
    QVERIFY(actions.addFollowUp(a.id, note(QDate(2025, 2, 10), QStringLiteral("Second"))).ok());
    FollowUpModel model(actions);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActionId(a.id);
    QCOMPARE(model.rowCount(), 1);
    // An entry dated earlier goes before it; another action's entries are not shown.
    QVERIFY(
        actions.addFollowUp(a.id, note(QDate(2025, 2, 1), QStringLiteral("First"), ActionStatus::InProgress))
            .ok());
    QVERIFY(actions.addFollowUp(other.id, note(QDate(2025, 2, 1), QStringLiteral("Elsewhere"))).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(FollowUpModel::TextRole).toString(), QStringLiteral("First"));
    QCOMPARE(model.index(0).data(FollowUpModel::StatusToRole).toString(), QStringLiteral("in_progress"));
    QVERIFY(model.index(0).data().toString().startsWith(QStringLiteral("2025-02-01 \u2014 ")));
    QCOMPARE(model.index(1).data(FollowUpModel::TextRole).toString(), QStringLiteral("Second"));
    model.setActionId(0);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestActionModels)
#include "tst_actionmodels.moc"
