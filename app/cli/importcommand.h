#pragma once

#include "clicommand.h"

namespace cw {

struct ImportReport;

// `cwb import WORKSPACE FILE... [--format NAME] [--skip-invalid] [--json]`: imports each file
// in turn, one batch per file, all or nothing. Exit status 0 when every file was imported or
// was already there, 3 when any was rejected as invalid, 1 when any import failed or was
// cancelled.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QStringList argumentNames() const override;
    bool repeatsLastArgument() const override { return true; }
    QList<QCommandLineOption> options() const override;
    QString checkArguments(const QCommandLineParser &parser) const override;
    ExitStatus run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    static void writeSummary(QTextStream &out, const ImportReport &report, const QString &file);
    static void writeIssues(QTextStream &err, const ImportReport &report, const QString &file);
};

} // namespace cw
