#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw {

// One indicator in a measure's formula, by the indicator's key (e.g.
// `mps.borough:ROBBERY/ROBBERY OF PERSONAL PROPERTY`). Keys are a contract with the importers,
// so a formula can name an indicator before any data for it has been imported.
struct FormulaTerm
{
    QString indicatorKey;
    TermRole role = TermRole::Numerator;
    double weight = 1.0;
    friend bool operator==(const FormulaTerm &, const FormulaTerm &) = default;
};

// Sum: the sum of the terms. Ratio: numerator terms over denominator terms.
// Proportion: a survey proportion published as such (one term).
struct Formula
{
    FormulaKind kind = FormulaKind::Sum;
    QList<FormulaTerm> terms;
    friend bool operator==(const Formula &, const Formula &) = default;
};

// Period key as in Period (e.g. "2011/12"); value absent when not published.
struct Baseline
{
    QString period;
    std::optional<double> value;
    QString note;
    friend bool operator==(const Baseline &, const Baseline &) = default;
};

struct Target
{
    TargetKind kind = TargetKind::Monitor;
    std::optional<double> value; // absolute value, or percentage change for PercentChange
    QString period;              // month key by which it applies, e.g. "2016-03"
    std::optional<double> tolerance;
    QString text; // the target as written in the Plan
    friend bool operator==(const Target &, const Target &) = default;
};

// A counting-rule change from `period` (a month key) onwards.
struct SeriesBreak
{
    QString period;
    QString note;
    friend bool operator==(const SeriesBreak &, const SeriesBreak &) = default;
};

// A figure the Plan itself published (kept as reference, never as an observation).
struct PublishedFigure
{
    QString label;
    QString period;
    std::optional<double> value;
    QString areaCode;
    QString note;
    friend bool operator==(const PublishedFigure &, const PublishedFigure &) = default;
};

struct Measure
{
    qint64 id = 0;
    qint64 priorityId = 0;
    QString code;
    QString title;
    QString definition;
    Unit unit = Unit::Count;
    Polarity polarity = Polarity::LowerIsBetter;
    Frequency frequency = Frequency::Monthly;
    QString source;
    Formula formula;
    Baseline baseline;
    Target target;
    QList<SeriesBreak> breaks;
    QList<PublishedFigure> figures;
    friend bool operator==(const Measure &, const Measure &) = default;
};

struct Priority
{
    qint64 id = 0;
    qint64 planId = 0;
    QString code;
    QString title;
    QList<Measure> measures;
    friend bool operator==(const Priority &, const Priority &) = default;
};

struct Plan
{
    qint64 id = 0;
    QString code;
    QString title;
    QString startPeriod; // month key
    QString endPeriod;   // month key
    bool builtin = false;
    QString copiedFrom; // code of the plan this one was copied from
    QString sourceDocument;
    QStringList aims;
    QList<Priority> priorities;
    friend bool operator==(const Plan &, const Plan &) = default;
};

} // namespace cw
