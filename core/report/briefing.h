#pragma once

#include "analysis/trajectory.h"
#include "domain/enums.h"
#include "domain/pack.h"
#include "domain/plan.h"
#include "domain/visibility.h"
#include "report/edition.h"
#include "services/carriedforward.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw {

// The briefing of a meeting as a document model (issue 7): what goes into it, in reading order,
// with every number already computed and every piece of content carrying its visibility. Pure
// data — no services, no rendering — so that the redaction rule (redact()) and the renderers
// (PDF, ODT) can be tested apart. BriefingBuilder fills it from a workspace; it always builds
// the whole (internal) briefing, and redact() makes an edition from it.

struct BriefingCover
{
    QString title;        // e.g. "Briefing: London Policing Board"
    QString meetingKind;  // displayName(MeetingKind)
    QString meetingTitle; // the meeting's title or theme
    QDateTime meetingStartsAt;
    QString location;
    QString chair;
    int packVersion = 0;
    PackStatus packStatus = PackStatus::Draft;
    QString approvedBy; // empty unless approved
    QDateTime approvedAt;
    QString dataAsOf;      // "data as of …": the approved vintage, or the newest import now
    QDateTime generatedAt; // when the briefing was made (fixed by `cwb export --timestamp`)
    friend bool operator==(const BriefingCover &, const BriefingCover &) = default;
};

// One line of the status summary: a measure item's status in its first area, with the same
// parts as the scorecard. For an approved pack the latest value and change flag are the frozen
// key fact's; status and comparator are computed from the data as of the pack's vintage.
struct StatusSummaryRow
{
    QString itemUid;
    Visibility visibility = Visibility::Internal;
    QString title; // the item's title
    QString measureCode;
    QString areaName;
    Unit unit = Unit::Count;
    QString latestPeriod; // period key
    std::optional<double> latestValue;
    std::optional<double> baselineValue;
    QString baselinePeriod;
    std::optional<double> targetValue;
    QString targetText;
    TrajectoryStatus status = TrajectoryStatus::InsufficientData; // the effective status
    bool statusOverridden = false;                                // an officer judgement is in force
    QString changeFlag;                                           // ChangeFlag stable name
    QString comparatorFlag; // "better", "same", "worse", "not_available"
    friend bool operator==(const StatusSummaryRow &, const StatusSummaryRow &) = default;
};

// One point of a chart series, in the measure's units.
struct BriefingChartPoint
{
    QString periodKey;
    QString label; // Period::label()
    double value = 0;
    std::optional<double> trajectory; // the trajectory value for the period (first area only)
    friend bool operator==(const BriefingChartPoint &, const BriefingChartPoint &) = default;
};

struct BriefingChartSeries
{
    QString areaCode;
    QString areaName;
    QList<BriefingChartPoint> points; // oldest first, within the item's period range
    friend bool operator==(const BriefingChartSeries &, const BriefingChartSeries &) = default;
};

// A key line of enquiry with the number it is shown with. `visibility` is the effective one:
// internal when the line or the item holding it is internal.
struct BriefingEnquiry
{
    QString uid;
    int number = 0;
    QString question;
    QString measureCode; // may be empty
    Visibility visibility = Visibility::Internal;
    friend bool operator==(const BriefingEnquiry &, const BriefingEnquiry &) = default;
};

// One annotation of a thread. `visibility` is the effective one (effectiveVisibility()).
struct BriefingComment
{
    QString uid;
    QString text;
    QString author;
    QDateTime createdAt;
    Visibility visibility = Visibility::Internal;
    friend bool operator==(const BriefingComment &, const BriefingComment &) = default;
};

struct BriefingThread
{
    QString about; // what it is on, e.g. "Robbery" or "Robbery, Westminster, August 2025"
    bool resolved = false;
    BriefingComment root;
    QList<BriefingComment> replies; // time order
    friend bool operator==(const BriefingThread &, const BriefingThread &) = default;
};

// A measure page.
struct BriefingMeasure
{
    QString itemUid;
    Visibility visibility = Visibility::Internal;
    QString sectionTitle; // the pack section holding the item
    QString title;
    QString measureCode;
    QString measureTitle;
    Unit unit = Unit::Count;
    Polarity polarity = Polarity::LowerIsBetter;
    ChartKind chart = ChartKind::Line;
    std::optional<double> baselineValue;
    QList<KeyFact> keyFacts;                // one per area, in the item's order (frozen when approved)
    QList<BriefingChartSeries> series;      // one per area, in the item's order
    QList<BriefingEnquiry> linkedEnquiries; // lines of enquiry linked to the measure
    QList<BriefingThread> commentary;       // threads on the item and on its data points
    bool hasBoroughTable() const { return keyFacts.size() > 1; }
    friend bool operator==(const BriefingMeasure &, const BriefingMeasure &) = default;
};

struct BriefingNarrative
{
    QString itemUid;
    Visibility visibility = Visibility::Internal;
    QString sectionTitle;
    QString title;
    QString html; // the pack's rich text
    friend bool operator==(const BriefingNarrative &, const BriefingNarrative &) = default;
};

// The action log: the pack's "Actions carried forward" (frozen with an approved pack).
// `present` is false when the pack has no such item; the log is as visible as the item.
struct BriefingActionLog
{
    bool present = false;
    Visibility visibility = Visibility::Internal;
    QList<CarriedForwardAction> actions; // overdue first (as ActionService orders them)
    friend bool operator==(const BriefingActionLog &, const BriefingActionLog &) = default;
};

// One entry of the sources and definitions appendix: a measure shown in the briefing.
struct BriefingDefinition
{
    QString measureCode;
    QString title;
    QString definition;
    QString source;
    QStringList attributions; // "source name: licence" of the sources of its indicators
    QString targetText;
    QList<SeriesBreak> breaks;
    friend bool operator==(const BriefingDefinition &, const BriefingDefinition &) = default;
};

// The parts of a briefing in reading order; what the contents list and the renderers follow.
enum class BriefingPart {
    StatusSummary,
    Measures,
    Narrative, // narrative items
    LinesOfEnquiry,
    ActionLog,
    Annotations,
    Appendix
};

struct Briefing
{
    Edition edition = Edition::Internal;
    BriefingCover cover;
    QList<StatusSummaryRow> summary;
    QList<BriefingMeasure> measures;
    QList<BriefingNarrative> narratives;
    QList<BriefingEnquiry> enquiries;
    BriefingActionLog actionLog;
    // Threads not shown on a measure page (on narrative or lines of enquiry items, or on data
    // points of measures the pack does not show). The whole part is internal.
    QList<BriefingThread> annotations;
    QList<BriefingDefinition> appendix;

    QString marking() const { return protectiveMarking(edition); }
    friend bool operator==(const Briefing &, const Briefing &) = default;
};

// The parts a briefing has, in reading order: empty parts are left out; Annotations only in the
// internal edition. The cover and the contents come before them.
QList<BriefingPart> briefingParts(const Briefing &briefing);
QString displayName(BriefingPart part); // "Status summary", … (translated)

} // namespace cw
