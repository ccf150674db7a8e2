#include <memory>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTimer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include "actions/actionexport.h"
#include "actions/actionfilterbar.h"
#include "actions/actionrowdelegate.h"
#include "actions/actionsview.h"
#include "actions/followuppanel.h"
#include "actionsfixture.h"
#include "common/emptystatepanel.h"
#include "models/actionfiltermodel.h"
#include "models/actionmodel.h"

using namespace cw;
using cw::test::ActionsFixture;
using cw::test::kToday;

class TstActionsView : public QObject
{
    Q_OBJECT

private:
    // The titles of the visible rows, in view order.
    static QStringList visibleTitles(const ActionsView &view)
    {
        QStringList titles;
        const QAbstractItemModel *model = view.table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            titles.append(model->index(row, ActionModel::TitleColumn).data().toString());
        return titles;
    }
    static QString chipText(const ActionsView &view, ActionStatus status)
    {
        return view.filterBar()->statusChip(status)->text();
    }

private Q_SLOTS:
    void filtersChangeRowsAndCounts()
    {
        ActionsFixture fx;
        QVERIFY(fx.setUp());
        auto view = std::make_unique<ActionsView>(*fx.workspace);
        view->setToday(kToday);
        QAbstractItemModelTester tester(view->filterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QVERIFY(view->currentPage()->isAncestorOf(view->table()));
        ActionFilterBar *bar = view->filterBar();

        // Everything: 2 open (1, 2), 1 in progress (3), 1 completed (4).
        QCOMPARE(view->table()->model()->rowCount(), 4);
        QCOMPARE(chipText(*view, ActionStatus::Open), QStringLiteral("Open (2)"));
        QCOMPARE(chipText(*view, ActionStatus::InProgress), QStringLiteral("In progress (1)"));
        QCOMPARE(chipText(*view, ActionStatus::Completed), QStringLiteral("Completed (1)"));
        QCOMPARE(chipText(*view, ActionStatus::Closed), QStringLiteral("Closed (0)"));
        QCOMPARE(bar->summaryLabel()->text(), QStringLiteral("Showing 4 of 4 actions"));

        // The Open chip: rows 1 and 2; the counts ignore the status filter, so they stay.
        QTest::mouseClick(bar->statusChip(ActionStatus::Open), Qt::LeftButton);
        QCOMPARE(visibleTitles(*view),
                 (QStringList{QStringLiteral("Burglary plan"), QStringLiteral("Vehicle crime briefing")}));
        QCOMPARE(chipText(*view, ActionStatus::InProgress), QStringLiteral("In progress (1)"));
        QCOMPARE(bar->summaryLabel()->text(), QStringLiteral("Showing 2 of 4 actions"));
        // Adding In progress combines: 1, 2 and 3.
        QTest::mouseClick(bar->statusChip(ActionStatus::InProgress), Qt::LeftButton);
        QCOMPARE(view->table()->model()->rowCount(), 3);
        QTest::mouseClick(bar->statusChip(ActionStatus::Open), Qt::LeftButton);
        QTest::mouseClick(bar->statusChip(ActionStatus::InProgress), Qt::LeftButton);
        QCOMPARE(view->table()->model()->rowCount(), 4);

        // Overdue only on 2025-04-01: only action 1 (due 2025-02-28, open); 4 is completed.
        auto *overdue = bar->findChild<QCheckBox *>(QStringLiteral("overdueFilter"));
        QTest::mouseClick(overdue, Qt::LeftButton);
        QCOMPARE(visibleTitles(*view), QStringList{QStringLiteral("Burglary plan")});
        QCOMPARE(chipText(*view, ActionStatus::Open), QStringLiteral("Open (1)"));
        QCOMPARE(chipText(*view, ActionStatus::Completed), QStringLiteral("Completed (0)"));
        QTest::mouseClick(overdue, Qt::LeftButton);

        // Due within 14 days (2025-04-01 … 2025-04-15, outstanding): action 2 (due 04-10) only.
        auto *dueWithin = bar->findChild<QCheckBox *>(QStringLiteral("dueWithinFilter"));
        QTest::mouseClick(dueWithin, Qt::LeftButton);
        QCOMPARE(visibleTitles(*view), QStringList{QStringLiteral("Vehicle crime briefing")});
        // 5 days (… 04-06): none.
        auto *days = bar->findChild<QSpinBox *>(QStringLiteral("dueWithinDays"));
        days->setValue(5);
        QCOMPARE(view->table()->model()->rowCount(), 0);
        QCOMPARE(bar->summaryLabel()->text(), QStringLiteral("Showing 0 of 4 actions"));
        QTest::mouseClick(dueWithin, Qt::LeftButton);

        // Meeting B: actions 3 and 4.
        auto *meeting = bar->findChild<QComboBox *>(QStringLiteral("meetingFilter"));
        meeting->setCurrentIndex(meeting->findData(fx.meetingB.id));
        QCOMPARE(visibleTitles(*view),
                 (QStringList{QStringLiteral("Robbery hotspots"), QStringLiteral("Knife arches review")}));
        QCOMPARE(chipText(*view, ActionStatus::Open), QStringLiteral("Open (0)"));
        QCOMPARE(chipText(*view, ActionStatus::InProgress), QStringLiteral("In progress (1)"));
        meeting->setCurrentIndex(0);

        // Owner and search, typed.
        auto *owner = bar->findChild<QLineEdit *>(QStringLiteral("ownerFilter"));
        QTest::keyClicks(owner, QStringLiteral("frontline"));
        QCOMPARE(visibleTitles(*view), QStringList{QStringLiteral("Robbery hotspots")});
        owner->clear();
        QTest::keyClicks(bar->searchBox(), QStringLiteral("KNIFE"));
        QCOMPARE(visibleTitles(*view), QStringList{QStringLiteral("Knife arches review")});
        bar->clear();
        QCOMPARE(view->table()->model()->rowCount(), 4);
        view.reset(); // panels before the workspace
    }

    void sortsAndMarksOverdueRows()
    {
        ActionsFixture fx;
        QVERIFY(fx.setUp());
        auto view = std::make_unique<ActionsView>(*fx.workspace);
        view->setToday(kToday);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        // Sorted by due date: 1 (02-28), 4 (03-20), 2 (04-10), 3 (06-30).
        view->table()->sortByColumn(ActionModel::DueColumn, Qt::AscendingOrder);
        QCOMPARE(visibleTitles(*view),
                 (QStringList{QStringLiteral("Burglary plan"), QStringLiteral("Knife arches review"),
                              QStringLiteral("Vehicle crime briefing"), QStringLiteral("Robbery hotspots")}));
        // Overdue in words as well as colour: 2025-02-28 → 2025-04-01 is 32 days
        // (28 to 2025-03-28, then 4 more).
        const QModelIndex due = view->table()->model()->index(0, ActionModel::DueColumn);
        QVERIFY(due.data(ActionModel::OverdueRole).toBool());
        QCOMPARE(due.data(ActionModel::DaysOverdueRole).toInt(), 32);
        QCOMPARE(ActionRowDelegate::dueText(due.data(ActionModel::DueDateRole).toDate(), 32),
                 QStringLiteral("⚠ 2025-02-28 (32 days overdue)"));
        QVERIFY(!view->table()
                     ->model()
                     ->index(1, ActionModel::DueColumn)
                     .data(ActionModel::OverdueRole)
                     .toBool());
        view.reset();
    }

    // The export writes what the view shows, in its order: the Open chip leaves actions 1
    // and 2, so the CSV has a header and two lines.
    void exportsTheFilteredRows()
    {
        ActionsFixture fx;
        QVERIFY(fx.setUp());
        auto view = std::make_unique<ActionsView>(*fx.workspace);
        view->setToday(kToday);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QTest::mouseClick(view->filterBar()->statusChip(ActionStatus::Open), Qt::LeftButton);
        const QString path = fx.dir.filePath(QStringLiteral("log.csv"));
        const Result<void> written = ActionExport::write(path, view->filterModel()->visibleActions(), kToday);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).startsWith("MC-2025-001,Burglary plan,"));
        QVERIFY(lines.at(2).startsWith("MC-2025-002,Vehicle crime briefing,"));
        // And an .xlsx that cannot be written says so, naming nothing half-written.
        const QString bad = fx.dir.filePath(QStringLiteral("missing/folder/log.xlsx"));
        QVERIFY(!ActionExport::write(bad, view->filterModel()->visibleActions(), kToday));
        QVERIFY(!QFile::exists(bad));
        view.reset();
    }

    // Correct… (Ctrl+Shift+U) on a follow-up adds a new entry that refers to it; the entry
    // corrected stays as it was.
    void correctionAddsAnEntry()
    {
        ActionsFixture fx;
        QVERIFY(fx.setUp());
        auto view = std::make_unique<ActionsView>(*fx.workspace);
        view->setToday(kToday);
        view->show();
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        const qint64 id = fx.actions[2].id; // Robbery hotspots: one follow-up (→ in progress, 03-14)
        QVERIFY(view->selectAction(id));
        QListView *timeline = view->followUpPanel()->timeline();
        QCOMPARE(timeline->model()->rowCount(), 1);
        const auto before = fx.workspace->actions().followUps(id);
        QVERIFY(before);
        timeline->setFocus();
        timeline->setCurrentIndex(timeline->model()->index(0, 0));
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("followUpText")),
                             QStringLiteral("Date was 13 March, not 14"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
            filled = !dialog->isVisible();
            if (!filled)
                dialog->reject();
        });
        QTest::keyClick(timeline, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(filled);
        const auto after = fx.workspace->actions().followUps(id);
        QVERIFY(after);
        QCOMPARE(after->size(), 2);
        QCOMPARE(after->at(0), before->at(0));
        QCOMPARE(after->at(1).correctsId, before->at(0).id);
        QCOMPARE(after->at(1).text, QStringLiteral("Date was 13 March, not 14"));
        QCOMPARE(timeline->model()->rowCount(), 2);
        QVERIFY(timeline->model()->index(1, 0).data().toString().contains(
            QStringLiteral("Correction of the entry of 2025-03-14")));
        view.reset();
    }

    void emptyStateUntilTheFirstAction()
    {
        ActionsFixture fx;
        QVERIFY(fx.setUp(false));
        auto view = std::make_unique<ActionsView>(*fx.workspace);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QCOMPARE(view->currentPage(), static_cast<QWidget *>(view->emptyState()));
        QVERIFY(view->emptyState()->findChild<QPushButton *>(QStringLiteral("emptyNewAction")));
        fx.addAction(fx.meetingA, QStringLiteral("First"), QStringLiteral("Commander"), QDate(2025, 5, 1));
        QVERIFY(view->currentPage() != static_cast<QWidget *>(view->emptyState()));
        QCOMPARE(view->table()->model()->rowCount(), 1);
        view.reset();
    }
};

QTEST_MAIN(TstActionsView)
#include "tst_actionsview.moc"
