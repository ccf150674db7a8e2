// Runs `cwb import` and `cwb series` on real published files from ../shared/data (skipped
// when that folder is absent) and checks the figures against the files, counted here.
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "clitestkit.h"
#include "testsupport.h"

using cwtest::createWorkspace;
using cwtest::CwbRun;
using cwtest::integer;
using cwtest::onlyReport;
using cwtest::runCwb;
using cwtest::series;
using cwtest::seriesValues;

namespace {

const QString westminster = QStringLiteral("E09000033");

} // namespace

class TestCwbImportPublished : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policeUkStreet();
    void londonDatastore();
};

void TestCwbImportPublished::policeUkStreet()
{
    const QString data = cwtest::sharedDataDir();
    if (data.isEmpty())
        QSKIP("../shared/data is absent: the real police.uk file cannot be imported");
    const QString file =
        data + QStringLiteral("/police-uk/met-street-burglary/2023-01-metropolitan-street.csv");
    QVERIFY(QFile::exists(file));

    // What the file says, counted here independently: each Crime ID once (its first row), rows
    // without an ID each once; boroughs from the LSOA name.
    const QList<QStringList> rows = cwtest::readCsv(file);
    QVERIFY(rows.size() > 1000);
    const qsizetype idColumn = rows.at(0).indexOf(QStringLiteral("Crime ID"));
    const qsizetype lsoaColumn = rows.at(0).indexOf(QStringLiteral("LSOA name"));
    QSet<QString> seen;
    qint64 crimes = 0;
    qint64 duplicates = 0;
    qint64 inWestminster = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QString id = rows.at(i).at(idColumn);
        if (!id.isEmpty() && seen.contains(id)) {
            ++duplicates;
            continue;
        }
        seen.insert(id);
        ++crimes;
        if (rows.at(i).at(lsoaColumn).startsWith(QStringLiteral("Westminster ")))
            ++inWestminster;
    }
    QVERIFY(inWestminster > 0);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = createWorkspace(dir);
    const CwbRun run = runCwb({QStringLiteral("import"), workspace, file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = onlyReport(run);
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("policeuk.street"));
    QCOMPARE(integer(report, "rows_read"), qint64(rows.size() - 1));
    QCOMPARE(integer(report, "rows_rejected"), 0);
    QCOMPARE(integer(report, "duplicates_dropped"), duplicates);
    QVERIFY(integer(report, "observations_written") > 32);

    const QStringList burglary{QStringLiteral("--indicator"), QStringLiteral("policeuk.street:Burglary")};
    QCOMPARE(seriesValues(series(workspace, burglary)).value(QStringLiteral("2023-01")), double(crimes));
    QCOMPARE(seriesValues(series(workspace, burglary + QStringList{QStringLiteral("--area"), westminster}))
                 .value(QStringLiteral("2023-01")),
             double(inWestminster));
}

void TestCwbImportPublished::londonDatastore()
{
    const QString data = cwtest::sharedDataDir();
    if (data.isEmpty())
        QSKIP("../shared/data is absent: the real London Datastore file cannot be imported");
    const QString file =
        data + QStringLiteral("/london-datastore/MPS_Borough_Level_Crime_recent24_202303-202502.csv");
    QVERIFY(QFile::exists(file));

    // Residential burglary in June 2024 (the category starts in 2024), for Westminster and summed over every
    // row.
    const QList<QStringList> rows = cwtest::readCsv(file);
    const qsizetype month = rows.at(0).indexOf(QStringLiteral("202406"));
    QVERIFY(month > 0);
    double westminsterValue = -1;
    double total = 0;
    for (const QStringList &row : rows) {
        if (row.at(0) != QStringLiteral("BURGLARY") || row.at(1) != QStringLiteral("BURGLARY - RESIDENTIAL"))
            continue;
        total += row.at(month).toDouble();
        if (row.at(2) == QStringLiteral("Westminster"))
            westminsterValue = row.at(month).toDouble();
    }
    QVERIFY(westminsterValue > 0);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = createWorkspace(dir);
    const CwbRun run = runCwb({QStringLiteral("import"), workspace, file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = onlyReport(run);
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("mps.borough"));
    QCOMPARE(integer(report, "rows_read"), qint64(rows.size() - 1));

    const QStringList residential{QStringLiteral("--indicator"),
                                  QStringLiteral("mps.borough:BURGLARY/BURGLARY - RESIDENTIAL")};
    const QHash<QString, double> borough =
        seriesValues(series(workspace, residential + QStringList{QStringLiteral("--area"), westminster}));
    QCOMPARE(borough.size(), 24);
    QCOMPARE(borough.value(QStringLiteral("2024-06")), westminsterValue);
    QCOMPARE(seriesValues(series(workspace, residential)).value(QStringLiteral("2024-06")), total);

    // Importing it again changes nothing.
    const CwbRun again = runCwb({QStringLiteral("import"), workspace, file, QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(onlyReport(again).value(QStringLiteral("status")).toString(), QStringLiteral("unchanged"));
}

QTEST_GUILESS_MAIN(TestCwbImportPublished)
#include "tst_cwbimportpublished.moc"
