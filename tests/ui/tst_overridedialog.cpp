// Officer override from the Scorecard page, driven as a person does it: the dialog keeps OK
// disabled until a note is typed; the action (by its shortcut) records the override through an
// undo command, the table marks it, and undo/redo append the entries that restore each state.
#include <memory>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "analysis/trajectory.h"
#include "models/scorecardmodel.h"
#include "scorecard/overridedialog.h"
#include "scorecard/scorecardview.h"
#include "services/overrideservice.h"
#include "services/scorecardservice.h"
#include "workspace/workspace.h"

using namespace cw;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestOverrideDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void okNeedsANote();
    void overrideFromTheViewWithUndoRedo();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestOverrideDialog::initTestCase()
{
    qputenv("CW_USER", "gui.officer");
    auto created = Workspace::create(m_dir.filePath(s("demo.cwb")), CreateOptions{true});
    QVERIFY(created.ok());
    m_ws = std::move(created).value();
}

void TestOverrideDialog::okNeedsANote()
{
    const auto rows = m_ws->scorecards().scorecard({});
    QVERIFY(rows.ok() && !rows->isEmpty());
    OverrideDialog dialog(rows->constFirst(), OverrideDialog::Mode::Override);
    dialog.show();
    auto *ok = dialog.findChild<QPushButton *>(s("overrideOk"));
    auto *note = dialog.findChild<QPlainTextEdit *>(s("overrideNote"));
    auto *status = dialog.findChild<QComboBox *>(s("overrideStatus"));
    QVERIFY(ok && note && status);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(note, s("   "));
    QVERIFY(!ok->isEnabled()); // spaces are not a note
    QTest::keyClicks(note, s("Known data issue"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.note(), s("Known data issue"));
    // The computed status is shown.
    auto *computed = dialog.findChild<QLabel *>(s("computedStatus"));
    QVERIFY(computed && computed->text().contains(rows->constFirst().status.reason));
}

void TestOverrideDialog::overrideFromTheViewWithUndoRedo()
{
    ScorecardView view(*m_ws);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.selectMeasure(s("ROBBERY")));
    const ScorecardRow computed = *view.model()->rowAt(view.model()->rowOf(s("ROBBERY")));
    QVERIFY(!computed.statusOverride);
    QVERIFY(!view.clearOverrideAction()->isEnabled());
    const QString other =
        computed.status.status == TrajectoryStatus::OffTrack ? s("on_track") : s("off_track");

    // Drive the modal dialog once it opens: choose the status, type the note, click OK.
    bool drove = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<OverrideDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *status = dialog->findChild<QComboBox *>(s("overrideStatus"));
        status->setCurrentIndex(status->findData(other));
        auto *ok = dialog->findChild<QPushButton *>(s("overrideOk"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(s("overrideNote")), s("Operation ended early"));
        QTest::mouseClick(ok, Qt::LeftButton);
        drove = true;
    });
    view.table()->setFocus();
    QTest::keySequence(view.table(), view.overrideAction()->shortcut());
    QVERIFY(drove);

    const auto current = [&] {
        return m_ws->overrides().current(s("PCP-2025-29"), s("ROBBERY"), s("E23000001"));
    };
    QVERIFY(current().ok() && current()->has_value());
    QCOMPARE(current().value()->status, other);
    QCOMPARE(current().value()->author, s("gui.officer"));
    // The table marks it; the tooltip names the author and note; clear is now available.
    const int row = view.model()->rowOf(s("ROBBERY"));
    const QModelIndex cell = view.model()->index(row, ScorecardModel::StatusColumn);
    QVERIFY(cell.data().toString().contains(s("officer")));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(s("gui.officer")));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(s("Operation ended early")));
    QVERIFY(view.clearOverrideAction()->isEnabled());

    QUndoStack &stack = m_ws->undoStack();
    QCOMPARE(stack.count(), 1);
    stack.undo(); // appends a clear: back to the computed status
    QVERIFY(!current()->has_value());
    QVERIFY(!view.model()->rowAt(view.model()->rowOf(s("ROBBERY")))->statusOverride);
    stack.redo();
    QCOMPARE(current().value()->status, other);
    const auto history = m_ws->overrides().history(s("PCP-2025-29"), s("ROBBERY"), s("E23000001"));
    QCOMPARE(history->size(), 3); // override, clear (undo), override (redo): nothing deleted
    QVERIFY(history->at(1).cleared());
}

QTEST_MAIN(TestOverrideDialog)
#include "tst_overridedialog.moc"
