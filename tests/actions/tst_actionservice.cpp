// ActionService: references, derived overdue, status rules, append-only follow-ups, the audit
// log, carry-forward into packs (live and frozen at approval), the review session and the undo
// commands. Meetings are placed relative to 2025-01-15 10:00 UTC (MeetingFixture::addMeeting).
#include "actiontestdata.h"

#include "commands/editactioncommand.h"
#include "commands/insertactioncommand.h"
#include "models/reviewsession.h"
#include "services/packservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace cw;

class TestActionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referencesPerKindAndYearNeverReused();
    void overdueIsDerivedAgainstADate();
    void statusChangesFollowTheRules();
    void followUpsAreAppendOnly();
    void everyChangeIsAudited();
    void ownersAreSuggestedFromEarlierEntries();
    void carriesForwardIntoTheNextPackAndFreezesAtApproval();
    void reviewSessionStepsThroughOutstandingActions();
    void undoCommandsEditAndAdd();
};

void TestActionService::referencesPerKindAndYearNeverReused()
{
    MeetingFixture f;
    ActionService &actions = f.ws().actions();
    const Meeting lpb = f.addMeeting(0, QStringLiteral("Board")); // 2025-01-15
    const Meeting mc =
        f.addMeeting(20, QStringLiteral("Challenge"), MeetingKind::MopacChallenge); // 2025-02-04
    const Meeting lpbNextYear = f.addMeeting(365, QStringLiteral("Board 2026"));    // 2026-01-15
    const QDate due(2025, 3, 31);
    auto a1 = actions.insertAction(newAction(lpb.id, QStringLiteral("One"), due));
    QVERIFY2(a1.ok(), why(a1).constData());
    QCOMPARE(a1->reference, QStringLiteral("LPB-2025-001"));
    const auto a2 = actions.insertAction(newAction(lpb.id, QStringLiteral("Two"), due));
    QCOMPARE(a2->reference, QStringLiteral("LPB-2025-002"));
    QCOMPARE(actions.insertAction(newAction(mc.id, QStringLiteral("Three"), due))->reference,
             QStringLiteral("MC-2025-001"));
    QCOMPARE(actions.insertAction(newAction(lpbNextYear.id, QStringLiteral("Four"), due))->reference,
             QStringLiteral("LPB-2026-001"));
    // Removing the draft LPB-2025-002 does not free its number: the next one is 003.
    QVERIFY(actions.removeAction(a2->id).ok());
    QVERIFY(!actions.actionByReference(QStringLiteral("LPB-2025-002")).ok());
    QCOMPARE(actions.insertAction(newAction(lpb.id, QStringLiteral("Five"), due))->reference,
             QStringLiteral("LPB-2025-003"));
    // An action with a follow-up is no longer a draft.
    QVERIFY(actions.addFollowUp(a1->id, note(QDate(2025, 1, 20), QStringLiteral("Started"))).ok());
    QVERIFY(!actions.removeAction(a1->id).ok());
    // Lookup is case-insensitive.
    QCOMPARE(actions.actionByReference(QStringLiteral("lpb-2025-001"))->id, a1->id);
    // Validation: no title, no owner, no due date, unknown measure, unknown meeting.
    Action bad = newAction(lpb.id, QString(), due);
    QVERIFY(!actions.insertAction(bad).ok());
    bad = newAction(lpb.id, QStringLiteral("x"), due);
    bad.owner = {};
    QVERIFY(!actions.insertAction(bad).ok());
    QVERIFY(!actions.insertAction(newAction(lpb.id, QStringLiteral("x"), QDate())).ok());
    bad = newAction(lpb.id, QStringLiteral("x"), due);
    bad.measureCodes = {QStringLiteral("NO-SUCH-MEASURE")};
    QVERIFY(!actions.insertAction(bad).ok());
    QVERIFY(!actions.insertAction(newAction(9999, QStringLiteral("x"), due)).ok());
    // None of the refused inserts used a number.
    QCOMPARE(actions.insertAction(newAction(lpb.id, QStringLiteral("Six"), due))->reference,
             QStringLiteral("LPB-2025-004"));
}

void TestActionService::overdueIsDerivedAgainstADate()
{
    MeetingFixture f;
    ActionService &actions = f.ws().actions();
    const Meeting m = f.addMeeting(0, QStringLiteral("Board"));
    f.addMeeting(60, QStringLiteral("Next board")); // 2025-03-16
    Action a =
        actions.insertAction(newAction(m.id, QStringLiteral("Due end of March"), QDate(2025, 3, 31))).value();
    QVERIFY(!a.isOverdue(QDate(2025, 3, 31))); // due today is not overdue
    QVERIFY(a.isOverdue(QDate(2025, 4, 1)));
    QCOMPARE(a.daysOverdue(QDate(2025, 4, 10)), 10); // 1 April … 10 April
    QCOMPARE(a.daysOverdue(QDate(2025, 3, 1)), 0);
    // Due before the next meeting: the next Board after 1 March is 16 March; 31 March is later.
    const QDate next = actions.nextMeetingDate(MeetingKind::LondonPolicingBoard, QDate(2025, 3, 1)).value();
    QCOMPARE(next, QDate(2025, 3, 16));
    QVERIFY(!a.isDueBefore(next));
    QVERIFY(a.isDueBefore(QDate(2025, 3, 31)));
    // Completed, closed and superseded actions are never overdue.
    QVERIFY(
        actions.addFollowUp(a.id, note(QDate(2025, 4, 2), QStringLiteral("Done"), ActionStatus::Completed))
            .ok());
    a = actions.action(a.id).value();
    QVERIFY(!a.isOverdue(QDate(2025, 4, 10)));
    QVERIFY(!a.isDueBefore(QDate(2025, 4, 10)));
    // In progress is still outstanding.
    QVERIFY(actions
                .addFollowUp(
                    a.id, note(QDate(2025, 4, 3), QStringLiteral("Not accepted"), ActionStatus::InProgress))
                .ok());
    QVERIFY(actions.action(a.id)->isOverdue(QDate(2025, 4, 10)));
}

void TestActionService::statusChangesFollowTheRules()
{
    MeetingFixture f;
    ActionService &actions = f.ws().actions();
    const Meeting m = f.addMeeting(0, QStringLiteral("Board"));
    const Action a = actions.insertAction(newAction(m.id, QStringLiteral("A"), QDate(2025, 3, 31))).value();
    const Action b = actions.insertAction(newAction(m.id, QStringLiteral("B"), QDate(2025, 4, 30))).value();
    QCOMPARE(a.status, ActionStatus::Open);
    QVERIFY(actions.addFollowUp(a.id, note(QDate(2025, 2, 1), QStringLiteral("Closed"), ActionStatus::Closed))
                .ok());
    // Closed → Completed is not a transition; Closed → Open (reopen) is.
    QVERIFY(!actions.addFollowUp(a.id, note(QDate(2025, 2, 2), QStringLiteral("x"), ActionStatus::Completed))
                 .ok());
    QVERIFY(actions.addFollowUp(a.id, note(QDate(2025, 2, 3), QStringLiteral("Reopened"), ActionStatus::Open))
                .ok());
    // Superseded needs the superseding action, which is another, live one.
    QVERIFY(!actions.addFollowUp(a.id, note(QDate(2025, 2, 4), QStringLiteral("x"), ActionStatus::Superseded))
                 .ok());
    FollowUpRequest self = note(QDate(2025, 2, 4), QStringLiteral("x"), ActionStatus::Superseded);
    self.supersededByReference = a.reference;
    QVERIFY(!actions.addFollowUp(a.id, self).ok());
    FollowUpRequest unknown = self;
    unknown.supersededByReference = QStringLiteral("LPB-2025-099");
    QVERIFY(!actions.addFollowUp(a.id, unknown).ok());
    FollowUpRequest bySomethingElse = self;
    bySomethingElse.supersededByReference = b.reference;
    QVERIFY(actions.addFollowUp(a.id, bySomethingElse).ok());
    const Action superseded = actions.action(a.id).value();
    QCOMPARE(superseded.status, ActionStatus::Superseded);
    QCOMPARE(superseded.supersededById, b.id);
    QCOMPARE(superseded.supersededByReference, b.reference);
    // Superseded is final; and B now supersedes A, so it cannot be removed.
    QVERIFY(
        !actions.addFollowUp(a.id, note(QDate(2025, 2, 5), QStringLiteral("x"), ActionStatus::Open)).ok());
    QVERIFY(!actions.removeAction(b.id).ok());
    // A superseding reference without a superseded status is refused.
    FollowUpRequest stray = note(QDate(2025, 2, 5), QStringLiteral("x"));
    stray.supersededByReference = a.reference;
    QVERIFY(!actions.addFollowUp(b.id, stray).ok());
    // The status history is reconstructed from the follow-ups.
    const auto history = actions.followUps(a.id).value();
    QCOMPARE(statusAsOf(history, QDate(2025, 1, 31)), ActionStatus::Open);
    QCOMPARE(statusAsOf(history, QDate(2025, 2, 1)), ActionStatus::Closed);
    QCOMPARE(statusAsOf(history, QDate(2025, 2, 3)), ActionStatus::Open);
    QCOMPARE(statusAsOf(history, QDate(2025, 2, 4)), ActionStatus::Superseded);
}

void TestActionService::followUpsAreAppendOnly()
{
    MeetingFixture f;
    ActionService &actions = f.ws().actions();
    const Meeting m = f.addMeeting(0, QStringLiteral("Board"));
    const Action a = actions.insertAction(newAction(m.id, QStringLiteral("A"), QDate(2025, 3, 31))).value();
    const Action other =
        actions.insertAction(newAction(m.id, QStringLiteral("Other"), QDate(2025, 3, 31))).value();
    QSignalSpy added(&actions, &ActionService::followUpAdded);
    FollowUpRequest first = note(QDate(2025, 2, 1), QStringLiteral("Report received 3 Feb"));
    first.evidenceReference = QStringLiteral("DOC-17");
    const FollowUp original = actions.addFollowUp(a.id, first).value();
    QCOMPARE(original.evidenceReference, QStringLiteral("DOC-17"));
    QVERIFY(!original.author.isEmpty());
    // A correction is a new entry referring to the first; the first is untouched.
    FollowUpRequest correction = note(QDate(2025, 2, 2), QStringLiteral("Correction: received 2 Feb"));
    correction.correctsId = original.id;
    const FollowUp corrected = actions.addFollowUp(a.id, correction).value();
    QCOMPARE(corrected.correctsId, original.id);
    const auto timeline = actions.followUps(a.id).value();
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.at(0), original);
    QCOMPARE(timeline.at(1).text, QStringLiteral("Correction: received 2 Feb"));
    QCOMPARE(added.count(), 2);
    // A correction must refer to a follow-up of the same action; text required; not in the future.
    correction.correctsId = original.id;
    QVERIFY(!actions.addFollowUp(other.id, correction).ok());
    QVERIFY(!actions.addFollowUp(a.id, note(QDate(2025, 2, 3), QStringLiteral("   "))).ok());
    QVERIFY(
        !actions.addFollowUp(a.id, note(QDate::currentDate().addDays(1), QStringLiteral("Tomorrow"))).ok());
    QCOMPARE(actions.followUps(a.id)->size(), 2);
    // The latest update shown with the action is the newest by date.
    const Action after = actions.action(a.id).value();
    QCOMPARE(after.followUpCount, 2);
    QCOMPARE(after.latestUpdateOn, QDate(2025, 2, 2));
    QCOMPARE(after.latestUpdate, QStringLiteral("Correction: received 2 Feb"));
}

void TestActionService::everyChangeIsAudited()
{
    MeetingFixture f;
    ActionService &actions = f.ws().actions();
    const Meeting m = f.addMeeting(0, QStringLiteral("Board"));
    Action a = actions.insertAction(newAction(m.id, QStringLiteral("Old title"), QDate(2025, 3, 31))).value();
    auto log = actions.auditEntries(a.id).value();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).action, QStringLiteral("created"));
    QVERIFY(log.at(0).detail.contains(QStringLiteral("LPB-2025-001")));
    QVERIFY(!log.at(0).author.isEmpty());

    Action edited = a;
    edited.title = QStringLiteral("New title");
    edited.dueDate = QDate(2025, 4, 30);
    QVERIFY(actions.updateAction(edited).ok());
    // An update with nothing changed records nothing.
    QVERIFY(actions.updateAction(edited).ok());
    log = actions.auditEntries(a.id).value();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(1).action, QStringLiteral("updated"));
    QCOMPARE(log.at(1).detail,
             QStringLiteral("Title: Old title \u2192 New title; Due date: 2025-03-31 \u2192 2025-04-30"));
    // Status is not an edit: updateAction leaves it alone.
    edited.status = ActionStatus::Closed;
    edited.title = QStringLiteral("Newer title");
    QCOMPARE(actions.updateAction(edited)->status, ActionStatus::Open);

    QVERIFY(
        actions
            .addFollowUp(a.id, note(QDate(2025, 2, 1), QStringLiteral("Under way"), ActionStatus::InProgress))
            .ok());
    log = actions.auditEntries(a.id).value();
    QCOMPARE(log.size(), 5); // created, updated ×2, follow-up created, status changed
    QCOMPARE(log.at(3).entityKind, QStringLiteral("follow_up"));
    QCOMPARE(log.at(4).action, QStringLiteral("status_changed"));
    QCOMPARE(log.at(4).detail, QStringLiteral("Status: open \u2192 in_progress"));

    // Removal of a draft is audited too (read from the log directly: the action is gone).
    const Action draft =
        actions.insertAction(newAction(m.id, QStringLiteral("Draft"), QDate(2025, 3, 31))).value();
    QVERIFY(actions.removeAction(draft.id).ok());
    const auto removed = AuditLog(f.ws().database()).entries(QStringLiteral("action"), {draft.uid});
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(1).action, QStringLiteral("removed"));
}

void TestActionService::ownersAreSuggestedFromEarlierEntries()
{
    MeetingFixture f;
    ActionService &actions = f.ws().actions();
    const Meeting m = f.addMeeting(0, QStringLiteral("Board"));
    Action a = newAction(m.id, QStringLiteral("A"), QDate(2025, 3, 31));
    QVERIFY(actions.insertAction(a).ok());
    QVERIFY(actions.insertAction(a).ok()); // same owner twice
    a.owner = {QStringLiteral("MPS"), QStringLiteral("Director of Data")};
    QVERIFY(actions.insertAction(a).ok());
    const auto owners = actions.ownerSuggestions().value();
    QCOMPARE(owners.size(), 2);
    QVERIFY(owners.contains(ActionOwner{QStringLiteral("MPS"), QStringLiteral("Director of Data")}));
    QVERIFY(owners.contains(ActionOwner{QStringLiteral("MPS"), QStringLiteral("Commander, Met Operations")}));
    QCOMPARE(actions.leadSuggestions().value(), QStringList{QStringLiteral("Head of Performance")});
}

void TestActionService::carriesForwardIntoTheNextPackAndFreezesAtApproval()
{
    MeetingFixture f;
    ActionService &actions = f.ws().actions();
    PackService &packs = f.ws().packs();
    const Meeting m1 = f.addMeeting(0, QStringLiteral("January board")); // 2025-01-15
    const Meeting m2 = f.addMeeting(60, QStringLiteral("March board"));  // 2025-03-16
    const Meeting m3 = f.addMeeting(120, QStringLiteral("May board"));   // 2025-05-15
    const Meeting challenge = f.addMeeting(10, QStringLiteral("Challenge"), MeetingKind::MopacChallenge);
    // Raised at m1: A due 1 Feb (overdue by 16 March), B due 30 April, C closed in February.
    const Action a = actions.insertAction(newAction(m1.id, QStringLiteral("A"), QDate(2025, 2, 1))).value();
    const Action b = actions.insertAction(newAction(m1.id, QStringLiteral("B"), QDate(2025, 4, 30))).value();
    const Action c = actions.insertAction(newAction(m1.id, QStringLiteral("C"), QDate(2025, 2, 28))).value();
    QVERIFY(
        actions
            .addFollowUp(b.id, note(QDate(2025, 2, 10), QStringLiteral("Started"), ActionStatus::InProgress))
            .ok());
    QVERIFY(actions.addFollowUp(c.id, note(QDate(2025, 2, 20), QStringLiteral("Done"), ActionStatus::Closed))
                .ok());
    // Another kind of meeting, and an action raised at m2 itself: neither is carried into m2.
    QVERIFY(actions.insertAction(newAction(challenge.id, QStringLiteral("D"), QDate(2025, 2, 1))).ok());
    const Action e = actions.insertAction(newAction(m2.id, QStringLiteral("E"), QDate(2025, 4, 1))).value();
    // B closed after m2 (20 March): as of m2 it was still in progress.
    QVERIFY(
        actions.addFollowUp(b.id, note(QDate(2025, 3, 20), QStringLiteral("Finished"), ActionStatus::Closed))
            .ok());

    const Pack pack = packs.createPack(m2.id).value();
    auto live = packs.carriedForward(pack.id);
    QVERIFY2(live.ok(), why(live).constData());
    QCOMPARE(live->size(), 2);
    // Overdue first: A (due 1 Feb < 16 March), then B (due 30 April).
    QCOMPARE(live->at(0).reference, a.reference);
    QVERIFY(live->at(0).overdue);
    QCOMPARE(live->at(0).status, ActionStatus::Open);
    QCOMPARE(live->at(1).reference, b.reference);
    QVERIFY(!live->at(1).overdue);
    QCOMPARE(live->at(1).status, ActionStatus::InProgress);
    QCOMPARE(live->at(1).latestUpdate, QStringLiteral("Started")); // "Finished" is dated after m2
    QCOMPARE(live->at(1).latestUpdateOn, QDate(2025, 2, 10));

    // Approve: the list is frozen with the pack.
    QVERIFY(packs.submitForReview(pack.id).ok());
    QVERIFY(packs.approve(pack.id).ok());
    Action renamed = a;
    renamed.title = QStringLiteral("A, renamed after approval");
    QVERIFY(actions.updateAction(renamed).ok());
    const auto frozen = packs.carriedForward(pack.id).value();
    QCOMPARE(frozen, live.value());
    QCOMPARE(frozen.at(0).title, QStringLiteral("A"));
    // The live source has moved on.
    QCOMPARE(actions.carriedForward(m2).value().at(0).title, QStringLiteral("A, renamed after approval"));

    // The next meeting's pack: A (still open, overdue) and E (raised at m2); B and C closed.
    const Pack next = packs.createPack(m3.id).value();
    const auto carried = packs.carriedForward(next.id).value();
    QCOMPARE(carried.size(), 2);
    QCOMPARE(carried.at(0).reference, a.reference);
    QCOMPARE(carried.at(1).reference, e.reference);
    QVERIFY(carried.at(1).overdue); // due 1 April < 15 May
}

void TestActionService::reviewSessionStepsThroughOutstandingActions()
{
    MeetingFixture f;
    ActionService &actions = f.ws().actions();
    const Meeting m1 = f.addMeeting(0, QStringLiteral("January board"));
    const Meeting m2 = f.addMeeting(60, QStringLiteral("March board"));
    const Action late =
        actions.insertAction(newAction(m1.id, QStringLiteral("Late"), QDate(2025, 2, 1))).value();
    const Action soon =
        actions.insertAction(newAction(m1.id, QStringLiteral("Soon"), QDate(2025, 4, 1))).value();
    const Action done =
        actions.insertAction(newAction(m1.id, QStringLiteral("Done"), QDate(2025, 2, 1))).value();
    QVERIFY(
        actions.addFollowUp(done.id, note(QDate(2025, 2, 1), QStringLiteral("Done"), ActionStatus::Closed))
            .ok());
    const Action raised =
        actions.insertAction(newAction(m2.id, QStringLiteral("Raised"), QDate(2025, 3, 20))).value();

    ReviewSession session(actions);
    QSignalSpy current(&session, &ReviewSession::currentChanged);
    QSignalSpy finished(&session, &ReviewSession::finished);
    QVERIFY(session.start(m2.id, QDate(2025, 3, 16)).ok());
    // Outstanding: Late (overdue), then Raised (due 20 March), then Soon (1 April); not Done.
    QCOMPARE(session.count(), 3);
    QCOMPARE(session.current()->id, late.id);
    QVERIFY(!session.hasPrevious());
    QVERIFY(session.next());
    QCOMPARE(session.current()->id, raised.id);
    QVERIFY(session.previous());
    QCOMPARE(session.current()->id, late.id);
    // Record a closure: the action stays in the list with its new status; we move on.
    FollowUpRequest closing =
        note(QDate(2025, 3, 16), QStringLiteral("Accepted at the Board"), ActionStatus::Closed);
    QVERIFY(session.record(closing).ok());
    QCOMPARE(session.position(), 1);
    QCOMPARE(session.actions().at(0).status, ActionStatus::Closed);
    QVERIFY(session.isReviewed(0));
    QVERIFY(session.record(note(QDate(2025, 3, 16), QStringLiteral("On track"))).ok());
    QCOMPARE(session.current()->id, soon.id);
    QVERIFY(!session.hasNext());
    QVERIFY(session.record(note(QDate(2025, 3, 16), QStringLiteral("Not started"))).ok());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(session.reviewedCount(), 3);
    QVERIFY(!session.next());
    QCOMPARE(actions.action(late.id)->status, ActionStatus::Closed);
    QCOMPARE(actions.followUps(raised.id)->size(), 1);
    QVERIFY(current.count() >= 4);
    // A refused update leaves the session where it was.
    QVERIFY(session.goTo(0));
    QVERIFY(!session.record(note(QDate(2025, 3, 16), QStringLiteral("x"), ActionStatus::Completed)).ok());
    QCOMPARE(session.position(), 0);
}

void TestActionService::undoCommandsEditAndAdd()
{
    MeetingFixture f;
    ActionService &actions = f.ws().actions();
    QUndoStack &stack = f.ws().undoStack();
    const Meeting m = f.addMeeting(0, QStringLiteral("Board"));
    auto *insert =
        new InsertActionCommand(actions, newAction(m.id, QStringLiteral("Added"), QDate(2025, 3, 31)));
    stack.push(insert);
    const Action added = insert->action();
    QCOMPARE(added.reference, QStringLiteral("LPB-2025-001"));
    stack.undo();
    QVERIFY(!actions.action(added.id).ok());
    stack.redo(); // the same action comes back, with its reference
    QCOMPARE(actions.action(added.id)->reference, QStringLiteral("LPB-2025-001"));
    QCOMPARE(actions.action(added.id)->uid, added.uid);

    Action after = added;
    after.title = QStringLiteral("Edited");
    stack.push(new EditActionCommand(actions, added, after));
    QCOMPARE(actions.action(added.id)->title, QStringLiteral("Edited"));
    stack.undo();
    QCOMPARE(actions.action(added.id)->title, QStringLiteral("Added"));
    stack.redo();
    QCOMPARE(actions.action(added.id)->title, QStringLiteral("Edited"));
    const QList<AuditEntry> log = actions.auditEntries(added.id).value();
    QStringList kinds;
    for (const AuditEntry &e : log)
        kinds << e.action;
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("created"), QStringLiteral("removed"), QStringLiteral("restored"),
                          QStringLiteral("updated"), QStringLiteral("updated"), QStringLiteral("updated")}));
    // A new action after all that still gets a fresh number.
    QCOMPARE(actions.insertAction(newAction(m.id, QStringLiteral("Next"), QDate(2025, 3, 31)))->reference,
             QStringLiteral("LPB-2025-002"));
}

QTEST_GUILESS_MAIN(TestActionService)
#include "tst_actionservice.moc"
