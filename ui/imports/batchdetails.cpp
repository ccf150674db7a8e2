#include "imports/batchdetails.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include "domain/batch.h"
#include "models/batchmodel.h"

namespace cw {

BatchDetails::BatchDetails(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("batchDetails"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("batchTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_file = addField(tr("File"), "batchFile");
    m_format = addField(tr("Format"), "batchFormat");
    m_importedBy = addField(tr("Imported by"), "batchImportedBy");
    m_importedAt = addField(tr("Imported at"), "batchImportedAt");
    m_size = addField(tr("File size"), "batchFileSize");
    m_sha256 = addField(tr("SHA-256"), "batchSha256");
    m_sha256->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rows = addField(tr("Rows"), "batchRows");
    m_figures = addField(tr("Figures"), "batchFigures");
    m_other = addField(tr("Also"), "batchOther");

    m_skippedTitle = new QLabel(this);
    m_skippedTitle->setObjectName(QStringLiteral("skippedTitle"));
    m_skippedTitle->setWordWrap(true);
    m_skipped = new QTableWidget(0, 3, this);
    m_skipped->setObjectName(QStringLiteral("skippedTable"));
    m_skipped->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_skipped->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_skipped->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_skipped->verticalHeader()->hide();
    m_skipped->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(m_skippedTitle);
    layout->addWidget(m_skipped, 1);
    layout->addStretch(); // takes the room when there is no table of skipped rows
    clear();
}

QLabel *BatchDetails::addField(const QString &label, const char *name)
{
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1String(name));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    m_form->addRow(label, value);
    return value;
}

void BatchDetails::clear()
{
    m_title->setText(tr("Select a batch to see its report."));
    for (QLabel *label :
         {m_file, m_format, m_importedBy, m_importedAt, m_size, m_sha256, m_rows, m_figures, m_other})
        label->clear();
    m_skippedTitle->clear();
    m_skipped->setRowCount(0);
    m_skipped->hide();
}

void BatchDetails::setBatch(const Batch &batch)
{
    const QLocale locale;
    const QString label = batch.demo ? tr("Illustrative demo data") : batch.label;
    m_title->setText(tr("Batch %1: %2").arg(QString::number(batch.id), label));
    m_file->setText(batch.demo ? tr("None: made-up figures for demonstration, not published police data.")
                               : batch.fileName);
    const QString title = BatchModel::formatTitle(batch.format);
    if (batch.demo)
        m_format->setText(tr("Demo data, made by the Workbench"));
    else
        m_format->setText(title == batch.format ? batch.format : tr("%1 (%2)").arg(title, batch.format));
    m_importedBy->setText(batch.importedBy);
    m_importedAt->setText(locale.toString(batch.importedAt.toLocalTime(), QLocale::LongFormat));
    m_size->setText(
        tr("%1 (%2 bytes)").arg(locale.formattedDataSize(batch.fileSize), locale.toString(batch.fileSize)));
    m_sha256->setText(batch.sha256);
    m_rows->setText(
        tr("Read: %1; accepted: %2; skipped as invalid: %3; for areas the workspace does not hold "
           "(not imported): %4.")
            .arg(locale.toString(batch.rowsRead), locale.toString(batch.rowsAccepted),
                 locale.toString(batch.rowsRejected), locale.toString(batch.notImported())));
    m_figures->setText(
        tr("Written: %1; of which revised an earlier value: %2.")
            .arg(locale.toString(batch.observationsWritten), locale.toString(batch.valuesRevised)));
    m_other->setText(tr("Duplicate records dropped: %1; rows placed in no borough (unallocated): %2.")
                         .arg(locale.toString(batch.duplicatesDropped), locale.toString(batch.unallocated)));

    m_skipped->setRowCount(int(batch.skippedRows.size()));
    for (int row = 0; row < batch.skippedRows.size(); ++row) {
        const ImportIssue &issue = batch.skippedRows.at(row);
        auto *line = new QTableWidgetItem(issue.line > 0 ? QString::number(issue.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *column = new QTableWidgetItem(issue.column > 0 ? QString::number(issue.column) : QString());
        column->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *message = new QTableWidgetItem(issue.message);
        message->setToolTip(issue.message);
        m_skipped->setItem(row, 0, line);
        m_skipped->setItem(row, 1, column);
        m_skipped->setItem(row, 2, message);
    }
    m_skipped->resizeColumnToContents(0);
    m_skipped->resizeColumnToContents(1);
    m_skipped->setVisible(!batch.skippedRows.isEmpty());
    if (batch.skippedRows.isEmpty())
        m_skippedTitle->setText(batch.rowsRejected > 0 ? tr("The rows left out are not listed.")
                                                       : tr("No rows were left out."));
    else
        m_skippedTitle->setText(tr("Rows left out as invalid: %1").arg(locale.toString(batch.rowsRejected)));
}

} // namespace cw
