#pragma once

#include "clicommand.h"

namespace cw {

// `cwb export WORKSPACE --meeting ID --edition public|internal [--format pdf|odt]
// [--timestamp ISO] -o FILE`: the meeting's briefing as a PDF (or ODT for a word processor), in
// one edition (redact()). ID is the meeting's
// number or uid; --version picks a pack version (default the latest). With --timestamp (an ISO
// date and time, UTC when no zone is given) the briefing says it was produced then and the file
// is the same byte for byte on every run. Ctrl+C cancels a PDF export; nothing is written then.
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override;
    QString summary() const override;
    QStringList argumentNames() const override;
    QList<QCommandLineOption> options() const override;
    QStringList requiredOptions() const override;
    QString checkArguments(const QCommandLineParser &parser) const override;
    ExitStatus run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace cw
