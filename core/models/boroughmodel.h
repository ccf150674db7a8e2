#pragma once

#include "services/boroughservice.h"

#include <QAbstractTableModel>

namespace cw {

// The borough comparison of one measure as a table, one row per borough: name, latest value,
// population, rate per 1,000, status, change and funnel position. It is the single model the
// Boroughs page's table, tile map, funnel plot and small multiples share (with one selection
// model), so a row is a borough everywhere.
//
// Sorting: SortRole gives numbers for the numeric columns (NaN-free: a missing value sorts as
// the lowest) and the name for the borough column; Qt::DisplayRole gives formatted text.
class BoroughModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        BoroughColumn,
        ValueColumn,
        PopulationColumn,
        RateColumn,
        StatusColumn,
        ChangeColumn,
        FunnelColumn,
        ColumnCount
    };
    // On every column: CodeRole (GSS code), StatusNameRole ("off_track"…), PositionNameRole
    // ("above_99.8"…, empty when the borough is not on the funnel), SortRole (see above).
    enum Role { CodeRole = Qt::UserRole + 1, StatusNameRole, PositionNameRole, SortRole };

    explicit BoroughModel(QObject *parent = nullptr);

    // Shows `comparison` (a reset: every figure changes with the measure or the data).
    void setComparison(const BoroughComparison &comparison);
    void clear();
    const BoroughComparison &comparison() const { return m_comparison; }
    const BoroughRow &borough(int row) const { return m_comparison.rows.at(row); }
    int rowOf(const QString &code) const; // -1 when the borough has no row

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const BoroughRow &row, int column) const;
    QVariant sortValue(const BoroughRow &row, int column) const;
    QString changeText(const BoroughRow &row) const;

    BoroughComparison m_comparison;
};

} // namespace cw
