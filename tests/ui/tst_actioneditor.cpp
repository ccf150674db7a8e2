#include <memory>

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "actions/actioneditor.h"
#include "actions/actionsview.h"
#include "actionsfixture.h"

using namespace cw;
using cw::test::ActionsFixture;
using cw::test::kToday;

namespace {

template <typename T>
T *field(QWidget *dialog, const char *name)
{
    auto *found = dialog->findChild<T *>(QString::fromLatin1(name));
    if (found == nullptr)
        qFatal("no field %s", name);
    return found;
}

void clickSave(QWidget *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void typeDate(QLineEdit *edit, const QString &date)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Home);
    QTest::keyClicks(edit, date);
}

} // namespace

class TstActionEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requiredFields()
    {
        ActionsFixture fx;
        QVERIFY(fx.setUp());
        ActionEditor editor(*fx.workspace, Action{});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *error = field<QLabel>(&editor, "editorError");
        QCOMPARE(field<QLineEdit>(&editor, "referenceEdit")->text(), QStringLiteral("Allocated on save"));
        QVERIFY(field<QLineEdit>(&editor, "referenceEdit")->isReadOnly());

        clickSave(&editor);
        QVERIFY(editor.isVisible());
        QCOMPARE(error->text(), QStringLiteral("Give the action a title."));
        QTest::keyClicks(field<QLineEdit>(&editor, "titleEdit"), QStringLiteral("Burglary follow-up"));

        clickSave(&editor);
        QCOMPARE(error->text(), QStringLiteral("Choose the meeting that raised the action."));
        auto *meeting = field<QComboBox>(&editor, "meetingCombo");
        // Newest first after "Choose a meeting…": Down picks meeting B.
        QTest::keyClick(meeting, Qt::Key_Down);
        QCOMPARE(meeting->currentData().toLongLong(), fx.meetingB.id);

        clickSave(&editor);
        QCOMPARE(error->text(), QStringLiteral("Name the MPS owner: an organisation, a role or both."));
        QTest::keyClicks(field<QLineEdit>(&editor, "ownerRoleEdit"), QStringLiteral("Commander"));

        clickSave(&editor);
        QCOMPARE(error->text(), QStringLiteral("Set a due date."));
        // An impossible date is named; the mask takes the digits only.
        typeDate(field<QLineEdit>(&editor, "dueEdit"), QStringLiteral("20250231"));
        clickSave(&editor);
        QCOMPARE(error->text(),
                 QStringLiteral(
                     "The due date 2025-02-31 is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31."));
        typeDate(field<QLineEdit>(&editor, "dueEdit"), QStringLiteral("20250531"));
        QCOMPARE(field<QLineEdit>(&editor, "dueEdit")->text(), QStringLiteral("2025-05-31"));

        clickSave(&editor);
        QVERIFY(!editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        const Action entered = editor.action();
        QCOMPARE(entered.title, QStringLiteral("Burglary follow-up"));
        QCOMPARE(entered.meetingId, fx.meetingB.id);
        QCOMPARE(entered.owner.role, QStringLiteral("Commander"));
        QCOMPARE(entered.dueDate, QDate(2025, 5, 31));
    }

    // The role completes from the owners used before; choosing one fills its organisation.
    void ownerCompletion()
    {
        ActionsFixture fx;
        QVERIFY(fx.setUp());
        ActionEditor editor(*fx.workspace, Action{});
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto *role = field<QLineEdit>(&editor, "ownerRoleEdit");
        auto *organisation = field<QLineEdit>(&editor, "ownerOrganisationEdit");
        QVERIFY(organisation->text().isEmpty());
        role->setFocus();
        // "frontline" (any case, anywhere in the role) matches only "Commander, Frontline Policing".
        QTest::keyClicks(role, QStringLiteral("frontline"));
        QCompleter *completer = role->completer();
        QVERIFY(completer);
        QCOMPARE(completer->completionCount(), 1);
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(role->text(), QStringLiteral("Commander, Frontline Policing"));
        QCOMPARE(organisation->text(), QStringLiteral("MPS"));
        // "Commander" matches the two Commander roles (Met Operations, Frontline Policing).
        role->clear();
        QTest::keyClicks(role, QStringLiteral("commander"));
        QCOMPARE(completer->completionCount(), 2);
    }

    // Ctrl+N in the actions view, the dialog filled in, Save: a new action with a reference,
    // on the undo stack; undo removes it.
    void newActionThroughTheView()
    {
        ActionsFixture fx;
        QVERIFY(fx.setUp());
        auto view = std::make_unique<ActionsView>(*fx.workspace);
        view->setToday(kToday);
        view->show();
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        view->table()->setFocus();
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto *editor = qobject_cast<ActionEditor *>(QApplication::activeModalWidget());
            QVERIFY(editor);
            QTest::keyClicks(field<QLineEdit>(editor, "titleEdit"), QStringLiteral("Hotspot patrol data"));
            auto *meeting = field<QComboBox>(editor, "meetingCombo");
            meeting->setCurrentIndex(meeting->findData(fx.meetingA.id));
            QTest::keyClicks(field<QLineEdit>(editor, "ownerRoleEdit"),
                             QStringLiteral("Commander, Met Operations"));
            typeDate(field<QLineEdit>(editor, "dueEdit"), QStringLiteral("20250630"));
            clickSave(editor);
            filled = !editor->isVisible();
            if (!filled)
                editor->reject(); // so that a failure cannot hang the test
        });
        QTest::keyClick(view->table(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(filled);
        const auto all = fx.workspace->actions().actions();
        QVERIFY(all);
        QCOMPARE(all->size(), 5);
        const auto added = fx.workspace->actions().actionByReference(QStringLiteral("MC-2025-005"));
        QVERIFY2(added, "meeting A is in 2025 and four MC-2025 references are taken");
        QCOMPARE(added->title, QStringLiteral("Hotspot patrol data"));
        QCOMPARE(added->owner.organisation, QStringLiteral("MPS")); // the view's default
        QCOMPARE(view->selectedActionId(), added->id);
        QCOMPARE(fx.workspace->undoStack().count(), 1);
        fx.workspace->undoStack().undo();
        QCOMPARE(fx.workspace->actions().actions()->size(), 4);
        view.reset();
    }
};

QTEST_MAIN(TstActionEditor)
#include "tst_actioneditor.moc"
