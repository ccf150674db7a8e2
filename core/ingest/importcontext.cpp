#include "ingest/importcontext.h"

namespace cw {

ImportContext::ImportContext(const AreaResolver &areas, const QString &fileName)
    : m_areas(areas)
    , m_fileName(fileName)
{}

void ImportContext::keep(qint64 line, int column, const QString &message)
{
    ++m_issueCount;
    if (m_issues.size() < maxIssuesKept)
        m_issues.append({line, column, message});
}

void ImportContext::reject(qint64 line, int column, const QString &message)
{
    if (!m_currentRejected) {
        m_currentRejected = true;
        ++m_counters.rowsRejected;
    }
    keep(line, column, message);
}

void ImportContext::fail(qint64 line, int column, const QString &message)
{
    m_failed = true;
    keep(line, column, message);
}

} // namespace cw
