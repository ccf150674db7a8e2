#include "charts/serieschart.h"

#include <QAreaSeries>
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

Qt::PenStyle penStyle(SeriesChart::LineStyle style)
{
    switch (style) {
    case SeriesChart::LineStyle::Solid:
        return Qt::SolidLine;
    case SeriesChart::LineStyle::Dashed:
        return Qt::DashLine;
    case SeriesChart::LineStyle::Dotted:
        return Qt::DotLine;
    }
    return Qt::SolidLine;
}

// The runs of `points` between NaN values.
QList<QList<QPointF>> pieces(const QList<QPointF> &points)
{
    QList<QList<QPointF>> result(1);
    for (const QPointF &point : points) {
        if (std::isnan(point.y())) {
            if (!result.constLast().isEmpty())
                result.append(QList<QPointF>());
            continue;
        }
        result.last().append(point);
    }
    if (result.constLast().isEmpty())
        result.removeLast();
    return result;
}

} // namespace

SeriesChart::SeriesChart(QWidget *parent)
    : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view = new QChartView(m_chart, this); // takes ownership of the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    clear();
}

SeriesChart::~SeriesChart() = default;

qreal SeriesChart::x(QDate date)
{
    return date.year() + qreal(date.dayOfYear() - 1) / date.daysInYear();
}

void SeriesChart::clear()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    delete m_timeAxis;
    delete m_valueAxis;
    m_timeAxis = new QValueAxis(this);
    m_timeAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_timeAxis->setTickType(QValueAxis::TicksDynamic);
    m_timeAxis->setMinorTickCount(0);
    m_valueAxis = new QValueAxis(this);
    setDecimals(1);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_names.clear();
    m_horizontal.clear();
    m_empty = true;
    m_chart->setTitle({});
}

void SeriesChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

QString SeriesChart::title() const
{
    return m_chart->title();
}

void SeriesChart::setValueTitle(const QString &title)
{
    m_valueAxis->setTitleText(title);
}

void SeriesChart::setDecimals(int decimals)
{
    m_valueAxis->setLabelFormat(QStringLiteral("%.%1f").arg(std::clamp(decimals, 0, 6)));
}

void SeriesChart::attach(QXYSeries *series, const QString &name, bool inLegend)
{
    series->setName(name);
    m_chart->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
    for (QLegendMarker *marker : m_chart->legend()->markers(series))
        marker->setVisible(inLegend);
    if (inLegend)
        m_names.append(name);
}

void SeriesChart::include(const QList<QPointF> &points)
{
    for (const QPointF &point : points) {
        if (std::isnan(point.y()))
            continue;
        if (m_empty) {
            m_minX = m_maxX = point.x();
            m_minY = m_maxY = point.y();
            m_empty = false;
            continue;
        }
        m_minX = std::min(m_minX, point.x());
        m_maxX = std::max(m_maxX, point.x());
        m_minY = std::min(m_minY, point.y());
        m_maxY = std::max(m_maxY, point.y());
    }
}

void SeriesChart::addLine(const QString &name, const QList<QPointF> &points, const QColor &colour,
                          LineStyle style, qreal width)
{
    bool first = true;
    for (const QList<QPointF> &piece : pieces(points)) {
        auto *series = new QLineSeries(this);
        series->append(piece);
        series->setPen(QPen(colour, width, penStyle(style)));
        // A single point has no line to show: mark it.
        series->setPointsVisible(piece.size() == 1);
        attach(series, name, first);
        first = false;
    }
    include(points);
    rescale();
}

void SeriesChart::addBand(const QString &name, const QList<QPointF> &lower, const QList<QPointF> &upper,
                          const QColor &colour)
{
    const QList<QList<QPointF>> lowerPieces = pieces(lower);
    const QList<QList<QPointF>> upperPieces = pieces(upper);
    QColor fill = colour;
    fill.setAlpha(60);
    bool first = true;
    for (qsizetype i = 0; i < std::min(lowerPieces.size(), upperPieces.size()); ++i) {
        auto *lowerSeries = new QLineSeries(this);
        lowerSeries->append(lowerPieces.at(i));
        auto *upperSeries = new QLineSeries(this);
        upperSeries->append(upperPieces.at(i));
        auto *area = new QAreaSeries(upperSeries, lowerSeries);
        area->setParent(this);
        area->setName(name);
        area->setBrush(fill);
        area->setPen(QPen(colour, 1, Qt::DotLine));
        m_chart->addSeries(area);
        area->attachAxis(m_timeAxis);
        area->attachAxis(m_valueAxis);
        for (QLegendMarker *marker : m_chart->legend()->markers(area))
            marker->setVisible(first);
        if (first)
            m_names.append(name);
        first = false;
    }
    include(lower);
    include(upper);
    rescale();
}

void SeriesChart::addMarkers(const QString &name, const QList<QPointF> &points, MarkerStyle style)
{
    if (points.isEmpty())
        return;
    auto *series = new QScatterSeries(this);
    series->append(points);
    series->setMarkerSize(11);
    // Shapes as well as colours, so that the kinds of signal read in greyscale.
    switch (style) {
    case MarkerStyle::Concern:
        series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        series->setColor(QColor(0xe3, 0x6c, 0x0a)); // "Making Data Count" orange
        break;
    case MarkerStyle::Improvement:
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setColor(QColor(0x36, 0x5d, 0xb8)); // and blue
        break;
    case MarkerStyle::Neutral:
        series->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        series->setColor(QColor(0x7a, 0x4f, 0x9a));
        break;
    case MarkerStyle::Target:
        series->setMarkerShape(QScatterSeries::MarkerShapeStar);
        series->setMarkerSize(16);
        series->setColor(QColor(0x1b, 0x5e, 0x20));
        break;
    case MarkerStyle::Outside: // an observation outside a forecast interval: a red ring
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(14);
        series->setColor(Qt::transparent);
        series->setBorderColor(QColor(0xc6, 0x28, 0x28));
        series->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2.5));
        attach(series, name, true);
        include(points);
        rescale();
        return;
    }
    series->setBorderColor(Qt::white);
    attach(series, name, true);
    include(points);
    rescale();
}

void SeriesChart::addAnnotationMarks(const QString &name, const QList<QPointF> &points)
{
    if (points.isEmpty())
        return;
    auto *series = new QScatterSeries(this);
    series->append(points);
    series->setMarkerShape(QScatterSeries::MarkerShapePentagon);
    series->setMarkerSize(15);
    series->setColor(QColor(0xf2, 0xb7, 0x05));
    series->setBorderColor(QColor(0x5c, 0x40, 0x00));
    attach(series, name, true);
    include(points);
    rescale();
}

void SeriesChart::addHorizontalLine(const QString &name, double value, const QColor &colour, LineStyle style)
{
    auto *series = new QLineSeries(this);
    series->setPen(QPen(colour, 1.5, penStyle(style)));
    attach(series, name, true);
    m_horizontal.append({series, value});
    if (m_empty) {
        m_minY = m_maxY = value;
    } else {
        m_minY = std::min(m_minY, value);
        m_maxY = std::max(m_maxY, value);
    }
    rescale();
}

void SeriesChart::rescale()
{
    if (m_empty)
        return;
    for (const HorizontalLine &line : std::as_const(m_horizontal))
        line.series->replace({QPointF(m_minX, line.value), QPointF(m_maxX, line.value)});
    // Whole years, with a tick at each start of a year (or of every second, fifth… year).
    const double first = std::floor(m_minX);
    const double years = std::max(1.0, std::ceil(m_maxX + 1e-9) - first);
    double step = 1;
    for (const double candidate : {1.0, 2.0, 5.0, 10.0, 20.0}) {
        step = candidate;
        if (years / candidate <= 9)
            break;
    }
    m_timeAxis->setRange(first, first + std::ceil(years / step) * step);
    m_timeAxis->setTickAnchor(first);
    m_timeAxis->setTickInterval(step);
    double low = m_minY;
    double high = m_maxY;
    const double pad = high > low ? (high - low) * 0.08 : std::max(1.0, std::abs(high) * 0.1);
    low = m_minY >= 0 ? std::max(0.0, low - pad) : low - pad; // no negative axis for counts
    high += pad;
    m_valueAxis->setRange(low, high);
    m_valueAxis->applyNiceNumbers();
}

} // namespace cw
