#include "scorecard/measureexplorer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

#include "charts/serieschart.h"
#include "models/measureformat.h"
#include "models/statusstyle.h"
#include "reference/referencedata.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

constexpr double kGap = std::numeric_limits<double>::quiet_NaN();
constexpr auto kForceArea = "E23000001";

QString grainName(Period::Kind kind)
{
    switch (kind) {
    case Period::Kind::Rolling12:
        return MeasureExplorer::tr("Rolling 12 months");
    case Period::Kind::Month:
        return MeasureExplorer::tr("Monthly");
    case Period::Kind::Quarter:
        return MeasureExplorer::tr("Quarterly");
    case Period::Kind::FinancialYear:
        return MeasureExplorer::tr("Financial year");
    case Period::Kind::CalendarYear:
        return MeasureExplorer::tr("Calendar year");
    }
    return {};
}

// Periods are placed at their last month: a period's figure is "as at" its end.
qreal xOf(const Period &period)
{
    const QDate end = period.end();
    return SeriesChart::x(QDate(end.year(), end.month(), 1));
}

qreal xOfMonth(const QString &monthKey)
{
    const std::optional<Period> period = Period::parse(monthKey);
    return period ? xOf(*period) : kGap;
}

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
    m_chart->setMinimumSize(480, 320);
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
    splitter->addWidget(m_chart);
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
        m_notes->clear();
        return;
    }
    const ScorecardRow &row = detail->row;
    m_title->setText(tr("%1 — %2").arg(row.measure.code, row.measure.title));
    const TrajectoryStatus status = row.status.effectiveStatus();
    m_status->setText(StatusStyle::text(status));
    m_status->setToolTip(row.status.reason);
    m_status->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 3px 8px; }")
                                .arg(StatusStyle::background(status).name(), StatusStyle::foreground(status).name()));
    draw(*detail);
    m_notes->setHtml(notes(*detail));
}

void MeasureExplorer::draw(const MeasureDetail &detail)
{
    const ScorecardRow &row = detail.row;
    const QList<MeasurePoint> &points = detail.points;
    m_chart->clear();
    m_chart->setTitle(tr("%1, %2").arg(row.measure.title, m_area->currentText()));
    m_chart->setValueTitle(displayName(row.measure.unit));
    m_chart->setValueFromZero(row.measure.unit == Unit::Count);
    if (points.isEmpty())
        return;

    // Control limits and mean, phase by phase (a NaN between phases breaks the lines).
    QList<QPointF> mean, lower, upper;
    for (const XmrPhase &phase : detail.chart.phases) {
        if (!phase.hasLimits)
            continue;
        if (!mean.isEmpty()) {
            mean.append(QPointF(xOf(points.at(phase.first).period), kGap));
            lower.append(mean.constLast());
            upper.append(mean.constLast());
        }
        const double low = row.measure.unit == Unit::Count ? std::max(0.0, phase.lowerLimit) : phase.lowerLimit;
        for (int i = phase.first; i <= phase.last && i < points.size(); ++i) {
            const qreal x = xOf(points.at(i).period);
            mean.append(QPointF(x, phase.mean));
            lower.append(QPointF(x, low));
            upper.append(QPointF(x, phase.upperLimit));
        }
    }
    if (!mean.isEmpty()) {
        m_chart->addBand(tr("Control limits"), lower, upper, QColor(0x8c, 0x9d, 0xb5));
        m_chart->addLine(tr("Mean"), mean, QColor(0x6b, 0x6b, 0x6b), SeriesChart::LineStyle::Dashed, 1.2);
    }

    QList<QPointF> series;
    for (const MeasurePoint &point : points)
        series.append(QPointF(xOf(point.period), point.value));
    m_chart->addLine(grainName(points.constFirst().period.kind()), series, QColor(0x1f, 0x3a, 0x68));

    if (row.baselineValue)
        m_chart->addHorizontalLine(row.baselinePeriod.isEmpty() ? tr("Baseline")
                                                                : tr("Baseline (%1)").arg(row.baselinePeriod),
                                   *row.baselineValue, QColor(0x55, 0x55, 0x55), SeriesChart::LineStyle::Dotted);

    // The trajectory from the baseline to the target (flat after it), where it applies.
    if (row.trajectory.valid) {
        QList<QPointF> trajectory{QPointF(xOf(row.trajectory.baselinePeriod), row.trajectory.baselineValue)};
        for (qsizetype i = 0; i < points.size() && i < detail.trajectory.size(); ++i) {
            if (detail.trajectory.at(i))
                trajectory.append(QPointF(xOf(points.at(i).period), *detail.trajectory.at(i)));
        }
        trajectory.append(QPointF(xOf(row.trajectory.targetPeriod), row.trajectory.targetValue));
        std::sort(trajectory.begin(), trajectory.end(),
                  [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        m_chart->addLine(tr("Trajectory"), trajectory, QColor(0x2e, 0x7d, 0x32), SeriesChart::LineStyle::Dashed);
    }
    if (row.targetValue) {
        const qreal x = xOfMonth(row.measure.target.period);
        if (std::isnan(x))
            m_chart->addHorizontalLine(tr("Target"), *row.targetValue, QColor(0x1b, 0x5e, 0x20));
        else
            m_chart->addMarkers(tr("Target"), {QPointF(x, *row.targetValue)}, SeriesChart::MarkerStyle::Target);
    }

    // Special-cause signals, by nature; a point that takes part in several is marked once.
    QMap<int, SignalNature> marked;
    for (const XmrSignal &signal : detail.chart.specialCauses) {
        for (int i = signal.first; i <= signal.last && i < points.size(); ++i) {
            if (!marked.contains(i) || signal.nature == SignalNature::Concern)
                marked.insert(i, signal.nature);
        }
    }
    QList<QPointF> concern, improvement, neutral;
    for (auto it = marked.cbegin(); it != marked.cend(); ++it) {
        const QPointF point(xOf(points.at(it.key()).period), points.at(it.key()).value);
        (it.value() == SignalNature::Concern       ? concern
         : it.value() == SignalNature::Improvement ? improvement
                                                   : neutral)
            .append(point);
    }
    m_chart->addMarkers(tr("Special cause: concern"), concern, SeriesChart::MarkerStyle::Concern);
    m_chart->addMarkers(tr("Special cause: improvement"), improvement, SeriesChart::MarkerStyle::Improvement);
    m_chart->addMarkers(tr("Special cause"), neutral, SeriesChart::MarkerStyle::Neutral);
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
    html += section(tr("Status"), row.status.reason);
    if (!row.trajectory.valid)
        html += section(tr("Trajectory"), row.trajectory.note);
    if (row.baselineFromData)
        html += section(tr("Baseline"), tr("The Plan published no baseline value: it is computed from the data."));

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
    if (!detail.monthly.isEmpty() && !detail.points.isEmpty()
        && detail.points.constFirst().period.kind() == Period::Kind::Rolling12)
        html += section(tr("Grain"), tr("The chart shows rolling 12-month totals: monthly crime is seasonal, "
                                        "so single months are not compared with each other."));
    return html;
}

} // namespace cw
