// AnnotationService: threads, replies, resolve and reopen with who and when; anchors that
// survive re-imports and new pack versions; refusals.
#include "meetingfixture.h"

#include "services/annotationservice.h"
#include "services/packservice.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QTest>

using namespace cw;

class TestAnnotationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threadsRecordAuthorsAndTimes();
    void anchorsSurviveReimportsAndNewVersions();
    void queriesByPackItemAndPoint();
    void refusesWhatCannotBeAnchored();
};

namespace {

Annotation on(const AnnotationAnchor &anchor, const QString &text, Visibility visibility = Visibility::Internal)
{
    Annotation a;
    a.anchor = anchor;
    a.text = text;
    a.visibility = visibility;
    return a;
}

} // namespace

void TestAnnotationService::threadsRecordAuthorsAndTimes()
{
    MeetingFixture f;
    AnnotationService &service = f.ws().annotations();
    const Pack pack = f.ws().packs().createPack(f.addMeeting(0, QStringLiteral("M")).id).value();
    const PackItem item = f.ws().packs().insertItem(pack.sections.at(0).id, MeetingFixture::homicideItem(), 0).value();
    QSignalSpy added(&service, &AnnotationService::annotationAdded);
    QSignalSpy changed(&service, &AnnotationService::annotationChanged);

    qputenv("CW_USER", "an.adviser");
    const auto root = service.add(on(AnnotationAnchor::onItem(pack.uid, item.uid), QStringLiteral("Why the fall?"),
                                     Visibility::Publishable));
    QVERIFY2(root.ok(), why(root).constData());
    QCOMPARE(root->author, QStringLiteral("an.adviser"));
    QVERIFY(root->createdAt.isValid());
    QCOMPARE(root->threadUid, root->uid);
    QVERIFY(!root->isReply());

    qputenv("CW_USER", "an.officer");
    const auto reply = service.reply(root->uid, QStringLiteral("Fewer incidents in the summer."), Visibility::Publishable);
    QVERIFY(reply.ok());
    QCOMPARE(reply->author, QStringLiteral("an.officer"));
    QCOMPARE(reply->threadUid, root->uid);
    QCOMPARE(reply->anchor, root->anchor);
    QVERIFY(!service.reply(reply->uid, QStringLiteral("Nested"), Visibility::Internal).ok()); // replies go to roots
    QCOMPARE(added.count(), 2);

    const auto resolved = service.setResolved(root->uid, true);
    QVERIFY(resolved.ok());
    QVERIFY(resolved->resolved);
    QCOMPARE(resolved->resolvedBy, QStringLiteral("an.officer"));
    QVERIFY(!service.setResolved(reply->uid, true).ok()); // a thread, not a reply

    qputenv("CW_USER", "an.adviser");
    const auto reopened = service.setResolved(root->uid, false);
    QVERIFY(!reopened->resolved);
    QCOMPARE(reopened->resolvedBy, QStringLiteral("an.adviser"));
    const auto edited = service.editText(reply->uid, QStringLiteral("Fewer incidents over the summer."));
    QCOMPARE(edited->editedBy, QStringLiteral("an.adviser"));
    QCOMPARE(edited->author, QStringLiteral("an.officer"));
    QCOMPARE(changed.count(), 3);

    // A publishable reply in an internal thread counts as internal.
    QVERIFY(service.setVisibility(root->uid, Visibility::Internal).ok());
    const auto threads = service.threads({pack.uid, {}, {}, {}}).value();
    QCOMPARE(threads.size(), 1);
    QCOMPARE(threads.at(0).replies.size(), 1);
    QCOMPARE(effectiveVisibility(threads.at(0).replies.at(0), threads.at(0).root), Visibility::Internal);

    // Every change is in the audit log: added, replied, resolved, reopened, edited, visibility.
    QCOMPARE(f.ws().database().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE entity_kind = "
                                                     "'annotation'")).toInt(),
             6);
    // Removing the root takes the thread.
    QVERIFY(service.remove(root->uid).ok());
    QVERIFY(service.threads({pack.uid, {}, {}, {}})->isEmpty());
    qputenv("CW_USER", "test.officer");
}

void TestAnnotationService::anchorsSurviveReimportsAndNewVersions()
{
    MeetingFixture f;
    AnnotationService &service = f.ws().annotations();
    PackService &packs = f.ws().packs();
    const Meeting m = f.addMeeting(0, QStringLiteral("M"));
    const Pack v1 = packs.createPack(m.id).value();
    const PackItem item = packs.insertItem(v1.sections.at(0).id, MeetingFixture::homicideItem(), 0).value();
    const auto onItem = service.add(on(AnnotationAnchor::onItem(v1.uid, item.uid), QStringLiteral("On the item")));
    const auto onPoint = service.add(on(AnnotationAnchor::onPoint(QStringLiteral("HOMICIDE"), QStringLiteral("E23000001"),
                                                                  QStringLiteral("2024-12")),
                                        QStringLiteral("December looks low")));
    QVERIFY(onItem.ok() && onPoint.ok());
    QCOMPARE(service.annotatedPeriods(QStringLiteral("HOMICIDE"), QStringLiteral("E23000001")).value(),
             QSet<QString>{QStringLiteral("2024-12")});

    // A re-import revising December adds a new vintage (new observation rows); the annotation
    // is anchored to the measure, area and period, so it still marks that point.
    QVERIFY(f.importTidy("mps.borough:VIOLENCE AGAINST THE PERSON/HOMICIDE,E23000001,2024-12,20\n",
                         QStringLiteral("revised.csv")) > 0);
    QCOMPARE(service.annotatedPeriods(QStringLiteral("HOMICIDE"), QStringLiteral("E23000001")).value(),
             QSet<QString>{QStringLiteral("2024-12")});
    // The point annotation shows in the pack, which has a HOMICIDE item.
    QCOMPARE(service.threads({v1.uid, {}, {}, {}})->size(), 2);

    // A new version copies the item's uid: the item annotation follows it.
    QVERIFY(packs.submitForReview(v1.id).ok());
    QVERIFY(packs.approve(v1.id).ok());
    const Pack v2 = packs.startNewVersion(m.id).value();
    const PackItem copied = v2.sections.at(0).items.at(0);
    QVERIFY(copied.id != item.id);
    const auto onCopied = service.threads({v2.uid, copied.uid, {}, {}});
    QCOMPARE(onCopied->size(), 1);
    QCOMPARE(onCopied->at(0).root.text, QStringLiteral("On the item"));

    // Resolved threads do not mark chart points.
    QVERIFY(service.setResolved(onPoint->uid, true).ok());
    QVERIFY(service.annotatedPeriods(QStringLiteral("HOMICIDE"), QStringLiteral("E23000001"))->isEmpty());
}

void TestAnnotationService::queriesByPackItemAndPoint()
{
    MeetingFixture f;
    AnnotationService &service = f.ws().annotations();
    const Pack a = f.ws().packs().createPack(f.addMeeting(0, QStringLiteral("A")).id).value();
    const Pack b = f.ws().packs().createPack(f.addMeeting(7, QStringLiteral("B")).id).value();
    const QString itemA = a.sections.at(3).items.at(0).uid;
    const QString itemB = b.sections.at(3).items.at(0).uid;
    QVERIFY(service.add(on(AnnotationAnchor::onItem(a.uid, itemA), QStringLiteral("a"))).ok());
    QVERIFY(service.add(on(AnnotationAnchor::onItem(b.uid, itemB), QStringLiteral("b"))).ok());
    QVERIFY(service.add(on(AnnotationAnchor::onPoint(QStringLiteral("ROBBERY"), QStringLiteral("E09000033"),
                                                     QStringLiteral("R12:2024-12"), a.uid),
                           QStringLiteral("point in a")))
                .ok());
    QVERIFY(service.add(on(AnnotationAnchor::onPoint(QStringLiteral("ROBBERY"), QStringLiteral("E09000007"),
                                                     QStringLiteral("2024-11")),
                           QStringLiteral("point elsewhere")))
                .ok());
    QCOMPARE(service.annotations()->size(), 4);
    QCOMPARE(service.annotations({a.uid, {}, {}, {}})->size(), 2); // item and the point made in its context
    QCOMPARE(service.annotations({a.uid, itemA, {}, {}})->size(), 1);
    QCOMPARE(service.annotations({{}, {}, QStringLiteral("ROBBERY"), {}})->size(), 2);
    QCOMPARE(service.annotations({{}, {}, QStringLiteral("ROBBERY"), QStringLiteral("E09000007")})->at(0).text,
             QStringLiteral("point elsewhere"));
}

void TestAnnotationService::refusesWhatCannotBeAnchored()
{
    MeetingFixture f;
    AnnotationService &service = f.ws().annotations();
    QVERIFY(!service.add(on(AnnotationAnchor::onItem(QString(), QStringLiteral("x")), QStringLiteral("t"))).ok());
    QVERIFY(!service.add(on(AnnotationAnchor::onPoint(QStringLiteral("ROBBERY"), QStringLiteral("E09000033"),
                                                      QStringLiteral("Q1 2024")),
                            QStringLiteral("t")))
                 .ok());
    QVERIFY(!service.add(on(AnnotationAnchor::onItem(QStringLiteral("p"), QStringLiteral("i")), QStringLiteral("  ")))
                 .ok());
    QVERIFY(!service.reply(QStringLiteral("no-such-thread"), QStringLiteral("t"), Visibility::Internal).ok());
    QCOMPARE(f.ws().database().scalar(QStringLiteral("SELECT COUNT(*) FROM annotation")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestAnnotationService)
#include "tst_annotationservice.moc"
