#include "actions/actionexport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include "report/actionlogcsv.h"
#include "report/actionlogxlsx.h"

namespace cw {

Result<void> ActionExport::write(const QString &path, const QList<Action> &actions, const QDate &today)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return ActionLogCsvWriter::writeFile(path, actions, today);
    return ActionLogXlsxWriter::writeFile(path, actions, today);
}

QString ActionExport::run(QWidget *parent, const QList<Action> &actions, const QDate &today)
{
    const QString xlsxFilter = QObject::tr("Excel workbook (*.xlsx)");
    const QString csvFilter = QObject::tr("CSV for Excel (*.csv)");
    QSettings settings;
    const QString folder = settings
                               .value(QStringLiteral("actions/exportFolder"),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString suggested =
        QDir(folder).filePath(QObject::tr("action-log-%1.xlsx").arg(today.toString(Qt::ISODate)));
    QString filter = xlsxFilter;
    QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export the action log"), suggested,
                                                xlsxFilter + QStringLiteral(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return {};
    const QString wanted = filter == csvFilter ? QStringLiteral("csv") : QStringLiteral("xlsx");
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        path += u'.' + wanted;

    const Result<void> written = write(path, actions, today);
    if (!written) {
        QMessageBox box(QMessageBox::Warning, QObject::tr("Export failed"),
                        QObject::tr("The action log could not be written to %1.\n\n%2")
                            .arg(QDir::toNativeSeparators(path), written.error().message),
                        QMessageBox::Ok, parent);
        box.setDetailedText(written.error().detail);
        box.exec();
        return {};
    }
    settings.setValue(QStringLiteral("actions/exportFolder"), QFileInfo(path).absolutePath());
    return path;
}

} // namespace cw
