// The Boroughs page driven the way a person uses it, on a demo workspace: clicking a tile of
// the map selects that borough in the table, the funnel plot and the small multiples; the arrow
// keys in the table move the map's selection; a click in the funnel or on a small panel selects
// too; and without populations the funnel says what is needed.
#include "boroughs/boroughsmallmultiples.h"
#include "boroughs/boroughsview.h"
#include "boroughs/boroughtilemap.h"
#include "charts/funnelchart.h"
#include "models/boroughmodel.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestBoroughsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clickingATileSelectsTheBoroughEverywhere();
    void arrowKeysInTheTableMoveTheMap();
    void clickingAFunnelPointOrAPanelSelects();
    void colouringFollowsThePicker();
    void withoutPopulationTheFunnelSaysWhatIsNeeded();

private:
    QString tableCode() const;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<BoroughsView> m_view;
};

namespace {
const QString kCamden = QStringLiteral("E09000007");
const QString kSutton = QStringLiteral("E09000029");
} // namespace

void TestBoroughsView::initTestCase()
{
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("demo.cwb")), CreateOptions{true});
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
}

void TestBoroughsView::init()
{
    m_view = std::make_unique<BoroughsView>(*m_ws);
    m_view->resize(1300, 850);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(m_view->selectPlan(QStringLiteral("PCP-2025-29")));
    QVERIFY(m_view->selectMeasure(QStringLiteral("ROBBERY")));
    QCOMPARE(m_view->model()->rowCount(), 32);
}

void TestBoroughsView::cleanup()
{
    m_view.reset();
}

QString TestBoroughsView::tableCode() const
{
    return m_view->table()->currentIndex().data(BoroughModel::CodeRole).toString();
}

void TestBoroughsView::clickingATileSelectsTheBoroughEverywhere()
{
    BoroughTileMap *map = m_view->tileMap();
    const QRect tile = map->tileRect(kCamden);
    QVERIFY(!tile.isEmpty());
    QVERIFY(tableCode() != kCamden);
    QTest::mouseClick(map, Qt::LeftButton, {}, tile.center());
    QCOMPARE(map->currentCode(), kCamden);
    QCOMPARE(tableCode(), kCamden);
    QCOMPARE(m_view->table()->currentIndex().siblingAtColumn(BoroughModel::BoroughColumn).data().toString(),
             QStringLiteral("Camden"));
    QCOMPARE(m_view->funnel()->selected(), kCamden);
    QCOMPARE(m_view->smallMultiples()->currentRow(), m_view->model()->rowOf(kCamden));
    QCOMPARE(m_view->currentBorough(), kCamden);
    // The City of London has no MPS data: its tile selects nothing.
    QTest::mouseClick(map, Qt::LeftButton, {}, map->tileRect(QStringLiteral("E09000001")).center());
    QCOMPARE(m_view->currentBorough(), kCamden);
}

void TestBoroughsView::arrowKeysInTheTableMoveTheMap()
{
    QTableView *table = m_view->table();
    // Sort by rate, highest first, so the order is not the model's.
    table->sortByColumn(BoroughModel::RateColumn, Qt::DescendingOrder);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString first = tableCode();
    QCOMPARE(m_view->tileMap()->currentCode(), first);
    QTest::keyClick(table, Qt::Key_Down);
    const QString second = table->model()->index(1, 0).data(BoroughModel::CodeRole).toString();
    QCOMPARE(tableCode(), second);
    QCOMPARE(m_view->tileMap()->currentCode(), second);
    QCOMPARE(m_view->funnel()->selected(), second);
    // The second-highest rate is no higher than the first.
    const BoroughModel *model = m_view->model();
    QVERIFY(*model->borough(model->rowOf(first)).rate >= *model->borough(model->rowOf(second)).rate);
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(m_view->tileMap()->currentCode(), first);
}

void TestBoroughsView::clickingAFunnelPointOrAPanelSelects()
{
    FunnelChart *funnel = m_view->funnel();
    const QPoint at = funnel->positionOf(kSutton);
    QVERIFY(!at.isNull());
    QTest::mouseClick(funnel->mouseArea(), Qt::LeftButton, {}, at);
    QCOMPARE(m_view->currentBorough(), kSutton);
    QCOMPARE(m_view->tileMap()->currentCode(), kSutton);
    QCOMPARE(tableCode(), kSutton);

    BoroughSmallMultiples *multiples = m_view->smallMultiples();
    const int camden = m_view->model()->rowOf(kCamden);
    QTest::mouseClick(multiples, Qt::LeftButton, {}, multiples->panelRect(camden).center());
    QCOMPARE(m_view->tileMap()->currentCode(), kCamden);
    QCOMPARE(m_view->funnel()->selected(), kCamden);
    QCOMPARE(tableCode(), kCamden);
}

void TestBoroughsView::colouringFollowsThePicker()
{
    auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("colouringCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(BoroughTileMap::Colouring::Rate)));
    QCOMPARE(m_view->tileMap()->colouring(), BoroughTileMap::Colouring::Rate);
    combo->setCurrentIndex(combo->findData(int(BoroughTileMap::Colouring::Change)));
    QCOMPARE(m_view->tileMap()->colouring(), BoroughTileMap::Colouring::Change);
}

// Runs last: it removes the populations.
void TestBoroughsView::withoutPopulationTheFunnelSaysWhatIsNeeded()
{
    QVERIFY(m_view->funnelMessage().contains(QStringLiteral("Exceptions")));
    m_ws->database().exec(QStringLiteral("DELETE FROM observation WHERE period_kind = 'calendar_year'"));
    QVERIFY(m_view->selectMeasure(QStringLiteral("KNIFE-INJ")));
    QVERIFY(m_view->selectMeasure(QStringLiteral("ROBBERY")));
    QVERIFY2(m_view->funnelMessage().contains(QStringLiteral("population")),
             qPrintable(m_view->funnelMessage()));
    auto *button = m_view->findChild<QPushButton *>(QStringLiteral("importPopulationButton"));
    QVERIFY(button && button->isVisible());
    QCOMPARE(m_view->model()->rowCount(), 32); // the table still compares the counts
}

QTEST_MAIN(TestBoroughsView)
#include "tst_boroughsview.moc"
