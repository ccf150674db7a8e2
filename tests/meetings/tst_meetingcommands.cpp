// Undo and redo of every pack edit (reordering above all), of pack creation, of meeting
// edits and of annotations, on the workspace's undo stack.
#include "meetingfixture.h"

#include "commands/addannotationcommand.h"
#include "commands/createpackcommand.h"
#include "commands/editannotationcommand.h"
#include "commands/editmeetingcommand.h"
#include "commands/editpackitemcommand.h"
#include "commands/editsectioncommand.h"
#include "commands/insertmeetingcommand.h"
#include "commands/insertpackitemcommand.h"
#include "commands/insertsectioncommand.h"
#include "commands/movepackitemcommand.h"
#include "commands/movesectioncommand.h"
#include "commands/resolveannotationcommand.h"
#include "services/annotationservice.h"
#include "services/meetingservice.h"
#include "services/packservice.h"

#include <QTest>
#include <QUndoStack>

using namespace cw;

class TestMeetingCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reorderingUndoesAndRedoes();
    void editingItemsAndLinesOfEnquiry();
    void insertingAndRemovingKeepsIds();
    void creatingPacksAndMeetings();
    void annotations();
};

namespace {

QStringList titles(PackService &packs, qint64 packId, int section)
{
    QStringList out;
    const Result<Pack> pack = packs.pack(packId); // kept alive while its items are read
    for (const PackItem &item : pack->sections.at(section).items)
        out << item.title;
    return out;
}

QStringList sectionTitles(PackService &packs, qint64 packId)
{
    QStringList out;
    const Result<Pack> pack = packs.pack(packId); // kept alive while its sections are read
    for (const PackSection &s : pack->sections)
        out << s.title;
    return out;
}

} // namespace

void TestMeetingCommands::reorderingUndoesAndRedoes()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    QUndoStack &stack = f.ws().undoStack();
    const Pack pack = packs.createPack(f.addMeeting(0, QStringLiteral("M")).id).value();
    const qint64 s0 = pack.sections.at(0).id;
    const qint64 s1 = pack.sections.at(1).id;
    const PackItem a = packs.insertItem(s0, MeetingFixture::homicideItem(QStringLiteral("A")), 0).value();
    packs.insertItem(s0, MeetingFixture::homicideItem(QStringLiteral("B")), 1).value();
    packs.insertItem(s0, MeetingFixture::homicideItem(QStringLiteral("C")), 2).value();

    stack.push(new MovePackItemCommand(packs, a.id, s0, 0, s0, 2));
    QCOMPARE(titles(packs, pack.id, 0),
             (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
    stack.push(new MovePackItemCommand(packs, a.id, s0, 2, s1, 0));
    QCOMPARE(titles(packs, pack.id, 1), QStringList{QStringLiteral("A")});
    stack.push(new MoveSectionCommand(packs, s1, 1, 0));
    QCOMPARE(sectionTitles(packs, pack.id).first(), QStringLiteral("Narrative"));

    stack.undo();
    QCOMPARE(sectionTitles(packs, pack.id).first(), QStringLiteral("Performance"));
    stack.undo();
    QCOMPARE(titles(packs, pack.id, 0),
             (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
    QVERIFY(titles(packs, pack.id, 1).isEmpty());
    stack.undo();
    QCOMPARE(titles(packs, pack.id, 0),
             (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    stack.redo();
    stack.redo();
    stack.redo();
    QCOMPARE(sectionTitles(packs, pack.id).first(), QStringLiteral("Narrative"));
    QCOMPARE(titles(packs, pack.id, 0), QStringList{QStringLiteral("A")});
    QCOMPARE(titles(packs, pack.id, 1), (QStringList{QStringLiteral("B"), QStringLiteral("C")}));

    // A move the service refuses (the pack is approved) leaves nothing on the stack.
    QVERIFY(packs.submitForReview(pack.id).ok());
    QVERIFY(packs.approve(pack.id).ok());
    const int count = stack.count();
    stack.push(new MoveSectionCommand(packs, s1, 0, 1));
    QCOMPARE(stack.count(), count);
    QCOMPARE(sectionTitles(packs, pack.id).first(), QStringLiteral("Narrative"));
}

void TestMeetingCommands::editingItemsAndLinesOfEnquiry()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    QUndoStack &stack = f.ws().undoStack();
    const Pack pack = packs.createPack(f.addMeeting(0, QStringLiteral("M")).id).value();
    const PackItem lines =
        packs.insertItem(pack.sections.at(2).id, MeetingFixture::linesItem({QStringLiteral("First?")}), 0)
            .value();

    // Add a line of enquiry, then edit the narrative-like fields.
    PackItem added = lines;
    LineOfEnquiry second;
    second.question = QStringLiteral("Second?");
    second.measureCode = QStringLiteral("HOMICIDE");
    second.visibility = Visibility::Publishable;
    added.enquiries.append(second);
    stack.push(new EditPackItemCommand(packs, lines, added, QStringLiteral("Add line of enquiry")));
    QCOMPARE(stack.undoText(), QStringLiteral("Add line of enquiry"));
    const PackItem afterAdd = packs.item(lines.id).value();
    QCOMPARE(afterAdd.enquiries.size(), 2);
    const QString secondUid = afterAdd.enquiries.at(1).uid;
    QVERIFY(!secondUid.isEmpty());

    PackItem retitled = afterAdd;
    retitled.title = QStringLiteral("Key questions");
    retitled.visibility = Visibility::Publishable;
    stack.push(new EditPackItemCommand(packs, afterAdd, retitled));
    QCOMPARE(packs.item(lines.id)->title, QStringLiteral("Key questions"));

    stack.undo();
    QCOMPARE(packs.item(lines.id)->title, QStringLiteral("Questions"));
    QCOMPARE(packs.item(lines.id)->visibility, Visibility::Internal);
    stack.undo();
    QCOMPARE(packs.item(lines.id)->enquiries.size(), 1);
    stack.redo();
    // The same line comes back: same uid, so annotations and numbering follow it.
    QCOMPARE(packs.item(lines.id)->enquiries.at(1).uid, secondUid);
    QCOMPARE(packs.item(lines.id)->enquiries.at(1).measureCode, QStringLiteral("HOMICIDE"));
    stack.redo();
    QCOMPARE(packs.item(lines.id)->title, QStringLiteral("Key questions"));

    // Renaming a section.
    PackSection renamed = pack.sections.at(0);
    renamed.title = QStringLiteral("Performance against the Plan");
    stack.push(new EditSectionCommand(packs, pack.sections.at(0), renamed));
    QCOMPARE(packs.section(renamed.id)->title, QStringLiteral("Performance against the Plan"));
    stack.undo();
    QCOMPARE(packs.section(renamed.id)->title, QStringLiteral("Performance"));
}

void TestMeetingCommands::insertingAndRemovingKeepsIds()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    QUndoStack &stack = f.ws().undoStack();
    const Pack pack = packs.createPack(f.addMeeting(0, QStringLiteral("M")).id).value();
    auto *insert =
        new InsertPackItemCommand(packs, pack.sections.at(0).id, MeetingFixture::homicideItem(), 0);
    stack.push(insert);
    const qint64 id = insert->itemId();
    const QString uid = packs.item(id)->uid;
    stack.undo();
    QVERIFY(!packs.item(id).ok());
    stack.redo();
    QCOMPARE(packs.item(id)->uid, uid);

    stack.push(new RemovePackItemCommand(packs, packs.item(id).value(), 0));
    QVERIFY(!packs.item(id).ok());
    stack.undo();
    QCOMPARE(packs.item(id)->uid, uid);

    // A section with its items goes and comes back whole.
    const PackSection section = packs.section(pack.sections.at(0).id).value();
    stack.push(new RemoveSectionCommand(packs, section, 0));
    QCOMPARE(packs.pack(pack.id)->sections.size(), 3);
    stack.undo();
    QCOMPARE(packs.pack(pack.id)->sections.at(0), section);
    auto *added =
        new InsertSectionCommand(packs, pack.id, PackSection{0, 0, {}, QStringLiteral("Annex"), {}}, 4);
    stack.push(added);
    QCOMPARE(packs.pack(pack.id)->sections.last().title, QStringLiteral("Annex"));
    stack.undo();
    QCOMPARE(packs.pack(pack.id)->sections.size(), 4);
}

void TestMeetingCommands::creatingPacksAndMeetings()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    QUndoStack &stack = f.ws().undoStack();
    Meeting m;
    m.title = QStringLiteral("Board");
    m.startsAt = QDateTime::currentDateTimeUtc();
    auto *insert = new InsertMeetingCommand(f.ws().meetings(), m);
    stack.push(insert);
    const Meeting stored = f.ws().meetings().meeting(insert->meetingId()).value();
    Meeting edited = stored;
    edited.location = QStringLiteral("City Hall");
    stack.push(new EditMeetingCommand(f.ws().meetings(), stored, edited));
    QCOMPARE(f.ws().meetings().meeting(stored.id)->location, QStringLiteral("City Hall"));

    auto *create = new CreatePackCommand(packs, stored.id, CreatePackCommand::Mode::Empty);
    stack.push(create);
    const Pack pack = packs.pack(create->packId()).value();
    stack.undo(); // pack
    QVERIFY(packs.versions(stored.id)->isEmpty());
    stack.undo(); // edit
    QVERIFY(f.ws().meetings().meeting(stored.id)->location.isEmpty());
    stack.undo(); // meeting
    QVERIFY(!f.ws().meetings().meeting(stored.id).ok());
    stack.redo();
    QCOMPARE(f.ws().meetings().meeting(stored.id)->uid, stored.uid);
    stack.redo();
    stack.redo();
    QCOMPARE(packs.pack(pack.id).value(), pack); // exactly the same pack, ids and uids
}

void TestMeetingCommands::annotations()
{
    MeetingFixture f;
    AnnotationService &service = f.ws().annotations();
    QUndoStack &stack = f.ws().undoStack();
    const Pack pack = f.ws().packs().createPack(f.addMeeting(0, QStringLiteral("M")).id).value();
    Annotation a;
    a.anchor = AnnotationAnchor::onItem(pack.uid, pack.sections.at(3).items.at(0).uid);
    a.text = QStringLiteral("Carry forward action 14?");
    auto *add = new AddAnnotationCommand(service, a);
    stack.push(add);
    const Annotation root = service.annotation(add->uid()).value();
    Annotation r;
    r.threadUid = root.uid;
    r.text = QStringLiteral("Yes");
    auto *reply = new AddAnnotationCommand(service, r);
    stack.push(reply);
    stack.push(new ResolveAnnotationCommand(service, root.uid, true));
    stack.push(new EditAnnotationCommand(service, root, QStringLiteral("Carry forward action 15?"),
                                         Visibility::Publishable));
    QCOMPARE(service.annotation(root.uid)->text, QStringLiteral("Carry forward action 15?"));
    QVERIFY(service.annotation(root.uid)->resolved);

    stack.undo();
    QCOMPARE(service.annotation(root.uid)->text, QStringLiteral("Carry forward action 14?"));
    QCOMPARE(service.annotation(root.uid)->visibility, Visibility::Internal);
    stack.undo();
    QVERIFY(!service.annotation(root.uid)->resolved);
    stack.undo();
    QVERIFY(!service.annotation(reply->uid()).ok());
    stack.redo();
    const Annotation back = service.annotation(reply->uid()).value();
    QCOMPARE(back.threadUid, root.uid);
    QCOMPARE(back.author, QStringLiteral("test.officer"));
    stack.undo();
    stack.undo();
    QVERIFY(service.annotations()->isEmpty());
    stack.redo();
    QCOMPARE(service.annotation(root.uid)->createdAt, root.createdAt);
}

QTEST_GUILESS_MAIN(TestMeetingCommands)
#include "tst_meetingcommands.moc"
