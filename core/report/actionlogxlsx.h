#pragma once

#include "domain/action.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cw {

// Writes the action log (actionlogtable.h columns) to an .xlsx workbook with libxlsxwriter:
// one sheet "Actions", a bold frozen header row with an autofilter, dates as real Excel dates
// (due, meeting, latest update), days overdue as numbers, other cells as strings (so a cell
// starting with '=' is text, never a formula). Overdue rows are highlighted.
class ActionLogXlsxWriter
{
public:
    static Result<void> writeFile(const QString &path, const QList<Action> &actions, const QDate &today);
};

} // namespace cw
