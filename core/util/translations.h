#pragma once

class QCoreApplication;

namespace cw {

// Loads the embedded catalogue (`:/i18n/challenge-workbench_<locale>.qm`) for the system
// locale, falling back to en_GB, and installs it on the application. Returns whether one loaded.
bool installTranslations(QCoreApplication &app);

} // namespace cw
