#include "mainwindow/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace cw {

namespace {

QString settingsKey()
{
    return QStringLiteral("recentWorkspaces");
}

QString normalised(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

QStringList RecentFiles::files() const
{
    const QSettings settings;
    return settings.value(settingsKey()).toStringList();
}

QString RecentFiles::mostRecent() const
{
    const QStringList list = files();
    return list.isEmpty() ? QString() : list.constFirst();
}

void RecentFiles::add(const QString &path)
{
    const QString entry = normalised(path);
    QStringList list = files();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > MaxCount)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(normalised(path)) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

QStringList RecentFiles::pruneMissing()
{
    QStringList kept;
    QStringList missing;
    const QStringList list = files();
    for (const QString &file : list) {
        if (QFileInfo::exists(file))
            kept.append(file);
        else
            missing.append(file);
    }
    if (!missing.isEmpty())
        store(kept);
    return missing;
}

void RecentFiles::store(const QStringList &files)
{
    QSettings settings;
    if (files.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), files);
}

} // namespace cw
