#include "clitestkit.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QTemporaryDir>

#include "testsupport.h"

namespace cwtest {

const QByteArray firstFile = "indicator,area,period,value,denominator,sample_size,unit\n"
                             "test:offences,E09000033,2024-01,120,,,count\n"
                             "test:offences,E09000033,2024-02,131,,,\n"
                             "test:offences,Camden,2024-01,88,,,count\n"
                             "test:confidence,E23000001,R12:2024-09,0.56,1000,412,percent\n";

const QByteArray revisingFile = "indicator,area,period,value\n"
                                "test:offences,E09000033,2024-01,125\n"
                                "test:offences,E09000033,2024-02,131\n"
                                "test:offences,Camden,2024-01,90\n"
                                "test:offences,E09000033,2024-03,140\n";

const QByteArray malformedFile = "indicator,area,period,value\n"
                                 "test:offences,E09000001,2024-01,5\n"
                                 "test:offences,E09000001,2024-02,lots\n"
                                 "test:offences,E09000001,2024-13,7\n"
                                 "test:offences,E09000001,2024-03,8\n"
                                 "test:offences,Atlantis,2024-04,9\n";

namespace {

QJsonDocument parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), json.left(300).constData());
    return document;
}

QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            field += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

CwbRun runChecked(const QStringList &args)
{
    const CwbRun run = runCwb(args);
    if (run.exitCode != 0)
        qWarning("cwb %s failed: %s", qPrintable(args.join(u' ')), run.err.constData());
    return run;
}

} // namespace

CwbRun runCwb(const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.start(cwbPath(), args);
    CwbRun run;
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
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

QJsonObject jsonObject(const QByteArray &json)
{
    const QJsonDocument document = parse(json);
    if (!document.isObject())
        qWarning("not a JSON object: %s", json.left(300).constData());
    return document.object();
}

QJsonArray jsonArray(const QByteArray &json)
{
    const QJsonDocument document = parse(json);
    if (!document.isArray())
        qWarning("not a JSON array: %s", json.left(300).constData());
    return document.array();
}

QString createWorkspace(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("test.cwb"));
    runChecked({QStringLiteral("init"), path});
    return path;
}

QJsonObject workspaceInfo(const QString &workspace)
{
    return jsonObject(runChecked({QStringLiteral("info"), workspace, QStringLiteral("--json")}).out);
}

QJsonArray batchList(const QString &workspace)
{
    const CwbRun run = runChecked({QStringLiteral("batches"), workspace, QStringLiteral("--json")});
    return jsonObject(run.out).value(QStringLiteral("batches")).toArray();
}

QJsonObject series(const QString &workspace, const QStringList &args)
{
    return jsonObject(
        runChecked(QStringList{QStringLiteral("series"), workspace, QStringLiteral("--json")} + args).out);
}

QHash<QString, double> seriesValues(const QJsonObject &series)
{
    QHash<QString, double> values;
    for (const QJsonValue &point : series.value(QStringLiteral("points")).toArray())
        values.insert(point.toObject().value(QStringLiteral("period")).toString(),
                      point.toObject().value(QStringLiteral("value")).toDouble());
    return values;
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size() &&
           file.flush();
}

QString fixture(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    if (!writeFile(path, text))
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject onlyReport(const CwbRun &run)
{
    const QJsonArray reports = jsonArray(run.out);
    if (reports.size() != 1)
        qWarning("expected one report, got %lld: %s", qlonglong(reports.size()), run.err.constData());
    return reports.at(0).toObject();
}

qint64 integer(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInteger(-1);
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<QStringList> rows;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        if (line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        if (!line.isEmpty())
            rows << splitCsvLine(line);
    }
    return rows;
}

} // namespace cwtest
