#include "storage/overriderepository.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace cw {

namespace {

const QString columns =
    QStringLiteral("id, plan_code, measure_code, area_code, status, note, author, created_at");

StatusOverride read(const QSqlQuery &q)
{
    StatusOverride entry;
    entry.id = q.value(0).toLongLong();
    entry.planCode = q.value(1).toString();
    entry.measureCode = q.value(2).toString();
    entry.areaCode = q.value(3).toString();
    entry.status = q.value(4).toString();
    entry.note = q.value(5).toString();
    entry.author = q.value(6).toString();
    entry.at = QDateTime::fromString(q.value(7).toString(), Qt::ISODate).toUTC();
    return entry;
}

} // namespace

qint64 OverrideRepository::append(const StatusOverride &entry) const
{
    return m_db.insert(
        QStringLiteral("INSERT INTO status_override (plan_code, measure_code, area_code, status, "
                       "note, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {entry.planCode, entry.measureCode, entry.areaCode, entry.status, entry.note, entry.author,
         entry.at.toUTC().toString(Qt::ISODate)});
}

QList<StatusOverride> OverrideRepository::history(const QString &planCode, const QString &measureCode,
                                                  const QString &areaCode) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT ") + columns +
                      QStringLiteral(" FROM status_override WHERE plan_code = ? AND measure_code = ? "
                                     "AND area_code = ? ORDER BY id"),
                  {planCode, measureCode, areaCode});
    QList<StatusOverride> entries;
    while (q.next())
        entries.append(read(q));
    return entries;
}

OverrideRepository::Latest OverrideRepository::latest(const QString &planCode, const QDateTime &cutoff) const
{
    // ISO 8601 UTC text sorts as time, so the cutoff compares as text (portable).
    QString sql =
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM status_override WHERE plan_code = ?");
    QVariantList binds{planCode};
    if (cutoff.isValid()) {
        sql += QStringLiteral(" AND created_at <= ?");
        binds.append(cutoff.toUTC().toString(Qt::ISODate));
    }
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q = m_db.exec(sql, binds);
    Latest latest;
    while (q.next()) {
        StatusOverride entry = read(q);
        latest[entry.areaCode].insert(entry.measureCode, entry); // later ids replace earlier ones
    }
    return latest;
}

} // namespace cw
