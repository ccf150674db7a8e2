#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace cw {

class BatchDetails;
class BatchModel;
class EmptyStatePanel;
class ImportWizard;
class Workspace;
struct Error;

// The "Imports" page: the workspace's import batches (newest first, sortable), the report
// of the one selected, and the ways in: "Import files…" (the import wizard) and dropping
// files on the page. "Remove batch…" asks first, then removes the batch so that what was
// current before it becomes current again. Service failures appear in a message line.
//
// The view owns its BatchModel and any wizard it opened; it must be destroyed before
// `workspace`.
class ImportsView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportsView(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportsView() override;

    // Opens the import wizard (window-modal) with `files` listed, or adds them to the wizard
    // already open. Returns the wizard; it deletes itself when closed.
    ImportWizard *openWizard(const QStringList &files = {});

    QTableView *table() const { return m_table; }
    BatchModel *model() const { return m_model; }
    qint64 selectedBatchId() const; // 0 when none
    void selectBatch(qint64 batchId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void removeSelectedBatch();
    void updateState();
    void showSelected();
    void showError(const Error &error);
    void clearMessage();

    Workspace &m_workspace;
    BatchModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    BatchDetails *m_details = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStatePanel *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_messageLine = nullptr;
    QPointer<ImportWizard> m_wizard;
};

} // namespace cw
