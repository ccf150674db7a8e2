#pragma once

#include "domain/visibility.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw {

// A scrutiny pack: what officers prepare for a meeting, advisers annotate and the Deputy
// Mayor's office approves. One pack lineage per meeting, in numbered versions.
//
// Identity: every pack, section, item and line of enquiry has a `uid` (a UUID without braces).
// A new version of a pack copies the uids of everything it copies, so annotations and the
// version comparison (which anchor to uids, never to row ids) follow the content across
// versions and re-imports. "Start from the last pack" (a different meeting) makes fresh uids.
// Stable names (toName/…FromName) are the storage and JSON contract; never rename one.

enum class PackStatus { Draft, InReview, Approved };
enum class PackItemKind { Measure, Narrative, LinesOfEnquiry, ActionsCarriedForward };
enum class ChartKind { Line, Bar, ControlChart, Table };
// The comparison a measure item makes (statistics.md, "Counts"). Survey proportions always use
// the non-overlapping survey years, whatever is chosen here.
enum class PackComparison { Rolling12Months, QuarterOnYear, FinancialYear };

QString toName(PackStatus value);     // "draft", "in_review", "approved"
QString toName(PackItemKind value);   // "measure", "narrative", "lines_of_enquiry", "actions_carried_forward"
QString toName(ChartKind value);      // "line", "bar", "control_chart", "table"
QString toName(PackComparison value); // "rolling_12_months", "quarter_on_year", "financial_year"
std::optional<PackStatus> packStatusFromName(const QString &name);
std::optional<PackItemKind> packItemKindFromName(const QString &name);
std::optional<ChartKind> chartKindFromName(const QString &name);
std::optional<PackComparison> packComparisonFromName(const QString &name);
QString displayName(PackStatus value); // "Draft", "In review", "Approved" (translated)
QString displayName(PackItemKind value);
QString displayName(ChartKind value);
QString displayName(PackComparison value);

// What a measure item shows. The measure is named by plan code and measure code (stable
// across workspaces and plan copies), never by row id.
struct MeasureItemSpec
{
    QString planCode;                                   // empty: the first plan (as ScorecardOptions)
    QString measureCode;                                // required for a measure item
    QStringList areaCodes{QStringLiteral("E23000001")}; // at least one; key facts per area, in order
    QString fromPeriod; // month key "YYYY-MM" the chart starts at; empty: the whole series
    QString toPeriod;   // month key the chart and the key facts end at; empty: the latest data
    ChartKind chart = ChartKind::Line;
    PackComparison comparison = PackComparison::Rolling12Months;
    friend bool operator==(const MeasureItemSpec &, const MeasureItemSpec &) = default;
};

// One key fact of a measure item for one area: the generated plain-English sentence and the
// numbers behind it. Generated from the analysis while a pack is editable; stored with the pack
// at approval (see PackService::approve), so an approved pack keeps its numbers.
struct KeyFact
{
    QString areaCode;
    QString areaName;
    QString text;         // e.g. "Robbery fell 8% in the 12 months to January 2025 compared with …"
    QString comparison;   // e.g. "12 months to January 2025 against 12 months to January 2024"
    QString latestPeriod; // period key of the latest value shown
    std::optional<double> latestValue;
    std::optional<double> current;
    std::optional<double> previous;
    std::optional<double> percent; // percent change (counts); absent below the small-number base
    std::optional<double> points;  // change in percentage points (proportions)
    std::optional<double> pValue;
    QString testName; // "Poisson z", "exact binomial", "two-proportion z"
    QString flag;     // ChangeFlag stable name, e.g. "significant_improvement"
    friend bool operator==(const KeyFact &, const KeyFact &) = default;
};

// A key line of enquiry: a question for the MPS. Numbered by its place in the pack (all lines
// of enquiry items in order, counting from 1), optionally linked to a measure code.
struct LineOfEnquiry
{
    qint64 id = 0;
    QString uid;
    QString question;
    QString measureCode; // optional link to a measure of the pack's plan
    Visibility visibility = Visibility::Internal;
    friend bool operator==(const LineOfEnquiry &, const LineOfEnquiry &) = default;
};

// One item of a section. Which fields matter depends on `kind`:
//  Measure: `measure` (and `frozenFacts` once approved);
//  Narrative: `body`, rich text as HTML (headings, bold, italics, lists; QTextDocument::toHtml);
//  LinesOfEnquiry: `enquiries`, in order;
//  ActionsCarriedForward: nothing yet — filled from the actions log once issue 6 lands.
struct PackItem
{
    qint64 id = 0;
    qint64 sectionId = 0;
    QString uid;
    PackItemKind kind = PackItemKind::Narrative;
    QString title;
    Visibility visibility = Visibility::Internal;
    QString body;
    MeasureItemSpec measure;
    QList<LineOfEnquiry> enquiries;
    QList<KeyFact> frozenFacts; // only in an approved pack: the key facts as approved
    friend bool operator==(const PackItem &, const PackItem &) = default;
};

// A new narrative item and a new line of enquiry (not yet stored: no ids or uids).
PackItem narrativeItem(const QString &title, const QString &html, Visibility visibility);
LineOfEnquiry lineOfEnquiry(const QString &question, const QString &measureCode, Visibility visibility);

struct PackSection
{
    qint64 id = 0;
    qint64 packId = 0;
    QString uid;
    QString title;
    QList<PackItem> items; // in order
    friend bool operator==(const PackSection &, const PackSection &) = default;
};

// One version of a meeting's pack. `uid` names the lineage: every version of the same
// meeting's pack shares it. Workflow fields record who moved the pack and when (UTC).
// An approved pack is frozen: `vintageBatchId` is the newest import batch at approval (the data
// "as of" which it was approved, 0 when the workspace held no data) and `vintageAt` that
// batch's import time; its measure items carry their key facts in `frozenFacts`.
struct Pack
{
    qint64 id = 0;
    QString uid;
    qint64 meetingId = 0;
    int version = 1;
    PackStatus status = PackStatus::Draft;
    qint64 basedOnPackId = 0; // the version (or other meeting's pack) this one was started from
    QString createdBy;
    QDateTime createdAt;
    QString submittedBy; // sent for review
    QDateTime submittedAt;
    QString approvedBy;
    QDateTime approvedAt;
    qint64 vintageBatchId = 0;
    QString vintageLabel; // the batch's label, for "data as of …"
    QDateTime vintageAt;
    QList<PackSection> sections; // in order

    bool isEditable() const { return status != PackStatus::Approved; }
    friend bool operator==(const Pack &, const Pack &) = default;
};

// A pack version in lists (no contents).
struct PackVersion
{
    qint64 id = 0;
    qint64 meetingId = 0;
    int version = 1;
    PackStatus status = PackStatus::Draft;
    QString approvedBy;
    QDateTime approvedAt;
    qint64 vintageBatchId = 0;
};

// How one key number of a measure item moved between the previous approved version and this
// one (PackService::changesSincePreviousApproved). Items are matched by uid, areas by code.
struct KeyFactChange
{
    QString itemUid;
    QString itemTitle;
    QString measureCode;
    QString areaCode;
    QString field;  // "latest_value", "current", "previous", "percent", "points", "flag", "text"
    QString before; // as displayed, empty when absent
    QString after;
};

struct PackVersionDiff
{
    qint64 previousPackId = 0; // 0: no earlier approved version (everything is new)
    int previousVersion = 0;
    QList<KeyFactChange> changes;
    QStringList addedItemUids;   // measure items new in this version
    QStringList removedItemUids; // measure items the previous approved version had
};

} // namespace cw
