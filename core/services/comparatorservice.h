#pragma once

#include "analysis/comparator.h"
#include "domain/plan.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace cw {

class Database;

// A measure compared with England and Wales and the most similar forces (statistics.md,
// Comparators), from the national figures imported into the workspace (`ons.pfa`).
struct ComparatorResult
{
    ComparatorFlag flag = ComparatorFlag::NotAvailable; // against England and Wales, else the forces
    QString note;          // in words: the change, the peer's, the matched period and the lag
    QString definition;    // which national figures stand for the measure, with any caveat
    QString matchedPeriod; // e.g. "R12:2019-09"; empty when none
    QString matchedLabel;  // e.g. "12 months to September 2019"
    int lagMonths = 0;     // the scorecard's month minus the matched period's last month
    std::optional<double> subjectCurrent;
    std::optional<double> subjectPrevious;
    std::optional<double> subjectChange; // percent
    std::optional<double> subjectRate;   // per 1,000 residents
    QList<PeerComparison> peers;         // England and Wales first, then the forces
};

// Compares a measure's change in an area with its national peers on matched periods. The
// measures with national comparators and the published figures standing for them are listed
// in resources/comparators.json; the subject's figures come from the same national table, so
// both sides follow the same counting rules.
class ComparatorService : public QObject
{
    Q_OBJECT

public:
    explicit ComparatorService(Database &db, QObject *parent = nullptr);

    // The latest rolling-12-month period ending on or before `asOfMonth` (YYYY-MM; empty: the
    // latest held) for which the subject has both that period and the one a year earlier.
    // A measure without a national comparator, or with no matched period, gives
    // ComparatorFlag::NotAvailable with the reason in `note` (not an error); only a storage
    // failure or a malformed as-of month is an Error.
    Result<ComparatorResult> compare(const Measure &measure, const QString &subjectAreaCode,
                                     const QString &asOfMonth = {}, qint64 asOfBatch = 0) const;

    void setOptions(const ComparatorOptions &options) { m_options = options; }
    ComparatorOptions options() const { return m_options; }

private:
    Database &m_db;
    ComparatorOptions m_options;
};

} // namespace cw
