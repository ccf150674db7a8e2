#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QScatterSeries;
class QValueAxis;

namespace cw {

// A funnel plot: areas as points (x = size, y = value), limit curves either side of a target
// line, and one highlighted point. Clicking a point emits pointClicked with its key. Qt Charts
// stays behind this class (see SeriesChart).
class FunnelChart : public QWidget
{
    Q_OBJECT

public:
    enum class Group { Within, Outer95, Outer998 }; // how far out a point is (marker shape and colour)

    struct Point
    {
        QString key;   // e.g. a GSS code
        QString label; // for the tooltip
        QPointF value;
        Group group = Group::Within;
    };
    struct Curve
    {
        QList<QPointF> lower;
        QList<QPointF> upper;
    };
    struct Data
    {
        QString title;
        QString xTitle;
        QString yTitle;
        int decimals = 1;
        double target = 0;
        QString targetName;
        Curve inner; // 95%
        Curve outer; // 99.8%
        QList<Point> points;
    };

    explicit FunnelChart(QWidget *parent = nullptr);
    ~FunnelChart() override;

    void setData(const Data &data);
    void clear();
    void setSelected(const QString &key); // empty: none
    QString selected() const { return m_selected; }

    // The widget that receives the mouse (the chart's viewport), and where a point is drawn in
    // its coordinates (a null point when there is no point with that key): for tests that click.
    QWidget *mouseArea() const;
    QPoint positionOf(const QString &key) const;
    QStringList seriesNames() const;

Q_SIGNALS:
    void pointClicked(const QString &key);

private:
    void clicked(const QPointF &value);

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QScatterSeries *m_highlight = nullptr;
    Data m_data;
    QString m_selected;
};

} // namespace cw
