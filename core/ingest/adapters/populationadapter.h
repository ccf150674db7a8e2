#pragma once

#include "domain/period.h"
#include "domain/population.h"
#include "ingest/formatadapter.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace cw {

// London borough population, as the London Datastore republishes the ONS mid-year estimates:
// `Code,Area name,Inner/ Outer London,2011_Population,2012_Population,…` (UTF-8 with a byte
// order mark; one row per local authority, one column per year). Each value becomes the
// indicator `ons.mye:Population` (a count) for the area and the calendar year (the estimate
// is for 30 June of that year). The area is found from `Code` (a GSS code; the name in `Area
// name` must be a name of the same area). Rows for areas the Workbench does not hold
// (London, Inner and Outer London, England: E12…, E13…, E92…) are read but not kept: they
// are sums of the boroughs. The Metropolitan Police force area (E23000001) gets the sum of
// the 32 boroughs the MPS polices, for each year all of them are present.
class PopulationAdapter : public FormatAdapter
{
public:
    PopulationAdapter();
    ~PopulationAdapter() override;

    QString name() const override;
    QString title() const override;
    QString sourceCode() const override;
    QString sourceName() const override;
    QString licence() const override;
    bool accepts(const QStringList &header) const override;
    bool begin(const QStringList &header, ImportContext &ctx) override;
    void record(const CsvReader &row, ImportContext &ctx) override;
    void finish(ImportContext &ctx) override;

private:
    int m_codeColumn = -1;
    int m_nameColumn = -1;
    QList<int> m_yearColumns;
    QList<Period> m_years;         // one per year column
    QSet<QString> m_forceBoroughs; // codes of the boroughs the MPS polices
    QList<qint64> m_values;        // the current row's values (reused)
};

} // namespace cw
