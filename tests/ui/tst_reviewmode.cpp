#include <memory>

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

#include "actions/actionfilterbar.h"
#include "actions/actionsview.h"
#include "actions/reviewmode.h"
#include "actionsfixture.h"
#include "models/reviewsession.h"

using namespace cw;
using cw::test::ActionsFixture;
using cw::test::kToday;

class TstReviewMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A whole review from the keyboard: Ctrl+R, type, Alt+digit, Ctrl+Enter, PgDown/PgUp, Esc.
    void keyboardOnlyReview()
    {
        ActionsFixture fx;
        QVERIFY(fx.setUp());
        auto view = std::make_unique<ActionsView>(*fx.workspace);
        view->setToday(kToday);
        view->filterBar()->setMeetingId(fx.meetingB.id);
        view->show();
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        view->table()->setFocus();

        QTest::keyClick(view->table(), Qt::Key_R, Qt::ControlModifier);
        ReviewMode *review = view->reviewMode();
        QCOMPARE(view->currentPage(), static_cast<QWidget *>(review));
        // Meeting B's review on 2025-04-01: the outstanding MOPAC Challenge actions raised at it
        // or before, overdue first, then by due date: 1 (overdue), 2 (04-10), 3 (06-30).
        // 4 is completed, so it is not there.
        QCOMPARE(review->progressText(), QStringLiteral("1 of 3"));
        QCOMPARE(review->session()->current()->id, fx.actions[0].id);
        auto *note = review->findChild<QPlainTextEdit *>(QStringLiteral("reviewNote"));
        auto *status = review->findChild<QComboBox *>(QStringLiteral("reviewStatus"));
        auto *message = review->findChild<QLabel *>(QStringLiteral("reviewMessage"));
        QCOMPARE(QApplication::focusWidget(), note);

        // Ctrl+Enter with nothing typed records nothing and says why.
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(fx.current(fx.actions[0].id).followUpCount, 0);
        QVERIFY(message->text().contains(QStringLiteral("Type the update")));
        QCOMPARE(review->progressText(), QStringLiteral("1 of 3"));

        // Type a note, Alt+2 (In progress), Ctrl+Enter: recorded, and on to action 2.
        QTest::keyClicks(note, QStringLiteral("Plan drafted; borough leads named"));
        QTest::keyClick(note, Qt::Key_2, Qt::AltModifier);
        QCOMPARE(status->currentData().toString(), QStringLiteral("in_progress"));
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        const Action first = fx.current(fx.actions[0].id);
        QCOMPARE(first.status, ActionStatus::InProgress);
        QCOMPARE(first.followUpCount, 1);
        QCOMPARE(first.latestUpdate, QStringLiteral("Plan drafted; borough leads named"));
        const auto followUps = fx.workspace->actions().followUps(first.id);
        QVERIFY(followUps);
        QCOMPARE(followUps->size(), 1);
        QCOMPARE(followUps->constFirst().statusFrom, std::optional(ActionStatus::Open));
        QCOMPARE(followUps->constFirst().statusTo, std::optional(ActionStatus::InProgress));
        QCOMPARE(review->progressText(), QStringLiteral("2 of 3"));
        QCOMPARE(review->session()->current()->id, fx.actions[1].id);
        QCOMPARE(review->session()->reviewedCount(), 1);
        QVERIFY(note->toPlainText().isEmpty());
        QCOMPARE(QApplication::focusWidget(), note);

        // An update without a status change leaves the status alone.
        QTest::keyClicks(note, QStringLiteral("Briefing booked for May"));
        QTest::keyClick(note, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QCOMPARE(fx.current(fx.actions[1].id).status, ActionStatus::Open);
        QCOMPARE(fx.current(fx.actions[1].id).followUpCount, 1);
        QCOMPARE(review->progressText(), QStringLiteral("3 of 3"));

        // PgUp / PgDown move without recording.
        QTest::keyClick(note, Qt::Key_PageUp);
        QCOMPARE(review->progressText(), QStringLiteral("2 of 3"));
        QTest::keyClick(note, Qt::Key_PageDown);
        QCOMPARE(review->progressText(), QStringLiteral("3 of 3"));

        // A move canChangeStatus refuses (In progress → Open is allowed; Superseded needs a
        // reference): Alt+5 then Ctrl+Enter without one records nothing.
        QTest::keyClicks(note, QStringLiteral("Replaced"));
        QTest::keyClick(note, Qt::Key_5, Qt::AltModifier);
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(fx.current(fx.actions[2].id).status, ActionStatus::InProgress);
        QVERIFY(message->text().contains(QStringLiteral("supersedes")));

        // Esc leaves, back on the table with the last action shown selected.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(view->currentPage() != static_cast<QWidget *>(review));
        QVERIFY(view->currentPage()->isAncestorOf(view->table()));
        QCOMPARE(view->selectedActionId(), fx.actions[2].id);
        view.reset();
    }
};

QTEST_MAIN(TstReviewMode)
#include "tst_reviewmode.moc"
