#pragma once

#include "domain/pack.h"
#include "services/carriedforward.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

namespace cw {

class Database;
class ScorecardService;

// Use cases on scrutiny packs: versions, sections, items, lines of enquiry, the review
// workflow, key facts and the comparison between approved versions.
//
// Rules: only a Draft or InReview pack can be edited (an approved one is frozen; start a new
// version to change it). Draft → InReview (submitForReview) → Approved (approve); InReview →
// Draft (returnToDraft). Approval requires InReview. Each transition records who and when.
// One pack lineage per meeting: versions 1, 2, …; a new version can only be started from the
// latest version, and only when that is approved.
//
// The freeze: approve() records the newest import batch as the pack's vintage and stores each
// measure item's key facts (text and numbers) computed as of that batch. An approved pack shows
// the stored facts from then on, so its numbers do not move when data are imported later, a
// batch is removed, or the analysis methods change. The vintage is kept so charts can draw the
// series as they stood (ScorecardOptions::asOfBatch) and for "data as of …".
//
// Every write runs in one transaction, records author and time in the audit log and emits a
// precise change event. Insert calls keep non-zero ids and non-empty uids so undo commands
// restore exactly what was removed.
class PackService : public QObject
{
    Q_OBJECT

public:
    PackService(Database &db, ScorecardService &scorecards, QObject *parent = nullptr);

    // The versions of a meeting's pack, oldest first.
    Result<QList<PackVersion>> versions(qint64 meetingId) const;
    // A whole pack with its sections and items (and frozen facts when approved).
    Result<Pack> pack(qint64 packId) const;
    // A meeting's latest pack version; an error when the meeting has none.
    Result<Pack> latestPack(qint64 meetingId) const;
    // A given version (1, 2, …) of a meeting's pack.
    Result<Pack> packVersion(qint64 meetingId, int version) const;
    Result<PackItem> item(qint64 itemId) const;
    Result<PackSection> section(qint64 sectionId) const;

    // --- versions ---
    // Version 1 of a meeting's pack: a draft with the default sections ("Performance",
    // "Narrative", "Key lines of enquiry", "Actions carried forward"). Refused if it has one.
    Result<Pack> createPack(qint64 meetingId);
    // Version 1 copying the structure of the latest pack of the previous meeting of the same
    // kind: its sections and items (measure specs, narrative, lines of enquiry) with new uids
    // and no frozen facts. Refused when the meeting already has a pack or there is none to copy.
    Result<Pack> startFromLastPack(qint64 meetingId);
    // The next version, a draft copy of the latest (approved) version keeping every uid.
    Result<Pack> startNewVersion(qint64 meetingId);
    // Re-inserts a whole pack exactly (redo of a creation); ids and uids are kept.
    Result<Pack> insertPack(const Pack &pack);
    // Removes one pack version (undo of a creation). Only the latest version, and not an
    // approved one.
    Result<void> removePack(qint64 packId);

    // --- workflow (recorded decisions, not undoable edits) ---
    Result<Pack> submitForReview(qint64 packId);
    Result<Pack> returnToDraft(qint64 packId);
    Result<Pack> approve(qint64 packId);

    // --- sections --- (the pack must be editable)
    Result<PackSection> insertSection(qint64 packId, const PackSection &section, int position);
    Result<PackSection> updateSection(const PackSection &section); // the title
    Result<void> removeSection(qint64 sectionId);                  // with its items
    Result<void> moveSection(qint64 sectionId, int toPosition);

    // --- items --- (the pack must be editable; items validated: a measure item needs a
    // measure code that exists in its plan and at least one known area; a line of enquiry
    // needs a question; periods must be month keys)
    Result<PackItem> insertItem(qint64 sectionId, const PackItem &item, int position);
    // Replaces an item's fields (title, visibility, body, measure spec, lines of enquiry).
    Result<PackItem> updateItem(const PackItem &item);
    Result<void> removeItem(qint64 itemId);
    // Moves an item to `toPosition` in `toSectionId` (of the same pack), counted after the item
    // is taken out of its place.
    Result<void> moveItem(qint64 itemId, qint64 toSectionId, int toPosition);

    // --- numbers ---
    // The key facts of a measure item, one per area: the frozen ones when its pack is approved,
    // otherwise generated now from the current data.
    Result<QList<KeyFact>> keyFacts(qint64 itemId) const;
    // Generates a measure spec's key facts from the data as of `asOfBatch` (0: current).
    Result<QList<KeyFact>> generateKeyFacts(const MeasureItemSpec &spec, qint64 asOfBatch = 0) const;
    // The number each line of enquiry is shown with (1, 2, …) in the pack, by line uid.
    static QHash<QString, int> enquiryNumbers(const Pack &pack);

    // The clock for the times the service records (created, submitted, approved, audit);
    // the system clock by default. The demo sets it to tell a past meeting's story.
    void setClock(std::function<QDateTime()> clock);

    // --- actions carried forward ---
    // Where the live list comes from (the workspace's ActionService); none: an empty list.
    void setCarriedForwardSource(const CarriedForwardSource *source);
    // What a pack's "Actions carried forward" items show: the list frozen with the pack when it
    // is approved (approve() stores the source's list as it stood), otherwise the source's live
    // list for the pack's meeting.
    Result<QList<CarriedForwardAction>> carriedForward(qint64 packId) const;
    // What changed in the key numbers between the previous approved version of the meeting's
    // pack and `packId` (its frozen facts when approved, current facts otherwise).
    Result<PackVersionDiff> changesSincePreviousApproved(qint64 packId) const;

Q_SIGNALS:
    void packInserted(const cw::Pack &pack);
    void packChanged(const cw::Pack &pack); // workflow fields (status, who, when, vintage)
    void packRemoved(qint64 meetingId, qint64 packId);
    void sectionInserted(qint64 packId, const cw::PackSection &section, int row);
    void sectionChanged(const cw::PackSection &section);
    void sectionRemoved(qint64 packId, qint64 sectionId);
    void sectionMoved(qint64 packId, qint64 sectionId, int fromRow, int toRow);
    void itemInserted(qint64 sectionId, const cw::PackItem &item, int row);
    void itemChanged(const cw::PackItem &item);
    void itemRemoved(qint64 sectionId, qint64 itemId);
    void itemMoved(qint64 itemId, qint64 fromSectionId, int fromRow, qint64 toSectionId, int toRow);
    void failed(const cw::Error &error);

private:
    Error fail(const QString &message, const QString &detail = {}) const;
    std::optional<Error> checkEditable(qint64 packId) const;
    std::optional<Error> validate(const PackItem &item) const;

    Database &m_db;
    ScorecardService &m_scorecards;
    const CarriedForwardSource *m_carriedForward = nullptr;
    std::function<QDateTime()> m_clock = &QDateTime::currentDateTimeUtc;
};

} // namespace cw
