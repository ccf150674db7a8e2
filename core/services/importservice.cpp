#include "services/importservice.h"

#include "ingest/arearesolver.h"
#include "ingest/importcontext.h"
#include "storage/arearepository.h"
#include "storage/database.h"
#include "storage/observationrepository.h"
#include "storage/storageerror.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace cw {

namespace {

ImportReport reportFrom(const ParsedFile &parsed)
{
    ImportReport report;
    report.file = parsed.path;
    report.format = parsed.format;
    if (const ImportContext *ctx = parsed.context.get()) {
        const auto &c = ctx->counters();
        report.rowsRead = c.rowsRead;
        report.rowsRejected = c.rowsRejected;
        report.rowsAccepted = c.rowsRead - c.rowsRejected - c.notImported;
        report.notImported = c.notImported;
        report.duplicatesDropped = c.duplicatesDropped;
        report.unallocated = c.unallocated;
        report.errors = ctx->issues();
        report.errorCount = ctx->issueCount();
    }
    return report;
}

} // namespace

ImportService::ImportService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

QString ImportService::defaultUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QDir::home().dirName();
    return user.isEmpty() ? tr("unknown") : user;
}

ParsedFile ImportService::preview(const QString &path, const QString &format,
                                  const ImportParser::Progress &progress) const
{
    // The workspace's own areas (with any aliases added to it), read per call: it is cheap.
    QList<Area> areas;
    try {
        areas = AreaRepository(m_db).all();
    } catch (const StorageError &) {
        areas.clear(); // the parser then reports every area as unknown
    }
    return ImportParser::parse(path, AreaResolver(areas), format, progress);
}

ImportReport ImportService::importFile(const QString &path, const ImportOptions &options,
                                       const ImportParser::Progress &progress)
{
    ParsedFile parsed = preview(path, options.format, progress);
    ImportReport report = reportFrom(parsed);
    const QString name = QFileInfo(path).fileName();
    if (parsed.cancelled) {
        report.status = ImportReport::Status::Cancelled;
        report.message = tr("The import of %1 was cancelled; nothing was written.").arg(name);
        return report;
    }
    if (parsed.fatal) {
        const bool unreadable = parsed.size == 0 && !QFileInfo(path).isReadable();
        report.status = unreadable ? ImportReport::Status::Failed : ImportReport::Status::Rejected;
        report.message = tr("%1 cannot be imported; nothing was written.").arg(name);
        return report;
    }
    if (parsed.hasIssues() && !options.skipInvalid) {
        report.status = ImportReport::Status::Rejected;
        report.message =
            tr("%1 has %n invalid row(s) and was not imported; nothing was written. Fix the rows, or "
               "choose to skip invalid rows.",
               nullptr, int(report.rowsRejected))
                .arg(name);
        return report;
    }
    try {
        BatchRepository batches(m_db);
        if (const auto existing = batches.findBySha256(QString::fromLatin1(parsed.sha256))) {
            report.status = ImportReport::Status::Unchanged;
            report.batchId = *existing;
            report.message = tr("%1 was already imported as batch %2 (identical file); nothing changed.")
                                 .arg(name)
                                 .arg(*existing);
            return report;
        }
        Transaction transaction(m_db);
        const ObservationRepository observations(m_db);
        const qint64 sourceId =
            observations.ensureSource(parsed.sourceCode, parsed.sourceName, parsed.licence);
        Batch batch;
        batch.label = name;
        batch.fileName = name;
        batch.fileSize = parsed.size;
        batch.sha256 = QString::fromLatin1(parsed.sha256);
        batch.format = parsed.format;
        batch.importedBy = options.user.isEmpty() ? defaultUser() : options.user;
        batch.importedAt = QDateTime::currentDateTimeUtc();
        batch.rowsRead = report.rowsRead;
        batch.rowsAccepted = report.rowsAccepted;
        batch.rowsRejected = report.rowsRejected;
        batch.duplicatesDropped = report.duplicatesDropped;
        batch.unallocated = report.unallocated;
        const qint64 batchId = batches.insert(batch, sourceId);
        const auto counts = observations.write(parsed.context->observations(), batchId, sourceId);
        batches.updateCounts(batchId, counts.written, counts.revised);
        batches.insertIssues(batchId, parsed.context->issues());
        transaction.commit();
        report.status = ImportReport::Status::Imported;
        report.batchId = batchId;
        report.observationsWritten = counts.written;
        report.valuesRevised = counts.revised;
        report.message = tr("Imported %1 as batch %2.").arg(name).arg(batchId);
    } catch (const StorageError &error) {
        report.status = ImportReport::Status::Failed;
        report.message = tr("%1 could not be written to the workspace; nothing was written.").arg(name);
        report.errors.append({0, 0, error.message() + QLatin1Char(' ') + error.detail()});
        return report;
    }
    Q_EMIT batchAdded(report.batchId);
    return report;
}

void ImportService::announceBatch(qint64 batchId)
{
    Q_EMIT batchAdded(batchId);
}

Result<QList<Batch>> ImportService::batches() const
{
    try {
        return BatchRepository(m_db).all();
    } catch (const StorageError &error) {
        return Error{tr("The import batches could not be read."), error.detail()};
    }
}

Result<Batch> ImportService::batch(qint64 batchId) const
{
    try {
        if (auto b = BatchRepository(m_db).find(batchId, true))
            return *b;
        return Error{tr("Batch %1 does not exist.").arg(batchId)};
    } catch (const StorageError &error) {
        return Error{tr("The batch could not be read."), error.detail()};
    }
}

Result<void> ImportService::removeBatch(qint64 batchId)
{
    try {
        BatchRepository batches(m_db);
        if (!batches.find(batchId))
            return Error{tr("Batch %1 does not exist.").arg(batchId)};
        Transaction transaction(m_db);
        batches.remove(batchId);
        transaction.commit();
    } catch (const StorageError &error) {
        return Error{tr("Batch %1 could not be removed; nothing was changed.").arg(batchId), error.detail()};
    }
    Q_EMIT batchRemoved(batchId);
    return {};
}

Result<QList<SeriesPoint>> ImportService::series(const QString &indicatorKey, const QString &areaCode,
                                                 const QString &fromKey, const QString &toKey,
                                                 qint64 asOfBatch) const
{
    try {
        return ObservationRepository(m_db).series(indicatorKey, areaCode, std::nullopt, fromKey, toKey,
                                                  asOfBatch);
    } catch (const StorageError &error) {
        return Error{tr("The series could not be read."), error.detail()};
    }
}

} // namespace cw
