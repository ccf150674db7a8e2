#include "ingest/adapters/onspfaadapter.h"

#include "ingest/arearesolver.h"
#include "ingest/importcontext.h"
#include "ingest/xlsx/xlsxreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::OnsPfaAdapter", text);
}

const QString kCountsSheet = QStringLiteral("Table P1");
const QString kRatesSheet = QStringLiteral("Table P3");
constexpr int kHeaderSearchRows = 20;

bool isAreaCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[EKWSN]\\d{8}$"));
    return code.match(text).hasMatch();
}

// The row whose first two cells are "Area Code" and "Area Name"; 0 when there is none.
int headerRow(const XlsxSheet &sheet)
{
    for (const XlsxRow &row : sheet.rows) {
        if (row.row > kHeaderSearchRows)
            break;
        if (sheet.text(row.row, 0).trimmed().compare(QLatin1String("Area Code"), Qt::CaseInsensitive) == 0 &&
            sheet.text(row.row, 1).trimmed().compare(QLatin1String("Area Name"), Qt::CaseInsensitive) == 0) {
            return row.row;
        }
    }
    return 0;
}

QString where(const XlsxSheet &sheet, int row, int column)
{
    return tr("sheet \"%1\", cell %2").arg(sheet.name.trimmed(), xlsxCellName(row, column));
}

// A count cell: its value, or std::nullopt for ".." / "-" (not available). Sets `problem`
// when the cell is neither.
std::optional<double> countIn(const XlsxCell *cell, QString &problem)
{
    if (!cell) {
        problem = tr("the cell is empty (the table writes \"..\" for figures that are not available).");
        return std::nullopt;
    }
    if (cell->type == XlsxCell::Type::String) {
        const QString text = cell->text.trimmed();
        if (text == QLatin1String("..") || text == QLatin1String("-"))
            return std::nullopt;
        problem = tr("\"%1\" is not a number.").arg(cell->text);
        return std::nullopt;
    }
    if (cell->type != XlsxCell::Type::Number) {
        problem = tr("\"%1\" is not a number.").arg(cell->text);
        return std::nullopt;
    }
    if (!std::isfinite(cell->number) || cell->number < 0 || std::floor(cell->number) != cell->number) {
        problem = tr("%1 is not a whole number of 0 or more.").arg(cell->text);
        return std::nullopt;
    }
    return cell->number;
}

struct RowArea
{
    QString code;
    bool held = false;
};

// Column A's code, and whether the workspace holds that area.
RowArea areaOf(const XlsxSheet &sheet, const XlsxRow &row, const ImportContext &ctx)
{
    RowArea area;
    area.code = sheet.text(row.row, 0).trimmed();
    if (!isAreaCode(area.code))
        return area;
    const Area *found = ctx.areas().find(area.code);
    area.held = found && found->code == area.code;
    return area;
}

} // namespace

QString OnsPfaAdapter::name() const
{
    return QStringLiteral("ons.pfa");
}

QString OnsPfaAdapter::title() const
{
    return tr("ONS police force area tables");
}

QString OnsPfaAdapter::sourceCode() const
{
    return QStringLiteral("ons.pfa");
}

QString OnsPfaAdapter::sourceName() const
{
    return QStringLiteral("Office for National Statistics");
}

QString OnsPfaAdapter::licence() const
{
    return QStringLiteral("Office for National Statistics, Open Government Licence v3.0");
}

bool OnsPfaAdapter::accepts(const QStringList &) const
{
    return false;
}

bool OnsPfaAdapter::begin(const QStringList &, ImportContext &ctx)
{
    ctx.fail(0, 0, tr("The ONS police force area tables are read from the published .xlsx workbook."));
    return false;
}

void OnsPfaAdapter::record(const CsvReader &, ImportContext &) {}

void OnsPfaAdapter::finish(ImportContext &) {}

QString OnsPfaAdapter::withoutFootnotes(const QString &text)
{
    static const QRegularExpression footnotes(QStringLiteral("(?<=[A-Za-z\\)])\\d+(?:,\\d+)*"));
    QString cleaned = text;
    cleaned.remove(footnotes);
    return cleaned.simplified();
}

Period OnsPfaAdapter::yearEnding(const QString &title)
{
    static const QRegularExpression pattern(QStringLiteral("year ending\\s+([A-Za-z]+)\\s+(\\d+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(title);
    if (!match.hasMatch())
        return {};
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString word = match.captured(1).toLower();
    int month = 0;
    for (int i = 0; i < 12; ++i) {
        if (word.startsWith(QLatin1String(months[i])))
            month = i + 1;
    }
    // The year carries any footnote markers glued to it: "20191" is 2019 with note 1,
    // "181" is (20)18 with note 1.
    const QString digits = match.captured(2);
    int year = 0;
    if (digits.size() >= 4 &&
        (digits.startsWith(QLatin1String("20")) || digits.startsWith(QLatin1String("19"))))
        year = digits.left(4).toInt();
    else if (digits.size() >= 2)
        year = 2000 + digits.left(2).toInt();
    if (month == 0 || year == 0)
        return {};
    return Period::rolling12(year, month);
}

bool OnsPfaAdapter::acceptsWorkbook(const XlsxWorkbook &workbook) const
{
    bool counts = false;
    bool rates = false;
    for (const QString &sheet : workbook.sheetNames()) {
        counts = counts || sheet.trimmed().compare(kCountsSheet, Qt::CaseInsensitive) == 0;
        rates = rates || sheet.trimmed().compare(kRatesSheet, Qt::CaseInsensitive) == 0;
    }
    // The sheets' contents are checked when the workbook is read, so that a damaged sheet is
    // reported as such rather than as an unknown format.
    return counts && rates;
}

void OnsPfaAdapter::readWorkbook(const XlsxWorkbook &workbook, ImportContext &ctx)
{
    // The reader names the file in its messages; issues are reported with it already.
    const auto withoutFile = [&](const Error &error) {
        const QString prefix = workbook.fileName() + QLatin1String(": ");
        return error.message.startsWith(prefix) ? error.message.mid(prefix.size()) : error.message;
    };
    const auto counts = workbook.sheet(kCountsSheet);
    if (!counts)
        return ctx.fail(0, 0, withoutFile(counts.error()));
    const auto rates = workbook.sheet(kRatesSheet);
    if (!rates)
        return ctx.fail(0, 0, withoutFile(rates.error()));

    if (!counts->text(1, 0).contains(QLatin1String("police force area"), Qt::CaseInsensitive)) {
        return ctx.fail(1, 1,
                        tr("%1: the title does not describe an ONS police force area table: \"%2\"")
                            .arg(where(counts.value(), 1, 0), counts->text(1, 0)));
    }
    const Period period = yearEnding(counts->text(1, 0));
    if (!period.isValid()) {
        return ctx.fail(1, 1,
                        tr("%1: the title does not say which 12 months the table covers (\"year ending "
                           "<month> <year>\"): \"%2\"")
                            .arg(where(counts.value(), 1, 0), counts->text(1, 0)));
    }
    const Period ratesPeriod = yearEnding(rates->text(1, 0));
    if (ratesPeriod != period) {
        return ctx.fail(1, 1,
                        tr("%1: the title names another period (%2) than sheet \"%3\" (%4): \"%5\"")
                            .arg(where(rates.value(), 1, 0),
                                 ratesPeriod.isValid() ? ratesPeriod.label() : tr("none"), kCountsSheet,
                                 period.label(), rates->text(1, 0)));
    }
    if (readCounts(counts.value(), period, ctx))
        readPopulation(rates.value(), period, ctx);
}

bool OnsPfaAdapter::readCounts(const XlsxSheet &sheet, const Period &period, ImportContext &ctx)
{
    const int header = headerRow(sheet);
    if (header == 0) {
        ctx.fail(
            0, 0,
            tr("sheet \"%1\": no header row (a row starting \"Area Code\", \"Area Name\") in the first %2 "
               "rows.")
                .arg(sheet.name.trimmed())
                .arg(kHeaderSearchRows));
        return false;
    }
    // Offence columns: the header row's name, or the merged heading just above an empty one.
    struct Column
    {
        int index = 0;
        int indicator = 0;
    };
    QList<Column> columns;
    QStringList names;
    const XlsxRow *names1 = sheet.row(header);
    const XlsxRow *above = sheet.row(header - 1);
    int last = names1 && !names1->cells.isEmpty() ? names1->cells.constLast().column : 0;
    if (above && !above->cells.isEmpty())
        last = std::max(last, above->cells.constLast().column);
    for (int column = 2; column <= last; ++column) {
        QString label = withoutFootnotes(sheet.text(header, column));
        if (label.isEmpty())
            label = withoutFootnotes(sheet.text(header - 1, column));
        if (label.isEmpty())
            continue;
        if (names.contains(label, Qt::CaseInsensitive)) {
            ctx.fail(
                header, column + 1,
                tr("%1: the column \"%2\" appears more than once.").arg(where(sheet, header, column), label));
            return false;
        }
        names.append(label);
        const int indicator = ctx.observations().indicator(QLatin1String("ons.pfa:") + label, label,
                                                           Unit::Count, QStringLiteral("count"));
        columns.append({column, indicator});
    }
    if (columns.isEmpty()) {
        ctx.fail(header, 0,
                 tr("sheet \"%1\": the header row %2 names no offence columns.")
                     .arg(sheet.name.trimmed())
                     .arg(header));
        return false;
    }

    qint64 areaRows = 0;
    for (const XlsxRow &row : sheet.rows) {
        if (row.row <= header)
            continue;
        const RowArea area = areaOf(sheet, row, ctx);
        if (!isAreaCode(area.code))
            continue; // units row, blank rows, footnotes
        ++areaRows;
        ctx.startRecord();
        if (!area.held) {
            ++ctx.counters().notImported;
            continue;
        }
        QList<std::pair<int, double>> values;
        bool bad = false;
        for (const Column &column : std::as_const(columns)) {
            QString problem;
            const auto value = countIn(row.cell(column.index), problem);
            if (!problem.isEmpty()) {
                ctx.reject(row.row, column.index + 1,
                           QStringLiteral("%1: %2").arg(where(sheet, row.row, column.index), problem));
                bad = true;
                break;
            }
            if (value)
                values.append({column.indicator, *value});
        }
        if (bad)
            continue;
        const int areaIndex = ctx.observations().area(area.code);
        for (const auto &[indicator, value] : std::as_const(values)) {
            ObservationSet::Values v;
            v.value = value;
            if (!ctx.observations().set(indicator, areaIndex, period, v)) {
                ctx.reject(row.row, 1,
                           tr("%1: the area %2 appears twice with different figures.")
                               .arg(where(sheet, row.row, 0), area.code));
                break;
            }
        }
    }
    if (areaRows == 0) {
        ctx.fail(0, 0,
                 tr("sheet \"%1\": no rows with an area code (column A) below the header.")
                     .arg(sheet.name.trimmed()));
        return false;
    }
    return true;
}

bool OnsPfaAdapter::readPopulation(const XlsxSheet &sheet, const Period &, ImportContext &ctx)
{
    const int header = headerRow(sheet);
    if (header == 0) {
        ctx.fail(
            0, 0,
            tr("sheet \"%1\": no header row (a row starting \"Area Code\", \"Area Name\") in the first %2 "
               "rows.")
                .arg(sheet.name.trimmed())
                .arg(kHeaderSearchRows));
        return false;
    }
    static const QRegularExpression midYear(QStringLiteral("mid-(\\d{4})"));
    int column = -1;
    Period year;
    const XlsxRow *names = sheet.row(header);
    for (const XlsxCell &cell : names->cells) {
        if (cell.text.trimmed().startsWith(QLatin1String("Population"), Qt::CaseInsensitive)) {
            const auto match = midYear.match(cell.text);
            if (!match.hasMatch()) {
                ctx.fail(header, cell.column + 1,
                         tr("%1: the population column does not say which mid-year estimate it holds "
                            "(\"mid-2017\"): \"%2\"")
                             .arg(where(sheet, header, cell.column), cell.text.simplified()));
                return false;
            }
            column = cell.column;
            year = Period::calendarYear(match.captured(1).toInt());
            break;
        }
    }
    if (column < 0) {
        ctx.fail(header, 0,
                 tr("sheet \"%1\": the header row %2 has no \"Population figures\" column.")
                     .arg(sheet.name.trimmed())
                     .arg(header));
        return false;
    }
    const int indicator =
        ctx.observations().indicator(QStringLiteral("ons.pfa:Population"), QStringLiteral("Population"),
                                     Unit::Count, QStringLiteral("count"));
    for (const XlsxRow &row : sheet.rows) {
        if (row.row <= header)
            continue;
        const RowArea area = areaOf(sheet, row, ctx);
        if (!isAreaCode(area.code))
            continue;
        ctx.startRecord();
        if (!area.held) {
            ++ctx.counters().notImported;
            continue;
        }
        QString problem;
        const auto value = countIn(row.cell(column), problem);
        if (!problem.isEmpty()) {
            ctx.reject(row.row, column + 1,
                       QStringLiteral("%1: %2").arg(where(sheet, row.row, column), problem));
            continue;
        }
        if (!value)
            continue;
        ObservationSet::Values v;
        v.value = *value;
        if (!ctx.observations().set(indicator, ctx.observations().area(area.code), year, v)) {
            ctx.reject(row.row, 1,
                       tr("%1: the area %2 appears twice with different figures.")
                           .arg(where(sheet, row.row, 0), area.code));
        }
    }
    return true;
}

} // namespace cw
