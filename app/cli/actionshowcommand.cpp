#include "actionshowcommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

#include "actionjson.h"
#include "services/actionservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

const QString jsonOption = QStringLiteral("json");
const QString todayOption = QStringLiteral("today");

} // namespace

QString ActionShowCommand::name() const
{
    return QStringLiteral("action show");
}

QString ActionShowCommand::summary() const
{
    return tr("Show an action with its follow-ups and audit log");
}

QString ActionShowCommand::description() const
{
    return {};
}

QStringList ActionShowCommand::argumentNames() const
{
    return {QStringLiteral("WORKSPACE"), QStringLiteral("REF")};
}

QList<QCommandLineOption> ActionShowCommand::options() const
{
    return {QCommandLineOption(jsonOption, tr("Write JSON to standard output")),
            QCommandLineOption(todayOption, tr("Measure overdue against this date (default: today)"),
                               QStringLiteral("YYYY-MM-DD"))};
}

QStringList ActionShowCommand::requiredOptions() const
{
    return {};
}

QString ActionShowCommand::checkArguments(const QCommandLineParser &parser) const
{
    if (parser.isSet(todayOption) && !QDate::fromString(parser.value(todayOption), Qt::ISODate).isValid())
        return tr("--today '%1' is not a date (YYYY-MM-DD)").arg(parser.value(todayOption));
    return {};
}

ExitStatus ActionShowCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().at(0);
    const QString reference = parser.positionalArguments().at(1);
    const std::unique_ptr<Workspace> workspace = openWorkspace(path, err);
    if (!workspace)
        return ExitStatus::Failure;
    ActionService &service = workspace->actions();
    const auto action = service.actionByReference(reference);
    if (!action) {
        reportError(err, Error{tr("There is no action %1 in %2.").arg(reference, path)});
        return ExitStatus::Failure;
    }
    const auto followUps = service.followUps(action->id);
    const auto audit = service.auditEntries(action->id);
    if (!followUps || !audit) {
        reportError(err, !followUps ? followUps.error() : audit.error(), path);
        return ExitStatus::Failure;
    }
    const QDate today = parser.isSet(todayOption) ? QDate::fromString(parser.value(todayOption), Qt::ISODate)
                                                  : QDate::currentDate();
    if (parser.isSet(jsonOption)) {
        QJsonObject object = actionToJson(*action, today);
        QJsonArray entries;
        for (const FollowUp &f : followUps.value())
            entries.append(followUpToJson(f));
        object.insert(QStringLiteral("follow_up_entries"), entries);
        QJsonArray log;
        for (const AuditEntry &e : audit.value())
            log.append(auditEntryToJson(e));
        object.insert(QStringLiteral("audit"), log);
        writeJson(out, object);
        return ExitStatus::Success;
    }
    const Action &a = action.value();
    out << a.reference << QStringLiteral("  ") << a.title << Qt::endl;
    if (!a.detail.isEmpty())
        out << a.detail << Qt::endl;
    out << tr("Raised at: %1 (%2)")
               .arg(a.meetingTitle, a.meetingStartsAt.toUTC().date().toString(Qt::ISODate))
        << Qt::endl;
    out << tr("MPS owner: %1").arg(a.owner.display()) << Qt::endl;
    if (!a.mopacLead.isEmpty())
        out << tr("MOPAC lead: %1").arg(a.mopacLead) << Qt::endl;
    out << tr("Due: %1%2")
               .arg(a.dueDate.toString(Qt::ISODate),
                    a.isOverdue(today) ? tr(" (overdue, %1 d)").arg(a.daysOverdue(today)) : QString())
        << Qt::endl;
    out << tr("Priority: %1").arg(displayName(a.priority)) << Qt::endl;
    out << tr("Status: %1%2")
               .arg(displayName(a.status),
                    a.supersededByReference.isEmpty() ? QString() : tr(" by %1").arg(a.supersededByReference))
        << Qt::endl;
    if (!a.measureCodes.isEmpty())
        out << tr("Measures: %1").arg(a.measureCodes.join(QStringLiteral(", "))) << Qt::endl;
    out << Qt::endl << tr("Follow-ups") << Qt::endl;
    if (followUps->isEmpty())
        out << QStringLiteral("  ") << tr("(none)") << Qt::endl;
    for (const FollowUp &f : followUps.value()) {
        QString line =
            QStringLiteral("  [%1] %2 %3: %4").arg(f.id).arg(f.date.toString(Qt::ISODate), f.author, f.text);
        if (f.statusTo)
            line += QStringLiteral(" (%1 \u2192 %2)").arg(toName(*f.statusFrom), toName(*f.statusTo));
        if (!f.evidenceReference.isEmpty())
            line += tr(" [evidence: %1]").arg(f.evidenceReference);
        if (f.correctsId != 0)
            line += tr(" (corrects %1)").arg(f.correctsId);
        out << line << Qt::endl;
    }
    out << Qt::endl << tr("Audit log") << Qt::endl;
    for (const AuditEntry &e : audit.value())
        out << QStringLiteral("  %1 %2 %3 %4: %5")
                   .arg(e.at.toString(Qt::ISODate), e.author, e.entityKind, e.action, e.detail)
            << Qt::endl;
    return ExitStatus::Success;
}

} // namespace cw
