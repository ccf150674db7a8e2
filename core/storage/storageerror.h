#pragma once

#include <QString>

#include <stdexcept>

namespace cw {

// Thrown by storage when the database refuses a statement. Carries the driver's text and the
// SQL so that services can log the detail and show the user a plain sentence.
class StorageError : public std::runtime_error
{
public:
    StorageError(const QString &message, const QString &driverText = {}, const QString &sql = {});

    QString message() const { return m_message; }
    QString driverText() const { return m_driverText; }
    QString sql() const { return m_sql; }
    QString detail() const; // driver text and SQL, for "show details" and logs

private:
    QString m_message;
    QString m_driverText;
    QString m_sql;
};

// Thrown when a file cannot be opened as a workspace (not a workspace, corrupt, written by a
// newer version). The file is left untouched.
class WorkspaceRefused : public StorageError
{
public:
    using StorageError::StorageError;
};

} // namespace cw
