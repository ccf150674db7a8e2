#include "report/briefingwords.h"

#include "analysis/changeflag.h"
#include "models/measureformat.h"
#include "report/keyfacts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace cw {

QString changeFlagWords(const QString &name)
{
    for (ChangeFlag f :
         {ChangeFlag::SignificantImprovement, ChangeFlag::SignificantDeterioration,
          ChangeFlag::SignificantChange, ChangeFlag::NoSignificantChange, ChangeFlag::InsufficientData}) {
        if (toName(f) == name)
            return displayName(f);
    }
    return name;
}

QString comparatorWords(const QString &flag)
{
    if (flag == QLatin1String("better"))
        return QCoreApplication::translate("cw::BriefingPdf", "Better");
    if (flag == QLatin1String("same"))
        return QCoreApplication::translate("cw::BriefingPdf", "Similar");
    if (flag == QLatin1String("worse"))
        return QCoreApplication::translate("cw::BriefingPdf", "Worse");
    return QCoreApplication::translate("cw::BriefingPdf", "Not available");
}

QString briefingDate(const QDate &date)
{
    return date.isValid() ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                .toString(date, QStringLiteral("d MMM yyyy"))
                          : QString();
}

QString briefingDate(const QDateTime &at, const QString &format)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(at.toUTC(), format);
}

QString londonTime(const QDateTime &at)
{
    const QTimeZone london(QByteArrayLiteral("Europe/London"));
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    if (!london.isValid())
        return uk.toString(at.toUTC(), QStringLiteral("dddd d MMMM yyyy, HH:mm 'UTC'"));
    return uk.toString(at.toTimeZone(london), QStringLiteral("dddd d MMMM yyyy, HH:mm"));
}

QString keyFactChange(const KeyFact &fact)
{
    if (fact.percent)
        return MeasureFormat::percentChange(*fact.percent);
    if (fact.points)
        return MeasureFormat::pointsChange(*fact.points);
    return QStringLiteral("–");
}

} // namespace cw
