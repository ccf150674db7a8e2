#include "boroughs/boroughabbreviations.h"

#include <QHash>

namespace cw {

QString boroughAbbreviation(const QString &code, const QString &name)
{
    static const QHash<QString, QString> abbreviations = {
        {QStringLiteral("E09000001"), QStringLiteral("CTY")},
        {QStringLiteral("E09000002"), QStringLiteral("BAR")},
        {QStringLiteral("E09000003"), QStringLiteral("BRN")},
        {QStringLiteral("E09000004"), QStringLiteral("BXL")},
        {QStringLiteral("E09000005"), QStringLiteral("BRT")},
        {QStringLiteral("E09000006"), QStringLiteral("BRM")},
        {QStringLiteral("E09000007"), QStringLiteral("CMD")},
        {QStringLiteral("E09000008"), QStringLiteral("CRD")},
        {QStringLiteral("E09000009"), QStringLiteral("EAL")},
        {QStringLiteral("E09000010"), QStringLiteral("ENF")},
        {QStringLiteral("E09000011"), QStringLiteral("GRN")},
        {QStringLiteral("E09000012"), QStringLiteral("HCK")},
        {QStringLiteral("E09000013"), QStringLiteral("HMS")},
        {QStringLiteral("E09000014"), QStringLiteral("HGY")},
        {QStringLiteral("E09000015"), QStringLiteral("HRW")},
        {QStringLiteral("E09000016"), QStringLiteral("HAV")},
        {QStringLiteral("E09000017"), QStringLiteral("HDN")},
        {QStringLiteral("E09000018"), QStringLiteral("HNS")},
        {QStringLiteral("E09000019"), QStringLiteral("ISL")},
        {QStringLiteral("E09000020"), QStringLiteral("KNS")},
        {QStringLiteral("E09000021"), QStringLiteral("KNG")},
        {QStringLiteral("E09000022"), QStringLiteral("LAM")},
        {QStringLiteral("E09000023"), QStringLiteral("LSH")},
        {QStringLiteral("E09000024"), QStringLiteral("MRT")},
        {QStringLiteral("E09000025"), QStringLiteral("NWM")},
        {QStringLiteral("E09000026"), QStringLiteral("RDB")},
        {QStringLiteral("E09000027"), QStringLiteral("RCH")},
        {QStringLiteral("E09000028"), QStringLiteral("SWR")},
        {QStringLiteral("E09000029"), QStringLiteral("STN")},
        {QStringLiteral("E09000030"), QStringLiteral("TOW")},
        {QStringLiteral("E09000031"), QStringLiteral("WTH")},
        {QStringLiteral("E09000032"), QStringLiteral("WNS")},
        {QStringLiteral("E09000033"), QStringLiteral("WST")},
    };
    const QString known = abbreviations.value(code);
    return known.isEmpty() ? name.left(3).toUpper() : known;
}

} // namespace cw
