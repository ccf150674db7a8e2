#pragma once

#include "domain/action.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace cw {

// The columns of the exported action log (CSV and XLSX share them), in order:
// Reference, Title, Detail, Meeting, Meeting date, MPS owner organisation, MPS owner role,
// MOPAC lead, Due date, Priority, Status, Overdue ("Yes"/""), Days overdue, Superseded by,
// Measures, Latest update date, Latest update, Follow-ups.
// Dates are ISO "YYYY-MM-DD"; overdue is measured against `today`.
QStringList actionLogHeaders();
QStringList actionLogRow(const Action &action, const QDate &today);

} // namespace cw
