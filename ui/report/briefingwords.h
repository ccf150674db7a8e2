#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cw {

// The words a briefing shows for stable names it holds, the same as the Workbench's:
// a ChangeFlag name ("significant_improvement" → "Significant improvement") and a comparator
// flag ("better" → "Better", "same" → "Similar", "worse" → "Worse", else "Not available").
QString changeFlagWords(const QString &name);
QString comparatorWords(const QString &flag);

struct KeyFact;

// Dates as a briefing prints them (English, United Kingdom): a date "4 Oct 2026" (empty when
// invalid); a moment's UTC date, or the given format of its UTC time; and when a meeting starts
// as people in London read it, "Sunday 11 October 2026, 10:00" (London time, or UTC, said so,
// where the time zone database is missing).
QString briefingDate(const QDate &date);
QString briefingDate(const QDateTime &at, const QString &format = QStringLiteral("d MMMM yyyy"));
QString londonTime(const QDateTime &at);
// A key fact's change: "−2.9%", "+1.5 points", or "–" when there is none.
QString keyFactChange(const KeyFact &fact);

} // namespace cw
