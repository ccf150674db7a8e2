#include "storage/observationrepository.h"

#include "ingest/observationset.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

namespace cw {

namespace {

struct StoredKey
{
    qint64 area;
    Period::Kind kind;
    QString start;
    friend bool operator==(const StoredKey &, const StoredKey &) = default;
};

size_t qHash(const StoredKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.area, int(key.kind), key.start);
}

QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant optional(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

// The current vintage of every (area, period) of an indicator, optionally as of a batch.
const QString currentVintage = QStringLiteral(
    " o.batch_id = (SELECT MAX(x.batch_id) FROM observation x WHERE x.indicator_id = o.indicator_id AND "
    "x.area_id = o.area_id AND x.period_kind = o.period_kind AND x.period_start = o.period_start%1)");

} // namespace

qint64 ObservationRepository::ensureSource(const QString &code, const QString &name,
                                           const QString &licence) const
{
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM source WHERE code = ?"), {code});
    if (!id.isNull())
        return id.toLongLong();
    return m_db.insert(QStringLiteral("INSERT INTO source (code, name, licence) VALUES (?, ?, ?)"),
                       {code, name, licence});
}

ObservationRepository::WriteCounts ObservationRepository::write(const ObservationSet &set, qint64 batchId,
                                                                qint64 sourceId) const
{
    // Areas by code.
    QList<qint64> areaIds;
    for (const QString &code : set.areaCodes()) {
        const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM area WHERE code = ?"), {code});
        if (id.isNull())
            throw StorageError(
                QCoreApplication::translate("cw::ObservationRepository", "Unknown area code %1.").arg(code));
        areaIds.append(id.toLongLong());
    }
    // Indicators by key (created on first import).
    QList<qint64> indicatorIds;
    for (const ObservationSet::Indicator &indicator : set.indicators()) {
        QVariant id =
            m_db.scalar(QStringLiteral("SELECT id FROM indicator WHERE indicator_key = ?"), {indicator.key});
        if (id.isNull()) {
            id = m_db.insert(
                QStringLiteral("INSERT INTO indicator (indicator_key, source_id, category, unit, kind) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {indicator.key, sourceId, indicator.category, toName(indicator.unit), indicator.kind});
        }
        indicatorIds.append(id.toLongLong());
    }
    // What is current now, per indicator, to tell new values and revisions from repeats.
    QList<QHash<StoredKey, ObservationSet::Values>> current(indicatorIds.size());
    QSqlQuery read = m_db.prepare(QStringLiteral("SELECT o.area_id, o.period_kind, o.period_start, o.value, "
                                                 "o.denominator, o.sample_size FROM observation o WHERE "
                                                 "o.indicator_id = ? AND") +
                                  currentVintage.arg(QString()));
    for (qsizetype i = 0; i < indicatorIds.size(); ++i) {
        m_db.run(read, {indicatorIds.at(i)});
        while (read.next()) {
            const auto kind = Period::kindFromName(read.value(1).toString());
            if (!kind)
                continue;
            ObservationSet::Values values;
            values.value = read.value(3).toDouble();
            if (!read.value(4).isNull())
                values.denominator = read.value(4).toDouble();
            if (!read.value(5).isNull())
                values.sampleSize = read.value(5).toLongLong();
            current[i].insert(StoredKey{read.value(0).toLongLong(), *kind, read.value(2).toString()}, values);
        }
    }
    QSqlQuery insert =
        m_db.prepare(QStringLiteral("INSERT INTO observation (indicator_id, area_id, period_kind, "
                                    "period_start, period_end, value, denominator, "
                                    "sample_size, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    WriteCounts counts;
    set.forEach([&](const ObservationSet::Cell &cell, const ObservationSet::Values &values) {
        const QString start = cell.period.start().toString(Qt::ISODate);
        const qint64 areaId = areaIds.at(cell.area);
        const auto it = current[cell.indicator].constFind(StoredKey{areaId, cell.period.kind(), start});
        if (it != current[cell.indicator].constEnd()) {
            if (it->value == values.value && it->denominator == values.denominator &&
                it->sampleSize == values.sampleSize)
                return; // already current: not a new vintage
            ++counts.revised;
        }
        m_db.run(insert, {indicatorIds.at(cell.indicator), areaId, Period::kindName(cell.period.kind()),
                          start, cell.period.end().toString(Qt::ISODate), values.value,
                          optional(values.denominator), optional(values.sampleSize), batchId});
        ++counts.written;
    });
    return counts;
}

QList<SeriesPoint> ObservationRepository::series(const QString &indicatorKey, const QString &areaCode,
                                                 std::optional<Period::Kind> kind, const QString &fromKey,
                                                 const QString &toKey, qint64 asOfBatch) const
{
    QString sql =
        QStringLiteral("SELECT o.period_kind, o.period_start, o.value, o.denominator, o.sample_size, "
                       "o.batch_id FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN area a "
                       "ON a.id = o.area_id WHERE i.indicator_key = ? AND a.code = ? AND");
    QVariantList binds{indicatorKey, areaCode};
    sql += currentVintage.arg(asOfBatch > 0 ? QStringLiteral(" AND x.batch_id <= ?") : QString());
    if (asOfBatch > 0)
        binds.append(asOfBatch);
    if (kind) {
        sql += QStringLiteral(" AND o.period_kind = ?");
        binds.append(Period::kindName(*kind));
    }
    if (const auto from = Period::parse(fromKey)) {
        sql += QStringLiteral(" AND o.period_start >= ?");
        binds.append(from->start().toString(Qt::ISODate));
    }
    if (const auto to = Period::parse(toKey)) {
        sql += QStringLiteral(" AND o.period_start <= ?");
        binds.append(to->start().toString(Qt::ISODate));
    }
    sql += QStringLiteral(" ORDER BY o.period_start, o.period_kind");
    QSqlQuery q = m_db.exec(sql, binds);
    QList<SeriesPoint> points;
    while (q.next()) {
        const auto periodKind = Period::kindFromName(q.value(0).toString());
        const QDate start = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (!periodKind || !start.isValid())
            continue;
        const Period period = Period::fromStart(*periodKind, start);
        if (!period.isValid())
            continue;
        SeriesPoint point;
        point.period = period.key();
        point.value = q.value(2).toDouble();
        if (!q.value(3).isNull())
            point.denominator = q.value(3).toDouble();
        if (!q.value(4).isNull())
            point.sampleSize = q.value(4).toLongLong();
        point.batchId = q.value(5).toLongLong();
        points.append(point);
    }
    return points;
}

} // namespace cw
