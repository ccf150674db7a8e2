#include "actionaddcommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "services/actionservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

const QString meetingOption = QStringLiteral("meeting");
const QString titleOption = QStringLiteral("title");
const QString ownerOption = QStringLiteral("owner");
const QString dueOption = QStringLiteral("due");
const QString leadOption = QStringLiteral("lead");
const QString measureOption = QStringLiteral("measure");
const QString detailOption = QStringLiteral("detail");
const QString priorityOption = QStringLiteral("priority");

// "ORG: ROLE" as given; otherwise an earlier owner whose role, organisation or
// "ORG — ROLE" text matches (case-insensitive) completes it; otherwise an MPS role.
ActionOwner parseOwner(const QString &text, const QList<ActionOwner> &known)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon > 0)
        return {trimmed.left(colon).trimmed(), trimmed.mid(colon + 1).trimmed()};
    for (const ActionOwner &o : known) {
        if (o.role.compare(trimmed, Qt::CaseInsensitive) == 0 ||
            o.display().compare(trimmed, Qt::CaseInsensitive) == 0)
            return o;
    }
    return {QStringLiteral("MPS"), trimmed};
}

} // namespace

QString ActionAddCommand::name() const
{
    return QStringLiteral("action add");
}

QString ActionAddCommand::summary() const
{
    return tr("Record a challenge action raised at a meeting; prints its reference");
}

QString ActionAddCommand::description() const
{
    return tr(
        "--owner is \"ORGANISATION: ROLE\", or a role used before (completed from earlier actions), or a "
        "role in the MPS.");
}

QStringList ActionAddCommand::argumentNames() const
{
    return {QStringLiteral("WORKSPACE")};
}

QList<QCommandLineOption> ActionAddCommand::options() const
{
    return {QCommandLineOption(meetingOption, tr("The meeting that raised it"), QStringLiteral("ID")),
            QCommandLineOption(titleOption, tr("Title"), QStringLiteral("T")),
            QCommandLineOption(ownerOption, tr("MPS owner"), QStringLiteral("O")),
            QCommandLineOption(dueOption, tr("Due date"), QStringLiteral("YYYY-MM-DD")),
            QCommandLineOption(leadOption, tr("MOPAC lead"), QStringLiteral("L")),
            QCommandLineOption(measureOption, tr("A linked measure (repeatable)"), QStringLiteral("CODE")),
            QCommandLineOption(detailOption, tr("Detail"), QStringLiteral("TEXT")),
            QCommandLineOption(priorityOption, tr("low, medium (default) or high"), QStringLiteral("P"))};
}

QStringList ActionAddCommand::requiredOptions() const
{
    return {meetingOption, titleOption, ownerOption, dueOption};
}

QString ActionAddCommand::checkArguments(const QCommandLineParser &parser) const
{
    bool ok = false;
    parser.value(meetingOption).toLongLong(&ok);
    if (!ok)
        return tr("--meeting '%1' is not a meeting id").arg(parser.value(meetingOption));
    if (!QDate::fromString(parser.value(dueOption), Qt::ISODate).isValid())
        return tr("--due '%1' is not a date (YYYY-MM-DD)").arg(parser.value(dueOption));
    if (parser.isSet(priorityOption) && !actionPriorityFromName(parser.value(priorityOption)))
        return tr("--priority '%1' is not one of low, medium, high").arg(parser.value(priorityOption));
    return {};
}

ExitStatus ActionAddCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().constFirst();
    const std::unique_ptr<Workspace> workspace = openWorkspace(path, err);
    if (!workspace)
        return ExitStatus::Failure;
    ActionService &service = workspace->actions();
    const auto known = service.ownerSuggestions();
    if (!known) {
        reportError(err, known.error(), path);
        return ExitStatus::Failure;
    }
    Action a;
    a.meetingId = parser.value(meetingOption).toLongLong();
    a.title = parser.value(titleOption).trimmed();
    a.owner = parseOwner(parser.value(ownerOption), known.value());
    a.dueDate = QDate::fromString(parser.value(dueOption), Qt::ISODate);
    a.mopacLead = parser.value(leadOption).trimmed();
    a.measureCodes = parser.values(measureOption);
    a.detail = parser.value(detailOption).trimmed();
    a.priority = actionPriorityFromName(parser.value(priorityOption)).value_or(ActionPriority::Medium);
    const auto added = service.insertAction(a);
    if (!added) {
        reportError(err, added.error(), path);
        return ExitStatus::Failure;
    }
    out << added->reference << Qt::endl;
    return ExitStatus::Success;
}

} // namespace cw
