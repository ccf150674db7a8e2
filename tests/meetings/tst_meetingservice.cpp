// MeetingService: next meeting first, validation, authorship, removal rules.
#include "meetingfixture.h"

#include "services/meetingservice.h"
#include "services/packservice.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace cw;

class TestMeetingService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsNextMeetingFirst();
    void validatesAndRecordsAuthors();
    void removalIsRefusedWhileAPackExists();
};

void TestMeetingService::listsNextMeetingFirst()
{
    MeetingFixture f;
    const Meeting past = f.addMeeting(-30, QStringLiteral("Past"));
    const Meeting later = f.addMeeting(40, QStringLiteral("Later"));
    const Meeting next = f.addMeeting(10, QStringLiteral("Next"));
    Meeting cancelled = f.addMeeting(5, QStringLiteral("Cancelled"));
    cancelled.status = MeetingStatus::Cancelled;
    QVERIFY(f.ws().meetings().updateMeeting(cancelled).ok());
    const Meeting older = f.addMeeting(-90, QStringLiteral("Older"));
    // Now is 2025-01-15 10:00 UTC: planned from now on in date order, then the rest newest first.
    const QDateTime now(QDate(2025, 1, 15), QTime(10, 0), QTimeZone::utc());
    QStringList titles;
    const QList<Meeting> listed = f.ws().meetings().meetings(now).value();
    for (const Meeting &m : listed)
        titles << m.title;
    QCOMPARE(titles, (QStringList{QStringLiteral("Next"), QStringLiteral("Later"), QStringLiteral("Cancelled"),
                                  QStringLiteral("Past"), QStringLiteral("Older")}));
    QCOMPARE(f.ws().meetings().previousMeetingOfKind(next.id).value(), past.id);
    QCOMPARE(f.ws().meetings().previousMeetingOfKind(older.id).value(), 0);
    Q_UNUSED(later)
}

void TestMeetingService::validatesAndRecordsAuthors()
{
    MeetingFixture f;
    MeetingService &service = f.ws().meetings();
    Meeting m;
    m.title = QStringLiteral("  ");
    m.startsAt = QDateTime::currentDateTimeUtc();
    QCOMPARE(service.insertMeeting(m).error().message, QStringLiteral("A meeting needs a title or theme."));
    m.title = QStringLiteral("Board");
    m.startsAt = {};
    QVERIFY(!service.insertMeeting(m).ok());
    m.startsAt = QDateTime::currentDateTimeUtc();
    m.attendees = {{QString(), QStringLiteral("MPS"), QStringLiteral("Commissioner")}};
    QVERIFY(!service.insertMeeting(m).ok());
    m.attendees = {{QStringLiteral("Commissioner"), QStringLiteral("MPS"), QStringLiteral("Commissioner")}};
    qputenv("CW_USER", "the.secretariat");
    const auto inserted = service.insertMeeting(m);
    QVERIFY(inserted.ok());
    QCOMPARE(inserted->createdBy, QStringLiteral("the.secretariat"));
    QCOMPARE(inserted->uid.size(), 36);
    qputenv("CW_USER", "another.officer");
    Meeting changed = inserted.value();
    changed.status = MeetingStatus::Held;
    changed.minutesReference = QStringLiteral("minutes.pdf");
    const auto updated = service.updateMeeting(changed);
    QCOMPARE(updated->updatedBy, QStringLiteral("another.officer"));
    QCOMPARE(updated->createdBy, QStringLiteral("the.secretariat"));
    QCOMPARE(updated->status, MeetingStatus::Held);
    QCOMPARE(service.meeting(inserted->id)->attendees, m.attendees);
    QCOMPARE(service.meetingByUid(inserted->uid)->minutesReference, QStringLiteral("minutes.pdf"));
    qputenv("CW_USER", "test.officer");
}

void TestMeetingService::removalIsRefusedWhileAPackExists()
{
    MeetingFixture f;
    const Meeting m = f.addMeeting(0, QStringLiteral("M"));
    const Pack pack = f.ws().packs().createPack(m.id).value();
    QVERIFY(!f.ws().meetings().removeMeeting(m.id).ok());
    QVERIFY(f.ws().packs().removePack(pack.id).ok());
    QSignalSpy removed(&f.ws().meetings(), &MeetingService::meetingRemoved);
    QVERIFY(f.ws().meetings().removeMeeting(m.id).ok());
    QCOMPARE(removed.count(), 1);
    QVERIFY(!f.ws().meetings().meeting(m.id).ok());
}

QTEST_GUILESS_MAIN(TestMeetingService)
#include "tst_meetingservice.moc"
