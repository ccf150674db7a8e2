#pragma once

#include <QString>

namespace cw {

// Checks a file before it is opened for writing: it must be an SQLite database that passes
// the integrity check, carries the Workbench's format marker, and has a schema version this
// build knows. Everything is read through a read-only connection, so a refused file is left
// byte-for-byte as it was — except that an interrupted write (a hot rollback journal beside
// the file) is first rolled back, which restores the file to its last committed state.
// Throws WorkspaceRefused with a sentence naming the file.
class WorkspaceFile
{
public:
    static constexpr const char *formatMarker = "challenge-workbench";

    // Returns the file's schema version.
    static int check(const QString &path);
};

} // namespace cw
