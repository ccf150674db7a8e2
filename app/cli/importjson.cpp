#include "importjson.h"

#include <QJsonArray>
#include <QJsonValue>

#include "domain/batch.h"

namespace cw {

namespace {

// Ids, lines and columns start at 1; 0 means "none".
QJsonValue positiveOrNull(qint64 value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonArray issuesToJson(const QList<ImportIssue> &issues)
{
    QJsonArray array;
    for (const ImportIssue &issue : issues) {
        array.append(QJsonObject{
            {QStringLiteral("line"), positiveOrNull(issue.line)},
            {QStringLiteral("column"), positiveOrNull(issue.column)},
            {QStringLiteral("message"), issue.message},
        });
    }
    return array;
}

} // namespace

QJsonObject importReportToJson(const ImportReport &report, const QString &file)
{
    QJsonObject object{
        {QStringLiteral("file"), file},
        {QStringLiteral("format"), stringOrNull(report.format)},
        {QStringLiteral("status"), ImportReport::statusName(report.status)},
        {QStringLiteral("message"), report.message},
        {QStringLiteral("rows_read"), report.rowsRead},
        {QStringLiteral("rows_accepted"), report.rowsAccepted},
        {QStringLiteral("rows_rejected"), report.rowsRejected},
        {QStringLiteral("duplicates_dropped"), report.duplicatesDropped},
        {QStringLiteral("unallocated"), report.unallocated},
        {QStringLiteral("not_imported"), report.notImported},
        {QStringLiteral("observations_written"), report.observationsWritten},
        {QStringLiteral("values_revised"), report.valuesRevised},
        {QStringLiteral("batch_id"), positiveOrNull(report.batchId)},
        {QStringLiteral("errors"), issuesToJson(report.errors)},
    };
    if (report.errorCount > report.errors.size())
        object.insert(QStringLiteral("error_count"), report.errorCount);
    return object;
}

QJsonObject batchToJson(const Batch &batch)
{
    return QJsonObject{
        {QStringLiteral("id"), batch.id},
        {QStringLiteral("label"), batch.label},
        {QStringLiteral("file"), stringOrNull(batch.fileName)},
        {QStringLiteral("file_size"), positiveOrNull(batch.fileSize)},
        {QStringLiteral("format"), batch.format},
        {QStringLiteral("source"), stringOrNull(batch.sourceCode)},
        {QStringLiteral("imported_by"), batch.importedBy},
        {QStringLiteral("imported_at"), batch.importedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("rows_read"), batch.rowsRead},
        {QStringLiteral("rows_accepted"), batch.rowsAccepted},
        {QStringLiteral("rows_rejected"), batch.rowsRejected},
        {QStringLiteral("observations_written"), batch.observationsWritten},
        {QStringLiteral("values_revised"), batch.valuesRevised},
        {QStringLiteral("duplicates_dropped"), batch.duplicatesDropped},
        {QStringLiteral("unallocated"), batch.unallocated},
        {QStringLiteral("not_imported"), batch.notImported()},
        {QStringLiteral("sha256"), stringOrNull(batch.sha256)},
        {QStringLiteral("demo"), batch.demo},
    };
}

QJsonObject seriesToJson(const QString &indicatorKey, const QString &areaCode, qint64 asOfBatch,
                         const QList<SeriesPoint> &points)
{
    QJsonArray array;
    for (const SeriesPoint &point : points) {
        QJsonObject object{
            {QStringLiteral("period"), point.period},
            {QStringLiteral("value"), point.value},
            {QStringLiteral("batch_id"), positiveOrNull(point.batchId)},
        };
        if (point.denominator)
            object.insert(QStringLiteral("denominator"), *point.denominator);
        if (point.sampleSize)
            object.insert(QStringLiteral("sample_size"), *point.sampleSize);
        array.append(object);
    }
    return QJsonObject{
        {QStringLiteral("indicator"), indicatorKey},
        {QStringLiteral("area"), areaCode},
        {QStringLiteral("as_of_batch"), positiveOrNull(asOfBatch)},
        {QStringLiteral("points"), array},
    };
}

} // namespace cw
