// PackService: versions, workflow (who and when), the freeze at approval, new versions and
// the comparison of their numbers, starting from the last pack, edits and their validation.
#include "meetingfixture.h"

#include "services/importservice.h"
#include "services/packservice.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QTest>

using namespace cw;

class TestPackService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsOnePackPerMeeting();
    void keyFactsFromTheData();
    void workflowRecordsWhoAndWhen();
    void approvalFreezesTheNumbers();
    void newVersionKeepsUidsAndShowsChanges();
    void startsFromTheLastPackOfTheSameKind();
    void movesAndNumbersLinesOfEnquiry();
    void refusesInvalidItems();
};

namespace {

// The HOMICIDE figure of a pack's first measure item.
KeyFact firstFact(PackService &packs, const Pack &pack)
{
    for (const PackSection &s : pack.sections) {
        for (const PackItem &item : s.items) {
            if (item.kind == PackItemKind::Measure)
                return packs.keyFacts(item.id).value().value(0);
        }
    }
    return {};
}

// Revises December 2024 from 8 to 20: the 12 months to December 2024 become 96 − 8 + 20 = 108.
QByteArray revision()
{
    return "mps.borough:VIOLENCE AGAINST THE PERSON/HOMICIDE,E23000001,2024-12,20\n";
}

} // namespace

void TestPackService::createsOnePackPerMeeting()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    const Meeting m = f.addMeeting(0, QStringLiteral("Violence"));
    QSignalSpy inserted(&packs, &PackService::packInserted);
    const auto pack = packs.createPack(m.id);
    QVERIFY2(pack.ok(), why(pack).constData());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(pack->version, 1);
    QCOMPARE(pack->status, PackStatus::Draft);
    QCOMPARE(pack->createdBy, QStringLiteral("test.officer"));
    QCOMPARE(pack->sections.size(), 4);
    QCOMPARE(pack->sections.at(3).items.size(), 1);
    QCOMPARE(pack->sections.at(3).items.at(0).kind, PackItemKind::ActionsCarriedForward);
    QCOMPARE(pack->uid.size(), 36);
    QVERIFY(!packs.createPack(m.id).ok());      // one lineage per meeting
    QVERIFY(!packs.startNewVersion(m.id).ok()); // v1 is not approved
    QCOMPARE(packs.versions(m.id)->size(), 1);
}

void TestPackService::keyFactsFromTheData()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    const Meeting m = f.addMeeting(0, QStringLiteral("Violence"));
    const Pack pack = packs.createPack(m.id).value();
    const auto item = packs.insertItem(pack.sections.at(0).id, MeetingFixture::homicideItem(), 0);
    QVERIFY2(item.ok(), why(item).constData());
    const auto facts = packs.keyFacts(item->id);
    QVERIFY(facts.ok());
    QCOMPARE(facts->size(), 1);
    const KeyFact &k = facts->at(0);
    // 96 against 120: −20%; z = 2(√96 − √120) = −2.31, inside ±3: not significant.
    QCOMPARE(*k.current, 96.0);
    QCOMPARE(*k.previous, 120.0);
    QCOMPARE(*k.percent, -20.0);
    QCOMPARE(k.flag, QStringLiteral("no_significant_change"));
    QCOMPARE(k.latestPeriod, QStringLiteral("R12:2024-12"));
    QCOMPARE(k.text, QStringLiteral(
                         "Homicide in London fell 20% in the 12 months to December 2024 compared with the "
                         "previous 12 months (96 against 120); the fall is not statistically significant."));

    // Financial year against the previous one: 2023/24 = Apr–Dec 2023 (9 × 10) + Jan–Mar 2024
    // (3 × 8) = 114; 2022/23 is incomplete, so there is no comparison.
    PackItem fy = item.value();
    fy.measure.comparison = PackComparison::FinancialYear;
    QVERIFY(packs.updateItem(fy).ok());
    const KeyFact fyFact = packs.keyFacts(item->id)->at(0);
    QCOMPARE(fyFact.latestPeriod, QStringLiteral("2023/24"));
    QCOMPARE(*fyFact.current, 114.0);
    QVERIFY(!fyFact.previous);

    // The latest quarter against the same quarter a year earlier: Q4 2024 = 24 against 30.
    PackItem quarter = item.value();
    quarter.measure.comparison = PackComparison::QuarterOnYear;
    QVERIFY(packs.updateItem(quarter).ok());
    const KeyFact qFact = packs.keyFacts(item->id)->at(0);
    QCOMPARE(qFact.latestPeriod, QStringLiteral("2024-Q4"));
    QCOMPARE(*qFact.current, 24.0);
    QCOMPARE(*qFact.previous, 30.0);
    QCOMPARE(*qFact.percent, -20.0);
    QVERIFY(qFact.text.contains(QStringLiteral("in Q4 2024 compared with Q4 2023")));

    // Showing the data only up to a month: the 12 months to June 2024 = 6 × 10 + 6 × 8 = 108.
    PackItem upTo = item.value();
    upTo.measure.toPeriod = QStringLiteral("2024-06");
    QVERIFY(packs.updateItem(upTo).ok());
    QCOMPARE(*packs.keyFacts(item->id)->at(0).current, 108.0);
}

void TestPackService::workflowRecordsWhoAndWhen()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    const Meeting m = f.addMeeting(0, QStringLiteral("Violence"));
    const Pack pack = packs.createPack(m.id).value();
    const PackItem item = packs.insertItem(pack.sections.at(0).id, MeetingFixture::homicideItem(), 0).value();

    QVERIFY(!packs.approve(pack.id).ok()); // approval requires review
    QVERIFY(!packs.returnToDraft(pack.id).ok());
    qputenv("CW_USER", "an.officer");
    const auto submitted = packs.submitForReview(pack.id);
    QVERIFY(submitted.ok());
    QCOMPARE(submitted->status, PackStatus::InReview);
    QCOMPARE(submitted->submittedBy, QStringLiteral("an.officer"));
    QVERIFY(submitted->submittedAt.isValid());
    QVERIFY(!packs.submitForReview(pack.id).ok());
    QVERIFY(packs.insertItem(pack.sections.at(1).id, MeetingFixture::linesItem({QStringLiteral("Why?")}), 0)
                .ok());
    QVERIFY(packs.returnToDraft(pack.id).ok());
    QVERIFY(packs.submitForReview(pack.id).ok());

    qputenv("CW_USER", "the.deputy.mayor");
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QSignalSpy changed(&packs, &PackService::packChanged);
    const auto approved = packs.approve(pack.id);
    QVERIFY2(approved.ok(), why(approved).constData());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(approved->status, PackStatus::Approved);
    QCOMPARE(approved->approvedBy, QStringLiteral("the.deputy.mayor"));
    QVERIFY(approved->approvedAt >= before);
    QCOMPARE(approved->vintageBatchId, f.ws().imports().batches()->last().id);
    QCOMPARE(approved->vintageLabel, QStringLiteral("1-homicide.csv"));
    QVERIFY(approved->vintageAt.isValid());
    QCOMPARE(approved->sections.at(0).items.at(0).frozenFacts.size(), 1);

    // Frozen: no edit of any kind, no removal.
    PackItem edited = item;
    edited.title = QStringLiteral("Changed");
    QVERIFY(!packs.updateItem(edited).ok());
    QVERIFY(!packs.insertItem(pack.sections.at(0).id, MeetingFixture::homicideItem(), 1).ok());
    QVERIFY(!packs.removeItem(item.id).ok());
    QVERIFY(!packs.moveItem(item.id, pack.sections.at(1).id, 0).ok());
    QVERIFY(!packs.moveSection(pack.sections.at(0).id, 2).ok());
    QVERIFY(!packs.removePack(pack.id).ok());
    QCOMPARE(packs.item(item.id)->title, QStringLiteral("Homicide"));

    // The audit log holds every step, with its author.
    const int events =
        f.ws()
            .database()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE entity_uid = ? AND action IN "
                                   "('submitted', 'returned_to_draft', 'approved')"),
                    {pack.uid})
            .toInt();
    QCOMPARE(events, 4);
    qputenv("CW_USER", "test.officer");
}

void TestPackService::approvalFreezesTheNumbers()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    const Meeting held = f.addMeeting(0, QStringLiteral("Held"));
    const Meeting next = f.addMeeting(28, QStringLiteral("Next"));
    const Pack approved = packs.createPack(held.id).value();
    QVERIFY(packs.insertItem(approved.sections.at(0).id, MeetingFixture::homicideItem(), 0).ok());
    QVERIFY(packs.submitForReview(approved.id).ok());
    const Pack frozen = packs.approve(approved.id).value();
    const Pack draft = packs.startFromLastPack(next.id).value();
    QCOMPARE(*firstFact(packs, frozen).current, 96.0);
    QCOMPARE(*firstFact(packs, draft).current, 96.0);

    // A revising batch after approval: the approved pack's numbers do not move, the draft's do.
    const qint64 batch = f.importTidy(revision(), QStringLiteral("homicide-revised.csv"));
    QVERIFY(batch > frozen.vintageBatchId);
    const KeyFact stillFrozen = firstFact(packs, packs.pack(frozen.id).value());
    QCOMPARE(*stillFrozen.current, 96.0);
    QCOMPARE(*stillFrozen.percent, -20.0);
    QVERIFY(stillFrozen.text.contains(QStringLiteral("fell 20%")));
    // 108 against 120: −10%.
    const KeyFact moved = firstFact(packs, draft);
    QCOMPARE(*moved.current, 108.0);
    QCOMPARE(*moved.percent, -10.0);
    QVERIFY(moved.text.contains(QStringLiteral("fell 10%")));

    // The stored facts are what the data said at the vintage.
    const PackItem item = packs.pack(frozen.id)->sections.at(0).items.at(0);
    QCOMPARE(packs.generateKeyFacts(item.measure, frozen.vintageBatchId).value(), item.frozenFacts);

    // Even removing the vintage's batch does not move an approved pack.
    QVERIFY(f.ws().imports().removeBatch(batch).ok());
    QVERIFY(f.ws().imports().removeBatch(frozen.vintageBatchId).ok());
    QCOMPARE(*firstFact(packs, packs.pack(frozen.id).value()).current, 96.0);
    QVERIFY(!firstFact(packs, draft).current); // the draft follows the data: there are none now
}

void TestPackService::newVersionKeepsUidsAndShowsChanges()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    const Meeting m = f.addMeeting(0, QStringLiteral("Violence"));
    const Pack v1 = packs.createPack(m.id).value();
    const PackItem item = packs.insertItem(v1.sections.at(0).id, MeetingFixture::homicideItem(), 0).value();
    QVERIFY(packs.submitForReview(v1.id).ok());
    QVERIFY(packs.approve(v1.id).ok());
    QCOMPARE(packs.changesSincePreviousApproved(v1.id)->previousPackId, 0);

    QVERIFY(f.importTidy(revision(), QStringLiteral("revised.csv")) > 0);
    const auto v2 = packs.startNewVersion(m.id);
    QVERIFY2(v2.ok(), why(v2).constData());
    QCOMPARE(v2->version, 2);
    QCOMPARE(v2->uid, v1.uid);
    QCOMPARE(v2->basedOnPackId, v1.id);
    QCOMPARE(v2->status, PackStatus::Draft);
    QCOMPARE(v2->sections.size(), v1.sections.size());
    QCOMPARE(v2->sections.at(0).uid, v1.sections.at(0).uid);
    QCOMPARE(v2->sections.at(0).items.at(0).uid, item.uid);
    QVERIFY(v2->sections.at(0).items.at(0).id != item.id);
    QVERIFY(v2->sections.at(0).items.at(0).frozenFacts.isEmpty());
    QVERIFY(!packs.startNewVersion(m.id).ok()); // v2 is a draft

    // 96 → 108 in the 12 months to December 2024; −20% → −10%.
    const PackVersionDiff diff = packs.changesSincePreviousApproved(v2->id).value();
    QCOMPARE(diff.previousPackId, v1.id);
    QCOMPARE(diff.previousVersion, 1);
    QVERIFY(diff.addedItemUids.isEmpty());
    QVERIFY(diff.removedItemUids.isEmpty());
    QHash<QString, QPair<QString, QString>> byField;
    for (const KeyFactChange &c : diff.changes) {
        QCOMPARE(c.itemUid, item.uid);
        QCOMPARE(c.areaCode, QStringLiteral("E23000001"));
        byField.insert(c.field, {c.before, c.after});
    }
    QCOMPARE(byField.value(QStringLiteral("current")),
             qMakePair(QStringLiteral("96"), QStringLiteral("108")));
    QCOMPARE(byField.value(QStringLiteral("latest_value")),
             qMakePair(QStringLiteral("96"), QStringLiteral("108")));
    QCOMPARE(byField.value(QStringLiteral("percent")),
             qMakePair(QStringLiteral("-20"), QStringLiteral("-10")));
    QVERIFY(!byField.contains(QStringLiteral("previous"))); // 120 both times
    QCOMPARE(diff.changes.size(), 3);

    // A removable draft version; v1 (approved) is not.
    QVERIFY(!packs.removePack(v1.id).ok());
    QVERIFY(packs.removePack(v2->id).ok());
    QCOMPARE(packs.versions(m.id)->size(), 1);
    QVERIFY(packs.insertPack(v2.value()).ok()); // back exactly (redo of the creation)
    QCOMPARE(packs.pack(v2->id)->sections.at(0).items.at(0).uid, item.uid);
}

void TestPackService::startsFromTheLastPackOfTheSameKind()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    const Meeting first = f.addMeeting(-60, QStringLiteral("First"));
    const Meeting challenge = f.addMeeting(-30, QStringLiteral("Challenge"), MeetingKind::MopacChallenge);
    const Meeting next = f.addMeeting(30, QStringLiteral("Next"));
    QVERIFY(!packs.startFromLastPack(first.id).ok()); // nothing earlier
    const Pack source = packs.createPack(first.id).value();
    QVERIFY(packs.insertSection(source.id, PackSection{0, 0, {}, QStringLiteral("Extra"), {}}, 1).ok());
    QVERIFY(packs.insertItem(source.sections.at(0).id, MeetingFixture::homicideItem(), 0).ok());
    QVERIFY(packs.createPack(challenge.id).ok()); // another kind: not copied from
    const auto copy = packs.startFromLastPack(next.id);
    QVERIFY2(copy.ok(), why(copy).constData());
    const Pack original = packs.pack(source.id).value();
    QCOMPARE(copy->basedOnPackId, source.id);
    QCOMPARE(copy->sections.size(), 5);
    QCOMPARE(copy->sections.at(1).title, QStringLiteral("Extra"));
    QCOMPARE(copy->sections.at(0).items.at(0).measure, original.sections.at(0).items.at(0).measure);
    QVERIFY(copy->uid != original.uid);
    QVERIFY(copy->sections.at(0).uid != original.sections.at(0).uid);
    QVERIFY(copy->sections.at(0).items.at(0).uid != original.sections.at(0).items.at(0).uid);
}

void TestPackService::movesAndNumbersLinesOfEnquiry()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    const Meeting m = f.addMeeting(0, QStringLiteral("Violence"));
    const Pack pack = packs.createPack(m.id).value();
    const qint64 s0 = pack.sections.at(0).id;
    const qint64 s2 = pack.sections.at(2).id;
    const PackItem a =
        packs.insertItem(s2, MeetingFixture::linesItem({QStringLiteral("A1"), QStringLiteral("A2")}), 0)
            .value();
    const PackItem b = packs.insertItem(s2, MeetingFixture::linesItem({QStringLiteral("B1")}), 1).value();
    const PackItem h = packs.insertItem(s0, MeetingFixture::homicideItem(), 0).value();
    QHash<QString, int> numbers = PackService::enquiryNumbers(packs.pack(pack.id).value());
    QCOMPARE(numbers.value(a.enquiries.at(0).uid), 1);
    QCOMPARE(numbers.value(a.enquiries.at(1).uid), 2);
    QCOMPARE(numbers.value(b.enquiries.at(0).uid), 3);

    // Move B before A: B1 becomes 1, A1 2, A2 3.
    QSignalSpy moved(&packs, &PackService::itemMoved);
    QVERIFY(packs.moveItem(b.id, s2, 0).ok());
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(2).toInt(), 1); // from row
    QCOMPARE(moved.at(0).at(4).toInt(), 0); // to row
    numbers = PackService::enquiryNumbers(packs.pack(pack.id).value());
    QCOMPARE(numbers.value(b.enquiries.at(0).uid), 1);
    QCOMPARE(numbers.value(a.enquiries.at(1).uid), 3);

    // Across sections, then the whole section to the top.
    QVERIFY(packs.moveItem(h.id, s2, 1).ok());
    Pack now = packs.pack(pack.id).value();
    QCOMPARE(now.sections.at(0).items.size(), 0);
    QCOMPARE(now.sections.at(2).items.at(1).id, h.id);
    QVERIFY(packs.moveSection(s2, 0).ok());
    now = packs.pack(pack.id).value();
    QCOMPARE(now.sections.at(0).id, s2);
    QCOMPARE(now.sections.at(1).id, s0);
    QStringList order;
    for (const PackItem &item : now.sections.at(0).items)
        order << item.title;
    QCOMPARE(order, (QStringList{QStringLiteral("Questions"), QStringLiteral("Homicide"),
                                 QStringLiteral("Questions")}));
    // Positions stay dense.
    QCOMPARE(f.ws()
                 .database()
                 .scalar(QStringLiteral("SELECT MAX(position) FROM pack_item WHERE section_id = ?"), {s2})
                 .toInt(),
             2);
    QVERIFY(!packs.moveItem(h.id, 999999, 0).ok());
}

void TestPackService::refusesInvalidItems()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    const Meeting m = f.addMeeting(0, QStringLiteral("Violence"));
    const Pack pack = packs.createPack(m.id).value();
    const qint64 s = pack.sections.at(0).id;
    PackItem unknown = MeetingFixture::homicideItem();
    unknown.measure.measureCode = QStringLiteral("NO-SUCH");
    QCOMPARE(packs.insertItem(s, unknown, 0).error().message,
             QStringLiteral("The plan PCP-2025-29 has no measure NO-SUCH."));
    PackItem area = MeetingFixture::homicideItem();
    area.measure.areaCodes = {QStringLiteral("E09999999")};
    QCOMPARE(packs.insertItem(s, area, 0).error().message, QStringLiteral("There is no area E09999999."));
    PackItem period = MeetingFixture::homicideItem();
    period.measure.fromPeriod = QStringLiteral("2024-Q1");
    QVERIFY(!packs.insertItem(s, period, 0).ok());
    QVERIFY(!packs.insertItem(s, MeetingFixture::linesItem({QStringLiteral("  ")}), 0).ok());
    QVERIFY(!packs.insertSection(pack.id, PackSection{}, 0).ok()); // no title
    QCOMPARE(packs.pack(pack.id)->sections.at(0).items.size(), 0); // nothing written
}

QTEST_GUILESS_MAIN(TestPackService)
#include "tst_packservice.moc"
