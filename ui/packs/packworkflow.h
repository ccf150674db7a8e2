#pragma once

#include <QObject>

#include "domain/pack.h"

class QAction;
class QLabel;
class QWidget;

namespace cw {

class Workspace;

// The review workflow of the pack shown: Submit for review, Return to draft, Approve (after a
// confirmation that says what approval freezes), New version (from an approved pack; an undo
// command), and the changes in the numbers since the previous approved version. Transitions
// are recorded decisions (who and when), not undoable edits. Keeps the banner that says where
// the pack stands ("Approved by … on … — data as of …"). Errors go to failed().
class PackWorkflow : public QObject
{
    Q_OBJECT

public:
    PackWorkflow(Workspace &workspace, QWidget *dialogParent, QObject *parent = nullptr);

    // The pack shown (id 0: none).
    void setPack(const Pack &pack);

    QAction *submitAction() const { return m_submit; }
    QAction *returnAction() const { return m_return; }
    QAction *approveAction() const { return m_approve; }
    QAction *newVersionAction() const { return m_newVersion; }
    QAction *changesAction() const { return m_changes; }
    QLabel *banner() const { return m_banner; }

    bool submitForReview();
    bool returnToDraft();
    // Asks first unless `confirmed`.
    bool approve(bool confirmed = false);
    bool startNewVersion();
    void showChanges();

    static QString bannerText(const Pack &pack);

Q_SIGNALS:
    void failed(const QString &message);
    // A new version was started (its pack id).
    void versionStarted(qint64 packId);

private:
    void update();
    bool report(bool ok, const QString &message);

    Workspace &m_workspace;
    QWidget *m_dialogParent;
    Pack m_pack;
    QAction *m_submit = nullptr;
    QAction *m_return = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_newVersion = nullptr;
    QAction *m_changes = nullptr;
    QLabel *m_banner = nullptr;
};

} // namespace cw
