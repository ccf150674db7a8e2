#pragma once

#include "domain/batch.h"
#include "imports/importpreview.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>

namespace cw {

// One file to import, and the format to read it as (empty: detect from the header).
struct ImportJob
{
    QString path;
    QString format;
};

// Reads and imports files away from the GUI thread. The worker lives on its own QThread;
// call preview() and importFiles() there (QMetaObject::invokeMethod, queued). Each call opens
// its own connection to the workspace file and its own ImportService on that thread, and
// closes them before it returns. Results come back through queued signals.
//
// requestCancel() and cancelPreviews() may be called from any thread.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    explicit ImportWorker(QString workspacePath, QObject *parent = nullptr);

    // Stops the import (or preview) under way as soon as it can, and all later work of this
    // worker (one worker serves one wizard, which imports once). Nothing is written for a
    // cancelled file; files not started are reported as cancelled. May come before the
    // import has started.
    void requestCancel() { m_cancel = true; }
    // Abandons the previews requested so far and returns the new generation for later ones.
    int cancelPreviews() { return ++m_previewGeneration; }

    // Reads `path` without writing (generation: from cancelPreviews(), or 0).
    void preview(int generation, const QString &path, const QString &format);
    // Imports the files one after the other, each in its own batch.
    void importFiles(const QList<cw::ImportJob> &jobs, bool skipInvalid);

Q_SIGNALS:
    void previewProgress(const QString &path, qint64 done, qint64 total);
    void previewReady(const cw::ImportPreview &preview);

    void fileStarted(int index);
    void fileProgress(int index, qint64 done, qint64 total);
    void fileFinished(int index, const cw::ImportReport &report);
    void importFinished();

private:
    ImportPreview makePreview(const QString &path, const QString &format, int generation);

    QString m_workspacePath;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_previewGeneration{0};
};

} // namespace cw
