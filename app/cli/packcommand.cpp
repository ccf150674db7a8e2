#include "packcommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>
#include <QTimeZone>

#include "domain/annotation.h"
#include "domain/meeting.h"
#include "domain/pack.h"
#include "actionjson.h"
#include "meetingjson.h"
#include "report/plaintext.h"
#include "services/annotationservice.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "storage/storedtime.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

QString jsonOption()
{
    return QStringLiteral("json");
}

QString meetingOption()
{
    return QStringLiteral("meeting");
}

QString versionOption()
{
    return QStringLiteral("version");
}

QString londonTime(const QDateTime &time)
{
    return time.isValid() ? time.toTimeZone(QTimeZone("Europe/London")).toString(QStringLiteral("d MMM yyyy HH:mm"))
                          : QString();
}

QString dataAsOf(const Pack &pack)
{
    if (pack.isEditable())
        return QCoreApplication::translate("cw::PackCommand", "current data (the pack is not frozen until approved)");
    if (pack.vintageBatchId == 0)
        return QCoreApplication::translate("cw::PackCommand", "no data (the workspace held none at approval)");
    return QCoreApplication::translate("cw::PackCommand", "data as of %1 (batch %2, %3)")
        .arg(londonTime(pack.vintageAt))
        .arg(pack.vintageBatchId)
        .arg(pack.vintageLabel);
}

} // namespace

QString PackCommand::name() const
{
    return QStringLiteral("pack");
}

QString PackCommand::summary() const
{
    return tr("Show a meeting's scrutiny pack: items, key facts, lines of enquiry, annotations");
}

QStringList PackCommand::argumentNames() const
{
    return {QStringLiteral("WORKSPACE")};
}

QList<QCommandLineOption> PackCommand::options() const
{
    return {QCommandLineOption(meetingOption(), tr("The meeting (number or uid)"), QStringLiteral("ID")),
            QCommandLineOption(versionOption(), tr("The pack version (default: the latest)"), QStringLiteral("N")),
            QCommandLineOption(jsonOption(), tr("Write JSON to standard output"))};
}

QStringList PackCommand::requiredOptions() const
{
    return {meetingOption()};
}

QString PackCommand::checkArguments(const QCommandLineParser &parser) const
{
    if (parser.value(meetingOption()).trimmed().isEmpty())
        return tr("--meeting needs a meeting number or uid");
    if (parser.isSet(versionOption())) {
        bool ok = false;
        const int version = parser.value(versionOption()).toInt(&ok);
        if (!ok || version < 1)
            return tr("--version '%1' is not a version number").arg(parser.value(versionOption()));
    }
    return {};
}

ExitStatus PackCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().constFirst();
    const std::unique_ptr<Workspace> workspace = openWorkspace(path, err);
    if (!workspace)
        return ExitStatus::Failure;
    const QString meetingArg = parser.value(meetingOption()).trimmed();
    bool numeric = false;
    const qint64 meetingId = meetingArg.toLongLong(&numeric);
    const Result<Meeting> meeting = numeric ? workspace->meetings().meeting(meetingId)
                                            : workspace->meetings().meetingByUid(meetingArg);
    if (!meeting) {
        reportError(err, Error{tr("There is no meeting %1 in %2.").arg(meetingArg, path)});
        return ExitStatus::Failure;
    }
    PackService &packs = workspace->packs();
    const Result<Pack> pack = parser.isSet(versionOption())
                                  ? packs.packVersion(meeting->id, parser.value(versionOption()).toInt())
                                  : packs.latestPack(meeting->id);
    if (!pack) {
        reportError(err, Error{tr("%1 (meeting %2)").arg(pack.error().message).arg(meeting->id)});
        return ExitStatus::Failure;
    }
    const auto versions = packs.versions(meeting->id);
    const auto threads = workspace->annotations().threads({pack->uid, {}, {}, {}});
    const auto diff = packs.changesSincePreviousApproved(pack->id);
    if (!versions || !threads || !diff) {
        reportError(err, !versions ? versions.error() : !threads ? threads.error() : diff.error(), path);
        return ExitStatus::Failure;
    }
    const auto carried = packs.carriedForward(pack->id);
    if (!carried) {
        reportError(err, carried.error(), path);
        return ExitStatus::Failure;
    }
    const QHash<QString, int> numbers = PackService::enquiryNumbers(*pack);
    QHash<QString, QList<AnnotationThread>> byItem;
    QList<AnnotationThread> onPoints;
    for (const AnnotationThread &t : threads.value()) {
        if (t.root.anchor.kind == AnnotationAnchor::Kind::PackItem)
            byItem[t.root.anchor.itemUid].append(t);
        else
            onPoints.append(t);
    }
    // Key facts for every measure item (frozen when approved).
    QHash<qint64, QList<KeyFact>> facts;
    for (const PackSection &s : pack->sections) {
        for (const PackItem &item : s.items) {
            if (item.kind != PackItemKind::Measure)
                continue;
            auto f = packs.keyFacts(item.id);
            if (!f) {
                reportError(err, f.error(), path);
                return ExitStatus::Failure;
            }
            facts.insert(item.id, f.value());
        }
    }

    if (parser.isSet(jsonOption())) {
        QJsonArray sections;
        for (const PackSection &s : pack->sections) {
            QJsonArray items;
            for (const PackItem &item : s.items) {
                QJsonObject o{{QStringLiteral("uid"), item.uid},
                              {QStringLiteral("kind"), toName(item.kind)},
                              {QStringLiteral("title"), item.title},
                              {QStringLiteral("visibility"), toName(item.visibility)}};
                if (item.kind == PackItemKind::Measure) {
                    o.insert(QStringLiteral("measure"),
                             QJsonObject{{QStringLiteral("plan"), item.measure.planCode},
                                         {QStringLiteral("code"), item.measure.measureCode},
                                         {QStringLiteral("areas"), QJsonArray::fromStringList(item.measure.areaCodes)},
                                         {QStringLiteral("from"), item.measure.fromPeriod},
                                         {QStringLiteral("to"), item.measure.toPeriod},
                                         {QStringLiteral("chart"), toName(item.measure.chart)},
                                         {QStringLiteral("comparison"), toName(item.measure.comparison)}});
                    QJsonArray keyFacts;
                    for (const KeyFact &k : facts.value(item.id))
                        keyFacts.append(keyFactToJson(k));
                    o.insert(QStringLiteral("key_facts"), keyFacts);
                }
                if (item.kind == PackItemKind::Narrative) {
                    o.insert(QStringLiteral("body"), item.body);
                    o.insert(QStringLiteral("body_text"), htmlToPlainText(item.body));
                }
                if (item.kind == PackItemKind::LinesOfEnquiry) {
                    QJsonArray lines;
                    for (const LineOfEnquiry &line : item.enquiries)
                        lines.append(QJsonObject{{QStringLiteral("number"), numbers.value(line.uid)},
                                                 {QStringLiteral("uid"), line.uid},
                                                 {QStringLiteral("question"), line.question},
                                                 {QStringLiteral("measure"), line.measureCode.isEmpty()
                                                                                 ? QJsonValue()
                                                                                 : QJsonValue(line.measureCode)},
                                                 {QStringLiteral("visibility"), toName(line.visibility)}});
                    o.insert(QStringLiteral("lines_of_enquiry"), lines);
                }
                if (item.kind == PackItemKind::ActionsCarriedForward) {
                    QJsonArray list;
                    for (const CarriedForwardAction &c : carried.value())
                        list.append(carriedForwardToJson(c));
                    o.insert(QStringLiteral("actions"), list);
                }
                QJsonArray annotations;
                for (const AnnotationThread &t : byItem.value(item.uid))
                    annotations.append(threadToJson(t));
                o.insert(QStringLiteral("annotations"), annotations);
                items.append(o);
            }
            sections.append(QJsonObject{{QStringLiteral("uid"), s.uid},
                                        {QStringLiteral("title"), s.title},
                                        {QStringLiteral("items"), items}});
        }
        QJsonArray pointAnnotations;
        for (const AnnotationThread &t : onPoints)
            pointAnnotations.append(threadToJson(t));
        QJsonArray versionList;
        for (const PackVersion &v : versions.value())
            versionList.append(packVersionToJson(v));
        const auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(toStoredTime(t)) : QJsonValue(); };
        const auto name = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
        QJsonObject packObject{{QStringLiteral("id"), pack->id},
                               {QStringLiteral("uid"), pack->uid},
                               {QStringLiteral("version"), pack->version},
                               {QStringLiteral("status"), toName(pack->status)},
                               {QStringLiteral("created_by"), pack->createdBy},
                               {QStringLiteral("created_at"), time(pack->createdAt)},
                               {QStringLiteral("submitted_by"), name(pack->submittedBy)},
                               {QStringLiteral("submitted_at"), time(pack->submittedAt)},
                               {QStringLiteral("approved_by"), name(pack->approvedBy)},
                               {QStringLiteral("approved_at"), time(pack->approvedAt)},
                               {QStringLiteral("frozen"), !pack->isEditable()},
                               {QStringLiteral("data_as_of"), dataAsOf(*pack)}};
        packObject.insert(QStringLiteral("vintage"),
                          pack->isEditable() ? QJsonValue()
                                             : QJsonValue(QJsonObject{{QStringLiteral("batch_id"), pack->vintageBatchId},
                                                                      {QStringLiteral("label"), pack->vintageLabel},
                                                                      {QStringLiteral("imported_at"),
                                                                       time(pack->vintageAt)}}));
        writeJson(out, QJsonObject{{QStringLiteral("meeting"), meetingToJson(*meeting)},
                                   {QStringLiteral("pack"), packObject},
                                   {QStringLiteral("versions"), versionList},
                                   {QStringLiteral("sections"), sections},
                                   {QStringLiteral("data_point_annotations"), pointAnnotations},
                                   {QStringLiteral("changes_since_previous_approved"), versionDiffToJson(*diff)}});
        return ExitStatus::Success;
    }

    // Text for a terminal.
    const auto visibility = [](Visibility v) { return QStringLiteral("[%1]").arg(toName(v)); };
    const auto writeThreads = [&](const QList<AnnotationThread> &list, const QString &indent) {
        for (const AnnotationThread &t : list) {
            out << indent << tr("Comment %1 %2, %3%4: %5")
                                 .arg(visibility(effectiveVisibility(t.root, t.root)), t.root.author,
                                      londonTime(t.root.createdAt),
                                      t.root.resolved ? tr(" (resolved by %1)").arg(t.root.resolvedBy) : QString(),
                                      t.root.text)
                << Qt::endl;
            for (const Annotation &r : t.replies)
                out << indent << QStringLiteral("  ") << tr("Reply %1 %2, %3: %4")
                    .arg(visibility(effectiveVisibility(r, t.root)), r.author, londonTime(r.createdAt), r.text)
                    << Qt::endl;
        }
    };
    out << tr("%1: %2, %3").arg(displayName(meeting->kind), meeting->title, londonTime(meeting->startsAt))
        << Qt::endl;
    out << tr("Pack version %1 of %2: %3").arg(pack->version).arg(versions->size()).arg(displayName(pack->status))
        << Qt::endl;
    out << tr("Created by %1 on %2").arg(pack->createdBy, londonTime(pack->createdAt)) << Qt::endl;
    if (!pack->submittedBy.isEmpty())
        out << tr("Sent for review by %1 on %2").arg(pack->submittedBy, londonTime(pack->submittedAt)) << Qt::endl;
    if (!pack->approvedBy.isEmpty() && pack->status == PackStatus::Approved)
        out << tr("Approved by %1 on %2").arg(pack->approvedBy, londonTime(pack->approvedAt)) << Qt::endl;
    out << tr("Figures: %1").arg(dataAsOf(*pack)) << Qt::endl;
    int sectionNumber = 0;
    for (const PackSection &s : pack->sections) {
        out << Qt::endl << QStringLiteral("%1. %2").arg(++sectionNumber).arg(s.title) << Qt::endl;
        for (const PackItem &item : s.items) {
            const QString title = item.title.isEmpty() ? displayName(item.kind) : item.title;
            out << QStringLiteral("  - %1 (%2) %3").arg(title, displayName(item.kind), visibility(item.visibility))
                << Qt::endl;
            if (item.kind == PackItemKind::Measure) {
                for (const KeyFact &k : facts.value(item.id))
                    out << QStringLiteral("      ") << k.text << Qt::endl;
            } else if (item.kind == PackItemKind::Narrative) {
                const QStringList lines = htmlToPlainText(item.body).split(QLatin1Char('\n'));
                for (const QString &line : lines)
                    out << QStringLiteral("      ") << line << Qt::endl;
            } else if (item.kind == PackItemKind::LinesOfEnquiry) {
                for (const LineOfEnquiry &line : item.enquiries)
                    out << QStringLiteral("      %1. %2 %3%4")
                               .arg(numbers.value(line.uid))
                               .arg(visibility(line.visibility), line.question,
                                    line.measureCode.isEmpty() ? QString()
                                                               : QStringLiteral(" (%1)").arg(line.measureCode))
                        << Qt::endl;
            } else if (item.kind == PackItemKind::ActionsCarriedForward) {
                if (carried->isEmpty())
                    out << QStringLiteral("      ") << tr("(no outstanding actions)") << Qt::endl;
                for (const CarriedForwardAction &c : carried.value()) {
                    out << QStringLiteral("      %1 %2 — %3; due %4; %5%6")
                               .arg(c.reference, c.title, c.owner, c.dueDate.toString(Qt::ISODate),
                                    displayName(c.status).toLower(), c.overdue ? tr(", overdue") : QString())
                        << Qt::endl;
                    if (!c.latestUpdate.isEmpty())
                        out << QStringLiteral("        ")
                            << tr("Latest update %1: %2").arg(c.latestUpdateOn.toString(Qt::ISODate), c.latestUpdate)
                            << Qt::endl;
                }
            }
            writeThreads(byItem.value(item.uid), QStringLiteral("      "));
        }
    }
    if (!onPoints.isEmpty()) {
        out << Qt::endl << tr("Comments on data points") << Qt::endl;
        for (const AnnotationThread &t : onPoints) {
            out << QStringLiteral("  %1 %2 %3").arg(t.root.anchor.measureCode, t.root.anchor.areaCode,
                                                    t.root.anchor.periodKey)
                << Qt::endl;
            writeThreads({t}, QStringLiteral("    "));
        }
    }
    if (diff->previousPackId != 0) {
        out << Qt::endl << tr("Changes in the numbers since approved version %1:").arg(diff->previousVersion) << Qt::endl;
        if (diff->changes.isEmpty() && diff->addedItemUids.isEmpty() && diff->removedItemUids.isEmpty())
            out << QStringLiteral("  ") << tr("none") << Qt::endl;
        for (const KeyFactChange &c : diff->changes)
            out << QStringLiteral("  %1 %2 %3: %4 → %5")
                       .arg(c.itemTitle, c.areaCode, c.field, c.before.isEmpty() ? tr("none") : c.before,
                            c.after.isEmpty() ? tr("none") : c.after)
                << Qt::endl;
        if (!diff->addedItemUids.isEmpty())
            out << QStringLiteral("  ") << tr("%n new measure item(s)", nullptr, int(diff->addedItemUids.size()))
                << Qt::endl;
        if (!diff->removedItemUids.isEmpty())
            out << QStringLiteral("  ") << tr("%n measure item(s) removed", nullptr, int(diff->removedItemUids.size()))
                << Qt::endl;
    }
    return ExitStatus::Success;
}

} // namespace cw
