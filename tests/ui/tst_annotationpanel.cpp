// The annotations side panel driven as an adviser uses it: comment on the selected item (the
// dialog refuses an empty comment; internal by default), reply publishably, resolve and
// reopen, the open / resolved / mine / internal filters, the jump from a thread to its item —
// checked in AnnotationService; and a comment on one data point marks that point on the chart.
#include <memory>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include "models/annotationfiltermodel.h"
#include "models/annotationmodel.h"
#include "models/packmodel.h"
#include "modaldriver.h"
#include "packs/annotationdialog.h"
#include "packs/annotationpanel.h"
#include "packs/measureitemeditor.h"
#include "packs/packeditor.h"
#include "packs/packitemeditor.h"
#include "packs/packitempreview.h"
#include "services/annotationservice.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "services/scorecardservice.h"
#include "workspace/workspace.h"

using namespace cw;

class TestAnnotationPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void commentReplyResolve();
    void filters();
    void threadSelectsItsItem();
    void dataPointCommentIsMarkedOnTheChart();

private:
    bool setUp(bool demo);
    QList<AnnotationThread> threads() const
    {
        const auto all = m_ws->annotations().threads();
        return all ? *all : QList<AnnotationThread>();
    }
    PackItem addItem(PackItemKind kind, const QString &title, int section)
    {
        PackItem item;
        item.kind = kind;
        item.title = title;
        if (kind == PackItemKind::Measure) {
            item.measure.planCode = QStringLiteral("PCP-2025-29");
            item.measure.measureCode = QStringLiteral("ROBBERY");
        }
        const auto added = m_ws->packs().insertItem(m_pack.sections.at(section).id, item, 0);
        return added ? *added : PackItem();
    }
    void selectItem(qint64 itemId)
    {
        QTreeView *tree = m_editor->tree();
        const QModelIndex index = m_editor->model()->indexOfItem(itemId);
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    }
    void clickThread(int row)
    {
        QTreeView *tree = m_panel->tree();
        const QModelIndex index = tree->model()->index(row, 0);
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    }
    template <typename T>
    T *find(const char *name) const
    {
        return m_panel->findChild<T *>(QLatin1String(name));
    }
    // Writes `text` in the annotation dialog and accepts it.
    static void write(AnnotationDialog *dialog, const QString &text, bool publishable = false)
    {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("annotationTextEdit")), text);
        if (publishable) {
            auto *visibility = dialog->findChild<QComboBox *>(QStringLiteral("annotationVisibilityCombo"));
            visibility->setFocus();
            QTest::keyClick(visibility, Qt::Key_Down);
        }
        dialog->accept();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<PackEditor> m_editor;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    AnnotationPanel *m_panel = nullptr;
    Pack m_pack;
    int m_count = 0;
};

void TestAnnotationPanel::initTestCase()
{
    qputenv("CW_USER", "Ann Adviser");
    QVERIFY(m_dir.isValid());
}

void TestAnnotationPanel::init() {}

bool TestAnnotationPanel::setUp(bool demo)
{
    CreateOptions options;
    options.demo = demo;
    auto created = Workspace::create(m_dir.filePath(QStringLiteral("w%1.cwb").arg(++m_count)), options);
    if (!created) {
        qWarning("%s", qPrintable(created.error().message));
        return false;
    }
    m_ws = std::move(created).value();
    Meeting meeting;
    meeting.title = QStringLiteral("Robbery");
    meeting.startsAt = QDateTime(QDate::currentDate().addDays(3), QTime(9, 0)).toUTC();
    const auto inserted = m_ws->meetings().insertMeeting(meeting);
    if (!inserted)
        return false;
    const auto pack = m_ws->packs().createPack(inserted->id);
    if (!pack)
        return false;
    m_pack = *pack;
    m_editor = std::make_unique<PackEditor>(*m_ws);
    m_panel = m_editor->annotationPanel();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_editor->resize(1300, 800);
    m_editor->show();
    m_editor->activateWindow();
    if (!QTest::qWaitForWindowActive(m_editor.get()))
        return false;
    m_editor->showMeeting(inserted->id);
    return true;
}

void TestAnnotationPanel::cleanup()
{
    m_tester.reset();
    m_editor.reset();
    m_ws.reset();
}

void TestAnnotationPanel::commentReplyResolve()
{
    QVERIFY(setUp(false));
    const PackItem item = addItem(PackItemKind::Narrative, QStringLiteral("Summary"), 1);
    QVERIFY(item.id != 0);
    selectItem(item.id);
    auto *comment = find<QPushButton>("addCommentButton");
    QVERIFY(comment->isEnabled());

    bool refusedEmpty = false;
    auto ran = whenDialogShown<AnnotationDialog>([&refusedEmpty](AnnotationDialog *dialog) {
        dialog->accept(); // nothing written yet
        refusedEmpty =
            dialog->isVisible() && dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->isVisible();
        write(dialog, QStringLiteral("Is the fall in robbery real?"));
    });
    QTest::mouseClick(comment, Qt::LeftButton);
    QVERIFY(*ran);
    QVERIFY(refusedEmpty);
    QList<AnnotationThread> all = threads();
    QCOMPARE(all.size(), 1);
    const Annotation root = all.constFirst().root;
    QCOMPARE(root.text, QStringLiteral("Is the fall in robbery real?"));
    QCOMPARE(root.author, QStringLiteral("Ann Adviser"));
    QCOMPARE(root.visibility, Visibility::Internal); // the default
    QCOMPARE(root.anchor, AnnotationAnchor::onItem(m_pack.uid, item.uid));
    QCOMPARE(m_panel->currentUid(), root.uid); // the new thread is selected
    // The tree shows the item's open thread.
    QCOMPARE(m_editor->model()->indexOfItem(item.id).data(PackModel::OpenAnnotationsRole).toInt(), 1);

    ran = whenDialogShown<AnnotationDialog>(
        [](AnnotationDialog *dialog) { write(dialog, QStringLiteral("Yes: see the control chart."), true); });
    QTest::mouseClick(find<QPushButton>("replyButton"), Qt::LeftButton);
    QVERIFY(*ran);
    all = threads();
    QCOMPARE(all.constFirst().replies.size(), 1);
    QCOMPARE(all.constFirst().replies.constFirst().text, QStringLiteral("Yes: see the control chart."));
    QCOMPARE(all.constFirst().replies.constFirst().visibility, Visibility::Publishable);
    QCOMPARE(all.constFirst().replies.constFirst().threadUid, root.uid);

    clickThread(0);
    auto *resolve = find<QPushButton>("resolveButton");
    QCOMPARE(resolve->text().remove(u'&'), QStringLiteral("Resolve"));
    QTest::mouseClick(resolve, Qt::LeftButton);
    QVERIFY(m_ws->annotations().annotation(root.uid)->resolved);
    QCOMPARE(m_ws->annotations().annotation(root.uid)->resolvedBy, QStringLiteral("Ann Adviser"));
    QCOMPARE(resolve->text().remove(u'&'), QStringLiteral("Reopen"));
    QCOMPARE(find<QLabel>("annotationCount")->text(), QStringLiteral("0 open, 1 in all"));
    QTest::mouseClick(resolve, Qt::LeftButton); // reopen
    QVERIFY(!m_ws->annotations().annotation(root.uid)->resolved);
    m_ws->undoStack().undo(); // resolved again
    QVERIFY(m_ws->annotations().annotation(root.uid)->resolved);
    m_ws->undoStack().undo(); // open
    m_ws->undoStack().undo(); // no reply
    QCOMPARE(threads().constFirst().replies.size(), 0);
    m_ws->undoStack().undo(); // no thread
    QCOMPARE(threads().size(), 0);
    QCOMPARE(m_panel->tree()->model()->rowCount(), 0);
}

void TestAnnotationPanel::filters()
{
    QVERIFY(setUp(false));
    const PackItem item = addItem(PackItemKind::Narrative, QStringLiteral("Summary"), 1);
    // Three threads: mine and internal; someone else's, publishable; mine, resolved.
    const auto add = [&](const QString &text, const QString &author, Visibility visibility) {
        Annotation a;
        a.anchor = AnnotationAnchor::onItem(m_pack.uid, item.uid);
        a.text = text;
        a.author = author;
        a.createdAt = QDateTime::currentDateTimeUtc();
        a.visibility = visibility;
        return *m_ws->annotations().add(a);
    };
    add(QStringLiteral("mine, internal"), QStringLiteral("Ann Adviser"), Visibility::Internal);
    add(QStringLiteral("theirs, publishable"), QStringLiteral("Ben Officer"), Visibility::Publishable);
    const Annotation resolved =
        add(QStringLiteral("mine, resolved"), QStringLiteral("Ann Adviser"), Visibility::Publishable);
    QVERIFY(m_ws->annotations().setResolved(resolved.uid, true));

    QAbstractItemModel *shown = m_panel->tree()->model();
    const auto texts = [shown] {
        QStringList out;
        for (int row = 0; row < shown->rowCount(); ++row)
            out.append(shown->index(row, 0).data().toString());
        return out;
    };
    QCOMPARE(shown->rowCount(), 3);
    auto *state = find<QComboBox>("stateFilter");
    state->setFocus();
    QTest::keyClick(state, Qt::Key_Down); // Open
    QCOMPARE(texts(), (QStringList{QStringLiteral("mine, internal"), QStringLiteral("theirs, publishable")}));
    QTest::keyClick(state, Qt::Key_Down); // Resolved
    QCOMPARE(texts(), QStringList{QStringLiteral("mine, resolved")});
    QTest::keyClick(state, Qt::Key_Home); // All
    QTest::mouseClick(find<QCheckBox>("mineFilter"), Qt::LeftButton);
    QCOMPARE(texts(), (QStringList{QStringLiteral("mine, internal"), QStringLiteral("mine, resolved")}));
    QTest::mouseClick(find<QCheckBox>("internalFilter"), Qt::LeftButton);
    QCOMPARE(texts(), QStringList{QStringLiteral("mine, internal")});
    QTest::mouseClick(find<QCheckBox>("mineFilter"), Qt::LeftButton);
    QCOMPARE(texts(), QStringList{QStringLiteral("mine, internal")});
    QTest::mouseClick(find<QCheckBox>("internalFilter"), Qt::LeftButton);
    QCOMPARE(shown->rowCount(), 3);
}

void TestAnnotationPanel::threadSelectsItsItem()
{
    QVERIFY(setUp(false));
    const PackItem first = addItem(PackItemKind::Narrative, QStringLiteral("First"), 1);
    const PackItem second = addItem(PackItemKind::Narrative, QStringLiteral("Second"), 1);
    Annotation a;
    a.anchor = AnnotationAnchor::onItem(m_pack.uid, first.uid);
    a.text = QStringLiteral("On the first item");
    QVERIFY(m_ws->annotations().add(a));
    selectItem(second.id);
    QCOMPARE(m_editor->itemEditor()->itemId(), second.id);
    clickThread(0);
    QCOMPARE(m_editor->itemEditor()->itemId(), first.id);
    QCOMPARE(m_editor->tree()->currentIndex().data().toString(), QStringLiteral("First"));
}

void TestAnnotationPanel::dataPointCommentIsMarkedOnTheChart()
{
    QVERIFY(setUp(true)); // demo data, so the measure has points
    const PackItem item = addItem(PackItemKind::Measure, QStringLiteral("Robbery"), 0);
    QVERIFY(item.id != 0);
    selectItem(item.id);
    PackItemPreview *preview = m_editor->itemEditor()->measureEditor()->preview();
    QCOMPARE(preview->annotationMarks(), 0);

    // The latest rolling year of the force area: the last point the chart draws.
    ScorecardOptions options;
    options.planCode = QStringLiteral("PCP-2025-29");
    const auto detail = m_ws->scorecards().measure(QStringLiteral("ROBBERY"), options);
    QVERIFY(detail && !detail->points.isEmpty());
    const QString period = detail->points.constLast().period.key();

    const auto ran = whenDialogShown<AnnotationDialog>([&period](AnnotationDialog *dialog) {
        // On the button's circle: a radio button takes clicks on its circle and label only.
        auto *onPoint = dialog->findChild<QRadioButton *>(QStringLiteral("onPointRadio"));
        QTest::mouseClick(onPoint, Qt::LeftButton, {}, QPoint(6, onPoint->height() / 2));
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("pointPeriodEdit"));
        edit->clear();
        QTest::keyClicks(edit, period);
        write(dialog, QStringLiteral("Check this month against the dashboard."));
    });
    QTest::mouseClick(find<QPushButton>("addCommentButton"), Qt::LeftButton);
    QVERIFY(*ran);
    const QList<AnnotationThread> all = threads();
    const auto mine = std::find_if(all.cbegin(), all.cend(), [](const AnnotationThread &thread) {
        return thread.root.text == QStringLiteral("Check this month against the dashboard.");
    });
    QVERIFY(mine != all.cend());
    QCOMPARE(mine->root.anchor, AnnotationAnchor::onPoint(QStringLiteral("ROBBERY"),
                                                          QStringLiteral("E23000001"), period, m_pack.uid));
    QCOMPARE(preview->annotationMarks(), 1);
    m_ws->undoStack().undo();
    QCOMPARE(preview->annotationMarks(), 0);
}

QTEST_MAIN(TestAnnotationPanel)
#include "tst_annotationpanel.moc"
