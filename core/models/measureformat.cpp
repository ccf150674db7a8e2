#include "models/measureformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace cw {

namespace {

// A signed number with one decimal and a real minus sign.
QString signedNumber(double value)
{
    const QString digits = QLocale().toString(std::abs(value), 'f', 1);
    if (std::abs(value) < 0.05)
        return QLocale().toString(0.0, 'f', 1);
    return (value < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + digits;
}

} // namespace

QString MeasureFormat::value(double value, Unit unit)
{
    const QLocale locale;
    switch (unit) {
    case Unit::Count:
        if (std::abs(value - std::round(value)) < 1e-9)
            return locale.toString(qint64(std::llround(value)));
        return locale.toString(value, 'f', 1);
    case Unit::Percent:
        return QCoreApplication::translate("cw::MeasureFormat", "%1%").arg(locale.toString(value, 'f', 1));
    case Unit::Points:
        return QCoreApplication::translate("cw::MeasureFormat", "%1 pts").arg(locale.toString(value, 'f', 1));
    case Unit::Days:
        return QCoreApplication::translate("cw::MeasureFormat", "%1 days")
            .arg(locale.toString(value, 'f', 1));
    case Unit::Money:
        return QCoreApplication::translate("cw::MeasureFormat", "£%1").arg(locale.toString(value, 'f', 0));
    case Unit::Rate:
        return locale.toString(value, 'f', 2);
    }
    return locale.toString(value);
}

QString MeasureFormat::value(const std::optional<double> &value, Unit unit, const QString &missing)
{
    if (!value)
        return missing.isNull() ? QStringLiteral("\u2013") : missing;
    return MeasureFormat::value(*value, unit);
}

QString MeasureFormat::percentChange(double percent)
{
    return QCoreApplication::translate("cw::MeasureFormat", "%1%").arg(signedNumber(percent));
}

QString MeasureFormat::pointsChange(double points)
{
    return QCoreApplication::translate("cw::MeasureFormat", "%1 pts").arg(signedNumber(points));
}

QString MeasureFormat::pValue(double p)
{
    if (p < 0.001)
        return QCoreApplication::translate("cw::MeasureFormat", "p < 0.001");
    return QCoreApplication::translate("cw::MeasureFormat", "p = %1").arg(QLocale().toString(p, 'f', 3));
}

QString MeasureFormat::shortPeriod(const Period &period)
{
    const QString month = QLocale().toString(period.end(), QStringLiteral("MMM yyyy"));
    switch (period.kind()) {
    case Period::Kind::Month:
        return month;
    case Period::Kind::Rolling12:
        return QCoreApplication::translate("cw::MeasureFormat", "year to %1").arg(month);
    case Period::Kind::Quarter:
    case Period::Kind::FinancialYear:
    case Period::Kind::CalendarYear:
        return period.label();
    }
    return period.label();
}

QString MeasureFormat::shortPeriod(const QString &key)
{
    const std::optional<Period> period = Period::parse(key);
    return period ? shortPeriod(*period) : key;
}

} // namespace cw
