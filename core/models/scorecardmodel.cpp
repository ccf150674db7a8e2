#include "models/scorecardmodel.h"

#include "models/measureformat.h"
#include "models/statusstyle.h"

#include <QFont>
#include <QLocale>

namespace cw {

ScorecardModel::ScorecardModel(ScorecardService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{}

void ScorecardModel::setOptions(const ScorecardOptions &options)
{
    m_options = options;
    reload();
}

void ScorecardModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.reset();
    Result<QList<ScorecardRow>> rows = m_service.scorecard(m_options);
    if (rows)
        m_rows = std::move(rows).value();
    else
        m_error = rows.error();
    endResetModel();
    Q_EMIT loaded();
}

int ScorecardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScorecardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ScorecardRow *ScorecardModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ScorecardModel::rowOf(const QString &measureCode) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).measure.code == measureCode)
            return row;
    }
    return -1;
}

QString ScorecardModel::comparatorText(const QString &flag)
{
    if (flag == QLatin1String("better"))
        return tr("Better");
    if (flag == QLatin1String("same"))
        return tr("Similar");
    if (flag == QLatin1String("worse"))
        return tr("Worse");
    return tr("Not available");
}

QVariant ScorecardModel::display(const ScorecardRow &row, int column) const
{
    const Unit unit = row.measure.unit;
    switch (column) {
    case PriorityColumn:
        return row.priorityCode;
    case MeasureColumn:
        return row.measure.title;
    case LatestColumn:
        if (!row.latest)
            return tr("No data");
        return tr("%1 (%2)").arg(MeasureFormat::value(row.latest->value, unit),
                                 MeasureFormat::shortPeriod(row.latest->period));
    case BaselineColumn:
        if (!row.baselineValue)
            return tr("None");
        if (row.baselinePeriod.isEmpty())
            return MeasureFormat::value(*row.baselineValue, unit);
        return tr("%1 (%2)").arg(MeasureFormat::value(*row.baselineValue, unit),
                                 MeasureFormat::shortPeriod(row.baselinePeriod));
    case TargetColumn:
        if (!row.targetValue)
            return displayName(row.measure.target.kind);
        if (row.measure.target.period.isEmpty())
            return MeasureFormat::value(*row.targetValue, unit);
        return tr("%1 by %2")
            .arg(MeasureFormat::value(*row.targetValue, unit),
                 MeasureFormat::shortPeriod(row.measure.target.period));
    case TrajectoryColumn:
        return MeasureFormat::value(row.status.trajectoryValue, unit);
    case StatusColumn: {
        const QString text = StatusStyle::text(row.status.effectiveStatus());
        // The marker: an overridden status says so in the cell itself.
        return row.status.officerStatus ? tr("%1 ✎ (officer)").arg(text) : text;
    }
    case ChangeColumn:
        if (row.change.percent)
            return tr("%1 (%2)").arg(displayName(row.change.flag),
                                     MeasureFormat::percentChange(*row.change.percent));
        if (row.change.points)
            return tr("%1 (%2)").arg(displayName(row.change.flag),
                                     MeasureFormat::pointsChange(*row.change.points));
        return displayName(row.change.flag);
    case ComparatorColumn:
        return comparatorText(row.comparator.flag);
    default:
        return {};
    }
}

QVariant ScorecardModel::toolTip(const ScorecardRow &row, int column) const
{
    switch (column) {
    case PriorityColumn:
        return row.priorityTitle;
    case MeasureColumn:
        return tr("%1 — %2").arg(row.measure.code, row.measure.definition);
    case BaselineColumn:
        return row.baselineFromData ? tr("The Plan published no baseline value: computed from the data.")
                                    : tr("Baseline as published in the Plan.");
    case TargetColumn:
        return row.measure.target.text;
    case TrajectoryColumn:
        if (!row.trajectory.valid)
            return row.trajectory.note;
        return row.latest ? tr("Where the trajectory is for %1").arg(row.latest->period.label()) : QString();
    case StatusColumn:
        if (row.statusOverride)
            return tr("Officer judgement: %1 (calculated: %2)\nBy %3 on %4: %5\n%6")
                .arg(displayName(row.status.effectiveStatus()), displayName(row.status.status),
                     row.statusOverride->author,
                     QLocale().toString(row.statusOverride->at.toLocalTime(), QLocale::ShortFormat),
                     row.status.officerNote, row.status.reason);
        return row.status.officerStatus
                   ? tr("%1\nOfficer judgement: %2").arg(row.status.reason, row.status.officerNote)
                   : row.status.reason;
    case ChangeColumn: {
        QStringList parts{row.change.comparison};
        if (!row.change.test.isEmpty())
            parts.append(row.change.pValue
                             ? tr("%1, %2").arg(row.change.test, MeasureFormat::pValue(*row.change.pValue))
                             : row.change.test);
        if (!row.change.note.isEmpty())
            parts.append(row.change.note);
        parts.removeAll(QString());
        return parts.join(u'\n');
    }
    case ComparatorColumn:
        return row.comparator.note;
    default:
        return {};
    }
}

QVariant ScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScorecardRow &row = m_rows.at(index.row());
    const int column = index.column();
    const TrajectoryStatus status = row.status.effectiveStatus();

    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return StatusStyle::foreground(status);
        return {};
    case Qt::BackgroundRole:
        if (column == StatusColumn)
            return StatusStyle::background(status);
        return {};
    case Qt::FontRole:
        if (column == BaselineColumn && row.baselineFromData) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case MeasureCodeRole:
        return row.measure.code;
    case PriorityCodeRole:
        return row.priorityCode;
    case StatusNameRole:
        return toName(status);
    case ChangeFlagNameRole:
        return toName(row.change.flag);
    case ComparatorFlagRole:
        return row.comparator.flag;
    case SparklineRole: {
        QVariantList values;
        values.reserve(row.sparkline.size());
        for (const double value : row.sparkline)
            values.append(value);
        return values;
    }
    default:
        return {};
    }
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PriorityColumn:
        return tr("Priority");
    case MeasureColumn:
        return tr("Measure");
    case LatestColumn:
        return tr("Latest");
    case TrendColumn:
        return tr("Last 24 points");
    case BaselineColumn:
        return tr("Baseline");
    case TargetColumn:
        return tr("Target");
    case TrajectoryColumn:
        return tr("Trajectory");
    case StatusColumn:
        return tr("Status");
    case ChangeColumn:
        return tr("Change");
    case ComparatorColumn:
        return tr("Comparator");
    default:
        return {};
    }
}

QHash<int, QByteArray> ScorecardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MeasureCodeRole, "measureCode");
    names.insert(PriorityCodeRole, "priorityCode");
    names.insert(StatusNameRole, "statusName");
    names.insert(ChangeFlagNameRole, "changeFlagName");
    names.insert(ComparatorFlagRole, "comparatorFlag");
    names.insert(SparklineRole, "sparkline");
    return names;
}

} // namespace cw
