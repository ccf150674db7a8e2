#include "imports/importsview.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "common/emptystatepanel.h"
#include "imports/batchdetails.h"
#include "imports/filedrop.h"
#include "imports/importwizard.h"
#include "models/batchmodel.h"
#include "services/importservice.h"
#include "workspace/workspace.h"

namespace cw {

ImportsView::ImportsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("importsView"));
    setAcceptDrops(true);

    m_importButton = new QPushButton(tr("Import files…"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(tr("Import published data files into this workspace (Ctrl+I)"));
    m_removeButton = new QPushButton(tr("Remove batch…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeBatchButton"));
    m_removeButton->setToolTip(tr("Remove the selected batch: the values it brought in revert to what was "
                                  "current before it"));
    auto *hint = new QLabel(tr("Drop files here to import them."), this);
    hint->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 6, 6, 0);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(hint);

    m_messageLine = new QLabel(this);
    m_messageLine->setObjectName(QStringLiteral("messageLine"));
    m_messageLine->setWordWrap(true);
    m_messageLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLine->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c13; padding: 6px; }"));
    m_messageLine->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_details = new BatchDetails(this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_content = splitter;

    m_empty = new EmptyStatePanel(
        tr("No data imported yet"),
        tr("Import the published files the measures are built from: London Datastore borough crime, "
           "police.uk "
           "street-level crime, Public Attitude Survey extracts, MPS dashboard extracts, or a tidy CSV. Each "
           "file becomes one batch that you can inspect and remove."),
        this);
    m_empty->setObjectName(QStringLiteral("importsEmptyState"));
    QPushButton *emptyImport = m_empty->addButton(tr("Import files…"));
    emptyImport->setObjectName(QStringLiteral("emptyImportButton"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_messageLine);
    layout->addWidget(m_stack, 1);

    // Created after the view so that the view goes first when this page is destroyed.
    m_model = new BatchModel(workspace.imports(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSortRole(BatchModel::SortRole);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(BatchModel::IdColumn, Qt::DescendingOrder);
    // The file name matters most: it gets its full width; the long format titles are cut short
    // (the whole title is in the batch's report).
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BatchModel::FormatColumn, QHeaderView::Interactive);
    header->resizeSection(BatchModel::FormatColumn, 200);
    header->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    connect(m_importButton, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(emptyImport, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(m_removeButton, &QPushButton::clicked, this, &ImportsView::removeSelectedBatch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportsView::showSelected);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        // Show the report of what was just imported.
        if (const Batch *batch = m_model->batchAt(first))
            selectBatch(batch->id);
        updateState();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateState();
        showSelected();
    });
    connect(m_model, &BatchModel::failed, this, &ImportsView::showError);

    if (m_model->error())
        showError(*m_model->error());
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    updateState();
    showSelected();
}

ImportsView::~ImportsView()
{
    // A wizard still open cancels its import and waits for its worker before the workspace
    // (which outlives this view) could go.
    delete m_wizard;
    m_model->disconnect(this);
    m_table->selectionModel()->disconnect(this);
}

ImportWizard *ImportsView::openWizard(const QStringList &files)
{
    clearMessage();
    if (m_wizard) {
        if (m_wizard->currentId() == ImportWizard::FilesPageId)
            m_wizard->addFiles(files);
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new ImportWizard(m_workspace, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->addFiles(files);
    m_wizard->open();
    return m_wizard;
}

qint64 ImportsView::selectedBatchId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(BatchModel::BatchIdRole).toLongLong() : 0;
}

void ImportsView::selectBatch(qint64 batchId)
{
    const int row = m_model->rowOf(batchId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ImportsView::dragEnterEvent(QDragEnterEvent *event)
{
    if (FileDrop::hasLocalFiles(event->mimeData()))
        event->acceptProposedAction();
}

void ImportsView::dropEvent(QDropEvent *event)
{
    const QStringList files = FileDrop::localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openWizard(files);
}

void ImportsView::removeSelectedBatch()
{
    const qint64 batchId = selectedBatchId();
    const Batch *batch = m_model->batchAt(m_model->rowOf(batchId));
    if (batch == nullptr)
        return;
    clearMessage();
    const QString label = batch->demo ? tr("Illustrative demo data") : batch->label;
    QMessageBox box(QMessageBox::Question, tr("Remove batch"),
                    tr("Remove batch %1, “%2”?").arg(QString::number(batchId), label), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("removeBatchConfirmation"));
    box.setInformativeText(
        tr("The figures it brought in are taken out of the workspace. Where it revised figures that were "
           "already there, the values that were current before it was imported become current again. You "
           "can import the file again later."));
    QPushButton *remove = box.addButton(tr("Remove batch"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    const Result<void> removed = m_workspace.imports().removeBatch(batchId);
    if (!removed)
        showError(removed.error());
}

void ImportsView::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_content);
    m_removeButton->setEnabled(selectedBatchId() != 0);
}

void ImportsView::showSelected()
{
    const qint64 batchId = selectedBatchId();
    m_removeButton->setEnabled(batchId != 0);
    if (batchId == 0) {
        m_details->clear();
        return;
    }
    const Result<Batch> batch = m_workspace.imports().batch(batchId);
    if (!batch) {
        m_details->clear();
        showError(batch.error());
        return;
    }
    m_details->setBatch(*batch);
}

void ImportsView::showError(const Error &error)
{
    m_messageLine->setText(error.message);
    m_messageLine->setToolTip(error.detail);
    m_messageLine->show();
}

void ImportsView::clearMessage()
{
    m_messageLine->clear();
    m_messageLine->hide();
}

} // namespace cw
