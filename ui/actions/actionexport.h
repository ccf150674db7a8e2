#pragma once

#include "domain/action.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

class QWidget;

namespace cw {

// Exports the action log (the rows the actions view shows, in its order) to an Excel workbook
// (.xlsx) or CSV, by the file name's suffix.
class ActionExport
{
public:
    // Writes `path`: .csv → CSV, anything else → .xlsx. Nothing is left on failure.
    static Result<void> write(const QString &path, const QList<Action> &actions, const QDate &today);
    // Asks for a file name, writes it and says how it went (in a message box on failure).
    // Returns the path written, or "" when cancelled or failed.
    static QString run(QWidget *parent, const QList<Action> &actions, const QDate &today);
};

} // namespace cw
