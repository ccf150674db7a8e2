#include "util/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace cw {

bool installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    const QString prefix = QStringLiteral("challenge-workbench");
    const QString dir = QStringLiteral(":/i18n");
    if (translator->load(QLocale(), prefix, QStringLiteral("_"), dir) ||
        translator->load(prefix + QStringLiteral("_en_GB"), dir)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace cw
