// ScorecardModel and ScorecardFilterModel under QAbstractItemModelTester on a demo workspace:
// the rows of the built-in plans, the roles views rely on (status name, sparkline, measure
// code), reloads for another plan, a plan that does not exist, and the filters.
#include "models/measureformat.h"
#include "models/scorecardfiltermodel.h"
#include "models/scorecardmodel.h"
#include "models/statusstyle.h"
#include "services/scorecardservice.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestScorecardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void rowsOfThePlan_data();
    void rowsOfThePlan();
    void robberyRowShowsEveryPart();
    void statusCellsHaveSymbolWordsAndColour();
    void reloadsForAnotherPlanWithAReset();
    void unknownPlanLeavesTheModelEmptyWithAnError();
    void filtersByPriorityAndStatus();

private:
    QModelIndex indexOf(const QString &code, int column) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ScorecardModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {

const QStringList kStatusNames = {QStringLiteral("on_track"), QStringLiteral("at_risk"),
                                  QStringLiteral("off_track"), QStringLiteral("no_target"),
                                  QStringLiteral("insufficient_data")};

ScorecardOptions optionsFor(const QString &planCode)
{
    ScorecardOptions options;
    options.planCode = planCode;
    return options;
}

} // namespace

// The model only reads: one demo workspace serves every test (each gets a fresh model).
void TestScorecardModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto created = Workspace::create(m_dir.filePath(QStringLiteral("demo.cwb")), CreateOptions{true});
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    m_ws = std::move(created).value();
}

void TestScorecardModel::cleanupTestCase()
{
    m_ws.reset();
}

void TestScorecardModel::init()
{
    m_model = std::make_unique<ScorecardModel>(m_ws->scorecards());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestScorecardModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

QModelIndex TestScorecardModel::indexOf(const QString &code, int column) const
{
    const int row = m_model->rowOf(code);
    return row < 0 ? QModelIndex() : m_model->index(row, column);
}

void TestScorecardModel::rowsOfThePlan_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstCode");
    QTest::newRow("2025-29") << QStringLiteral("PCP-2025-29") << 17 << QStringLiteral("KNIFE-INJ");
    QTest::newRow("2013-16") << QStringLiteral("PCP-2013-16") << 6 << QString();
}

void TestScorecardModel::rowsOfThePlan()
{
    QFETCH(QString, plan);
    QFETCH(int, rows);
    QFETCH(QString, firstCode);
    m_model->setOptions(optionsFor(plan));
    QVERIFY2(!m_model->error(), qPrintable(m_model->error() ? m_model->error()->message : QString()));
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(m_model->columnCount(), int(ScorecardModel::ColumnCount));
    if (!firstCode.isEmpty())
        QCOMPARE(m_model->index(0, 0).data(ScorecardModel::MeasureCodeRole).toString(), firstCode);
    // Every row: a status among the five, a measure code, a priority code.
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, ScorecardModel::StatusColumn);
        QVERIFY(kStatusNames.contains(index.data(ScorecardModel::StatusNameRole).toString()));
        QVERIFY(!index.data(ScorecardModel::MeasureCodeRole).toString().isEmpty());
        QVERIFY(!index.data(ScorecardModel::PriorityCodeRole).toString().isEmpty());
    }
}

void TestScorecardModel::robberyRowShowsEveryPart()
{
    m_model->setOptions(optionsFor(QStringLiteral("PCP-2025-29")));
    const int row = m_model->rowOf(QStringLiteral("ROBBERY"));
    QVERIFY(row >= 0);
    const ScorecardRow *data = m_model->rowAt(row);
    QVERIFY(data != nullptr);
    QCOMPARE(data->measure.code, QStringLiteral("ROBBERY"));

    const QModelIndex status = m_model->index(row, ScorecardModel::StatusColumn);
    QVERIFY(kStatusNames.contains(status.data(ScorecardModel::StatusNameRole).toString()));
    QCOMPARE(status.data(ScorecardModel::StatusNameRole).toString(), toName(data->status.effectiveStatus()));
    // The reason behind the status is there to read.
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), data->status.reason);
    QVERIFY(!data->status.reason.isEmpty());

    // The demo data run to 2025: a latest value with its period, and a 24-point sparkline.
    QVERIFY(data->latest.has_value());
    const QString latest = m_model->index(row, ScorecardModel::LatestColumn).data().toString();
    QVERIFY2(latest.contains(MeasureFormat::shortPeriod(data->latest->period)), qPrintable(latest));
    const QVariantList sparkline =
        m_model->index(row, ScorecardModel::TrendColumn).data(ScorecardModel::SparklineRole).toList();
    QCOMPARE(sparkline.size(), data->sparkline.size());
    QCOMPARE(sparkline.size(), 24);
    QCOMPARE(sparkline.constLast().toDouble(), data->sparkline.constLast());
    QCOMPARE(sparkline.constLast().toDouble(), data->latest->value);

    QCOMPARE(
        m_model->index(row, ScorecardModel::ChangeColumn).data(ScorecardModel::ChangeFlagNameRole).toString(),
        toName(data->change.flag));
    QVERIFY(m_model->index(row, ScorecardModel::ChangeColumn)
                .data()
                .toString()
                .startsWith(displayName(data->change.flag)));
    QCOMPARE(m_model->index(row, ScorecardModel::ComparatorColumn)
                 .data(ScorecardModel::ComparatorFlagRole)
                 .toString(),
             data->comparator.flag);
    QCOMPARE(m_model->index(row, ScorecardModel::MeasureColumn).data().toString(), data->measure.title);
}

void TestScorecardModel::statusCellsHaveSymbolWordsAndColour()
{
    m_model->setOptions(optionsFor(QStringLiteral("PCP-2025-29")));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, ScorecardModel::StatusColumn);
        const auto status = StatusStyle::fromName(index.data(ScorecardModel::StatusNameRole).toString());
        QVERIFY(status.has_value());
        const QString text = index.data().toString();
        QVERIFY2(text.startsWith(StatusStyle::symbol(*status) + u' ' + displayName(*status)),
                 qPrintable(text));
        QCOMPARE(index.data(Qt::BackgroundRole).value<QColor>(), StatusStyle::background(*status));
        QCOMPARE(index.data(Qt::ForegroundRole).value<QColor>(), StatusStyle::foreground(*status));
    }
    // Five different symbols, so that no two statuses look alike in greyscale.
    QSet<QString> symbols;
    for (const TrajectoryStatus status : StatusStyle::all())
        symbols.insert(StatusStyle::symbol(status));
    QCOMPARE(symbols.size(), 5);
}

void TestScorecardModel::reloadsForAnotherPlanWithAReset()
{
    m_model->setOptions(optionsFor(QStringLiteral("PCP-2025-29")));
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setOptions(optionsFor(QStringLiteral("PCP-2013-16")));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->options().planCode, QStringLiteral("PCP-2013-16"));
    QCOMPARE(m_model->rowOf(QStringLiteral("ROBBERY")), -1);
}

void TestScorecardModel::unknownPlanLeavesTheModelEmptyWithAnError()
{
    m_model->setOptions(optionsFor(QStringLiteral("PCP-2025-29")));
    m_model->setOptions(optionsFor(QStringLiteral("NO-SUCH-PLAN")));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->error().has_value());
    QVERIFY2(m_model->error()->message.contains(QStringLiteral("NO-SUCH-PLAN")),
             qPrintable(m_model->error()->message));
    m_model->setOptions(optionsFor(QStringLiteral("PCP-2025-29")));
    QVERIFY(!m_model->error());
    QCOMPARE(m_model->rowCount(), 17);
}

void TestScorecardModel::filtersByPriorityAndStatus()
{
    m_model->setOptions(optionsFor(QStringLiteral("PCP-2025-29")));
    ScorecardFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(m_model.get());
    QCOMPARE(filter.rowCount(), 17);

    filter.setPriorityCode(QStringLiteral("P1"));
    QCOMPARE(filter.rowCount(), 7);
    for (int row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.index(row, 0).data(ScorecardModel::PriorityCodeRole).toString(),
                 QStringLiteral("P1"));
    filter.setPriorityCode({});

    // Each status shows exactly the rows that have it, and together they are every row.
    int total = 0;
    for (const QString &name : kStatusNames) {
        filter.setStatusName(name);
        int expected = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            expected += m_model->rowAt(row)->status.effectiveStatus() == StatusStyle::fromName(name) ? 1 : 0;
        QCOMPARE(filter.rowCount(), expected);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, 0).data(ScorecardModel::StatusNameRole).toString(), name);
        total += filter.rowCount();
    }
    QCOMPARE(total, 17);
}

QTEST_MAIN(TestScorecardModel)
#include "tst_scorecardmodel.moc"
