// BoroughModel under QAbstractItemModelTester: rows from a hand-made comparison (so every
// figure is known), the sort role's numbers, the roles views rely on, and resets.
#include "models/boroughmodel.h"
#include "models/statusstyle.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace cw;

class TestBoroughModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsAndText();
    void sortRoleGivesNumbers_data();
    void sortRoleGivesNumbers();
    void sortsThroughAProxy();
    void rolesForViews();
    void resetsOnANewComparison();

private:
    std::unique_ptr<BoroughModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {

// Three boroughs. Rates: 1,200/300,000 × 1,000 = 4.00; 450/150,000 × 1,000 = 3.00;
// 900/200,000 × 1,000 = 4.50 (with the 2024 population: the 2025 one is missing).
BoroughComparison sample()
{
    BoroughComparison c;
    c.measure.code = QStringLiteral("ROBBERY");
    c.measure.unit = Unit::Count;
    c.basis = BoroughComparison::Basis::Rate;
    c.latestPeriod = Period::rolling12(2025, 12);
    const auto add = [&](const QString &code, const QString &name, double value, double population,
                         double percent, TrajectoryStatus status, std::optional<double> z,
                         Funnel::Position position) {
        BoroughRow row;
        row.code = code;
        row.name = name;
        row.latest.period = *c.latestPeriod;
        row.latest.value = value;
        row.population = population;
        row.populationYear = 2025;
        row.rate = value / population * 1000.0;
        row.change.percent = percent;
        row.change.flag =
            percent > 5 ? ChangeFlag::SignificantDeterioration : ChangeFlag::NoSignificantChange;
        row.status = status;
        row.funnelZ = z;
        row.position = position;
        c.rows.append(row);
    };
    add(QStringLiteral("E09000007"), QStringLiteral("Camden"), 1200, 300000, 8.0, TrajectoryStatus::OffTrack,
        2.4, Funnel::Position::Above95);
    add(QStringLiteral("E09000003"), QStringLiteral("Barnet"), 450, 150000, -3.0, TrajectoryStatus::OnTrack,
        -0.5, Funnel::Position::Within);
    add(QStringLiteral("E09000033"), QStringLiteral("Westminster"), 900, 200000, 1.5,
        TrajectoryStatus::AtRisk, std::nullopt, Funnel::Position::Within);
    c.rows[2].populationYear = 2024;
    c.rows[2].populationEarlier = true;
    return c;
}

} // namespace

void TestBoroughModel::init()
{
    m_model = std::make_unique<BoroughModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setComparison(sample());
}

void TestBoroughModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestBoroughModel::rowsAndText()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(BoroughModel::ColumnCount));
    const auto text = [&](int row, int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(text(0, BoroughModel::BoroughColumn), QStringLiteral("Camden"));
    QCOMPARE(text(0, BoroughModel::ValueColumn), QLocale().toString(1200));
    QCOMPARE(text(0, BoroughModel::RateColumn), QLocale().toString(4.0, 'f', 2));
    QCOMPARE(text(1, BoroughModel::RateColumn), QLocale().toString(3.0, 'f', 2));
    QVERIFY(text(2, BoroughModel::PopulationColumn).contains(QStringLiteral("2024")));
    QVERIFY(text(0, BoroughModel::ChangeColumn).contains(QStringLiteral("+8.0%")));
    QCOMPARE(text(0, BoroughModel::StatusColumn), StatusStyle::text(TrajectoryStatus::OffTrack));
    QVERIFY(text(0, BoroughModel::FunnelColumn).contains(QStringLiteral("above the 95% limit")));
    QCOMPARE(text(2, BoroughModel::FunnelColumn), QStringLiteral("–"));
    QVERIFY(m_model->headerData(BoroughModel::ValueColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("2025")));
    QCOMPARE(m_model->rowOf(QStringLiteral("E09000033")), 2);
    QCOMPARE(m_model->rowOf(QStringLiteral("E09000001")), -1);
}

void TestBoroughModel::sortRoleGivesNumbers_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariantList>("expected");
    QTest::newRow("value") << int(BoroughModel::ValueColumn) << QVariantList{1200.0, 450.0, 900.0};
    QTest::newRow("rate") << int(BoroughModel::RateColumn) << QVariantList{4.0, 3.0, 4.5};
    QTest::newRow("change") << int(BoroughModel::ChangeColumn) << QVariantList{8.0, -3.0, 1.5};
    // off track 2, on track 0, at risk 1
    QTest::newRow("status") << int(BoroughModel::StatusColumn) << QVariantList{2, 0, 1};
    // above 95%: 1 × 1,000 + |2.4|; within: 0 + |−0.5|; not on the funnel: the lowest double
    QTest::newRow("funnel") << int(BoroughModel::FunnelColumn)
                            << QVariantList{1002.4, 0.5, -std::numeric_limits<double>::max()};
}

void TestBoroughModel::sortRoleGivesNumbers()
{
    QFETCH(int, column);
    QFETCH(QVariantList, expected);
    for (int row = 0; row < 3; ++row) {
        const QVariant v = m_model->index(row, column).data(BoroughModel::SortRole);
        QVERIFY2(v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int, v.typeName());
        QVERIFY2(std::abs(v.toDouble() - expected.at(row).toDouble()) < 1e-9,
                 qPrintable(QString::number(v.toDouble())));
    }
}

void TestBoroughModel::sortsThroughAProxy()
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(BoroughModel::SortRole);
    proxy.sort(BoroughModel::RateColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Westminster")); // 4.50
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("Camden"));      // 4.00
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Barnet"));      // 3.00
}

void TestBoroughModel::rolesForViews()
{
    const QModelIndex camden = m_model->index(0, BoroughModel::RateColumn);
    QCOMPARE(camden.data(BoroughModel::CodeRole).toString(), QStringLiteral("E09000007"));
    QCOMPARE(camden.data(BoroughModel::StatusNameRole).toString(), QStringLiteral("off_track"));
    QCOMPARE(camden.data(BoroughModel::PositionNameRole).toString(), QStringLiteral("above_95"));
    QCOMPARE(m_model->index(2, 0).data(BoroughModel::PositionNameRole).toString(), QString());
    const QModelIndex status = m_model->index(0, BoroughModel::StatusColumn);
    QCOMPARE(status.data(Qt::BackgroundRole).value<QColor>(),
             StatusStyle::background(TrajectoryStatus::OffTrack));
}

void TestBoroughModel::resetsOnANewComparison()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    BoroughComparison fewer = sample();
    fewer.rows.removeLast();
    m_model->setComparison(fewer);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->index(0, 0).isValid(), false);
}

QTEST_GUILESS_MAIN(TestBoroughModel)
#include "tst_boroughmodel.moc"
