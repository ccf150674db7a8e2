#include "meetings/meetingdialog.h"

#include <array>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw {

namespace {

constexpr std::array kKinds{MeetingKind::MopacChallenge, MeetingKind::LondonPolicingBoard,
                            MeetingKind::OversightBoard, MeetingKind::Other};
constexpr std::array kStatuses{MeetingStatus::Planned, MeetingStatus::Held, MeetingStatus::Cancelled};

enum AttendeeColumn { NameColumn, OrganisationColumn, RoleColumn };

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

MeetingDialog::MeetingDialog(const Meeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_meeting(meeting)
{
    setObjectName(QStringLiteral("meetingDialog"));
    setWindowTitle(meeting.id == 0 ? tr("New meeting") : tr("Edit meeting"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const MeetingKind kind : kKinds)
        m_kind->addItem(displayName(kind), toName(kind));
    m_kind->setCurrentIndex(m_kind->findData(toName(meeting.kind)));

    m_title = new QLineEdit(meeting.title, this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("e.g. Violence against women and girls"));

    m_startsAt = new QDateTimeEdit(this);
    m_startsAt->setObjectName(QStringLiteral("startsAtEdit"));
    m_startsAt->setCalendarPopup(true);
    m_startsAt->setDisplayFormat(QStringLiteral("ddd d MMM yyyy  HH:mm"));
    m_startsAt->setTimeSpec(Qt::LocalTime);
    QDateTime start = meeting.startsAt.isValid() ? meeting.startsAt.toLocalTime()
                                                 : QDateTime(QDate::currentDate().addDays(14), QTime(10, 0));
    m_startsAt->setDateTime(start);

    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(15, 600);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(meeting.durationMinutes);

    m_location = new QLineEdit(meeting.location, this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setPlaceholderText(tr("e.g. City Hall, Kamal Chunchie Way"));
    m_chair = new QLineEdit(meeting.chair, this);
    m_chair->setObjectName(QStringLiteral("chairEdit"));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const MeetingStatus status : kStatuses)
        m_status->addItem(displayName(status), toName(status));
    m_status->setCurrentIndex(m_status->findData(toName(meeting.status)));

    m_papers = new QLineEdit(meeting.papersReference, this);
    m_papers->setObjectName(QStringLiteral("papersEdit"));
    m_papers->setPlaceholderText(tr("A web address or file reference"));
    m_minutes = new QLineEdit(meeting.minutesReference, this);
    m_minutes->setObjectName(QStringLiteral("minutesEdit"));
    m_minutes->setPlaceholderText(tr("A web address or file reference"));

    m_attendees = new QTableWidget(0, 3, this);
    m_attendees->setObjectName(QStringLiteral("attendeesTable"));
    m_attendees->setHorizontalHeaderLabels({tr("Name"), tr("Organisation"), tr("Role")});
    m_attendees->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::Stretch);
    m_attendees->setColumnWidth(NameColumn, 180);
    m_attendees->setColumnWidth(OrganisationColumn, 110);
    m_attendees->verticalHeader()->hide();
    m_attendees->setMinimumHeight(150);
    for (const Attendee &attendee : meeting.attendees)
        addAttendee(attendee);
    auto *addButton = new QPushButton(tr("&Add attendee"), this);
    addButton->setObjectName(QStringLiteral("addAttendeeButton"));
    auto *removeButton = new QPushButton(tr("Re&move attendee"), this);
    removeButton->setObjectName(QStringLiteral("removeAttendeeButton"));
    connect(addButton, &QPushButton::clicked, this, [this] {
        addAttendee();
        m_attendees->setFocus();
        m_attendees->setCurrentCell(m_attendees->rowCount() - 1, NameColumn);
        m_attendees->editItem(m_attendees->item(m_attendees->rowCount() - 1, NameColumn));
    });
    connect(removeButton, &QPushButton::clicked, this, &MeetingDialog::removeAttendee);
    auto *attendeeButtons = new QHBoxLayout;
    attendeeButtons->addWidget(addButton);
    attendeeButtons->addWidget(removeButton);
    attendeeButtons->addStretch(1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c13; padding: 6px; }"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Title or theme"), m_title);
    auto *when = new QHBoxLayout;
    when->addWidget(m_startsAt, 1);
    auto *durationLabel = new QLabel(tr("&Duration"), this);
    durationLabel->setBuddy(m_duration);
    when->addWidget(durationLabel);
    when->addWidget(m_duration);
    auto *whenLabel = new QLabel(tr("D&ate and time"), this);
    whenLabel->setBuddy(m_startsAt);
    form->addRow(whenLabel, when);
    form->addRow(tr("&Location"), m_location);
    form->addRow(tr("C&hair"), m_chair);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("&Papers"), m_papers);
    form->addRow(tr("M&inutes"), m_minutes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *attendeesLabel = new QLabel(tr("Attendees"), this);
    QFont bold = attendeesLabel->font();
    bold.setBold(true);
    attendeesLabel->setFont(bold);
    layout->addWidget(attendeesLabel);
    layout->addWidget(m_attendees, 1);
    layout->addLayout(attendeeButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 620);
}

void MeetingDialog::addAttendee(const Attendee &attendee)
{
    const int row = m_attendees->rowCount();
    m_attendees->insertRow(row);
    m_attendees->setItem(row, NameColumn, new QTableWidgetItem(attendee.name));
    m_attendees->setItem(row, OrganisationColumn, new QTableWidgetItem(attendee.organisation));
    m_attendees->setItem(row, RoleColumn, new QTableWidgetItem(attendee.role));
}

void MeetingDialog::removeAttendee()
{
    const int row = m_attendees->currentRow();
    if (row >= 0)
        m_attendees->removeRow(row);
}

Meeting MeetingDialog::meeting() const
{
    Meeting meeting = m_meeting;
    meeting.kind = meetingKindFromName(m_kind->currentData().toString()).value_or(meeting.kind);
    meeting.title = m_title->text().trimmed();
    meeting.startsAt = m_startsAt->dateTime().toUTC();
    meeting.durationMinutes = m_duration->value();
    meeting.location = m_location->text().trimmed();
    meeting.chair = m_chair->text().trimmed();
    meeting.status = meetingStatusFromName(m_status->currentData().toString()).value_or(meeting.status);
    meeting.papersReference = m_papers->text().trimmed();
    meeting.minutesReference = m_minutes->text().trimmed();
    meeting.attendees.clear();
    for (int row = 0; row < m_attendees->rowCount(); ++row) {
        const Attendee attendee{cellText(m_attendees, row, NameColumn),
                                cellText(m_attendees, row, OrganisationColumn),
                                cellText(m_attendees, row, RoleColumn)};
        if (!attendee.name.isEmpty() || !attendee.organisation.isEmpty() || !attendee.role.isEmpty())
            meeting.attendees.append(attendee);
    }
    return meeting;
}

QString MeetingDialog::problem() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the meeting a title or theme.");
    for (int row = 0; row < m_attendees->rowCount(); ++row) {
        const bool named = !cellText(m_attendees, row, NameColumn).isEmpty();
        const bool other = !cellText(m_attendees, row, OrganisationColumn).isEmpty() ||
                           !cellText(m_attendees, row, RoleColumn).isEmpty();
        if (!named && other)
            return tr("Attendee %1 has no name: give one or remove the row.").arg(row + 1);
    }
    return {};
}

void MeetingDialog::accept()
{
    // A cell being edited holds its text in the editor until it is committed.
    // (moving the current cell commits it).
    m_attendees->setCurrentCell(-1, -1);
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (!why.isEmpty()) {
        if (m_title->text().trimmed().isEmpty())
            m_title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cw
