#pragma once

#include <QPointer>
#include <QWidget>

class QItemSelectionModel;

namespace cw {

class BoroughModel;

// Small multiples: one small painted panel per borough (in the model's row order), with the
// borough's abbreviation, its latest value and a sparkline of its last 36 points, each on its
// own scale (the shape matters here; the table and the funnel compare levels). Shares the
// borough model's selection model: clicking a panel, or the arrow keys, make that borough
// current; the current one is outlined.
class BoroughSmallMultiples : public QWidget
{
    Q_OBJECT

public:
    explicit BoroughSmallMultiples(QWidget *parent = nullptr);

    void setModel(BoroughModel *model, QItemSelectionModel *selection);
    QRect panelRect(int row) const;
    int currentRow() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    int columns() const;
    int rowAt(const QPoint &pos) const;
    void select(int row);

    QPointer<BoroughModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
};

} // namespace cw
