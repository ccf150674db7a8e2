// The briefing model built from the demo workspace: cover, status summary, measure pages with
// the pack's (frozen) numbers, lines of enquiry, commentary and annotations, action log and
// appendix; the public edition of the real thing holds none of its internal text; an approved
// pack's briefing does not move when data are imported later, while a draft's does.
#include "report/briefingbuilder.h"
#include "report/redaction.h"

#include "domain/meeting.h"
#include "services/annotationservice.h"
#include "services/importservice.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "services/scorecardservice.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestBriefingBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cover();
    void measurePagesCarryThePacksNumbers();
    void statusSummaryMatchesTheScorecardAsOfTheVintage();
    void linesOfEnquiryAndCommentary();
    void actionLogAndAppendix();
    void publicEditionOfTheDemoHoldsNoInternalText();
    void approvedPackIgnoresLaterImports();
    void errors();

private:
    static std::unique_ptr<Workspace> demo(QTemporaryDir &dir);
    // The meeting whose latest pack has `status` (the demo has one approved and one draft pack
    // holding a robbery item).
    static qint64 meetingWithPack(const Workspace &ws, PackStatus status);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_approvedMeeting = 0;
    Pack m_pack;
    Briefing m_briefing;
};

std::unique_ptr<Workspace> TestBriefingBuilder::demo(QTemporaryDir &dir)
{
    CreateOptions options;
    options.demo = true;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("demo.cwb")), options);
    if (!ws)
        qFatal("demo workspace: %s", qPrintable(ws.error().message));
    return std::move(ws).value();
}

qint64 TestBriefingBuilder::meetingWithPack(const Workspace &ws, PackStatus status)
{
    const auto meetings = ws.meetings().meetings();
    for (const Meeting &m : *meetings) {
        const auto pack = ws.packs().latestPack(m.id);
        if (!pack || pack->status != status)
            continue;
        for (const PackSection &s : pack->sections) {
            for (const PackItem &i : s.items) {
                if (i.kind == PackItemKind::Measure && i.measure.measureCode == QStringLiteral("ROBBERY"))
                    return m.id;
            }
        }
    }
    return 0;
}

void TestBriefingBuilder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = demo(m_dir);
    m_approvedMeeting = meetingWithPack(*m_ws, PackStatus::Approved);
    QVERIFY(m_approvedMeeting > 0);
    const auto pack = m_ws->packs().latestPack(m_approvedMeeting);
    QVERIFY(pack.ok());
    m_pack = *pack;
    BriefingOptions options;
    options.generatedAt = QDateTime(QDate(2026, 1, 2), QTime(9, 30), Qt::UTC);
    const auto briefing = BriefingBuilder(*m_ws).build(m_approvedMeeting, options);
    QVERIFY2(briefing.ok(), briefing.ok() ? "" : qPrintable(briefing.error().message));
    m_briefing = *briefing;
}

void TestBriefingBuilder::cover()
{
    const auto meeting = m_ws->meetings().meeting(m_approvedMeeting);
    const BriefingCover &c = m_briefing.cover;
    QCOMPARE(m_briefing.edition, Edition::Internal);
    QCOMPARE(c.meetingTitle, meeting->title);
    QCOMPARE(c.meetingStartsAt, meeting->startsAt);
    QCOMPARE(c.title, QStringLiteral("Briefing: ") + displayName(meeting->kind));
    QCOMPARE(c.packVersion, m_pack.version);
    QCOMPARE(c.packStatus, PackStatus::Approved);
    QCOMPARE(c.approvedBy, m_pack.approvedBy);
    QVERIFY(!c.approvedBy.isEmpty());
    QCOMPARE(c.approvedAt, m_pack.approvedAt);
    QCOMPARE(c.generatedAt, QDateTime(QDate(2026, 1, 2), QTime(9, 30), Qt::UTC));
    // "data as of": the vintage the pack was approved with.
    QVERIFY(m_pack.vintageBatchId > 0);
    QVERIFY2(c.dataAsOf.startsWith(m_pack.vintageLabel + QStringLiteral(", imported ")),
             qPrintable(c.dataAsOf));
}

void TestBriefingBuilder::measurePagesCarryThePacksNumbers()
{
    QList<PackItem> items;
    for (const PackSection &s : m_pack.sections) {
        for (const PackItem &i : s.items) {
            if (i.kind == PackItemKind::Measure)
                items.append(i);
        }
    }
    QCOMPARE(m_briefing.measures.size(), items.size());
    QCOMPARE(m_briefing.summary.size(), items.size());
    for (qsizetype n = 0; n < items.size(); ++n) {
        const PackItem &item = items.at(n);
        const BriefingMeasure &page = m_briefing.measures.at(n);
        QCOMPARE(page.itemUid, item.uid);
        QCOMPARE(page.title, item.title);
        QCOMPARE(page.visibility, item.visibility);
        QCOMPARE(page.measureCode, item.measure.measureCode);
        QCOMPARE(page.chart, item.measure.chart);
        // Approved: the key facts are the frozen ones, one per area in the item's order.
        QVERIFY(!item.frozenFacts.isEmpty());
        QCOMPARE(page.keyFacts, item.frozenFacts);
        QCOMPARE(page.series.size(), item.measure.areaCodes.size());
        for (qsizetype a = 0; a < page.series.size(); ++a) {
            QCOMPARE(page.series.at(a).areaCode, item.measure.areaCodes.at(a));
            QCOMPARE(page.series.at(a).areaName, item.frozenFacts.at(a).areaName);
            QVERIFY(!page.series.at(a).points.isEmpty());
        }
        // The summary line shows the first area's frozen fact.
        const StatusSummaryRow &row = m_briefing.summary.at(n);
        QCOMPARE(row.itemUid, item.uid);
        QCOMPARE(row.latestValue, item.frozenFacts.first().latestValue);
        QCOMPARE(row.latestPeriod, item.frozenFacts.first().latestPeriod);
        QCOMPARE(row.changeFlag, item.frozenFacts.first().flag);
        QCOMPARE(row.areaName, item.frozenFacts.first().areaName);
    }
    // The robbery item shows three areas: a borough table.
    const auto robbery =
        std::find_if(m_briefing.measures.cbegin(), m_briefing.measures.cend(),
                     [](const BriefingMeasure &m) { return m.measureCode == QStringLiteral("ROBBERY"); });
    QVERIFY(robbery != m_briefing.measures.cend());
    QVERIFY(robbery->hasBoroughTable());
    // The chart's last point is the frozen fact's latest value for the force area (rolling 12
    // months, the scorecard grain of a monthly count).
    QCOMPARE(robbery->series.first().points.last().periodKey, robbery->keyFacts.first().latestPeriod);
    QCOMPARE(std::optional<double>(robbery->series.first().points.last().value),
             robbery->keyFacts.first().latestValue);
}

void TestBriefingBuilder::statusSummaryMatchesTheScorecardAsOfTheVintage()
{
    for (const BriefingMeasure &page : std::as_const(m_briefing.measures)) {
        ScorecardOptions o;
        o.asOfBatch = m_pack.vintageBatchId;
        const StatusSummaryRow &row =
            *std::find_if(m_briefing.summary.cbegin(), m_briefing.summary.cend(),
                          [&](const StatusSummaryRow &r) { return r.itemUid == page.itemUid; });
        const auto detail = m_ws->scorecards().measure(page.measureCode, o);
        QVERIFY(detail.ok());
        QCOMPARE(row.status, detail->row.status.effectiveStatus());
        QCOMPARE(row.baselineValue, detail->row.baselineValue);
        QCOMPARE(row.targetValue, detail->row.targetValue);
        QCOMPARE(row.comparatorFlag, detail->row.comparator.flag);
        QCOMPARE(row.targetText, detail->row.measure.target.text);
    }
}

void TestBriefingBuilder::linesOfEnquiryAndCommentary()
{
    // The demo's questions: 1 robbery, 2 knife crime, 3 internal (no measure), 4 trust.
    const QHash<QString, int> numbers = PackService::enquiryNumbers(m_pack);
    QCOMPARE(m_briefing.enquiries.size(), 4);
    for (const BriefingEnquiry &e : m_briefing.enquiries)
        QCOMPARE(e.number, numbers.value(e.uid));
    QCOMPARE(m_briefing.enquiries.at(2).visibility, Visibility::Internal);
    QCOMPARE(m_briefing.enquiries.at(0).visibility, Visibility::Publishable);

    const BriefingMeasure &robbery =
        *std::find_if(m_briefing.measures.cbegin(), m_briefing.measures.cend(),
                      [](const BriefingMeasure &m) { return m.measureCode == QStringLiteral("ROBBERY"); });
    QCOMPARE(robbery.linkedEnquiries.size(), 1);
    QCOMPARE(robbery.linkedEnquiries.at(0).number, 1);

    // Every thread of the pack is placed exactly once: on a measure page or under annotations.
    AnnotationQuery query;
    query.packUid = m_pack.uid;
    const auto threads = m_ws->annotations().threads(query);
    QVERIFY(threads.ok());
    QStringList placed;
    for (const BriefingMeasure &m : m_briefing.measures) {
        for (const BriefingThread &t : m.commentary)
            placed.append(t.root.uid);
    }
    for (const BriefingThread &t : m_briefing.annotations)
        placed.append(t.root.uid);
    QCOMPARE(placed.size(), threads->size());
    for (const AnnotationThread &t : *threads)
        QCOMPARE(placed.count(t.root.uid), 1);
    // On the robbery page: the internal thread on the item (with its reply, internal too) and
    // the publishable note on the August point in Westminster.
    QCOMPARE(robbery.commentary.size(), 2);
    const BriefingThread &itemThread = robbery.commentary.at(0);
    QCOMPARE(itemThread.root.visibility, Visibility::Internal);
    QCOMPARE(itemThread.root.author, QStringLiteral("Priya Shah"));
    QCOMPARE(itemThread.replies.size(), 1);
    QCOMPARE(itemThread.replies.at(0).author, QStringLiteral("Tom Wright"));
    QCOMPARE(itemThread.replies.at(0).visibility, Visibility::Internal);
    const BriefingThread &pointThread = robbery.commentary.at(1);
    QCOMPARE(pointThread.root.visibility, Visibility::Publishable);
    QVERIFY2(pointThread.about.contains(QStringLiteral("August 2025")), qPrintable(pointThread.about));
    // The note on the summary narrative is not on a measure page.
    QVERIFY(std::any_of(
        m_briefing.annotations.cbegin(), m_briefing.annotations.cend(), [](const BriefingThread &t) {
            return t.root.text.startsWith(QStringLiteral("Check wording with the press office"));
        }));
}

void TestBriefingBuilder::actionLogAndAppendix()
{
    const auto carried = m_ws->packs().carriedForward(m_pack.id);
    QVERIFY(carried.ok());
    QVERIFY(m_briefing.actionLog.present);
    QCOMPARE(m_briefing.actionLog.actions, *carried);
    QVERIFY(!carried->isEmpty());

    // One appendix entry per measure shown, in order of first appearance, with the definition
    // and the demo source's attribution.
    QStringList codes;
    for (const BriefingMeasure &m : m_briefing.measures) {
        if (!codes.contains(m.measureCode))
            codes.append(m.measureCode);
    }
    QCOMPARE(m_briefing.appendix.size(), codes.size());
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const BriefingDefinition &d = m_briefing.appendix.at(i);
        QCOMPARE(d.measureCode, codes.at(i));
        QVERIFY(!d.definition.isEmpty());
        QVERIFY(!d.source.isEmpty());
        QCOMPARE(d.attributions,
                 QStringList{QStringLiteral(
                     "Illustrative demo data (not real figures): Generated by Challenge Workbench")});
    }
}

void TestBriefingBuilder::publicEditionOfTheDemoHoldsNoInternalText()
{
    // What the demo marks internal: the homicide item, the briefing note, the third question,
    // the notes on robbery and on the summary.
    const QStringList secrets{QStringLiteral("Not for publication."),
                              QStringLiteral("Is the Commissioner confident in the timetable"),
                              QStringLiteral("Westminster drives most of the change"),
                              QStringLiteral("Added Westminster and Southwark to the item."),
                              QStringLiteral("Check wording with the press office")};
    const Briefing pub = redact(m_briefing, Edition::Public);
    QCOMPARE(pub.marking(), QStringLiteral("OFFICIAL"));
    QVERIFY(std::none_of(pub.measures.cbegin(), pub.measures.cend(), [](const BriefingMeasure &m) {
        return m.measureCode == QStringLiteral("HOMICIDE");
    }));
    QVERIFY(std::none_of(pub.summary.cbegin(), pub.summary.cend(), [](const StatusSummaryRow &r) {
        return r.measureCode == QStringLiteral("HOMICIDE");
    }));
    QVERIFY(std::none_of(pub.appendix.cbegin(), pub.appendix.cend(), [](const BriefingDefinition &d) {
        return d.measureCode == QStringLiteral("HOMICIDE");
    }));
    QCOMPARE(pub.enquiries.size(), 3);
    QCOMPARE(pub.enquiries.at(2).number, 3);
    QVERIFY(
        pub.enquiries.at(2).question.startsWith(QStringLiteral("What is the MPS doing to close the gap")));
    QVERIFY(pub.annotations.isEmpty());

    QStringList text;
    for (const BriefingMeasure &m : pub.measures) {
        text << m.title;
        for (const BriefingThread &t : m.commentary) {
            text << t.root.text;
            for (const BriefingComment &c : t.replies)
                text << c.text;
        }
    }
    for (const BriefingNarrative &n : pub.narratives)
        text << n.title << n.html;
    for (const BriefingEnquiry &e : pub.enquiries)
        text << e.question;
    const QString all = text.join(u'\n');
    for (const QString &secret : secrets)
        QVERIFY2(!all.contains(secret), qPrintable(secret));
    // …while the internal edition has every one of them.
    QStringList full;
    for (const BriefingMeasure &m : m_briefing.measures) {
        for (const BriefingThread &t : m.commentary) {
            full << t.root.text;
            for (const BriefingComment &c : t.replies)
                full << c.text;
        }
    }
    for (const BriefingThread &t : m_briefing.annotations)
        full << t.root.text;
    for (const BriefingNarrative &n : m_briefing.narratives)
        full << n.html;
    for (const BriefingEnquiry &e : m_briefing.enquiries)
        full << e.question;
    const QString fullText = full.join(u'\n');
    for (const QString &secret : secrets)
        QVERIFY2(fullText.contains(secret), qPrintable(secret));
}

void TestBriefingBuilder::approvedPackIgnoresLaterImports()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto ws = demo(dir);
    const qint64 approved = meetingWithPack(*ws, PackStatus::Approved);
    const qint64 draft = meetingWithPack(*ws, PackStatus::Draft);
    QVERIFY(approved > 0 && draft > 0);
    BriefingOptions options;
    options.generatedAt = QDateTime(QDate(2026, 1, 2), QTime(9, 30), Qt::UTC);
    const auto approvedBefore = BriefingBuilder(*ws).build(approved, options);
    const auto draftBefore = BriefingBuilder(*ws).build(draft, options);
    QVERIFY(approvedBefore.ok() && draftBefore.ok());

    // A later file revises the latest month of robbery in Westminster (ten times the count).
    const BriefingMeasure &robbery =
        *std::find_if(draftBefore->measures.cbegin(), draftBefore->measures.cend(),
                      [](const BriefingMeasure &m) { return m.measureCode == QStringLiteral("ROBBERY"); });
    const QString latest = robbery.keyFacts.first().latestPeriod; // "R12:YYYY-MM"
    QVERIFY2(latest.startsWith(QStringLiteral("R12:")), qPrintable(latest));
    const QString month = latest.mid(4);
    const auto before = ws->imports().series(
        QStringLiteral("mps.borough:ROBBERY/ROBBERY OF PERSONAL PROPERTY"), QStringLiteral("E09000033"));
    QVERIFY(before.ok());
    double old = -1;
    for (const auto &point : *before) {
        if (point.period == month)
            old = point.value;
    }
    QVERIFY2(old >= 0, qPrintable(month));
    const QString path = dir.filePath(QStringLiteral("revision.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("indicator,area,period,value\nmps.borough:ROBBERY/ROBBERY OF PERSONAL PROPERTY,"
                              "E09000033,%1,%2\n")
                   .arg(month)
                   .arg(old * 10 + 100)
                   .toUtf8());
    file.close();
    const ImportReport report = ws->imports().importFile(path, {});
    QVERIFY2(report.status == ImportReport::Status::Imported, qPrintable(report.message));

    const auto approvedAfter = BriefingBuilder(*ws).build(approved, options);
    const auto draftAfter = BriefingBuilder(*ws).build(draft, options);
    QVERIFY(approvedAfter.ok() && draftAfter.ok());
    // The approved pack: every number as it was (key facts, summary, charts, data as of).
    QCOMPARE(approvedAfter->measures, approvedBefore->measures);
    QCOMPARE(approvedAfter->summary, approvedBefore->summary);
    QCOMPARE(approvedAfter->cover, approvedBefore->cover);
    // The draft shows the revision: Westminster's key fact moved, and "data as of" names it.
    const auto draftRobbery = [](const Briefing &b) {
        return *std::find_if(b.measures.cbegin(), b.measures.cend(), [](const BriefingMeasure &m) {
            return m.measureCode == QStringLiteral("ROBBERY");
        });
    };
    const KeyFact &westminsterBefore = draftRobbery(*draftBefore).keyFacts.at(1);
    const KeyFact &westminsterAfter = draftRobbery(*draftAfter).keyFacts.at(1);
    QCOMPARE(westminsterAfter.areaCode, QStringLiteral("E09000033"));
    QVERIFY(westminsterAfter.latestValue != westminsterBefore.latestValue);
    QVERIFY(draftAfter->cover.dataAsOf.startsWith(QStringLiteral("revision.csv")));
}

void TestBriefingBuilder::errors()
{
    const auto noMeeting = BriefingBuilder(*m_ws).build(999999);
    QVERIFY(!noMeeting.ok());
    BriefingOptions options;
    options.packVersion = 99;
    QVERIFY(!BriefingBuilder(*m_ws).build(m_approvedMeeting, options).ok());
    // A meeting without a pack.
    const auto meetings = m_ws->meetings().meetings();
    for (const Meeting &m : *meetings) {
        if (!m_ws->packs().latestPack(m.id).ok()) {
            QVERIFY(!BriefingBuilder(*m_ws).build(m.id).ok());
            return;
        }
    }
    QFAIL("the demo has a meeting without a pack");
}

QTEST_GUILESS_MAIN(TestBriefingBuilder)
#include "tst_briefingbuilder.moc"
