#pragma once

#include "services/scorecardservice.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace cw {

// The scorecard of one plan in one area as of a month: one row per measure, in the plan's
// order (priority by priority), over ScorecardService::scorecard(). Every part of a status has
// its own column so that none is hidden behind a single colour. Status cells show a symbol as
// well as words and colours.
//
// The model does not follow imports or plan edits by itself: call reload() (a reset) when the
// data or the plan changed, or setOptions() for another plan, area or month.
class ScorecardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PriorityColumn,
        MeasureColumn,
        LatestColumn,
        TrendColumn, // the sparkline (SparklineRole); no text
        BaselineColumn,
        TargetColumn,
        TrajectoryColumn,
        StatusColumn,
        ChangeColumn,
        ComparatorColumn,
        ColumnCount
    };
    // On every column: MeasureCodeRole (QString), PriorityCodeRole (QString), StatusNameRole
    // (the effective status's stable name, "off_track"…), ChangeFlagNameRole, ComparatorFlagRole
    // ("better" | "same" | "worse" | "not_available") and SparklineRole (QVariantList of double,
    // oldest first, the last 24 points at the scorecard grain).
    enum Role {
        MeasureCodeRole = Qt::UserRole + 1,
        PriorityCodeRole,
        StatusNameRole,
        ChangeFlagNameRole,
        ComparatorFlagRole,
        SparklineRole,
    };

    explicit ScorecardModel(ScorecardService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ScorecardOptions &options() const { return m_options; }
    // Loads the scorecard for `options` (a reset). On failure the model is empty and error()
    // says why.
    void setOptions(const ScorecardOptions &options);
    void reload();
    const std::optional<Error> &error() const { return m_error; }

    const ScorecardRow *rowAt(int row) const;
    int rowOf(const QString &measureCode) const; // -1 when absent

    // Words for the comparator flag name ("better" → "Better").
    static QString comparatorText(const QString &flag);

Q_SIGNALS:
    void loaded();

private:
    QVariant display(const ScorecardRow &row, int column) const;
    QVariant toolTip(const ScorecardRow &row, int column) const;

    ScorecardService &m_service;
    ScorecardOptions m_options;
    QList<ScorecardRow> m_rows;
    std::optional<Error> m_error;
};

} // namespace cw
