#include "briefing/briefingactions.h"

#include "briefing/briefingexportdialog.h"
#include "briefing/briefingprinting.h"
#include "briefing/briefingsource.h"
#include "domain/pack.h"
#include "services/packservice.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>
#include <QUrl>

namespace cw {

BriefingActions::BriefingActions(Workspace &workspace, QWidget *owner)
    : QObject(owner)
    , m_workspace(workspace)
    , m_owner(owner)
{
    const auto make = [this](const QString &text, const char *name, const QKeySequence &key,
                             const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        action->setToolTip(key.isEmpty() ? tip
                                         : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        action->setEnabled(false);
        m_owner->addAction(action);
        return action;
    };
    m_export = make(tr("E&xport briefing…"), "exportBriefingAction", QKeySequence(Qt::CTRL | Qt::Key_E),
                    tr("Export the meeting's briefing, public or internal edition, as PDF or ODT"));
    m_preview = make(tr("Print pre&view…"), "previewBriefingAction", {},
                     tr("See the briefing's pages as they will print"));
    m_print = make(tr("&Print…"), "printBriefingAction", QKeySequence(Qt::CTRL | Qt::Key_P),
                   tr("Print the meeting's briefing"));
    connect(m_export, &QAction::triggered, this, [this] { exportBriefing(); });
    connect(m_preview, &QAction::triggered, this, [this] {
        if (const auto edition = askBriefingEdition(m_owner, tr("Print preview")))
            printPreview(*edition);
    });
    connect(m_print, &QAction::triggered, this, &BriefingActions::print);
}

void BriefingActions::setMeetingId(qint64 meetingId)
{
    m_meetingId = meetingId;
    refresh();
}

void BriefingActions::refresh()
{
    bool hasPack = false;
    if (m_meetingId != 0) {
        const auto versions = m_workspace.packs().versions(m_meetingId);
        hasPack = versions && !versions->isEmpty();
    }
    for (QAction *action : actions())
        action->setEnabled(hasPack);
}

BriefingExportDialog *BriefingActions::exportBriefing()
{
    if (m_meetingId == 0)
        return nullptr;
    auto *dialog = new BriefingExportDialog(m_workspace, m_meetingId, m_owner);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BriefingExportDialog::exported, this, &BriefingActions::announce);
    connect(dialog, &BriefingExportDialog::exported, this, &BriefingActions::exported);
    dialog->open();
    return dialog;
}

QPrintPreviewDialog *BriefingActions::printPreview(Edition edition)
{
    if (m_meetingId == 0)
        return nullptr;
    const auto versions = m_workspace.packs().versions(m_meetingId);
    const Result<Briefing> briefing =
        briefingEdition(m_workspace, m_meetingId, versions ? defaultBriefingVersion(*versions) : 0, edition);
    if (!briefing) {
        showError(tr("Print preview"), briefing.error().message, briefing.error().detail);
        return nullptr;
    }
    auto *printer = new QPrinter(QPrinter::HighResolution);
    prepareBriefingPrinter(*printer);
    auto *dialog = new QPrintPreviewDialog(printer, m_owner);
    dialog->setObjectName(QStringLiteral("briefingPreviewDialog"));
    dialog->setWindowTitle(tr("Print preview — %1 — %2").arg(briefing->cover.title, displayName(edition)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, dialog, [printer] { delete printer; });
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [this, edited = *briefing](QPrinter *target) {
                const Result<int> painted = printBriefing(edited, *target);
                if (!painted)
                    showError(tr("Print preview"), painted.error().message, painted.error().detail);
            });
    dialog->resize(900, 1000);
    dialog->open();
    return dialog;
}

void BriefingActions::print()
{
    if (m_meetingId == 0)
        return;
    const std::optional<Edition> edition = askBriefingEdition(m_owner, tr("Print briefing"));
    if (!edition)
        return;
    const auto versions = m_workspace.packs().versions(m_meetingId);
    const Result<Briefing> briefing =
        briefingEdition(m_workspace, m_meetingId, versions ? defaultBriefingVersion(*versions) : 0, *edition);
    if (!briefing) {
        showError(tr("Print briefing"), briefing.error().message, briefing.error().detail);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    prepareBriefingPrinter(printer);
    QPrintDialog dialog(&printer, m_owner);
    dialog.setWindowTitle(tr("Print briefing — %1").arg(displayName(*edition)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Printing goes through the printer's engine on this thread; the progress dialog keeps the
    // window painted and offers Cancel between parts.
    QProgressDialog progress(tr("Printing the briefing…"), tr("Cancel"), 0, 0, m_owner);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const Result<int> printed = printBriefing(*briefing, printer, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!printed) {
        if (!progress.wasCanceled())
            showError(tr("Print briefing"), printed.error().message, printed.error().detail);
        return;
    }
    if (auto *window = qobject_cast<QMainWindow *>(m_owner->window()))
        window->statusBar()->showMessage(
            tr("Sent %n page(s) of the briefing to the printer.", nullptr, *printed), 10000);
}

void BriefingActions::announce(const QString &path)
{
    auto *window = qobject_cast<QMainWindow *>(m_owner->window());
    if (window == nullptr)
        return;
    QStatusBar *bar = window->statusBar();
    // One offer at a time: the links go when the message does.
    delete bar->findChild<QLabel *>(QStringLiteral("briefingExportedLinks"));
    auto *links = new QLabel(tr("<a href=\"file\">Open file</a> · <a href=\"folder\">Open folder</a>"), bar);
    links->setObjectName(QStringLiteral("briefingExportedLinks"));
    connect(links, &QLabel::linkActivated, links, [path](const QString &which) {
        const QFileInfo file(path);
        QDesktopServices::openUrl(QUrl::fromLocalFile(
            which == QLatin1String("folder") ? file.absolutePath() : file.absoluteFilePath()));
    });
    connect(bar, &QStatusBar::messageChanged, links, [links](const QString &message) {
        if (message.isEmpty())
            links->deleteLater();
    });
    bar->showMessage(tr("Briefing exported to %1").arg(QDir::toNativeSeparators(path)), 30000);
    bar->addPermanentWidget(links);
    links->show();
}

void BriefingActions::showError(const QString &title, const QString &message, const QString &detail)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_owner);
    box.setInformativeText(detail);
    box.exec();
}

} // namespace cw
