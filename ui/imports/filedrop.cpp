#include "imports/filedrop.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace cw {

QStringList FileDrop::localFiles(const QMimeData *mime)
{
    QStringList files;
    if (mime == nullptr || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (QFileInfo(path).isFile())
            files << path;
    }
    return files;
}

} // namespace cw
