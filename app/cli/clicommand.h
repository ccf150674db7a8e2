#pragma once

#include <memory>

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "util/result.h"

class QCommandLineParser;
class QJsonArray;
class QJsonObject;
class QTextStream;

namespace cw {

class Workspace;

// Exit statuses of `cwb`: part of its contract with scripts.
enum class ExitStatus : int {
    Success = 0,  // done
    Failure = 1,  // could not be done; a message says why on standard error
    Usage = 2,    // the command line was wrong; a short usage hint is on standard error
    Rejected = 3, // an input file was refused as invalid (nothing was written); see the errors
};

// One `cwb` subcommand. CliApp parses the command line against options() and
// argumentNames() first, then asks checkArguments(): an unknown option, a wrong number of
// arguments or a refused value is a usage error and run() is never called. run() writes
// results (listings, JSON) to `out` and messages and errors to `err`.
//
// name() is one word ("import") or two for a command on a thing ("batch remove").
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line, sentence case
    // Further help after the summary (translated paragraphs), or empty.
    virtual QString description() const { return {}; }
    virtual QStringList argumentNames() const = 0; // positional arguments in order, e.g. "PATH"
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Names of options that must be given (e.g. "indicator"); CliApp refuses a command line
    // without them, and the synopsis shows them without brackets.
    virtual QStringList requiredOptions() const { return {}; }
    // True when the last of argumentNames() may be given once or more ("FILE...").
    virtual bool repeatsLastArgument() const { return false; }
    // Checks option values and arguments beyond their number (e.g. a known --format); returns
    // the usage error to report, or an empty string when they are fine.
    virtual QString checkArguments(const QCommandLineParser &parser) const;

    virtual ExitStatus run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) = 0;

    // A count for people: "7,215" (UK English grouping whatever the system locale).
    static QString formatCount(qint64 count);

protected:
    // Opens the workspace at `path`, or reports why not on `err` and returns null.
    static std::unique_ptr<Workspace> openWorkspace(const QString &path, QTextStream &err);

    // Writes "cwb: <message>" (naming `path` when the message does not) and any detail.
    static void reportError(QTextStream &err, const Error &error, const QString &path = {});

    // Writes an indented JSON document followed by a newline.
    static void writeJson(QTextStream &out, const QJsonObject &object);
    static void writeJson(QTextStream &out, const QJsonArray &array);
};

} // namespace cw
