#pragma once

#include "domain/period.h"
#include "ingest/formatadapter.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <string_view>

namespace cw {

// London Datastore "MPS Borough Level Crime": wide files with one row per borough and
// category and one column per month (`YYYYMM`). Two category schemes, one class:
//  - Scheme::Current, format "mps.borough": `MajorText,MinorText,BoroughName,YYYYMM…`
//    (Home Office categories, upper case) → `mps.borough:<MajorText>/<MinorText>`;
//  - Scheme::Old, format "mps.borough.old": `Borough,Major Category,Minor Category,YYYYMM…`
//    (2008–2018) → `mps.borough.old:<Major Category>/<Minor Category>`.
// The publisher's labels are kept exactly (the schemes do not map one to one). Values are
// published counts, set once per borough, category and month: a repeated row with the same
// values is harmless, one with a different value is rejected. Rows for "London Heathrow and
// London City Airports" go to `heathrow-city-airports`, "Unknown" to `unallocated`; the
// force total (E23000001) is the sum of every row, airports and unknown included.
class MpsBoroughAdapter : public FormatAdapter
{
public:
    enum class Scheme { Current, Old };

    explicit MpsBoroughAdapter(Scheme scheme = Scheme::Current);
    ~MpsBoroughAdapter() override;

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
    QStringList labelColumns() const;
    const QString &areaFor(std::string_view borough, const ImportContext &ctx);

    Scheme m_scheme;
    QStringList m_header;
    int m_boroughColumn = 0;
    int m_majorColumn = 0;
    int m_minorColumn = 0;
    int m_firstMonthColumn = 3;
    QList<Period> m_months;             // one per month column, in order
    QHash<QByteArray, QString> m_areas; // borough as published → area code, empty when refused
    QList<qint64> m_values;             // the current row's values (reused)
};

} // namespace cw
