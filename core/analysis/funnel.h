#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cw {

// Funnel plots for comparing areas without league tables (statistics.md, "Borough comparison"):
// each area's indicator against a target (the value for all areas together), with control
// limits that narrow as the area's size grows. Areas outside the limits are *exceptions*.
//
// Two kinds of indicator:
//  - Rate: a count over an exposure (residents). UNITS: rates are per `perUnits` of exposure
//    (1,000 residents by default) in every input and output of this file except `count` and
//    `exposure` themselves. Target = Σ counts / Σ exposures.
//  - Proportion: a survey proportion (0–1) over a base (sample size). Target = Σ p·n / Σ n.
//
// Limits (Spiegelhalter 2005, "Funnel plots for comparing institutional performance" and
// "Handling over-dispersion of performance indicators"):
//  - Without over-dispersion: rates get exact Poisson limits around the expected count
//    E = target × exposure: lower = Γ⁻¹(E; α/2), upper = Γ⁻¹(E + 1; 1 − α/2) (the chi-squared
//    form χ²(2E)/2, χ²(2E + 2)/2), divided by the exposure; proportions get the normal
//    approximation target ± z·√(target(1 − target)/n) (bases are hundreds).
//  - Over-dispersion: z_i = (y_i − target)/s_i with s_i² = target/n_i (rates per unit of
//    exposure) or target(1 − target)/n_i (proportions); the z are winsorised at the 10th and
//    90th percentiles; φ = Σ z_i² / I. When I·φ exceeds the 95% point of χ² on I − 1 degrees of
//    freedom the data are over-dispersed and the limits are widened:
//      additive (default): τ² = (I·φ − (I − 1)) / (Σw − Σw²/Σw), w = 1/s²  (DerSimonian–Laird),
//        limits target ± z_α·√(s(n)² + τ²), z_i = (y_i − target)/√(s_i² + τ²);
//      multiplicative: limits target ± z_α·√(φ)·s(n), z_i = (y_i − target)/(√φ·s_i).
//    Otherwise the limits are not widened and the result says so.
class Funnel
{
public:
    enum class Kind { Rate, Proportion };
    enum class Adjustment { None, Additive, Multiplicative };
    enum class Position { Within, Above95, Above998, Below95, Below998 };

    struct Input
    {
        QString code;
        double count = 0;    // Rate: the events (e.g. offences in 12 months)
        double exposure = 0; // Rate: residents; Proportion: the sample size
        double value = 0;    // Proportion only: the proportion 0–1
    };

    struct Options
    {
        Kind kind = Kind::Rate;
        double perUnits = 1000;                           // Rate: per 1,000 residents
        Adjustment overdispersion = Adjustment::Additive; // the model used when over-dispersed
        double winsorise = 0.10;                          // fraction shrunk at each end
        double overdispersionLevel = 0.95;                // χ² test level for "over-dispersed"
    };

    struct Point
    {
        QString code;
        double value = 0;    // rate per perUnits, or proportion
        double exposure = 0; // residents or sample size
        double z = 0;        // against the limits in force (adjusted when they were widened)
        Position position = Position::Within;
    };

    struct Plot
    {
        bool valid = false;
        QString note; // why not valid, or how the limits were set (translated)
        Kind kind = Kind::Rate;
        double perUnits = 1000;
        double target = 0;                        // rate per perUnits, or proportion
        Adjustment adjustment = Adjustment::None; // what the limits actually use
        double phi = 1;                           // winsorised dispersion ratio (Σz²/I)
        double tau2 = 0; // additive between-area variance (per unit of exposure², or proportion²)
        double chiSquareCritical = 0; // the 95% point of χ² on I − 1 degrees of freedom
        QList<Point> points;

        // The limit at `exposure` for two-sided coverage `coverage` (0.95 or 0.998): the value
        // (per perUnits, or proportion) below or above which an area is an exception.
        double limit(double exposure, double coverage, bool upper) const;
    };

    // Needs at least three inputs with a positive exposure (others are left out); the result is
    // invalid with a note otherwise.
    static Plot compute(const QList<Input> &inputs, const Options &options);

    // Stable names ("within", "above_95", "above_99.8", "below_95", "below_99.8").
    static QString toName(Position position);
    // Words for people: "above the 99.8% limit" (translated).
    static QString displayName(Position position);
    static bool isException(Position position) { return position != Position::Within; }
};

} // namespace cw
