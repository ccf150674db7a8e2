#pragma once

#include "domain/period.h"
#include "ingest/formatadapter.h"

#include <QByteArray>
#include <QHash>

#include <memory>
#include <optional>
#include <string_view>

namespace cw {

class LsoaAreas;

// police.uk outcomes files: one row per outcome of a crime (a crime often has several rows,
// and every one counts). Yields monthly counts per London borough of each Outcome type
// (`policeuk.outcome:<Outcome type>`), `unallocated` for rows with no LSOA or an LSOA outside
// London, and the force total (the area "Falls within" names) as the sum of them all.
class PoliceUkOutcomesAdapter : public FormatAdapter
{
public:
    PoliceUkOutcomesAdapter();
    ~PoliceUkOutcomesAdapter() override;

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
    const QString &forceFor(std::string_view text, const ImportContext &ctx);
    int indicatorFor(std::string_view outcome, ImportContext &ctx);

    struct Columns
    {
        int month = -1;
        int fallsWithin = -1;
        int lsoaName = -1;
        int outcome = -1;
    } m_col;
    std::unique_ptr<LsoaAreas> m_lsoa;
    // Caches keyed by the bytes as published, so that a row costs hash lookups only.
    QHash<QByteArray, Period> m_months;
    QHash<QByteArray, QString> m_forces; // "Falls within" → force code, empty when unknown
    QHash<QByteArray, int> m_indicators; // Outcome type → indicator index
};

} // namespace cw
