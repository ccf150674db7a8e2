#pragma once

#include <QElapsedTimer>
#include <QString>

class QTextStream;

namespace cw {

// A one-line "Reading FILE: 42%" indicator on standard error, drawn only when standard error
// is a terminal (never in logs, pipes or tests). It redraws at most ten times a second and
// clears its line when done.
class TerminalProgress
{
public:
    // `err` must be the stream on standard error and outlive this object.
    TerminalProgress(QTextStream &err, const QString &label);
    ~TerminalProgress();

    TerminalProgress(const TerminalProgress &) = delete;
    TerminalProgress &operator=(const TerminalProgress &) = delete;

    static bool isTerminal();

    void update(qint64 done, qint64 total);
    void clear();

private:
    QTextStream &m_err;
    QString m_label;
    QElapsedTimer m_sinceDrawn;
    int m_percent = -1;
    bool m_enabled = false;
    bool m_drawn = false;
};

} // namespace cw
