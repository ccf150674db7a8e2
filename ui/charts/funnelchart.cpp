#include "charts/funnelchart.h"

#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

const QColor kWithin(0x4d, 0x4d, 0x4d);
const QColor kOuter95(0xd9, 0x8c, 0x00);
const QColor kOuter998(0xb4, 0x1e, 0x1e);

QLineSeries *line(const QList<QPointF> &points, const QColor &colour, Qt::PenStyle style, qreal width)
{
    auto *series = new QLineSeries;
    series->append(points);
    QPen pen(colour);
    pen.setStyle(style);
    pen.setWidthF(width);
    series->setPen(pen);
    return series;
}

} // namespace

FunnelChart::FunnelChart(QWidget *parent)
    : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

FunnelChart::~FunnelChart() = default;

void FunnelChart::clear()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_x = nullptr;
    m_y = nullptr;
    m_highlight = nullptr;
    m_data = {};
}

void FunnelChart::setData(const Data &chart)
{
    clear();
    m_data = chart;
    m_chart->setTitle(chart.title);
    m_x = new QValueAxis;
    m_x->setTitleText(chart.xTitle);
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_y = new QValueAxis;
    m_y->setTitleText(chart.yTitle);
    m_y->setLabelFormat(QStringLiteral("%.") + QString::number(chart.decimals) + u'f');
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);

    double minX = std::numeric_limits<double>::max();
    double maxX = 0;
    double minY = chart.target;
    double maxY = chart.target;
    const auto include = [&](const QList<QPointF> &points) {
        for (const QPointF &p : points) {
            if (!std::isfinite(p.y()))
                continue;
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    };
    QList<QPointF> values;
    for (const Point &p : chart.points)
        values.append(p.value);
    include(values);
    include(chart.outer.lower);
    include(chart.outer.upper);
    const auto attach = [&](QAbstractSeries *series, const QString &name, bool inLegend) {
        series->setName(name);
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(inLegend);
    };
    attach(line(chart.outer.lower, kOuter998, Qt::DashLine, 1.2), tr("99.8% limits"), true);
    attach(line(chart.outer.upper, kOuter998, Qt::DashLine, 1.2), tr("99.8% limits"), false);
    attach(line(chart.inner.lower, kOuter95, Qt::DotLine, 1.5), tr("95% limits"), true);
    attach(line(chart.inner.upper, kOuter95, Qt::DotLine, 1.5), tr("95% limits"), false);
    if (!values.isEmpty())
        attach(
            line({{minX, chart.target}, {maxX, chart.target}}, QColor(0x1f, 0x4e, 0x79), Qt::SolidLine, 1.5),
            chart.targetName, true);

    const struct
    {
        Group group;
        QString name;
        QColor colour;
        QScatterSeries::MarkerShape shape;
    } groups[] = {{Group::Within, tr("Within the limits"), kWithin, QScatterSeries::MarkerShapeCircle},
                  {Group::Outer95, tr("Outside 95%"), kOuter95, QScatterSeries::MarkerShapeRectangle},
                  {Group::Outer998, tr("Outside 99.8%"), kOuter998, QScatterSeries::MarkerShapeRectangle}};
    for (const auto &g : groups) {
        auto *scatter = new QScatterSeries;
        scatter->setMarkerShape(g.shape);
        scatter->setMarkerSize(g.group == Group::Within ? 8 : 10);
        scatter->setColor(g.colour);
        scatter->setBorderColor(Qt::white);
        for (const Point &p : chart.points) {
            if (p.group == g.group)
                scatter->append(p.value);
        }
        attach(scatter, g.name, !scatter->points().isEmpty());
        connect(scatter, &QScatterSeries::clicked, this, &FunnelChart::clicked);
    }
    m_highlight = new QScatterSeries;
    m_highlight->setMarkerSize(16);
    m_highlight->setColor(Qt::transparent);
    m_highlight->setBorderColor(QColor(0x00, 0x5e, 0xb8));
    QPen pen(QColor(0x00, 0x5e, 0xb8));
    pen.setWidthF(2.5);
    m_highlight->setPen(pen);
    attach(m_highlight, tr("Selected"), false);
    connect(m_highlight, &QScatterSeries::clicked, this, &FunnelChart::clicked);

    if (values.isEmpty()) {
        m_x->setRange(0, 1);
        m_y->setRange(0, 1);
    } else {
        const double padX = (maxX - minX) * 0.04 + 1;
        const double padY = (maxY - minY) * 0.06 + 1e-9;
        m_x->setRange(std::max(0.0, minX - padX), maxX + padX);
        m_y->setRange(std::max(0.0, minY - padY), maxY + padY);
        m_x->applyNiceNumbers();
        m_y->applyNiceNumbers();
    }
    setSelected(m_selected);
}

void FunnelChart::setSelected(const QString &key)
{
    m_selected = key;
    if (!m_highlight)
        return;
    m_highlight->clear();
    for (const Point &p : std::as_const(m_data.points)) {
        if (p.key == key)
            m_highlight->append(p.value);
    }
}

QPoint FunnelChart::positionOf(const QString &key) const
{
    for (const Point &p : m_data.points) {
        if (p.key != key || !m_x)
            continue;
        const QPointF scene = m_chart->mapToPosition(p.value);
        return m_view->mapFromScene(m_chart->mapToScene(scene));
    }
    return {};
}

QWidget *FunnelChart::mouseArea() const
{
    return m_view->viewport();
}

QStringList FunnelChart::seriesNames() const
{
    QStringList names;
    for (QAbstractSeries *series : m_chart->series()) {
        if (!names.contains(series->name()))
            names.append(series->name());
    }
    return names;
}

// A click lands near a point: the nearest point in screen terms is the one meant.
void FunnelChart::clicked(const QPointF &value)
{
    const QPointF at = m_chart->mapToPosition(value);
    const Point *best = nullptr;
    double bestDistance = std::numeric_limits<double>::max();
    for (const Point &p : std::as_const(m_data.points)) {
        const QPointF d = m_chart->mapToPosition(p.value) - at;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance < bestDistance) {
            bestDistance = distance;
            best = &p;
        }
    }
    if (best)
        Q_EMIT pointClicked(best->key);
}

} // namespace cw
