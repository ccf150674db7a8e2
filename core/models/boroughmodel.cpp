#include "models/boroughmodel.h"

#include "models/measureformat.h"
#include "models/statusstyle.h"

#include <QLocale>

#include <limits>

namespace cw {

namespace {

constexpr double kMissing = -std::numeric_limits<double>::max();

// Exceptions first when sorting by position: the further out, the higher.
int positionRank(const BoroughRow &row)
{
    if (!row.funnelZ)
        return -1;
    switch (row.position) {
    case Funnel::Position::Within:
        return 0;
    case Funnel::Position::Below95:
    case Funnel::Position::Above95:
        return 1;
    case Funnel::Position::Below998:
    case Funnel::Position::Above998:
        return 2;
    }
    return 0;
}

// A symbol for the funnel position, so it reads without colour: ▲▲ above 99.8%, ▲ above 95%.
QString positionSymbol(Funnel::Position position)
{
    switch (position) {
    case Funnel::Position::Within:
        return QStringLiteral("●");
    case Funnel::Position::Above95:
        return QStringLiteral("▲");
    case Funnel::Position::Above998:
        return QStringLiteral("▲▲");
    case Funnel::Position::Below95:
        return QStringLiteral("▼");
    case Funnel::Position::Below998:
        return QStringLiteral("▼▼");
    }
    return {};
}

} // namespace

BoroughModel::BoroughModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BoroughModel::setComparison(const BoroughComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

void BoroughModel::clear()
{
    setComparison({});
}

int BoroughModel::rowOf(const QString &code) const
{
    for (qsizetype i = 0; i < m_comparison.rows.size(); ++i) {
        if (m_comparison.rows.at(i).code == code)
            return int(i);
    }
    return -1;
}

int BoroughModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int BoroughModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BoroughModel::changeText(const BoroughRow &row) const
{
    if (row.change.percent)
        return tr("%1 (%2)").arg(displayName(row.change.flag),
                                 MeasureFormat::percentChange(*row.change.percent));
    if (row.change.points)
        return tr("%1 (%2)").arg(displayName(row.change.flag),
                                 MeasureFormat::pointsChange(*row.change.points));
    return displayName(row.change.flag);
}

QVariant BoroughModel::display(const BoroughRow &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case BoroughColumn:
        return row.name;
    case ValueColumn:
        return MeasureFormat::value(row.latest.value, m_comparison.measure.unit);
    case PopulationColumn:
        if (!row.population)
            return QStringLiteral("–");
        return row.populationEarlier
                   ? tr("%1 (%2)").arg(locale.toString(*row.population, 'f', 0)).arg(row.populationYear)
                   : locale.toString(*row.population, 'f', 0);
    case RateColumn:
        return row.rate ? locale.toString(*row.rate, 'f', rateDecimals(m_comparison)) : QStringLiteral("–");
    case ChangeColumn:
        return changeText(row);
    case StatusColumn:
        return StatusStyle::text(row.status);
    case FunnelColumn:
        if (!row.funnelZ)
            return QStringLiteral("–");
        return tr("%1 %2 (z = %3)")
            .arg(positionSymbol(row.position), Funnel::displayName(row.position),
                 locale.toString(*row.funnelZ, 'f', 1));
    default:
        return {};
    }
}

QVariant BoroughModel::sortValue(const BoroughRow &row, int column) const
{
    switch (column) {
    case BoroughColumn:
        return row.name;
    case ValueColumn:
        return row.latest.value;
    case PopulationColumn:
        return row.population.value_or(kMissing);
    case RateColumn:
        return row.rate.value_or(kMissing);
    case ChangeColumn:
        if (row.change.percent)
            return *row.change.percent;
        return row.change.points.value_or(kMissing);
    case StatusColumn:
        // Worst first when sorted descending: off track 2, at risk 1, on track 0.
        switch (row.status) {
        case TrajectoryStatus::OffTrack:
            return 2;
        case TrajectoryStatus::AtRisk:
            return 1;
        case TrajectoryStatus::OnTrack:
            return 0;
        default:
            return -1;
        }
    case FunnelColumn:
        return row.funnelZ ? double(positionRank(row)) * 1000.0 + std::abs(*row.funnelZ) : kMissing;
    default:
        return {};
    }
}

QVariant BoroughModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const BoroughRow &row = m_comparison.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case CodeRole:
        return row.code;
    case StatusNameRole:
        return toName(row.status);
    case PositionNameRole:
        return row.funnelZ ? Funnel::toName(row.position) : QString();
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == PopulationColumn ||
            index.column() == RateColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return StatusStyle::foreground(row.status);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == StatusColumn)
            return StatusStyle::background(row.status);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return row.statusReason;
        if (index.column() == PopulationColumn && row.population)
            return row.populationEarlier
                       ? tr("Mid-year estimate for %1 (the latest period's year is not published)")
                             .arg(row.populationYear)
                       : tr("Mid-year estimate for %1").arg(row.populationYear);
        if (index.column() == ValueColumn)
            return row.latest.period.label();
        return {};
    default:
        return {};
    }
}

QVariant BoroughModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ValueColumn &&
        m_comparison.latestPeriod)
        return m_comparison.latestPeriod->label();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BoroughColumn:
        return tr("Borough");
    case ValueColumn:
        return tr("Value");
    case PopulationColumn:
        return tr("Population");
    case RateColumn:
        return tr("Per 1,000");
    case ChangeColumn:
        return tr("Change");
    case StatusColumn:
        return tr("Status");
    case FunnelColumn:
        return tr("Funnel");
    default:
        return {};
    }
}

} // namespace cw
