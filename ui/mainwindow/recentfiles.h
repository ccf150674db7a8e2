#pragma once

#include <QStringList>

namespace cw {

// The list of recently opened workspaces, newest first, kept in QSettings under
// "recentWorkspaces" (organisation and application names are set by main()). Paths are
// stored absolute and compared after cleaning, so one file appears once.
class RecentFiles
{
public:
    static constexpr int MaxCount = 8;

    QStringList files() const;
    QString mostRecent() const; // empty when there is none

    // Puts `path` first, dropping an older entry for it and anything beyond MaxCount.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    // Drops entries whose file no longer exists and returns them (for a message).
    QStringList pruneMissing();

private:
    void store(const QStringList &files);
};

} // namespace cw
