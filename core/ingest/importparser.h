#pragma once

#include "ingest/importissue.h"
#include "ingest/observationset.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace cw {

class AreaResolver;
class ImportContext;

// Everything learnt from reading one file, before anything is written.
struct ParsedFile
{
    QString path;
    QString fileName;
    qint64 size = 0;
    QByteArray sha256; // hex
    QString format;    // adapter name
    QString formatTitle;
    QString sourceCode;
    QString sourceName;
    QString licence;
    bool cancelled = false;
    bool fatal = false; // the file cannot be imported at all (unreadable, unknown format, truncated…)
    std::unique_ptr<ImportContext> context; // observations, counters, issues

    bool hasIssues() const;
};

// Reads and validates a whole file with the right adapter (detected from the header unless
// `format` is given). Streams the file: memory does not grow with its size (only with the
// number of distinct observations and, for police.uk street files, distinct Crime IDs).
class ImportParser
{
public:
    // progress(bytesDone, bytesTotal) is called now and then; returning false cancels.
    using Progress = std::function<bool(qint64, qint64)>;

    static ParsedFile parse(const QString &path, const AreaResolver &areas, const QString &format = {},
                            const Progress &progress = {});
};

} // namespace cw
