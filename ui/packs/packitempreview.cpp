#include "packs/packitempreview.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "charts/serieschart.h"
#include "models/measureformat.h"
#include "reference/referencedata.h"
#include "scorecard/measurecharts.h"
#include "services/annotationservice.h"
#include "services/scorecardservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

// Colours for up to six areas; more areas reuse them.
const QList<QColor> &areaColours()
{
    static const QList<QColor> colours{QColor(0x1f, 0x3a, 0x68), QColor(0xc0, 0x50, 0x4d),
                                       QColor(0x2e, 0x7d, 0x32), QColor(0x7a, 0x4f, 0x9a),
                                       QColor(0xb8, 0x86, 0x0b), QColor(0x00, 0x83, 0x8f)};
    return colours;
}

qreal xOf(const Period &period)
{
    const QDate end = period.end();
    return SeriesChart::x(QDate(end.year(), end.month(), 1));
}

// The month key a period ends in ("2024-11" for "R12:2024-11"), so that an annotation on a
// month marks the rolling year ending with it too.
QString endMonthKey(const Period &period)
{
    const QDate end = period.end();
    return Period::month(end.year(), end.month()).key();
}

bool inRange(const Period &period, const QString &from, const QString &to)
{
    const QString month = endMonthKey(period);
    return (from.isEmpty() || month >= from) && (to.isEmpty() || month <= to);
}

QString areaName(const QString &code)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> all;
        for (const Area &area : ReferenceData::areas())
            all.insert(area.code, area.name);
        return all;
    }();
    return names.value(code, code);
}

} // namespace

PackItemPreview::PackItemPreview(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_chart(new SeriesChart(this))
    , m_table(new QTableWidget(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("packItemPreview"));
    m_chart->setObjectName(QStringLiteral("previewChart"));
    m_chart->setMinimumHeight(240);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_note->setObjectName(QStringLiteral("previewNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);

    // Marks follow the annotations as they are added, resolved, reopened and removed.
    AnnotationService &annotations = workspace.annotations();
    connect(&annotations, &AnnotationService::annotationAdded, this,
            [this](const Annotation &annotation) { redrawFor(annotation.anchor.measureCode); });
    connect(&annotations, &AnnotationService::annotationChanged, this,
            [this](const Annotation &annotation) { redrawFor(annotation.anchor.measureCode); });
    connect(&annotations, &AnnotationService::annotationRemoved, this,
            [this](const QString &, const QString &) { redrawFor(m_spec.measureCode); });
}

void PackItemPreview::redrawFor(const QString &measureCode)
{
    if (!m_spec.measureCode.isEmpty() && measureCode == m_spec.measureCode)
        showSpec(m_spec, m_asOfBatch);
}

void PackItemPreview::clear()
{
    m_chart->clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_note->clear();
    m_marks = 0;
}

void PackItemPreview::showSpec(const MeasureItemSpec &spec, qint64 asOfBatch)
{
    clear();
    m_spec = spec;
    m_asOfBatch = asOfBatch;
    if (spec.measureCode.isEmpty() || spec.areaCodes.isEmpty()) {
        m_note->setText(tr("Choose a measure and at least one area."));
        return;
    }
    ScorecardOptions options;
    options.planCode = spec.planCode;
    options.asOf = spec.toPeriod;
    options.asOfBatch = asOfBatch;
    QStringList notes;
    QList<std::pair<QString, MeasureDetail>> details;
    for (const QString &code : spec.areaCodes) {
        options.areaCode = code;
        Result<MeasureDetail> detail = m_workspace.scorecards().measure(spec.measureCode, options);
        if (!detail) {
            notes.append(tr("%1: %2").arg(areaName(code), detail.error().message));
            continue;
        }
        details.append({code, std::move(detail).value()});
    }
    if (details.isEmpty()) {
        m_note->setText(notes.join(u'\n'));
        return;
    }
    const Measure &measure = details.constFirst().second.row.measure;
    const auto annotated = [this, &spec](const QString &area) {
        const Result<QSet<QString>> periods =
            m_workspace.annotations().annotatedPeriods(spec.measureCode, area);
        return periods ? *periods : QSet<QString>();
    };

    if (spec.chart == ChartKind::Table) {
        m_stack->setCurrentWidget(m_table);
        QMap<QString, QMap<int, double>> byPeriod; // period key → column → value
        QHash<QString, QString> labels;
        for (int column = 0; column < details.size(); ++column) {
            for (const MeasurePoint &point : details.at(column).second.points) {
                if (!inRange(point.period, spec.fromPeriod, spec.toPeriod))
                    continue;
                byPeriod[point.period.key()].insert(column, point.value);
                labels.insert(point.period.key(), MeasureFormat::shortPeriod(point.period));
            }
        }
        m_table->setColumnCount(int(details.size()));
        QStringList headers;
        for (const auto &[code, detail] : details)
            headers.append(areaName(code));
        m_table->setHorizontalHeaderLabels(headers);
        m_table->setRowCount(int(byPeriod.size()));
        QStringList rowLabels;
        int row = 0;
        for (auto it = byPeriod.cbegin(); it != byPeriod.cend(); ++it, ++row) {
            rowLabels.append(labels.value(it.key()));
            for (auto value = it->cbegin(); value != it->cend(); ++value) {
                auto *item = new QTableWidgetItem(MeasureFormat::value(value.value(), measure.unit));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, value.key(), item);
            }
        }
        m_table->setVerticalHeaderLabels(rowLabels);
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_table->scrollToBottom();
    } else if (spec.chart == ChartKind::ControlChart) {
        m_stack->setCurrentWidget(m_chart);
        const auto &[code, detail] = details.constFirst();
        MeasureCharts::drawControl(*m_chart, detail,
                                   tr("%1, %2: control chart").arg(measure.title, areaName(code)));
        const QSet<QString> marked = annotated(code);
        QList<QPointF> marks;
        for (const MeasurePoint &point : MeasureCharts::charted(detail)) {
            if (marked.contains(point.period.key()) || marked.contains(endMonthKey(point.period)))
                marks.append(QPointF(xOf(point.period), point.value));
        }
        m_chart->addAnnotationMarks(tr("Annotated"), marks);
        m_marks = int(marks.size());
        notes.append(tr("A control chart shows the whole series: its limits are computed over every phase."));
        if (details.size() > 1)
            notes.append(tr("Only the first area is drawn as a control chart."));
    } else {
        m_stack->setCurrentWidget(m_chart);
        m_chart->setTitle(details.size() == 1
                              ? tr("%1, %2").arg(measure.title, areaName(details.constFirst().first))
                              : measure.title);
        m_chart->setValueTitle(displayName(measure.unit));
        m_chart->setDecimals(measure.unit == Unit::Count ? 0 : 1);
        QList<QPointF> marks;
        double smallest = std::numeric_limits<double>::max();
        double largest = 0;
        for (int i = 0; i < details.size(); ++i) {
            const auto &[code, detail] = details.at(i);
            const QSet<QString> marked = annotated(code);
            QList<QPointF> series;
            for (const MeasurePoint &point : detail.points) {
                if (!inRange(point.period, spec.fromPeriod, spec.toPeriod))
                    continue;
                const QPointF xy(xOf(point.period), point.value);
                series.append(xy);
                if (marked.contains(point.period.key()) || marked.contains(endMonthKey(point.period)))
                    marks.append(xy);
            }
            m_chart->addLine(areaName(code), series, areaColours().at(i % areaColours().size()));
            if (!series.isEmpty()) {
                const double last = std::abs(series.constLast().y());
                smallest = std::min(smallest, last);
                largest = std::max(largest, last);
            }
        }
        if (details.size() > 1 && smallest > 0 && largest / smallest > 10)
            notes.append(
                tr("The areas differ in size more than tenfold, so the smaller lines look flat: compare "
                   "boroughs without the force area, or show a table."));
        const ScorecardRow &row = details.constFirst().second.row;
        if (details.size() == 1 && row.baselineValue)
            m_chart->addHorizontalLine(tr("Baseline"), *row.baselineValue, QColor(0x55, 0x55, 0x55),
                                       SeriesChart::LineStyle::Dotted);
        if (details.size() == 1 && row.targetValue)
            m_chart->addHorizontalLine(tr("Target"), *row.targetValue, QColor(0x1b, 0x5e, 0x20));
        m_chart->addAnnotationMarks(tr("Annotated"), marks);
        m_marks = int(marks.size());
        if (spec.chart == ChartKind::Bar)
            notes.append(tr("The briefing draws this series as bars; the preview shows it as a line."));
    }
    m_note->setText(notes.join(u' '));
    m_note->setVisible(!notes.isEmpty());
}

} // namespace cw
