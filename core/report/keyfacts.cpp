#include "report/keyfacts.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::KeyFacts", text);
}

const QLocale &ukLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

bool isProportionLike(Unit unit)
{
    return unit == Unit::Percent;
}

// Counts as whole numbers with thousands separators; other values to one decimal place unless
// whole.
QString number(double value, Unit unit)
{
    if (isProportionLike(unit))
        return ukLocale().toString(value, 'f', 1) + QLatin1Char('%');
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    QString text = ukLocale().toString(value, 'f', unit == Unit::Count || whole ? 0 : 1);
    if (unit == Unit::Money)
        text.prepend(QChar(0x00A3));
    if (unit == Unit::Days)
        text += tr(" days");
    return text;
}

// A percentage change: a whole number, or one decimal place below 1%.
QString percent(double value)
{
    const double a = std::abs(value);
    if (a < 1.0)
        return ukLocale().toString(a, 'f', 1);
    return ukLocale().toString(std::round(a), 'f', 0);
}

QString significance(ChangeFlag flag, bool rise)
{
    switch (flag) {
    case ChangeFlag::SignificantImprovement:
    case ChangeFlag::SignificantDeterioration:
    case ChangeFlag::SignificantChange:
        return rise ? tr("the rise is statistically significant")
                    : tr("the fall is statistically significant");
    case ChangeFlag::NoSignificantChange:
        return rise ? tr("the rise is not statistically significant")
                    : tr("the fall is not statistically significant");
    case ChangeFlag::InsufficientData:
        return tr("there are too few data to test the change");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

QString periodPhrase(const Period &period)
{
    if (!period.isValid())
        return {};
    if (period.kind() == Period::Kind::Rolling12)
        //: %1 is e.g. "12 months to January 2025".
        return tr("the %1").arg(period.label());
    return period.label();
}

QString previousPeriodPhrase(const Period &current, const Period &previous)
{
    if (current.kind() == Period::Kind::Rolling12 && previous.kind() == Period::Kind::Rolling12 &&
        previous.start().addMonths(12) == current.start())
        return tr("the previous 12 months");
    return periodPhrase(previous);
}

KeyFact generateKeyFact(const KeyFactInput &input, const ChangeSummary &change,
                        const std::optional<MeasurePoint> &latest)
{
    KeyFact fact;
    fact.areaCode = input.areaCode;
    fact.areaName = input.areaName;
    fact.comparison = change.comparison;
    fact.current = change.current;
    fact.previous = change.previous;
    fact.percent = change.percent;
    fact.points = change.points;
    fact.pValue = change.pValue;
    fact.testName = change.test;
    fact.flag = toName(change.flag);
    if (latest) {
        fact.latestPeriod = latest->period.key();
        fact.latestValue = latest->value;
    }

    //: %1 is a measure's title, %2 an area's name, e.g. "Robbery in Camden".
    const QString subject = input.areaName.isEmpty() ? input.measureTitle
                                                     : tr("%1 in %2").arg(input.measureTitle, input.areaName);
    if (!change.current) {
        fact.text = tr("There are no data for %1.").arg(subject);
        return fact;
    }
    const double current = *change.current;
    const QString when = input.currentLabel;
    if (!change.previous) {
        fact.text = tr("%1 was %2 in %3; there is no earlier period to compare it with.")
                        .arg(subject, number(current, input.unit), when);
        return fact;
    }
    const double previous = *change.previous;
    const QString against = input.previousLabel;
    const bool rise = current > previous;
    const bool unchanged = std::abs(current - previous) < 1e-9;
    const QString currentText = number(current, input.unit);
    const QString previousText = number(previous, input.unit);

    if (unchanged) {
        fact.text =
            tr("%1 was unchanged at %2 in %3 compared with %4.").arg(subject, currentText, when, against);
        return fact;
    }
    QString sentence;
    const QString verb = rise ? tr("rose") : tr("fell");
    if (change.points) {
        //: e.g. "Trust in the MPS rose 2.1 points to 67.0% in the 12 months to … compared with … (64.9%)".
        sentence = tr("%1 %2 %3 points to %4 in %5 compared with %6 (%7)")
                       .arg(subject, verb, ukLocale().toString(std::abs(*change.points), 'f', 1), currentText,
                            when, against, previousText);
    } else if (change.percent) {
        //: e.g. "Robbery fell 8% in the 12 months to January 2025 compared with the previous 12 months
        //: (24,310 against 26,424)".
        sentence =
            tr("%1 %2 %3% in %4 compared with %5 (%6 against %7)")
                .arg(subject, verb, percent(*change.percent), when, against, currentText, previousText);
    } else if (input.unit == Unit::Count) {
        // Small numbers: the absolute change, not a percentage.
        sentence = tr("%1 %2 by %3 in %4 compared with %5 (%6 against %7)")
                       .arg(subject, verb, number(std::abs(current - previous), input.unit), when, against,
                            currentText, previousText);
    } else {
        sentence = tr("%1 %2 from %3 to %4 in %5 compared with %6")
                       .arg(subject, verb, previousText, currentText, when, against);
    }
    if (change.test.isEmpty() && change.flag == ChangeFlag::InsufficientData)
        sentence += tr("; no significance test applies to this kind of measure");
    else
        sentence += QStringLiteral("; ") + significance(change.flag, rise);
    fact.text = sentence + QLatin1Char('.');
    return fact;
}

} // namespace cw
