#pragma once

#include <QString>

namespace cw {

// The name recorded as the author of every change (overrides, annotations, approvals,
// follow-ups). It is the user name configured in the settings (`user/name`), or the
// operating-system account name when none is configured, or "unknown" when neither is
// available. The `CW_USER` environment variable takes precedence (used by the command line
// and by tests).
QString currentUserName();

// Stores the configured user name in the settings; an empty name restores the default.
void setConfiguredUserName(const QString &name);

} // namespace cw
