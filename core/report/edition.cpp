#include "report/edition.h"

#include <QCoreApplication>

namespace cw {

QString toName(Edition edition)
{
    switch (edition) {
    case Edition::Public:
        return QStringLiteral("public");
    case Edition::Internal:
        return QStringLiteral("internal");
    }
    return {};
}

std::optional<Edition> editionFromName(const QString &name)
{
    for (Edition e : {Edition::Public, Edition::Internal}) {
        if (toName(e) == name)
            return e;
    }
    return std::nullopt;
}

QString displayName(Edition edition)
{
    switch (edition) {
    case Edition::Public:
        return QCoreApplication::translate("cw::Edition", "Public edition");
    case Edition::Internal:
        return QCoreApplication::translate("cw::Edition", "Internal edition");
    }
    return {};
}

QString protectiveMarking(Edition edition)
{
    return edition == Edition::Public ? QStringLiteral("OFFICIAL") : QStringLiteral("OFFICIAL-SENSITIVE");
}

} // namespace cw
