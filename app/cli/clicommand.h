#pragma once

#include <memory>

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "util/result.h"

class QCommandLineParser;
class QJsonObject;
class QTextStream;

namespace cw {

class Workspace;

// Exit statuses of `cwb`: part of its contract with scripts.
enum class ExitStatus : int {
    Success = 0, // done
    Failure = 1, // could not be done; a message says why on standard error
    Usage = 2,   // the command line was wrong; a short usage hint is on standard error
};

// One `cwb` subcommand. CliApp parses the command line against options() and
// argumentNames() first: an unknown option or a wrong number of arguments is a usage error
// and run() is never called. run() writes results (listings, JSON) to `out` and messages
// and errors to `err`.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;           // one translated line, sentence case
    virtual QStringList argumentNames() const = 0; // positional arguments in order, e.g. "PATH"
    virtual QList<QCommandLineOption> options() const { return {}; }

    virtual ExitStatus run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) = 0;

protected:
    // Opens the workspace at `path`, or reports why not on `err` and returns null.
    static std::unique_ptr<Workspace> openWorkspace(const QString &path, QTextStream &err);

    // Writes "cwb: <message>" (naming `path` when the message does not) and any detail.
    static void reportError(QTextStream &err, const Error &error, const QString &path = {});

    // Writes an indented JSON document followed by a newline.
    static void writeJson(QTextStream &out, const QJsonObject &object);
};

} // namespace cw
