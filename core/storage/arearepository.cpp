#include "storage/arearepository.h"

#include "ingest/arearesolver.h"
#include "storage/database.h"

#include <QHash>

namespace cw {

void AreaRepository::insert(const Area &area) const
{
    const qint64 id = m_db.insert(
        QStringLiteral("INSERT INTO area (code, name, kind, parent_code, is_comparator, tile_row, tile_col) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {area.code, area.name, toName(area.kind), area.parentCode.isEmpty() ? QVariant() : area.parentCode,
         area.comparator ? 1 : 0, area.tile ? QVariant(area.tile->row) : QVariant(),
         area.tile ? QVariant(area.tile->column) : QVariant()});
    QSqlQuery alias =
        m_db.prepare(QStringLiteral("INSERT INTO area_alias (area_id, alias, normalised) VALUES (?, ?, ?)"));
    for (const QString &text : area.aliases)
        m_db.run(alias, {id, text, AreaResolver::normalise(text)});
}

QList<Area> AreaRepository::all() const
{
    QList<Area> areas;
    QHash<qint64, qsizetype> byId;
    QSqlQuery query = m_db.exec(QStringLiteral(
        "SELECT id, code, name, kind, parent_code, is_comparator, tile_row, tile_col FROM area ORDER BY id"));
    while (query.next()) {
        Area area;
        area.id = query.value(0).toLongLong();
        area.code = query.value(1).toString();
        area.name = query.value(2).toString();
        area.kind = fromName<AreaKind>(query.value(3).toString()).value_or(AreaKind::Other);
        area.parentCode = query.value(4).toString();
        area.comparator = query.value(5).toInt() != 0;
        if (!query.value(6).isNull())
            area.tile = TilePosition{query.value(6).toInt(), query.value(7).toInt()};
        byId.insert(area.id, areas.size());
        areas.append(area);
    }
    QSqlQuery aliases = m_db.exec(QStringLiteral("SELECT area_id, alias FROM area_alias ORDER BY id"));
    while (aliases.next()) {
        const auto it = byId.constFind(aliases.value(0).toLongLong());
        if (it != byId.constEnd())
            areas[*it].aliases.append(aliases.value(1).toString());
    }
    return areas;
}

} // namespace cw
