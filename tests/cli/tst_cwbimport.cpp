// Runs `cwb import`, `cwb batches`, `cwb series` and `cwb batch remove` on small tidy CSV files
// written here (tst_cwbvintages covers revisions and batch removal, tst_cwbimportpublished
// the real published files).
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "clitestkit.h"
#include "testsupport.h"

using cwtest::createWorkspace;
using cwtest::CwbRun;
using cwtest::firstFile;
using cwtest::fixture;
using cwtest::integer;
using cwtest::malformedFile;
using cwtest::onlyReport;
using cwtest::revisingFile;
using cwtest::runCwb;
using cwtest::series;
using cwtest::seriesValues;

namespace {

const QString westminster = QStringLiteral("E09000033");
const QString force = QStringLiteral("E23000001");

} // namespace

class TestCwbImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void usageErrors_data();
    void usageErrors();
    void importJson();
    void importText();
    void reimportIsUnchanged();
    void malformedIsRejected();
    void skipInvalid();
    void severalFiles();
    void missingFileFails();
};

void TestCwbImport::help()
{
    const CwbRun run = runCwb({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *synopsis : {"import WORKSPACE FILE...", "batches WORKSPACE", "batch remove WORKSPACE ID",
                                 "series WORKSPACE --indicator KEY"})
        QVERIFY2(run.out.contains(synopsis), synopsis);
    QVERIFY(run.out.contains("3 input file rejected"));

    const CwbRun command =
        runCwb({QStringLiteral("help"), QStringLiteral("batch"), QStringLiteral("remove")});
    QCOMPARE(command.exitCode, 0);
    QVERIFY2(command.out.startsWith("Usage: cwb batch remove WORKSPACE ID"), command.out.constData());

    const CwbRun import = runCwb({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(import.exitCode, 0);
    QVERIFY(import.out.contains("--skip-invalid"));
    QVERIFY(import.out.contains("policeuk.street"));
    QVERIFY(import.out.contains("tidy"));
}

void TestCwbImport::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    QTest::newRow("import without files") << QStringList{s("import"), s("ws.cwb")} << s("missing FILE...");
    QTest::newRow("unknown format") << QStringList{s("import"), s("ws.cwb"), s("a.csv"), s("--format"),
                                                   s("xlsx")}
                                    << s("unknown format 'xlsx' (known formats: ");
    QTest::newRow("series without indicator")
        << QStringList{s("series"), s("ws.cwb")} << s("missing --indicator");
    QTest::newRow("series with a bad month")
        << QStringList{s("series"), s("ws.cwb"), s("--indicator"), s("a:b"), s("--from"), s("2024-13")}
        << s("--from '2024-13' is not a period");
    QTest::newRow("series with a bad batch")
        << QStringList{s("series"), s("ws.cwb"), s("--indicator"), s("a:b"), s("--batch"), s("first")}
        << s("--batch 'first' is not a batch number");
    QTest::newRow("batch remove without id")
        << QStringList{s("batch"), s("remove"), s("ws.cwb")} << s("missing ID");
    QTest::newRow("batch remove, not a number")
        << QStringList{s("batch"), s("remove"), s("ws.cwb"), s("x")} << s("'x' is not a batch number");
    QTest::newRow("batch without verb")
        << QStringList{s("batch"), s("ws.cwb")} << s("unknown command 'batch'");
}

void TestCwbImport::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The workspace named exists: a usage error must not touch it.
    const QString workspace = createWorkspace(dir);
    const QByteArray before = cwtest::fileSha256(workspace);
    for (QString &arg : args) {
        if (arg == QStringLiteral("ws.cwb"))
            arg = workspace;
    }
    const CwbRun run = runCwb(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(message), run.err.constData());
    QVERIFY(run.err.contains("Usage:"));
    QCOMPARE(cwtest::fileSha256(workspace), before);
    if (message.startsWith(QStringLiteral("unknown format"))) {
        for (const char *format : {"tidy", "policeuk.street", "mps.borough"})
            QVERIFY2(run.err.contains(format), format);
    }
}

void TestCwbImport::importJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = createWorkspace(dir);
    const QString file = fixture(dir, QStringLiteral("first.csv"), firstFile);

    const CwbRun run = runCwb({QStringLiteral("import"), workspace, file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData()); // no progress when stderr is not a terminal
    const QJsonObject report = onlyReport(run);
    QCOMPARE(report.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("tidy"));
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(integer(report, "rows_read"), 4);
    QCOMPARE(integer(report, "rows_accepted"), 4);
    QCOMPARE(integer(report, "rows_rejected"), 0);
    QCOMPARE(integer(report, "duplicates_dropped"), 0);
    QCOMPARE(integer(report, "unallocated"), 0);
    QCOMPARE(integer(report, "observations_written"), 4);
    QCOMPARE(integer(report, "values_revised"), 0);
    QVERIFY(report.value(QStringLiteral("errors")).isArray());
    QVERIFY(report.value(QStringLiteral("errors")).toArray().isEmpty());
    QVERIFY(!report.contains(QStringLiteral("error_count")));
    const qint64 batchId = integer(report, "batch_id");
    QVERIFY(batchId > 0);

    QCOMPARE(integer(cwtest::workspaceInfo(workspace), "observations"), 4);
    const QJsonArray list = cwtest::batchList(workspace);
    QCOMPARE(list.size(), 1);
    const QJsonObject batch = list.at(0).toObject();
    QCOMPARE(integer(batch, "id"), batchId);
    QCOMPARE(batch.value(QStringLiteral("file")).toString(), QStringLiteral("first.csv"));
    QCOMPARE(batch.value(QStringLiteral("format")).toString(), QStringLiteral("tidy"));
    QCOMPARE(batch.value(QStringLiteral("sha256")).toString().toLatin1(), cwtest::fileSha256(file));
    QCOMPARE(integer(batch, "file_size"), qint64(firstFile.size()));
    QCOMPARE(integer(batch, "rows_read"), 4);
    QCOMPARE(integer(batch, "observations_written"), 4);
    QCOMPARE(batch.value(QStringLiteral("demo")).toBool(true), false);
    QVERIFY(!batch.value(QStringLiteral("imported_by")).toString().isEmpty());
    const QDateTime importedAt =
        QDateTime::fromString(batch.value(QStringLiteral("imported_at")).toString(), Qt::ISODate);
    QVERIFY(importedAt.isValid());
    QVERIFY(batch.value(QStringLiteral("imported_at")).toString().endsWith(u'Z'));
    QVERIFY(qAbs(importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    const QJsonObject offences =
        series(workspace, {QStringLiteral("--indicator"), QStringLiteral("test:offences"),
                           QStringLiteral("--area"), westminster});
    QCOMPARE(offences.value(QStringLiteral("indicator")).toString(), QStringLiteral("test:offences"));
    QCOMPARE(offences.value(QStringLiteral("area")).toString(), westminster);
    QVERIFY(offences.value(QStringLiteral("as_of_batch")).isNull());
    const QJsonArray points = offences.value(QStringLiteral("points")).toArray();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).toObject().value(QStringLiteral("period")).toString(), QStringLiteral("2024-01"));
    QCOMPARE(points.at(0).toObject().value(QStringLiteral("value")).toDouble(), 120.0);
    QCOMPARE(points.at(1).toObject().value(QStringLiteral("value")).toDouble(), 131.0);
    QVERIFY(!points.at(0).toObject().contains(QStringLiteral("denominator")));

    // The survey value keeps its denominator and sample size; the area defaults to the force.
    const QJsonObject confidence =
        series(workspace, {QStringLiteral("--indicator"), QStringLiteral("test:confidence")});
    QCOMPARE(confidence.value(QStringLiteral("area")).toString(), force);
    const QJsonObject point = confidence.value(QStringLiteral("points")).toArray().at(0).toObject();
    QCOMPARE(point.value(QStringLiteral("period")).toString(), QStringLiteral("R12:2024-09"));
    QCOMPARE(point.value(QStringLiteral("value")).toDouble(), 0.56);
    QCOMPARE(point.value(QStringLiteral("denominator")).toDouble(), 1000.0);
    QCOMPARE(integer(point, "sample_size"), 412);
}

void TestCwbImport::importText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = createWorkspace(dir);
    const QString file = fixture(dir, QStringLiteral("first.csv"), firstFile);

    const CwbRun run = runCwb({QStringLiteral("import"), workspace, file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QRegularExpression summary(QStringLiteral("^imported %1 as batch (\\d+): 4 rows, 4 observations, "
                                                    "0 revised, 0 duplicates dropped\n$")
                                         .arg(QRegularExpression::escape(file)));
    QVERIFY2(summary.match(run.outText()).hasMatch(), run.out.constData());

    const CwbRun text = runCwb({QStringLiteral("series"), workspace, QStringLiteral("--indicator"),
                                QStringLiteral("test:offences"), QStringLiteral("--area"), westminster});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.outText(), QStringLiteral("2024-01  120\n2024-02  131\n"));

    const CwbRun range = runCwb({QStringLiteral("series"), workspace, QStringLiteral("--indicator"),
                                 QStringLiteral("test:offences"), QStringLiteral("--area"), westminster,
                                 QStringLiteral("--from"), QStringLiteral("2024-02")});
    QCOMPARE(range.outText(), QStringLiteral("2024-02  131\n"));
}

void TestCwbImport::reimportIsUnchanged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = createWorkspace(dir);
    const QString file = fixture(dir, QStringLiteral("first.csv"), firstFile);
    const CwbRun first = runCwb({QStringLiteral("import"), workspace, file, QStringLiteral("--json")});
    QCOMPARE(first.exitCode, 0);
    const qint64 batchId = integer(onlyReport(first), "batch_id");

    // The same bytes under another name are the same file.
    const QString copy = fixture(dir, QStringLiteral("copy.csv"), firstFile);
    const CwbRun again = runCwb({QStringLiteral("import"), workspace, copy, QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject report = onlyReport(again);
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("unchanged"));
    QCOMPARE(integer(report, "observations_written"), 0);
    QCOMPARE(integer(report, "batch_id"), batchId);
    QCOMPARE(cwtest::batchList(workspace).size(), 1);
    QCOMPARE(integer(cwtest::workspaceInfo(workspace), "observations"), 4);

    const CwbRun text = runCwb({QStringLiteral("import"), workspace, file});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.outText(),
             QStringLiteral("unchanged %1: already imported as batch %2\n").arg(file).arg(batchId));
}

void TestCwbImport::malformedIsRejected()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = createWorkspace(dir);
    QCOMPARE(
        runCwb({QStringLiteral("import"), workspace, fixture(dir, QStringLiteral("first.csv"), firstFile)})
            .exitCode,
        0);
    const QString file = fixture(dir, QStringLiteral("bad.csv"), malformedFile);
    const qint64 observationsBefore = integer(cwtest::workspaceInfo(workspace), "observations");

    const CwbRun run = runCwb({QStringLiteral("import"), workspace, file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject report = onlyReport(run);
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY(report.value(QStringLiteral("batch_id")).isNull());
    QCOMPARE(integer(report, "rows_read"), 5);
    QCOMPARE(integer(report, "rows_rejected"), 3);
    QCOMPARE(integer(report, "observations_written"), 0);
    const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 3);
    const QList<std::pair<int, int>> expected{{3, 4}, {4, 3}, {6, 2}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject error = errors.at(i).toObject();
        QCOMPARE(integer(error, "line"), expected.at(i).first);
        QCOMPARE(integer(error, "column"), expected.at(i).second);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    }
    QVERIFY(
        errors.at(0).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("lots")));

    // Nothing was written.
    QCOMPARE(integer(cwtest::workspaceInfo(workspace), "observations"), observationsBefore);
    QCOMPARE(cwtest::batchList(workspace).size(), 1);

    // Text mode: a summary on stdout, the problems compiler-style on stderr.
    const CwbRun text = runCwb({QStringLiteral("import"), workspace, file});
    QCOMPARE(text.exitCode, 3);
    QCOMPARE(text.outText(), QStringLiteral("rejected %1: 3 invalid rows, nothing written\n").arg(file));
    for (const auto &[line, column] : expected) {
        const QString located = QStringLiteral("\n%1:%2:%3: ").arg(file).arg(line).arg(column);
        QVERIFY2(text.errText().contains(located), qPrintable(located + text.errText()));
    }
    QCOMPARE(integer(cwtest::workspaceInfo(workspace), "observations"), observationsBefore);
}

void TestCwbImport::skipInvalid()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = createWorkspace(dir);
    const QString file = fixture(dir, QStringLiteral("bad.csv"), malformedFile);

    const CwbRun run = runCwb({QStringLiteral("import"), workspace, file, QStringLiteral("--skip-invalid"),
                               QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = onlyReport(run);
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(integer(report, "rows_read"), 5);
    QCOMPARE(integer(report, "rows_accepted"), 2);
    QCOMPARE(integer(report, "rows_rejected"), 3);
    QCOMPARE(integer(report, "observations_written"), 2);
    QCOMPARE(report.value(QStringLiteral("errors")).toArray().size(), 3);
    QCOMPARE(integer(report.value(QStringLiteral("errors")).toArray().at(2).toObject(), "line"), 6);

    const QJsonObject city =
        series(workspace, {QStringLiteral("--indicator"), QStringLiteral("test:offences"),
                           QStringLiteral("--area"), QStringLiteral("E09000001")});
    const QHash<QString, double> values = seriesValues(city);
    QCOMPARE(values.size(), 2);
    QCOMPARE(values.value(QStringLiteral("2024-01")), 5.0);
    QCOMPARE(values.value(QStringLiteral("2024-03")), 8.0);

    // Text mode lists the skipped rows; a file of the same rows in another workspace.
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const CwbRun text =
        runCwb({QStringLiteral("import"), createWorkspace(other), file, QStringLiteral("--skip-invalid")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().contains(QStringLiteral(", 3 invalid rows skipped")), text.out.constData());
    QVERIFY2(text.errText().contains(QStringLiteral("%1:3:4: skipped: ").arg(file)), text.err.constData());
    QVERIFY(text.errText().contains(QStringLiteral("%1:6:2: skipped: ").arg(file)));
}

void TestCwbImport::severalFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = createWorkspace(dir);
    const QString good = fixture(dir, QStringLiteral("first.csv"), firstFile);
    const QString bad = fixture(dir, QStringLiteral("bad.csv"), malformedFile);
    const QString revised = fixture(dir, QStringLiteral("revised.csv"), revisingFile);

    const CwbRun run =
        runCwb({QStringLiteral("import"), workspace, good, bad, revised, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3);
    const QJsonArray reports = cwtest::jsonArray(run.out);
    QCOMPARE(reports.size(), 3);
    QCOMPARE(reports.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(reports.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(reports.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(reports.at(1).toObject().value(QStringLiteral("file")).toString(), bad);
    QCOMPARE(integer(reports.at(2).toObject(), "values_revised"), 2);
    QCOMPARE(cwtest::batchList(workspace).size(), 2);
}

void TestCwbImport::missingFileFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = createWorkspace(dir);
    const QString good = fixture(dir, QStringLiteral("first.csv"), firstFile);
    const QString missing = dir.filePath(QStringLiteral("missing.csv"));

    // A failure outranks a rejection; the other files are still imported.
    const CwbRun run = runCwb({QStringLiteral("import"), workspace, missing,
                               fixture(dir, QStringLiteral("bad.csv"), malformedFile), good});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.outText().startsWith(QStringLiteral("failed %1: nothing written\n").arg(missing)),
             run.out.constData());
    QVERIFY(run.errText().contains(QStringLiteral("missing.csv")));
    QCOMPARE(cwtest::batchList(workspace).size(), 1);

    const CwbRun noWorkspace =
        runCwb({QStringLiteral("import"), dir.filePath(QStringLiteral("none.cwb")), good});
    QCOMPARE(noWorkspace.exitCode, 1);
    QVERIFY(noWorkspace.out.isEmpty());
    QVERIFY(noWorkspace.err.contains("none.cwb"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.cwb"))));
}

QTEST_GUILESS_MAIN(TestCwbImport)
#include "tst_cwbimport.moc"
