#pragma once

#include "domain/batch.h"
#include "ingest/importparser.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QString>

namespace cw {

class Database;

struct ImportOptions
{
    QString format;           // empty: detect from the header
    bool skipInvalid = false; // import the valid rows and list the skipped ones
    QString user;             // recorded on the batch; empty: the OS account
};

// Brings published files into a workspace, one batch per file, all or nothing:
// the whole file is read and validated first, then written in one transaction. A
// byte-identical file already imported changes nothing. Values that differ from what is
// current become a new vintage (earlier ones stay queryable). A batch can be removed, which
// restores what was current before it.
//
// Use one ImportService per thread, on that thread's own Database (a worker thread opens its
// own connection to the workspace file).
class ImportService : public QObject
{
    Q_OBJECT

public:
    explicit ImportService(Database &db, QObject *parent = nullptr);

    // Reads, validates and commits one file. `progress` may cancel (nothing is written).
    ImportReport importFile(const QString &path, const ImportOptions &options,
                            const ImportParser::Progress &progress = {});
    // Reads and validates without writing (the wizard's preview).
    ParsedFile preview(const QString &path, const QString &format = {},
                       const ImportParser::Progress &progress = {}) const;

    Result<QList<Batch>> batches() const;
    Result<Batch> batch(qint64 batchId) const; // with the skipped rows
    Result<void> removeBatch(qint64 batchId);

    // The current series (or as it stood when `asOfBatch` was the newest batch).
    Result<QList<SeriesPoint>> series(const QString &indicatorKey, const QString &areaCode,
                                      const QString &fromKey = {}, const QString &toKey = {},
                                      qint64 asOfBatch = 0) const;

    // Announces a batch written by another connection (an import on a worker thread).
    void announceBatch(qint64 batchId);

    static QString defaultUser();

Q_SIGNALS:
    void batchAdded(qint64 batchId);
    void batchRemoved(qint64 batchId);

private:
    Database &m_db;
};

} // namespace cw
