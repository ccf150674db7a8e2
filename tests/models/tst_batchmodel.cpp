// BatchModel under QAbstractItemModelTester while batches are imported (tidy CSV fixtures)
// and removed: precise row signals, newest first, and the values each column shows.
#include "models/batchmodel.h"
#include "services/importservice.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestBatchModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsEmpty();
    void showsTheDemoBatchUnderItsLabel();
    void followsImportsAndRemovalsPrecisely();
    void columnsShowTheBatch_data();
    void columnsShowTheBatch();
    void ignoresAnAnnouncementTwice();

private:
    bool open(bool demo = false);
    QString writeFixture(const QString &name, const QByteArray &contents);
    ImportReport import(const QString &path, bool skipInvalid = false);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<BatchModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_counter = 0;
};

namespace {

const QByteArray kRobbery = "indicator,area,period,value\n"
                            "test:Robbery,E09000007,2024-01,12\n"
                            "test:Robbery,E09000007,2024-02,15\n"
                            "test:Robbery,E09000033,2024-01,30\n";
const QByteArray kBurglary = "indicator,area,period,value\n"
                             "test:Burglary,E09000007,2024-01,40\n"
                             "test:Burglary,E09000007,2024-02,41\n";
// Line 3 has a period that is not one; with "skip invalid rows" the other two go in.
const QByteArray kOneBadRow = "indicator,area,period,value\n"
                              "test:Theft,E09000007,2024-01,5\n"
                              "test:Theft,E09000007,2024-13,6\n"
                              "test:Theft,E09000007,2024-03,7\n";

} // namespace

bool TestBatchModel::open(bool demo)
{
    CreateOptions options;
    options.demo = demo;
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("m%1.cwb").arg(++m_counter)), options);
    if (!ws) {
        qWarning("%s", qPrintable(ws.error().message));
        return false;
    }
    m_ws = std::move(ws).value();
    m_model = std::make_unique<BatchModel>(m_ws->imports());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return true;
}

void TestBatchModel::init()
{
    QVERIFY(m_dir.isValid());
}

void TestBatchModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_ws.reset();
}

QString TestBatchModel::writeFixture(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size())
        qFatal("Could not write the fixture %s", qPrintable(path));
    return path;
}

ImportReport TestBatchModel::import(const QString &path, bool skipInvalid)
{
    ImportOptions options;
    options.skipInvalid = skipInvalid;
    options.user = QStringLiteral("tester");
    return m_ws->imports().importFile(path, options);
}

void TestBatchModel::startsEmpty()
{
    QVERIFY(open());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(BatchModel::ColumnCount));
    QVERIFY(!m_model->error());
    QCOMPARE(m_model->headerData(BatchModel::FileColumn, Qt::Horizontal).toString(), QStringLiteral("File"));
}

void TestBatchModel::showsTheDemoBatchUnderItsLabel()
{
    QVERIFY(open(true));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, BatchModel::FileColumn).data().toString(),
             QStringLiteral("Illustrative demo data"));
    QVERIFY(m_model->index(0, BatchModel::FileColumn).data(BatchModel::DemoRole).toBool());
    QVERIFY(m_model->index(0, BatchModel::ObservationsColumn).data(BatchModel::SortRole).toLongLong() > 0);
}

void TestBatchModel::followsImportsAndRemovalsPrecisely()
{
    QVERIFY(open());
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    const ImportReport first = import(writeFixture(QStringLiteral("robbery.csv"), kRobbery));
    QCOMPARE(first.status, ImportReport::Status::Imported);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);

    const ImportReport second = import(writeFixture(QStringLiteral("burglary.csv"), kBurglary));
    QCOMPARE(second.status, ImportReport::Status::Imported);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0); // newest first
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, BatchModel::IdColumn).data(BatchModel::BatchIdRole).toLongLong(),
             second.batchId);
    QCOMPARE(m_model->index(1, BatchModel::IdColumn).data(BatchModel::BatchIdRole).toLongLong(),
             first.batchId);
    QCOMPARE(m_model->rowOf(first.batchId), 1);

    // The same bytes again change nothing.
    const ImportReport again = import(m_dir.filePath(QStringLiteral("robbery.csv")));
    QCOMPARE(again.status, ImportReport::Status::Unchanged);
    QCOMPARE(inserted.size(), 2);

    // A rejected file adds no row.
    const ImportReport rejected = import(writeFixture(QStringLiteral("bad.csv"), kOneBadRow));
    QCOMPARE(rejected.status, ImportReport::Status::Rejected);
    QCOMPARE(m_model->rowCount(), 2);

    QVERIFY(m_ws->imports().removeBatch(first.batchId).ok());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowOf(first.batchId), -1);

    QVERIFY(m_ws->imports().removeBatch(second.batchId).ok());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(reset.size(), 0);
}

void TestBatchModel::columnsShowTheBatch_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("sortValue");
    QTest::addColumn<QString>("display");

    QTest::newRow("file") << int(BatchModel::FileColumn) << QVariant(QStringLiteral("bad.csv"))
                          << QStringLiteral("bad.csv");
    QTest::newRow("format") << int(BatchModel::FormatColumn) << QVariant(QStringLiteral("tidy csv"))
                            << QStringLiteral("Tidy CSV");
    QTest::newRow("imported by") << int(BatchModel::ImportedByColumn) << QVariant(QStringLiteral("tester"))
                                 << QStringLiteral("tester");
    QTest::newRow("rows read") << int(BatchModel::RowsReadColumn) << QVariant(qint64(3))
                               << QStringLiteral("3");
    QTest::newRow("rows accepted") << int(BatchModel::RowsAcceptedColumn) << QVariant(qint64(2))
                                   << QStringLiteral("2");
    QTest::newRow("rows skipped") << int(BatchModel::RowsSkippedColumn) << QVariant(qint64(1))
                                  << QStringLiteral("1");
    QTest::newRow("figures written") << int(BatchModel::ObservationsColumn) << QVariant(qint64(2))
                                     << QStringLiteral("2");
    QTest::newRow("revised") << int(BatchModel::RevisedColumn) << QVariant(qint64(0)) << QStringLiteral("0");
    QTest::newRow("duplicates") << int(BatchModel::DuplicatesColumn) << QVariant(qint64(0))
                                << QStringLiteral("0");
    QTest::newRow("unallocated") << int(BatchModel::UnallocatedColumn) << QVariant(qint64(0))
                                 << QStringLiteral("0");
}

void TestBatchModel::columnsShowTheBatch()
{
    QFETCH(int, column);
    QFETCH(QVariant, sortValue);
    QFETCH(QString, display);

    QVERIFY(open());
    const ImportReport report = import(writeFixture(QStringLiteral("bad.csv"), kOneBadRow), true);
    QCOMPARE(report.status, ImportReport::Status::Imported);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex index = m_model->index(0, column);
    QCOMPARE(index.data().toString(), display);
    QCOMPARE(index.data(BatchModel::SortRole), sortValue);
    QCOMPARE(index.data(BatchModel::BatchIdRole).toLongLong(), report.batchId);

    // The time is shown in local time and sorts as a date and time.
    const QDateTime at =
        m_model->index(0, BatchModel::ImportedAtColumn).data(BatchModel::SortRole).toDateTime();
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QVERIFY(!m_model->index(0, BatchModel::ImportedAtColumn).data().toString().isEmpty());
}

void TestBatchModel::ignoresAnAnnouncementTwice()
{
    QVERIFY(open());
    const ImportReport report = import(writeFixture(QStringLiteral("robbery.csv"), kRobbery));
    QCOMPARE(report.status, ImportReport::Status::Imported);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    // A batch written on another connection is announced once more; the model keeps one row.
    m_ws->imports().announceBatch(report.batchId);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_model->rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestBatchModel)
#include "tst_batchmodel.moc"
