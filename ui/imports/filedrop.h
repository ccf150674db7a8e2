#pragma once

#include <QStringList>

class QMimeData;

namespace cw {

// What a drag carries that the import wizard can take: local files (folders are ignored).
class FileDrop
{
public:
    static QStringList localFiles(const QMimeData *mime);
    static bool hasLocalFiles(const QMimeData *mime) { return !localFiles(mime).isEmpty(); }
};

} // namespace cw
