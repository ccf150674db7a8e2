#pragma once

#include "domain/meeting.h"
#include "domain/pack.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <memory>

// The error message of a failed result, for QVERIFY2 (which builds its message even on success).
template <typename T>
QByteArray why(const cw::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

// A small workspace for the meetings, packs and annotations tests: no demo data, but two
// years of monthly homicide counts for London imported from a tidy file, so that key facts
// have worked numbers:
//   2023: 10 a month → 12 months to December 2023 = 120
//   2024:  8 a month → 12 months to December 2024 =  96 (−20%)
class MeetingFixture
{
public:
    MeetingFixture();

    cw::Workspace &ws() { return *m_ws; }
    // Imports a tidy CSV body (header added); returns the batch id (0 when refused).
    qint64 importTidy(const QByteArray &rows, const QString &name);
    // A London Policing Board meeting `days` from 2025-01-15 10:00 UTC.
    cw::Meeting addMeeting(int days, const QString &title,
                           cw::MeetingKind kind = cw::MeetingKind::LondonPolicingBoard);
    // A measure item on HOMICIDE for London.
    static cw::PackItem homicideItem(const QString &title = QStringLiteral("Homicide"));
    static cw::PackItem linesItem(const QStringList &questions);
    // The pack's section of the given title.
    static const cw::PackSection &section(const cw::Pack &pack, int row) { return pack.sections.at(row); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<cw::Workspace> m_ws;
    int m_files = 0;
};
