#include "exportcommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "domain/meeting.h"
#include "interruptguard.h"
#include "report/briefingbuilder.h"
#include "report/briefingodt.h"
#include "report/briefingpdf.h"
#include "report/redaction.h"
#include "services/meetingservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

const QString meetingOption = QStringLiteral("meeting");
const QString editionOption = QStringLiteral("edition");
const QString formatOption = QStringLiteral("format");
const QString timestampOption = QStringLiteral("timestamp");
const QString versionOption = QStringLiteral("version");
const QString outputOption = QStringLiteral("o");

QDateTime parseTimestamp(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC); // no zone given: UTC, whatever the machine's zone
    return at;
}

} // namespace

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return tr("Export a meeting's briefing (public or internal edition) as PDF or ODT");
}

QStringList ExportCommand::argumentNames() const
{
    return {QStringLiteral("WORKSPACE")};
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        QCommandLineOption(meetingOption, tr("The meeting (number or uid)"), QStringLiteral("ID")),
        QCommandLineOption(editionOption, tr("public or internal"), QStringLiteral("EDITION")),
        QCommandLineOption(formatOption, tr("pdf (the default) or odt"), QStringLiteral("FORMAT")),
        QCommandLineOption(versionOption, tr("The pack version (default: the latest)"), QStringLiteral("N")),
        QCommandLineOption(timestampOption,
                           tr("When the briefing says it was produced (ISO 8601; default now)"),
                           QStringLiteral("ISO")),
        QCommandLineOption(outputOption, tr("The file to write"), QStringLiteral("FILE"))};
}

QStringList ExportCommand::requiredOptions() const
{
    return {meetingOption, editionOption, outputOption};
}

QString ExportCommand::checkArguments(const QCommandLineParser &parser) const
{
    if (parser.value(meetingOption).trimmed().isEmpty())
        return tr("--meeting needs a meeting number or uid");
    if (!editionFromName(parser.value(editionOption)))
        return tr("--edition '%1' is not public or internal").arg(parser.value(editionOption));
    if (parser.isSet(formatOption) && parser.value(formatOption) != QLatin1String("pdf") &&
        parser.value(formatOption) != QLatin1String("odt"))
        return tr("--format '%1' is not pdf or odt").arg(parser.value(formatOption));
    if (parser.isSet(timestampOption) && !parseTimestamp(parser.value(timestampOption)).isValid())
        return tr("--timestamp '%1' is not an ISO 8601 date and time").arg(parser.value(timestampOption));
    if (parser.isSet(versionOption) && parser.value(versionOption).toInt() < 1)
        return tr("--version '%1' is not a version number").arg(parser.value(versionOption));
    if (parser.value(outputOption).trimmed().isEmpty())
        return tr("-o needs a file name");
    return {};
}

ExitStatus ExportCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().constFirst();
    const std::unique_ptr<Workspace> workspace = openWorkspace(path, err);
    if (!workspace)
        return ExitStatus::Failure;
    const QString meetingArg = parser.value(meetingOption).trimmed();
    bool numeric = false;
    const qint64 meetingId = meetingArg.toLongLong(&numeric);
    const Result<Meeting> meeting =
        numeric ? workspace->meetings().meeting(meetingId) : workspace->meetings().meetingByUid(meetingArg);
    if (!meeting) {
        reportError(err, Error{tr("There is no meeting %1 in %2.").arg(meetingArg, path)});
        return ExitStatus::Failure;
    }
    BriefingOptions options;
    options.packVersion = parser.isSet(versionOption) ? parser.value(versionOption).toInt() : 0;
    if (parser.isSet(timestampOption))
        options.generatedAt = parseTimestamp(parser.value(timestampOption));
    const auto briefing = BriefingBuilder(*workspace).build(meeting->id, options);
    if (!briefing) {
        reportError(err, briefing.error());
        return ExitStatus::Failure;
    }
    const Edition edition = *editionFromName(parser.value(editionOption));
    const InterruptGuard interrupt;
    const QString file = parser.value(outputOption);
    const Briefing edited = redact(*briefing, edition);
    const auto written =
        parser.value(formatOption) == QLatin1String("odt")
            ? writeBriefingOdt(edited, file)
            : writeBriefingPdf(edited, file, [&](int, int) { return !interrupt.interrupted(); });
    if (!written) {
        reportError(err, written.error(), file);
        return ExitStatus::Failure;
    }
    out << file << Qt::endl;
    return ExitStatus::Success;
}

} // namespace cw
