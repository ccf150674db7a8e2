#include "report/briefingbuilder.h"

#include "domain/meeting.h"
#include "domain/period.h"
#include "services/annotationservice.h"
#include "services/importservice.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "services/planservice.h"
#include "services/scorecardservice.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace cw {

namespace {

BriefingComment comment(const Annotation &a, const Annotation &root)
{
    return {a.uid, a.text, a.author, a.createdAt, effectiveVisibility(a, root)};
}

BriefingThread thread(const AnnotationThread &t, const QString &about)
{
    BriefingThread out;
    out.about = about;
    out.resolved = t.root.resolved;
    out.root = comment(t.root, t.root);
    for (const Annotation &reply : t.replies)
        out.replies.append(comment(reply, t.root));
    return out;
}

QString dateText(const QDateTime &at)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(at.toUTC().date(), QStringLiteral("d MMMM yyyy"));
}

// The chart points of a measure item's area within the item's period range.
QList<BriefingChartPoint> chartPoints(const MeasureDetail &detail, const QString &fromPeriod,
                                      bool withTrajectory)
{
    const std::optional<Period> from = fromPeriod.isEmpty() ? std::nullopt : Period::parse(fromPeriod);
    QList<BriefingChartPoint> out;
    for (qsizetype i = 0; i < detail.points.size(); ++i) {
        const MeasurePoint &p = detail.points.at(i);
        if (from && p.period.end() < from->start())
            continue;
        BriefingChartPoint point{p.period.key(), p.period.label(), p.value, std::nullopt};
        if (withTrajectory && i < detail.trajectory.size())
            point.trajectory = detail.trajectory.at(i);
        out.append(point);
    }
    return out;
}

} // namespace

BriefingBuilder::BriefingBuilder(const Workspace &workspace)
    : m_workspace(workspace)
{}

Result<Briefing> BriefingBuilder::build(qint64 meetingId, const BriefingOptions &options) const
{
    const auto meeting = m_workspace.meetings().meeting(meetingId);
    if (!meeting)
        return meeting.error();
    const auto pack = options.packVersion > 0
                          ? m_workspace.packs().packVersion(meetingId, options.packVersion)
                          : m_workspace.packs().latestPack(meetingId);
    if (!pack)
        return pack.error();
    const bool approved = pack->status == PackStatus::Approved;

    Briefing b;
    b.edition = Edition::Internal;

    // --- cover ---
    BriefingCover &cover = b.cover;
    cover.title = tr("Briefing: %1").arg(displayName(meeting->kind));
    cover.meetingKind = displayName(meeting->kind);
    cover.meetingTitle = meeting->title;
    cover.meetingStartsAt = meeting->startsAt;
    cover.location = meeting->location;
    cover.chair = meeting->chair;
    cover.packVersion = pack->version;
    cover.packStatus = pack->status;
    cover.approvedBy = approved ? pack->approvedBy : QString();
    cover.approvedAt = approved ? pack->approvedAt : QDateTime();
    cover.generatedAt =
        options.generatedAt.isValid() ? options.generatedAt.toUTC() : QDateTime::currentDateTimeUtc();
    if (approved) {
        cover.dataAsOf = pack->vintageBatchId == 0
                             ? tr("no data had been imported when the pack was approved")
                             : tr("%1, imported %2").arg(pack->vintageLabel, dateText(pack->vintageAt));
    } else {
        const auto batches = m_workspace.imports().batches();
        if (!batches)
            return batches.error();
        const Batch *newest = nullptr;
        for (const Batch &batch : *batches) {
            if (!newest || batch.importedAt > newest->importedAt)
                newest = &batch;
        }
        cover.dataAsOf = newest ? tr("%1, imported %2").arg(newest->label, dateText(newest->importedAt))
                                : tr("no data imported");
    }

    // --- lines of enquiry (numbered as in the pack), before the measure pages link them ---
    const QHash<QString, int> numbers = PackService::enquiryNumbers(*pack);
    for (const PackSection &section : pack->sections) {
        for (const PackItem &item : section.items) {
            if (item.kind != PackItemKind::LinesOfEnquiry)
                continue;
            for (const LineOfEnquiry &line : item.enquiries) {
                const bool publishable =
                    item.visibility == Visibility::Publishable && line.visibility == Visibility::Publishable;
                b.enquiries.append({line.uid, numbers.value(line.uid), line.question, line.measureCode,
                                    publishable ? Visibility::Publishable : Visibility::Internal});
            }
        }
    }

    AnnotationQuery query;
    query.packUid = pack->uid;
    const auto threads = m_workspace.annotations().threads(query);
    if (!threads)
        return threads.error();
    QHash<QString, QString> itemTitles;
    for (const PackSection &section : pack->sections) {
        for (const PackItem &item : section.items)
            itemTitles.insert(item.uid, item.title);
    }
    QHash<QString, QString> areaNames;
    QList<bool> placed(threads->size(), false);

    // --- measure pages, status summary, appendix ---
    ScorecardOptions scorecardOptions;
    scorecardOptions.asOfBatch = approved ? pack->vintageBatchId : 0;
    QSet<QString> defined;
    for (const PackSection &section : pack->sections) {
        for (const PackItem &item : section.items) {
            if (item.kind == PackItemKind::Narrative) {
                b.narratives.append({item.uid, item.visibility, section.title, item.title, item.body});
                continue;
            }
            if (item.kind == PackItemKind::ActionsCarriedForward) {
                if (!b.actionLog.present) {
                    const auto actions = m_workspace.packs().carriedForward(pack->id);
                    if (!actions)
                        return actions.error();
                    b.actionLog = {true, item.visibility, *actions};
                } else if (item.visibility == Visibility::Internal) {
                    // Two such items: the log is publishable only if every one of them is.
                    b.actionLog.visibility = Visibility::Internal;
                }
                continue;
            }
            if (item.kind != PackItemKind::Measure)
                continue;

            const MeasureItemSpec &spec = item.measure;
            const auto facts = m_workspace.packs().keyFacts(item.id);
            if (!facts)
                return facts.error();
            ScorecardOptions o = scorecardOptions;
            o.planCode = spec.planCode;
            o.asOf = spec.toPeriod;
            const auto details = m_workspace.scorecards().measureInAreas(spec.measureCode, o, spec.areaCodes);
            if (!details)
                return details.error();
            if (details->isEmpty())
                return Error{tr("The measure %1 of the item \"%2\" has no data to show.")
                                 .arg(spec.measureCode, item.title)};
            for (const KeyFact &fact : *facts)
                areaNames.insert(fact.areaCode, fact.areaName);
            const ScorecardRow &row = details->constFirst().row;
            const Measure &measure = row.measure;

            BriefingMeasure page;
            page.itemUid = item.uid;
            page.visibility = item.visibility;
            page.sectionTitle = section.title;
            page.title = item.title;
            page.measureCode = measure.code;
            page.measureTitle = measure.title;
            page.unit = measure.unit;
            page.polarity = measure.polarity;
            page.chart = spec.chart;
            page.baselineValue = row.baselineValue;
            page.keyFacts = *facts;
            for (qsizetype i = 0; i < details->size(); ++i) {
                const QString code = spec.areaCodes.value(i);
                page.series.append({code, areaNames.value(code, code),
                                    chartPoints(details->at(i), spec.fromPeriod, i == 0)});
            }
            for (const BriefingEnquiry &e : std::as_const(b.enquiries)) {
                if (!e.measureCode.isEmpty() && e.measureCode == measure.code)
                    page.linkedEnquiries.append(e);
            }
            for (qsizetype t = 0; t < threads->size(); ++t) {
                const AnnotationAnchor &anchor = threads->at(t).root.anchor;
                const bool onItem =
                    anchor.kind == AnnotationAnchor::Kind::PackItem && anchor.itemUid == item.uid;
                const bool onPoint = anchor.kind == AnnotationAnchor::Kind::DataPoint &&
                                     anchor.measureCode == measure.code &&
                                     spec.areaCodes.contains(anchor.areaCode);
                if (placed.at(t) || !(onItem || onPoint))
                    continue;
                placed[t] = true;
                QString about = item.title;
                if (onPoint) {
                    const auto period = Period::parse(anchor.periodKey);
                    about = tr("%1, %2, %3")
                                .arg(measure.title, areaNames.value(anchor.areaCode, anchor.areaCode),
                                     period ? period->label() : anchor.periodKey);
                }
                page.commentary.append(thread(threads->at(t), about));
            }
            b.measures.append(page);

            StatusSummaryRow summary;
            summary.itemUid = item.uid;
            summary.visibility = item.visibility;
            summary.title = item.title;
            summary.measureCode = measure.code;
            summary.areaName = areaNames.value(spec.areaCodes.value(0), spec.areaCodes.value(0));
            summary.unit = measure.unit;
            if (!facts->isEmpty()) {
                summary.latestPeriod = facts->constFirst().latestPeriod;
                summary.latestValue = facts->constFirst().latestValue;
                summary.changeFlag = facts->constFirst().flag;
            } else if (row.latest) {
                summary.latestPeriod = row.latest->period.key();
                summary.latestValue = row.latest->value;
                summary.changeFlag = toName(row.change.flag);
            }
            summary.baselineValue = row.baselineValue;
            summary.baselinePeriod = row.baselinePeriod;
            summary.targetValue = row.targetValue;
            summary.targetText = measure.target.text;
            summary.status = row.status.effectiveStatus();
            summary.statusOverridden = row.status.officerStatus.has_value();
            summary.comparatorFlag = row.comparator.flag;
            b.summary.append(summary);

            if (!defined.contains(measure.code)) {
                defined.insert(measure.code);
                const auto attributions = m_workspace.plans().sourceAttributions(measure);
                if (!attributions)
                    return attributions.error();
                b.appendix.append({measure.code, measure.title, measure.definition, measure.source,
                                   *attributions, measure.target.text, measure.breaks});
            }
        }
    }

    // --- threads not on a measure page ---
    for (qsizetype t = 0; t < threads->size(); ++t) {
        if (placed.at(t))
            continue;
        const AnnotationAnchor &anchor = threads->at(t).root.anchor;
        QString about;
        if (anchor.kind == AnnotationAnchor::Kind::PackItem) {
            about = itemTitles.value(anchor.itemUid, tr("an item no longer in the pack"));
        } else {
            const auto period = Period::parse(anchor.periodKey);
            about = tr("%1, %2, %3")
                        .arg(anchor.measureCode, areaNames.value(anchor.areaCode, anchor.areaCode),
                             period ? period->label() : anchor.periodKey);
        }
        b.annotations.append(thread(threads->at(t), about));
    }
    return b;
}

} // namespace cw
