#pragma once

#include "domain/batch.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace cw {

class ImportService;

// The import batches of a workspace, newest first, one row per batch. Follows the service's
// batchAdded/batchRemoved events with precise row signals (never a reset for one row).
// The demo batch is shown under the label "Illustrative demo data". Rows hold the batch
// summary only; ask the service for a batch's skipped rows.
class BatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        FileColumn,
        FormatColumn,
        ImportedByColumn,
        ImportedAtColumn,
        RowsReadColumn,
        RowsAcceptedColumn,
        RowsSkippedColumn,
        ObservationsColumn,
        RevisedColumn,
        DuplicatesColumn,
        UnallocatedColumn,
        ColumnCount
    };
    // BatchIdRole: the batch id (qint64) on every column. SortRole: a value that sorts
    // naturally (numbers as numbers, the import time as a QDateTime).
    enum Role { BatchIdRole = Qt::UserRole + 1, SortRole, DemoRole };

    explicit BatchModel(ImportService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Batch *batchAt(int row) const;
    int rowOf(qint64 batchId) const; // -1 when absent

    // Reloads every batch from the service (on opening a workspace). On failure the model is
    // empty and error() says why.
    void reload();
    const std::optional<Error> &error() const { return m_error; }

    // The format's title for people ("London Datastore MPS borough crime"), or the name.
    static QString formatTitle(const QString &format);

Q_SIGNALS:
    // A change event could not be followed (the service failed to return the new batch).
    void failed(const cw::Error &error);

private:
    struct Row
    {
        Batch batch;
        QString formatTitle;
    };
    static Row makeRow(Batch batch);
    void onBatchAdded(qint64 batchId);
    void onBatchRemoved(qint64 batchId);

    ImportService &m_service;
    QList<Row> m_rows; // newest (highest id) first
    std::optional<Error> m_error;
};

} // namespace cw
