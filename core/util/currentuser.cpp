#include "util/currentuser.h"

#include <QSettings>
#include <QtGlobal>

namespace cw {

namespace {

const QString kSettingsKey = QStringLiteral("user/name");

QString environmentUser()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

QString currentUserName()
{
    const QString fromEnvironment = qEnvironmentVariable("CW_USER").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString configured = QSettings().value(kSettingsKey).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    const QString account = environmentUser();
    return account.isEmpty() ? QStringLiteral("unknown") : account;
}

void setConfiguredUserName(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, name.trimmed());
}

} // namespace cw
