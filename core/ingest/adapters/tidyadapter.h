#pragma once

#include "domain/enums.h"
#include "ingest/formatadapter.h"

#include <QHash>
#include <QString>

namespace cw {

// The Workbench's own tidy CSV, for anything no other adapter reads (see TIDY-FORMAT.md):
// one observation per row, columns by name in any order — `indicator,area,period,value`
// required; `denominator,sample_size,unit` optional; other columns ignored. Values are set
// once: a repeated row with the same values is harmless, one with different values is
// rejected.
class TidyAdapter : public FormatAdapter
{
public:
    TidyAdapter();
    ~TidyAdapter() override;

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
    struct Columns
    {
        int indicator = -1;
        int area = -1;
        int period = -1;
        int value = -1;
        int denominator = -1;
        int sampleSize = -1;
        int unit = -1;
    } m_col;
    QHash<QString, Unit> m_units; // indicator key → the unit its first row gave
};

} // namespace cw
