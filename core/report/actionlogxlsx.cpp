#include "report/actionlogxlsx.h"

#include "report/actionlogtable.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::ActionLog", text);
}

// Columns written as typed cells instead of text (indices into actionLogHeaders()).
constexpr int meetingDateColumn = 4;
constexpr int dueDateColumn = 8;
constexpr int daysOverdueColumn = 12;
constexpr int latestUpdateDateColumn = 15;
constexpr int followUpsColumn = 17;

lxw_datetime toExcel(const QDate &date)
{
    return lxw_datetime{date.year(), date.month(), date.day(), 0, 0, 0.0};
}

} // namespace

Result<void> ActionLogXlsxWriter::writeFile(const QString &path, const QList<Action> &actions,
                                            const QDate &today)
{
    const QString partial = path + QStringLiteral(".part");
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook *workbook = workbook_new(partialName.constData());
    if (!workbook)
        return Error{tr("%1 could not be created.").arg(path)};
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Actions");
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *overdueText = workbook_add_format(workbook);
    format_set_font_color(overdueText, 0x9C0006);
    format_set_bg_color(overdueText, 0xFFC7CE);
    lxw_format *overdueDate = workbook_add_format(workbook);
    format_set_num_format(overdueDate, "yyyy-mm-dd");
    format_set_font_color(overdueDate, 0x9C0006);
    format_set_bg_color(overdueDate, 0xFFC7CE);

    const QStringList headers = actionLogHeaders();
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), header);
    lxw_row_t row = 1;
    for (const Action &a : actions) {
        const QStringList cells = actionLogRow(a, today);
        const bool overdue = a.isOverdue(today);
        lxw_format *textFormat = overdue ? overdueText : nullptr;
        lxw_format *dateFormat = overdue ? overdueDate : date;
        for (int c = 0; c < cells.size(); ++c) {
            const lxw_col_t col = lxw_col_t(c);
            const QString &cell = cells.at(c);
            const QDate asDate = QDate::fromString(cell, Qt::ISODate);
            if ((c == meetingDateColumn || c == dueDateColumn || c == latestUpdateDateColumn) &&
                asDate.isValid()) {
                lxw_datetime when = toExcel(asDate);
                worksheet_write_datetime(sheet, row, col, &when, dateFormat);
            } else if ((c == daysOverdueColumn || c == followUpsColumn) && !cell.isEmpty()) {
                worksheet_write_number(sheet, row, col, cell.toDouble(), textFormat);
            } else if (!cell.isEmpty()) {
                worksheet_write_string(sheet, row, col, cell.toUtf8().constData(), textFormat);
            } else if (textFormat) {
                worksheet_write_blank(sheet, row, col, textFormat);
            }
        }
        ++row;
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, row - 1, lxw_col_t(headers.size() - 1));
    worksheet_set_column(sheet, 0, 0, 14, nullptr);
    worksheet_set_column(sheet, 1, 2, 40, nullptr);
    worksheet_set_column(sheet, 3, 16, 16, nullptr);
    worksheet_set_column(sheet, 16, 16, 50, nullptr);
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Error{tr("%1 could not be written.").arg(path), QString::fromUtf8(lxw_strerror(closed))};
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(partial);
        return Error{tr("%1 could not be replaced.").arg(path)};
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error{tr("%1 could not be written.").arg(path)};
    }
    return {};
}

} // namespace cw
