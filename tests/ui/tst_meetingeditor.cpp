// The meetings page driven as a person uses it: the empty state's button, the meeting editor
// (required title, attendees with names), F2 to edit and Del to delete, each undone and redone
// through the workspace's stack; next meeting first; the calendar marks meeting days.
#include <memory>

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "common/emptystatepanel.h"
#include "meetings/meetingcalendar.h"
#include "meetings/meetingdialog.h"
#include "meetings/meetingsbrowser.h"
#include "modaldriver.h"
#include "models/meetingmodel.h"
#include "services/meetingservice.h"
#include "workspace/workspace.h"

using namespace cw;

class TestMeetingEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStateCreatesAMeeting();
    void titleIsRequired();
    void attendeeNeedsAName();
    void f2EditsAndUndoRestores();
    void deleteKeyRemovesAndUndoRestores();
    void nextMeetingFirstAndCalendarMarks();

private:
    QList<Meeting> stored() const
    {
        const auto all = m_ws->meetings().meetings();
        return all ? *all : QList<Meeting>();
    }
    Meeting addMeeting(const QString &title, int daysFromNow)
    {
        Meeting meeting;
        meeting.title = title;
        meeting.startsAt = QDateTime(QDate::currentDate().addDays(daysFromNow), QTime(10, 0)).toUTC();
        const auto inserted = m_ws->meetings().insertMeeting(meeting);
        return inserted ? *inserted : Meeting();
    }
    static void clickOk(QDialog *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    // Types `text` into cell (row, column) of the attendees table with the keyboard.
    static void typeCell(QTableWidget *table, int row, int column, const QString &text)
    {
        table->setFocus();
        table->setCurrentCell(row, column);
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MeetingsBrowser> m_browser;
    int m_count = 0;
};

void TestMeetingEditor::initTestCase()
{
    qputenv("CW_USER", "Test Officer");
    QVERIFY(m_dir.isValid());
}

void TestMeetingEditor::init()
{
    auto created = Workspace::create(m_dir.filePath(QStringLiteral("w%1.cwb").arg(++m_count)));
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    m_ws = std::move(created).value();
    m_browser = std::make_unique<MeetingsBrowser>(*m_ws);
    m_browser->resize(1100, 700);
    m_browser->show();
    m_browser->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_browser.get()));
}

void TestMeetingEditor::cleanup()
{
    m_browser.reset();
    m_ws.reset();
}

void TestMeetingEditor::emptyStateCreatesAMeeting()
{
    auto *empty = m_browser->findChild<EmptyStatePanel *>(QStringLiteral("noMeetingsPanel"));
    QVERIFY(empty && empty->isVisible());
    QPushButton *button = empty->findChild<QPushButton *>();
    QVERIFY(button);

    const auto ran = whenDialogShown<MeetingDialog>([this](MeetingDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                         QStringLiteral("Violence against women and girls"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("chairEdit")),
                         QStringLiteral("Deputy Mayor"));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("attendeesTable"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addAttendeeButton")),
                          Qt::LeftButton);
        typeCell(table, 0, 0, QStringLiteral("Commissioner"));
        typeCell(table, 0, 1, QStringLiteral("MPS"));
        clickOk(dialog);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(*ran);

    QList<Meeting> meetings = stored();
    QCOMPARE(meetings.size(), 1);
    QCOMPARE(meetings.constFirst().title, QStringLiteral("Violence against women and girls"));
    QCOMPARE(meetings.constFirst().chair, QStringLiteral("Deputy Mayor"));
    QCOMPARE(meetings.constFirst().attendees.size(), 1);
    QCOMPARE(meetings.constFirst().attendees.constFirst().name, QStringLiteral("Commissioner"));
    QCOMPARE(meetings.constFirst().attendees.constFirst().organisation, QStringLiteral("MPS"));
    QCOMPARE(meetings.constFirst().createdBy, QStringLiteral("Test Officer"));
    QVERIFY(!empty->isVisible());
    QCOMPARE(m_browser->currentMeetingId(), meetings.constFirst().id);

    m_ws->undoStack().undo();
    QCOMPARE(stored().size(), 0);
    QVERIFY(empty->isVisible());
    m_ws->undoStack().redo();
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().constFirst().id, meetings.constFirst().id); // same meeting back
}

void TestMeetingEditor::titleIsRequired()
{
    bool refused = false;
    const auto ran = whenDialogShown<MeetingDialog>([&refused](MeetingDialog *dialog) {
        clickOk(dialog); // no title yet
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
        refused =
            dialog->isVisible() && problem->isVisible() && problem->text().contains(QStringLiteral("title"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                         QStringLiteral("Neighbourhood policing"));
        clickOk(dialog);
    });
    m_browser->findChild<QAction *>(QStringLiteral("newMeetingAction"))->trigger();
    QVERIFY(*ran);
    QVERIFY(refused);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().constFirst().title, QStringLiteral("Neighbourhood policing"));
}

void TestMeetingEditor::attendeeNeedsAName()
{
    QString problem;
    const auto ran = whenDialogShown<MeetingDialog>([&problem](MeetingDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                         QStringLiteral("Stop and search"));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("attendeesTable"));
        auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addAttendeeButton"));
        QTest::mouseClick(add, Qt::LeftButton);
        typeCell(table, 0, 0, QStringLiteral("Chief Executive"));
        QTest::mouseClick(add, Qt::LeftButton);
        typeCell(table, 1, 2, QStringLiteral("Board member")); // a role, no name
        QTest::mouseClick(add, Qt::LeftButton);                // and an empty row, dropped
        clickOk(dialog);
        problem = dialog->isVisible() ? dialog->problem() : QString();
        table->setCurrentCell(1, 0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeAttendeeButton")),
                          Qt::LeftButton);
        clickOk(dialog);
    });
    m_browser->newMeeting();
    QVERIFY(*ran);
    QVERIFY2(problem.contains(QStringLiteral("Attendee 2")), qPrintable(problem));
    QCOMPARE(stored().size(), 1);
    const QList<Attendee> attendees = stored().constFirst().attendees;
    QCOMPARE(attendees.size(), 1); // the row without a name removed, the empty one dropped
    QCOMPARE(attendees.constFirst().name, QStringLiteral("Chief Executive"));
}

void TestMeetingEditor::f2EditsAndUndoRestores()
{
    const Meeting meeting = addMeeting(QStringLiteral("Knife crime"), 10);
    QVERIFY(meeting.id != 0);
    QTableView *table = m_browser->table();
    QTRY_COMPARE(m_browser->currentMeetingId(), meeting.id);
    table->setFocus();
    const auto ran = whenDialogShown<MeetingDialog>([](MeetingDialog *dialog) {
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Knife crime and violence"));
        clickOk(dialog);
    });
    QTest::keyClick(table, Qt::Key_F2);
    QVERIFY(*ran);
    QCOMPARE(stored().constFirst().title, QStringLiteral("Knife crime and violence"));
    QCOMPARE(m_browser->model()->data(m_browser->model()->index(0, MeetingModel::TitleColumn)).toString(),
             QStringLiteral("Knife crime and violence"));
    m_ws->undoStack().undo();
    QCOMPARE(stored().constFirst().title, QStringLiteral("Knife crime"));
    m_ws->undoStack().redo();
    QCOMPARE(stored().constFirst().title, QStringLiteral("Knife crime and violence"));
}

void TestMeetingEditor::deleteKeyRemovesAndUndoRestores()
{
    const Meeting first = addMeeting(QStringLiteral("First"), 5);
    const Meeting second = addMeeting(QStringLiteral("Second"), 20);
    QVERIFY(first.id != 0 && second.id != 0);
    QVERIFY(m_browser->selectMeeting(second.id));
    m_browser->table()->setFocus();
    QTest::keyClick(m_browser->table(), Qt::Key_Delete);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().constFirst().id, first.id);
    m_ws->undoStack().undo();
    QCOMPARE(stored().size(), 2);
    QCOMPARE(stored().at(1).uid, second.uid); // restored with the same uid
}

void TestMeetingEditor::nextMeetingFirstAndCalendarMarks()
{
    QAbstractItemModelTester tester(m_browser->table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Meeting past = addMeeting(QStringLiteral("Held last month"), -30);
    const Meeting later = addMeeting(QStringLiteral("In two months"), 60);
    const Meeting next = addMeeting(QStringLiteral("Next week"), 7);
    QAbstractItemModel *model = m_browser->table()->model();
    QCOMPARE(model->rowCount(), 3);
    // Planned meetings from now in date order, then the past ones newest first.
    QCOMPARE(model->index(0, MeetingModel::TitleColumn).data().toString(), next.title);
    QCOMPARE(model->index(1, MeetingModel::TitleColumn).data().toString(), later.title);
    QCOMPARE(model->index(2, MeetingModel::TitleColumn).data().toString(), past.title);
    // The extra column says there is no pack yet.
    QCOMPARE(model->index(0, model->columnCount() - 1).data().toString(), QStringLiteral("No pack"));

    const QSet<QDate> marked = m_browser->calendar()->markedDates();
    QCOMPARE(marked.size(), 3);
    QVERIFY(marked.contains(next.startsAt.toLocalTime().date()));
    // Clicking a marked day selects its meeting.
    m_browser->selectMeeting(past.id);
    Q_EMIT m_browser->calendar()->clicked(later.startsAt.toLocalTime().date());
    QCOMPARE(m_browser->currentMeetingId(), later.id);
}

QTEST_MAIN(TestMeetingEditor)
#include "tst_meetingeditor.moc"
