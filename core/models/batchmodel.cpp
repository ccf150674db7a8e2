#include "models/batchmodel.h"

#include "ingest/formatadapter.h"
#include "ingest/formatregistry.h"
#include "services/importservice.h"

#include <QLocale>

#include <algorithm>

namespace cw {

BatchModel::BatchModel(ImportService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&service, &ImportService::batchAdded, this, &BatchModel::onBatchAdded);
    connect(&service, &ImportService::batchRemoved, this, &BatchModel::onBatchRemoved);
    reload();
}

QString BatchModel::formatTitle(const QString &format)
{
    if (const std::unique_ptr<FormatAdapter> adapter = FormatRegistry::create(format))
        return adapter->title();
    return format;
}

BatchModel::Row BatchModel::makeRow(Batch batch)
{
    Row row;
    row.formatTitle = formatTitle(batch.format);
    row.batch = std::move(batch);
    row.batch.skippedRows.clear(); // the summary only; the service has the details
    return row;
}

void BatchModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.reset();
    Result<QList<Batch>> batches = m_service.batches();
    if (batches) {
        QList<Batch> all = std::move(batches).value();
        std::sort(all.begin(), all.end(), [](const Batch &a, const Batch &b) { return a.id > b.id; });
        m_rows.reserve(all.size());
        for (Batch &batch : all)
            m_rows.append(makeRow(std::move(batch)));
    } else {
        m_error = batches.error();
    }
    endResetModel();
}

int BatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Batch *BatchModel::batchAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).batch : nullptr;
}

int BatchModel::rowOf(qint64 batchId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).batch.id == batchId)
            return row;
    }
    return -1;
}

namespace {

// The count shown in a column, or nothing for the text columns.
std::optional<qint64> countOf(const Batch &batch, int column)
{
    switch (column) {
    case BatchModel::RowsReadColumn:
        return batch.rowsRead;
    case BatchModel::RowsAcceptedColumn:
        return batch.rowsAccepted;
    case BatchModel::RowsSkippedColumn:
        return batch.rowsRejected;
    case BatchModel::ObservationsColumn:
        return batch.observationsWritten;
    case BatchModel::RevisedColumn:
        return batch.valuesRevised;
    case BatchModel::DuplicatesColumn:
        return batch.duplicatesDropped;
    case BatchModel::UnallocatedColumn:
        return batch.unallocated;
    default:
        return std::nullopt;
    }
}

} // namespace

QVariant BatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Batch &batch = row.batch;
    const int column = index.column();
    const std::optional<qint64> count = countOf(batch, column);

    switch (role) {
    case Qt::DisplayRole:
        if (count)
            return QLocale().toString(*count);
        switch (column) {
        case IdColumn:
            return QString::number(batch.id);
        case FileColumn:
            return batch.demo ? tr("Illustrative demo data") : batch.label;
        case FormatColumn:
            return batch.demo ? tr("Demo data") : row.formatTitle;
        case ImportedByColumn:
            return batch.importedBy;
        case ImportedAtColumn:
            return QLocale().toString(batch.importedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case SortRole:
        if (count)
            return *count;
        switch (column) {
        case IdColumn:
            return batch.id;
        case ImportedAtColumn:
            return batch.importedAt;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::ToolTipRole:
        switch (column) {
        case FileColumn:
            if (batch.demo)
                return tr("Made-up figures for demonstration; not published police data.");
            return batch.fileName;
        case FormatColumn:
            return tr("%1 (%2)").arg(row.formatTitle, batch.format);
        case ImportedAtColumn:
            return QLocale().toString(batch.importedAt.toLocalTime(), QLocale::LongFormat);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (count || column == IdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case BatchIdRole:
        return batch.id;
    case DemoRole:
        return batch.demo;
    default:
        return {};
    }
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("Batch");
        case FileColumn:
            return tr("File");
        case FormatColumn:
            return tr("Format");
        case ImportedByColumn:
            return tr("Imported by");
        case ImportedAtColumn:
            return tr("Imported at");
        case RowsReadColumn:
            return tr("Rows read");
        case RowsAcceptedColumn:
            return tr("Rows accepted");
        case RowsSkippedColumn:
            return tr("Rows skipped");
        case ObservationsColumn:
            return tr("Figures written");
        case RevisedColumn:
            return tr("Values revised");
        case DuplicatesColumn:
            return tr("Duplicates dropped");
        case UnallocatedColumn:
            return tr("Unallocated");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RowsSkippedColumn:
            return tr("Invalid rows left out because the file was imported with “skip invalid rows”");
        case ObservationsColumn:
            return tr("Figures (indicator × area × period) this batch wrote");
        case RevisedColumn:
            return tr("Figures that differed from what was current: each became a new vintage");
        case DuplicatesColumn:
            return tr("Repeated records (the same crime ID) counted once");
        case UnallocatedColumn:
            return tr("Rows that could not be placed in a borough; they count in the force total");
        default:
            return {};
        }
    }
    return {};
}

void BatchModel::onBatchAdded(qint64 batchId)
{
    if (rowOf(batchId) >= 0)
        return;
    Result<Batch> batch = m_service.batch(batchId);
    if (!batch) {
        Q_EMIT failed(batch.error());
        return;
    }
    // Newest (highest id) first.
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [batchId](const Row &row) { return row.batch.id < batchId; });
    const int position = int(it - m_rows.cbegin());
    beginInsertRows({}, position, position);
    m_rows.insert(position, makeRow(std::move(batch).value()));
    endInsertRows();
}

void BatchModel::onBatchRemoved(qint64 batchId)
{
    const int row = rowOf(batchId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace cw
