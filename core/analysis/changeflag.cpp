#include "analysis/changeflag.h"

#include <QCoreApplication>

namespace cw {

QString toName(ChangeFlag flag)
{
    switch (flag) {
    case ChangeFlag::SignificantImprovement:
        return QStringLiteral("significant_improvement");
    case ChangeFlag::SignificantDeterioration:
        return QStringLiteral("significant_deterioration");
    case ChangeFlag::SignificantChange:
        return QStringLiteral("significant_change");
    case ChangeFlag::NoSignificantChange:
        return QStringLiteral("no_significant_change");
    case ChangeFlag::InsufficientData:
        return QStringLiteral("insufficient_data");
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(ChangeFlag flag)
{
    switch (flag) {
    case ChangeFlag::SignificantImprovement:
        return QCoreApplication::translate("cw::ChangeFlag", "Significant improvement");
    case ChangeFlag::SignificantDeterioration:
        return QCoreApplication::translate("cw::ChangeFlag", "Significant deterioration");
    case ChangeFlag::SignificantChange:
        return QCoreApplication::translate("cw::ChangeFlag", "Significant change");
    case ChangeFlag::NoSignificantChange:
        return QCoreApplication::translate("cw::ChangeFlag", "No significant change");
    case ChangeFlag::InsufficientData:
        return QCoreApplication::translate("cw::ChangeFlag", "Insufficient data");
    }
    Q_UNREACHABLE();
    return {};
}

ChangeFlag changeFlagFor(double change, bool significant, Polarity polarity)
{
    if (!significant || change == 0.0)
        return ChangeFlag::NoSignificantChange;
    switch (polarity) {
    case Polarity::HigherIsBetter:
        return change > 0 ? ChangeFlag::SignificantImprovement : ChangeFlag::SignificantDeterioration;
    case Polarity::LowerIsBetter:
        return change < 0 ? ChangeFlag::SignificantImprovement : ChangeFlag::SignificantDeterioration;
    case Polarity::None:
        break;
    }
    return ChangeFlag::SignificantChange;
}

} // namespace cw
