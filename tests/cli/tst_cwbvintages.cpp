// Runs `cwb series`, `cwb batches` and `cwb batch remove` after importing tidy CSV files that
// revise each other: every vintage stays queryable, and removing a batch restores the values
// that were current before it.
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clitestkit.h"

using cwtest::createWorkspace;
using cwtest::CwbRun;
using cwtest::firstFile;
using cwtest::fixture;
using cwtest::integer;
using cwtest::onlyReport;
using cwtest::revisingFile;
using cwtest::runCwb;
using cwtest::series;
using cwtest::seriesValues;

namespace {

const QString westminster = QStringLiteral("E09000033");
const QString camden = QStringLiteral("E09000007");

} // namespace

class TestCwbVintages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void revisionKeepsVintages();
    void batchesText();
};

void TestCwbVintages::revisionKeepsVintages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = createWorkspace(dir);
    const CwbRun first =
        runCwb({QStringLiteral("import"), workspace, fixture(dir, QStringLiteral("first.csv"), firstFile),
                QStringLiteral("--json")});
    QCOMPARE(first.exitCode, 0);
    const qint64 firstBatch = integer(onlyReport(first), "batch_id");

    const CwbRun second =
        runCwb({QStringLiteral("import"), workspace,
                fixture(dir, QStringLiteral("revised.csv"), revisingFile), QStringLiteral("--json")});
    QCOMPARE(second.exitCode, 0);
    const QJsonObject report = onlyReport(second);
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(integer(report, "values_revised"), 2);
    const qint64 secondBatch = integer(report, "batch_id");
    QVERIFY(secondBatch > firstBatch);
    QCOMPARE(cwtest::batchList(workspace).size(), 2);

    const QStringList westminsterOffences{QStringLiteral("--indicator"), QStringLiteral("test:offences"),
                                          QStringLiteral("--area"), westminster};
    QHash<QString, double> now = seriesValues(series(workspace, westminsterOffences));
    QCOMPARE(now.value(QStringLiteral("2024-01")), 125.0);
    QCOMPARE(now.value(QStringLiteral("2024-02")), 131.0);
    QCOMPARE(now.value(QStringLiteral("2024-03")), 140.0);

    // As the first batch left it: the old value, and no March yet.
    const QJsonObject asFirst = series(
        workspace, westminsterOffences + QStringList{QStringLiteral("--batch"), QString::number(firstBatch)});
    QCOMPARE(integer(asFirst, "as_of_batch"), firstBatch);
    QHash<QString, double> then = seriesValues(asFirst);
    QCOMPARE(then.size(), 2);
    QCOMPARE(then.value(QStringLiteral("2024-01")), 120.0);
    QCOMPARE(seriesValues(series(workspace, {QStringLiteral("--indicator"), QStringLiteral("test:offences"),
                                             QStringLiteral("--area"), camden, QStringLiteral("--batch"),
                                             QString::number(firstBatch)}))
                 .value(QStringLiteral("2024-01")),
             88.0);

    // A batch that does not exist is an error, not an empty series.
    const CwbRun missing = runCwb(
        QStringList{QStringLiteral("series"), workspace, QStringLiteral("--batch"), QStringLiteral("999")} +
        westminsterOffences);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("999"), missing.err.constData());

    // Removing the revising batch restores what was current before it.
    const CwbRun remove =
        runCwb({QStringLiteral("batch"), QStringLiteral("remove"), workspace, QString::number(secondBatch)});
    QCOMPARE(remove.exitCode, 0);
    QVERIFY2(remove.errText().contains(QStringLiteral("Removed batch %1").arg(secondBatch)),
             remove.err.constData());
    now = seriesValues(series(workspace, westminsterOffences));
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.value(QStringLiteral("2024-01")), 120.0);
    QCOMPARE(integer(cwtest::workspaceInfo(workspace), "observations"), 4);
    QCOMPARE(cwtest::batchList(workspace).size(), 1);

    const CwbRun again =
        runCwb({QStringLiteral("batch"), QStringLiteral("remove"), workspace, QString::number(secondBatch)});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("has no batch"));
}

void TestCwbVintages::batchesText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = createWorkspace(dir);
    const CwbRun empty = runCwb({QStringLiteral("batches"), workspace});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.out.isEmpty());
    QVERIFY(empty.err.contains("no import batches"));

    QCOMPARE(
        runCwb({QStringLiteral("import"), workspace, fixture(dir, QStringLiteral("first.csv"), firstFile)})
            .exitCode,
        0);
    const CwbRun run = runCwb({QStringLiteral("batches"), workspace});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("ID  Imported (UTC)")));
    QVERIFY(lines.at(1).contains(QStringLiteral("  tidy  ")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("first.csv")));
}

QTEST_GUILESS_MAIN(TestCwbVintages)
#include "tst_cwbvintages.moc"
