#include "services/observationcache.h"

#include "storage/database.h"

#include <QMutexLocker>
#include <QSqlQuery>

#include <algorithm>

namespace cw {

namespace {

quint64 seriesKey(quint32 indicator, quint32 area)
{
    return (quint64(indicator) << 32) | area;
}

// "YYYY-MM-DD" as stored; an invalid date for anything else. Faster than QDate::fromString,
// which matters when a workspace holds hundreds of thousands of observations.
QDate parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const auto number = [&](qsizetype from, qsizetype length) {
        int n = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

} // namespace

QList<IndicatorPoint> ObservationCache::Snapshot::series(const QString &indicatorKey,
                                                         const QString &areaCode) const
{
    const auto indicator = m_indicators.constFind(indicatorKey);
    const auto area = m_areas.constFind(areaCode);
    if (indicator == m_indicators.constEnd() || area == m_areas.constEnd())
        return {};
    return m_series.value(seriesKey(*indicator, *area));
}

ObservationCache::ObservationCache(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

std::shared_ptr<const ObservationCache::Snapshot> ObservationCache::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_snapshot)
        m_snapshot = load();
    return m_snapshot;
}

bool ObservationCache::isLoaded() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot != nullptr;
}

void ObservationCache::invalidate()
{
    QMutexLocker lock(&m_mutex);
    m_snapshot.reset();
}

std::shared_ptr<const ObservationCache::Snapshot> ObservationCache::load() const
{
    auto snapshot = std::make_shared<Snapshot>();
    // Ids to keys (small tables), so that the one large query carries no text but the period.
    QHash<qint64, quint32> indicatorIndex;
    QSqlQuery indicators = m_db.exec(QStringLiteral("SELECT id, indicator_key FROM indicator"));
    while (indicators.next()) {
        const auto index = quint32(snapshot->m_indicators.size());
        snapshot->m_indicators.insert(indicators.value(1).toString(), index);
        indicatorIndex.insert(indicators.value(0).toLongLong(), index);
    }
    QHash<qint64, quint32> areaIndex;
    QSqlQuery areas = m_db.exec(QStringLiteral("SELECT id, code FROM area"));
    while (areas.next()) {
        const auto index = quint32(snapshot->m_areas.size());
        snapshot->m_areas.insert(areas.value(1).toString(), index);
        areaIndex.insert(areas.value(0).toLongLong(), index);
    }

    // Every vintage, in the order of the table's unique key, so that the rows of one value
    // come together with the newest batch last: the last one read is the current vintage.
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT indicator_id, area_id, period_kind, period_start, value, denominator, "
                       "sample_size FROM observation ORDER BY indicator_id, area_id, period_kind, "
                       "period_start, batch_id"));
    qint64 lastIndicator = -1;
    qint64 lastArea = -1;
    QList<IndicatorPoint> *points = nullptr;
    QString lastKindName;
    std::optional<Period::Kind> kind;
    while (q.next()) {
        const qint64 indicatorId = q.value(0).toLongLong();
        const qint64 areaId = q.value(1).toLongLong();
        if (indicatorId != lastIndicator || areaId != lastArea) {
            lastIndicator = indicatorId;
            lastArea = areaId;
            const auto indicator = indicatorIndex.constFind(indicatorId);
            const auto area = areaIndex.constFind(areaId);
            points = indicator == indicatorIndex.constEnd() || area == areaIndex.constEnd()
                         ? nullptr
                         : &snapshot->m_series[seriesKey(*indicator, *area)];
        }
        if (!points)
            continue;
        const QString kindName = q.value(2).toString();
        if (kindName != lastKindName) {
            lastKindName = kindName;
            kind = Period::kindFromName(kindName);
        }
        if (!kind)
            continue;
        const Period period = Period::fromStart(*kind, parseIsoDate(q.value(3).toString()));
        if (!period.isValid())
            continue;
        IndicatorPoint point;
        point.period = period;
        point.value = q.value(4).toDouble();
        if (const QVariant d = q.value(5); !d.isNull())
            point.denominator = d.toDouble();
        if (const QVariant n = q.value(6); !n.isNull())
            point.sampleSize = n.toLongLong();
        if (!points->isEmpty() && points->last().period == period)
            points->last() = point; // a newer vintage of the same value
        else
            points->append(point);
    }
    // Rows came by kind, then start: order each series by period as the repository does.
    for (QList<IndicatorPoint> &series : snapshot->m_series) {
        std::stable_sort(series.begin(), series.end(), [](const IndicatorPoint &a, const IndicatorPoint &b) {
            return a.period < b.period;
        });
        series.squeeze();
        snapshot->m_count += series.size();
    }
    return snapshot;
}

} // namespace cw
