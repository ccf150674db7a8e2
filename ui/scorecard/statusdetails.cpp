#include "scorecard/statusdetails.h"

#include "models/measureformat.h"
#include "models/scorecardmodel.h"
#include "models/statusstyle.h"
#include "services/scorecardservice.h"

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
    for (const XmrRule candidate : {XmrRule::BeyondLimit, XmrRule::Shift, XmrRule::Trend, XmrRule::TwoOfThree}) {
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
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3><p style='margin:2px 0;color:#555'>%2 · %3</p>")
                       .arg(escaped(row->measure.title), escaped(row->measure.code), escaped(row->priorityTitle));

    // 1. Performance against the trajectory.
    html += heading(tr("Performance status"));
    html += QStringLiteral("<p style='margin:2px 0'><span style='background:%1;color:%2;padding:2px'>&nbsp;%3&nbsp;</span></p>")
                .arg(StatusStyle::background(status).name(), StatusStyle::foreground(status).name(),
                     escaped(StatusStyle::text(status)));
    html += line(tr("Reason:"), row->status.reason);
    if (row->status.officerStatus) {
        html += line(tr("Officer judgement:"), tr("%1 (calculated: %2)")
                                                   .arg(displayName(*row->status.officerStatus),
                                                        displayName(row->status.status)));
        html += line(tr("Note:"), row->status.officerNote);
    }
    if (row->latest)
        html += line(tr("Latest:"), tr("%1 (%2)").arg(MeasureFormat::value(row->latest->value, unit),
                                                      row->latest->period.label()));
    html += line(tr("Trajectory there:"), MeasureFormat::value(row->status.trajectoryValue, unit));
    if (!row->trajectory.valid)
        html += line(tr("No trajectory:"), row->trajectory.note);
    html += line(tr("Target:"), row->measure.target.text);

    // 2. The change flag.
    const ChangeSummary &change = row->change;
    html += heading(tr("Change"));
    html += line(tr("Flag:"), displayName(change.flag));
    html += line(tr("Comparison:"), change.comparison);
    if (change.current && change.previous)
        html += line(tr("Values:"), tr("%1 against %2")
                                        .arg(MeasureFormat::value(*change.current, unit),
                                             MeasureFormat::value(*change.previous, unit)));
    if (change.percent)
        html += line(tr("Change:"), MeasureFormat::percentChange(*change.percent));
    else if (change.points)
        html += line(tr("Change:"), MeasureFormat::pointsChange(*change.points));
    if (!change.test.isEmpty()) {
        QStringList test{change.test};
        if (change.statistic)
            test.append(tr("statistic %1").arg(QLocale().toString(*change.statistic, 'f', 2)));
        if (change.pValue)
            test.append(MeasureFormat::pValue(*change.pValue));
        html += line(tr("Test:"), test.join(QStringLiteral(", ")));
    }
    html += line(tr("Note:"), change.note);

    // 3. The control chart.
    const SpcSummary &spc = row->spc;
    html += heading(tr("Control chart (latest phase)"));
    if (spc.hasLimits) {
        html += line(tr("Mean:"), MeasureFormat::value(spc.mean, unit));
        html += line(tr("Limits:"), tr("%1 to %2").arg(MeasureFormat::value(spc.lower, unit),
                                                       MeasureFormat::value(spc.upper, unit)));
    }
    QStringList signalWords;
    for (const QString &name : spc.signalNames)
        signalWords.append(signalText(name));
    html += line(tr("Signals:"), signalWords.isEmpty() ? tr("None") : signalWords.join(QStringLiteral("; ")));
    html += line(tr("Assurance:"), displayName(spc.assurance));
    html += line(tr("Note:"), spc.note);

    // 4. Comparators.
    html += heading(tr("Comparator"));
    html += line(tr("Flag:"), ScorecardModel::comparatorText(row->comparator.flag));
    html += line(tr("Note:"), row->comparator.note);
    setHtml(html);
}

} // namespace cw
