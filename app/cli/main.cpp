#include <cstdio>

#include <QCoreApplication>
#include <QTextStream>

#include "cliapp.h"
#include "util/translations.h"

// `cwb`: the command-line face of Challenge Workbench. Core only: no GUI platform needed.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cwb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CWB_VERSION));
    cw::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    cw::CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
