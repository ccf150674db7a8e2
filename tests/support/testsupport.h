#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

// Small helpers shared by the test executables.
namespace cwtest {

// The real published data beside the project (`../shared/data`), or an empty string when the
// folder is absent (tests that need it then QSKIP with a clear message).
QString sharedDataDir();

// sha256 of a file's bytes (hex), to prove a refused file was left untouched.
QByteArray fileSha256(const QString &path);

// The built `cwb` executable.
QString cwbPath();

} // namespace cwtest
