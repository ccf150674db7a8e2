#pragma once

#include "domain/period.h"
#include "ingest/formatadapter.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <string_view>

namespace cw {

// The MPS monthly crime dashboard extract (London Datastore, knife crime):
// `month_year,area_type,borough_snt,area_name,area_code,crime_type,crime_subtype,measure,…,count,…`.
// Rows with area_type "Borough" become `mps.dashboard:<crime_subtype>/<measure>` per borough
// (area_code, else area_name) and month; the Safer Neighbourhood Team rows repeat the same
// offences at a finer grain and are read but not kept. The force total (E23000001) is the sum
// of the borough rows.
//
// Among the "Borough" rows the publisher lists, under borough_snt "Other / NK", rows with no
// area code ("", "N/K (Legacy Only)", "Aviation Security (SO18) (Legacy Only)", "Non MET
// police force"). They are crimes the MPS recorded without a borough, so they go to
// `unallocated` and are part of the force total. Several of them fall on the same month,
// subtype and measure (they are different groups), so `unallocated` adds them up; a real
// borough's value is published once and set once (a repeat with a different value is
// rejected: there are none in the published file).
class MpsDashboardAdapter : public FormatAdapter
{
public:
    MpsDashboardAdapter();
    ~MpsDashboardAdapter() override;

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
    std::optional<Period> monthFor(std::string_view text);
    QString boroughFor(std::string_view text, const ImportContext &ctx);

    struct Columns
    {
        int month = -1;
        int areaType = -1;
        int boroughSnt = -1;
        int areaName = -1;
        int areaCode = -1;
        int subtype = -1;
        int measure = -1;
        int count = -1;
    } m_col;
    QHash<QByteArray, Period> m_months;
    QHash<QByteArray, QString> m_areas; // area_code or area_name → area code, empty when none
};

} // namespace cw
