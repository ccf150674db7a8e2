#include "boroughs/boroughtilemap.h"

#include "boroughs/boroughabbreviations.h"
#include "models/boroughmodel.h"
#include "models/measureformat.h"
#include "models/statusstyle.h"

#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

constexpr int kLegendHeight = 44;
constexpr int kGap = 3;

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Sequential blues for rates (light = low); change: blue better, orange worse, grey not significant.
const QColor kLow(0xea, 0xf1, 0xfb);
const QColor kHigh(0x08, 0x45, 0x94);
const QColor kBetter(0x21, 0x66, 0xac);
const QColor kWorse(0xb3, 0x58, 0x06);
const QColor kNeutral(0xf4, 0xf4, 0xf4);
const QColor kNoData(0xe0, 0xe0, 0xe0);

QColor textOn(const QColor &fill)
{
    return fill.lightnessF() < 0.55 ? Qt::white : QColor(0x1a, 0x1a, 0x1a);
}

QColor changeColour(ChangeFlag flag)
{
    switch (flag) {
    case ChangeFlag::SignificantImprovement:
        return kBetter;
    case ChangeFlag::SignificantDeterioration:
        return kWorse;
    case ChangeFlag::SignificantChange:
        return kHigh;
    case ChangeFlag::NoSignificantChange:
        return kNeutral;
    case ChangeFlag::InsufficientData:
        break;
    }
    return kNoData;
}

std::optional<double> rateOrValue(const BoroughRow &row)
{
    if (row.rate)
        return row.rate;
    return row.latest.value;
}

std::optional<double> changeOf(const BoroughRow &row)
{
    if (row.change.percent)
        return row.change.percent;
    return row.change.points;
}

} // namespace

BoroughTileMap::BoroughTileMap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("boroughTileMap"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Tile map of the London boroughs"));
}

void BoroughTileMap::setAreas(const QList<Area> &areas)
{
    m_areas.clear();
    m_rows = 1;
    m_columns = 1;
    for (const Area &area : areas) {
        if (!area.tile)
            continue;
        m_areas.append(area);
        m_rows = std::max(m_rows, area.tile->row + 1);
        m_columns = std::max(m_columns, area.tile->column + 1);
    }
    update();
}

void BoroughTileMap::setModel(BoroughModel *model, QItemSelectionModel *selection)
{
    m_model = model;
    m_selection = selection;
    const auto repaint = [this] { update(); };
    connect(model, &QAbstractItemModel::modelReset, this, repaint);
    connect(model, &QAbstractItemModel::dataChanged, this, repaint);
    connect(selection, &QItemSelectionModel::currentChanged, this, repaint);
    update();
}

void BoroughTileMap::setColouring(Colouring colouring)
{
    m_colouring = colouring;
    update();
}

QSize BoroughTileMap::sizeHint() const
{
    return {m_columns * 56, m_rows * 56 + kLegendHeight};
}

QSize BoroughTileMap::minimumSizeHint() const
{
    return {m_columns * 34, m_rows * 34 + kLegendHeight};
}

BoroughTileMap::Geometry BoroughTileMap::geometry() const
{
    Geometry g;
    const int width = this->width() - 8;
    const int height = this->height() - kLegendHeight - 8;
    g.tile = std::clamp(std::min(width / m_columns, height / m_rows), 12, 84);
    g.origin = QPoint((this->width() - g.tile * m_columns) / 2, 4);
    return g;
}

QRect BoroughTileMap::tileRect(const QString &code) const
{
    const Geometry g = geometry();
    for (const Area &area : m_areas) {
        if (area.code == code)
            return QRect(g.origin.x() + area.tile->column * g.tile, g.origin.y() + area.tile->row * g.tile,
                         g.tile - kGap, g.tile - kGap);
    }
    return {};
}

QString BoroughTileMap::codeAt(const QPoint &pos) const
{
    for (const Area &area : m_areas) {
        if (tileRect(area.code).contains(pos))
            return area.code;
    }
    return {};
}

QString BoroughTileMap::currentCode() const
{
    if (!m_selection || !m_selection->currentIndex().isValid())
        return {};
    return m_selection->currentIndex().data(BoroughModel::CodeRole).toString();
}

void BoroughTileMap::select(const QString &code)
{
    if (!m_model || !m_selection)
        return;
    const int row = m_model->rowOf(code);
    if (row < 0)
        return;
    m_selection->setCurrentIndex(m_model->index(row, 0),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

BoroughTileMap::Style BoroughTileMap::styleFor(int row) const
{
    const BoroughRow &b = m_model->borough(row);
    const QList<BoroughRow> &rows = m_model->comparison().rows;
    const QLocale locale;
    Style style;
    switch (m_colouring) {
    case Colouring::Status:
        style.fill = StatusStyle::background(b.status);
        style.text = StatusStyle::foreground(b.status);
        style.second = StatusStyle::symbol(b.status);
        break;
    case Colouring::Rate: {
        double lo = std::numeric_limits<double>::max();
        double hi = -lo;
        for (const BoroughRow &r : rows) {
            lo = std::min(lo, *rateOrValue(r));
            hi = std::max(hi, *rateOrValue(r));
        }
        const double v = *rateOrValue(b);
        style.fill = mix(kLow, kHigh, hi > lo ? (v - lo) / (hi - lo) : 0.5);
        style.text = textOn(style.fill);
        style.second = b.rate ? locale.toString(v, 'f', rateDecimals(m_model->comparison()) - 1)
                              : MeasureFormat::value(v, m_model->comparison().measure.unit);
        break;
    }
    case Colouring::Change: {
        // Coloured by the change flag only: a change that is not significant is not news,
        // however large it looks (statistics.md). The tile still gives the number.
        style.fill = changeColour(b.change.flag);
        style.text = textOn(style.fill);
        const auto change = changeOf(b);
        if (!change) {
            style.second = QStringLiteral("–");
            break;
        }
        const bool significant = b.change.flag == ChangeFlag::SignificantDeterioration ||
                                 b.change.flag == ChangeFlag::SignificantImprovement ||
                                 b.change.flag == ChangeFlag::SignificantChange;
        style.second = (b.change.percent ? MeasureFormat::percentChange(*change)
                                         : MeasureFormat::pointsChange(*change)) +
                       (significant ? QStringLiteral("*") : QString());
        break;
    }
    }
    return style;
}

void BoroughTileMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    const QString current = currentCode();
    QFont bold = font();
    bold.setBold(true);
    bold.setPixelSize(std::max(8, g.tile / 4));
    QFont small = font();
    small.setPixelSize(std::max(7, g.tile / 5));
    for (const Area &area : std::as_const(m_areas)) {
        const QRect rect = tileRect(area.code);
        const int row = m_model ? m_model->rowOf(area.code) : -1;
        Style style{kNoData, QColor(0x60, 0x60, 0x60), QString()};
        if (row >= 0)
            style = styleFor(row);
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.fill);
        painter.drawRoundedRect(rect, 3, 3);
        const bool selected = area.code == current;
        if (selected) {
            QPen pen(QColor(0x00, 0x30, 0x70));
            pen.setWidth(3);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3);
        }
        painter.setPen(style.text);
        painter.setFont(bold);
        const QRect top(rect.left(), rect.top() + rect.height() / 8, rect.width(), rect.height() / 2);
        painter.drawText(top, Qt::AlignHCenter | Qt::AlignVCenter, boroughAbbreviation(area.code, area.name));
        painter.setFont(small);
        const QRect bottom(rect.left(), rect.top() + rect.height() / 2, rect.width(), rect.height() / 2 - 2);
        painter.drawText(bottom, Qt::AlignHCenter | Qt::AlignVCenter,
                         row >= 0 ? style.second : tr("no data"));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight(), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
    paintLegend(painter, QRect(8, height() - kLegendHeight + 4, width() - 16, kLegendHeight - 8));
}

void BoroughTileMap::paintLegend(QPainter &painter, const QRect &area) const
{
    QFont f = font();
    f.setPixelSize(11);
    painter.setFont(f);
    const QFontMetrics metrics(f);
    int x = area.left();
    const int y = area.top();
    const auto swatch = [&](const QColor &fill, const QColor &text, const QString &symbol,
                            const QString &label) {
        const QRect box(x, y, 18, 18);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 2, 2);
        painter.setPen(text);
        painter.drawText(box, Qt::AlignCenter, symbol);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x + 22, y, metrics.horizontalAdvance(label) + 4, 18), Qt::AlignVCenter, label);
        x += 22 + metrics.horizontalAdvance(label) + 14;
    };
    if (!m_model || m_model->rowCount() == 0)
        return;
    switch (m_colouring) {
    case Colouring::Status:
        for (const TrajectoryStatus s : {TrajectoryStatus::OnTrack, TrajectoryStatus::AtRisk,
                                         TrajectoryStatus::OffTrack, TrajectoryStatus::NoTarget}) {
            swatch(StatusStyle::background(s), StatusStyle::foreground(s), StatusStyle::symbol(s),
                   displayName(s));
        }
        break;
    case Colouring::Rate: {
        const bool rates = m_model->comparison().rows.first().rate.has_value();
        const QString title = rates ? tr("Per 1,000 residents:") : tr("Value:");
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, y, metrics.horizontalAdvance(title) + 4, 18), Qt::AlignVCenter, title);
        x += metrics.horizontalAdvance(title) + 8;
        double lo = std::numeric_limits<double>::max();
        double hi = -lo;
        for (const BoroughRow &r : m_model->comparison().rows) {
            lo = std::min(lo, *rateOrValue(r));
            hi = std::max(hi, *rateOrValue(r));
        }
        const QLocale locale;
        const auto label = [&](double v) {
            return rates ? locale.toString(v, 'f', rateDecimals(m_model->comparison()) - 1)
                         : MeasureFormat::value(v, m_model->comparison().measure.unit);
        };
        painter.drawText(QRect(x, y, 60, 18), Qt::AlignVCenter | Qt::AlignRight, label(lo));
        x += 64;
        QLinearGradient gradient(x, 0, x + 120, 0);
        gradient.setColorAt(0, kLow);
        gradient.setColorAt(1, kHigh);
        painter.setPen(Qt::NoPen);
        painter.setBrush(gradient);
        painter.drawRect(x, y + 2, 120, 14);
        x += 124;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, y, 80, 18), Qt::AlignVCenter, label(hi));
        break;
    }
    case Colouring::Change:
        for (const ChangeFlag flag : {ChangeFlag::SignificantImprovement, ChangeFlag::NoSignificantChange,
                                      ChangeFlag::SignificantDeterioration}) {
            const QColor fill = changeColour(flag);
            swatch(fill, textOn(fill),
                   flag == ChangeFlag::NoSignificantChange ? QString() : QStringLiteral("*"),
                   displayName(flag));
        }
        break;
    }
}

void BoroughTileMap::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QString code = codeAt(event->position().toPoint());
    if (!code.isEmpty())
        select(code);
}

// Arrow keys move to the nearest tile with data in that direction.
void BoroughTileMap::keyPressEvent(QKeyEvent *event)
{
    int dr = 0;
    int dc = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        dc = -1;
        break;
    case Qt::Key_Right:
        dc = 1;
        break;
    case Qt::Key_Up:
        dr = -1;
        break;
    case Qt::Key_Down:
        dr = 1;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (!m_model || m_model->rowCount() == 0)
        return;
    const QString current = currentCode();
    const Area *from = nullptr;
    for (const Area &area : std::as_const(m_areas)) {
        if (area.code == current)
            from = &area;
    }
    if (!from) {
        select(m_model->borough(0).code);
        return;
    }
    const Area *best = nullptr;
    int bestCost = std::numeric_limits<int>::max();
    for (const Area &area : std::as_const(m_areas)) {
        if (m_model->rowOf(area.code) < 0)
            continue;
        const int along =
            (area.tile->row - from->tile->row) * dr + (area.tile->column - from->tile->column) * dc;
        const int across = std::abs((area.tile->row - from->tile->row) * dc) +
                           std::abs((area.tile->column - from->tile->column) * dr);
        if (along <= 0)
            continue;
        const int cost = along * 10 + across * 15;
        if (cost < bestCost) {
            bestCost = cost;
            best = &area;
        }
    }
    if (best)
        select(best->code);
}

QString BoroughTileMap::tooltipFor(const QString &code) const
{
    const int row = m_model ? m_model->rowOf(code) : -1;
    QString name;
    for (const Area &area : m_areas) {
        if (area.code == code)
            name = area.name;
    }
    if (row < 0)
        return tr("%1: no data for this measure").arg(name);
    QStringList lines{QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped())};
    for (const int column :
         {int(BoroughModel::ValueColumn), int(BoroughModel::RateColumn), int(BoroughModel::ChangeColumn),
          int(BoroughModel::StatusColumn), int(BoroughModel::FunnelColumn)}) {
        lines.append(QStringLiteral("%1: %2").arg(
            m_model->headerData(column, Qt::Horizontal).toString().toHtmlEscaped(),
            m_model->index(row, column).data().toString().toHtmlEscaped()));
    }
    return lines.join(QStringLiteral("<br>"));
}

bool BoroughTileMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString code = codeAt(help->pos());
        if (code.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tooltipFor(code), this, tileRect(code));
        return true;
    }
    return QWidget::event(event);
}

} // namespace cw
