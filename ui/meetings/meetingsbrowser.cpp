#include "meetings/meetingsbrowser.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include "commands/editmeetingcommand.h"
#include "commands/insertmeetingcommand.h"
#include "common/emptystatepanel.h"
#include "meetings/meetingcalendar.h"
#include "meetings/meetingdialog.h"
#include "meetings/meetingtablemodel.h"
#include "models/meetingmodel.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "workspace/workspace.h"

namespace cw {

MeetingsBrowser::MeetingsBrowser(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new MeetingModel(workspace.meetings(), this))
    , m_tableModel(new MeetingTableModel(*m_model, workspace.packs(), this))
{
    setObjectName(QStringLiteral("meetingsBrowser"));

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("meetingsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto makeAction = [&](const QString &text, const char *name, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(u'&').remove(QStringLiteral("…")),
                                             key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        this->addAction(action);
        toolbar->addAction(action);
        return action;
    };
    m_newAction = makeAction(tr("&New meeting…"), "newMeetingAction",
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MeetingsBrowser::newMeeting);
    m_editAction = makeAction(tr("&Edit meeting…"), "editMeetingAction", QKeySequence(Qt::Key_F2),
                              &MeetingsBrowser::editMeeting);
    m_deleteAction = makeAction(tr("&Delete meeting"), "deleteMeetingAction", QKeySequence::Delete,
                                &MeetingsBrowser::deleteMeeting);
    toolbar->addSeparator();
    m_openAction =
        makeAction(tr("&Open pack"), "openPackAction", QKeySequence(Qt::CTRL | Qt::Key_Return), [this] {
            if (currentMeetingId() != 0)
                Q_EMIT openPackRequested(currentMeetingId());
        });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("meetingsTable"));
    m_table->setModel(m_tableModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Short columns fit their contents; the title takes the room left; place and chair are
    // given a fair width and can be widened.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeetingModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MeetingModel::LocationColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(MeetingModel::ChairColumn, QHeaderView::Interactive);
    header->resizeSection(MeetingModel::LocationColumn, 160);
    header->resizeSection(MeetingModel::ChairColumn, 150);
    // The chair is in the details beside the list; the title needs the room more.
    m_table->setColumnHidden(MeetingModel::ChairColumn, true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table, &QTableView::activated, this, [this] {
        if (currentMeetingId() != 0)
            Q_EMIT openPackRequested(currentMeetingId());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        updateState();
    });

    m_calendar = new MeetingCalendar(*m_model, this);
    m_calendar->setMaximumHeight(260);
    connect(m_calendar, &QCalendarWidget::clicked, this, &MeetingsBrowser::selectDate);
    connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &date) {
        selectDate(date);
        if (currentMeetingId() != 0)
            Q_EMIT openPackRequested(currentMeetingId());
    });

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("meetingDetails"));
    m_details->setOpenExternalLinks(true);
    auto *openButton = new QPushButton(tr("Open the pack"), this);
    openButton->setObjectName(QStringLiteral("openPackButton"));
    connect(openButton, &QPushButton::clicked, m_openAction, &QAction::trigger);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_calendar);
    sideLayout->addWidget(m_details, 1);
    sideLayout->addWidget(openButton);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, 380});

    m_empty = new EmptyStatePanel(tr("No meetings yet"),
                                  tr("Add the MOPAC Challenge, London Policing Board or Oversight Board "
                                     "meetings you prepare for. Each meeting gets a scrutiny pack."),
                                  this);
    m_empty->setObjectName(QStringLiteral("noMeetingsPanel"));
    connect(m_empty->addButton(tr("New meeting…")), &QPushButton::clicked, this,
            &MeetingsBrowser::newMeeting);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_stack, 1);

    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &MeetingsBrowser::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MeetingsBrowser::showDetails);
    connect(m_tableModel, &QAbstractItemModel::dataChanged, this, &MeetingsBrowser::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MeetingsBrowser::updateState);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0); // the next meeting
    updateState();
    showDetails();
}

MeetingsBrowser::~MeetingsBrowser() = default;

qint64 MeetingsBrowser::currentMeetingId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return 0;
    return m_model->data(m_model->index(current.row(), 0), MeetingModel::IdRole).toLongLong();
}

bool MeetingsBrowser::selectMeeting(qint64 meetingId)
{
    const int row = m_model->rowOf(meetingId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_tableModel->index(row, MeetingModel::DateColumn));
    m_table->selectRow(row);
    m_table->scrollTo(m_tableModel->index(row, 0));
    return true;
}

void MeetingsBrowser::selectDate(const QDate &date)
{
    const QList<Meeting> meetings = m_model->meetingsOn(date);
    if (!meetings.isEmpty())
        selectMeeting(meetings.constFirst().id);
}

void MeetingsBrowser::newMeeting()
{
    Meeting draft;
    // The calendar's day when it is in the future, else two weeks ahead, at 10:00.
    const QDate day = m_calendar->selectedDate() > QDate::currentDate() ? m_calendar->selectedDate()
                                                                        : QDate::currentDate().addDays(14);
    draft.startsAt = QDateTime(day, QTime(10, 0)).toUTC();
    MeetingDialog dialog(draft, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new InsertMeetingCommand(m_workspace.meetings(), dialog.meeting());
    m_workspace.undoStack().push(command);
    if (command->meetingId() != 0)
        selectMeeting(command->meetingId());
}

void MeetingsBrowser::editMeeting()
{
    const Result<Meeting> before = m_workspace.meetings().meeting(currentMeetingId());
    if (!before)
        return;
    MeetingDialog dialog(*before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Meeting after = dialog.meeting();
    if (after == *before)
        return;
    m_workspace.undoStack().push(new EditMeetingCommand(m_workspace.meetings(), *before, after));
    selectMeeting(after.id);
}

void MeetingsBrowser::deleteMeeting()
{
    const Result<Meeting> meeting = m_workspace.meetings().meeting(currentMeetingId());
    if (!meeting)
        return;
    const Result<QList<PackVersion>> versions = m_workspace.packs().versions(meeting->id);
    if (versions && !versions->isEmpty()) {
        QMessageBox::information(this, tr("Delete meeting"),
                                 tr("“%1” has a scrutiny pack, so it cannot be deleted. If it will not take "
                                    "place, edit it and set its status to Cancelled.")
                                     .arg(meeting->title));
        return;
    }
    const int row = m_model->rowOf(meeting->id);
    m_workspace.undoStack().push(new RemoveMeetingCommand(m_workspace.meetings(), *meeting));
    if (m_model->rowCount() > 0)
        m_table->selectRow(qMin(row, m_model->rowCount() - 1));
}

void MeetingsBrowser::updateState()
{
    const bool any = m_model->rowCount() > 0;
    m_stack->setCurrentIndex(any ? 1 : 0);
    if (any && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
    const bool selected = currentMeetingId() != 0;
    m_editAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_openAction->setEnabled(selected);
}

void MeetingsBrowser::showDetails()
{
    const qint64 id = currentMeetingId();
    const Meeting *meeting = id != 0 ? m_model->meetingAt(m_model->rowOf(id)) : nullptr;
    if (meeting == nullptr) {
        m_details->clear();
        return;
    }
    m_details->setHtml(detailsHtml(*meeting));
    const QDate date = meeting->startsAt.toLocalTime().date();
    if (m_calendar->selectedDate() != date)
        m_calendar->setSelectedDate(date);
}

QString MeetingsBrowser::detailsHtml(const Meeting &meeting) const
{
    const auto row = [](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            return QString();
        return QStringLiteral("<tr><td style='color:#555;padding-right:10px'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QDateTime start = meeting.startsAt.toLocalTime();
    QString html = QStringLiteral("<h3 style='margin:0 0 4px 0'>%1</h3>").arg(meeting.title.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='2'>");
    html += row(tr("Kind"), displayName(meeting.kind));
    html +=
        row(tr("When"),
            tr("%1, %2–%3")
                .arg(QLocale().toString(start.date(), QStringLiteral("dddd d MMMM yyyy")),
                     start.toString(QStringLiteral("HH:mm")),
                     start.addSecs(qint64(meeting.durationMinutes) * 60).toString(QStringLiteral("HH:mm"))));
    html += row(tr("Where"), meeting.location);
    html += row(tr("Chair"), meeting.chair);
    html += row(tr("Status"), displayName(meeting.status));
    const int tableRow = m_model->rowOf(meeting.id);
    html += row(tr("Pack"),
                m_tableModel->data(m_tableModel->index(tableRow, m_tableModel->packColumn())).toString());
    html += row(tr("Papers"), meeting.papersReference);
    html += row(tr("Minutes"), meeting.minutesReference);
    html += QStringLiteral("</table>");
    if (!meeting.attendees.isEmpty()) {
        html += QStringLiteral("<h4 style='margin:8px 0 2px 0'>%1</h4><ul style='margin:0'>")
                    .arg(tr("Attendees (%1)").arg(meeting.attendees.size()).toHtmlEscaped());
        for (const Attendee &attendee : meeting.attendees) {
            QStringList parts{attendee.organisation, attendee.role};
            parts.removeAll(QString());
            html += parts.isEmpty() ? QStringLiteral("<li>%1</li>").arg(attendee.name.toHtmlEscaped())
                                    : QStringLiteral("<li>%1 <span style='color:#555'>— %2</span></li>")
                                          .arg(attendee.name.toHtmlEscaped(),
                                               parts.join(QStringLiteral(", ")).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    if (!meeting.updatedBy.isEmpty())
        html += QStringLiteral("<p style='color:#777;margin-top:8px'>%1</p>")
                    .arg(tr("Last changed by %1 on %2")
                             .arg(meeting.updatedBy,
                                  QLocale().toString(meeting.updatedAt.toLocalTime(), QLocale::ShortFormat))
                             .toHtmlEscaped());
    return html;
}

} // namespace cw
