#include "demo/demoactions.h"

#include "services/actionservice.h"
#include "services/meetingservice.h"
#include "storage/storageerror.h"

#include <QTimeZone>

namespace cw {

namespace {

template <typename T>
T require(Result<T> result)
{
    if (!result)
        throw StorageError(result.error().message, result.error().detail);
    return std::move(result).value();
}

QDateTime meetingTime(const QDateTime &now, int days)
{
    const QTimeZone london("Europe/London");
    const QDate date = now.toTimeZone(london).date().addDays(days);
    return QDateTime(date, QTime(10, 0), london).toUTC();
}

Meeting heldMeeting(MeetingKind kind, const QDateTime &startsAt, const QString &title)
{
    Meeting m;
    m.kind = kind;
    m.title = title;
    m.startsAt = startsAt;
    m.status = MeetingStatus::Held;
    m.chair = QStringLiteral("Deputy Mayor for Policing and Crime");
    m.location = kind == MeetingKind::LondonPolicingBoard
                     ? QStringLiteral("City Hall, Kamal Chunchie Way, London E16")
                     : QStringLiteral("City Hall, Committee Room 4");
    m.minutesReference = QStringLiteral("Minutes (published)");
    m.attendees = {{QStringLiteral("Deputy Mayor for Policing and Crime"), QStringLiteral("MOPAC"),
                    QStringLiteral("Chair")},
                   {QStringLiteral("Assistant Commissioner, Met Operations"), QStringLiteral("MPS"),
                    QStringLiteral("Lead for neighbourhood policing")}};
    return m;
}

struct Update
{
    int day; // days after the meeting
    const char *text;
    std::optional<ActionStatus> status;
    const char *evidence = "";
};

struct Spec
{
    const char *title;
    const char *detail;
    const char *organisation;
    const char *role;
    const char *lead;
    int dueDays; // after the meeting
    ActionPriority priority;
    QStringList measures;
    QList<Update> updates;
};

Action addAction(ActionService &actions, const Meeting &meeting, const Spec &spec, const QDate &today)
{
    Action a;
    a.meetingId = meeting.id;
    a.title = QString::fromUtf8(spec.title);
    a.detail = QString::fromUtf8(spec.detail);
    a.owner = {QString::fromUtf8(spec.organisation), QString::fromUtf8(spec.role)};
    a.mopacLead = QString::fromUtf8(spec.lead);
    a.dueDate = meeting.startsAt.toUTC().date().addDays(spec.dueDays);
    a.priority = spec.priority;
    a.measureCodes = spec.measures;
    a = require(actions.insertAction(a));
    for (const Update &u : spec.updates) {
        FollowUpRequest request;
        request.date = meeting.startsAt.toUTC().date().addDays(u.day);
        if (request.date > today)
            continue;
        request.text = QString::fromUtf8(u.text);
        request.newStatus = u.status;
        request.evidenceReference = QString::fromUtf8(u.evidence);
        require(actions.addFollowUp(a.id, request));
    }
    return require(actions.action(a.id));
}

const char *const mps = "MPS";
const char *const metOps = "Assistant Commissioner, Met Operations";
const char *const frontline = "Assistant Commissioner, Frontline Policing";
const char *const violentCrime = "Deputy Assistant Commissioner, Violent Crime";
const char *const professionalism = "Assistant Commissioner, Professionalism";
const char *const data = "Director of Data and Analytics";
const char *const leadPerformance = "Head of Performance, MOPAC";
const char *const leadOversight = "Oversight Manager, MOPAC";
const char *const leadVawg = "VAWG Policy Lead, MOPAC";

} // namespace

void DemoActions::populateHistory(Database &db, const QDateTime &now)
{
    MeetingService meetings(db);
    ActionService actions(db);
    const QDate today = now.toUTC().date();
    using S = ActionStatus;
    using P = ActionPriority;

    const Meeting lpb1 =
        require(meetings.insertMeeting(heldMeeting(MeetingKind::LondonPolicingBoard, meetingTime(now, -336),
                                                   QStringLiteral("Neighbourhood policing and trust"))));
    const Meeting mc1 = require(meetings.insertMeeting(heldMeeting(
        MeetingKind::MopacChallenge, meetingTime(now, -301), QStringLiteral("Burglary and vehicle crime"))));
    const Meeting lpb2 =
        require(meetings.insertMeeting(heldMeeting(MeetingKind::LondonPolicingBoard, meetingTime(now, -245),
                                                   QStringLiteral("Violence against women and girls"))));
    const Meeting mc2 =
        require(meetings.insertMeeting(heldMeeting(MeetingKind::MopacChallenge, meetingTime(now, -196),
                                                   QStringLiteral("Response times and 999 calls"))));
    const Meeting lpb3 =
        require(meetings.insertMeeting(heldMeeting(MeetingKind::LondonPolicingBoard, meetingTime(now, -147),
                                                   QStringLiteral("Stop and search and confidence"))));

    addAction(actions, lpb1,
              {"Publish ward-level neighbourhood team staffing",
               "Set out dedicated ward officer numbers against the commitment, ward by ward, quarterly.",
               mps,
               frontline,
               leadOversight,
               60,
               P::High,
               {QStringLiteral("PAS-TRUST")},
               {{20, "Data pulled from the duty system; first draft shared with MOPAC.", S::InProgress},
                {58, "Published on the Met website; MOPAC to confirm.", S::Completed,
                 "Met website, ward staffing table"},
                {70, "Checked against the commitment. Closed.", S::Closed}}},
              today);
    addAction(actions, lpb1,
              {"Explain the fall in trust among young Londoners",
               "Analysis of the Public Attitudes Survey by age, with what the MPS will do differently.",
               mps,
               data,
               leadPerformance,
               90,
               P::Medium,
               {QStringLiteral("PAS-TRUST")},
               {{35, "Analysis commissioned from the Strategic Insight Unit.", S::InProgress},
                {95, "Draft analysis late: survey weights revised. New date agreed verbally.", std::nullopt},
                {150, "Analysis presented to MOPAC officers.", S::Completed, "SIU paper 2024/17"},
                {160, "Accepted; recommendations folded into the engagement plan.", S::Closed}}},
              today);
    addAction(actions, lpb1,
              {"Community engagement plan for the three lowest-trust boroughs",
               "A plan per borough with named leads and measures of success.",
               mps,
               metOps,
               leadOversight,
               120,
               P::High,
               {QStringLiteral("PAS-TRUST")},
               {{40, "Borough commanders asked for plans.", S::InProgress},
                {130, "Two of three plans received; the third awaits a new commander.", std::nullopt}}},
              today);
    addAction(actions, mc1,
              {"Burglary solved-rate improvement plan",
               "Forensic attendance and follow-up standards for burglary.",
               mps,
               frontline,
               leadPerformance,
               45,
               P::Medium,
               {},
               {{30, "Plan agreed at the Crime Performance Board.", S::Completed, "CPB minutes, item 4"},
                {50, "Reviewed and accepted.", S::Closed}}},
              today);
    addAction(actions, mc1,
              {"Vehicle crime hotspots briefing",
               "Share the top twenty hotspots and the tasking response.",
               mps,
               frontline,
               leadPerformance,
               30,
               P::Low,
               {},
               {{25, "Briefing shared.", S::Closed}}},
              today);
    addAction(actions, lpb2,
              {"VAWG action plan: progress against each commitment",
               "A RAG-rated update against every commitment in the VAWG action plan.",
               mps,
               professionalism,
               leadVawg,
               75,
               P::High,
               {},
               {{30, "Work started; owners identified for each commitment.", S::InProgress},
                {100, "First RAG update shared; four commitments red.", std::nullopt}}},
              today);
    addAction(
        actions, lpb2,
        {"Officer vetting backlog",
         "Clear the re-vetting backlog and report monthly.",
         mps,
         professionalism,
         leadOversight,
         90,
         P::High,
         {},
         {{60, "Backlog down by a third.", S::InProgress},
          {88, "Backlog cleared; monthly reporting in place.", S::Completed, "Vetting dashboard, month 3"}}},
        today);
    addAction(
        actions, mc2,
        {"Emergency response times by borough",
         "Break down I-call response times by borough and by hour.",
         mps,
         metOps,
         leadPerformance,
         40,
         P::Medium,
         {},
         {{20, "Data extracted.", S::InProgress}, {45, "Published in the performance pack.", S::Completed}}},
        today);
    addAction(actions, mc2,
              {"101 call abandonment plan",
               "A plan to bring 101 abandonment below 20%.",
               mps,
               metOps,
               leadPerformance,
               60,
               P::High,
               {},
               {{15, "Recruitment of call handlers under way.", S::InProgress}}},
              today);
    addAction(actions, lpb3,
              {"Stop and search outcomes by ethnicity",
               "Outcome and arrest rates by ethnicity, with body-worn video review.",
               mps,
               metOps,
               leadOversight,
               60,
               P::High,
               {},
               {{30, "Data prepared; body-worn video sample being reviewed.", S::InProgress}}},
              today);
    addAction(actions, lpb3,
              {"Community monitoring groups: membership and attendance",
               "Report membership and attendance of every borough's monitoring group.",
               mps,
               frontline,
               leadOversight,
               45,
               P::Medium,
               {},
               {}},
              today);
    addAction(actions, lpb3,
              {"Knife crime with injury among under-25s",
               "Explain the rise and set out the prevention plan.",
               mps,
               violentCrime,
               leadPerformance,
               80,
               P::High,
               {QStringLiteral("KNIFE-INJ")},
               {{20, "Analysis under way with the Violence Reduction Unit.", S::InProgress}}},
              today);
}

void DemoActions::populateRecent(Database &db, const QDateTime &now)
{
    MeetingService meetings(db);
    ActionService actions(db);
    const QDate today = now.toUTC().date();
    using S = ActionStatus;
    using P = ActionPriority;

    auto all = require(meetings.meetings(now));
    const Meeting *lastBoard = nullptr;
    const Meeting *challenge = nullptr;
    for (const Meeting &m : all) {
        if (m.kind == MeetingKind::LondonPolicingBoard && m.startsAt < now &&
            (!lastBoard || m.startsAt > lastBoard->startsAt))
            lastBoard = &m;
        if (m.kind == MeetingKind::MopacChallenge && m.startsAt < now &&
            (!challenge || m.startsAt > challenge->startsAt))
            challenge = &m;
    }
    if (!lastBoard || !challenge)
        throw StorageError(QStringLiteral("The demo meetings are missing."));

    addAction(actions, *challenge,
              {"Robbery hotspots in Westminster and Lambeth",
               "Tasking plan for the five highest-robbery wards.",
               mps,
               violentCrime,
               leadPerformance,
               35,
               P::High,
               {QStringLiteral("ROBBERY")},
               {{14, "Tasking plan drafted.", S::InProgress},
                {40, "Operation launched in three wards.", std::nullopt}}},
              today);
    addAction(
        actions, *challenge,
        {"Knife arches and weapons sweeps: results",
         "Results of the summer weapons sweeps by borough.",
         mps,
         violentCrime,
         leadPerformance,
         30,
         P::Medium,
         {QStringLiteral("KNIFE-INJ")},
         {{28, "Results shared.", S::Completed, "Operation Sceptre summary"}, {35, "Accepted.", S::Closed}}},
        today);

    const Action replacement =
        addAction(actions, *lastBoard,
                  {"Joint stop and search and community monitoring report",
                   "One report combining outcomes by ethnicity and monitoring group scrutiny, replacing the "
                   "two separate actions.",
                   mps,
                   metOps,
                   leadOversight,
                   30,
                   P::High,
                   {},
                   {{10, "Scope agreed with the Chair of the monitoring network.", S::InProgress}}},
                  today);
    // The older monitoring groups action is folded into the joint report.
    const QList<Action> existing = require(actions.actions());
    for (const Action &a : existing) {
        if (a.title.startsWith(QStringLiteral("Community monitoring groups")) && a.status == S::Open) {
            FollowUpRequest request;
            request.date = lastBoard->startsAt.toUTC().date();
            request.text = QStringLiteral("Superseded by the joint report agreed at the Board.");
            request.newStatus = S::Superseded;
            request.supersededByReference = replacement.reference;
            require(actions.addFollowUp(a.id, request));
        }
    }
    addAction(actions, *lastBoard,
              {"Public confidence recovery plan",
               "Actions and milestones to lift trust and confidence measures.",
               mps,
               frontline,
               leadPerformance,
               70,
               P::High,
               {QStringLiteral("PAS-TRUST")},
               {{12, "Plan in drafting; to come to the next Board.", S::InProgress}}},
              today);
    addAction(actions, *lastBoard,
              {"Homicide review: lessons learned",
               "Summary of lessons from domestic homicide reviews this year.",
               mps,
               violentCrime,
               leadVawg,
               21,
               P::Medium,
               {QStringLiteral("HOMICIDE")},
               {}},
              today);
}

} // namespace cw
