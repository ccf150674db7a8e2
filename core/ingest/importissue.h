#pragma once

#include <QList>
#include <QString>

namespace cw {

// A problem found in an input file, located for the person who has to fix it.
// `line` is the 1-based physical line where the record starts; `column` is the 1-based field
// number (0 when the problem is about the whole line or file).
struct ImportIssue
{
    qint64 line = 0;
    int column = 0;
    QString message;
    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

} // namespace cw
