#pragma once

#include "clicommand.h"

namespace cw {

struct Pack;

// `cwb pack WORKSPACE --meeting ID [--version N] [--json]`: a meeting's scrutiny pack — status
// and who moved it, the frozen vintage ("data as of …") when approved, the items in order with
// generated (or frozen) key facts, numbered lines of enquiry and annotations with their
// visibility, and what changed in the numbers since the previous approved version.
// ID is the meeting's number (as `cwb meetings` lists) or its uid; the latest version is shown
// unless --version says otherwise.
class PackCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PackCommand)

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
