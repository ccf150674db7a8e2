#pragma once

#include <QString>
#include <QStringList>

namespace cw {

class CsvReader;
class ImportContext;
class XlsxWorkbook;

// One published file format. An adapter turns the records of a file into observations in
// the ImportContext; it never touches the database. Indicator keys are part of the contract
// (see the README): e.g. `policeuk.street:<Crime type>`.
class FormatAdapter
{
public:
    virtual ~FormatAdapter() = default;

    virtual QString name() const = 0;       // the --format value, e.g. "policeuk.street"
    virtual QString title() const = 0;      // for people, e.g. "police.uk street-level crime"
    virtual QString sourceCode() const = 0; // the source the batch belongs to, e.g. "policeuk"
    virtual QString sourceName() const = 0; // e.g. "police.uk"
    virtual QString licence() const = 0;    // attribution text

    // Whether a file with this header (BOM removed, fields as published) is in this format.
    virtual bool accepts(const QStringList &header) const = 0;

    // Locates the columns it needs; on a missing column calls ctx.fail(1, 0, …) and returns false.
    virtual bool begin(const QStringList &header, ImportContext &ctx) = 0;
    // One data record (the reader's current record, already free of structural problems).
    virtual void record(const CsvReader &row, ImportContext &ctx) = 0;
    // After the last record: derived values such as force totals.
    virtual void finish(ImportContext &ctx) = 0;

    // Formats published as spreadsheets (.xlsx) rather than CSV return true here; the parser
    // then opens such a file as a workbook and calls acceptsWorkbook()/readWorkbook() instead
    // of the CSV calls above (which such an adapter never accepts).
    virtual bool readsWorkbooks() const { return false; }
    // Whether this workbook (its sheet names, titles) is in this format.
    virtual bool acceptsWorkbook(const XlsxWorkbook &) const { return false; }
    // Reads the whole workbook into ctx: ctx.startRecord() per data row, reject() for bad
    // rows, fail() when the workbook cannot be read as this format at all.
    virtual void readWorkbook(const XlsxWorkbook &, ImportContext &) {}
};

} // namespace cw
