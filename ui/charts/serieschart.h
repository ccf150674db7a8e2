#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QValueAxis;
class QXYSeries;

namespace cw {

// A time-series chart: the one place panels draw line charts through. Qt Charts (deprecated
// after Qt 6.10) stays behind this class, so that replacing it touches ui/charts/ only.
//
// x values are dates: pass SeriesChart::x(date) (the year as a decimal: 1 July 2024 ≈ 2024.5). A NaN y value
// breaks a line or band into separate pieces (e.g. control limits per phase); the pieces share
// one legend entry. The axes follow everything added so far.
class SeriesChart : public QWidget
{
    Q_OBJECT

public:
    enum class LineStyle { Solid, Dashed, Dotted };
    enum class MarkerStyle { Concern, Improvement, Neutral, Target, Outside };

    explicit SeriesChart(QWidget *parent = nullptr);
    ~SeriesChart() override;

    static qreal x(QDate date);

    void clear();
    void setTitle(const QString &title);
    void setValueTitle(const QString &title);
    // Decimal places of the value axis labels (0 for counts).
    void setDecimals(int decimals);

    void addLine(const QString &name, const QList<QPointF> &points, const QColor &colour,
                 LineStyle style = LineStyle::Solid, qreal width = 2);
    // The area between `lower` and `upper` (same x values, in order), lightly filled.
    void addBand(const QString &name, const QList<QPointF> &lower, const QList<QPointF> &upper,
                 const QColor &colour);
    void addMarkers(const QString &name, const QList<QPointF> &points, MarkerStyle style);
    // Marks points that carry annotations (comments), drawn over the series in a shape of its
    // own (an amber pentagon with a dark border), so that they read beside signal markers.
    void addAnnotationMarks(const QString &name, const QList<QPointF> &points);
    // A line across the whole time range at `value`, kept across the range as more is added.
    void addHorizontalLine(const QString &name, double value, const QColor &colour,
                           LineStyle style = LineStyle::Dashed);

    // What the chart shows, for tests and accessibility: one name per legend entry, in order.
    QStringList seriesNames() const { return m_names; }
    QString title() const;

private:
    struct HorizontalLine
    {
        QXYSeries *series = nullptr;
        double value = 0;
    };
    void attach(QXYSeries *series, const QString &name, bool inLegend);
    void include(const QList<QPointF> &points);
    void rescale();

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QValueAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QStringList m_names;
    QList<HorizontalLine> m_horizontal;
    bool m_empty = true;
    qreal m_minX = 0;
    qreal m_maxX = 0;
    double m_minY = 0;
    double m_maxY = 0;
};

} // namespace cw
