#include "imports/filespage.h"

#include <algorithm>
#include <functional>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include "imports/filedrop.h"
#include "ingest/formatregistry.h"
#include "models/batchmodel.h"

namespace cw {

namespace {

constexpr int PathRole = Qt::UserRole + 1;
const auto kLastFolderKey = QStringLiteral("imports/lastFolder");

QComboBox *makeFormatCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("formatCombo"));
    combo->addItem(FilesPage::tr("Detect automatically"), QString());
    const QStringList names = FormatRegistry::names();
    for (const QString &name : names) {
        combo->addItem(BatchModel::formatTitle(name), name);
        combo->setItemData(combo->count() - 1, name, Qt::ToolTipRole);
    }
    return combo;
}

} // namespace

FilesPage::FilesPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("filesPage"));
    setTitle(tr("Choose the files to import"));
    setSubTitle(tr("Each file becomes one batch. A file is imported whole or not at all, and a file "
                   "imported before is recognised and left as it is."));
    setAcceptDrops(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("fileTable"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Size"), tr("Format")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FormatColumn, QHeaderView::ResizeToContents);

    m_addButton = new QPushButton(tr("Add files…"), this);
    m_addButton->setObjectName(QStringLiteral("addFilesButton"));
    m_removeButton = new QPushButton(tr("Remove from list"), this);
    m_removeButton->setObjectName(QStringLiteral("removeFileButton"));
    auto *hint = new QLabel(tr("You can also drop files here."), this);
    hint->setEnabled(false);

    m_skipInvalid = new QCheckBox(tr("Skip invalid rows"), this);
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalidCheck"));
    m_skipInvalid->setToolTip(tr("Import the valid rows of a file that has some invalid ones, and list "
                                 "the rows left out in the batch's report. When this is off, a file "
                                 "with any invalid row is rejected and nothing from it is written."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(hint, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_skipInvalid);

    connect(m_addButton, &QPushButton::clicked, this, &FilesPage::chooseFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &FilesPage::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FilesPage::updateButtons);
    updateButtons();
}

void FilesPage::addFiles(const QStringList &paths)
{
    const QList<ImportJob> listed = jobs();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString absolute = info.absoluteFilePath();
        const bool known = std::any_of(listed.cbegin(), listed.cend(),
                                       [&](const ImportJob &job) { return job.path == absolute; });
        if (known || !info.isFile())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *file = new QTableWidgetItem(info.fileName());
        file->setData(PathRole, absolute);
        file->setToolTip(QDir::toNativeSeparators(absolute));
        m_table->setItem(row, FileColumn, file);
        auto *size = new QTableWidgetItem(QLocale().formattedDataSize(info.size()));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, SizeColumn, size);
        m_table->setCellWidget(row, FormatColumn, makeFormatCombo(m_table));
    }
    updateButtons();
    Q_EMIT completeChanged();
}

QList<ImportJob> FilesPage::jobs() const
{
    QList<ImportJob> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ImportJob job;
        job.path = m_table->item(row, FileColumn)->data(PathRole).toString();
        if (const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, FormatColumn)))
            job.format = combo->currentData().toString();
        result << job;
    }
    return result;
}

bool FilesPage::skipInvalid() const
{
    return m_skipInvalid->isChecked();
}

void FilesPage::setSkipInvalid(bool skip)
{
    m_skipInvalid->setChecked(skip);
}

bool FilesPage::isComplete() const
{
    return m_table->rowCount() > 0;
}

void FilesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (FileDrop::hasLocalFiles(event->mimeData()))
        event->acceptProposedAction();
}

void FilesPage::dropEvent(QDropEvent *event)
{
    const QStringList files = FileDrop::localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(files);
}

void FilesPage::chooseFiles()
{
    QSettings settings;
    const QString folder = settings.value(kLastFolderKey, QDir::homePath()).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import files"), folder, tr("Published data (*.csv *.txt *.xlsx);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(files.constFirst()).absolutePath());
    addFiles(files);
}

void FilesPage::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<int> numbers;
    for (const QModelIndex &index : rows)
        numbers << index.row();
    std::sort(numbers.begin(), numbers.end(), std::greater<>());
    for (const int row : std::as_const(numbers))
        m_table->removeRow(row);
    updateButtons();
    Q_EMIT completeChanged();
}

void FilesPage::updateButtons()
{
    m_removeButton->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
}

} // namespace cw
