#include "imports/importworker.h"

#include <algorithm>
#include <exception>
#include <memory>
#include <optional>
#include <vector>

#include <QFile>
#include <QFileInfo>

#include "ingest/csvreader.h"
#include "ingest/importcontext.h"
#include "ingest/xlsx/xlsxreader.h"
#include "services/importservice.h"
#include "storage/database.h"
#include "storage/storageerror.h"

namespace cw {

namespace {

// Calls `emitProgress` only when the thousandth done changes, so that a large file does not
// flood the GUI thread's event queue.
class ProgressThrottle
{
public:
    bool changed(qint64 done, qint64 total)
    {
        const qint64 permille = total > 0 ? done * 1000 / total : 0;
        if (permille == m_last)
            return false;
        m_last = permille;
        return true;
    }

private:
    qint64 m_last = -1;
};

// A workbook's raw rows: its longest sheet (a published table rather than its notes), with
// the columns named by letter and each row by its number in the sheet.
void readWorkbookRows(ImportPreview &preview)
{
    const auto workbook = XlsxWorkbook::open(preview.path);
    if (!workbook)
        return;
    std::optional<XlsxSheet> longest;
    for (const QString &name : workbook->sheetNames()) {
        auto sheet = workbook->sheet(name);
        if (sheet && (!longest || sheet->rows.size() > longest->rows.size()))
            longest = std::move(sheet).value();
    }
    if (!longest)
        return;
    int columns = 0;
    for (const XlsxRow &row : longest->rows) {
        if (!row.cells.isEmpty())
            columns = std::max(columns, row.cells.constLast().column + 1);
    }
    for (int column = 0; column < columns; ++column)
        preview.rawHeader << xlsxColumnName(column);
    for (const XlsxRow &row : longest->rows) {
        if (preview.rawRows.size() >= ImportPreview::maxRawRows)
            break;
        QStringList fields(columns);
        for (const XlsxCell &cell : row.cells)
            fields[cell.column] = cell.text;
        preview.rawRows << fields;
        preview.rawLines << row.row;
    }
}

void readRawRows(ImportPreview &preview)
{
    QFile file(preview.path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    if (XlsxWorkbook::looksLikeZip(file.peek(4))) {
        file.close();
        readWorkbookRows(preview);
        return;
    }
    CsvReader reader(file);
    if (!reader.readHeader())
        return;
    preview.rawHeader = reader.header();
    while (preview.rawRows.size() < ImportPreview::maxRawRows && reader.next()) {
        QStringList fields;
        fields.reserve(reader.size());
        for (int i = 0; i < reader.size(); ++i)
            fields << reader.text(i);
        preview.rawRows << fields;
        preview.rawLines << reader.line();
    }
}

void collectFigures(const ObservationSet &set, ImportPreview &preview)
{
    // Rank indicators by key and areas by code once, then sort lightweight cells.
    const QList<ObservationSet::Indicator> &indicators = set.indicators();
    const QStringList &areas = set.areaCodes();
    std::vector<int> indicatorRank(indicators.size());
    std::vector<int> areaRank(areas.size());
    {
        std::vector<int> order(indicators.size());
        for (int i = 0; i < int(order.size()); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return indicators.at(a).key < indicators.at(b).key; });
        for (int r = 0; r < int(order.size()); ++r)
            indicatorRank[order[r]] = r;
        order.resize(areas.size());
        for (int i = 0; i < int(order.size()); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](int a, int b) { return areas.at(a) < areas.at(b); });
        for (int r = 0; r < int(order.size()); ++r)
            areaRank[order[r]] = r;
    }

    struct Entry
    {
        ObservationSet::Cell cell;
        ObservationSet::Values values;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(set.size()));
    set.forEach([&entries](const ObservationSet::Cell &cell, const ObservationSet::Values &values) {
        entries.push_back({cell, values});
    });
    const auto before = [&](const Entry &a, const Entry &b) {
        const int ia = indicatorRank[size_t(a.cell.indicator)];
        const int ib = indicatorRank[size_t(b.cell.indicator)];
        if (ia != ib)
            return ia < ib;
        const int aa = areaRank[size_t(a.cell.area)];
        const int ab = areaRank[size_t(b.cell.area)];
        if (aa != ab)
            return aa < ab;
        return a.cell.period < b.cell.period;
    };
    const auto shown =
        entries.begin() + std::min<qsizetype>(qsizetype(entries.size()), ImportPreview::maxFigures);
    std::partial_sort(entries.begin(), shown, entries.end(), before);
    for (auto it = entries.begin(); it != shown; ++it) {
        ImportPreview::Figure figure;
        figure.indicator = indicators.at(it->cell.indicator).key;
        figure.area = areas.at(it->cell.area);
        figure.period = it->cell.period.key();
        figure.periodLabel = it->cell.period.label();
        figure.value = it->values.value;
        figure.denominator = it->values.denominator;
        preview.figures << figure;
    }
}

ImportReport failedReport(const ImportJob &job, ImportReport::Status status, const QString &message)
{
    ImportReport report;
    report.file = job.path;
    report.format = job.format;
    report.status = status;
    report.message = message;
    return report;
}

} // namespace

ImportWorker::ImportWorker(QString workspacePath, QObject *parent)
    : QObject(parent)
    , m_workspacePath(std::move(workspacePath))
{}

void ImportWorker::preview(int generation, const QString &path, const QString &format)
{
    Q_EMIT previewReady(makePreview(path, format, generation));
}

ImportPreview ImportWorker::makePreview(const QString &path, const QString &format, int generation)
{
    ImportPreview preview;
    preview.path = path;
    preview.fileName = QFileInfo(path).fileName();
    preview.size = QFileInfo(path).size();
    preview.requestedFormat = format;
    if (m_cancel || m_previewGeneration != generation) {
        preview.cancelled = true;
        return preview;
    }
    readRawRows(preview);
    try {
        const std::unique_ptr<Database> db =
            Database::openSqlite(m_workspacePath, Database::Access::ReadOnly);
        const ImportService service(*db);
        ProgressThrottle throttle;
        const ParsedFile parsed = service.preview(path, format, [&](qint64 done, qint64 total) {
            if (m_cancel || m_previewGeneration != generation)
                return false;
            if (throttle.changed(done, total))
                Q_EMIT previewProgress(path, done, total);
            return true;
        });
        preview.cancelled = parsed.cancelled;
        preview.fatal = parsed.fatal;
        preview.format = parsed.format;
        preview.formatTitle = parsed.formatTitle.isEmpty() ? parsed.format : parsed.formatTitle;
        if (const ImportContext *context = parsed.context.get()) {
            const ImportContext::Counters &counters = context->counters();
            preview.rowsRead = counters.rowsRead;
            preview.rowsRejected = counters.rowsRejected;
            preview.duplicatesDropped = counters.duplicatesDropped;
            preview.unallocated = counters.unallocated;
            preview.notImported = counters.notImported;
            preview.issues = context->issues();
            preview.issueCount = context->issueCount();
            const ObservationSet &set = context->observations();
            preview.observationCount = set.size();
            preview.indicatorCount = set.indicators().size();
            preview.areaCount = set.areaCodes().size();
            if (!preview.cancelled)
                collectFigures(set, preview);
        }
    } catch (const StorageError &error) {
        preview.failure = error.message();
    } catch (const std::exception &error) {
        preview.failure = QString::fromLocal8Bit(error.what());
    }
    return preview;
}

void ImportWorker::importFiles(const QList<ImportJob> &jobs, bool skipInvalid)
{
    std::unique_ptr<Database> db;
    try {
        db = Database::openSqlite(m_workspacePath);
    } catch (const StorageError &error) {
        for (int i = 0; i < jobs.size(); ++i)
            Q_EMIT fileFinished(i, failedReport(jobs.at(i), ImportReport::Status::Failed, error.message()));
        Q_EMIT importFinished();
        return;
    }

    {
        ImportService service(*db);
        for (int i = 0; i < jobs.size(); ++i) {
            const ImportJob &job = jobs.at(i);
            if (m_cancel) {
                Q_EMIT fileFinished(i, failedReport(job, ImportReport::Status::Cancelled,
                                                    tr("Not imported: the import was cancelled first.")));
                continue;
            }
            Q_EMIT fileStarted(i);
            ImportOptions options;
            options.format = job.format;
            options.skipInvalid = skipInvalid;
            ProgressThrottle throttle;
            ImportReport report;
            try {
                report = service.importFile(job.path, options, [&](qint64 done, qint64 total) {
                    if (m_cancel)
                        return false;
                    if (throttle.changed(done, total))
                        Q_EMIT fileProgress(i, done, total);
                    return true;
                });
            } catch (const std::exception &error) {
                report =
                    failedReport(job, ImportReport::Status::Failed, QString::fromLocal8Bit(error.what()));
            }
            Q_EMIT fileFinished(i, report);
        }
    }
    db.reset(); // the connection closes on this thread, which opened it
    Q_EMIT importFinished();
}

} // namespace cw
