#include "ingest/lsoaareas.h"

#include "domain/area.h"
#include "ingest/arearesolver.h"
#include "ingest/byteview.h"

namespace cw {

LsoaAreas::LsoaAreas(const AreaResolver &resolver)
    : m_resolver(resolver)
    , m_unallocated(QLatin1String(unallocatedCode))
{}

QString LsoaAreas::unallocatedFor(const QString &forceCode) const
{
    for (const Area &area : m_resolver.areas()) {
        if (area.kind == AreaKind::Unallocated && area.parentCode == forceCode)
            return area.code;
    }
    return m_unallocated;
}

bool LsoaAreas::isUnallocated(const QString &code) const
{
    const Area *area = m_resolver.find(code);
    return area ? area->kind == AreaKind::Unallocated : code == m_unallocated;
}

const QString &LsoaAreas::areaFor(std::string_view lsoaName, const QString &forceCode)
{
    QHash<QByteArray, QString> &cache = m_cache[forceCode];
    // "Camden 001A": the borough is everything before the last space.
    const size_t space = lsoaName.rfind(' ');
    const std::string_view prefix =
        space == std::string_view::npos ? std::string_view() : lsoaName.substr(0, space);
    const QByteArray key = byteView(prefix);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const Area *area = prefix.empty() ? nullptr : m_resolver.find(QString::fromUtf8(key));
    const bool policed = area && area->kind == AreaKind::LocalAuthority && area->parentCode == forceCode;
    const QString code = policed ? area->code : unallocatedFor(forceCode);
    return *cache.insert(QByteArray(key.constData(), key.size()), code);
}

} // namespace cw
