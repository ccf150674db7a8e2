#pragma once

#include "domain/enums.h"
#include "domain/period.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace cw {

// The observations a file yields, before they are written: indicator × area × period →
// value (+ optional denominator and sample size). Counts accumulate with add(); published
// values are set once with set(), and setting the same cell twice to a different value is a
// conflict the caller reports.
class ObservationSet
{
public:
    struct Indicator
    {
        QString key;      // e.g. "policeuk.street:Burglary"
        QString category; // the publisher's own label, e.g. "Burglary"
        Unit unit = Unit::Count;
        QString kind; // "count", "proportion", "days", "money", "points"
    };
    struct Values
    {
        double value = 0;
        std::optional<double> denominator;
        std::optional<qint64> sampleSize;
    };
    struct Cell
    {
        int indicator = 0;
        int area = 0;
        Period period;
        friend bool operator==(const Cell &, const Cell &) = default;
    };

    // Index of an indicator (declared on first use; unit/kind of the first declaration stay).
    int indicator(const QString &key, const QString &category, Unit unit, const QString &kind);
    // Index of an area by its code.
    int area(const QString &code);

    void add(int indicator, int area, const Period &period, double value);
    // False when the cell already holds different values (the new values are not stored).
    bool set(int indicator, int area, const Period &period, const Values &values);

    qsizetype size() const { return m_cells.size(); }
    bool isEmpty() const { return m_cells.isEmpty(); }
    const QList<Indicator> &indicators() const { return m_indicators; }
    const QStringList &areaCodes() const { return m_areas; }
    std::optional<Values> value(const QString &indicatorKey, const QString &areaCode,
                                const Period &period) const;

    // Visits every cell (unordered).
    void forEach(const std::function<void(const Cell &, const Values &)> &visit) const;

    // Totals of `indicator` over every area in `areas`, per period (e.g. a force total).
    QHash<Period, double> totals(int indicator, const QList<int> &areas) const;

private:
    QList<Indicator> m_indicators;
    QHash<QString, int> m_indicatorIndex;
    QStringList m_areas;
    QHash<QString, int> m_areaIndex;
    QHash<Cell, Values> m_cells;
};

size_t qHash(const ObservationSet::Cell &cell, size_t seed = 0);

} // namespace cw
