#pragma once

#include "imports/importpreview.h"
#include "imports/importworker.h"

#include <QHash>
#include <QList>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;
class QTabWidget;
class QTableWidget;

namespace cw {

class FilesPage;

// The import wizard's second page: every chosen file is read (on the worker thread, nothing
// written) and the page shows, for the file selected, the format detected, the counts, the
// first raw records and the figures they give; and, for all files, every problem found with
// its line and column. A file with problems says plainly that it will be rejected unless
// invalid rows are skipped. This is the wizard's commit page: its button imports.
class PreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    enum ErrorColumn { ErrorFileColumn, ErrorLineColumn, ErrorFieldColumn, ErrorMessageColumn };

    PreviewPage(FilesPage &files, ImportWorker &worker, QWidget *parent = nullptr);

    void initializePage() override;

    // Whether every listed file has been read.
    bool previewsDone() const;
    // The preview of the file at `index` in the list, or nullptr while it is being read.
    const ImportPreview *previewAt(int index) const;
    void selectFile(int index);

Q_SIGNALS:
    void previewsFinished();

private:
    static QString keyOf(const ImportJob &job);
    void onPreviewReady(const ImportPreview &preview);
    void onPreviewProgress(const QString &path, qint64 done, qint64 total);
    void updateList();
    void updateErrors();
    void showSelected();
    void showFigures(const ImportPreview &preview);
    void showRawRows(const ImportPreview &preview);
    QString statusText(int index) const;
    QString verdictText(const ImportPreview &preview, QString *style) const;

    FilesPage &m_files;
    ImportWorker &m_worker;
    QList<ImportJob> m_jobs;
    QHash<QString, ImportPreview> m_previews; // by keyOf(job)
    QHash<QString, int> m_percent;            // reading progress by path
    int m_generation = 0;
    bool m_announced = false;

    QLabel *m_summary = nullptr;
    QListWidget *m_fileList = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_details = nullptr;
    QProgressBar *m_reading = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_figures = nullptr;
    QTableWidget *m_raw = nullptr;
    QTableWidget *m_errors = nullptr;
};

} // namespace cw
