#pragma once

#include "domain/area.h"

#include <QList>

namespace cw {

class Database;

// Areas and their aliases. Callers own the transaction.
class AreaRepository
{
public:
    explicit AreaRepository(const Database &db)
        : m_db(db)
    {}

    void insert(const Area &area) const;
    QList<Area> all() const; // ordered by kind then code, with aliases and tiles

private:
    const Database &m_db;
};

} // namespace cw
