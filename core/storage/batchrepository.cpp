// BatchRepository (declared in observationrepository.h, beside the observations it owns).
#include "storage/database.h"
#include "storage/observationrepository.h"

namespace cw {

namespace {

const QString batchColumns = QStringLiteral(
    "b.id, b.label, b.file_name, b.file_size, b.sha256, b.format, s.code, b.imported_by, b.imported_at, "
    "b.rows_read, b.rows_accepted, b.rows_rejected, b.duplicates_dropped, b.unallocated, "
    "b.observations_written, "
    "b.values_revised, b.is_demo");

Batch readBatch(const QSqlQuery &q)
{
    Batch b;
    b.id = q.value(0).toLongLong();
    b.label = q.value(1).toString();
    b.fileName = q.value(2).toString();
    b.fileSize = q.value(3).toLongLong();
    b.sha256 = q.value(4).toString();
    b.format = q.value(5).toString();
    b.sourceCode = q.value(6).toString();
    b.importedBy = q.value(7).toString();
    b.importedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    b.rowsRead = q.value(9).toLongLong();
    b.rowsAccepted = q.value(10).toLongLong();
    b.rowsRejected = q.value(11).toLongLong();
    b.duplicatesDropped = q.value(12).toLongLong();
    b.unallocated = q.value(13).toLongLong();
    b.observationsWritten = q.value(14).toLongLong();
    b.valuesRevised = q.value(15).toLongLong();
    b.demo = q.value(16).toInt() != 0;
    return b;
}

} // namespace

qint64 BatchRepository::insert(const Batch &b, qint64 sourceId) const
{
    return m_db.insert(
        QStringLiteral(
            "INSERT INTO import_batch (source_id, label, file_name, file_size, sha256, format, imported_by, "
            "imported_at, rows_read, rows_accepted, rows_rejected, duplicates_dropped, unallocated, "
            "observations_written, values_revised, is_demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?)"),
        {sourceId, b.label, b.fileName, b.fileSize, b.sha256, b.format, b.importedBy,
         b.importedAt.toUTC().toString(Qt::ISODate), b.rowsRead, b.rowsAccepted, b.rowsRejected,
         b.duplicatesDropped, b.unallocated, b.observationsWritten, b.valuesRevised, b.demo ? 1 : 0});
}

void BatchRepository::updateCounts(qint64 batchId, qint64 written, qint64 revised) const
{
    m_db.exec(
        QStringLiteral("UPDATE import_batch SET observations_written = ?, values_revised = ? WHERE id = ?"),
        {written, revised, batchId});
}

void BatchRepository::insertIssues(qint64 batchId, const QList<ImportIssue> &issues) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO import_issue (batch_id, line_number, column_number, message) VALUES (?, ?, ?, ?)"));
    for (const ImportIssue &issue : issues)
        m_db.run(q, {batchId, issue.line, issue.column, issue.message});
}

std::optional<Batch> BatchRepository::find(qint64 batchId, bool withIssues) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT ") + batchColumns +
                      QStringLiteral(" FROM import_batch b LEFT JOIN source s ON s.id = b.source_id "
                                     "WHERE b.id = ?"),
                  {batchId});
    if (!q.next())
        return std::nullopt;
    Batch b = readBatch(q);
    if (withIssues) {
        QSqlQuery issues =
            m_db.exec(QStringLiteral("SELECT line_number, column_number, message FROM import_issue "
                                     "WHERE batch_id = ? ORDER BY id"),
                      {batchId});
        while (issues.next())
            b.skippedRows.append(
                {issues.value(0).toLongLong(), issues.value(1).toInt(), issues.value(2).toString()});
    }
    return b;
}

std::optional<qint64> BatchRepository::findBySha256(const QString &sha256) const
{
    const QVariant id =
        m_db.scalar(QStringLiteral("SELECT MIN(id) FROM import_batch WHERE sha256 = ?"), {sha256});
    if (id.isNull())
        return std::nullopt;
    return id.toLongLong();
}

QList<Batch> BatchRepository::all() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + batchColumns +
                            QStringLiteral(" FROM import_batch b LEFT JOIN source s ON s.id = b.source_id "
                                           "ORDER BY b.id DESC"));
    QList<Batch> batches;
    while (q.next())
        batches.append(readBatch(q));
    return batches;
}

void BatchRepository::remove(qint64 batchId) const
{
    // Observations and issues go with it (ON DELETE CASCADE); the previous vintage of each
    // value becomes current again.
    m_db.exec(QStringLiteral("DELETE FROM observation WHERE batch_id = ?"), {batchId});
    m_db.exec(QStringLiteral("DELETE FROM import_issue WHERE batch_id = ?"), {batchId});
    m_db.exec(QStringLiteral("DELETE FROM import_batch WHERE id = ?"), {batchId});
}

} // namespace cw
