#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QTemporaryDir;

// Helpers for the tests that run the built `cwb`: run it, read its JSON, and read published
// CSV files independently of the importers (to compute expected values).
namespace cwtest {

struct CwbRun
{
    int exitCode = -1; // -1 when cwb did not start, did not finish or crashed
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

CwbRun runCwb(const QStringList &args, int timeoutMs = 240'000);

// Standard output parsed as a JSON object / array (empty, with a warning, when it is not one).
QJsonObject jsonObject(const QByteArray &json);
QJsonArray jsonArray(const QByteArray &json);

// A new empty workspace "test.cwb" in `dir` (made with `cwb init`).
QString createWorkspace(const QTemporaryDir &dir);
// `cwb info --json`, the array of `cwb batches --json`, `cwb series --json` with `args`.
QJsonObject workspaceInfo(const QString &workspace);
QJsonArray batchList(const QString &workspace);
QJsonObject series(const QString &workspace, const QStringList &args);
// A series' points as period key → value.
QHash<QString, double> seriesValues(const QJsonObject &series);

// Writes `text` to `path`; false when it cannot.
bool writeFile(const QString &path, const QByteArray &text);
// Writes `text` to the file `name` in `dir` and returns its path.
QString fixture(const QTemporaryDir &dir, const QString &name, const QByteArray &text);

// The one report of `cwb import FILE --json`.
QJsonObject onlyReport(const CwbRun &run);
// A whole number from a JSON object; -1 when it is absent or not a number.
qint64 integer(const QJsonObject &object, const char *key);

// Tidy CSV fixtures. firstFile: four valid rows of four period kinds; `test:offences` is a
// count (120 and 131 for Westminster in 2024-01 and 2024-02, 88 for Camden in 2024-01),
// `test:confidence` a survey proportion with a denominator and sample size.
extern const QByteArray firstFile;
// Revises two of firstFile's values (Westminster 2024-01 to 125, Camden to 90), repeats one
// unchanged and adds one new period (Westminster 2024-03, 140).
extern const QByteArray revisingFile;
// Five rows; lines 3, 4 and 6 are wrong, in columns 4 (value), 3 (period) and 2 (area).
extern const QByteArray malformedFile;

// The records of a CSV file (RFC 4180 quotes; no line breaks inside fields; BOM dropped).
QList<QStringList> readCsv(const QString &path);

} // namespace cwtest
