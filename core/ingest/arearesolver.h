#pragma once

#include "domain/area.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cw {

// Finds an area from how a publisher wrote it: a GSS code, the name, or an alias, ignoring
// case, punctuation spacing and "&" versus "and" ("KINGSTON UPON THAMES", "City of
// Westminster", "Hammersmith & Fulham").
class AreaResolver
{
public:
    explicit AreaResolver(const QList<Area> &areas);

    // The area's code, or std::nullopt when the text names no known area.
    std::optional<QString> resolve(const QString &text) const;
    const Area *find(const QString &text) const;

    // The matching key used for names and aliases.
    static QString normalise(const QString &name);

    const QList<Area> &areas() const { return m_areas; }

private:
    QList<Area> m_areas;
    QHash<QString, qsizetype> m_byCode;
    QHash<QString, qsizetype> m_byName;
};

} // namespace cw
