#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace cw {

// One cell of a worksheet as stored. Formulas are not evaluated: a formula cell holds the
// result the spreadsheet saved with it.
struct XlsxCell
{
    enum class Type { Empty, Number, String, Boolean, Error };

    int column = 0; // 0-based (A = 0)
    Type type = Type::Empty;
    double number = 0; // Number; Boolean as 0 or 1
    QString text;      // String: the text; Number: the number as written; Error: e.g. "#N/A"
};

struct XlsxRow
{
    int row = 0;           // 1-based, as in the sheet
    QList<XlsxCell> cells; // by column, only the cells the file stores

    const XlsxCell *cell(int column) const; // nullptr when the row stores no such cell
};

struct XlsxSheet
{
    QString name;
    QList<XlsxRow> rows; // by row number, only the rows the file stores

    const XlsxRow *row(int row) const;
    // The text of a cell (a number as written), empty when the cell is absent or empty.
    QString text(int row, int column) const;
};

// The name of a 0-based column ("A", "Z", "AA") and of a cell ("L44").
QString xlsxColumnName(int column);
QString xlsxCellName(int row, int column);

// Reads Office Open XML workbooks (.xlsx): the sheet names, and each sheet's rows of cells
// (shared strings including rich-text runs, inline strings, numbers, booleans, error cells).
// Refuses, with a message naming the file and the part (and sheet and cell where it applies):
// a file that is not a zip archive or is truncated or corrupt, a missing part, XML that is
// not well formed, a bad cell reference, and archives that would expand beyond the limits
// (a "zip bomb" is refused before it is expanded, and again while reading if its sizes lie).
class XlsxWorkbook
{
public:
    struct Limits
    {
        qint64 maxPartBytes = qint64(64) << 20;   // one part, uncompressed
        qint64 maxTotalBytes = qint64(256) << 20; // all parts together, uncompressed
        qint64 maxEntries = 10000;                // members of the archive
    };

    // Whether the bytes start like a zip archive ("PK\3\4"), as every .xlsx file does.
    static bool looksLikeZip(const QByteArray &firstBytes);

    static Result<XlsxWorkbook> open(const QString &path);
    static Result<XlsxWorkbook> open(const QString &path, const Limits &limits);

    XlsxWorkbook(XlsxWorkbook &&) noexcept;
    XlsxWorkbook &operator=(XlsxWorkbook &&) noexcept;
    ~XlsxWorkbook();

    QString fileName() const;
    QStringList sheetNames() const; // in workbook order, as written (trailing spaces kept)
    // The sheet whose name is `name` (compared ignoring case and surrounding spaces).
    Result<XlsxSheet> sheet(const QString &name) const;

private:
    struct Impl;
    explicit XlsxWorkbook(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace cw
