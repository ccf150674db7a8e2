#pragma once

#include <QDialog>

#include "report/edition.h"
#include "util/result.h"

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace cw {

class Workspace;

// "Export briefing" for one meeting: edition (public, marked OFFICIAL, or internal, marked
// OFFICIAL-SENSITIVE, with a warning), format (PDF or ODT), pack version (the latest approved
// by default, else the latest, called a draft when it is not approved) and the file (a name
// made from the meeting's date and kind and the edition, in the folder used last). Export
// builds the briefing on this thread (it reads the workspace), then renders and writes it in a
// worker thread, with progress here; Cancel stops it and nothing is written. Errors are shown
// in the dialog (message and detail). On success it emits exported() and closes.
class BriefingExportDialog : public QDialog
{
    Q_OBJECT

public:
    BriefingExportDialog(Workspace &workspace, qint64 meetingId, QWidget *parent = nullptr);
    ~BriefingExportDialog() override; // cancels an export under way and waits for it

    QComboBox *editionCombo() const { return m_edition; }
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *versionCombo() const { return m_version; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *exportButton() const { return m_exportButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *warningLabel() const { return m_warning; }
    QLabel *errorLabel() const { return m_error; }

    Edition edition() const;
    bool isOdt() const;
    int packVersion() const;
    QString outputPath() const;
    bool isRunning() const { return m_thread != nullptr; }
    // How long building the briefing took in the last export (milliseconds; -1 before one).
    qint64 lastBuildMilliseconds() const { return m_buildMs; }

    // Starts the export (the Export button), and cancels it (the Cancel button, Esc).
    void startExport();
    void cancelExport();

    // The name proposed for `edition` and the format chosen, e.g.
    // "2026-11-20 London Policing Board - public.pdf".
    QString defaultFileName() const;

Q_SIGNALS:
    void exported(const QString &path);
    void failed(const Error &error);

public Q_SLOTS:
    void reject() override;

private:
    void updateEdition();
    void updateVersion();
    void updateFileName();
    void fitHeight();
    void browse();
    void showError(const Error &error);
    void setRunning(bool running);
    void finish();

    Workspace &m_workspace;
    qint64 m_meetingId = 0;
    QString m_meetingName; // "2026-11-20 London Policing Board"
    QComboBox *m_edition = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_version = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_draft = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QString m_proposed; // the name last proposed; replaced when the edition or format changes
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<Result<void>> m_result;
    QString m_writing; // the file being written
    qint64 m_buildMs = -1;
};

} // namespace cw
