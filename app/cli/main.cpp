#include <cstdio>
#include <cstring>
#include <memory>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHashFunctions>
#include <QTextStream>

#include "cliapp.h"
#include "util/translations.h"

namespace {

// Only `cwb export` paints (fonts, PDF pages) and so needs a QGuiApplication; it runs on the
// offscreen platform unless told otherwise, so no display is needed. Everything else needs no
// GUI platform at all.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] != '-')
            return std::strcmp(argv[i], "export") == 0;
    }
    return false;
}

} // namespace

// `cwb`: the command-line face of Challenge Workbench.
int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        // QPdfWriter writes fonts in QHash order; a fixed seed makes a fixed --timestamp give the
        // same bytes on every run.
        QHashSeed::setDeterministicGlobalSeed();
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("cwb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CWB_VERSION));
    cw::installTranslations(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    cw::CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
