#include "boroughs/boroughsmallmultiples.h"

#include "boroughs/boroughabbreviations.h"
#include "models/boroughmodel.h"
#include "models/measureformat.h"
#include "models/statusstyle.h"

#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

constexpr int kPanelWidth = 112;
constexpr int kPanelHeight = 58;
constexpr int kGap = 4;

} // namespace

BoroughSmallMultiples::BoroughSmallMultiples(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("boroughSmallMultiples"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Small multiples: each borough's series"));
}

void BoroughSmallMultiples::setModel(BoroughModel *model, QItemSelectionModel *selection)
{
    m_model = model;
    m_selection = selection;
    const auto repaint = [this] {
        updateGeometry();
        update();
    };
    connect(model, &QAbstractItemModel::modelReset, this, repaint);
    connect(selection, &QItemSelectionModel::currentChanged, this, repaint);
    update();
}

int BoroughSmallMultiples::columns() const
{
    return std::max(1, (width() + kGap) / (kPanelWidth + kGap));
}

QSize BoroughSmallMultiples::sizeHint() const
{
    return {6 * (kPanelWidth + kGap), 6 * (kPanelHeight + kGap)};
}

QSize BoroughSmallMultiples::minimumSizeHint() const
{
    return {2 * (kPanelWidth + kGap), 2 * (kPanelHeight + kGap)};
}

QRect BoroughSmallMultiples::panelRect(int row) const
{
    const int cols = columns();
    // Panels stretch to fill the width; their height is fixed unless the widget is short.
    const int width = (this->width() - (cols - 1) * kGap) / cols;
    const int rows = m_model ? (m_model->rowCount() + cols - 1) / cols : 1;
    const int height =
        std::clamp((this->height() - (rows - 1) * kGap) / std::max(1, rows), 30, kPanelHeight + 20);
    return QRect((row % cols) * (width + kGap), (row / cols) * (height + kGap), width, height);
}

int BoroughSmallMultiples::currentRow() const
{
    return m_selection && m_selection->currentIndex().isValid() ? m_selection->currentIndex().row() : -1;
}

int BoroughSmallMultiples::rowAt(const QPoint &pos) const
{
    for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
        if (panelRect(row).contains(pos))
            return row;
    }
    return -1;
}

void BoroughSmallMultiples::select(int row)
{
    if (!m_model || !m_selection || row < 0 || row >= m_model->rowCount())
        return;
    m_selection->setCurrentIndex(m_model->index(row, 0),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void BoroughSmallMultiples::paintEvent(QPaintEvent *)
{
    if (!m_model)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont bold = font();
    bold.setBold(true);
    bold.setPixelSize(11);
    QFont small = font();
    small.setPixelSize(10);
    const int current = currentRow();
    const Unit unit = m_model->comparison().measure.unit;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const BoroughRow &b = m_model->borough(row);
        const QRect rect = panelRect(row);
        const bool selected = row == current;
        painter.setPen(selected ? QPen(QColor(0x00, 0x30, 0x70), 2.5) : QPen(QColor(0xcc, 0xcc, 0xcc), 1));
        painter.setBrush(selected ? QColor(0xe8, 0xf0, 0xfb) : palette().color(QPalette::Base));
        painter.drawRect(rect.adjusted(1, 1, -1, -1));

        const QRect header = rect.adjusted(5, 2, -5, 0);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(header.left(), header.top(), header.width(), 15),
                         Qt::AlignLeft | Qt::AlignVCenter, boroughAbbreviation(b.code, b.name));
        painter.setFont(small);
        painter.setPen(StatusStyle::foreground(b.status));
        painter.drawText(QRect(header.left(), header.top(), header.width(), 15),
                         Qt::AlignRight | Qt::AlignVCenter,
                         StatusStyle::symbol(b.status) + u' ' + MeasureFormat::value(b.latest.value, unit));

        const QRectF plot = QRectF(rect).adjusted(6, 19, -6, -5);
        if (b.series.size() < 2 || plot.height() < 6)
            continue;
        double lo = b.series.first().value;
        double hi = lo;
        for (const MeasurePoint &p : b.series) {
            lo = std::min(lo, p.value);
            hi = std::max(hi, p.value);
        }
        if (hi - lo < 1e-9)
            hi = lo + 1;
        QPainterPath path;
        for (qsizetype i = 0; i < b.series.size(); ++i) {
            const double x = plot.left() + plot.width() * double(i) / double(b.series.size() - 1);
            const double y = plot.bottom() - plot.height() * (b.series.at(i).value - lo) / (hi - lo);
            if (i == 0)
                path.moveTo(x, y);
            else
                path.lineTo(x, y);
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(
            QPen(selected ? QColor(0x00, 0x30, 0x70) : QColor(0x4d, 0x4d, 0x4d), selected ? 1.8 : 1.2));
        painter.drawPath(path);
        painter.setBrush(painter.pen().color());
        painter.drawEllipse(path.currentPosition(), 2, 2);
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight(), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void BoroughSmallMultiples::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    select(rowAt(event->position().toPoint()));
}

void BoroughSmallMultiples::keyPressEvent(QKeyEvent *event)
{
    const int current = std::max(0, currentRow());
    switch (event->key()) {
    case Qt::Key_Left:
        select(current - 1);
        break;
    case Qt::Key_Right:
        select(current + 1);
        break;
    case Qt::Key_Up:
        select(current - columns());
        break;
    case Qt::Key_Down:
        select(current + columns());
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool BoroughSmallMultiples::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
        } else {
            const BoroughRow &b = m_model->borough(row);
            const QString first = b.series.isEmpty() ? QString() : b.series.first().period.label();
            QToolTip::showText(
                help->globalPos(),
                tr("%1: %2 (%3)\n%4 to %5, on its own scale")
                    .arg(b.name, MeasureFormat::value(b.latest.value, m_model->comparison().measure.unit),
                         b.latest.period.label(), first, b.latest.period.label()),
                this, panelRect(row));
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace cw
