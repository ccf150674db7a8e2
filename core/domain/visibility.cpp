#include "domain/visibility.h"

#include <QCoreApplication>

namespace cw {

QString toName(Visibility visibility)
{
    return visibility == Visibility::Publishable ? QStringLiteral("publishable") : QStringLiteral("internal");
}

std::optional<Visibility> visibilityFromName(const QString &name)
{
    if (name == QLatin1String("internal"))
        return Visibility::Internal;
    if (name == QLatin1String("publishable"))
        return Visibility::Publishable;
    return std::nullopt;
}

QString displayName(Visibility visibility)
{
    return visibility == Visibility::Publishable
               ? QCoreApplication::translate("cw::Visibility", "Publishable")
               : QCoreApplication::translate("cw::Visibility", "Internal");
}

} // namespace cw
