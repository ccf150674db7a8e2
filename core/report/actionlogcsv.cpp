#include "report/actionlogcsv.h"

#include "report/actionlogtable.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace cw {

QString ActionLogCsvWriter::neutralise(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString ActionLogCsvWriter::quote(const QString &cell)
{
    const QString safe = neutralise(cell);
    if (!safe.contains(QLatin1Char(',')) && !safe.contains(QLatin1Char('"')) &&
        !safe.contains(QLatin1Char('\r')) && !safe.contains(QLatin1Char('\n')))
        return safe;
    QString quoted = safe;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray ActionLogCsvWriter::toCsv(const QList<Action> &actions, const QDate &today)
{
    QString text;
    auto line = [&](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &cell : cells)
            quoted.append(quote(cell));
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(actionLogHeaders());
    for (const Action &a : actions)
        line(actionLogRow(a, today));
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Result<void> ActionLogCsvWriter::write(QIODevice &device, const QList<Action> &actions, const QDate &today)
{
    const QByteArray bytes = toCsv(actions, today);
    if (device.write(bytes) != bytes.size())
        return Error{QCoreApplication::translate("cw::ActionLog", "The action log could not be written."),
                     device.errorString()};
    return {};
}

Result<void> ActionLogCsvWriter::writeFile(const QString &path, const QList<Action> &actions,
                                           const QDate &today)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("cw::ActionLog", "%1 could not be created.").arg(path),
                     file.errorString()};
    if (auto written = write(file, actions, today); !written)
        return written;
    if (!file.commit())
        return Error{QCoreApplication::translate("cw::ActionLog", "%1 could not be written.").arg(path),
                     file.errorString()};
    return {};
}

} // namespace cw
