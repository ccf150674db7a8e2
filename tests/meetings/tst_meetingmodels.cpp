// The meetings, pack and annotation models under QAbstractItemModelTester while rows are
// added, changed, moved and removed; drag and drop and keyboard moves through the undo stack;
// the annotation filters.
#include "meetingfixture.h"

#include "commands/addannotationcommand.h"
#include "commands/movepackitemcommand.h"
#include "models/annotationfiltermodel.h"
#include "models/annotationmodel.h"
#include "models/meetingmodel.h"
#include "models/packmodel.h"
#include "services/annotationservice.h"
#include "services/meetingservice.h"
#include "services/packservice.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

#include <memory>

using namespace cw;

class TestMeetingModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meetingModelKeepsNextFirst();
    void packModelFollowsEdits();
    void packModelDragAndDrop();
    void packModelKeyboardMoves();
    void approvedPackIsReadOnly();
    void annotationModelAndFilters();
};

namespace {

QStringList column(const QAbstractItemModel &model, const QModelIndex &parent = {}, int col = 0)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r)
        out << model.index(r, col, parent).data().toString();
    return out;
}

QStringList titlesOf(const PackSection &section)
{
    QStringList out;
    for (const PackItem &item : section.items)
        out << item.title;
    return out;
}

} // namespace

void TestMeetingModels::meetingModelKeepsNextFirst()
{
    MeetingFixture f;
    f.addMeeting(-30, QStringLiteral("Past"));
    const Meeting later = f.addMeeting(40, QStringLiteral("Later"));
    MeetingModel model(f.ws().meetings());
    model.setReferenceTime(QDateTime(QDate(2025, 1, 15), QTime(9, 0), QTimeZone::utc()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(column(model, {}, MeetingModel::TitleColumn), (QStringList{QStringLiteral("Later"), QStringLiteral("Past")}));

    const Meeting next = f.addMeeting(10, QStringLiteral("Next"));
    QCOMPARE(column(model, {}, MeetingModel::TitleColumn),
             (QStringList{QStringLiteral("Next"), QStringLiteral("Later"), QStringLiteral("Past")}));
    QVERIFY(model.index(0, 0).data(MeetingModel::IsNextRole).toBool());
    QVERIFY(!model.index(1, 0).data(MeetingModel::IsNextRole).toBool());
    QVERIFY(model.index(2, 0).data(MeetingModel::IsPastRole).toBool());
    QCOMPARE(model.index(0, MeetingModel::KindColumn).data().toString(), QStringLiteral("London Policing Board"));
    QCOMPARE(model.index(0, 0).data(MeetingModel::DateKeyRole).toString(), QStringLiteral("2025-01-25"));

    // Moving "Later" to before "Next" is a row move, not a reset.
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Meeting earlier = later;
    earlier.startsAt = next.startsAt.addDays(-2);
    QVERIFY(f.ws().meetings().updateMeeting(earlier).ok());
    QCOMPARE(moved.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(column(model, {}, MeetingModel::TitleColumn),
             (QStringList{QStringLiteral("Later"), QStringLiteral("Next"), QStringLiteral("Past")}));
    // Cancelling it sends it among the past ones.
    earlier.status = MeetingStatus::Cancelled;
    QVERIFY(f.ws().meetings().updateMeeting(earlier).ok());
    QCOMPARE(column(model, {}, MeetingModel::TitleColumn),
             (QStringList{QStringLiteral("Next"), QStringLiteral("Later"), QStringLiteral("Past")}));
    QCOMPARE(model.meetingsOn(QDate(2025, 1, 23)).size(), 1);

    QVERIFY(f.ws().meetings().removeMeeting(next.id).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(next.id), -1);
}

void TestMeetingModels::packModelFollowsEdits()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    const Pack pack = packs.createPack(f.addMeeting(0, QStringLiteral("M")).id).value();
    PackModel model(packs, &f.ws().annotations(), f.ws().undoStack());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPackId(pack.id);
    QCOMPARE(column(model), (QStringList{QStringLiteral("Performance"), QStringLiteral("Narrative"),
                                         QStringLiteral("Key lines of enquiry"),
                                         QStringLiteral("Actions carried forward")}));
    const QModelIndex performance = model.index(0, 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const PackItem h = packs.insertItem(pack.sections.at(0).id, MeetingFixture::homicideItem(), 0).value();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(performance), 1);
    const QModelIndex item = model.index(0, 0, performance);
    QCOMPARE(item.data().toString(), QStringLiteral("Homicide"));
    QCOMPARE(item.data(PackModel::ItemKindRole).toString(), QStringLiteral("measure"));
    QCOMPARE(item.data(PackModel::VisibilityRole).toString(), QStringLiteral("publishable"));
    QCOMPARE(item.data(PackModel::KeyFactsRole).toStringList().value(0),
             QStringLiteral("Homicide in London fell 20% in the 12 months to December 2024 compared with the previous 12 "
                            "months (96 against 120); the fall is not statistically significant."));
    QCOMPARE(model.indexOfItemUid(h.uid), item);

    // Editing the title through the model pushes an undo command.
    QVERIFY(model.setData(item, QStringLiteral("Homicides in London")));
    QCOMPARE(packs.item(h.id)->title, QStringLiteral("Homicides in London"));
    QCOMPARE(model.index(0, 0, performance).data().toString(), QStringLiteral("Homicides in London"));
    f.ws().undoStack().undo();
    QCOMPARE(model.index(0, 0, performance).data().toString(), QStringLiteral("Homicide"));
    QVERIFY(model.setData(model.index(1, 0), QStringLiteral("Commentary")));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Commentary"));

    // Annotation counts follow the annotation service.
    Annotation a;
    a.anchor = AnnotationAnchor::onItem(pack.uid, h.uid);
    a.text = QStringLiteral("Check");
    QVERIFY(f.ws().annotations().add(a).ok());
    QCOMPARE(model.index(0, PackModel::AnnotationsColumn, performance).data().toInt(), 1);

    // Sections and items removed and moved by the service.
    QVERIFY(packs.moveSection(pack.sections.at(3).id, 0).ok());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Actions carried forward"));
    QVERIFY(packs.removeItem(h.id).ok());
    QCOMPARE(model.rowCount(model.index(1, 0)), 0);
    QVERIFY(packs.removeSection(pack.sections.at(1).id).ok());
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(packs.insertSection(pack.id, PackSection{0, 0, {}, QStringLiteral("Annex"), {}}, 3).ok());
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Annex"));
}

void TestMeetingModels::packModelDragAndDrop()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    const Pack pack = packs.createPack(f.addMeeting(0, QStringLiteral("M")).id).value();
    for (const QString &t : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
        QVERIFY(packs.insertItem(pack.sections.at(0).id, MeetingFixture::homicideItem(t), 99).ok());
    PackModel model(packs, nullptr, f.ws().undoStack());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPackId(pack.id);
    const QModelIndex performance = model.index(0, 0);
    QVERIFY(model.flags(model.index(0, 0, performance)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(model.flags(performance).testFlag(Qt::ItemIsDropEnabled));

    // Drag A and drop it at the end of its section (row 3 counts before A leaves: A goes last).
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0, performance)}));
    QVERIFY(mime);
    QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, 3, 0, performance));
    QVERIFY(!model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, QModelIndex())); // items go in sections
    QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, 3, 0, performance));
    QCOMPARE(column(model, performance), (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
    // Drop C onto the "Narrative" section: it goes in at the end.
    mime.reset(model.mimeData({model.index(1, 0, performance)}));
    QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, model.index(1, 0)));
    QCOMPARE(column(model, performance), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
    QCOMPARE(column(model, model.index(1, 0)), QStringList{QStringLiteral("C")});
    // Drag the "Narrative" section to the top.
    mime.reset(model.mimeData({model.index(1, 0)}));
    QVERIFY(!model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, performance)); // sections stay top level
    QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    QCOMPARE(column(model).first(), QStringLiteral("Narrative"));

    // Each drop is one undo step; undoing all three restores the first order.
    QCOMPARE(f.ws().undoStack().count(), 3);
    f.ws().undoStack().undo();
    f.ws().undoStack().undo();
    f.ws().undoStack().undo();
    QCOMPARE(column(model, model.index(0, 0)),
             (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(column(model, model.index(0, 0)), titlesOf(packs.pack(pack.id)->sections.at(0)));

    // Another pack's nodes cannot be dropped here.
    const Pack other = packs.createPack(f.addMeeting(7, QStringLiteral("Other")).id).value();
    PackModel otherModel(packs, nullptr, f.ws().undoStack());
    otherModel.setPackId(other.id);
    mime.reset(otherModel.mimeData({otherModel.index(0, 0)}));
    QVERIFY(!model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, QModelIndex()));
}

void TestMeetingModels::packModelKeyboardMoves()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    const Pack pack = packs.createPack(f.addMeeting(0, QStringLiteral("M")).id).value();
    QVERIFY(packs.insertItem(pack.sections.at(0).id, MeetingFixture::homicideItem(QStringLiteral("A")), 0).ok());
    QVERIFY(packs.insertItem(pack.sections.at(0).id, MeetingFixture::homicideItem(QStringLiteral("B")), 1).ok());
    PackModel model(packs, nullptr, f.ws().undoStack());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPackId(pack.id);
    const QModelIndex performance = model.index(0, 0);
    QVERIFY(!model.moveUp(performance)); // already first
    QVERIFY(!model.moveUp(model.index(0, 0, performance))); // first item of the first section
    QVERIFY(model.moveDown(model.index(0, 0, performance)));
    QCOMPARE(column(model, performance), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
    // Past the last item it moves into the next section, at the top.
    QVERIFY(model.moveDown(model.index(1, 0, performance)));
    QCOMPARE(column(model, model.index(1, 0)), QStringList{QStringLiteral("A")});
    QVERIFY(model.moveUp(model.index(0, 0, model.index(1, 0))));
    QCOMPARE(column(model, performance), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
    QVERIFY(model.moveDown(performance));
    QCOMPARE(column(model).at(1), QStringLiteral("Performance"));
    f.ws().undoStack().undo();
    QCOMPARE(column(model).at(0), QStringLiteral("Performance"));
}

void TestMeetingModels::approvedPackIsReadOnly()
{
    MeetingFixture f;
    PackService &packs = f.ws().packs();
    const Pack pack = packs.createPack(f.addMeeting(0, QStringLiteral("M")).id).value();
    QVERIFY(packs.insertItem(pack.sections.at(0).id, MeetingFixture::homicideItem(), 0).ok());
    PackModel model(packs, nullptr, f.ws().undoStack());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPackId(pack.id);
    QVERIFY(packs.submitForReview(pack.id).ok());
    QVERIFY(model.isEditable());
    QVERIFY(packs.approve(pack.id).ok());
    QVERIFY(!model.isEditable());
    const QModelIndex item = model.index(0, 0, model.index(0, 0));
    QVERIFY(!model.flags(item).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model.flags(item).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!model.setData(item, QStringLiteral("x")));
    QVERIFY(!model.moveDown(item));
    // The frozen facts, not recomputed: a revising batch does not change them.
    QVERIFY(f.importTidy("mps.borough:VIOLENCE AGAINST THE PERSON/HOMICIDE,E23000001,2024-12,20\n",
                         QStringLiteral("revised.csv")) > 0);
    model.setPackId(pack.id);
    QVERIFY(model.index(0, 0, model.index(0, 0)).data(PackModel::KeyFactsRole).toStringList().value(0).contains(
        QStringLiteral("fell 20%")));
}

void TestMeetingModels::annotationModelAndFilters()
{
    MeetingFixture f;
    AnnotationService &service = f.ws().annotations();
    const Pack pack = f.ws().packs().createPack(f.addMeeting(0, QStringLiteral("M")).id).value();
    const QString item = pack.sections.at(3).items.at(0).uid;
    AnnotationModel model(service, QStringLiteral("an.adviser"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({pack.uid, {}, {}, {}});
    AnnotationFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    qputenv("CW_USER", "an.officer");
    Annotation a;
    a.anchor = AnnotationAnchor::onItem(pack.uid, item);
    a.text = QStringLiteral("Officer's note");
    a.visibility = Visibility::Publishable;
    const Annotation first = service.add(a).value();
    a.text = QStringLiteral("Internal note");
    a.visibility = Visibility::Internal;
    const Annotation second = service.add(a).value();
    // Elsewhere: not in this pack's query.
    a.anchor = AnnotationAnchor::onPoint(QStringLiteral("ROBBERY"), QStringLiteral("E09000001"), QStringLiteral("2024-01"));
    QVERIFY(service.add(a).ok());
    QCOMPARE(column(model), (QStringList{QStringLiteral("Officer's note"), QStringLiteral("Internal note")}));

    qputenv("CW_USER", "an.adviser");
    QVERIFY(service.reply(first.uid, QStringLiteral("Adviser's reply"), Visibility::Publishable).ok());
    const QModelIndex firstRow = model.indexOfUid(first.uid);
    QCOMPARE(model.rowCount(firstRow), 1);
    QCOMPARE(model.index(0, AnnotationModel::AuthorColumn, firstRow).data().toString(), QStringLiteral("an.adviser"));
    QVERIFY(model.index(0, 0, firstRow).data(AnnotationModel::IsMineRole).toBool());
    QVERIFY(model.index(0, 0, firstRow).data(AnnotationModel::IsReplyRole).toBool());
    QCOMPARE(model.index(0, 0, firstRow).data(AnnotationModel::ItemUidRole).toString(), item);

    // Filters: mine (a reply counts), internal, open/resolved.
    filter.setMineOnly(true);
    QCOMPARE(column(filter), QStringList{QStringLiteral("Officer's note")});
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
    filter.setMineOnly(false);
    filter.setInternalOnly(true);
    QCOMPARE(column(filter), QStringList{QStringLiteral("Internal note")});
    filter.setInternalOnly(false);
    QVERIFY(service.setResolved(second.uid, true).ok());
    QVERIFY(model.indexOfUid(second.uid).data(AnnotationModel::ResolvedRole).toBool());
    filter.setState(AnnotationFilterModel::State::Open);
    QCOMPARE(column(filter), QStringList{QStringLiteral("Officer's note")});
    filter.setState(AnnotationFilterModel::State::Resolved);
    QCOMPARE(column(filter), QStringList{QStringLiteral("Internal note")});
    filter.setState(AnnotationFilterModel::State::All);

    // Undoable add, then removal through undo.
    Annotation r;
    r.threadUid = second.uid;
    r.text = QStringLiteral("Second reply");
    f.ws().undoStack().push(new AddAnnotationCommand(service, r));
    QCOMPARE(model.rowCount(model.indexOfUid(second.uid)), 1);
    f.ws().undoStack().undo();
    QCOMPARE(model.rowCount(model.indexOfUid(second.uid)), 0);
    QVERIFY(service.remove(first.uid).ok());
    QCOMPARE(column(model), QStringList{QStringLiteral("Internal note")});
    qputenv("CW_USER", "test.officer");
}

QTEST_GUILESS_MAIN(TestMeetingModels)
#include "tst_meetingmodels.moc"
