#pragma once

#include "domain/batch.h"
#include "imports/importworker.h"

#include <QList>
#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cw {

class FilesPage;

// The import wizard's last page: imports the chosen files on the worker thread as soon as
// it is shown, with a progress bar per file and one overall, and a Cancel button (a file
// cancelled part way writes nothing). Each file's result is listed as it finishes.
class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { FileColumn, ProgressColumn, StatusColumn, ResultColumn, ColumnCount };

    RunPage(FilesPage &files, ImportWorker &worker, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_running; }
    // Asks the worker to stop; the page completes when it has.
    void cancel();
    // The result of each file, in the order of the list (empty while a file is pending).
    const QList<std::optional<ImportReport>> &reports() const { return m_reports; }

Q_SIGNALS:
    // A file was imported as a new batch (on the worker's own connection).
    void batchImported(qint64 batchId);
    void importFinished();

private:
    void onFileStarted(int index);
    void onFileProgress(int index, qint64 done, qint64 total);
    void onFileFinished(int index, const cw::ImportReport &report);
    void onImportFinished();
    void updateOverall();
    QProgressBar *progressAt(int index) const;

    FilesPage &m_files;
    ImportWorker &m_worker;
    QList<ImportJob> m_jobs;
    QList<qint64> m_sizes;
    QList<qint64> m_done;
    QList<std::optional<ImportReport>> m_reports;
    QList<QProgressBar *> m_bars; // one per file, in the progress column
    bool m_running = false;
    bool m_finished = false;

    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QProgressBar *m_overall = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace cw
