#include "domain/annotation.h"

#include "domain/period.h"

namespace cw {

AnnotationAnchor AnnotationAnchor::onItem(const QString &packUid, const QString &itemUid)
{
    AnnotationAnchor anchor;
    anchor.kind = Kind::PackItem;
    anchor.packUid = packUid;
    anchor.itemUid = itemUid;
    return anchor;
}

AnnotationAnchor AnnotationAnchor::onPoint(const QString &measureCode, const QString &areaCode,
                                           const QString &periodKey, const QString &packUid)
{
    AnnotationAnchor anchor;
    anchor.kind = Kind::DataPoint;
    anchor.measureCode = measureCode;
    anchor.areaCode = areaCode;
    anchor.periodKey = periodKey;
    anchor.packUid = packUid;
    return anchor;
}

bool AnnotationAnchor::isValid() const
{
    if (kind == Kind::PackItem)
        return !packUid.isEmpty() && !itemUid.isEmpty();
    return !measureCode.isEmpty() && !areaCode.isEmpty() && Period::parse(periodKey).has_value();
}

QString toName(AnnotationAnchor::Kind kind)
{
    return kind == AnnotationAnchor::Kind::DataPoint ? QStringLiteral("data_point")
                                                     : QStringLiteral("pack_item");
}

std::optional<AnnotationAnchor::Kind> annotationAnchorKindFromName(const QString &name)
{
    if (name == QLatin1String("pack_item"))
        return AnnotationAnchor::Kind::PackItem;
    if (name == QLatin1String("data_point"))
        return AnnotationAnchor::Kind::DataPoint;
    return std::nullopt;
}

Visibility effectiveVisibility(const Annotation &annotation, const Annotation &root)
{
    if (annotation.visibility == Visibility::Internal || root.visibility == Visibility::Internal)
        return Visibility::Internal;
    return Visibility::Publishable;
}

} // namespace cw
