#include "domain/enums.h"
#include "domain/stablename.h"

#include <array>

#include <QCoreApplication>

namespace cw {

namespace {

// Every enumerator once, so fromName() can be answered by toName() (one list of names only).
constexpr std::array kPolarities{Polarity::LowerIsBetter, Polarity::HigherIsBetter, Polarity::None};
constexpr std::array kUnits{Unit::Count, Unit::Percent, Unit::Points, Unit::Days, Unit::Money, Unit::Rate};
constexpr std::array kFrequencies{Frequency::Monthly, Frequency::Quarterly, Frequency::Annual};
constexpr std::array kFormulaKinds{FormulaKind::Sum, FormulaKind::Ratio, FormulaKind::Proportion};
constexpr std::array kTermRoles{TermRole::Numerator, TermRole::Denominator};
constexpr std::array kTargetKinds{TargetKind::Absolute,      TargetKind::PercentChange,
                                  TargetKind::BelowBaseline, TargetKind::AboveBaseline,
                                  TargetKind::Comparator,    TargetKind::Monitor};
constexpr std::array kAreaKinds{AreaKind::LocalAuthority, AreaKind::Force, AreaKind::Country, AreaKind::Other,
                                AreaKind::Unallocated};

} // namespace

QString toName(Polarity value)
{
    switch (value) {
    case Polarity::LowerIsBetter:
        return QStringLiteral("lower");
    case Polarity::HigherIsBetter:
        return QStringLiteral("higher");
    case Polarity::None:
        return QStringLiteral("none");
    }
    Q_UNREACHABLE();
    return {};
}

QString toName(Unit value)
{
    switch (value) {
    case Unit::Count:
        return QStringLiteral("count");
    case Unit::Percent:
        return QStringLiteral("percent");
    case Unit::Points:
        return QStringLiteral("points");
    case Unit::Days:
        return QStringLiteral("days");
    case Unit::Money:
        return QStringLiteral("money");
    case Unit::Rate:
        return QStringLiteral("rate");
    }
    Q_UNREACHABLE();
    return {};
}

QString toName(Frequency value)
{
    switch (value) {
    case Frequency::Monthly:
        return QStringLiteral("monthly");
    case Frequency::Quarterly:
        return QStringLiteral("quarterly");
    case Frequency::Annual:
        return QStringLiteral("annual");
    }
    Q_UNREACHABLE();
    return {};
}

QString toName(FormulaKind value)
{
    switch (value) {
    case FormulaKind::Sum:
        return QStringLiteral("sum");
    case FormulaKind::Ratio:
        return QStringLiteral("ratio");
    case FormulaKind::Proportion:
        return QStringLiteral("proportion");
    }
    Q_UNREACHABLE();
    return {};
}

QString toName(TermRole value)
{
    switch (value) {
    case TermRole::Numerator:
        return QStringLiteral("numerator");
    case TermRole::Denominator:
        return QStringLiteral("denominator");
    }
    Q_UNREACHABLE();
    return {};
}

QString toName(TargetKind value)
{
    switch (value) {
    case TargetKind::Absolute:
        return QStringLiteral("absolute");
    case TargetKind::PercentChange:
        return QStringLiteral("percent_change");
    case TargetKind::BelowBaseline:
        return QStringLiteral("below_baseline");
    case TargetKind::AboveBaseline:
        return QStringLiteral("above_baseline");
    case TargetKind::Comparator:
        return QStringLiteral("comparator");
    case TargetKind::Monitor:
        return QStringLiteral("monitor");
    }
    Q_UNREACHABLE();
    return {};
}

QString toName(AreaKind value)
{
    switch (value) {
    case AreaKind::LocalAuthority:
        return QStringLiteral("local_authority");
    case AreaKind::Force:
        return QStringLiteral("force");
    case AreaKind::Country:
        return QStringLiteral("country");
    case AreaKind::Other:
        return QStringLiteral("other");
    case AreaKind::Unallocated:
        return QStringLiteral("unallocated");
    }
    Q_UNREACHABLE();
    return {};
}

template <>
std::optional<Polarity> fromName<Polarity>(const QString &name)
{
    return fromStableName(kPolarities, name);
}

template <>
std::optional<Unit> fromName<Unit>(const QString &name)
{
    return fromStableName(kUnits, name);
}

template <>
std::optional<Frequency> fromName<Frequency>(const QString &name)
{
    return fromStableName(kFrequencies, name);
}

template <>
std::optional<FormulaKind> fromName<FormulaKind>(const QString &name)
{
    return fromStableName(kFormulaKinds, name);
}

template <>
std::optional<TermRole> fromName<TermRole>(const QString &name)
{
    return fromStableName(kTermRoles, name);
}

template <>
std::optional<TargetKind> fromName<TargetKind>(const QString &name)
{
    return fromStableName(kTargetKinds, name);
}

template <>
std::optional<AreaKind> fromName<AreaKind>(const QString &name)
{
    return fromStableName(kAreaKinds, name);
}

QString displayName(Polarity value)
{
    switch (value) {
    case Polarity::LowerIsBetter:
        return QCoreApplication::translate("cw::Enums", "Lower is better");
    case Polarity::HigherIsBetter:
        return QCoreApplication::translate("cw::Enums", "Higher is better");
    case Polarity::None:
        return QCoreApplication::translate("cw::Enums", "No polarity");
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(Unit value)
{
    switch (value) {
    case Unit::Count:
        return QCoreApplication::translate("cw::Enums", "Count");
    case Unit::Percent:
        return QCoreApplication::translate("cw::Enums", "Per cent");
    case Unit::Points:
        return QCoreApplication::translate("cw::Enums", "Percentage points");
    case Unit::Days:
        return QCoreApplication::translate("cw::Enums", "Days");
    case Unit::Money:
        return QCoreApplication::translate("cw::Enums", "Money (£)");
    case Unit::Rate:
        return QCoreApplication::translate("cw::Enums", "Rate per 1,000 residents");
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(Frequency value)
{
    switch (value) {
    case Frequency::Monthly:
        return QCoreApplication::translate("cw::Enums", "Monthly");
    case Frequency::Quarterly:
        return QCoreApplication::translate("cw::Enums", "Quarterly");
    case Frequency::Annual:
        return QCoreApplication::translate("cw::Enums", "Annual");
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(TargetKind value)
{
    switch (value) {
    case TargetKind::Absolute:
        return QCoreApplication::translate("cw::Enums", "Absolute value");
    case TargetKind::PercentChange:
        return QCoreApplication::translate("cw::Enums", "% change from baseline");
    case TargetKind::BelowBaseline:
        return QCoreApplication::translate("cw::Enums", "Below baseline");
    case TargetKind::AboveBaseline:
        return QCoreApplication::translate("cw::Enums", "Above baseline");
    case TargetKind::Comparator:
        return QCoreApplication::translate("cw::Enums", "In line with comparators");
    case TargetKind::Monitor:
        return QCoreApplication::translate("cw::Enums", "Monitor only");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace cw
