#include "packs/packworkflow.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>

#include "commands/createpackcommand.h"
#include "packs/versiondiffdialog.h"
#include "services/packservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm"));
}

} // namespace

PackWorkflow::PackWorkflow(Workspace &workspace, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_dialogParent(dialogParent)
{
    const auto make = [this](const QString &text, const char *name, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(tip);
        return action;
    };
    m_submit = make(tr("Submit for review"), "submitForReviewAction",
                    tr("Send the pack to the Deputy Mayor's office for review"));
    m_return = make(tr("Return to draft"), "returnToDraftAction", tr("Take the pack back to draft"));
    m_approve = make(tr("Approve…"), "approveAction", tr("Approve the pack: its numbers are frozen"));
    m_newVersion =
        make(tr("New version"), "newVersionAction", tr("Start a new draft version from this approved pack"));
    m_changes = make(tr("Changes since approved…"), "changesAction",
                     tr("What changed in the numbers since the previous approved version"));
    connect(m_submit, &QAction::triggered, this, &PackWorkflow::submitForReview);
    connect(m_return, &QAction::triggered, this, &PackWorkflow::returnToDraft);
    connect(m_approve, &QAction::triggered, this, [this] { approve(false); });
    connect(m_newVersion, &QAction::triggered, this, &PackWorkflow::startNewVersion);
    connect(m_changes, &QAction::triggered, this, &PackWorkflow::showChanges);

    m_banner = new QLabel(dialogParent);
    m_banner->setObjectName(QStringLiteral("packBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(&workspace.packs(), &PackService::packChanged, this, [this](const Pack &pack) {
        if (pack.id == m_pack.id) {
            const QList<PackSection> sections = m_pack.sections;
            m_pack = pack;
            m_pack.sections = sections;
            update();
        }
    });
    update();
}

void PackWorkflow::setPack(const Pack &pack)
{
    m_pack = pack;
    update();
}

QString PackWorkflow::bannerText(const Pack &pack)
{
    switch (pack.status) {
    case PackStatus::Draft:
        return tr("Draft, version %1 — started by %2 on %3.")
            .arg(pack.version)
            .arg(pack.createdBy, when(pack.createdAt));
    case PackStatus::InReview:
        return tr("In review, version %1 — submitted by %2 on %3.")
            .arg(pack.version)
            .arg(pack.submittedBy, when(pack.submittedAt));
    case PackStatus::Approved: {
        const QString asOf = pack.vintageBatchId == 0
                                 ? tr("no imported data")
                                 : tr("%1 (imported %2)").arg(pack.vintageLabel, when(pack.vintageAt));
        return tr("Approved by %1 on %2 — data as of %3. This version is frozen; start a new version to "
                  "change it.")
            .arg(pack.approvedBy, when(pack.approvedAt), asOf);
    }
    }
    return {};
}

void PackWorkflow::update()
{
    const bool shown = m_pack.id != 0;
    m_submit->setEnabled(shown && m_pack.status == PackStatus::Draft);
    m_return->setEnabled(shown && m_pack.status == PackStatus::InReview);
    m_approve->setEnabled(shown && m_pack.status == PackStatus::InReview);
    m_newVersion->setEnabled(shown && m_pack.status == PackStatus::Approved);
    m_changes->setEnabled(shown);
    m_banner->setVisible(shown);
    if (!shown)
        return;
    m_banner->setText(bannerText(m_pack));
    const char *style = m_pack.status == PackStatus::Approved   ? "background: #e3f1e4; color: #1b4d1f;"
                        : m_pack.status == PackStatus::InReview ? "background: #fff3cd; color: #664d03;"
                                                                : "background: #eef2f7; color: #1f3a68;";
    m_banner->setStyleSheet(QStringLiteral("QLabel { %1 padding: 6px 8px; }").arg(QLatin1String(style)));
}

bool PackWorkflow::report(bool ok, const QString &message)
{
    if (!ok)
        Q_EMIT failed(message);
    return ok;
}

bool PackWorkflow::submitForReview()
{
    const Result<Pack> pack = m_workspace.packs().submitForReview(m_pack.id);
    return report(bool(pack), pack ? QString() : pack.error().message);
}

bool PackWorkflow::returnToDraft()
{
    const Result<Pack> pack = m_workspace.packs().returnToDraft(m_pack.id);
    return report(bool(pack), pack ? QString() : pack.error().message);
}

bool PackWorkflow::approve(bool confirmed)
{
    if (!confirmed) {
        const auto answer =
            QMessageBox::question(m_dialogParent, tr("Approve the pack"),
                                  tr("Approve version %1 of this pack?\n\nApproval records you as the "
                                     "approver and freezes the pack: "
                                     "its key facts keep the numbers of the data imported so far, and "
                                     "nothing in this version can be "
                                     "changed afterwards. A new version can be started from it.")
                                      .arg(m_pack.version),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const Result<Pack> pack = m_workspace.packs().approve(m_pack.id);
    return report(bool(pack), pack ? QString() : pack.error().message);
}

bool PackWorkflow::startNewVersion()
{
    auto *command =
        new CreatePackCommand(m_workspace.packs(), m_pack.meetingId, CreatePackCommand::Mode::NewVersion);
    command->setText(tr("Start version %1 of the pack").arg(m_pack.version + 1));
    m_workspace.undoStack().push(command);
    if (command->packId() == 0)
        return false; // the service said why through failed()
    Q_EMIT versionStarted(command->packId());
    return true;
}

void PackWorkflow::showChanges()
{
    const Result<PackVersionDiff> diff = m_workspace.packs().changesSincePreviousApproved(m_pack.id);
    if (!report(bool(diff), diff ? QString() : diff.error().message))
        return;
    // Titles of the items added (this version) and removed (the previous approved one).
    QHash<QString, QString> titles;
    for (const qint64 id : {diff->previousPackId, m_pack.id}) {
        const Result<Pack> pack = id != 0 ? m_workspace.packs().pack(id) : Result<Pack>(Error(QString()));
        if (!pack)
            continue;
        for (const PackSection &section : pack->sections) {
            for (const PackItem &item : section.items)
                titles.insert(item.uid, item.title);
        }
    }
    VersionDiffDialog dialog(*diff, m_pack.version, titles, m_dialogParent);
    dialog.exec();
}

} // namespace cw
