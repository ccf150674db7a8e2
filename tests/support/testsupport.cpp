#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace cwtest {

QString sharedDataDir()
{
    const QDir dir(QStringLiteral(CW_SHARED_DATA));
    return dir.exists() ? dir.absolutePath() : QString();
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString cwbPath()
{
    return QStringLiteral(CW_CWB_PATH);
}

} // namespace cwtest
