// The parts of a briefing after the cover and contents (see BriefingLayout).
#include "report/briefinglayout.h"

#include "models/measureformat.h"
#include "models/statusstyle.h"
#include "report/briefingwords.h"
#include "report/chartpainter.h"
#include "report/plaintext.h"

#include <QLocale>
#include <QPainter>

namespace cw {

void BriefingLayout::statusSummary()
{
    QList<QStringList> rows;
    QList<QList<QColor>> colours;
    for (const StatusSummaryRow &r : m_briefing.summary) {
        QString status = StatusStyle::text(r.status);
        if (r.statusOverridden)
            status += tr(" (officer judgement)");
        rows.append({r.title, r.areaName,
                     MeasureFormat::value(r.latestValue, r.unit) + QLatin1Char('\n') +
                         MeasureFormat::shortPeriod(r.latestPeriod),
                     MeasureFormat::value(r.baselineValue, r.unit),
                     MeasureFormat::value(r.targetValue, r.unit), status, changeFlagWords(r.changeFlag),
                     comparatorWords(r.comparatorFlag)});
        colours.append({QColor(), QColor(), QColor(), QColor(), QColor(), StatusStyle::background(r.status)});
    }
    table({tr("Measure"), tr("Area"), tr("Latest"), tr("Baseline"), tr("Target"), tr("Status"), tr("Change"),
           tr("Comparators")},
          {0.2, 0.11, 0.12, 0.1, 0.1, 0.13, 0.14, 0.1}, rows, {}, colours);
    m_flow.text(
        tr("Status symbols: %1, %2, %3, %4, %5.")
            .arg(StatusStyle::text(TrajectoryStatus::OnTrack), StatusStyle::text(TrajectoryStatus::AtRisk),
                 StatusStyle::text(TrajectoryStatus::OffTrack), StatusStyle::text(TrajectoryStatus::NoTarget),
                 StatusStyle::text(TrajectoryStatus::InsufficientData)),
        m_small, QColor(0x55, 0x55, 0x55));
}

void BriefingLayout::measure(const BriefingMeasure &m)
{
    m_pageOf->insert(QStringLiteral("measure:") + m.itemUid, m_flow.pageIndex());
    subheading(m.title);
    QStringList areas;
    for (const BriefingChartSeries &s : m.series)
        areas.append(s.areaName);
    m_flow.text(tr("%1 (%2) · %3").arg(m.measureTitle, m.measureCode, areas.join(QStringLiteral(", "))),
                m_small, QColor(0x55, 0x55, 0x55));
    if (m.chart != ChartKind::Table) {
        const qreal height = 190;
        m_flow.ensure(height);
        const QRectF rect(m_flow.left(), m_flow.y(), m_flow.width(), height);
        const BriefingMeasure copy = m;
        m_flow.draw([=](QPainter &p) { paintMeasureChart(p, rect, copy); });
        m_flow.advance(height + 8);
    }
    m_flow.text(tr("Key facts"), m_bold);
    for (const KeyFact &f : m.keyFacts)
        m_flow.text(QStringLiteral("• ") + f.text, m_body, Qt::black, 6);
    if (m.hasBoroughTable() || m.chart == ChartKind::Table) {
        QList<QStringList> rows;
        for (const KeyFact &f : m.keyFacts) {
            rows.append({f.areaName, MeasureFormat::value(f.latestValue, m.unit),
                         MeasureFormat::value(f.current, m.unit), MeasureFormat::value(f.previous, m.unit),
                         keyFactChange(f), changeFlagWords(f.flag)});
        }
        m_flow.advance(4);
        table({tr("Area"), tr("Latest"), tr("Current"), tr("Previous"), tr("Change"), tr("Flag")},
              {0.22, 0.13, 0.13, 0.13, 0.12, 0.27}, rows);
    }
    if (!m.linkedEnquiries.isEmpty()) {
        m_flow.text(tr("Lines of enquiry"), m_bold);
        for (const BriefingEnquiry &e : m.linkedEnquiries)
            m_flow.text(QStringLiteral("%1. %2").arg(e.number).arg(e.question), m_body, Qt::black, 6);
    }
    if (!m.commentary.isEmpty()) {
        m_flow.text(tr("Commentary"), m_bold);
        threads(m.commentary);
    }
}

void BriefingLayout::threads(const QList<BriefingThread> &list)
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const auto byline = [&](const BriefingComment &c) {
        return tr("%1, %2").arg(c.author,
                                uk.toString(c.createdAt.toUTC().date(), QStringLiteral("d MMM yyyy")));
    };
    for (const BriefingThread &t : list) {
        QString about = tr("On %1").arg(t.about);
        if (t.resolved)
            about += tr(" (resolved)");
        m_flow.ensure(m_flow.lineHeight(m_body) * 3);
        m_flow.text(about, m_small, QColor(0x55, 0x55, 0x55), 6, 1);
        m_flow.text(t.root.text + QStringLiteral(" — ") + byline(t.root), m_body, Qt::black, 6, 2);
        for (const BriefingComment &reply : t.replies)
            m_flow.text(reply.text + QStringLiteral(" — ") + byline(reply), m_body, QColor(0x33, 0x33, 0x33),
                        20, 2);
        m_flow.advance(4);
    }
}

void BriefingLayout::narratives()
{
    for (const BriefingNarrative &n : m_briefing.narratives) {
        subheading(n.title);
        for (const QString &paragraph : htmlToPlainText(n.html).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            m_flow.text(paragraph, m_body, Qt::black, 0, 5);
    }
}

void BriefingLayout::enquiries()
{
    for (const BriefingEnquiry &e : m_briefing.enquiries)
        m_flow.text(QStringLiteral("%1. %2").arg(e.number).arg(e.question), m_body, Qt::black, 0, 6);
}

void BriefingLayout::actionLog()
{
    if (m_briefing.actionLog.actions.isEmpty()) {
        m_flow.text(tr("No actions are outstanding from earlier meetings."), m_body);
        return;
    }
    QList<QStringList> rows;
    QList<QColor> fills;
    for (const CarriedForwardAction &a : m_briefing.actionLog.actions) {
        QString status = displayName(a.status);
        if (a.overdue)
            status = tr("⚠ Overdue") + QLatin1Char('\n') + status;
        QString update = a.latestUpdate;
        if (a.latestUpdateOn.isValid())
            update = briefingDate(a.latestUpdateOn) + QStringLiteral(": ") + update;
        rows.append({a.reference, a.title, a.owner, briefingDate(a.dueDate), status, update});
        fills.append(a.overdue ? QColor(0xfd, 0xec, 0xea) : QColor());
    }
    table({tr("Reference"), tr("Action"), tr("MPS owner"), tr("Due"), tr("Status"), tr("Latest update")},
          {0.13, 0.27, 0.16, 0.1, 0.11, 0.23}, rows, fills);
}

void BriefingLayout::annotations()
{
    threads(m_briefing.annotations);
}

void BriefingLayout::appendix()
{
    for (const BriefingDefinition &d : m_briefing.appendix) {
        subheading(QStringLiteral("%1 (%2)").arg(d.title, d.measureCode));
        if (!d.definition.isEmpty())
            m_flow.text(d.definition, m_body);
        m_flow.text(tr("Source: %1").arg(d.source), m_body);
        for (const QString &attribution : d.attributions)
            m_flow.text(tr("Data: %1").arg(attribution), m_small);
        if (!d.targetText.isEmpty())
            m_flow.text(tr("Target: %1").arg(d.targetText), m_body);
        for (const SeriesBreak &b : d.breaks)
            m_flow.text(tr("Series break from %1: %2").arg(MeasureFormat::shortPeriod(b.period), b.note),
                        m_body);
    }
}

} // namespace cw
