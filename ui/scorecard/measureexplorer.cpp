#include "scorecard/measureexplorer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

#include "charts/serieschart.h"
#include "scorecard/measurecharts.h"
#include "models/measureformat.h"
#include "models/statusstyle.h"
#include "reference/referencedata.h"
#include "services/annotationservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

constexpr auto kForceArea = "E23000001";

} // namespace

MeasureExplorer::MeasureExplorer(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("measureExplorer"));

    m_title = new QLabel(tr("No measure selected"), this);
    m_title->setObjectName(QStringLiteral("explorerTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("explorerStatus"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("explorerMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c13; padding: 6px; }"));
    m_message->hide();

    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("areaCombo"));
    fillAreas();
    auto *areaLabel = new QLabel(tr("&Area:"), this);
    areaLabel->setBuddy(m_area);

    m_chart = new SeriesChart(this);
    m_chart->setObjectName(QStringLiteral("explorerChart"));
    m_chart->setMinimumSize(480, 280);
    m_controlChart = new SeriesChart(this);
    m_controlChart->setObjectName(QStringLiteral("controlChart"));
    m_controlChart->setMinimumSize(480, 220);
    m_controlChart->hide();
    auto *charts = new QSplitter(Qt::Vertical, this);
    charts->setChildrenCollapsible(false);
    charts->addWidget(m_chart);
    charts->addWidget(m_controlChart);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    m_notes = new QTextBrowser(this);
    m_notes->setObjectName(QStringLiteral("explorerNotes"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_status);
    top->addSpacing(12);
    top->addWidget(areaLabel);
    top->addWidget(m_area);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(charts);
    splitter->addWidget(m_notes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 320});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_area, &QComboBox::currentIndexChanged, this, &MeasureExplorer::reload);
}

void MeasureExplorer::fillAreas()
{
    // The force area, then its 32 boroughs by name.
    QList<Area> boroughs;
    for (const Area &area : ReferenceData::areas()) {
        if (area.code == QLatin1String(kForceArea))
            m_area->addItem(area.name, area.code);
        else if (area.kind == AreaKind::LocalAuthority && area.parentCode == QLatin1String(kForceArea))
            boroughs.append(area);
    }
    std::sort(boroughs.begin(), boroughs.end(),
              [](const Area &a, const Area &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Area &area : std::as_const(boroughs))
        m_area->addItem(area.name, area.code);
}

QString MeasureExplorer::areaCode() const
{
    return m_area->currentData().toString();
}

void MeasureExplorer::showMeasure(const QString &measureCode, const ScorecardOptions &options)
{
    m_code = measureCode;
    m_options = options;
    reload();
}

void MeasureExplorer::reload()
{
    if (m_code.isEmpty())
        return;
    ScorecardOptions options = m_options;
    options.areaCode = areaCode();
    const Result<MeasureDetail> detail = m_workspace.scorecards().measure(m_code, options);
    m_message->setVisible(!detail);
    if (!detail) {
        m_message->setText(detail.error().message);
        m_title->setText(m_code);
        m_status->clear();
        m_chart->clear();
        m_controlChart->clear();
        m_controlChart->hide();
        m_notes->clear();
        return;
    }
    const ScorecardRow &row = detail->row;
    m_title->setText(tr("%1 — %2").arg(row.measure.code, row.measure.title));
    const TrajectoryStatus status = row.status.effectiveStatus();
    m_status->setText(StatusStyle::text(status));
    m_status->setToolTip(row.statusOverride
                             ? tr("Officer judgement (calculated: %1): %2")
                                   .arg(StatusStyle::text(row.status.status), row.status.officerNote)
                             : row.status.reason);
    if (row.statusOverride)
        m_status->setText(tr("%1 ✎ (officer)").arg(StatusStyle::text(status)));
    m_status->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; padding: 3px 8px; }")
            .arg(StatusStyle::background(status).name(), StatusStyle::foreground(status).name()));
    const QString where = m_area->currentText();
    MeasureCharts::drawPerformance(*m_chart, *detail, tr("%1, %2").arg(row.measure.title, where));
    const bool separate = MeasureCharts::chartedSeparately(*detail);
    m_controlChart->setVisible(separate);
    if (separate)
        MeasureCharts::drawControl(*m_controlChart, *detail,
                                   tr("Control chart of monthly values, %1").arg(where));
    else
        m_controlChart->clear();
    m_notes->setHtml(notes(*detail));
    markAnnotated(*detail);
}

void MeasureExplorer::markAnnotated(const MeasureDetail &detail)
{
    // Points with open comments (annotations on a data point); one on a month marks the
    // rolling year that ends with it too.
    const Result<QSet<QString>> annotated = m_workspace.annotations().annotatedPeriods(m_code, areaCode());
    if (!annotated || annotated->isEmpty())
        return;
    QList<QPointF> marks;
    for (const MeasurePoint &point : detail.points) {
        const QDate end = point.period.end();
        if (annotated->contains(point.period.key()) ||
            annotated->contains(Period::month(end.year(), end.month()).key()))
            marks.append(QPointF(SeriesChart::x(QDate(end.year(), end.month(), 1)), point.value));
    }
    m_chart->addAnnotationMarks(tr("Annotated"), marks);
}

QString MeasureExplorer::notes(const MeasureDetail &detail) const
{
    const ScorecardRow &row = detail.row;
    const Measure &measure = row.measure;
    const auto section = [](const QString &title, const QString &body) {
        if (body.trimmed().isEmpty())
            return QString();
        return QStringLiteral("<h4 style='margin:8px 0 2px 0'>%1</h4><p style='margin:0'>%2</p>")
            .arg(title.toHtmlEscaped(), body.toHtmlEscaped());
    };
    QString html;
    html += section(tr("Definition"), measure.definition);
    html += section(tr("Source"), measure.source);
    html += section(tr("Unit and polarity"),
                    tr("%1; %2.").arg(displayName(measure.unit), displayName(measure.polarity)));
    html += section(tr("Target"), measure.target.text);
    html += section(tr("Status"), tr("%1: %2").arg(StatusStyle::text(row.status.status), row.status.reason));
    if (row.statusOverride)
        html +=
            section(tr("Officer judgement"),
                    tr("%1, by %2 on %3: %4")
                        .arg(StatusStyle::text(row.status.effectiveStatus()), row.statusOverride->author,
                             QLocale().toString(row.statusOverride->at.toLocalTime(), QLocale::ShortFormat),
                             row.statusOverride->note));
    const Forecast &forecast = detail.forecast;
    if (forecast.valid) {
        QStringList outside;
        for (const ForecastPoint &p : forecast.points) {
            if (p.outside)
                outside.append(MeasureFormat::shortPeriod(p.month));
        }
        html += section(
            tr("Forecast"),
            tr("Seasonal regression on %1 months to %2, with a 95% prediction interval, to %3. %4")
                .arg(forecast.fittedMonths)
                .arg(MeasureFormat::shortPeriod(forecast.origin),
                     MeasureFormat::shortPeriod(forecast.points.constLast().month),
                     outside.isEmpty()
                         ? tr("Every month observed since lies within the interval.")
                         : tr("Observed outside the interval: %1.").arg(outside.join(QStringLiteral(", ")))));
    }
    if (!row.trajectory.valid)
        html += section(tr("Trajectory"), row.trajectory.note);
    if (row.baselineFromData)
        html += section(tr("Baseline"),
                        tr("The Plan published no baseline value: it is computed from the data."));

    QStringList breaks;
    for (const SeriesBreak &seriesBreak : measure.breaks) {
        const std::optional<Period> month = Period::parse(seriesBreak.period);
        breaks.append(tr("From %1: %2").arg(month ? month->label() : seriesBreak.period, seriesBreak.note));
    }
    if (!breaks.isEmpty()) {
        QString items;
        for (const QString &text : std::as_const(breaks))
            items += QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
        html += QStringLiteral("<h4 style='margin:8px 0 2px 0'>%1</h4><ul style='margin:0'>%2</ul>")
                    .arg(tr("Series breaks").toHtmlEscaped(), items);
    }
    QStringList phaseNotes;
    for (const XmrPhase &phase : detail.chart.phases) {
        if (!phase.note.isEmpty())
            phaseNotes.append(phase.note);
    }
    phaseNotes.append(row.spc.note);
    phaseNotes.removeAll(QString());
    html += section(tr("Control chart"), phaseNotes.join(u' '));
    if (!detail.monthly.isEmpty() && !detail.points.isEmpty() &&
        detail.points.constFirst().period.kind() == Period::Kind::Rolling12)
        html += section(tr("Grain"), tr("The chart shows rolling 12-month totals: monthly crime is seasonal, "
                                        "so single months are not compared with each other."));
    return html;
}

} // namespace cw
