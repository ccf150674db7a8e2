#include "imports/importwizard.h"

#include <QThread>

#include "imports/filespage.h"
#include "imports/importworker.h"
#include "imports/previewpage.h"
#include "imports/runpage.h"
#include "services/importservice.h"
#include "workspace/workspace.h"

namespace cw {

ImportWizard::ImportWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_thread(new QThread(this))
    , m_worker(new ImportWorker(workspace.path()))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import files"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(960, 680);

    m_thread->setObjectName(QStringLiteral("importWorkerThread"));
    m_worker->moveToThread(m_thread);
    m_thread->start();

    m_filesPage = new FilesPage(this);
    m_previewPage = new PreviewPage(*m_filesPage, *m_worker, this);
    m_runPage = new RunPage(*m_filesPage, *m_worker, this);
    setPage(FilesPageId, m_filesPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilesPageId);

    connect(m_runPage, &RunPage::batchImported, this, &ImportWizard::announceBatch);
    connect(m_runPage, &RunPage::importFinished, this, &ImportWizard::onImportFinished);
}

ImportWizard::~ImportWizard()
{
    // Stop whatever the worker is doing (nothing is written for a cancelled file), then let
    // its thread end before the worker goes.
    m_worker->requestCancel();
    m_worker->cancelPreviews();
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void ImportWizard::addFiles(const QStringList &paths)
{
    m_filesPage->addFiles(paths);
}

bool ImportWizard::isRunning() const
{
    return m_runPage->isRunning();
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_closeWhenStopped = true;
        m_runPage->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::onImportFinished()
{
    if (m_closeWhenStopped)
        QWizard::reject();
}

void ImportWizard::announceBatch(qint64 batchId)
{
    // The batch was written on the worker's connection: tell this thread's service so that
    // its models pick it up.
    m_workspace.imports().announceBatch(batchId);
}

} // namespace cw
