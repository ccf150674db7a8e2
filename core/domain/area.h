#pragma once

#include "domain/enums.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cw {

struct TilePosition
{
    int row = 0;
    int column = 0;
    friend bool operator==(const TilePosition &, const TilePosition &) = default;
};

// A place observations are about: a local authority (GSS code), a police force area,
// England and Wales, or one of the Workbench's own areas (e.g. `unallocated`).
struct Area
{
    qint64 id = 0;
    QString code;
    QString name;
    AreaKind kind = AreaKind::LocalAuthority;
    QString parentCode;
    bool comparator = false;
    std::optional<TilePosition> tile;
    QStringList aliases;
};

} // namespace cw
