#include "imports/runpage.h"

#include <algorithm>
#include <numeric>

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "imports/filespage.h"

namespace cw {

namespace {

QString statusLabel(ImportReport::Status status)
{
    switch (status) {
    case ImportReport::Status::Imported:
        return RunPage::tr("Imported");
    case ImportReport::Status::Unchanged:
        return RunPage::tr("Unchanged");
    case ImportReport::Status::Rejected:
        return RunPage::tr("Rejected");
    case ImportReport::Status::Cancelled:
        return RunPage::tr("Cancelled");
    case ImportReport::Status::Failed:
        return RunPage::tr("Failed");
    }
    return {};
}

QString resultText(const ImportReport &report)
{
    const QLocale locale;
    QString text = report.message;
    if (report.status == ImportReport::Status::Imported) {
        text += QLatin1Char(' ') +
                RunPage::tr("Rows read: %1; accepted: %2; skipped: %3. Figures written: %4; "
                            "revised: %5.")
                    .arg(locale.toString(report.rowsRead), locale.toString(report.rowsAccepted),
                         locale.toString(report.rowsRejected), locale.toString(report.observationsWritten),
                         locale.toString(report.valuesRevised));
    } else if (report.status == ImportReport::Status::Rejected && !report.errors.isEmpty()) {
        const ImportIssue &first = report.errors.constFirst();
        text += QLatin1Char(' ') +
                (first.line > 0
                     ? RunPage::tr("The first problem, at line %1, column %2: %3")
                           .arg(QString::number(first.line), QString::number(first.column), first.message)
                     : RunPage::tr("The problem: %1").arg(first.message));
    } else if (report.status == ImportReport::Status::Failed && !report.errors.isEmpty()) {
        text += QLatin1Char(' ') + report.errors.constFirst().message;
    }
    return text;
}

} // namespace

RunPage::RunPage(FilesPage &files, ImportWorker &worker, QWidget *parent)
    : QWizardPage(parent)
    , m_files(files)
    , m_worker(worker)
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(tr("Importing"));
    setSubTitle(
        tr("Each file is written in one step: a file cancelled or rejected part way writes nothing."));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Progress"), tr("Result"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProgressColumn, QHeaderView::Fixed);
    header->resizeSection(ProgressColumn, 140);
    header->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);

    m_overall = new QProgressBar(this);
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setRange(0, 1000);
    m_overall->setFormat(tr("All files: %p%"));
    m_cancelButton = new QPushButton(tr("Cancel import"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_overall, 1);
    bottom->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_cancelButton, &QPushButton::clicked, this, &RunPage::cancel);
    connect(&worker, &ImportWorker::fileStarted, this, &RunPage::onFileStarted);
    connect(&worker, &ImportWorker::fileProgress, this, &RunPage::onFileProgress);
    connect(&worker, &ImportWorker::fileFinished, this, &RunPage::onFileFinished);
    connect(&worker, &ImportWorker::importFinished, this, &RunPage::onImportFinished);
}

void RunPage::initializePage()
{
    if (m_running || m_finished)
        return; // one run per wizard
    m_jobs = m_files.jobs();
    const bool skipInvalid = m_files.skipInvalid();
    m_sizes.clear();
    m_bars.clear();
    m_done = QList<qint64>(m_jobs.size(), 0);
    m_reports = QList<std::optional<ImportReport>>(m_jobs.size());
    m_table->setRowCount(int(m_jobs.size()));
    for (int row = 0; row < m_jobs.size(); ++row) {
        const QFileInfo info(m_jobs.at(row).path);
        m_sizes << std::max<qint64>(1, info.size());
        auto *file = new QTableWidgetItem(info.fileName());
        file->setToolTip(info.absoluteFilePath());
        m_table->setItem(row, FileColumn, file);
        // The bar keeps its natural height in the middle of a row that grows with the details.
        auto *cell = new QWidget(m_table);
        auto *bar = new QProgressBar(cell);
        bar->setRange(0, 1000);
        bar->setValue(0);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(4, 2, 4, 2);
        cellLayout->addWidget(bar, 0, Qt::AlignVCenter);
        m_table->setCellWidget(row, ProgressColumn, cell);
        m_bars << bar;
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(tr("Waiting")));
        m_table->setItem(row, ResultColumn, new QTableWidgetItem);
    }
    m_summary->setText(tr("Importing %1 of the files you chose…").arg(m_jobs.size()));
    m_running = true;
    m_cancelButton->setEnabled(true);
    updateOverall();

    // Previews still being read are not needed any more: let the import start at once.
    m_worker.cancelPreviews();
    ImportWorker *worker = &m_worker;
    const QList<ImportJob> jobs = m_jobs;
    QMetaObject::invokeMethod(
        worker, [worker, jobs, skipInvalid] { worker->importFiles(jobs, skipInvalid); },
        Qt::QueuedConnection);
}

bool RunPage::isComplete() const
{
    return m_finished;
}

void RunPage::cancel()
{
    if (!m_running)
        return;
    m_worker.requestCancel();
    m_cancelButton->setEnabled(false);
    m_summary->setText(tr("Cancelling… the file being read is abandoned and nothing from it is written."));
}

QProgressBar *RunPage::progressAt(int index) const
{
    return m_bars.value(index);
}

void RunPage::onFileStarted(int index)
{
    if (index < 0 || index >= m_jobs.size())
        return;
    m_table->item(index, StatusColumn)->setText(tr("Reading…"));
    m_table->scrollToItem(m_table->item(index, FileColumn));
}

void RunPage::onFileProgress(int index, qint64 done, qint64 total)
{
    if (index < 0 || index >= m_jobs.size())
        return;
    m_done[index] = total > 0 ? done * m_sizes.at(index) / total : 0;
    if (QProgressBar *bar = progressAt(index))
        bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    if (total > 0 && done >= total)
        m_table->item(index, StatusColumn)->setText(tr("Writing…"));
    updateOverall();
}

void RunPage::onFileFinished(int index, const ImportReport &report)
{
    if (index < 0 || index >= m_jobs.size())
        return;
    m_reports[index] = report;
    m_done[index] = m_sizes.at(index);
    if (QProgressBar *bar = progressAt(index)) {
        const bool written = report.status == ImportReport::Status::Imported;
        if (written || report.status == ImportReport::Status::Unchanged)
            bar->setValue(bar->maximum());
        else
            bar->setFormat(tr("Nothing written"));
        if (!written)
            bar->setEnabled(false);
    }
    m_table->item(index, StatusColumn)->setText(statusLabel(report.status));
    const QString text = resultText(report);
    m_table->item(index, ResultColumn)->setText(text);
    m_table->item(index, ResultColumn)->setToolTip(text);
    m_table->resizeRowToContents(index);
    updateOverall();
    if (report.status == ImportReport::Status::Imported && report.batchId > 0)
        Q_EMIT batchImported(report.batchId);
}

void RunPage::onImportFinished()
{
    if (!m_running)
        return;
    m_running = false;
    m_finished = true;
    m_cancelButton->setEnabled(false);
    int counts[5] = {0, 0, 0, 0, 0};
    for (const std::optional<ImportReport> &report : std::as_const(m_reports)) {
        if (report)
            ++counts[static_cast<int>(report->status)];
    }
    m_summary->setText(tr("Done. Imported: %1. Unchanged (imported before): %2. Rejected: %3. Cancelled: %4. "
                          "Failed: %5.")
                           .arg(QString::number(counts[0]), QString::number(counts[1]),
                                QString::number(counts[2]), QString::number(counts[3]),
                                QString::number(counts[4])));
    m_overall->setValue(m_overall->maximum());
    Q_EMIT completeChanged();
    Q_EMIT importFinished();
}

void RunPage::updateOverall()
{
    const qint64 total = std::accumulate(m_sizes.cbegin(), m_sizes.cend(), qint64(0));
    const qint64 done = std::accumulate(m_done.cbegin(), m_done.cend(), qint64(0));
    m_overall->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

} // namespace cw
