// The pack editor driven from the keyboard and the mouse: Alt+Up/Alt+Down reorder items and
// sections, a narrative typed in and made bold, a line of enquiry added — each undone and redone
// through the workspace's QUndoStack and checked in PackService; the review workflow freezes
// the pack (read-only, "Approved by … — data as of …").
#include <memory>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>
#include <QUndoStack>

#include "common/emptystatepanel.h"
#include "models/packmodel.h"
#include "packs/enquirieseditor.h"
#include "packs/narrativeeditor.h"
#include "packs/packeditor.h"
#include "packs/packitemeditor.h"
#include "packs/packworkflow.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "workspace/workspace.h"

using namespace cw;

class TestPackEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStateCreatesThePack();
    void altDownMovesAnItemAndUndoRestores();
    void altUpMovesASection();
    void typedNarrativeIsOneUndoStep();
    void boldNarrative();
    void addLineOfEnquiry();
    void approvedPackIsReadOnly();
    void closingKeepsWhatWasTyped();

private:
    Pack storedPack() const
    {
        const auto pack = m_ws->packs().latestPack(m_meetingId);
        return pack ? *pack : Pack();
    }
    QStringList titles(int section) const
    {
        QStringList out;
        const Pack pack = storedPack();
        if (section < pack.sections.size()) {
            for (const PackItem &item : pack.sections.at(section).items)
                out.append(item.title);
        }
        return out;
    }
    QStringList sectionTitles() const
    {
        QStringList out;
        for (const PackSection &section : storedPack().sections)
            out.append(section.title);
        return out;
    }
    // Adds a narrative item titled `title` to section `section` through the service.
    PackItem addNarrative(int section, const QString &title, int position)
    {
        PackItem item;
        item.kind = PackItemKind::Narrative;
        item.title = title;
        const auto added = m_ws->packs().insertItem(storedPack().sections.at(section).id, item, position);
        return added ? *added : PackItem();
    }
    void select(const QModelIndex &index)
    {
        QTreeView *tree = m_editor->tree();
        tree->setFocus();
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
        QCOMPARE(tree->currentIndex().row(), index.row());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<PackEditor> m_editor;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_meetingId = 0;
    int m_count = 0;
};

void TestPackEditor::initTestCase()
{
    qputenv("CW_USER", "Test Officer");
    QVERIFY(m_dir.isValid());
}

void TestPackEditor::init()
{
    auto created = Workspace::create(m_dir.filePath(QStringLiteral("w%1.cwb").arg(++m_count)));
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    m_ws = std::move(created).value();
    Meeting meeting;
    meeting.kind = MeetingKind::LondonPolicingBoard;
    meeting.title = QStringLiteral("Neighbourhood policing");
    meeting.startsAt = QDateTime(QDate::currentDate().addDays(14), QTime(10, 0)).toUTC();
    const auto inserted = m_ws->meetings().insertMeeting(meeting);
    QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().message));
    m_meetingId = inserted->id;

    m_editor = std::make_unique<PackEditor>(*m_ws);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_editor->resize(1300, 800);
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    m_editor->showMeeting(m_meetingId);
}

void TestPackEditor::cleanup()
{
    m_tester.reset();
    m_editor.reset();
    m_ws.reset();
}

void TestPackEditor::emptyStateCreatesThePack()
{
    auto *empty = m_editor->findChild<EmptyStatePanel *>(QStringLiteral("noPackPanel"));
    QVERIFY(empty && empty->isVisible());
    const QList<QPushButton *> buttons = empty->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 2);
    QTest::mouseClick(buttons.constFirst(), Qt::LeftButton); // Create pack
    QCOMPARE(storedPack().version, 1);
    QCOMPARE(sectionTitles().size(), 4); // the default sections
    QVERIFY(!empty->isVisible());
    QCOMPARE(m_editor->model()->rowCount(), 4);
    m_ws->undoStack().undo();
    QVERIFY(!m_ws->packs().latestPack(m_meetingId));
    QVERIFY(empty->isVisible());
    m_ws->undoStack().redo();
    QCOMPARE(m_editor->model()->rowCount(), 4);
}

void TestPackEditor::altDownMovesAnItemAndUndoRestores()
{
    m_editor->createPack();
    addNarrative(0, QStringLiteral("A"), 0);
    addNarrative(0, QStringLiteral("B"), 1);
    addNarrative(0, QStringLiteral("C"), 2);
    QCOMPARE(titles(0), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    PackModel *model = m_editor->model();
    const QModelIndex section = model->index(0, 0);
    select(model->index(0, 0, section)); // A
    const int before = m_ws->undoStack().count();

    QTest::keyClick(m_editor->tree(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(titles(0), (QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")}));
    QTest::keyClick(m_editor->tree(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(titles(0), (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
    // The moved item stays selected.
    QCOMPARE(m_editor->tree()->currentIndex().data().toString(), QStringLiteral("A"));
    QCOMPARE(m_ws->undoStack().count(), before + 2); // one command per move

    m_ws->undoStack().undo();
    QCOMPARE(titles(0), (QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")}));
    m_ws->undoStack().undo();
    QCOMPARE(titles(0), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(model->index(0, 0, section).data().toString(), QStringLiteral("A"));
    m_ws->undoStack().redo();
    QCOMPARE(titles(0), (QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")}));
}

void TestPackEditor::altUpMovesASection()
{
    m_editor->createPack();
    const QStringList original = sectionTitles();
    QCOMPARE(original.size(), 4);
    select(m_editor->model()->index(1, 0));
    QTest::keyClick(m_editor->tree(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(sectionTitles(), (QStringList{original.at(1), original.at(0), original.at(2), original.at(3)}));
    m_ws->undoStack().undo();
    QCOMPARE(sectionTitles(), original);
    m_ws->undoStack().redo();
    QCOMPARE(sectionTitles().constFirst(), original.at(1));
}

void TestPackEditor::typedNarrativeIsOneUndoStep()
{
    m_editor->createPack();
    const PackItem item = addNarrative(1, QStringLiteral("Summary"), 0);
    QVERIFY(item.id != 0);
    select(m_editor->model()->indexOfItem(item.id));
    QTextEdit *edit = m_editor->itemEditor()->narrativeEditor()->textEdit();
    QVERIFY(edit->isVisible());
    const int before = m_ws->undoStack().count();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Robbery fell in Westminster."));
    // Committed when typing pauses: one command for the whole burst.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_ws->packs().item(item.id)->body.contains(QStringLiteral("Robbery fell in Westminster.")), 3000);
    QCOMPARE(m_ws->undoStack().count(), before + 1);

    QTest::keyClicks(edit, QStringLiteral(" Knife crime rose."));
    // Ctrl+Z in the field, as in the main window (whose Edit > Undo has the shortcut): what was
    // typed is committed first, then undone — the field's own undo is not used.
    QAction *undo = m_ws->undoStack().createUndoAction(m_editor.get());
    undo->setShortcut(QKeySequence::Undo);
    m_editor->addAction(undo);
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_ws->undoStack().count(), before + 2);
    QCOMPARE(m_ws->undoStack().index(), before + 1);
    QVERIFY(!m_ws->packs().item(item.id)->body.contains(QStringLiteral("Knife crime")));
    QCOMPARE(edit->toPlainText(), QStringLiteral("Robbery fell in Westminster."));
    m_ws->undoStack().redo();
    QCOMPARE(edit->toPlainText(), QStringLiteral("Robbery fell in Westminster. Knife crime rose."));

    m_ws->undoStack().undo();
    m_ws->undoStack().undo();
    QVERIFY(m_ws->packs().item(item.id)->body.isEmpty());
    QCOMPARE(edit->toPlainText(), QString());
    m_ws->undoStack().redo();
    QVERIFY(m_ws->packs().item(item.id)->body.contains(QStringLiteral("Robbery fell in Westminster.")));
    QCOMPARE(edit->toPlainText(), QStringLiteral("Robbery fell in Westminster."));
}

void TestPackEditor::boldNarrative()
{
    m_editor->createPack();
    const PackItem item = addNarrative(1, QStringLiteral("Summary"), 0);
    select(m_editor->model()->indexOfItem(item.id));
    NarrativeEditor *narrative = m_editor->itemEditor()->narrativeEditor();
    QTextEdit *edit = narrative->textEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Key point"));
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    narrative->findChild<QAction *>(QStringLiteral("boldAction"))->trigger();
    narrative->findChild<QAction *>(QStringLiteral("bulletListAction"))->trigger();
    narrative->commit();
    const QString body = m_ws->packs().item(item.id)->body;
    QVERIFY2(body.contains(QStringLiteral("font-weight:700")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("<ul")), qPrintable(body));
}

void TestPackEditor::addLineOfEnquiry()
{
    m_editor->createPack();
    PackItem lines;
    lines.kind = PackItemKind::LinesOfEnquiry;
    lines.title = QStringLiteral("Questions");
    const auto added = m_ws->packs().insertItem(storedPack().sections.at(2).id, lines, 0);
    QVERIFY(added);
    select(m_editor->model()->indexOfItem(added->id));
    EnquiriesEditor *enquiries = m_editor->itemEditor()->enquiriesEditor();
    QVERIFY(enquiries->isVisible());
    QTest::mouseClick(enquiries->findChild<QPushButton *>(QStringLiteral("addEnquiryButton")),
                      Qt::LeftButton);
    QCOMPARE(m_ws->packs().item(added->id)->enquiries.size(), 1);
    // The question is typed into the cell the button opened for editing.
    QWidget *cellEditor = QApplication::focusWidget();
    QVERIFY(cellEditor != nullptr);
    QTest::keyClick(cellEditor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(cellEditor, QStringLiteral("Why did robbery rise in the West End?"));
    QTest::keyClick(cellEditor, Qt::Key_Return);
    QTRY_COMPARE(m_ws->packs().item(added->id)->enquiries.constFirst().question,
                 QStringLiteral("Why did robbery rise in the West End?"));
    QCOMPARE(enquiries->table()->item(0, 0)->text(), QStringLiteral("1")); // numbered in the pack
    QCOMPARE(m_ws->packs().item(added->id)->enquiries.constFirst().visibility, Visibility::Internal);
    m_ws->undoStack().undo();
    QCOMPARE(m_ws->packs().item(added->id)->enquiries.constFirst().question, QStringLiteral("New question"));
    m_ws->undoStack().undo();
    QCOMPARE(m_ws->packs().item(added->id)->enquiries.size(), 0);
    QCOMPARE(enquiries->table()->rowCount(), 0);
}

void TestPackEditor::approvedPackIsReadOnly()
{
    m_editor->createPack();
    const PackItem item = addNarrative(1, QStringLiteral("Summary"), 0);
    PackWorkflow *workflow = m_editor->workflow();
    QVERIFY(workflow->submitAction()->isEnabled());
    QVERIFY(!workflow->approveAction()->isEnabled());
    workflow->submitAction()->trigger();
    QCOMPARE(storedPack().status, PackStatus::InReview);
    QCOMPARE(storedPack().submittedBy, QStringLiteral("Test Officer"));
    QVERIFY(workflow->approveAction()->isEnabled());
    QVERIFY(workflow->approve(true));
    QCOMPARE(storedPack().status, PackStatus::Approved);
    const QString banner = workflow->banner()->text();
    QVERIFY2(banner.startsWith(QStringLiteral("Approved by Test Officer on ")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("data as of no imported data")), qPrintable(banner));

    select(m_editor->model()->indexOfItem(item.id));
    QVERIFY(m_editor->itemEditor()->narrativeEditor()->textEdit()->isReadOnly());
    QVERIFY(!(m_editor->model()->flags(m_editor->model()->indexOfItem(item.id)) & Qt::ItemIsDragEnabled));
    QTest::keyClick(m_editor->tree(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(storedPack().sections.at(1).items.size(), 1); // nothing moved
    QVERIFY(workflow->newVersionAction()->isEnabled());

    // A new version is a draft copy, shown at once; version 1 stays approved.
    workflow->newVersionAction()->trigger();
    QCOMPARE(storedPack().version, 2);
    QCOMPARE(storedPack().status, PackStatus::Draft);
    QCOMPARE(m_editor->model()->packId(), storedPack().id);
    QCOMPARE(m_editor->versionCombo()->count(), 2);
    QVERIFY(m_editor->model()->isEditable());
    QVERIFY(m_editor->showVersion(1));
    QVERIFY(!m_editor->model()->isEditable());
}

void TestPackEditor::closingKeepsWhatWasTyped()
{
    m_editor->createPack();
    const PackItem item = addNarrative(1, QStringLiteral("Summary"), 0);
    select(m_editor->model()->indexOfItem(item.id));
    QTextEdit *edit = m_editor->itemEditor()->narrativeEditor()->textEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Typed just before closing"));
    QVERIFY(m_ws->packs().item(item.id)->body.isEmpty()); // the pause has not passed yet
    m_tester.reset();
    m_editor.reset(); // as when the workspace is closed
    QVERIFY(m_ws->packs().item(item.id)->body.contains(QStringLiteral("Typed just before closing")));
}

QTEST_MAIN(TestPackEditor)
#include "tst_packeditor.moc"
