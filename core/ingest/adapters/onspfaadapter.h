#pragma once

#include "domain/period.h"
#include "ingest/formatadapter.h"

namespace cw {

struct XlsxSheet;

// ONS "police force area tables" (recorded crime by force, one workbook per quarter, e.g.
// year ending September 2019), as published (.xlsx):
//  - Table P1: offences by force for the 12 months → `ons.pfa:<offence column>` counts,
//    period R12:<year-ending month> read from the sheet title ("… year ending September
//    2019" → R12:2019-09; "year ending June 18" → R12:2018-06).
//  - Table P3: the mid-year population in column "Population figures (mid-2017)…" →
//    `ons.pfa:Population`, period the calendar year of the estimate (2017).
// Column names lose the footnote digits glued to them ("Residential burglary5" → "Residential
// burglary"); a column without a name in the header row takes the merged heading above it
// ("Total recorded crime (excluding fraud)"). Rows are found by their GSS code in column A
// ("Area Code"); rows for areas the workspace does not hold (other forces, regions) are
// counted as not imported, not as errors. ".." and "-" mean not available (no value is
// stored). Any other cell that is not a whole number of 0 or more rejects its row, reported
// with the sheet and cell; a sheet without its header fails the file.
class OnsPfaAdapter : public FormatAdapter
{
public:
    QString name() const override;
    QString title() const override;
    QString sourceCode() const override;
    QString sourceName() const override;
    QString licence() const override;

    // A workbook format: the CSV calls refuse every header and are never used.
    bool accepts(const QStringList &header) const override;
    bool begin(const QStringList &header, ImportContext &ctx) override;
    void record(const CsvReader &row, ImportContext &ctx) override;
    void finish(ImportContext &ctx) override;

    bool readsWorkbooks() const override { return true; }
    bool acceptsWorkbook(const XlsxWorkbook &workbook) const override;
    void readWorkbook(const XlsxWorkbook &workbook, ImportContext &ctx) override;

    // "Stalking and harassment4" → "Stalking and harassment"; "ENGLAND AND WALES6,7" →
    // "ENGLAND AND WALES"; spaces simplified.
    static QString withoutFootnotes(const QString &text);
    // The R12 period a title's "year ending <Month> <year>" names; invalid when none.
    static Period yearEnding(const QString &title);

private:
    bool readCounts(const XlsxSheet &sheet, const Period &period, ImportContext &ctx);
    bool readPopulation(const XlsxSheet &sheet, const Period &period, ImportContext &ctx);
};

} // namespace cw
