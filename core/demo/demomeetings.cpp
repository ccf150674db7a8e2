#include "demo/demomeetings.h"

#include "services/actionservice.h"
#include "services/annotationservice.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "services/scorecardservice.h"
#include "storage/storageerror.h"
#include "storage/storedtime.h"

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

// 10:00 London time, `days` from `now`.
QDateTime meetingTime(const QDateTime &now, int days)
{
    const QTimeZone london("Europe/London");
    const QDate date = now.toTimeZone(london).date().addDays(days);
    return QDateTime(date, QTime(10, 0), london).toUTC();
}

Meeting lpbMeeting(const QDateTime &startsAt, const QString &title, MeetingStatus status)
{
    Meeting m;
    m.kind = MeetingKind::LondonPolicingBoard;
    m.title = title;
    m.startsAt = startsAt;
    m.durationMinutes = 150;
    m.location = QStringLiteral("City Hall, Kamal Chunchie Way, London E16");
    m.chair = QStringLiteral("Deputy Mayor for Policing and Crime");
    m.status = status;
    m.attendees = {
        {QStringLiteral("Deputy Mayor for Policing and Crime"), QStringLiteral("MOPAC"),
         QStringLiteral("Chair")},
        {QStringLiteral("Commissioner"), QStringLiteral("MPS"), QStringLiteral("Commissioner")},
        {QStringLiteral("Assistant Commissioner, Met Operations"), QStringLiteral("MPS"),
         QStringLiteral("Lead for neighbourhood policing")},
        {QStringLiteral("Chief Executive"), QStringLiteral("MOPAC"), QStringLiteral("Secretariat lead")},
        {QStringLiteral("Independent member"), QStringLiteral("London Policing Board"),
         QStringLiteral("Board member")}};
    return m;
}

PackItem measureItem(const QString &code, const QString &title, QStringList areas, ChartKind chart,
                     Visibility visibility = Visibility::Publishable)
{
    PackItem item;
    item.kind = PackItemKind::Measure;
    item.title = title;
    item.visibility = visibility;
    item.measure.planCode = QStringLiteral("PCP-2025-29");
    item.measure.measureCode = code;
    item.measure.areaCodes = std::move(areas);
    item.measure.chart = chart;
    return item;
}

Annotation note(const AnnotationAnchor &anchor, const QString &author, const QDateTime &at,
                const QString &text, Visibility visibility)
{
    Annotation a;
    a.anchor = anchor;
    a.author = author;
    a.createdAt = at;
    a.text = text;
    a.visibility = visibility;
    return a;
}

} // namespace

void DemoMeetings::populate(Database &db, const QDateTime &now)
{
    ScorecardService scorecards(db);
    MeetingService meetings(db);
    PackService packs(db, scorecards);
    ActionService actions(db); // the approved pack freezes the actions carried forward
    packs.setCarriedForwardSource(&actions);
    AnnotationService annotations(db);

    // An earlier MOPAC Challenge (held, no pack kept in the Workbench).
    Meeting challenge;
    challenge.kind = MeetingKind::MopacChallenge;
    challenge.title = QStringLiteral("Tackling robbery and knife crime");
    challenge.startsAt = meetingTime(now, -98);
    challenge.location = QStringLiteral("City Hall, Committee Room 4");
    challenge.chair = QStringLiteral("Deputy Mayor for Policing and Crime");
    challenge.status = MeetingStatus::Held;
    challenge.minutesReference = QStringLiteral("MOPAC Challenge minutes (published)");
    challenge.attendees = {{QStringLiteral("Deputy Mayor for Policing and Crime"), QStringLiteral("MOPAC"),
                            QStringLiteral("Chair")},
                           {QStringLiteral("Deputy Assistant Commissioner"), QStringLiteral("MPS"),
                            QStringLiteral("Lead for violent crime")}};
    require(meetings.insertMeeting(challenge));

    // The last London Policing Board: held, pack approved.
    Meeting past = lpbMeeting(meetingTime(now, -42),
                              QStringLiteral("Violence, robbery and public confidence"), MeetingStatus::Held);
    past.papersReference = QStringLiteral("LPB papers: performance report and scrutiny pack");
    past.minutesReference = QStringLiteral("LPB minutes (draft, to be agreed)");
    past = require(meetings.insertMeeting(past));
    // The pack was prepared in the three weeks before the meeting and approved a week before it.
    QDateTime packClock = past.startsAt.addDays(-21);
    packs.setClock([&packClock] { return packClock; });
    Pack pack = require(packs.createPack(past.id));
    const qint64 performance = pack.sections.at(0).id;
    const qint64 narrativeSection = pack.sections.at(1).id;
    const qint64 enquiries = pack.sections.at(2).id;
    // The action log is published with the meeting papers; new items start internal.
    for (const PackSection &s : pack.sections) {
        for (PackItem item : s.items) {
            if (item.kind != PackItemKind::ActionsCarriedForward)
                continue;
            item.visibility = Visibility::Publishable;
            require(packs.updateItem(item));
        }
    }
    const PackItem robbery = require(packs.insertItem(
        performance,
        measureItem(QStringLiteral("ROBBERY"), QStringLiteral("Robbery"),
                    {QStringLiteral("E23000001"), QStringLiteral("E09000033"), QStringLiteral("E09000028")},
                    ChartKind::Line),
        0));
    const PackItem knife = require(
        packs.insertItem(performance,
                         measureItem(QStringLiteral("KNIFE-INJ"), QStringLiteral("Knife crime with injury"),
                                     {QStringLiteral("E23000001")}, ChartKind::ControlChart),
                         1));
    require(packs.insertItem(performance,
                             measureItem(QStringLiteral("PAS-TRUST"), QStringLiteral("Trust in the MPS"),
                                         {QStringLiteral("E23000001")}, ChartKind::Line),
                             2));
    PackItem homicide = measureItem(QStringLiteral("HOMICIDE"), QStringLiteral("Homicide"),
                                    {QStringLiteral("E23000001")}, ChartKind::Bar, Visibility::Internal);
    homicide.measure.comparison = PackComparison::FinancialYear;
    require(packs.insertItem(performance, homicide, 3));
    const PackItem summary = require(packs.insertItem(
        narrativeSection,
        narrativeItem(
            QStringLiteral("Summary"),
            QStringLiteral("<h2>Summary</h2><p>Robbery and knife crime remain the Board's focus. The "
                           "figures below are <b>illustrative demo data</b>.</p><ul><li>Robbery: progress "
                           "against the Plan's trajectory</li><li>Knife crime with injury: any special-cause "
                           "signal</li><li>Trust: the gap between groups</li></ul>"),
            Visibility::Publishable),
        0));
    require(packs.insertItem(
        narrativeSection,
        narrativeItem(
            QStringLiteral("Briefing note for the Deputy Mayor"),
            QStringLiteral("<p><i>Not for publication.</i> The Commissioner is expected to announce the "
                           "neighbourhood policing uplift; press on <b>timescales</b>.</p>"),
            Visibility::Internal),
        1));
    PackItem lines;
    lines.kind = PackItemKind::LinesOfEnquiry;
    lines.title = QStringLiteral("Questions for the MPS");
    lines.visibility = Visibility::Publishable;
    lines.enquiries = {
        lineOfEnquiry(
            QStringLiteral("What is driving the change in robbery in Westminster, and how is the MPS "
                           "responding in the West End?"),
            QStringLiteral("ROBBERY"), Visibility::Publishable),
        lineOfEnquiry(
            QStringLiteral("How will the MPS show that the knife crime plan is working before the next "
                           "Board?"),
            QStringLiteral("KNIFE-INJ"), Visibility::Publishable),
        lineOfEnquiry(
            QStringLiteral("Is the Commissioner confident in the timetable for the neighbourhood uplift?"),
            {}, Visibility::Internal),
        lineOfEnquiry(
            QStringLiteral("What is the MPS doing to close the gap in trust between groups of Londoners?"),
            QStringLiteral("PAS-TRUST"), Visibility::Publishable)};
    require(packs.insertItem(enquiries, lines, 0));

    // Annotations while the pack was in preparation.
    const QDateTime annotated = past.startsAt.addDays(-9);
    const Annotation a1 = require(annotations.add(note(
        AnnotationAnchor::onItem(pack.uid, robbery.uid), QStringLiteral("Priya Shah"), annotated,
        QStringLiteral("Westminster drives most of the change; worth showing it beside the London figure."),
        Visibility::Internal)));
    Annotation reply =
        note(AnnotationAnchor::onItem(pack.uid, robbery.uid), QStringLiteral("Tom Wright"),
             annotated.addSecs(3600), QStringLiteral("Added Westminster and Southwark to the item."),
             Visibility::Internal);
    reply.threadUid = a1.uid;
    reply.uid = newUid();
    require(annotations.restore(reply));
    require(annotations.setResolved(a1.uid, true));
    require(annotations.add(note(AnnotationAnchor::onItem(pack.uid, knife.uid), QStringLiteral("Priya Shah"),
                                 annotated.addSecs(7200),
                                 QStringLiteral("The control chart shows the latest months within normal "
                                                "variation; the narrative should not call this a fall."),
                                 Visibility::Publishable)));
    require(annotations.add(note(
        AnnotationAnchor::onItem(pack.uid, summary.uid), QStringLiteral("Tom Wright"), annotated.addDays(1),
        QStringLiteral("Check wording with the press office before publication."), Visibility::Internal)));
    require(
        annotations.add(note(AnnotationAnchor::onPoint(QStringLiteral("ROBBERY"), QStringLiteral("E09000033"),
                                                       QStringLiteral("2025-08"), pack.uid),
                             QStringLiteral("Priya Shah"), annotated.addDays(2),
                             QStringLiteral("August spike in Westminster: a series of linked phone "
                                            "robberies (MPS briefing)."),
                             Visibility::Publishable)));

    packClock = past.startsAt.addDays(-8);
    require(packs.submitForReview(pack.id));
    packClock = past.startsAt.addDays(-7);
    require(packs.approve(pack.id));
    packs.setClock([now] { return now; });

    // The next London Policing Board: planned, draft pack started from the last one.
    Meeting next = lpbMeeting(meetingTime(now, 21), QStringLiteral("Neighbourhood policing and confidence"),
                              MeetingStatus::Planned);
    next = require(meetings.insertMeeting(next));
    const Pack draft = require(packs.startFromLastPack(next.id));
    // The new theme: add victim satisfaction, and a fresh question.
    require(packs.insertItem(draft.sections.at(0).id,
                             measureItem(QStringLiteral("VICTIM-SAT"), QStringLiteral("Victim satisfaction"),
                                         {QStringLiteral("E23000001")}, ChartKind::Line),
                             0));
    for (const PackSection &s : draft.sections) {
        for (PackItem item : s.items) {
            if (item.kind != PackItemKind::LinesOfEnquiry)
                continue;
            item.enquiries.prepend(
                lineOfEnquiry(QStringLiteral("How many neighbourhood officers are in post in each "
                                             "borough against the plan?"),
                              {}, Visibility::Publishable));
            require(packs.updateItem(item));
        }
    }
    require(annotations.add(note(AnnotationAnchor::onItem(draft.uid, draft.sections.at(0).items.at(0).uid),
                                 QStringLiteral("Priya Shah"), now.addDays(-1),
                                 QStringLiteral("Do we still need three areas for robbery this time?"),
                                 Visibility::Internal)));

    // A planned Oversight Board without a pack yet.
    Meeting board;
    board.kind = MeetingKind::OversightBoard;
    board.title = QStringLiteral("Quarterly performance and finance");
    board.startsAt = meetingTime(now, 56);
    board.location = QStringLiteral("MOPAC, 169 Union Street, London SE1");
    board.chair = QStringLiteral("Chief Executive, MOPAC");
    board.status = MeetingStatus::Planned;
    require(meetings.insertMeeting(board));
}

} // namespace cw
