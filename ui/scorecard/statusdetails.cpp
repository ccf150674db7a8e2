#include "scorecard/statusdetails.h"

#include "models/measureformat.h"
#include "models/scorecardmodel.h"
#include "models/statusstyle.h"
#include "services/scorecardservice.h"

#include <QLocale>

namespace cw {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// One labelled line: "<b>label</b> value".
QString line(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<p style='margin:2px 0'><b>%1</b> %2</p>").arg(escaped(label), escaped(value));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4 style='margin:10px 0 2px 0'>%1</h4>").arg(escaped(text));
}

} // namespace

StatusDetails::StatusDetails(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("statusDetails"));
    setOpenLinks(false);
    setRow(nullptr);
}

QString StatusDetails::signalText(const QString &signalName)
{
    const QString rule = signalName.section(u':', 0, 0);
    const QString nature = signalName.section(u':', 1, 1);
    QString words = rule;
    for (const XmrRule candidate :
         {XmrRule::BeyondLimit, XmrRule::Shift, XmrRule::Trend, XmrRule::TwoOfThree}) {
        if (toName(candidate) == rule)
            words = displayName(candidate);
    }
    if (nature == QLatin1String("concern"))
        return tr("%1 (concern)").arg(words);
    if (nature == QLatin1String("improvement"))
        return tr("%1 (improvement)").arg(words);
    return words;
}

void StatusDetails::setRow(const ScorecardRow *row)
{
    if (row == nullptr) {
        setHtml(QStringLiteral("<p style='color:#555'>%1</p>")
                    .arg(escaped(tr("Select a measure to see every part of its status and the reasons."))));
        return;
    }
    const Unit unit = row->measure.unit;
    const TrajectoryStatus status = row->status.effectiveStatus();
    QString html =
        QStringLiteral("<h3 style='margin:0'>%1</h3><p style='margin:2px 0;color:#555'>%2 · %3</p>")
            .arg(escaped(row->measure.title), escaped(row->measure.code), escaped(row->priorityTitle));

    // One column per part, side by side: 1. performance against the trajectory.
    QString part = heading(tr("Performance status"));
    part += QStringLiteral("<p style='margin:2px 0'><span "
                           "style='background:%1;color:%2;padding:2px'>&nbsp;%3&nbsp;</span></p>")
                .arg(StatusStyle::background(status).name(), StatusStyle::foreground(status).name(),
                     escaped(StatusStyle::text(status)));
    part += line(tr("Reason:"), row->status.reason);
    if (row->status.officerStatus) {
        part += line(tr("Officer judgement:"),
                     tr("%1 (calculated: %2)")
                         .arg(displayName(*row->status.officerStatus), displayName(row->status.status)));
        part += line(tr("Note:"), row->status.officerNote);
        if (row->statusOverride)
            part += line(tr("By:"), tr("%1 on %2")
                                        .arg(row->statusOverride->author,
                                             QLocale().toString(row->statusOverride->at.toLocalTime(),
                                                                QLocale::ShortFormat)));
    }
    if (row->latest)
        part += line(tr("Latest:"), tr("%1 (%2)").arg(MeasureFormat::value(row->latest->value, unit),
                                                      row->latest->period.label()));
    part += line(tr("Trajectory there:"), MeasureFormat::value(row->status.trajectoryValue, unit));
    if (!row->trajectory.valid)
        part += line(tr("No trajectory:"), row->trajectory.note);
    part += line(tr("Target:"), row->measure.target.text);

    QStringList parts{part};

    // 2. The change flag.
    const ChangeSummary &change = row->change;
    part = heading(tr("Change"));
    part += line(tr("Flag:"), displayName(change.flag));
    part += line(tr("Comparison:"), change.comparison);
    if (change.current && change.previous)
        part += line(tr("Values:"), tr("%1 against %2")
                                        .arg(MeasureFormat::value(*change.current, unit),
                                             MeasureFormat::value(*change.previous, unit)));
    if (change.percent)
        part += line(tr("Change:"), MeasureFormat::percentChange(*change.percent));
    else if (change.points)
        part += line(tr("Change:"), MeasureFormat::pointsChange(*change.points));
    if (!change.test.isEmpty()) {
        QStringList test{change.test};
        if (change.statistic)
            test.append(tr("statistic %1").arg(QLocale().toString(*change.statistic, 'f', 2)));
        if (change.pValue)
            test.append(MeasureFormat::pValue(*change.pValue));
        part += line(tr("Test:"), test.join(QStringLiteral(", ")));
    }
    part += line(tr("Note:"), change.note);

    parts.append(part);

    // 3. The control chart (of the monthly values for monthly counts).
    const SpcSummary &spc = row->spc;
    part = heading(row->measure.frequency == Frequency::Monthly && row->measure.unit == Unit::Count
                       ? tr("Control chart of monthly values")
                       : tr("Control chart"));
    if (spc.hasLimits) {
        part += line(tr("Mean:"), MeasureFormat::value(spc.mean, unit));
        part += line(
            tr("Limits:"),
            tr("%1 to %2").arg(MeasureFormat::value(spc.lower, unit), MeasureFormat::value(spc.upper, unit)));
    }
    // Each kind of signal once, with how many there are.
    QStringList signalWords;
    QStringList seen;
    for (const QString &name : spc.signalNames) {
        if (seen.contains(name))
            continue;
        seen.append(name);
        const qsizetype count = spc.signalNames.count(name);
        signalWords.append(count > 1 ? tr("%1 × %2").arg(signalText(name)).arg(count) : signalText(name));
    }
    part += line(tr("Signals:"), signalWords.isEmpty() ? tr("None") : signalWords.join(QStringLiteral("; ")));
    part += line(tr("Assurance:"), displayName(spc.assurance));
    part += line(tr("Note:"), spc.note);

    parts.append(part);

    // 4. Comparators.
    part = heading(tr("Comparator"));
    part += line(tr("Flag:"), ScorecardModel::comparatorText(row->comparator.flag));
    part += line(tr("Note:"), row->comparator.note);
    parts.append(part);

    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='4'><tr>");
    for (const QString &column : std::as_const(parts))
        html += QStringLiteral("<td width='25%' valign='top'>%1</td>").arg(column);
    html += QStringLiteral("</tr></table>");
    setHtml(html);
}

} // namespace cw
