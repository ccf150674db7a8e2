#pragma once

#include <QHash>
#include <QString>

#include <string>
#include <string_view>

namespace cw {

class AreaResolver;

// Places police.uk rows in a London borough from the LSOA name ("Camden 001A" → Camden →
// E09000007), for the force whose file it is. A borough counts only for the force that polices
// it (the Met: the 32 boroughs; City of London Police: the City), so that two forces' files
// never write the same borough figures. Empty names, LSOAs outside London and boroughs policed
// by another force go to the force's own unallocated area (`unallocated` for the Met,
// `unallocated-city-of-london` for the City). Lookups are cached by name prefix.
class LsoaAreas
{
public:
    static constexpr const char *unallocatedCode = "unallocated";

    explicit LsoaAreas(const AreaResolver &resolver);

    // The area code for an LSOA name (UTF-8 bytes as in the file) in a file of `forceCode`.
    const QString &areaFor(std::string_view lsoaName, const QString &forceCode);
    bool isUnallocated(const QString &code) const;
    // The unallocated area of a force (`unallocated` when the force has none of its own).
    QString unallocatedFor(const QString &forceCode) const;

private:
    const AreaResolver &m_resolver;
    QString m_unallocated;
    QHash<QString, QHash<QByteArray, QString>> m_cache; // force → name prefix → area
};

} // namespace cw
