// The Scorecard page driven the way a person uses it: filters chosen with the keyboard, a plan
// chosen by typing, a measure selected with the mouse and opened with Enter in the explorer,
// and the explorer switched to a borough. Checked against the ScorecardService's results.
#include <memory>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "charts/serieschart.h"
#include "models/scorecardfiltermodel.h"
#include "models/scorecardmodel.h"
#include "scorecard/measureexplorer.h"
#include "scorecard/scorecardtabs.h"
#include "scorecard/scorecardview.h"
#include "scorecard/statusdetails.h"
#include "services/planservice.h"
#include "services/scorecardservice.h"
#include "workspace/workspace.h"

using namespace cw;

class TestScorecardView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void opensOnTheNewestPlan();
    void statusFilterShowsOnlyThatStatus_data();
    void statusFilterShowsOnlyThatStatus();
    void choosingAnotherPlanShowsItsMeasures();
    void asOfMonthLimitsTheData();
    void copiedPlanAppearsInThePlanList();
    void selectingAMeasureShowsTheReasons();
    void enterOpensTheExplorer();
    void surveyMeasureHasOneChartWithLimits();
    void explorerSwitchesArea();

private:
    template <typename T>
    T *find(const char *name) const
    {
        T *widget = m_tabs->findChild<T *>(QLatin1String(name));
        if (widget == nullptr)
            qWarning("No widget %s", name);
        return widget;
    }
    // Moves `combo` with the arrow keys until its data is `value`; false if never reached.
    static bool chooseWithKeys(QComboBox *combo, const QString &value);
    void clickRowOf(const QString &code);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ScorecardTabs> m_tabs;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestScorecardView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto created = Workspace::create(m_dir.filePath(QStringLiteral("demo.cwb")), CreateOptions{true});
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    m_ws = std::move(created).value();
}

void TestScorecardView::init()
{
    m_tabs = std::make_unique<ScorecardTabs>(*m_ws);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_tabs->scorecard()->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tabs->resize(1300, 800);
    m_tabs->show();
    m_tabs->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_tabs.get()));
}

void TestScorecardView::cleanup()
{
    m_tester.reset();
    m_tabs.reset();
}

void TestScorecardView::cleanupTestCase()
{
    m_ws.reset();
}

bool TestScorecardView::chooseWithKeys(QComboBox *combo, const QString &value)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->currentData().toString() == value)
            return true;
        QTest::keyClick(combo, Qt::Key_Down);
    }
    return combo->currentData().toString() == value;
}

void TestScorecardView::clickRowOf(const QString &code)
{
    QTableView *table = find<QTableView>("scorecardTable");
    QVERIFY(table);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, ScorecardModel::MeasureColumn);
        if (index.data(ScorecardModel::MeasureCodeRole).toString() != code)
            continue;
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QCOMPARE(table->currentIndex().data(ScorecardModel::MeasureCodeRole).toString(), code);
        return;
    }
    QFAIL(qPrintable(QStringLiteral("No row for %1").arg(code)));
}

void TestScorecardView::opensOnTheNewestPlan()
{
    auto *plan = find<QComboBox>("planCombo");
    QVERIFY(plan);
    QCOMPARE(plan->count(), 2);
    QCOMPARE(find<QTableView>("scorecardTable")->model()->rowCount(), 17);
    QCOMPARE(m_tabs->scorecard()->options().planCode, plan->currentData().toString());
    QVERIFY(find<QComboBox>("asOfEdit"));
    QVERIFY(find<QComboBox>("priorityFilter"));
    QVERIFY(find<MeasureExplorer>("measureExplorer"));
    QVERIFY(find<ScorecardView>("scorecardView"));
}

void TestScorecardView::statusFilterShowsOnlyThatStatus_data()
{
    QTest::addColumn<QString>("status");
    for (const char *name : {"on_track", "at_risk", "off_track", "no_target", "insufficient_data"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestScorecardView::statusFilterShowsOnlyThatStatus()
{
    QFETCH(QString, status);
    // What the service says for the same plan: the rows the filter must leave.
    const Result<QList<ScorecardRow>> rows = m_ws->scorecards().scorecard(m_tabs->scorecard()->options());
    QVERIFY(rows);
    QStringList expected;
    for (const ScorecardRow &row : *rows) {
        if (toName(row.status.effectiveStatus()) == status)
            expected.append(row.measure.code);
    }

    QVERIFY(chooseWithKeys(find<QComboBox>("statusFilter"), status));
    const QAbstractItemModel *shown = find<QTableView>("scorecardTable")->model();
    QStringList visible;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, ScorecardModel::StatusColumn);
        QCOMPARE(index.data(ScorecardModel::StatusNameRole).toString(), status);
        visible.append(index.data(ScorecardModel::MeasureCodeRole).toString());
    }
    QCOMPARE(visible, expected);

    QVERIFY(chooseWithKeys(find<QComboBox>("statusFilter"), QString()));
    QCOMPARE(shown->rowCount(), 17);
}

void TestScorecardView::choosingAnotherPlanShowsItsMeasures()
{
    auto *plan = find<QComboBox>("planCombo");
    plan->setFocus();
    QTest::keyClicks(plan, QStringLiteral("PCP-2013"));
    QCOMPARE(plan->currentData().toString(), QStringLiteral("PCP-2013-16"));
    QCOMPARE(find<QTableView>("scorecardTable")->model()->rowCount(), 6);
    QCOMPARE(m_tabs->scorecard()->model()->options().planCode, QStringLiteral("PCP-2013-16"));
    // The priority filter now lists the 2013–16 plan's priorities.
    auto *priority = find<QComboBox>("priorityFilter");
    const Result<QList<ScorecardRow>> rows = m_ws->scorecards().scorecard(m_tabs->scorecard()->options());
    QVERIFY(rows);
    QSet<QString> priorities;
    for (const ScorecardRow &row : *rows)
        priorities.insert(row.priorityCode);
    QCOMPARE(priority->count(), priorities.size() + 1);
    QVERIFY(chooseWithKeys(priority, *priorities.cbegin()));
    QVERIFY(find<QTableView>("scorecardTable")->model()->rowCount() > 0);
}

void TestScorecardView::asOfMonthLimitsTheData()
{
    QVERIFY(chooseWithKeys(find<QComboBox>("asOfEdit"), QStringLiteral("2024-06")));
    const ScorecardOptions options = m_tabs->scorecard()->model()->options();
    QCOMPARE(options.asOf, QStringLiteral("2024-06"));
    const ScorecardModel *model = m_tabs->scorecard()->model();
    const ScorecardRow *robbery = model->rowAt(model->rowOf(QStringLiteral("ROBBERY")));
    QVERIFY(robbery && robbery->latest);
    QCOMPARE(robbery->latest->period.key(), QStringLiteral("R12:2024-06"));
    // The same as the service gives for that month.
    const Result<QList<ScorecardRow>> rows = m_ws->scorecards().scorecard(options);
    QVERIFY(rows);
    for (const ScorecardRow &row : *rows) {
        if (row.measure.code == QLatin1String("ROBBERY"))
            QCOMPARE(row.latest->value, robbery->latest->value);
    }
}

void TestScorecardView::copiedPlanAppearsInThePlanList()
{
    auto *plan = find<QComboBox>("planCombo");
    QVERIFY(chooseWithKeys(plan, QStringLiteral("PCP-2013-16")));
    const Result<QList<Plan>> plans = m_ws->plans().plans();
    QVERIFY(plans);
    qint64 id = 0;
    for (const Plan &each : *plans)
        id = each.code == QLatin1String("PCP-2025-29") ? each.id : id;
    const Result<Plan> copy =
        m_ws->plans().copyPlan(id, QStringLiteral("MY-PLAN"), QStringLiteral("My plan"));
    QVERIFY(copy);
    QVERIFY(plan->findData(QStringLiteral("MY-PLAN")) >= 0);
    QCOMPARE(plan->currentData().toString(), QStringLiteral("PCP-2013-16")); // still shown
    QVERIFY(chooseWithKeys(plan, QStringLiteral("MY-PLAN")));
    QCOMPARE(find<QTableView>("scorecardTable")->model()->rowCount(), 17);
    QVERIFY(m_ws->plans().removePlan(copy->id));
    QVERIFY(plan->findData(QStringLiteral("MY-PLAN")) < 0);
}

void TestScorecardView::selectingAMeasureShowsTheReasons()
{
    auto *details = find<StatusDetails>("statusDetails");
    // The first measure is selected at first, so that its reasons show.
    QVERIFY2(details->toPlainText().contains(QStringLiteral("KNIFE-INJ")),
             qPrintable(details->toPlainText()));
    clickRowOf(QStringLiteral("ROBBERY"));
    const ScorecardModel *model = m_tabs->scorecard()->model();
    const ScorecardRow *row = model->rowAt(model->rowOf(QStringLiteral("ROBBERY")));
    QVERIFY(row);
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(row->status.reason), qPrintable(text));
    QVERIFY(text.contains(displayName(row->change.flag)));
    QVERIFY(text.contains(displayName(row->spc.assurance)));
    QVERIFY(text.contains(ScorecardModel::comparatorText(row->comparator.flag)));
    if (!row->change.test.isEmpty())
        QVERIFY(text.contains(row->change.test));
}

void TestScorecardView::enterOpensTheExplorer()
{
    clickRowOf(QStringLiteral("ROBBERY"));
    QTableView *table = find<QTableView>("scorecardTable");
    QTest::keyClick(table, Qt::Key_Down); // the next measure, chosen with the keyboard
    const QString code = table->currentIndex().data(ScorecardModel::MeasureCodeRole).toString();
    QCOMPARE(code, QStringLiteral("KNIFE-ROBBERY"));
    QTest::keyClick(table, Qt::Key_Return);

    auto *explorer = find<MeasureExplorer>("measureExplorer");
    QCOMPARE(m_tabs->currentWidget(), explorer);
    QCOMPARE(explorer->measureCode(), code);
    QVERIFY(find<QLabel>("explorerTitle")->text().startsWith(code));
    QVERIFY(!find<QLabel>("explorerMessage")->isVisible());
    // A monthly count with a below-baseline target: rolling years with the baseline and the
    // trajectory; beside them the control chart of the months, with its limits.
    const QStringList series = explorer->chart()->seriesNames();
    QVERIFY2(series.contains(QStringLiteral("Rolling 12 months")), qPrintable(series.join(u',')));
    QVERIFY(series.contains(QStringLiteral("Trajectory")));
    QVERIFY(std::any_of(series.cbegin(), series.cend(),
                        [](const QString &name) { return name.startsWith(QStringLiteral("Baseline")); }));
    QVERIFY(!series.contains(QStringLiteral("Control limits")));
    QVERIFY(explorer->controlChart()->isVisible());
    const QStringList control = explorer->controlChart()->seriesNames();
    QVERIFY2(control.contains(QStringLiteral("Monthly")), qPrintable(control.join(u',')));
    QVERIFY(control.contains(QStringLiteral("Control limits")));
    QVERIFY(control.contains(QStringLiteral("Mean")));
}

void TestScorecardView::surveyMeasureHasOneChartWithLimits()
{
    QVERIFY(m_tabs->exploreMeasure(QStringLiteral("PAS-TRUST")));
    auto *explorer = find<MeasureExplorer>("measureExplorer");
    QCOMPARE(explorer->measureCode(), QStringLiteral("PAS-TRUST"));
    QVERIFY(!explorer->controlChart()->isVisible());
    const QStringList series = explorer->chart()->seriesNames();
    QVERIFY2(series.contains(QStringLiteral("Control limits")), qPrintable(series.join(u',')));
    QVERIFY(series.contains(QStringLiteral("Trajectory")));
}

void TestScorecardView::explorerSwitchesArea()
{
    QVERIFY(m_tabs->exploreMeasure(QStringLiteral("ROBBERY")));
    auto *explorer = find<MeasureExplorer>("measureExplorer");
    auto *area = find<QComboBox>("areaCombo");
    QCOMPARE(area->count(), 33); // the force area and 32 boroughs
    QCOMPARE(explorer->areaCode(), QStringLiteral("E23000001"));
    const QString forceTitle = explorer->chart()->title();

    QVERIFY(chooseWithKeys(area, QStringLiteral("E09000033"))); // Westminster
    QCOMPARE(explorer->areaCode(), QStringLiteral("E09000033"));
    QVERIFY2(explorer->chart()->title().contains(QStringLiteral("Westminster")),
             qPrintable(explorer->chart()->title()));
    QVERIFY(explorer->chart()->title() != forceTitle);
    QVERIFY(explorer->chart()->seriesNames().contains(QStringLiteral("Rolling 12 months")));
}

QTEST_MAIN(TestScorecardView)
#include "tst_scorecardview.moc"
