#pragma once

#include "domain/area.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QItemSelectionModel;

namespace cw {

class BoroughModel;

// London as tiles, one per borough at its reference tile position, coloured by status, rate or
// change, with the borough's abbreviation and a second line (status symbol, rate or change) so
// it reads in greyscale, and a legend. Shares the borough model's selection model: clicking a
// tile, or moving with the arrow keys, makes that borough current; the current borough is
// outlined. Boroughs without data are drawn as empty tiles.
class BoroughTileMap : public QWidget
{
    Q_OBJECT

public:
    enum class Colouring { Status, Rate, Change };

    explicit BoroughTileMap(QWidget *parent = nullptr);

    void setAreas(const QList<Area> &areas); // every borough with a tile, data or not
    void setModel(BoroughModel *model, QItemSelectionModel *selection);
    void setColouring(Colouring colouring);
    Colouring colouring() const { return m_colouring; }

    QRect tileRect(const QString &code) const; // empty when the borough has no tile
    QString currentCode() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Style
    {
        QColor fill;
        QColor text;
        QString second; // second line of the tile
    };
    struct Geometry
    {
        int tile = 0;
        QPoint origin;
    };
    Geometry geometry() const;
    Style styleFor(int row) const;
    QString codeAt(const QPoint &pos) const;
    void select(const QString &code);
    void paintLegend(QPainter &painter, const QRect &area) const;
    QString tooltipFor(const QString &code) const;

    QList<Area> m_areas;
    QPointer<BoroughModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    Colouring m_colouring = Colouring::Status;
    int m_rows = 6;
    int m_columns = 8;
};

} // namespace cw
