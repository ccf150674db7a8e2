#include "ingest/formatregistry.h"

#include "ingest/adapters/mpsboroughadapter.h"
#include "ingest/adapters/mpsdashboardadapter.h"
#include "ingest/adapters/onspfaadapter.h"
#include "ingest/adapters/pasadapter.h"
#include "ingest/adapters/policeukoutcomesadapter.h"
#include "ingest/adapters/policeuksearchadapter.h"
#include "ingest/adapters/policeukstreetadapter.h"
#include "ingest/adapters/populationadapter.h"
#include "ingest/adapters/tidyadapter.h"

namespace cw {

QStringList FormatRegistry::names()
{
    return {QStringLiteral("policeuk.street"), QStringLiteral("policeuk.outcome"),
            QStringLiteral("policeuk.search"), QStringLiteral("mps.borough"),
            QStringLiteral("mps.borough.old"), QStringLiteral("pas"),
            QStringLiteral("mps.dashboard"),   QStringLiteral("ons.pfa"),
            QStringLiteral("population"),      QStringLiteral("tidy")};
}

std::unique_ptr<FormatAdapter> FormatRegistry::create(const QString &name)
{
    if (name == QLatin1String("policeuk.street"))
        return std::make_unique<PoliceUkStreetAdapter>();
    if (name == QLatin1String("policeuk.outcome"))
        return std::make_unique<PoliceUkOutcomesAdapter>();
    if (name == QLatin1String("policeuk.search"))
        return std::make_unique<PoliceUkSearchAdapter>();
    if (name == QLatin1String("mps.borough"))
        return std::make_unique<MpsBoroughAdapter>(MpsBoroughAdapter::Scheme::Current);
    if (name == QLatin1String("mps.borough.old"))
        return std::make_unique<MpsBoroughAdapter>(MpsBoroughAdapter::Scheme::Old);
    if (name == QLatin1String("pas"))
        return std::make_unique<PasAdapter>();
    if (name == QLatin1String("mps.dashboard"))
        return std::make_unique<MpsDashboardAdapter>();
    if (name == QLatin1String("ons.pfa"))
        return std::make_unique<OnsPfaAdapter>();
    if (name == QLatin1String("population"))
        return std::make_unique<PopulationAdapter>();
    if (name == QLatin1String("tidy"))
        return std::make_unique<TidyAdapter>();
    return nullptr;
}

std::unique_ptr<FormatAdapter> FormatRegistry::detect(const QStringList &header)
{
    const QStringList all = names();
    for (const QString &name : all) {
        auto adapter = create(name);
        if (adapter && !adapter->readsWorkbooks() && adapter->accepts(header))
            return adapter;
    }
    return nullptr;
}

std::unique_ptr<FormatAdapter> FormatRegistry::detectWorkbook(const XlsxWorkbook &workbook)
{
    const QStringList all = names();
    for (const QString &name : all) {
        auto adapter = create(name);
        if (adapter && adapter->readsWorkbooks() && adapter->acceptsWorkbook(workbook))
            return adapter;
    }
    return nullptr;
}

} // namespace cw
