#pragma once

#include "ingest/importissue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw {

// What the import wizard shows of one file before anything is written: a copyable summary
// of ImportService::preview() (which holds every observation) plus the first raw records.
// Built on the worker thread and handed to the GUI by a queued signal.
struct ImportPreview
{
    struct Figure
    {
        QString indicator; // indicator key, e.g. "mps.borough:BURGLARY/BURGLARY - RESIDENTIAL"
        QString area;      // area code
        QString period;    // period key
        QString periodLabel;
        double value = 0;
        std::optional<double> denominator;
    };

    static constexpr int maxRawRows = 50;
    static constexpr int maxFigures = 300;

    QString path;
    QString fileName;
    QString requestedFormat; // what was asked for; empty: detect
    QString format;          // the adapter used; empty when none accepted the file
    QString formatTitle;
    qint64 size = 0;
    bool fatal = false;     // the file cannot be imported at all
    bool cancelled = false; // the preview was abandoned (nothing below is meaningful)
    QString failure;        // the preview itself could not run (e.g. the workspace is unreadable)

    qint64 rowsRead = 0;
    qint64 rowsRejected = 0;
    qint64 duplicatesDropped = 0;
    qint64 unallocated = 0;
    qint64 notImported = 0; // valid rows for areas the workspace does not hold
    qint64 observationCount = 0;
    qint64 indicatorCount = 0;
    qint64 areaCount = 0;
    QList<ImportIssue> issues; // the first ImportContext::maxIssuesKept
    qint64 issueCount = 0;     // all of them

    QStringList rawHeader;
    QList<QStringList> rawRows; // the first maxRawRows records as read
    QList<qint64> rawLines;     // the line where each of rawRows starts

    QList<Figure> figures; // the first maxFigures, sorted by indicator, area and period

    bool hasIssues() const { return fatal || issueCount > 0; }
};

} // namespace cw
