#pragma once

#include <QStringList>
#include <QWizard>

class QThread;

namespace cw {

class FilesPage;
class ImportWorker;
class PreviewPage;
class RunPage;
class Workspace;

// Imports published files into a workspace in three steps: choose the files (and whether to
// skip invalid rows), check what each will give and every problem found, then import with
// progress and a way to cancel. Reading and writing happen on a worker thread with its own
// connection to the workspace file, so the window stays responsive; as each file becomes a
// batch the workspace's ImportService announces it (so views of the batches follow).
//
// Closing the wizard while it imports cancels the import and closes once the worker has
// stopped. The wizard must be destroyed before `workspace`.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilesPageId, PreviewPageId, RunPageId };

    explicit ImportWizard(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Adds files to the list on the first page (duplicates are ignored).
    void addFiles(const QStringList &paths);

    FilesPage *filesPage() const { return m_filesPage; }
    PreviewPage *previewPage() const { return m_previewPage; }
    RunPage *runPage() const { return m_runPage; }
    bool isRunning() const;

    void reject() override;

private:
    void onImportFinished();
    void announceBatch(qint64 batchId);

    Workspace &m_workspace;
    QThread *m_thread = nullptr;
    ImportWorker *m_worker = nullptr; // lives on m_thread; deleted once it has stopped
    FilesPage *m_filesPage = nullptr;
    PreviewPage *m_previewPage = nullptr;
    RunPage *m_runPage = nullptr;
    bool m_closeWhenStopped = false;
};

} // namespace cw
