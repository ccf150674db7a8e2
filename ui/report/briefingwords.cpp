#include "report/briefingwords.h"

#include "analysis/changeflag.h"

#include <QCoreApplication>

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

} // namespace cw
