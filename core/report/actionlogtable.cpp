#include "report/actionlogtable.h"

#include <QCoreApplication>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::ActionLog", text);
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList actionLogHeaders()
{
    return {tr("Reference"),      tr("Title"),
            tr("Detail"),         tr("Meeting"),
            tr("Meeting date"),   tr("MPS owner organisation"),
            tr("MPS owner role"), tr("MOPAC lead"),
            tr("Due date"),       tr("Priority"),
            tr("Status"),         tr("Overdue"),
            tr("Days overdue"),   tr("Superseded by"),
            tr("Measures"),       tr("Latest update date"),
            tr("Latest update"),  tr("Follow-ups")};
}

QStringList actionLogRow(const Action &a, const QDate &today)
{
    const bool overdue = a.isOverdue(today);
    return {a.reference,
            a.title,
            a.detail,
            a.meetingTitle,
            isoDate(a.meetingStartsAt.toUTC().date()),
            a.owner.organisation,
            a.owner.role,
            a.mopacLead,
            isoDate(a.dueDate),
            displayName(a.priority),
            displayName(a.status),
            overdue ? tr("Yes") : QString(),
            overdue ? QString::number(a.daysOverdue(today)) : QString(),
            a.supersededByReference,
            a.measureCodes.join(QStringLiteral(", ")),
            isoDate(a.latestUpdateOn),
            a.latestUpdate,
            QString::number(a.followUpCount)};
}

} // namespace cw
