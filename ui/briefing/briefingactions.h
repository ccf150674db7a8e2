#pragma once

#include <QObject>

#include "report/edition.h"

class QAction;
class QPrintPreviewDialog;
class QWidget;

namespace cw {

class BriefingExportDialog;
class Workspace;

// The briefing actions of one meeting, for the Meetings page and the pack editor: "Export
// briefing…" (Ctrl+E), "Print preview…" and "Print…" (Ctrl+P), enabled while the meeting shown
// has a pack. Export opens BriefingExportDialog (window-modal, the window stays live) and, when
// it is done, says where the file is in the main window's status bar with links to open it or
// its folder. Preview and print ask for the edition (public by default), build the latest
// approved version (else the latest) and paint the same A4 pages as the PDF.
class BriefingActions : public QObject
{
    Q_OBJECT

public:
    // The actions' shortcuts work within `owner` (and its children); dialogs open over it.
    BriefingActions(Workspace &workspace, QWidget *owner);

    QAction *exportAction() const { return m_export; }
    QAction *previewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QList<QAction *> actions() const { return {m_export, m_preview, m_print}; }

    qint64 meetingId() const { return m_meetingId; }
    void setMeetingId(qint64 meetingId);
    // Enables the actions when the meeting has a pack (call after a pack is created or removed).
    void refresh();

    // What the actions do; the dialogs are returned open, for tests and screenshots.
    BriefingExportDialog *exportBriefing();
    QPrintPreviewDialog *printPreview(Edition edition);
    void print();

Q_SIGNALS:
    void exported(const QString &path);

private:
    void announce(const QString &path);
    void showError(const QString &title, const QString &message, const QString &detail);

    Workspace &m_workspace;
    QWidget *m_owner;
    qint64 m_meetingId = 0;
    QAction *m_export = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_print = nullptr;
};

} // namespace cw
