#include "ingest/observationset.h"

namespace cw {

size_t qHash(const ObservationSet::Cell &cell, size_t seed)
{
    return qHashMulti(seed, cell.indicator, cell.area, cell.period);
}

int ObservationSet::indicator(const QString &key, const QString &category, Unit unit, const QString &kind)
{
    const auto it = m_indicatorIndex.constFind(key);
    if (it != m_indicatorIndex.constEnd())
        return *it;
    const int index = int(m_indicators.size());
    m_indicators.append({key, category, unit, kind});
    m_indicatorIndex.insert(key, index);
    return index;
}

int ObservationSet::area(const QString &code)
{
    const auto it = m_areaIndex.constFind(code);
    if (it != m_areaIndex.constEnd())
        return *it;
    const int index = int(m_areas.size());
    m_areas.append(code);
    m_areaIndex.insert(code, index);
    return index;
}

void ObservationSet::add(int indicator, int area, const Period &period, double value)
{
    m_cells[Cell{indicator, area, period}].value += value;
}

bool ObservationSet::set(int indicator, int area, const Period &period, const Values &values)
{
    const Cell cell{indicator, area, period};
    const auto it = m_cells.constFind(cell);
    if (it != m_cells.constEnd()) {
        return it->value == values.value && it->denominator == values.denominator &&
               it->sampleSize == values.sampleSize;
    }
    m_cells.insert(cell, values);
    return true;
}

std::optional<ObservationSet::Values>
ObservationSet::value(const QString &indicatorKey, const QString &areaCode, const Period &period) const
{
    const auto i = m_indicatorIndex.constFind(indicatorKey);
    const auto a = m_areaIndex.constFind(areaCode);
    if (i == m_indicatorIndex.constEnd() || a == m_areaIndex.constEnd())
        return std::nullopt;
    const auto it = m_cells.constFind(Cell{*i, *a, period});
    if (it == m_cells.constEnd())
        return std::nullopt;
    return *it;
}

void ObservationSet::forEach(const std::function<void(const Cell &, const Values &)> &visit) const
{
    for (auto it = m_cells.constBegin(); it != m_cells.constEnd(); ++it)
        visit(it.key(), it.value());
}

QHash<Period, double> ObservationSet::totals(int indicator, const QList<int> &areas) const
{
    QHash<Period, double> sums;
    for (auto it = m_cells.constBegin(); it != m_cells.constEnd(); ++it) {
        if (it.key().indicator == indicator && areas.contains(it.key().area))
            sums[it.key().period] += it.value().value;
    }
    return sums;
}

} // namespace cw
