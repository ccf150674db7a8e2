#include "meetings/meetingsview.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include "briefing/briefingactions.h"
#include "meetings/meetingsbrowser.h"
#include "packs/packeditor.h"
#include "services/annotationservice.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "workspace/workspace.h"

namespace cw {

MeetingsView::MeetingsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("meetingsView"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("meetingsErrorBar"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c13; padding: 6px; }"));
    m_error->hide();
    m_browser = new MeetingsBrowser(workspace, this);
    m_packEditor = new PackEditor(workspace, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_browser);
    m_stack->addWidget(m_packEditor);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    // The briefing actions follow the meeting in view, in the list's and the pack's toolbars.
    m_briefing = new BriefingActions(workspace, this);
    for (const char *name : {"meetingsToolbar", "packToolbar"}) {
        if (auto *toolbar = findChild<QToolBar *>(QLatin1String(name))) {
            toolbar->addSeparator();
            toolbar->addActions(m_briefing->actions());
        }
    }
    connect(m_browser->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsView::updateBriefingMeeting);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MeetingsView::updateBriefingMeeting);
    // A pack created, removed or a new version (undo and redo too).
    connect(&workspace.undoStack(), &QUndoStack::indexChanged, m_briefing, &BriefingActions::refresh);
    updateBriefingMeeting();

    connect(m_browser, &MeetingsBrowser::openPackRequested, this, &MeetingsView::openPack);
    connect(m_packEditor, &PackEditor::backRequested, this, &MeetingsView::showList);
    connect(m_packEditor, &PackEditor::failed, this, &MeetingsView::showError);
    const auto report = [this](const Error &error) { showError(error.message); };
    connect(&workspace.meetings(), &MeetingService::failed, this, report);
    connect(&workspace.packs(), &PackService::failed, this, report);
    connect(&workspace.annotations(), &AnnotationService::failed, this, report);
    // A message stays until the next change succeeds.
    connect(&workspace.undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_error->isVisible() && !m_fresh)
            m_error->hide();
    });
}

void MeetingsView::openPack(qint64 meetingId)
{
    m_packEditor->showMeeting(meetingId);
    m_stack->setCurrentWidget(m_packEditor);
    updateBriefingMeeting();
    m_packEditor->tree()->setFocus();
}

void MeetingsView::showList()
{
    m_packEditor->commit();
    m_browser->selectMeeting(m_packEditor->meetingId());
    m_stack->setCurrentWidget(m_browser);
    m_browser->table()->setFocus();
}

void MeetingsView::updateBriefingMeeting()
{
    m_briefing->setMeetingId(m_stack->currentWidget() == m_packEditor ? m_packEditor->meetingId()
                                                                      : m_browser->currentMeetingId());
}

void MeetingsView::commit()
{
    m_packEditor->commit();
}

QString MeetingsView::lastError() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void MeetingsView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    // The failing command is still being pushed: only a later change clears the message.
    m_fresh = true;
    QTimer::singleShot(0, this, [this] { m_fresh = false; });
}

} // namespace cw
