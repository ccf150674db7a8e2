#include "cliapp.h"

#include <algorithm>
#include <utility>

#include <QCommandLineParser>
#include <QTextStream>

#include "batchescommand.h"
#include "boroughscommand.h"
#include "batchremovecommand.h"
#include "overridecommand.h"
#include "clicommand.h"
#include "importcommand.h"
#include "infocommand.h"
#include "initcommand.h"
#include "measurecommand.h"
#include "meetingscommand.h"
#include "actionaddcommand.h"
#include "actionscommand.h"
#include "actionshowcommand.h"
#include "actionupdatecommand.h"
#include "packcommand.h"
#include "exportcommand.h"
#include "planscommand.h"
#include "scorecardcommand.h"
#include "seriescommand.h"

namespace cw {

namespace {

const QString programName = QStringLiteral("cwb");

int exitCode(ExitStatus status)
{
    return static_cast<int>(status);
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              QCoreApplication::translate("cw::CliApp", "Show this help"));
}

// Options for scripts and benchmarks (e.g. --timing), left out of the help.
bool isHidden(const QCommandLineOption &option)
{
    return option.flags().testFlag(QCommandLineOption::HiddenFromHelp);
}

// "--json", "-h, --help", "--since MONTH"
QString optionLabel(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString label = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        label += QLatin1Char(' ') + option.valueName();
    return label;
}

// Two-column rows, the second column aligned. A first column too long to align with the
// others gets the second on a line of its own.
void writeTable(QTextStream &stream, const QList<std::pair<QString, QString>> &rows)
{
    constexpr qsizetype longest = 40;
    qsizetype width = 0;
    for (const auto &row : rows) {
        if (row.first.size() <= longest)
            width = std::max(width, row.first.size());
    }
    for (const auto &row : rows) {
        if (row.first.size() > width)
            stream << QStringLiteral("  ") << row.first << Qt::endl
                   << QString(width + 4, QLatin1Char(' ')) << row.second << Qt::endl;
        else
            stream << QStringLiteral("  ") << row.first.leftJustified(width + 2) << row.second << Qt::endl;
    }
}

// Paragraphs of running text broken into lines of at most `width` characters, at spaces.
QString wrapped(const QString &text, qsizetype width = 80)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<PlansCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<BatchesCommand>());
    m_commands.push_back(std::make_unique<BatchRemoveCommand>());
    m_commands.push_back(std::make_unique<SeriesCommand>());
    m_commands.push_back(std::make_unique<ScorecardCommand>());
    m_commands.push_back(std::make_unique<MeasureCommand>());
    m_commands.push_back(std::make_unique<BoroughsCommand>());
    m_commands.push_back(std::make_unique<OverrideCommand>());
    m_commands.push_back(std::make_unique<MeetingsCommand>());
    m_commands.push_back(std::make_unique<PackCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ActionsCommand>());
    m_commands.push_back(std::make_unique<ActionAddCommand>());
    m_commands.push_back(std::make_unique<ActionUpdateCommand>());
    m_commands.push_back(std::make_unique<ActionShowCommand>());
}

CliApp::~CliApp() = default;

int CliApp::run(const QStringList &args)
{
    const QStringList rest = args.mid(1);
    if (rest.isEmpty())
        return usageError(tr("no command given"));

    const QString &first = rest.constFirst();
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h") ||
        (first == QStringLiteral("help") && rest.size() == 1)) {
        writeUsage(m_out);
        return exitCode(ExitStatus::Success);
    }
    if (first == QStringLiteral("--version") || first == QStringLiteral("-v")) {
        m_out << programName << QLatin1Char(' ') << QStringLiteral(CWB_VERSION) << Qt::endl;
        return exitCode(ExitStatus::Success);
    }
    if (first == QStringLiteral("help")) {
        const QStringList words = rest.mid(1);
        const CliCommand *command = find(words);
        if (!command)
            return usageError(tr("unknown command '%1'").arg(words.join(QLatin1Char(' '))));
        if (command->name().count(QLatin1Char(' ')) + 1 != words.size())
            return usageError(tr("help takes at most one command"));
        writeCommandHelp(m_out, *command);
        return exitCode(ExitStatus::Success);
    }
    if (first.startsWith(QLatin1Char('-')))
        return usageError(tr("unknown option '%1'").arg(first));

    CliCommand *command = find(rest);
    if (!command)
        return usageError(tr("unknown command '%1'").arg(first));
    return runCommand(*command, rest);
}

CliCommand *CliApp::find(const QStringList &words) const
{
    // Two-word names ("batch remove") first, so that they are not mistaken for one word.
    const QString two = words.mid(0, 2).join(QLatin1Char(' '));
    const QString one = words.value(0);
    CliCommand *found = nullptr;
    for (const auto &command : m_commands) {
        if (words.size() >= 2 && command->name() == two)
            return command.get();
        if (command->name() == one)
            found = command.get();
    }
    return found;
}

int CliApp::runCommand(CliCommand &command, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(command.options());
    parser.addOption(helpOption());
    // The parser expects a program name first; "cwb init" stands in for it.
    QStringList parserArgs = args.mid(command.name().count(QLatin1Char(' ')));
    parserArgs.first() = programName + QLatin1Char(' ') + command.name();
    if (!parser.parse(parserArgs))
        return usageError(parser.errorText(), &command);

    if (parser.isSet(QStringLiteral("help"))) {
        writeCommandHelp(m_out, command);
        return exitCode(ExitStatus::Success);
    }

    const QStringList positional = parser.positionalArguments();
    const QStringList expected = command.argumentNames();
    if (positional.size() < expected.size())
        return usageError(tr("missing %1").arg(expected.at(positional.size())), &command);
    if (positional.size() > expected.size() && !command.repeatsLastArgument())
        return usageError(tr("unexpected argument '%1'").arg(positional.at(expected.size())), &command);
    for (const QString &required : command.requiredOptions()) {
        if (!parser.isSet(required))
            return usageError(tr("missing --%1").arg(required), &command);
    }
    if (const QString problem = command.checkArguments(parser); !problem.isEmpty())
        return usageError(problem, &command);

    const ExitStatus status = command.run(parser, m_out, m_err);
    m_out.flush();
    m_err.flush();
    return exitCode(status);
}

int CliApp::usageError(const QString &message, const CliCommand *command)
{
    m_err << programName << QStringLiteral(": ") << message << Qt::endl;
    if (command) {
        m_err << tr("Usage: %1").arg(synopsis(*command)) << Qt::endl
              << tr("Run '%1 help %2' for its options.").arg(programName, command->name()) << Qt::endl;
    } else {
        m_err << tr("Usage: %1 COMMAND [ARGUMENTS] [OPTIONS]").arg(programName) << Qt::endl
              << tr("Run '%1 help' for a list of commands.").arg(programName) << Qt::endl;
    }
    return exitCode(ExitStatus::Usage);
}

void CliApp::writeUsage(QTextStream &stream) const
{
    stream << tr("Usage: %1 COMMAND [ARGUMENTS] [OPTIONS]").arg(programName) << Qt::endl
           << Qt::endl
           << tr("Challenge Workbench on the command line: workspaces, plans, imports and scorecards.")
           << Qt::endl
           << Qt::endl
           << tr("Commands:") << Qt::endl;

    QList<std::pair<QString, QString>> rows;
    rows.append({QStringLiteral("help [COMMAND]"), tr("Show this help, or the help for one command")});
    for (const auto &command : m_commands)
        rows.append({synopsis(*command).mid(programName.size() + 1), command->summary()});
    writeTable(stream, rows);

    stream << Qt::endl << tr("Options:") << Qt::endl;
    writeTable(stream, {{QStringLiteral("-h, --help"), tr("Show this help")},
                        {QStringLiteral("-v, --version"), tr("Show the version")}});

    stream << Qt::endl
           << wrapped(tr("JSON goes to standard output, messages to standard error. Exit status: 0 success, "
                         "1 failure, 2 usage error, 3 input file rejected as invalid (nothing written)."))
           << Qt::endl;
}

void CliApp::writeCommandHelp(QTextStream &stream, const CliCommand &command) const
{
    stream << tr("Usage: %1").arg(synopsis(command)) << Qt::endl
           << Qt::endl
           << command.summary() << QLatin1Char('.') << Qt::endl
           << Qt::endl;
    if (const QString description = command.description(); !description.isEmpty())
        stream << wrapped(description) << Qt::endl << Qt::endl;
    stream << tr("Options:") << Qt::endl;
    QList<std::pair<QString, QString>> rows;
    const QList<QCommandLineOption> options = command.options() + QList<QCommandLineOption>{helpOption()};
    for (const QCommandLineOption &option : options) {
        if (!isHidden(option))
            rows.append({optionLabel(option), option.description()});
    }
    writeTable(stream, rows);
}

// "cwb info PATH [--json]"
QString CliApp::synopsis(const CliCommand &command)
{
    QStringList words{programName, command.name()};
    words += command.argumentNames();
    for (const QCommandLineOption &option : command.options()) {
        if (isHidden(option))
            continue;
        QString word = QStringLiteral("--") + option.names().constLast();
        if (!option.valueName().isEmpty())
            word += QLatin1Char(' ') + option.valueName();
        if (command.requiredOptions().contains(option.names().constLast()))
            words << word;
        else
            words << QLatin1Char('[') + word + QLatin1Char(']');
    }
    return words.join(QLatin1Char(' '));
}

} // namespace cw
