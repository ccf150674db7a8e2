#include "terminalprogress.h"

#include <algorithm>

#include <unistd.h>

#include <QCoreApplication>
#include <QTextStream>

namespace cw {

TerminalProgress::TerminalProgress(QTextStream &err, const QString &label)
    : m_err(err)
    , m_label(label)
    , m_enabled(isTerminal())
{}

TerminalProgress::~TerminalProgress()
{
    clear();
}

bool TerminalProgress::isTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

void TerminalProgress::update(qint64 done, qint64 total)
{
    if (!m_enabled || total <= 0)
        return;
    const int percent = static_cast<int>(std::min<qint64>(100, done * 100 / total));
    if (percent == m_percent || (m_drawn && m_sinceDrawn.isValid() && m_sinceDrawn.elapsed() < 100))
        return;
    m_percent = percent;
    m_sinceDrawn.start();
    m_drawn = true;
    //: Progress on a terminal while a file is read; %1 is the file, %2 the percentage done
    m_err << QStringLiteral("\r\x1b[K")
          << QCoreApplication::translate("cw::TerminalProgress", "Reading %1: %2%").arg(m_label).arg(percent);
    m_err.flush();
}

void TerminalProgress::clear()
{
    if (!m_drawn)
        return;
    m_err << QStringLiteral("\r\x1b[K");
    m_err.flush();
    m_drawn = false;
}

} // namespace cw
