#include "meetingscommand.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>
#include <QTimeZone>

#include "domain/meeting.h"
#include "domain/pack.h"
#include "meetingjson.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

QString jsonOption()
{
    return QStringLiteral("json");
}

} // namespace

QString MeetingsCommand::name() const
{
    return QStringLiteral("meetings");
}

QString MeetingsCommand::summary() const
{
    return tr("List the meetings, next meeting first, with their packs");
}

QStringList MeetingsCommand::argumentNames() const
{
    return {QStringLiteral("WORKSPACE")};
}

QList<QCommandLineOption> MeetingsCommand::options() const
{
    return {QCommandLineOption(jsonOption(), tr("Write JSON to standard output"))};
}

ExitStatus MeetingsCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().constFirst();
    const std::unique_ptr<Workspace> workspace = openWorkspace(path, err);
    if (!workspace)
        return ExitStatus::Failure;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<QList<Meeting>> meetings = workspace->meetings().meetings(now);
    if (!meetings) {
        reportError(err, meetings.error(), path);
        return ExitStatus::Failure;
    }
    QList<QList<PackVersion>> versions;
    for (const Meeting &m : meetings.value()) {
        auto v = workspace->packs().versions(m.id);
        if (!v) {
            reportError(err, v.error(), path);
            return ExitStatus::Failure;
        }
        versions.append(v.value());
    }
    const auto isNext = [&](qsizetype row) {
        const Meeting &m = meetings->at(row);
        return row == 0 && m.status == MeetingStatus::Planned && m.startsAt >= now;
    };

    if (parser.isSet(jsonOption())) {
        QJsonArray array;
        for (qsizetype i = 0; i < meetings->size(); ++i) {
            QJsonObject object = meetingToJson(meetings->at(i));
            object.insert(QStringLiteral("next"), isNext(i));
            QJsonArray packs;
            for (const PackVersion &v : versions.at(i))
                packs.append(packVersionToJson(v));
            object.insert(QStringLiteral("pack_versions"), packs);
            array.append(object);
        }
        writeJson(out, QJsonObject{{QStringLiteral("meetings"), array}});
        return ExitStatus::Success;
    }

    if (meetings->isEmpty()) {
        err << tr("cwb: %1 has no meetings").arg(path) << Qt::endl;
        return ExitStatus::Success;
    }
    const QTimeZone london("Europe/London");
    QList<QStringList> rows{
        {tr("ID"), tr("Date (London)"), tr("Meeting"), tr("Status"), tr("Pack"), tr("Title")}};
    for (qsizetype i = 0; i < meetings->size(); ++i) {
        const Meeting &m = meetings->at(i);
        QString pack = tr("none");
        if (!versions.at(i).isEmpty()) {
            const PackVersion &v = versions.at(i).last();
            pack = tr("v%1 %2").arg(v.version).arg(displayName(v.status).toLower());
        }
        rows.append({QString::number(m.id),
                     m.startsAt.toTimeZone(london).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     displayName(m.kind), displayName(m.status), pack,
                     isNext(i) ? tr("%1 (next)").arg(m.title) : m.title});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths.at(c), row.at(c).size());
    }
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c)
            cells << (c + 1 == row.size() ? row.at(c)
                      : c == 0            ? row.at(c).rightJustified(widths.at(c))
                                          : row.at(c).leftJustified(widths.at(c)));
        out << cells.join(QStringLiteral("  ")) << Qt::endl;
    }
    return ExitStatus::Success;
}

} // namespace cw
