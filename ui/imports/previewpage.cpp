#include "imports/previewpage.h"

#include <algorithm>
#include <cmath>

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "imports/filespage.h"

namespace cw {

namespace {

QTableWidget *makeTable(const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QTableWidgetItem *textItem(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString formatValue(double value)
{
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15)
        return QLocale().toString(static_cast<qint64>(value));
    return QLocale().toString(value, 'g', 12);
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

PreviewPage::PreviewPage(FilesPage &files, ImportWorker &worker, QWidget *parent)
    : QWizardPage(parent)
    , m_files(files)
    , m_worker(worker)
{
    setObjectName(QStringLiteral("previewPage"));
    setTitle(tr("Check what will be imported"));
    setSubTitle(tr("The files are read and checked; nothing is written until you choose Import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);

    m_fileList = new QListWidget(this);
    m_fileList->setObjectName(QStringLiteral("previewFileList"));
    m_fileList->setWordWrap(true); // long file names wrap rather than hide
    m_fileList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_fileList->setSpacing(2);

    auto *right = new QWidget(this);
    m_verdict = new QLabel(right);
    m_verdict->setObjectName(QStringLiteral("previewVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(right);
    m_details->setObjectName(QStringLiteral("previewDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reading = new QProgressBar(right);
    m_reading->setObjectName(QStringLiteral("previewProgress"));
    m_reading->setRange(0, 100);

    m_figures = makeTable(QStringLiteral("figuresTable"), right);
    m_figures->setColumnCount(4);
    m_figures->setHorizontalHeaderLabels({tr("Indicator"), tr("Area"), tr("Period"), tr("Value")});
    m_figures->verticalHeader()->hide();
    m_raw = makeTable(QStringLiteral("rawTable"), right);
    m_errors = makeTable(QStringLiteral("errorTable"), right);
    m_errors->setColumnCount(4);
    m_errors->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Column"), tr("Problem")});
    m_errors->verticalHeader()->hide();
    m_errors->horizontalHeader()->setStretchLastSection(true);

    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->addTab(m_figures, tr("Figures"));
    m_tabs->addTab(m_raw, tr("File contents"));
    m_tabs->addTab(m_errors, tr("Problems"));

    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_verdict);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_reading);
    rightLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_fileList);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 700});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(&worker, &ImportWorker::previewReady, this, &PreviewPage::onPreviewReady);
    connect(&worker, &ImportWorker::previewProgress, this, &PreviewPage::onPreviewProgress);
    connect(m_fileList, &QListWidget::currentRowChanged, this, &PreviewPage::showSelected);
}

QString PreviewPage::keyOf(const ImportJob &job)
{
    return job.format + QLatin1Char('\n') + job.path;
}

void PreviewPage::initializePage()
{
    m_jobs = m_files.jobs();
    m_announced = false;
    m_percent.clear();
    m_generation = m_worker.cancelPreviews();
    for (const ImportJob &job : std::as_const(m_jobs)) {
        if (m_previews.contains(keyOf(job)))
            continue;
        ImportWorker *worker = &m_worker;
        const int generation = m_generation;
        QMetaObject::invokeMethod(
            worker, [worker, generation, job] { worker->preview(generation, job.path, job.format); },
            Qt::QueuedConnection);
    }
    m_fileList->clear();
    for (const ImportJob &job : std::as_const(m_jobs)) {
        auto *item = new QListWidgetItem(QFileInfo(job.path).fileName(), m_fileList);
        item->setToolTip(QDir::toNativeSeparators(job.path));
    }
    updateList();
    updateErrors();
    selectFile(0);
}

bool PreviewPage::previewsDone() const
{
    return std::all_of(m_jobs.cbegin(), m_jobs.cend(),
                       [this](const ImportJob &job) { return m_previews.contains(keyOf(job)); });
}

const ImportPreview *PreviewPage::previewAt(int index) const
{
    if (index < 0 || index >= m_jobs.size())
        return nullptr;
    const auto it = m_previews.constFind(keyOf(m_jobs.at(index)));
    return it == m_previews.cend() ? nullptr : &it.value();
}

void PreviewPage::selectFile(int index)
{
    m_fileList->setCurrentRow(index);
    showSelected();
}

void PreviewPage::onPreviewReady(const ImportPreview &preview)
{
    if (preview.cancelled)
        return; // abandoned: initializePage() asked again if it still matters
    m_previews.insert(keyOf({preview.path, preview.requestedFormat}), preview);
    updateList();
    updateErrors();
    const ImportPreview *selected = previewAt(m_fileList->currentRow());
    if (selected != nullptr && selected->path == preview.path)
        showSelected();
    if (!m_announced && previewsDone()) {
        m_announced = true;
        Q_EMIT previewsFinished();
    }
}

void PreviewPage::onPreviewProgress(const QString &path, qint64 done, qint64 total)
{
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    m_percent.insert(path, percent);
    const int row = m_fileList->currentRow();
    if (row >= 0 && row < m_jobs.size() && m_jobs.at(row).path == path)
        m_reading->setValue(percent);
}

QString PreviewPage::statusText(int index) const
{
    const ImportPreview *preview = previewAt(index);
    if (preview == nullptr)
        return tr("being read…");
    if (!preview->failure.isEmpty() || preview->fatal)
        return tr("cannot be imported");
    if (preview->issueCount > 0)
        return m_files.skipInvalid() ? tr("problem rows will be skipped") : tr("will be rejected");
    return tr("ready");
}

void PreviewPage::updateList()
{
    int ready = 0;
    int rejected = 0;
    int pending = 0;
    for (int i = 0; i < m_jobs.size(); ++i) {
        const ImportPreview *preview = previewAt(i);
        if (preview == nullptr)
            ++pending;
        else if (preview->fatal || !preview->failure.isEmpty() ||
                 (preview->issueCount > 0 && !m_files.skipInvalid()))
            ++rejected;
        else
            ++ready;
        if (QListWidgetItem *item = m_fileList->item(i))
            item->setText(tr("%1\n%2").arg(QFileInfo(m_jobs.at(i).path).fileName(), statusText(i)));
    }
    QString text = tr("Files ready to import: %1. Files that will be rejected: %2.")
                       .arg(QString::number(ready), QString::number(rejected));
    if (pending > 0)
        text += QLatin1Char(' ') + tr("Still being read: %1.").arg(pending);
    m_summary->setText(text);
}

void PreviewPage::updateErrors()
{
    m_errors->setRowCount(0);
    qint64 total = 0;
    for (int i = 0; i < m_jobs.size(); ++i) {
        const ImportPreview *preview = previewAt(i);
        if (preview == nullptr)
            continue;
        QList<ImportIssue> issues = preview->issues;
        if (!preview->failure.isEmpty())
            issues.prepend({0, 0, preview->failure});
        total += preview->failure.isEmpty() ? preview->issueCount : preview->issueCount + 1;
        for (const ImportIssue &issue : std::as_const(issues)) {
            const int row = m_errors->rowCount();
            m_errors->insertRow(row);
            m_errors->setItem(row, ErrorFileColumn, textItem(preview->fileName));
            m_errors->setItem(row, ErrorLineColumn,
                              textItem(issue.line > 0 ? QString::number(issue.line) : QString(), true));
            QString column;
            if (issue.column > 0) {
                column = QString::number(issue.column);
                if (issue.column <= preview->rawHeader.size())
                    column = tr("%1 (%2)").arg(column, preview->rawHeader.at(issue.column - 1));
            }
            m_errors->setItem(row, ErrorFieldColumn, textItem(column));
            m_errors->setItem(row, ErrorMessageColumn, textItem(issue.message));
            m_errors->item(row, ErrorMessageColumn)->setToolTip(issue.message);
        }
        if (preview->issueCount > preview->issues.size()) {
            const int row = m_errors->rowCount();
            m_errors->insertRow(row);
            m_errors->setItem(row, ErrorFileColumn, textItem(preview->fileName));
            m_errors->setItem(row, ErrorMessageColumn,
                              textItem(tr("Problems not listed here: %1 (only the first %2 are kept).")
                                           .arg(count(preview->issueCount - preview->issues.size()),
                                                count(preview->issues.size()))));
        }
    }
    m_errors->resizeColumnsToContents();
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_tabs->setTabText(m_tabs->indexOf(m_errors),
                       total > 0 ? tr("Problems (%1)").arg(count(total)) : tr("Problems (none)"));
}

QString PreviewPage::verdictText(const ImportPreview &preview, QString *style) const
{
    const QString red = QStringLiteral("QLabel { background: #fdecea; color: #8a1c13; padding: 6px; }");
    const QString amber = QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; }");
    const QString green = QStringLiteral("QLabel { background: #e6f4ea; color: #1e4620; padding: 6px; }");
    if (!preview.failure.isEmpty()) {
        *style = red;
        return tr("This file could not be checked: %1").arg(preview.failure);
    }
    if (preview.fatal) {
        *style = red;
        const QString why = preview.issues.isEmpty() ? tr("it is not in a format the Workbench reads.")
                                                     : preview.issues.constFirst().message;
        return tr("This file cannot be imported, whatever you choose: %1").arg(why);
    }
    if (preview.issueCount > 0 && !m_files.skipInvalid()) {
        *style = red;
        return tr("Invalid rows: %1. This file will be rejected and nothing from it written, unless you go "
                  "back and tick “Skip invalid rows”.")
            .arg(count(preview.rowsRejected));
    }
    if (preview.issueCount > 0) {
        *style = amber;
        return tr("Invalid rows: %1. They will be left out and listed in the batch's report; the other %2 "
                  "rows will be imported.")
            .arg(count(preview.rowsRejected), count(preview.rowsRead - preview.rowsRejected));
    }
    *style = green;
    return tr("No problems found: this file is ready to import.");
}

void PreviewPage::showSelected()
{
    const int index = m_fileList->currentRow();
    const ImportPreview *preview = previewAt(index);
    m_figures->setRowCount(0);
    m_raw->clear();
    m_raw->setRowCount(0);
    m_raw->setColumnCount(0);
    if (preview == nullptr) {
        m_verdict->setStyleSheet({});
        m_verdict->setText(index < 0 ? QString() : tr("Reading the file…"));
        m_details->clear();
        m_reading->setVisible(index >= 0);
        m_reading->setValue(index >= 0 ? m_percent.value(m_jobs.at(index).path) : 0);
        return;
    }
    m_reading->hide();
    QString style;
    m_verdict->setText(verdictText(*preview, &style));
    m_verdict->setStyleSheet(style);
    const QString format = preview->formatTitle.isEmpty() ? tr("not recognised") : preview->formatTitle;
    m_details->setText(
        tr("Format: %1 (%2). Size: %3. Rows read: %4; invalid: %5; duplicates dropped: %6; unallocated: %7; "
           "for other areas (not imported): %11. Figures: %8 (indicators: %9, areas: %10).")
            .arg(format, preview->requestedFormat.isEmpty() ? tr("detected") : tr("chosen"),
                 QLocale().formattedDataSize(preview->size), count(preview->rowsRead),
                 count(preview->rowsRejected), count(preview->duplicatesDropped), count(preview->unallocated),
                 count(preview->observationCount), count(preview->indicatorCount))
            .arg(count(preview->areaCount), count(preview->notImported)));
    showFigures(*preview);
    showRawRows(*preview);
}

void PreviewPage::showFigures(const ImportPreview &preview)
{
    m_figures->setRowCount(int(preview.figures.size()));
    for (int row = 0; row < preview.figures.size(); ++row) {
        const ImportPreview::Figure &figure = preview.figures.at(row);
        m_figures->setItem(row, 0, textItem(figure.indicator));
        m_figures->setItem(row, 1, textItem(figure.area));
        auto *period = textItem(figure.period);
        period->setToolTip(figure.periodLabel);
        m_figures->setItem(row, 2, period);
        QString value = formatValue(figure.value);
        if (figure.denominator)
            value = tr("%1 of %2").arg(value, formatValue(*figure.denominator));
        m_figures->setItem(row, 3, textItem(value, true));
    }
    m_figures->resizeColumnsToContents();
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tabs->setTabText(m_tabs->indexOf(m_figures),
                       preview.observationCount > preview.figures.size()
                           ? tr("Figures (first %1 of %2)")
                                 .arg(count(preview.figures.size()), count(preview.observationCount))
                           : tr("Figures (%1)").arg(count(preview.observationCount)));
}

void PreviewPage::showRawRows(const ImportPreview &preview)
{
    m_raw->setColumnCount(int(preview.rawHeader.size()));
    m_raw->setHorizontalHeaderLabels(preview.rawHeader);
    m_raw->setRowCount(int(preview.rawRows.size()));
    QStringList lines;
    for (int row = 0; row < preview.rawRows.size(); ++row) {
        const QStringList &fields = preview.rawRows.at(row);
        for (int column = 0; column < fields.size() && column < m_raw->columnCount(); ++column)
            m_raw->setItem(row, column, textItem(fields.at(column)));
        lines << QString::number(preview.rawLines.value(row));
    }
    m_raw->setVerticalHeaderLabels(lines);
    m_raw->resizeColumnsToContents();
    m_tabs->setTabText(m_tabs->indexOf(m_raw),
                       tr("File contents (first %1 rows)").arg(preview.rawRows.size()));
}

} // namespace cw
