#include "actionupdatecommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "services/actionservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

const QString statusOption = QStringLiteral("status");
const QString noteOption = QStringLiteral("note");
const QString supersededByOption = QStringLiteral("superseded-by");
const QString evidenceOption = QStringLiteral("evidence");
const QString dateOption = QStringLiteral("date");
const QString correctsOption = QStringLiteral("corrects");

} // namespace

QString ActionUpdateCommand::name() const
{
    return QStringLiteral("action update");
}

QString ActionUpdateCommand::summary() const
{
    return tr("Record a follow-up on an action, optionally changing its status");
}

QString ActionUpdateCommand::description() const
{
    return tr("Follow-ups are never edited or deleted: to correct one, record another with --corrects ID.");
}

QStringList ActionUpdateCommand::argumentNames() const
{
    return {QStringLiteral("WORKSPACE"), QStringLiteral("REF")};
}

QList<QCommandLineOption> ActionUpdateCommand::options() const
{
    return {QCommandLineOption(statusOption,
                               tr("New status: open, in_progress, completed, closed, superseded"),
                               QStringLiteral("S")),
            QCommandLineOption(noteOption, tr("The update"), QStringLiteral("TEXT")),
            QCommandLineOption(supersededByOption, tr("The superseding action (with --status superseded)"),
                               QStringLiteral("REF")),
            QCommandLineOption(evidenceOption, tr("An evidence reference"), QStringLiteral("TEXT")),
            QCommandLineOption(dateOption, tr("The date of the update (default: today)"),
                               QStringLiteral("YYYY-MM-DD")),
            QCommandLineOption(correctsOption, tr("The follow-up this one corrects"), QStringLiteral("ID"))};
}

QStringList ActionUpdateCommand::requiredOptions() const
{
    return {noteOption};
}

QString ActionUpdateCommand::checkArguments(const QCommandLineParser &parser) const
{
    if (parser.isSet(statusOption) && !actionStatusFromName(parser.value(statusOption)))
        return tr("--status '%1' is not one of open, in_progress, completed, closed, superseded")
            .arg(parser.value(statusOption));
    if (parser.isSet(dateOption) && !QDate::fromString(parser.value(dateOption), Qt::ISODate).isValid())
        return tr("--date '%1' is not a date (YYYY-MM-DD)").arg(parser.value(dateOption));
    bool ok = false;
    if (parser.isSet(correctsOption) && (parser.value(correctsOption).toLongLong(&ok), !ok))
        return tr("--corrects '%1' is not a follow-up id").arg(parser.value(correctsOption));
    return {};
}

ExitStatus ActionUpdateCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
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
    FollowUpRequest request;
    request.text = parser.value(noteOption);
    if (parser.isSet(statusOption))
        request.newStatus = actionStatusFromName(parser.value(statusOption));
    request.supersededByReference = parser.value(supersededByOption);
    request.evidenceReference = parser.value(evidenceOption);
    request.date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
    request.correctsId = parser.value(correctsOption).toLongLong();
    const auto added = service.addFollowUp(action->id, request);
    if (!added) {
        reportError(err, added.error(), path);
        return ExitStatus::Failure;
    }
    const auto after = service.action(action->id);
    out << tr("%1: follow-up %2 recorded; status %3")
               .arg(action->reference)
               .arg(added->id)
               .arg(after ? toName(after->status) : toName(action->status))
        << Qt::endl;
    return ExitStatus::Success;
}

} // namespace cw
