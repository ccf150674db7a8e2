#pragma once

#include "domain/area.h"
#include "domain/plan.h"

#include <QDate>
#include <QList>

namespace cw {

class Database;

// Writes illustrative (not real) observations for every indicator named by the plans'
// formulas, for the Metropolitan Police force area and each of the 32 MPS boroughs, in one
// import batch labelled "Illustrative demo data". Deterministic: the same inputs always give
// the same numbers. Monthly counts are seasonal with a trend; survey proportions are rolling
// 12-month values at quarter ends with realistic bases; borough populations (`ons.mye:Population`)
// are one figure per calendar year. Caller owns the transaction.
class DemoGenerator
{
public:
    struct Options
    {
        int years = 15;     // 2011–2025: covers the 2013–16 Plan's 2011/12 baselines
        int endYear = 2025; // last month generated: December of this year
        quint32 seed = 20130401;
    };

    static constexpr const char *batchLabel = "Illustrative demo data";

    // Returns the number of observations written.
    static qint64 populate(const Database &db, const QList<Plan> &plans, const QList<Area> &areas,
                           const Options &options);
};

} // namespace cw
