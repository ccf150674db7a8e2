#pragma once

#include <QString>

#include <optional>

namespace cw {

// Domain enums with their stable storage names. Names are part of the file format and the
// JSON contract of `cwb`; never rename one.

enum class Polarity { LowerIsBetter, HigherIsBetter, None };
enum class Unit { Count, Percent, Points, Days, Money, Rate };
enum class Frequency { Monthly, Quarterly, Annual };
enum class FormulaKind { Sum, Ratio, Proportion };
enum class TermRole { Numerator, Denominator };
enum class TargetKind { Absolute, PercentChange, BelowBaseline, AboveBaseline, Comparator, Monitor };
enum class AreaKind { LocalAuthority, Force, Country, Other, Unallocated };

QString toName(Polarity value);
QString toName(Unit value);
QString toName(Frequency value);
QString toName(FormulaKind value);
QString toName(TermRole value);
QString toName(TargetKind value);
QString toName(AreaKind value);

template <typename E>
std::optional<E> fromName(const QString &name);

template <>
std::optional<Polarity> fromName<Polarity>(const QString &name);
template <>
std::optional<Unit> fromName<Unit>(const QString &name);
template <>
std::optional<Frequency> fromName<Frequency>(const QString &name);
template <>
std::optional<FormulaKind> fromName<FormulaKind>(const QString &name);
template <>
std::optional<TermRole> fromName<TermRole>(const QString &name);
template <>
std::optional<TargetKind> fromName<TargetKind>(const QString &name);
template <>
std::optional<AreaKind> fromName<AreaKind>(const QString &name);

// Words for people (translated).
QString displayName(Polarity value);
QString displayName(Unit value);
QString displayName(Frequency value);
QString displayName(TargetKind value);

} // namespace cw
