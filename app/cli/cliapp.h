#pragma once

#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace cw {

class CliCommand;

// The `cwb` command line: parses the arguments, dispatches to one CliCommand and returns the
// exit status (see ExitStatus). It writes only to the two streams it is given, so that it can
// be run in-process as well as from main().
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    // `out` receives results (listings, JSON, help); `err` receives messages and errors.
    // Both must outlive the CliApp.
    CliApp(QTextStream &out, QTextStream &err);
    ~CliApp();

    CliApp(const CliApp &) = delete;
    CliApp &operator=(const CliApp &) = delete;

    // `args` as QCoreApplication::arguments() gives them: the program name first.
    int run(const QStringList &args);

private:
    // The command named by the first one or two words of `words`, or null.
    CliCommand *find(const QStringList &words) const;
    int runCommand(CliCommand &command, const QStringList &args);
    int usageError(const QString &message, const CliCommand *command = nullptr);

    void writeUsage(QTextStream &stream) const;
    void writeCommandHelp(QTextStream &stream, const CliCommand &command) const;
    static QString synopsis(const CliCommand &command);

    QTextStream &m_out;
    QTextStream &m_err;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace cw
