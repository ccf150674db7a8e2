#pragma once

#include "domain/action.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

class QIODevice;

namespace cw {

// Writes the action log (actionlogtable.h columns) as CSV for Excel: UTF-8 with a byte order
// mark, CRLF line ends, RFC 4180 quoting (a field containing a comma, double quote, CR or LF is
// quoted and its quotes doubled).
//
// Formula injection: a cell whose first character is '=', '+', '-', '@', a tab or a carriage
// return is written with a single quote (') put in front, so Excel and LibreOffice show it as
// text and never evaluate it ("=1+2" → "'=1+2", "-3" → "'-3", "\tx" → "'\tx"). Applied to every
// cell (the headers are fixed text); nothing else is changed.
class ActionLogCsvWriter
{
public:
    static QString neutralise(const QString &cell);
    static QString quote(const QString &cell); // RFC 4180, after neutralise()
    static QByteArray toCsv(const QList<Action> &actions, const QDate &today);
    static Result<void> write(QIODevice &device, const QList<Action> &actions, const QDate &today);
    // Writes a file atomically (QSaveFile): nothing is left on failure.
    static Result<void> writeFile(const QString &path, const QList<Action> &actions, const QDate &today);
};

} // namespace cw
