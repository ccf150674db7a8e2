// ImportService: one batch per file, all or nothing; identical files change nothing;
// revisions become new vintages that can be queried as of an earlier batch; removing a batch
// restores what was current before it; cancelled and rejected imports write nothing.
#include "services/importservice.h"
#include "storage/database.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestImportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsAndReportsUnchanged();
    void rejectsInvalidFileWritingNothing();
    void skipInvalidListsSkippedRows();
    void revisionsAreVintages();
    void removeBatchRestoresPreviousVintage();
    void cancelWritesNothing();
    void truncatedFileIsRejected();
    void realStreetFile();

private:
    QString write(const QString &name, const QByteArray &content);
    qint64 observationCount() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_counter = 0;
};

void TestImportService::init()
{
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("i%1.cwb").arg(++m_counter)));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
}

void TestImportService::cleanup()
{
    m_ws.reset();
}

QString TestImportService::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    return path;
}

qint64 TestImportService::observationCount() const
{
    return m_ws->database().scalar(QStringLiteral("SELECT COUNT(*) FROM observation")).toLongLong();
}

void TestImportService::importsAndReportsUnchanged()
{
    ImportService &service = m_ws->imports();
    QSignalSpy added(&service, &ImportService::batchAdded);
    const QString path = write(QStringLiteral("a.csv"), "indicator,area,period,value\n"
                                                        "test:Robbery,E09000007,2024-01,12\n"
                                                        "test:Robbery,Camden,2024-02,15\n"
                                                        "test:Robbery,KINGSTON UPON THAMES,2024-02,4\n");
    const ImportReport first = service.importFile(path, {});
    QCOMPARE(first.status, ImportReport::Status::Imported);
    QCOMPARE(first.format, QStringLiteral("tidy"));
    QCOMPARE(first.rowsRead, 3);
    QCOMPARE(first.rowsAccepted, 3);
    QCOMPARE(first.observationsWritten, 3);
    QCOMPARE(first.valuesRevised, 0);
    QVERIFY(first.batchId > 0);
    QCOMPARE(added.count(), 1);
    const auto series = service.series(QStringLiteral("test:Robbery"), QStringLiteral("E09000007"));
    QVERIFY(series.ok());
    QCOMPARE(series->size(), 2);
    QCOMPARE(series->at(0).period, QStringLiteral("2024-01"));
    QCOMPARE(series->at(1).value, 15.0);

    const ImportReport again = service.importFile(path, {});
    QCOMPARE(again.status, ImportReport::Status::Unchanged);
    QCOMPARE(again.batchId, first.batchId);
    QCOMPARE(service.batches()->size(), 1);
    QCOMPARE(added.count(), 1);
    const Batch batch = service.batch(first.batchId).value();
    QCOMPARE(batch.sha256.size(), 64);
    QCOMPARE(batch.format, QStringLiteral("tidy"));
    QCOMPARE(batch.rowsRead, 3);
}

void TestImportService::rejectsInvalidFileWritingNothing()
{
    ImportService &service = m_ws->imports();
    const QString path = write(QStringLiteral("bad.csv"), "indicator,area,period,value\n"
                                                          "test:Robbery,E09000007,2024-01,12\n"
                                                          "test:Robbery,Atlantis,2024-02,15\n"
                                                          "test:Robbery,E09000007,2024-03,abc\n");
    const ImportReport report = service.importFile(path, {});
    QCOMPARE(report.status, ImportReport::Status::Rejected);
    QCOMPARE(report.rowsRejected, 2);
    QCOMPARE(report.errors.size(), 2);
    QCOMPARE(report.errors.at(0).line, 3);
    QCOMPARE(report.errors.at(0).column, 2);
    QCOMPARE(report.errors.at(1).line, 4);
    QCOMPARE(report.errors.at(1).column, 4);
    QCOMPARE(report.batchId, 0);
    QCOMPARE(observationCount(), 0);
    QVERIFY(service.batches()->isEmpty());
}

void TestImportService::skipInvalidListsSkippedRows()
{
    ImportService &service = m_ws->imports();
    const QString path = write(QStringLiteral("skip.csv"), "indicator,area,period,value\n"
                                                           "test:Robbery,E09000007,2024-01,12\n"
                                                           "test:Robbery,Atlantis,2024-02,15\n");
    ImportOptions options;
    options.skipInvalid = true;
    options.user = QStringLiteral("analyst");
    const ImportReport report = service.importFile(path, options);
    QCOMPARE(report.status, ImportReport::Status::Imported);
    QCOMPARE(report.rowsAccepted, 1);
    QCOMPARE(report.rowsRejected, 1);
    QCOMPARE(report.observationsWritten, 1);
    const Batch batch = service.batch(report.batchId).value();
    QCOMPARE(batch.importedBy, QStringLiteral("analyst"));
    QCOMPARE(batch.skippedRows.size(), 1);
    QCOMPARE(batch.skippedRows.first().line, 3);
    QCOMPARE(batch.skippedRows.first().column, 2);
}

void TestImportService::revisionsAreVintages()
{
    ImportService &service = m_ws->imports();
    const ImportReport first =
        service.importFile(write(QStringLiteral("v1.csv"), "indicator,area,period,value\n"
                                                           "test:Burglary,E09000003,2024-01,100\n"
                                                           "test:Burglary,E09000003,2024-02,110\n"),
                           {});
    QCOMPARE(first.status, ImportReport::Status::Imported);
    const ImportReport second =
        service.importFile(write(QStringLiteral("v2.csv"), "indicator,area,period,value\n"
                                                           "test:Burglary,E09000003,2024-01,100\n"
                                                           "test:Burglary,E09000003,2024-02,113\n"
                                                           "test:Burglary,E09000003,2024-03,120\n"),
                           {});
    QCOMPARE(second.status, ImportReport::Status::Imported);
    QCOMPARE(second.valuesRevised, 1);       // February changed
    QCOMPARE(second.observationsWritten, 2); // February's revision and March
    const auto now = service.series(QStringLiteral("test:Burglary"), QStringLiteral("E09000003")).value();
    QCOMPARE(now.size(), 3);
    QCOMPARE(now.at(1).value, 113.0);
    QCOMPARE(now.at(1).batchId, second.batchId);
    QCOMPARE(now.at(0).batchId, first.batchId); // unchanged values keep their vintage
    const auto then =
        service.series(QStringLiteral("test:Burglary"), QStringLiteral("E09000003"), {}, {}, first.batchId)
            .value();
    QCOMPARE(then.size(), 2);
    QCOMPARE(then.at(1).value, 110.0);
    const auto range = service
                           .series(QStringLiteral("test:Burglary"), QStringLiteral("E09000003"),
                                   QStringLiteral("2024-02"), QStringLiteral("2024-02"))
                           .value();
    QCOMPARE(range.size(), 1);
}

void TestImportService::removeBatchRestoresPreviousVintage()
{
    ImportService &service = m_ws->imports();
    QSignalSpy removed(&service, &ImportService::batchRemoved);
    const ImportReport first = service.importFile(
        write(QStringLiteral("r1.csv"), "indicator,area,period,value\ntest:X,E09000003,2024-01,1\n"), {});
    const ImportReport second = service.importFile(
        write(QStringLiteral("r2.csv"), "indicator,area,period,value\ntest:X,E09000003,2024-01,2\n"), {});
    QCOMPARE(service.series(QStringLiteral("test:X"), QStringLiteral("E09000003"))->first().value, 2.0);
    QVERIFY(service.removeBatch(second.batchId).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(service.series(QStringLiteral("test:X"), QStringLiteral("E09000003"))->first().value, 1.0);
    QVERIFY(service.removeBatch(first.batchId).ok());
    QVERIFY(service.series(QStringLiteral("test:X"), QStringLiteral("E09000003"))->isEmpty());
    QVERIFY(!service.removeBatch(first.batchId).ok());
}

void TestImportService::cancelWritesNothing()
{
    ImportService &service = m_ws->imports();
    const ImportReport report = service.importFile(
        write(QStringLiteral("c.csv"), "indicator,area,period,value\ntest:X,E09000003,2024-01,1\n"), {},
        [](qint64, qint64) { return false; });
    QCOMPARE(report.status, ImportReport::Status::Cancelled);
    QCOMPARE(observationCount(), 0);
    QVERIFY(service.batches()->isEmpty());
}

void TestImportService::truncatedFileIsRejected()
{
    ImportService &service = m_ws->imports();
    const ImportReport report = service.importFile(
        write(QStringLiteral("t.csv"),
              "indicator,area,period,value\ntest:X,E09000003,2024-01,1\n\"test:Y,E09000003,20"),
        {});
    QCOMPARE(report.status, ImportReport::Status::Rejected);
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(report.errors.first().line, 3);
    QCOMPARE(observationCount(), 0);
}

void TestImportService::realStreetFile()
{
    const QString data = cwtest::sharedDataDir();
    if (data.isEmpty())
        QSKIP("../shared/data is not present; the real-file checks need it.");
    ImportService &service = m_ws->imports();
    const ImportReport report = service.importFile(
        data + QStringLiteral("/police-uk/met-street-burglary/2023-01-metropolitan-street.csv"), {});
    QCOMPARE(report.status, ImportReport::Status::Imported);
    QCOMPARE(report.duplicatesDropped, 94); // see tst_policeukstreet for how these were derived
    QCOMPARE(report.unallocated, 167);
    const auto force =
        service.series(QStringLiteral("policeuk.street:Burglary"), QStringLiteral("E23000001")).value();
    QCOMPARE(force.size(), 1);
    QCOMPARE(force.first().value, 5049.0);
}

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
