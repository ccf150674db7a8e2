// Runs the built `cwb` executable and checks its exit statuses, streams and JSON.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

namespace {

struct CwbRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CwbRun runCwb(const QStringList &args)
{
    QProcess process;
    process.start(cwtest::cwbPath(), args);
    CwbRun run;
    if (!process.waitForStarted() || !process.waitForFinished(240'000)) {
        process.kill();
        process.waitForFinished();
        run.err = "cwb did not start or did not finish";
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), json.left(200).constData());
    return document.object();
}

QJsonObject findByCode(const QJsonArray &array, const QString &code)
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(QStringLiteral("code")).toString() == code)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestCwb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help_data();
    void help();
    void version();
    void commandHelp();
    void usageErrors_data();
    void usageErrors();
    void initCreatesAndRefusesExisting();
    void initRefusesMissingDirectory();
    void infoFreshWorkspace();
    void infoText();
    void infoDemoWorkspace();
    void plansJson();
    void plansText();
    void refusesNonWorkspace_data();
    void refusesNonWorkspace();
    void missingFile_data();
    void missingFile();

private:
    QString createWorkspace(const QTemporaryDir &dir, bool demo = false);
};

QString TestCwb::createWorkspace(const QTemporaryDir &dir, bool demo)
{
    const QString path = dir.filePath(QStringLiteral("test.cwb"));
    QStringList args{QStringLiteral("init"), path};
    if (demo)
        args << QStringLiteral("--demo");
    const CwbRun run = runCwb(args);
    if (run.exitCode != 0)
        qWarning("cwb init failed: %s", run.err.constData());
    return path;
}

void TestCwb::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")};
    QTest::newRow("help") << QStringList{QStringLiteral("help")};
}

void TestCwb::help()
{
    QFETCH(QStringList, args);
    const CwbRun run = runCwb(args);
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    for (const char *command : {"init PATH", "info PATH", "plans PATH", "help"})
        QVERIFY2(out.contains(QLatin1String(command)), command);
    QVERIFY(run.err.isEmpty());
}

void TestCwb::version()
{
    const CwbRun run = runCwb({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("cwb " CWB_VERSION));
}

void TestCwb::commandHelp()
{
    for (const QStringList &args : {QStringList{QStringLiteral("help"), QStringLiteral("init")},
                                    QStringList{QStringLiteral("init"), QStringLiteral("--help")}}) {
        const CwbRun run = runCwb(args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("cwb init PATH [--demo]"));
        QVERIFY(run.out.contains("--demo"));
    }
}

void TestCwb::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    QTest::newRow("no arguments") << QStringList{};
    QTest::newRow("unknown command") << QStringList{s("frobnicate")};
    QTest::newRow("unknown global option") << QStringList{s("--frobnicate")};
    QTest::newRow("help for unknown command") << QStringList{s("help"), s("frobnicate")};
    QTest::newRow("init without path") << QStringList{s("init")};
    QTest::newRow("info without path") << QStringList{s("info")};
    QTest::newRow("plans without path") << QStringList{s("plans"), s("--json")};
    QTest::newRow("unknown option") << QStringList{s("info"), s("x.cwb"), s("--bogus")};
    QTest::newRow("option of another command") << QStringList{s("info"), s("x.cwb"), s("--demo")};
    QTest::newRow("extra argument") << QStringList{s("plans"), s("a.cwb"), s("b.cwb")};
}

void TestCwb::usageErrors()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(cwtest::cwbPath(), args);
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("Usage:"), err.constData());
    // A usage error never touches a file.
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestCwb::initCreatesAndRefusesExisting()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.cwb"));

    const CwbRun first = runCwb({QStringLiteral("init"), path});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.isEmpty());
    QVERIFY2(QString::fromUtf8(first.err).contains(QStringLiteral("Created workspace ") + path),
             first.err.constData());
    QVERIFY(!first.err.contains("demo"));
    QVERIFY(QFile::exists(path));
    QVERIFY(QFileInfo(path).size() > 0);

    const QByteArray before = cwtest::fileSha256(path);
    const CwbRun second = runCwb({QStringLiteral("init"), path, QStringLiteral("--demo")});
    QCOMPARE(second.exitCode, 1);
    QVERIFY(second.out.isEmpty());
    QVERIFY2(QString::fromUtf8(second.err).contains(path), second.err.constData());
    QCOMPARE(cwtest::fileSha256(path), before);
}

void TestCwb::initRefusesMissingDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/folder/new.cwb"));
    const CwbRun run = runCwb({QStringLiteral("init"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestCwb::infoFreshWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = createWorkspace(dir);

    const CwbRun run = runCwb({QStringLiteral("info"), path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject info = parseObject(run.out);
    QVERIFY(info.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("test.cwb")));
    QVERIFY(info.value(QStringLiteral("schema_version")).toInt() >= 1);
    QCOMPARE(info.value(QStringLiteral("plans")).toInt(-1), 2);
    QVERIFY(info.value(QStringLiteral("priorities")).toInt() >= 4);
    QVERIFY(info.value(QStringLiteral("measures")).toInt() >= 10);
    QVERIFY(info.value(QStringLiteral("areas")).toInt() >= 40);
    QCOMPARE(info.value(QStringLiteral("observations")).toInt(-1), 0);
    QCOMPARE(info.value(QStringLiteral("batches")).toInt(-1), 0);
    QVERIFY(info.value(QStringLiteral("indicators")).isDouble());
    QVERIFY(info.value(QStringLiteral("demo")).isBool());
    QCOMPARE(info.value(QStringLiteral("demo")).toBool(), false);
}

void TestCwb::infoText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = createWorkspace(dir);

    const CwbRun run = runCwb({QStringLiteral("info"), path});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10);
    // Values start in one column.
    const QRegularExpression row(QStringLiteral("^([^:]+:\\s+)(\\S.*)$"));
    qsizetype column = -1;
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = row.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        if (column < 0)
            column = match.capturedLength(1);
        QCOMPARE(match.capturedLength(1), column);
    }
    QVERIFY(lines.contains(QStringLiteral("Plans:").leftJustified(column) + QStringLiteral("2")));
    QVERIFY(lines.contains(QStringLiteral("Observations:").leftJustified(column) + QStringLiteral("0")));
}

void TestCwb::infoDemoWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.cwb"));
    const CwbRun init = runCwb({QStringLiteral("init"), path, QStringLiteral("--demo")});
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.err.contains("demo data: illustrative"), init.err.constData());

    const CwbRun run = runCwb({QStringLiteral("info"), QStringLiteral("--json"), path});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject info = parseObject(run.out);
    const qint64 observations = info.value(QStringLiteral("observations")).toInteger();
    QVERIFY2(observations > 100000, qPrintable(QStringLiteral("observations: %1").arg(observations)));
    QVERIFY(info.value(QStringLiteral("indicators")).toInt() > 0);
    QCOMPARE(info.value(QStringLiteral("plans")).toInt(-1), 2);
    QCOMPARE(info.value(QStringLiteral("demo")).toBool(), true);
}

void TestCwb::plansJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = createWorkspace(dir);

    const CwbRun run = runCwb({QStringLiteral("plans"), path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray plans = parseObject(run.out).value(QStringLiteral("plans")).toArray();
    QCOMPARE(plans.size(), 2);

    const QJsonObject old = findByCode(plans, QStringLiteral("PCP-2013-16"));
    QCOMPARE(old.value(QStringLiteral("start")).toString(), QStringLiteral("2013-04"));
    QCOMPARE(old.value(QStringLiteral("end")).toString(), QStringLiteral("2016-03"));
    QCOMPARE(old.value(QStringLiteral("builtin")).toBool(), true);
    QVERIFY(old.value(QStringLiteral("copied_from")).isNull());
    QCOMPARE(old.value(QStringLiteral("aims")).toArray().size(), 3);

    QJsonObject measure;
    for (const QJsonValue &priority : old.value(QStringLiteral("priorities")).toArray()) {
        const QJsonArray measures = priority.toObject().value(QStringLiteral("measures")).toArray();
        const QJsonObject found = findByCode(measures, QStringLiteral("YOUTH-REOFFENDING"));
        if (!found.isEmpty())
            measure = found;
    }
    QVERIFY2(!measure.isEmpty(), "YOUTH-REOFFENDING not found in PCP-2013-16");
    QCOMPARE(measure.value(QStringLiteral("unit")).toString(), QStringLiteral("percent"));
    QCOMPARE(measure.value(QStringLiteral("polarity")).toString(), QStringLiteral("lower"));
    QCOMPARE(measure.value(QStringLiteral("frequency")).toString(), QStringLiteral("annual"));

    const QJsonObject formula = measure.value(QStringLiteral("formula")).toObject();
    QCOMPARE(formula.value(QStringLiteral("kind")).toString(), QStringLiteral("proportion"));
    const QJsonObject term = formula.value(QStringLiteral("terms")).toArray().at(0).toObject();
    QCOMPARE(term.value(QStringLiteral("indicator")).toString(), QStringLiteral("manual:YOUTH-REOFFENDING"));
    QCOMPARE(term.value(QStringLiteral("weight")).toDouble(), 1.0);

    const QJsonObject baseline = measure.value(QStringLiteral("baseline")).toObject();
    QCOMPARE(baseline.value(QStringLiteral("period")).toString(), QStringLiteral("2011/12"));
    QCOMPARE(baseline.value(QStringLiteral("value")).toDouble(), 70.8);

    const QJsonObject target = measure.value(QStringLiteral("target")).toObject();
    QCOMPARE(target.value(QStringLiteral("kind")).toString(), QStringLiteral("absolute"));
    QCOMPARE(target.value(QStringLiteral("value")).toDouble(), 56.6);
    QCOMPARE(target.value(QStringLiteral("period")).toString(), QStringLiteral("2016-03"));
    QVERIFY(target.value(QStringLiteral("tolerance")).isNull());
    QCOMPARE(target.value(QStringLiteral("text")).toString(), QStringLiteral("Reduce by 20% to 56.6%"));

    bool published = false;
    for (const QJsonValue &figure : measure.value(QStringLiteral("figures")).toArray()) {
        if (figure.toObject().value(QStringLiteral("value")).toDouble() == 56.8)
            published =
                figure.toObject().value(QStringLiteral("area")).toString() == QStringLiteral("E23000001");
    }
    QVERIFY(published);
    QVERIFY(measure.value(QStringLiteral("breaks")).isArray());

    // A baseline the Plan did not publish is null, not zero.
    const QJsonObject mopac7 = findByCode(old.value(QStringLiteral("priorities"))
                                              .toArray()
                                              .at(0)
                                              .toObject()
                                              .value(QStringLiteral("measures"))
                                              .toArray(),
                                          QStringLiteral("MOPAC7"));
    QVERIFY(mopac7.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("value")).isNull());
    QCOMPARE(mopac7.value(QStringLiteral("target")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("percent_change"));

    const QJsonObject current = findByCode(plans, QStringLiteral("PCP-2025-29"));
    QCOMPARE(current.value(QStringLiteral("priorities")).toArray().size(), 3);
}

void TestCwb::plansText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = createWorkspace(dir);

    const CwbRun run = runCwb({QStringLiteral("plans"), path});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY(out.startsWith(QStringLiteral("PCP-")));
    QVERIFY(out.contains(QStringLiteral("PCP-2025-29")));
    QVERIFY(out.contains(QStringLiteral("YOUTH-REOFFENDING")));
    QVERIFY(out.contains(QStringLiteral("Reduce by 20% to 56.6%")));
    // Measures are indented under their priority, which is indented under its plan.
    QVERIFY(out.contains(QStringLiteral("\n    YOUTH-REOFFENDING")));
    QVERIFY(run.err.isEmpty());
}

void TestCwb::refusesNonWorkspace_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("info") << QStringLiteral("info");
    QTest::newRow("plans") << QStringLiteral("plans");
}

void TestCwb::refusesNonWorkspace()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.cwb"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are meeting notes, not a workspace.\n");
    }
    const QByteArray before = cwtest::fileSha256(path);

    const CwbRun run = runCwb({command, path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("notes.cwb"), run.err.constData());
    QCOMPARE(cwtest::fileSha256(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.cwb")});
}

void TestCwb::missingFile_data()
{
    refusesNonWorkspace_data();
}

void TestCwb::missingFile()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.cwb"));

    const CwbRun run = runCwb({command, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("missing.cwb"), run.err.constData());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCwb)
#include "tst_cwb.moc"
